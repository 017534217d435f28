import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../app/use-error-message';
import { currentLanguage } from '../../i18n';
import { useGetCustomerAccountsQuery } from './api';
import {
  CustomerAccountsList,
  type CustomerAccountsState,
} from './components/customer-accounts-list';

export interface CustomerAccountsCardProps {
  customerId: string;
  customerName: string;
}

/** Loads an approved customer's accounts when its card first opens; RTK Query caches them. */
export function CustomerAccountsCard({ customerId, customerName }: CustomerAccountsCardProps) {
  const { i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const accounts = useGetCustomerAccountsQuery(customerId);
  const state: CustomerAccountsState = accounts.data
    ? { kind: 'loaded', accounts: accounts.data }
    : accounts.isError
      ? { kind: 'error', message: errorMessage(accounts.error) }
      : { kind: 'loading' };
  return (
    <CustomerAccountsList
      customerName={customerName}
      state={state}
      language={currentLanguage(i18n)}
    />
  );
}
