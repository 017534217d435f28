import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import SearchIcon from '@mui/icons-material/Search';
import { CustomerSearchDialog } from './CustomerSearchDialog';

/** The Search button under the table; it owns the search dialog and the "sent" confirmation. */
export function CustomerSearchButton() {
  const { t } = useTranslation('search');
  const [open, setOpen] = useState(false);
  // The name outlives `open` so the snackbar keeps its text while it fades out.
  const [sent, setSent] = useState<{ customer: string; open: boolean } | null>(null);
  // A new dialog (empty inputs, fresh send hook) after every request sent.
  const [round, setRound] = useState(0);

  return (
    <>
      <Button variant="contained" startIcon={<SearchIcon />} onClick={() => setOpen(true)}>
        {t('open')}
      </Button>
      <CustomerSearchDialog
        key={round}
        open={open}
        onClose={() => setOpen(false)}
        onSent={(request) => {
          setOpen(false);
          setRound((current) => current + 1);
          setSent({ customer: request.customerName, open: true });
        }}
      />
      <Snackbar
        open={sent?.open ?? false}
        autoHideDuration={6000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setSent((current) => current && { ...current, open: false });
        }}
        message={sent === null ? '' : t('request.sent', { customer: sent.customer })}
      />
    </>
  );
}
