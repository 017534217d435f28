import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { CustomerSearchHit } from '../../contract';

export interface SearchResultsProps {
  /** The (trimmed) query these hits answer. */
  query: string;
  hits: readonly CustomerSearchHit[];
  /** How many customers matched in all; more than `hits` when the server's cap was hit. */
  total: number;
  selectedId: string | null;
  onSelect: (customerId: string) => void;
}

/** The hits of a search as a labelled radio group; only `available` customers can be chosen. */
export function SearchResults({ query, hits, total, selectedId, onSelect }: SearchResultsProps) {
  const { t } = useTranslation('search');
  const labelId = useId();
  const capped = total > hits.length;

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
      <RadioGroup
        aria-labelledby={labelId}
        value={selectedId ?? ''}
        onChange={(_event, value) => onSelect(value)}
        sx={{ maxHeight: 280, overflowY: 'auto', flexWrap: 'nowrap' }}
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
