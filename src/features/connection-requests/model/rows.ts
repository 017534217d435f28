import type {
  ConnectionRequest,
  ConnectionRowPage,
  RowStatus,
  Suggestion,
} from '../../../contract';
import { requestRowFacts, type RowAction } from './request-row-facts';

interface RowCommon {
  /** Stable across pages and refetches: the React key. */
  key: string;
  customerId: string;
  customerName: string;
  status: RowStatus;
  action: RowAction;
}

/** A row holding the supplier's latest request to a customer, with what it offers. */
export interface RequestRowView extends RowCommon {
  kind: 'request';
  request: ConnectionRequest;
  /** Only for pending requests. */
  daysLeft: number | null;
  /** Only where another request may still matter (pending, expired, withdrawn). */
  attemptsLeft: number | null;
}

/** A row holding a suggestion: a customer the portal believes is the supplier's, no request yet. */
export interface SuggestionRowView extends RowCommon {
  kind: 'suggestion';
  suggestion: Suggestion;
}

/** One row of the page's one table (SPEC §1), as the components use it. */
export type RowView = RequestRowView | SuggestionRowView;

export interface RowsPage {
  rows: RowView[];
  /** Rows of both kinds that match the view's filters. */
  total: number;
  page: number;
  pageSize: number;
  serverTime: string;
}

/** A request's row: the request with the action, days left and attempts left it offers. */
function requestRow(request: ConnectionRequest, serverTime: string): RequestRowView {
  return {
    kind: 'request',
    key: request.id,
    customerId: request.customerId,
    customerName: request.customerName,
    status: request.status,
    request,
    ...requestRowFacts(request, serverTime),
  };
}

/**
 * The wire page shaped at the boundary (transformResponse): each row already knows its action,
 * days left and attempts left, so the rows — the hot path of every page change — only render.
 */
export function toRowsPage({
  items,
  total,
  page,
  pageSize,
  serverTime,
}: ConnectionRowPage): RowsPage {
  const rows = items.map((item): RowView => {
    if (item.kind === 'request') return requestRow(item.request, serverTime);
    const { suggestion } = item;
    return {
      kind: 'suggestion',
      key: `suggestion:${suggestion.customerId}`,
      customerId: suggestion.customerId,
      customerName: suggestion.customerName,
      status: 'suggested',
      action: { kind: 'connectOrDismiss' },
      suggestion,
    };
  });
  return { rows, total, page, pageSize, serverTime };
}

/**
 * The page with a customer's row replaced by a request the server just answered with (sent,
 * sent again, withdrawn), so the row is right even if the refresh that follows fails. A row
 * already showing a later request of that customer is left alone.
 */
export function withRequest(page: RowsPage, request: ConnectionRequest): RowsPage {
  const index = page.rows.findIndex((row) => row.customerId === request.customerId);
  const current = page.rows[index];
  if (current === undefined) return page;
  if (current.kind === 'request' && current.request.attempt > request.attempt) return page;
  const rows = [...page.rows];
  rows[index] = requestRow(request, page.serverTime);
  return { ...page, rows };
}
