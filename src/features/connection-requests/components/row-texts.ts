import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { RowStatus, SuggestionReason } from '../../../contract';

/**
 * Every word the rows show, looked up once per language for the whole table or card list: 25
 * rows each calling useTranslation (a subscription per component) and t() for the same fixed
 * strings were a tenth of a page change's JavaScript. What names a customer is translated once too.
 */
export interface RowTexts {
  status: (status: RowStatus) => string;
  reason: (reason: SuggestionReason) => string;
  /** A pending request's days before it expires; 0 is "today". */
  daysLeft: (days: number) => string;
  attemptsLeft: (count: number) => string;
  systemInitiated: string;
  newBadge: string;
  newLabel: string;
  selectOne: (customer: string) => string;
  selectAll: string;
  column: { email: string; date: string; comments: string };
  action: {
    connect: string;
    dismiss: string;
    sendAgain: string;
    withdraw: string;
    history: string;
    askForInvitation: string;
    noAttemptsLeft: string;
    connectLabel: (name: string) => string;
    dismissLabel: (name: string) => string;
    sendAgainLabel: (name: string) => string;
    withdrawLabel: (name: string) => string;
    historyLabel: (name: string) => string;
  };
}

/** A lookup done once per key: a page's 25 rows share a handful of statuses, reasons and counts. */
function memoised<K extends string | number>(lookup: (key: K) => string): (key: K) => string {
  const seen = new Map<K, string>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = lookup(key);
      seen.set(key, value);
    }
    return value;
  };
}

/** Stands for the name in a label looked up once; no customer name contains it. */
const NAME_SLOT = '\u0000';

/**
 * A label that names a customer, translated once with a stand-in for the name: 25 rows calling
 * t() with interpolation for two labels each were a fifth of a sort's JavaScript.
 */
function naming(translate: (name: string) => string): (name: string) => string {
  const parts = translate(NAME_SLOT).split(NAME_SLOT);
  if (parts.length !== 2) return translate;
  const [before = '', after = ''] = parts;
  return (name) => `${before}${name}${after}`;
}

export const RowTextsContext = createContext<RowTexts | null>(null);

/** The rows' words from the two namespaces' t (RowTextsProvider builds them once per language). */
export function rowTexts(
  t: TFunction<'requests'>,
  tSuggestions: TFunction<'suggestions'>,
): RowTexts {
  return {
    status: memoised((status: RowStatus) => t(`status.${status}`)),
    reason: memoised((reason: SuggestionReason) => tSuggestions(`reasons.${reason}`)),
    daysLeft: memoised((days: number) =>
      days === 0 ? t('row.expiresToday') : t('row.daysLeft', { count: days }),
    ),
    attemptsLeft: memoised((count: number) => t('row.attemptsLeft', { count })),
    systemInitiated: t('row.systemInitiated'),
    newBadge: t('row.new'),
    newLabel: t('row.newLabel'),
    selectOne: naming((customer) => tSuggestions('selectOne', { customer })),
    selectAll: tSuggestions('selectAll'),
    column: {
      email: t('columns.email'),
      date: t('columns.date'),
      comments: t('columns.comments'),
    },
    action: {
      connect: t('actions.connect'),
      dismiss: t('actions.dismiss'),
      sendAgain: t('actions.sendAgain'),
      withdraw: t('actions.withdraw'),
      history: t('actions.history'),
      askForInvitation: t('actions.askForInvitation'),
      noAttemptsLeft: t('actions.noAttemptsLeft'),
      connectLabel: naming((name) => t('actions.connectLabel', { name })),
      dismissLabel: naming((name) => t('actions.dismissLabel', { name })),
      sendAgainLabel: naming((name) => t('actions.sendAgainLabel', { name })),
      withdrawLabel: naming((name) => t('actions.withdrawLabel', { name })),
      historyLabel: naming((name) => t('actions.historyLabel', { name })),
    },
  };
}

/** The rows' words; only below a RowTextsProvider (the table, the cards, a story's decorator). */
export function useRowTexts(): RowTexts {
  const texts = useContext(RowTextsContext);
  if (texts === null) throw new Error('useRowTexts needs a RowTextsProvider above it');
  return texts;
}
