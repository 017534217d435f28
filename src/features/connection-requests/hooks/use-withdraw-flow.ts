import { useTranslation } from 'react-i18next';
import { useAppDispatch } from '../../../app/hooks';
import { useErrorMessage } from '../../../app/use-error-message';
import { showRequestInRows } from '../api';
import type { RowFlowOptions } from './row-flow';
import { useWithdraw } from './use-withdraw';

/** Withdraw (R12) with its outcome said: the row shows the answer at once, focus stays on it. */
export function useWithdrawFlow({ announce, showAction, focusRows }: RowFlowOptions) {
  const { t } = useTranslation('requests');
  const errorMessage = useErrorMessage();
  const dispatch = useAppDispatch();
  return useWithdraw({
    onWithdrawn: ({ customerId, customerName: name }, request) => {
      dispatch(showRequestInRows(request));
      focusRows([customerId]);
      announce({
        severity: 'success',
        text: t('actions.withdrawn', { name }),
        action: showAction([customerId], name),
      });
    },
    onFailed: ({ customerId, customerName: name }, error) => {
      focusRows([customerId]);
      announce({
        severity: 'error',
        text: t('actions.withdrawFailed', { name, message: errorMessage(error) }),
      });
    },
  });
}
