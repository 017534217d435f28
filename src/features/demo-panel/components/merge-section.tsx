import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { MergeEntry, MergeReport } from '../../../contract';
import { DemoSection } from './demo-section';

export interface MergeSectionProps {
  mergeAvailable: boolean;
  busy: boolean;
  /** What the last merge did, once it ran. */
  report?: MergeReport;
  onMerge: () => void;
}

/** The order R10's outcome is told in: what survived, what came over, what became one, what went. */
const GROUPS = [
  'kept',
  'added',
  'consolidated',
  'removed',
] as const satisfies readonly (keyof MergeReport)[];

/** Merge the scenario's duplicate supplier account (R10) and show what happened. */
export function MergeSection({ mergeAvailable, busy, report, onMerge }: MergeSectionProps) {
  const { t } = useTranslation('demo');
  return (
    <DemoSection heading={t('merge.heading')} help={t('merge.help')}>
      <Box>
        <Button variant="outlined" disabled={busy || !mergeAvailable} onClick={onMerge}>
          {t('merge.button')}
        </Button>
      </Box>
      {!mergeAvailable && (
        <Typography variant="body2" color="text.secondary">
          {t('merge.unavailable')}
        </Typography>
      )}
      {report !== undefined && <MergeReportView report={report} />}
    </DemoSection>
  );
}

interface MergeReportViewProps {
  report: MergeReport;
}

function MergeReportView({ report }: MergeReportViewProps) {
  const { t } = useTranslation('demo');
  const headingId = useId();
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
    >
      <Typography id={headingId} component="h4" variant="subtitle2">
        {t('merge.reportHeading')}
      </Typography>
      {GROUPS.map((group) => (
        <MergeGroup key={group} label={t(`merge.${group}`)} entries={report[group]} />
      ))}
    </Box>
  );
}

function MergeGroup({ label, entries }: { label: string; entries: readonly MergeEntry[] }) {
  const { t } = useTranslation('demo');
  return (
    <Box sx={{ mt: 1 }}>
      <Typography component="h5" variant="body2" sx={{ fontWeight: 600 }}>
        {t('merge.groupCount', { label, count: entries.length })}
      </Typography>
      {entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('merge.none')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {entries.map((entry, index) => (
            // One customer can appear twice (e.g. two expired requests), so the position is part of the key.
            <Typography component="li" variant="body2" key={`${entry.customerId}-${String(index)}`}>
              {t('merge.entry', {
                customer: entry.customerName,
                status: t(`status.${entry.status}`),
              })}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
