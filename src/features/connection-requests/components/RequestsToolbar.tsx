import { useState, type ChangeEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import { QUERY_MAX_LENGTH, REQUEST_STATUSES, type RequestStatus } from '../../../contract';

const ALL = 'all';

export interface RequestsToolbarProps {
  status: RequestStatus | null;
  /** The name filter as applied (from the URL). */
  q: string;
  exporting: boolean;
  onStatusChange: (status: RequestStatus | null) => void;
  /** Called on every keystroke; the caller debounces. */
  onNameChange: (q: string) => void;
  onExport: () => void;
}

/** Status and name filters and the CSV export. */
export function RequestsToolbar({
  status,
  q,
  exporting,
  onStatusChange,
  onNameChange,
  onExport,
}: RequestsToolbarProps) {
  const { t } = useTranslation('requests');
  const [draft, setDraft] = useState(q);
  const [appliedQ, setAppliedQ] = useState(q);
  // The URL changed under us (back/forward, "Clear filters"): show what it says.
  if (q !== appliedQ) {
    setAppliedQ(q);
    if (draft.trim() !== q) setDraft(q);
  }

  const onName = (event: ChangeEvent<HTMLInputElement>) => {
    setDraft(event.target.value);
    onNameChange(event.target.value);
  };

  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <TextField
        select
        size="small"
        label={t('filters.status')}
        value={status ?? ALL}
        onChange={(event) => {
          const value = event.target.value;
          onStatusChange(REQUEST_STATUSES.find((candidate) => candidate === value) ?? null);
        }}
        sx={{ minWidth: 200 }}
      >
        <MenuItem value={ALL}>{t('filters.all')}</MenuItem>
        {REQUEST_STATUSES.map((value) => (
          <MenuItem key={value} value={value}>
            {t(`status.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="search"
        label={t('filters.name')}
        value={draft}
        onChange={onName}
        slotProps={{ htmlInput: { maxLength: QUERY_MAX_LENGTH } }}
        sx={{ minWidth: 260 }}
      />
      <Box sx={{ flexGrow: 1 }} />
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        onClick={onExport}
        disabled={exporting}
      >
        {exporting ? t('export.exporting') : t('export.button')}
      </Button>
    </Box>
  );
}
