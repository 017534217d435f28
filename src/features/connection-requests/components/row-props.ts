import type { ReactNode } from 'react';
import type { ConnectionRequest } from '../../../contract';
import type { RequestRowView, RowView, SuggestionRowView } from '../model/rows';

/** What the rows need, in the table and in the cards alike. */
export interface RowsProps {
  /** The UI language, for dates. */
  language: string;
  /** Ids of requests answered since the user's last visit. */
  newIds: ReadonlySet<string>;
  /** Customers with an action running. */
  busyCustomerIds: ReadonlySet<string>;
  /** Customers whose suggestion is ticked for Connect selected. */
  selected: ReadonlySet<string>;
  /** Customers whose rows Show points at: highlighted for a moment. */
  highlighted?: ReadonlySet<string>;
  /** A bulk connect is running: every suggestion's controls wait for it. */
  suggestionsLocked: boolean;
  /** Ticks (or clears) these suggestions; the header checkbox passes the whole page's. */
  onSelect: (customerIds: readonly string[], selected: boolean) => void;
  onConnect: (row: SuggestionRowView) => void;
  onDismiss: (row: SuggestionRowView) => void;
  onSendAgain: (row: RequestRowView) => void;
  onWithdraw: (row: RequestRowView) => void;
  onShowHistory: (row: RequestRowView) => void;
  /** The hover card content of an approved customer. */
  renderCustomerCard: (request: ConnectionRequest) => ReactNode;
}

/** A row's callbacks: stable functions (the container's), so a memoised row skips a render. */
type RowCallbacks = Pick<
  RowsProps,
  | 'onSelect'
  | 'onConnect'
  | 'onDismiss'
  | 'onSendAgain'
  | 'onWithdraw'
  | 'onShowHistory'
  | 'renderCustomerCard'
>;

/**
 * What one row shows beyond its data, as plain booleans a memoised row (table or card) compares:
 * the sets change on every action, a row's answer rarely does.
 */
interface RowFlags {
  /** Answered since the user's last visit. */
  isNew: boolean;
  busy: boolean;
  selected: boolean;
  highlighted: boolean;
}

function rowFlags(row: RowView, props: RowsProps): RowFlags {
  const suggestion = row.kind === 'suggestion';
  return {
    isNew: !suggestion && props.newIds.has(row.request.id),
    busy: (suggestion && props.suggestionsLocked) || props.busyCustomerIds.has(row.customerId),
    selected: suggestion && props.selected.has(row.customerId),
    highlighted: props.highlighted?.has(row.customerId) ?? false,
  };
}

/** A row as its memoised table row or card receives it: the row, its flags, the callbacks. */
export interface RowItemProps extends RowCallbacks, RowFlags {
  row: RowView;
  date: Intl.DateTimeFormat;
}

/** The row's props for its table row or card (the one place both get them from). */
export function rowItemProps(
  row: RowView,
  date: Intl.DateTimeFormat,
  props: RowsProps,
): RowItemProps {
  return {
    row,
    date,
    ...rowFlags(row, props),
    onSelect: props.onSelect,
    onConnect: props.onConnect,
    onDismiss: props.onDismiss,
    onSendAgain: props.onSendAgain,
    onWithdraw: props.onWithdraw,
    onShowHistory: props.onShowHistory,
    renderCustomerCard: props.renderCustomerCard,
  };
}
