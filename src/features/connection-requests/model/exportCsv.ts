import type { TFunction } from 'i18next';
import type { AppDispatch } from '../../../app/store';
import { MAX_PAGE_SIZE, type ConnectionRequest } from '../../../contract';
import { requestsApi } from '../api';
import { toCsv } from './csv';
import { rowActions } from './rowActions';
import { toListArgs, type TableQuery } from './tableQuery';

/** Every request of a view (all pages, same filter and sort), fetched 100 at a time. */
export async function fetchWholeView(dispatch: AppDispatch, query: TableQuery) {
  const items: ConnectionRequest[] = [];
  let serverTime = '';
  for (let page = 1; ; page += 1) {
    const args = { ...toListArgs(query), page, pageSize: MAX_PAGE_SIZE };
    const result = await dispatch(
      requestsApi.endpoints.listConnectionRequests.initiate(args, {
        subscribe: false,
        forceRefetch: true,
      }),
    ).unwrap();
    if (page === 1) serverTime = result.serverTime;
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) break;
  }
  return { items, serverTime };
}

/** The CSV of a view: headers and statuses in the UI language, dates as ISO 8601 (sortable). */
export function requestsCsv(
  items: readonly ConnectionRequest[],
  serverTime: string,
  t: TFunction<'requests'>,
): string {
  const header = [
    t('columns.customer'),
    t('columns.status'),
    t('columns.email'),
    t('columns.date'),
    t('columns.comments'),
    t('columns.daysLeft'),
    t('columns.attemptsLeft'),
  ];
  const rows = items.map((request) => {
    const { daysLeft, attemptsLeft } = rowActions(request, serverTime);
    return [
      request.customerName,
      t(`status.${request.status}`),
      request.origin === 'suggestion' ? t('row.systemInitiated') : (request.contactEmail ?? ''),
      request.sentAt.slice(0, 10),
      request.comment ?? '',
      daysLeft === null ? '' : String(daysLeft),
      String(attemptsLeft),
    ];
  });
  return toCsv([header, ...rows]);
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(csv: string, fileName: string) {
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
): Promise<number> {
  const { items, serverTime } = await fetchWholeView(dispatch, query);
  const day = serverTime.slice(0, 10);
  downloadCsv(requestsCsv(items, serverTime, t), `${t('export.fileName')}-${day}.csv`);
  return items.length;
}
