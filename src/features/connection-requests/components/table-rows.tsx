import { memo } from 'react';
import type { RowView } from '../model/rows';
import { CustomerName, RowActions, RowCheckbox, RowDate, RowEmail, RowStatus } from './row-parts';
import { rowAttributes, rowClass, useDateFormat } from './row-look';
import { rowItemProps, type RowItemProps, type RowsProps } from './row-props';

const classes = (...names: (string | false)[]) => names.filter(Boolean).join(' ');

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
  // Plain elements with MUI's small table look (tableBodyStyles on the table), not TableRow
  // and TableCell: the same DOM and CSS without 8 components per row.
  const cell = rowClass.cell;
  return (
    <tr
      className={classes(
        rowClass.row,
        selected && rowClass.selected,
        highlighted && rowClass.spotlight,
      )}
      {...rowAttributes(row)}
    >
      <td className={`${cell} ${rowClass.tickCell}`}>
        {/* Only suggestions are selected for Connect selected. */}
        {row.kind === 'suggestion' && <RowCheckbox {...props} />}
      </td>
      <th scope="row" className={`${cell} ${rowClass.name}`}>
        <CustomerName row={row} renderCustomerCard={renderCustomerCard} />
      </th>
      <td className={cell}>
        <RowActions {...props} />
      </td>
      <td className={cell}>
        <RowStatus row={row} isNew={isNew} />
      </td>
      <td className={`${cell} ${rowClass.email}`}>
        {request !== null && <RowEmail request={request} />}
      </td>
      <td className={`${cell} ${rowClass.date}`}>
        {request !== null && <RowDate request={request} date={date} />}
      </td>
      {/* Plain text only (R9): React escapes it, so a comment that looks like HTML stays text. */}
      <td className={`${cell} ${rowClass.comment}`}>{request?.comment}</td>
    </tr>
  );
});
