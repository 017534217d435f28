import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppDispatch } from '../../../app/hooks';
import { useErrorMessage } from '../../../app/use-error-message';
import type { TableQuery } from '../model/table-query';
import type { RowFlowOptions } from './row-flow';

/**
 * Export: every row of the current view (all its pages) as a CSV download, once at a time. The
 * exporter is a chunk of its own, fetched at the first click.
 */
export function useExport(query: TableQuery, announce: RowFlowOptions['announce']) {
  const { t } = useTranslation('requests');
  const { t: tSuggestions } = useTranslation('suggestions');
  const errorMessage = useErrorMessage();
  const dispatch = useAppDispatch();
  const [exporting, setExporting] = useState(false);
  // State lags a render behind; the ref stops a second export started by a double click.
  const running = useRef(false);

  const exportCsv = async () => {
    if (running.current) return;
    running.current = true;
    setExporting(true);
    try {
      const { exportView } = await import('../model/export-csv');
      const count = await exportView(dispatch, query, t, tSuggestions);
      announce({ severity: 'success', text: t('export.done', { count }) });
    } catch (error) {
      announce({ severity: 'error', text: t('export.failed', { message: errorMessage(error) }) });
    } finally {
      running.current = false;
      setExporting(false);
    }
  };

  return { exporting, exportCsv };
}
