import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import Chip from '@mui/material/Chip';
import useEventCallback from '@mui/utils/useEventCallback';
import visuallyHidden from '@mui/utils/visuallyHidden';
import type { ConnectionRequest } from '../../../contract';
import type { RowView } from '../model/rows';
import { CustomerHoverCard } from './customer-hover-card';
import { RowActionsCell } from './row-actions-cell';
import { controlClass } from './row-controls-look';
import { rowClass } from './row-look';
import type { RowItemProps } from './row-props';
import { useRowTexts } from './row-texts';
import { StatusChipView } from './status-chip';

export interface CustomerNameProps {
  row: RowView;
  /** The hover card content of an approved customer. */
  renderCustomerCard: (request: ConnectionRequest) => ReactNode;
}

/** The customer's name; an approved customer's name opens its accounts card (SPEC §1). */
export function CustomerName({ row, renderCustomerCard }: CustomerNameProps) {
  if (row.kind === 'request' && row.request.status === 'approved') {
    const { request } = row;
    return (
      <CustomerHoverCard
        name={request.customerName}
        renderCard={() => renderCustomerCard(request)}
      />
    );
  }
  return row.customerName;
}

/** A suggestion's tick for Connect selected, named after its customer. */
export function RowCheckbox({
  row,
  selected,
  busy,
  onSelect,
}: Pick<RowItemProps, 'row' | 'selected' | 'busy' | 'onSelect'>) {
  const texts = useRowTexts();
  return (
    <input
      type="checkbox"
      className={controlClass.tick}
      checked={selected}
      disabled={busy}
      onChange={(event) => onSelect([row.customerId], event.target.checked)}
      aria-label={texts.selectOne(row.customerName)}
    />
  );
}

const noop = () => undefined;

/** The row's actions, bound to the row: a suggestion's or a request's. */
export function RowActions(props: Omit<RowItemProps, 'date' | 'isNew' | 'highlighted'>) {
  const { row, busy } = props;
  const common = { customerName: row.customerName, action: row.action, busy };
  if (row.kind === 'suggestion') {
    return (
      <RowActionsCell
        {...common}
        attemptsLeft={null}
        onConnect={() => props.onConnect(row)}
        onDismiss={() => props.onDismiss(row)}
        onSendAgain={noop}
        onWithdraw={noop}
        onShowHistory={noop}
      />
    );
  }
  return (
    <RowActionsCell
      {...common}
      attemptsLeft={row.attemptsLeft}
      onConnect={noop}
      onDismiss={noop}
      onSendAgain={() => props.onSendAgain(row)}
      onWithdraw={() => props.onWithdraw(row)}
      onShowHistory={() => props.onShowHistory(row)}
    />
  );
}

export interface RowStatusProps {
  row: RowView;
  /** Answered since the user's last visit. */
  isNew: boolean;
}

/**
 * The status chip; under it why a customer is suggested, or a pending request's days left. No
 * box of its own: the table cell is one, and a card puts it in one (rowClass.status).
 */
export function RowStatus({ row, isNew }: RowStatusProps) {
  const texts = useRowTexts();
  const note =
    row.kind === 'suggestion'
      ? texts.reason(row.suggestion.reason)
      : row.daysLeft === null
        ? null
        : texts.daysLeft(row.daysLeft);
  const chip = <StatusChipView status={row.status} label={texts.status(row.status)} />;
  return (
    <>
      {/* The common case is one chip; a line for two only when the "New" badge joins it. */}
      {isNew ? (
        <div className={rowClass.chips}>
          {chip}
          <Chip
            size="small"
            color="primary"
            title={texts.newLabel}
            label={
              <>
                {texts.newBadge}
                <span style={visuallyHidden}>{`: ${texts.newLabel}`}</span>
              </>
            }
          />
        </div>
      ) : (
        chip
      )}
      {note !== null && <span className={rowClass.note}>{note}</span>}
    </>
  );
}

/** The contact the request went to; `[System initiated]` when it was sent without one. */
export function RowEmail({ request }: { request: ConnectionRequest }) {
  const texts = useRowTexts();
  return request.origin === 'suggestion' ? texts.systemInitiated : request.contactEmail;
}

export function RowDate({
  request,
  date,
}: {
  request: ConnectionRequest;
  date: Intl.DateTimeFormat;
}) {
  return <time dateTime={request.sentAt}>{date.format(new Date(request.sentAt))}</time>;
}

export interface SelectPageCheckboxProps {
  /** The rows on screen. */
  rows: readonly RowView[];
  selected: ReadonlySet<string>;
  busyCustomerIds: ReadonlySet<string>;
  suggestionsLocked: boolean;
  onSelect: (customerIds: readonly string[], selected: boolean) => void;
}

/** Ticks every suggestion of this page that can be ticked now. Always labelled. */
export function SelectPageCheckbox({
  rows,
  selected,
  busyCustomerIds,
  suggestionsLocked,
  onSelect,
}: SelectPageCheckboxProps) {
  const selectable = rows
    .filter((row) => row.kind === 'suggestion' && !busyCustomerIds.has(row.customerId))
    .map(({ customerId }) => customerId);
  const count = selectable.filter((customerId) => selected.has(customerId)).length;
  const all = selectable.length > 0 && count === selectable.length;
  const select = useEventCallback((checked: boolean) => onSelect(selectable, checked));
  return (
    <PageTick
      checked={all}
      indeterminate={count > 0 && !all}
      disabled={selectable.length === 0 || suggestionsLocked}
      onSelect={select}
    />
  );
}

/**
 * The tick itself, compared by its booleans: a sort or a page change of requests only (no
 * suggestion to tick) leaves it as it was. A native checkbox like the rows' (controlClass.tick);
 * its mixed state is a DOM property, with no attribute to render.
 */
const PageTick = memo(function PageTick({
  checked,
  indeterminate,
  disabled,
  onSelect,
}: {
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  onSelect: (checked: boolean) => void;
}) {
  const texts = useRowTexts();
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (input.current) input.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={input}
      type="checkbox"
      className={controlClass.tick}
      checked={checked}
      disabled={disabled}
      onChange={(event) => {
        onSelect(event.target.checked);
        // The browser clears the mixed state on a click; it stays whatever the props say (the
        // effect above sets it again if the selection changes it).
        event.currentTarget.indeterminate = indeterminate;
      }}
      aria-label={texts.selectAll}
    />
  );
});
