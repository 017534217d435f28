import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LoadState } from '../../../components/load-state';
import type { CustomerAccount } from '../../../contract';

export type CustomerAccountsState = LoadState<{ accounts: readonly CustomerAccount[] }>;

export interface CustomerAccountsListProps {
  customerName: string;
  state: CustomerAccountsState;
  /** The UI language, for country names. */
  language: string;
}

/** The content of an approved customer's card: its accounts, or loading / error. */
export function CustomerAccountsList({ customerName, state, language }: CustomerAccountsListProps) {
  const { t } = useTranslation('requests');
  const countries = new Intl.DisplayNames([language], { type: 'region' });
  return (
    <>
      <Typography variant="subtitle2" component="p">
        {t('card.title', { name: customerName })}
      </Typography>
      {state.kind === 'loading' && (
        <div role="status" aria-label={t('card.loading')}>
          <Skeleton width={220} />
          <Skeleton width={180} />
        </div>
      )}
      {state.kind === 'error' && (
        <Alert severity="error" variant="outlined" sx={{ mt: 1 }}>
          {t('card.error', { message: state.message })}
        </Alert>
      )}
      {state.kind === 'loaded' && state.accounts.length === 0 && (
        <Typography variant="body2">{t('card.empty')}</Typography>
      )}
      {state.kind === 'loaded' && state.accounts.length > 0 && (
        <List dense disablePadding>
          {state.accounts.map((account) => (
            <ListItem key={account.id} disableGutters>
              <ListItemText
                primary={account.name}
                secondary={countries.of(account.country) ?? account.country}
              />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}
