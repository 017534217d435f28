import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RowTextsContext, rowTexts } from './row-texts';

/** The rows' words in the UI language, for every row below it (the table, the cards). */
export function RowTextsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('requests');
  const { t: tSuggestions } = useTranslation('suggestions');
  const texts = useMemo(() => rowTexts(t, tSuggestions), [t, tSuggestions]);
  return <RowTextsContext value={texts}>{children}</RowTextsContext>;
}
