import { memo } from 'react';
import { cardClass, rowAttributes, rowClass } from './row-look';
import type { RowItemProps } from './row-props';
import { CustomerName, RowActions, RowCheckbox, RowDate, RowEmail, RowStatus } from './row-parts';
import { useRowTexts } from './row-texts';

/**
 * One row as a card (SPEC §1 on a narrow screen): name, status and actions first, then email,
 * date and comments. Memoised with plain props, like the table's rows.
 */
export const ConnectionCard = memo(function ConnectionCard(props: RowItemProps) {
  const { row, date, isNew, highlighted, renderCustomerCard } = props;
  const texts = useRowTexts();
  const request = row.kind === 'request' ? row.request : null;
  const tick = row.kind === 'suggestion';
  return (
    <li className={highlighted ? rowClass.spotlight : undefined} {...rowAttributes(row)}>
      <div className={tick ? `${cardClass.head} ${cardClass.withTick}` : cardClass.head}>
        {tick && <RowCheckbox {...props} />}
        <h3 className={`${cardClass.title} ${rowClass.name}`}>
          <CustomerName row={row} renderCustomerCard={renderCustomerCard} />
        </h3>
      </div>
      <div className={rowClass.status}>
        <RowStatus row={row} isNew={isNew} />
      </div>
      <RowActions {...props} />
      {request !== null && (
        <dl>
          <dt>{texts.column.email}</dt>
          <dd className={rowClass.email}>
            <RowEmail request={request} />
          </dd>
          <dt>{texts.column.date}</dt>
          <dd>
            <RowDate request={request} date={date} />
          </dd>
          {request.comment !== null && request.comment !== '' && (
            <>
              <dt>{texts.column.comments}</dt>
              {/* Plain text only (R9): React escapes it. */}
              <dd className={rowClass.comment}>{request.comment}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  );
});
