import type {
  ConnectionRequest,
  ConnectionRowPage,
  RowStatus,
  Suggestion,
} from '../../../contract';
import { rowActions, type RowAction } from './rowActions';

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
    if (item.kind === 'suggestion') {
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
    }
    const { request } = item;
    return {
      kind: 'request',
      key: request.id,
      customerId: request.customerId,
      customerName: request.customerName,
      status: request.status,
      request,
      ...rowActions(request, serverTime),
    };
  });
  return { rows, total, page, pageSize, serverTime };
}
