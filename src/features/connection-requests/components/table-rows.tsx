import { memo } from 'react';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { RowView } from '../model/rows';
import { CustomerName, RowActions, RowCheckbox, RowDate, RowEmail, RowStatus } from './row-parts';
import { rowAttributes, rowClass, useDateFormat } from './row-look';
import { rowItemProps, type RowItemProps, type RowsProps } from './row-props';

/** The table's body when it has rows: one memoised row per customer. */
export function TableRows({ rows, ...props }: RowsProps & { rows: readonly RowView[] }) {
  const date = useDateFormat(props.language);
  return rows.map((row) => <ConnectionRow key={row.key} {...rowItemProps(row, date, props)} />);
}

/**
 * One customer's row. Memoised with plain props (booleans, not the sets, and the container's
 * stable callbacks): a sort, a page change or an action re-renders only the rows whose data
 * changed. A suggestion has its tick, Suggested with its reason, Connect and Not my customer;
 * its Email, Date and Comments stay empty (nothing was sent yet).
 */
const ConnectionRow = memo(function ConnectionRow(props: RowItemProps) {
  const { row, date, isNew, selected, highlighted, renderCustomerCard } = props;
  const request = row.kind === 'request' ? row.request : null;
  return (
    <TableRow
      hover
      selected={selected}
      className={highlighted ? rowClass.spotlight : undefined}
      {...rowAttributes(row)}
    >
      <TableCell padding="checkbox">
        {/* Only suggestions are selected for Connect selected. */}
        {row.kind === 'suggestion' && <RowCheckbox {...props} />}
      </TableCell>
      <TableCell component="th" scope="row" className={rowClass.name}>
        <CustomerName row={row} renderCustomerCard={renderCustomerCard} />
      </TableCell>
      <TableCell>
        <RowActions {...props} />
      </TableCell>
      <TableCell>
        <RowStatus row={row} isNew={isNew} />
      </TableCell>
      <TableCell className={rowClass.email}>
        {request !== null && <RowEmail request={request} />}
      </TableCell>
      <TableCell className={rowClass.date}>
        {request !== null && <RowDate request={request} date={date} />}
      </TableCell>
      {/* Plain text only (R9): React escapes it, so a comment that looks like HTML stays text. */}
      <TableCell className={rowClass.comment}>{request?.comment}</TableCell>
    </TableRow>
  );
});
