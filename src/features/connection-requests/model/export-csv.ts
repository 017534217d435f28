import type { TFunction } from 'i18next';
import type { AppDispatch } from '../../../app/store';
import { MAX_PAGE_SIZE } from '../../../contract';
import { requestsApi } from '../api';
import { toCsv } from './csv';
import type { RowView } from './rows';
import { toListArgs, type TableQuery } from './table-query';

/** Every row of a view (all pages, same filter and sort, both kinds), fetched 100 at a time. */
async function fetchWholeView(dispatch: AppDispatch, query: TableQuery) {
  const rows: RowView[] = [];
  let serverTime = '';
  for (let page = 1; ; page += 1) {
    const args = { ...toListArgs(query), page, pageSize: MAX_PAGE_SIZE };
    const result = await dispatch(
      requestsApi.endpoints.listConnectionRows.initiate(args, {
        subscribe: false,
        forceRefetch: true,
      }),
    ).unwrap();
    if (page === 1) serverTime = result.serverTime;
    rows.push(...result.rows);
    if (result.rows.length === 0 || rows.length >= result.total) break;
  }
  return { rows, serverTime };
}

/** A number, or an empty cell where the table shows none (never "null"). */
const count = (value: number | null) => (value === null ? '' : String(value));

/**
 * The CSV of a view, as the table shows it: headers, statuses and reasons in the UI language,
 * dates as ISO 8601 (sortable); a cell the table leaves empty is empty here too.
 */
export function rowsCsv(
  rows: readonly RowView[],
  t: TFunction<'requests'>,
  tSuggestions: TFunction<'suggestions'>,
): string {
  const header = [
    t('columns.customer'),
    t('columns.status'),
    t('columns.reason'),
    t('columns.email'),
    t('columns.date'),
    t('columns.comments'),
    t('columns.daysLeft'),
    t('columns.attemptsLeft'),
  ];
  const lines = rows.map((row) => {
    if (row.kind === 'suggestion') {
      const reason = tSuggestions(`reasons.${row.suggestion.reason}`);
      return [row.customerName, t('status.suggested'), reason, '', '', '', '', ''];
    }
    const { request } = row;
    return [
      request.customerName,
      t(`status.${request.status}`),
      '',
      request.origin === 'suggestion' ? t('row.systemInitiated') : (request.contactEmail ?? ''),
      request.sentAt.slice(0, 10),
      request.comment ?? '',
      count(row.daysLeft),
      count(row.attemptsLeft),
    ];
  });
  return toCsv([header, ...lines]);
}

/** Hands the text to the browser as a file download. */
function downloadCsv(csv: string, fileName: string) {
  // The byte order mark makes spreadsheet apps read UTF-8 (ä, ö, ü, ß) correctly.
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Fetches the whole view, builds its CSV and downloads it; resolves to the number of rows. */
export async function exportView(
  dispatch: AppDispatch,
  query: TableQuery,
  t: TFunction<'requests'>,
  tSuggestions: TFunction<'suggestions'>,
): Promise<number> {
  const { rows, serverTime } = await fetchWholeView(dispatch, query);
  const day = serverTime.slice(0, 10);
  downloadCsv(rowsCsv(rows, t, tSuggestions), `${t('export.fileName')}-${day}.csv`);
  return rows.length;
}
