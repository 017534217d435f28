import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { styled } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { SORT_FIELDS, type SortField, type SortOrder } from '../../../contract';
import type { RowView } from '../model/rows';
import { ConnectionCard } from './connection-card';
import { SelectPageCheckbox } from './row-parts';
import { cardClass, rowClass, rowParts, rowStates, useDateFormat } from './row-look';
import { tickStyles } from './row-controls-look';
import { rowItemProps, type RowsProps } from './row-props';

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
  [`& .${cardClass.head}`]: { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  [`& .${cardClass.withTick}`]: { marginLeft: theme.spacing(-1) },
  [`& .${cardClass.title}`]: { ...theme.typography.subtitle1, margin: 0 },
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
  ...rowParts(theme),
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
        sx={(theme) => ({
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 1,
          p: 1.5,
          ...tickStyles(theme),
        })}
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
            <ConnectionCard key={row.key} {...rowItemProps(row, date, props)} />
          ))}
        </CardList>
      )}
    </>
  );
}
