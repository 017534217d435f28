import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionRequest } from '../../../contract';
import type { RequestRowView } from '../model/rows';
import type { RowFlowOptions } from './row-flow';

/** Send again (R3): the dialog for one row, and the outcome said once it was sent. */
export function useSendAgainFlow({ announce, showAction, focusRows }: RowFlowOptions) {
  const { t } = useTranslation('requests');
  const [row, setRow] = useState<RequestRowView | null>(null);

  const onSent = (request: ConnectionRequest) => {
    setRow(null);
    focusRows([request.customerId]);
    announce({
      severity: 'success',
      text: t('actions.sent', { name: request.customerName }),
      action: showAction([request.customerId], request.customerName),
    });
  };

  return { row, open: setRow, close: () => setRow(null), onSent };
}
