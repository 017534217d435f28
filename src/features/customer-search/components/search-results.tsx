import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { CustomerSearchHit } from '../../../contract';

export interface SearchResultsProps {
  /** The (trimmed) query these hits answer. */
  query: string;
  hits: readonly CustomerSearchHit[];
  /** How many customers matched in all; more than `hits` when the server's cap was hit. */
  total: number;
  selectedId: string | null;
  /** A hit was chosen; `byPointer` when clicked (the keyboard's arrows only move through). */
  onSelect: (customerId: string, byPointer: boolean) => void;
  /** Focus left the list (Tab to the next field, say): the choice is made. */
  onLeave?: () => void;
  /** Put focus on the chosen hit when the list appears (coming back with Change). */
  focusSelected?: boolean;
}

/** The hits of a search as a labelled radio group; only `available` customers can be chosen. */
export function SearchResults({
  query,
  hits,
  total,
  selectedId,
  onSelect,
  onLeave,
  focusSelected = false,
}: SearchResultsProps) {
  const { t } = useTranslation('search');
  const labelId = useId();
  const group = useRef<HTMLDivElement>(null);
  // Set between a press and the change it causes: a click chooses, an arrow key only moves.
  const pressed = useRef(false);
  const capped = total > hits.length;

  useEffect(() => {
    if (focusSelected) group.current?.querySelector<HTMLElement>('input:checked')?.focus();
  }, [focusSelected]);

  if (hits.length === 0) {
    return (
      <Typography role="status" variant="body2">
        {t('results.none', { query })}
      </Typography>
    );
  }

  return (
    <Box>
      <Typography id={labelId} variant="subtitle2" component="p" role="status">
        {capped
          ? t('results.labelCapped', { count: total, shown: hits.length })
          : t('results.label', { count: hits.length })}
      </Typography>
      {capped && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
          {t('results.refine')}
        </Typography>
      )}
      {/* No scroll box of its own: inside the dialog's scrolling content it would be a second. */}
      <RadioGroup
        ref={group}
        aria-labelledby={labelId}
        value={selectedId ?? ''}
        onPointerDown={() => {
          pressed.current = true;
        }}
        onKeyDown={() => {
          pressed.current = false;
        }}
        onChange={(_event, value) => {
          onSelect(value, pressed.current);
          pressed.current = false;
        }}
        onBlur={(event) => {
          if (event.currentTarget.contains(event.relatedTarget)) return;
          pressed.current = false;
          onLeave?.();
        }}
        sx={{ flexWrap: 'nowrap' }}
      >
        {hits.map((hit) => (
          <FormControlLabel
            key={hit.customerId}
            value={hit.customerId}
            disabled={hit.state !== 'available'}
            control={<Radio size="small" />}
            label={
              <Box component="span" sx={{ display: 'flex', flexDirection: 'column', py: 0.5 }}>
                <Box component="span">{hit.customerName}</Box>
                <Box component="span" sx={{ typography: 'body2', color: 'text.secondary' }}>
                  {t(`results.state.${hit.state}`)}
                </Box>
              </Box>
            }
          />
        ))}
      </RadioGroup>
    </Box>
  );
}

export interface ChosenCustomerProps {
  customerName: string;
  /** Back to the list of hits. */
  onChange: () => void;
}

/** The results once a customer is chosen: one line with its name and Change. */
export function ChosenCustomer({ customerName, onChange }: ChosenCustomerProps) {
  const { t } = useTranslation('search');
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        flexWrap: 'wrap',
        gap: 1,
        px: 1.5,
        py: 0.5,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {t('results.chosen', { customer: customerName })}
      </Typography>
      <Button
        size="small"
        onClick={onChange}
        aria-label={t('results.changeLabel', { customer: customerName })}
      >
        {t('results.change')}
      </Button>
    </Box>
  );
}
