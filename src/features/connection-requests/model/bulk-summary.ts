import type { TFunction } from 'i18next';

/** The two sentences that sum up a bulk connect: shown in the summary and announced. */
export function bulkSummaryHeadline(
  t: TFunction<'suggestions'>,
  succeeded: number,
  failed: number,
): { sent: string; failed: string | null } {
  return {
    sent:
      succeeded === 0 ? t('summary.noneSucceeded') : t('summary.succeeded', { count: succeeded }),
    failed: failed === 0 ? null : t('summary.failed', { count: failed }),
  };
}
