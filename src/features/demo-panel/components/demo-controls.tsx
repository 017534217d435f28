import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useErrorMessage } from '../../../app/use-error-message';
import { ActionFeedback } from '../../../components/feedback';
import { useDemoActions } from '../use-demo-actions';
import { ClockSection } from './clock-section';
import { CustomerSection } from './customer-section';
import { FaultsSection } from './faults-section';
import { MergeSection } from './merge-section';
import { ResetSection } from './reset-section';
import { RoleSection } from './role-section';
import { ScenarioSection } from './scenario-section';
import { SupportSection } from './support-section';

/** Every control, wired to its demo endpoint; one feedback message for the last call. */
export function DemoControls() {
  const demo = useDemoActions();
  const { controls } = demo;
  const state = demo.demoState.data;

  return (
    <>
      {state === undefined ? (
        <DemoStateStatus isLoading={demo.demoState.isLoading} error={demo.demoState.error} />
      ) : (
        <>
          <CustomerSection
            requests={state.pending.items}
            total={state.pending.total}
            {...controls.customer}
          />
          <Divider />
          <ClockSection
            serverTime={state.serverTime}
            clockOffsetDays={state.clockOffsetDays}
            {...controls.clock}
          />
          <Divider />
          <ScenarioSection key={state.scenario} current={state.scenario} {...controls.scenario} />
          <Divider />
          <RoleSection role={demo.requestedRole ?? state.role} {...controls.role} />
          <Divider />
          <MergeSection mergeAvailable={state.mergeAvailable} {...controls.merge} />
          <Divider />
          <SupportSection searchesRemaining={state.searchesRemaining} {...controls.support} />
          <Divider />
          <FaultsSection
            // Start the form again from the server's values whenever they change.
            key={`${state.faults.latencyMs}:${state.faults.failureRate}`}
            faults={state.faults}
            {...controls.faults}
          />
        </>
      )}
      {/* Reset works whatever the state holds, also when the state cannot be loaded. */}
      <Divider />
      <ResetSection {...controls.reset} />
      <ActionFeedback
        message={demo.feedback.message}
        onClose={demo.feedback.close}
        anchor="right"
      />
    </>
  );
}

function DemoStateStatus({ isLoading, error }: { isLoading: boolean; error: unknown }) {
  const { t } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  if (isLoading) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 2 }}>
        <CircularProgress size={16} aria-hidden />
        <Typography variant="body2">{t('loadingState')}</Typography>
      </Box>
    );
  }
  return (
    <Alert severity="error" sx={{ my: 2 }}>
      {t('stateFailed', { message: errorMessage(error) })}
    </Alert>
  );
}
