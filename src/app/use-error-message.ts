import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-error';

/**
 * Turns any error from RTK Query into a sentence in the user's language: the translation of its
 * code when there is one, else the server's own message.
 */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (!isApiError(error)) return t('errors.unexpected', { status: '?' });
      const key = `errors.${error.code}`;
      if (i18n.exists(key, { ns: 'common' })) {
        return t(key as 'errors.unexpected', { status: error.status });
      }
      return error.message;
    },
    [t, i18n],
  );
}
