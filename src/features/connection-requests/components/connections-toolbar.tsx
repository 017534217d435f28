import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import visuallyHidden from '@mui/utils/visuallyHidden';
import { useTranslation } from 'react-i18next';
import { QUERY_MAX_LENGTH, ROW_STATUSES, type RowStatus } from '../../../contract';

const ALL = 'all';

export interface ConnectionsToolbarProps {
  status: RowStatus | null;
  /** The name filter as applied (from the URL). */
  q: string;
  exporting: boolean;
  /** False while the list is empty (or not loaded): there is nothing to export. */
  canExport: boolean;
  /** How many suggestions are ticked for Connect selected. */
  selectedCount: number;
  /** A bulk connect is running. */
  connectingSelected: boolean;
  /** The way to the search dialog, early in the page (it also sits under the table). */
  searchButton?: ReactNode;
  onStatusChange: (status: RowStatus | null) => void;
  /** Called on every keystroke; the caller debounces. */
  onNameChange: (q: string) => void;
  onConnectSelected: () => void;
  onExport: () => void;
}

/**
 * Status and name filters, Connect selected (for ticked suggestions), the CSV export and Search.
 * On a phone every control takes a line of its own.
 */
export function ConnectionsToolbar({
  status,
  q,
  exporting,
  canExport,
  selectedCount,
  connectingSelected,
  searchButton,
  onStatusChange,
  onNameChange,
  onConnectSelected,
  onExport,
}: ConnectionsToolbarProps) {
  const { t } = useTranslation('requests');
  const [draft, setDraft] = useState(q);
  const [appliedQ, setAppliedQ] = useState(q);
  const exportHintId = useId();
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
          onStatusChange(ROW_STATUSES.find((candidate) => candidate === value) ?? null);
        }}
        sx={{ flex: '1 1 200px', maxWidth: { sm: 240 } }}
      >
        <MenuItem value={ALL}>{t('filters.all')}</MenuItem>
        {/* Suggested first: what the user can act on, as the default order shows them. */}
        {['suggested' as const, ...ROW_STATUSES.filter((value) => value !== 'suggested')].map(
          (value) => (
            <MenuItem key={value} value={value}>
              {t(`status.${value}`)}
            </MenuItem>
          ),
        )}
      </TextField>
      <TextField
        size="small"
        type="search"
        label={t('filters.name')}
        value={draft}
        onChange={onName}
        slotProps={{ htmlInput: { maxLength: QUERY_MAX_LENGTH } }}
        sx={{ flex: '1 1 240px', maxWidth: { sm: 320 } }}
      />
      <ConnectSelected
        selectedCount={selectedCount}
        connecting={connectingSelected}
        onConnect={onConnectSelected}
      />
      <Box sx={{ flexGrow: 1, display: { xs: 'none', md: 'block' } }} />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          onClick={onExport}
          disabled={exporting || !canExport}
          aria-describedby={canExport ? undefined : exportHintId}
        >
          {exporting ? t('export.exporting') : t('export.button')}
        </Button>
        {!canExport && (
          <Box component="span" id={exportHintId} sx={visuallyHidden}>
            {t('export.disabledReason')}
          </Box>
        )}
        {searchButton}
      </Box>
    </Box>
  );
}

interface ConnectSelectedProps {
  /** How many suggestions are ticked. */
  selectedCount: number;
  /** A bulk connect is running. */
  connecting: boolean;
  onConnect: () => void;
}

/** Connect selected, with how many suggestions are ticked for it. */
function ConnectSelected({ selectedCount, connecting, onConnect }: ConnectSelectedProps) {
  const { t } = useTranslation('suggestions');
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <Button variant="contained" disabled={selectedCount === 0 || connecting} onClick={onConnect}>
        {connecting ? t('connectingSelected') : t('connectSelected')}
      </Button>
      {selectedCount > 0 && (
        <Typography variant="body2">{t('selectedCount', { count: selectedCount })}</Typography>
      )}
    </Box>
  );
}
