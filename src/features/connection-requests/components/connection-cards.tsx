import { memo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { SORT_FIELDS, type SortField, type SortOrder } from '../../../contract';
import type { RowView } from '../model/rows';
import { RowActionsCell } from './row-actions-cell';
import {
  CustomerName,
  RowDate,
  RowEmail,
  RowStatus,
  SelectPageCheckbox,
  type RowCallbacks,
  type RowsProps,
} from './row-parts';
import { rowAttributes, rowClass, rowStates, useDateFormat } from './row-look';

export interface ConnectionCardsProps extends RowsProps {
  /** The rows on screen ([] while there are none). */
  rows: readonly RowView[];
  /** Shown in place of the cards while loading, after a failure, or when there are no rows. */
  placeholder: ReactNode;
  labelledBy: string;
  /** The note that says the rows may be out of date, if they may. */
  describedBy?: string;
  className?: string;
  busy: boolean;
  sort: SortField;
  order: SortOrder;
  onSortChange: (sort: SortField, order: SortOrder) => void;
}

// One column on a phone, two side by side on a tablet.
const CardList = styled('ul')(({ theme }) => ({
  listStyle: 'none',
  margin: 0,
  padding: theme.spacing(0, 1, 1),
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  gap: theme.spacing(1),
  [theme.breakpoints.up('sm')]: { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
  '& > li': {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    padding: theme.spacing(1.5, 2),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    minWidth: 0,
  },
  [`& .${rowClass.name}`]: { overflowWrap: 'anywhere', fontWeight: 500 },
  '& dl': {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: theme.spacing(1.5),
    rowGap: theme.spacing(0.25),
    margin: 0,
    ...theme.typography.body2,
  },
  '& dt': { color: theme.palette.text.secondary },
  '& dd': { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  [`& dd.${rowClass.comment}`]: { whiteSpace: 'pre-wrap' },
  ...rowStates(theme),
}));

/** Every sort a phone offers in one menu, as the table's headers do with a click each. */
const SORTS = SORT_FIELDS.flatMap((field) =>
  (['asc', 'desc'] as const).map((order) => ({ field, order, value: `${field}-${order}` })),
);

/**
 * The table on a narrow screen (SPEC §1): one card per row, name, status and actions first, then
 * email, date and comments; above them what the table's header offers (select all, sort).
 */
export function ConnectionCards(props: ConnectionCardsProps) {
  const { rows, placeholder, labelledBy, describedBy, className, busy, sort, order } = props;
  const { t } = useTranslation('requests');
  const { t: tSuggestions } = useTranslation('suggestions');
  const date = useDateFormat(props.language);
  const hasSuggestions = rows.some((row) => row.kind === 'suggestion');

  return (
    <>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 1,
          p: 1.5,
        }}
      >
        {hasSuggestions ? (
          <FormControlLabel
            control={<SelectPageCheckbox {...props} />}
            label={tSuggestions('selectAllShort')}
          />
        ) : (
          <span />
        )}
        <TextField
          select
          size="small"
          label={t('sort.label')}
          value={`${sort}-${order}`}
          onChange={(event) => {
            const chosen = SORTS.find(({ value }) => value === event.target.value);
            if (chosen !== undefined) props.onSortChange(chosen.field, chosen.order);
          }}
          sx={{ minWidth: 200, flex: '1 1 200px', maxWidth: 320 }}
        >
          {SORTS.map(({ field, order: direction, value }) => (
            <MenuItem key={value} value={value}>
              {t(`sort.${field}.${direction}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {rows.length === 0 ? (
        placeholder
      ) : (
        <CardList
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          aria-busy={busy}
          className={className}
        >
          {rows.map((row) => (
            <Card
              key={row.key}
              row={row}
              date={date}
              isNew={row.kind === 'request' && props.newIds.has(row.request.id)}
              busy={
                (row.kind === 'suggestion' && props.suggestionsLocked) ||
                props.busyCustomerIds.has(row.customerId)
              }
              selected={props.selected.has(row.customerId)}
              highlighted={props.highlighted?.has(row.customerId) ?? false}
              onSelect={props.onSelect}
              onConnect={props.onConnect}
              onDismiss={props.onDismiss}
              onSendAgain={props.onSendAgain}
              onWithdraw={props.onWithdraw}
              onShowHistory={props.onShowHistory}
              renderCustomerCard={props.renderCustomerCard}
            />
          ))}
        </CardList>
      )}
    </>
  );
}

interface CardProps extends RowCallbacks {
  row: RowView;
  date: Intl.DateTimeFormat;
  isNew: boolean;
  busy: boolean;
  selected: boolean;
  highlighted: boolean;
}

/** One row as a card; memoised with plain props, like the table's rows. */
const Card = memo(function Card({
  row,
  date,
  isNew,
  busy,
  selected,
  highlighted,
  onSelect,
  onConnect,
  onDismiss,
  onSendAgain,
  onWithdraw,
  onShowHistory,
  renderCustomerCard,
}: CardProps) {
  const { t } = useTranslation('requests');
  const { t: tSuggestions } = useTranslation('suggestions');
  const request = row.kind === 'request' ? row.request : null;
  return (
    <li className={highlighted ? rowClass.spotlight : undefined} {...rowAttributes(row)}>
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          ml: row.kind === 'suggestion' ? -1 : 0,
        }}
      >
        {row.kind === 'suggestion' && (
          <Checkbox
            checked={selected}
            disabled={busy}
            onChange={(event) => onSelect([row.customerId], event.target.checked)}
            slotProps={{
              input: { 'aria-label': tSuggestions('selectOne', { customer: row.customerName }) },
            }}
          />
        )}
        <Typography component="h3" variant="subtitle1" className={rowClass.name}>
          <CustomerName row={row} renderCustomerCard={renderCustomerCard} />
        </Typography>
      </Box>
      <RowStatus row={row} isNew={isNew} />
      <RowActionsCell
        customerName={row.customerName}
        action={row.action}
        attemptsLeft={row.kind === 'request' ? row.attemptsLeft : null}
        busy={busy}
        onConnect={() => {
          if (row.kind === 'suggestion') onConnect(row);
        }}
        onDismiss={() => {
          if (row.kind === 'suggestion') onDismiss(row);
        }}
        onSendAgain={() => {
          if (row.kind === 'request') onSendAgain(row);
        }}
        onWithdraw={() => {
          if (row.kind === 'request') onWithdraw(row);
        }}
        onShowHistory={() => {
          if (row.kind === 'request') onShowHistory(row);
        }}
      />
      {request !== null && (
        <dl>
          <dt>{t('columns.email')}</dt>
          <dd className={rowClass.email}>
            <RowEmail request={request} />
          </dd>
          <dt>{t('columns.date')}</dt>
          <dd>
            <RowDate request={request} date={date} />
          </dd>
          {request.comment !== null && request.comment !== '' && (
            <>
              <dt>{t('columns.comments')}</dt>
              {/* Plain text only (R9): React escapes it. */}
              <dd className={rowClass.comment}>{request.comment}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  );
});
