import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import visuallyHidden from '@mui/utils/visuallyHidden';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../../contract';
import type { RequestRowView, RowView, SuggestionRowView } from '../model/rows';
import { CustomerHoverCard } from './customer-hover-card';
import { StatusChip } from './status-chip';

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

/** A row's callbacks. */
export type RowCallbacks = Pick<
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
 * What a row shows, shared by the table (wide screens) and the cards (narrow ones), so both say
 * the same. Static styled containers, not per-render `sx`: they render in every row of every page.
 */
const Stack = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'flex-start',
  gap: theme.spacing(0.5),
}));
const Inline = styled('div')(({ theme }) => ({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: theme.spacing(0.5),
}));

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

export interface RowStatusProps {
  row: RowView;
  /** Answered since the user's last visit. */
  isNew: boolean;
}

/** The status chip; under it why a customer is suggested, or a pending request's days left. */
export function RowStatus({ row, isNew }: RowStatusProps) {
  const { t } = useTranslation('requests');
  const { t: tSuggestions } = useTranslation('suggestions');
  const note =
    row.kind === 'suggestion'
      ? tSuggestions(`reasons.${row.suggestion.reason}`)
      : row.daysLeft === null
        ? null
        : row.daysLeft === 0
          ? t('row.expiresToday')
          : t('row.daysLeft', { count: row.daysLeft });
  return (
    <Stack>
      <Inline>
        <StatusChip status={row.status} />
        {isNew && (
          <Chip
            size="small"
            color="primary"
            title={t('row.newLabel')}
            label={
              <>
                {t('row.new')}
                <Box component="span" sx={visuallyHidden}>
                  {`: ${t('row.newLabel')}`}
                </Box>
              </>
            }
          />
        )}
      </Inline>
      {note !== null && (
        <Typography variant="caption" color="text.secondary">
          {note}
        </Typography>
      )}
    </Stack>
  );
}

/** The contact the request went to; `[System initiated]` when it was sent without one. */
export function RowEmail({ request }: { request: ConnectionRequest }) {
  const { t } = useTranslation('requests');
  return request.origin === 'suggestion' ? t('row.systemInitiated') : request.contactEmail;
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
  const { t } = useTranslation('suggestions');
  const selectable = rows
    .filter((row) => row.kind === 'suggestion' && !busyCustomerIds.has(row.customerId))
    .map(({ customerId }) => customerId);
  const count = selectable.filter((customerId) => selected.has(customerId)).length;
  const all = selectable.length > 0 && count === selectable.length;
  return (
    <Checkbox
      checked={all}
      indeterminate={count > 0 && !all}
      disabled={selectable.length === 0 || suggestionsLocked}
      onChange={(event) => onSelect(selectable, event.target.checked)}
      slotProps={{ input: { 'aria-label': t('selectAll') } }}
    />
  );
}
