import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGES } from '../../../i18n';
import { rowTexts } from './row-texts';

// Names with what a template could trip on: replacement patterns, braces, the slot's neighbours.
const NAMES = ['Müller Logistik GmbH', '$& $1 Ltd', '{{name}} & Co', 'Østergaard & Søn A/S', ''];

describe('rowTexts', () => {
  for (const lng of LANGUAGES) {
    it(`says what i18next says for every label that names a customer (${lng})`, async () => {
      const i18n = await createI18n({ lng });
      const t = i18n.getFixedT(lng, 'requests');
      const tSuggestions = i18n.getFixedT(lng, 'suggestions');
      const texts = rowTexts(t, tSuggestions);
      const labels = {
        connectLabel: texts.action.connectLabel,
        dismissLabel: texts.action.dismissLabel,
        sendAgainLabel: texts.action.sendAgainLabel,
        withdrawLabel: texts.action.withdrawLabel,
        historyLabel: texts.action.historyLabel,
      } as const;
      for (const name of NAMES) {
        for (const [key, label] of Object.entries(labels)) {
          expect(label(name)).toBe(t(`actions.${key as keyof typeof labels}`, { name }));
        }
        expect(texts.selectOne(name)).toBe(tSuggestions('selectOne', { customer: name }));
      }
      for (const count of [0, 1, 2, 3]) {
        expect(texts.attemptsLeft(count)).toBe(t('row.attemptsLeft', { count }));
        expect(texts.attemptsLeft(count)).toBe(texts.attemptsLeft(count));
      }
      expect(texts.daysLeft(0)).toBe(t('row.expiresToday'));
      expect(texts.daysLeft(1)).toBe(t('row.daysLeft', { count: 1 }));
      expect(texts.daysLeft(12)).toBe(t('row.daysLeft', { count: 12 }));
    });
  }
});
