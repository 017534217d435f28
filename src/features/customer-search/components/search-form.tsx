import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FieldBinding } from '../../../components/field-binding';
import { MAX_SEARCHES } from '../../../contract';

export interface SearchFormProps {
  /** The customer name; its error says why it cannot be searched. */
  query: FieldBinding<string>;
  /** Enter in the field or the Search button. */
  onSubmit: () => void;
  /** The user's searches left (R4); null while unknown. Zero disables searching. */
  searchesRemaining: number | null;
  searching: boolean;
  /** Before the first search: say that every valid search counts, even one with no result. */
  firstSearch: boolean;
}

/** The Customer name field, the Search button and the searches left (of 5). */
export function SearchForm({
  query,
  onSubmit,
  searchesRemaining,
  searching,
  firstSearch,
}: SearchFormProps) {
  const { t } = useTranslation('search');
  const limitReached = searchesRemaining === 0;
  return (
    <Box
      component="form"
      role="search"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          label={t('query.label')}
          value={query.value}
          onChange={(event) => query.onChange(event.target.value)}
          disabled={limitReached}
          error={query.error !== null}
          helperText={query.error}
          autoFocus
          fullWidth
          size="small"
          autoComplete="off"
          slotProps={{ formHelperText: { role: 'alert' } }}
        />
        <Button type="submit" variant="outlined" disabled={limitReached} loading={searching}>
          {t('searchButton')}
        </Button>
      </Box>
      {/* A live region: the count changes after every search. */}
      <Typography variant="body2" role="status" sx={{ color: 'text.secondary' }}>
        {searchesRemaining !== null &&
          !limitReached &&
          t('searchesLeft', { count: searchesRemaining, max: MAX_SEARCHES })}
      </Typography>
      {firstSearch && !limitReached && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('everySearchCounts', { max: MAX_SEARCHES })}
        </Typography>
      )}
      {limitReached && (
        <Alert severity="warning" role="alert">
          <AlertTitle>{t('limitReached.title')}</AlertTitle>
          {t('limitReached.body', { max: MAX_SEARCHES })}
        </Alert>
      )}
    </Box>
  );
}
