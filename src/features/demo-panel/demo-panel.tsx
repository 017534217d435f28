import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import type { DemoState } from '../../contract';
import { MAX_SEARCHES } from '../../contract';
import { useErrorMessage } from '../../app/use-error-message';
import {
  useDemoAdvanceClockMutation,
  useDemoLoadScenarioMutation,
  useDemoMergeMutation,
  useDemoResetMutation,
  useDemoResetSearchesMutation,
  useDemoRespondMutation,
  useDemoSetFaultsMutation,
  useDemoSetRoleMutation,
  useGetDemoStateQuery,
} from './api';
import { hasActiveFaults } from './helpers';
import { useDemoFeedback } from './use-demo-feedback';
import { ClockSection } from './components/clock-section';
import { CustomerSection } from './components/customer-section';
import { FaultsSection } from './components/faults-section';
import { FeedbackSnackbar } from './components/feedback-snackbar';
import { MergeSection } from './components/merge-section';
import { ResetSection } from './components/reset-section';
import { RoleSection } from './components/role-section';
import { ScenarioSection } from './components/scenario-section';
import { SupportSection } from './components/support-section';

export interface DemoPanelProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The right-hand drawer with every demo control (SPEC §5). Its content mounts only while open,
 * and once the lazy `demo` messages are loaded (the Demo button has loaded them already).
 */
export function DemoPanel({ open, onClose }: DemoPanelProps) {
  const { t, ready } = useTranslation('demo');
  const titleId = useId();
  if (!ready) return null;
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', sm: 460 } },
        },
      }}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          px: 2,
          py: 1,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Typography id={titleId} component="h2" variant="h6" sx={{ flexGrow: 1 }}>
          {t('title')}
        </Typography>
        <IconButton aria-label={t('close')} onClick={onClose} edge="end">
          <CloseIcon />
        </IconButton>
      </Box>
      <Box sx={{ px: 2, pb: 10, overflowY: 'auto' }}>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {t('intro')}
        </Typography>
        <DemoControls />
      </Box>
    </Drawer>
  );
}

/** Every control, wired to its demo endpoint; one feedback message for the last call. */
function DemoControls() {
  const { t } = useTranslation('demo');
  const { feedback, run, dismiss } = useDemoFeedback();

  const demoState = useGetDemoStateQuery();
  const [respond, responding] = useDemoRespondMutation();
  const [advanceClock, advancing] = useDemoAdvanceClockMutation();
  const [loadScenario, loadingScenario] = useDemoLoadScenarioMutation();
  const [setRole, settingRole] = useDemoSetRoleMutation();
  const [resetSearches, resettingSearches] = useDemoResetSearchesMutation();
  // A shared cache key keeps the merge report when the drawer is closed and opened again.
  const [merge, merging] = useDemoMergeMutation({ fixedCacheKey: 'demo-merge' });
  const [setFaults, settingFaults] = useDemoSetFaultsMutation();
  const [reset, resetting] = useDemoResetMutation();
  const { reset: forgetMergeReport } = merging;

  const state: DemoState | undefined = demoState.data;
  // While a role switch is in flight (and until the state is refetched) show the role asked for.
  const requestedRole =
    settingRole.isLoading || (settingRole.isSuccess && demoState.isFetching)
      ? settingRole.originalArgs?.role
      : undefined;

  return (
    <>
      {state === undefined ? (
        <DemoStateStatus isLoading={demoState.isLoading} error={demoState.error} />
      ) : (
        <>
          <CustomerSection
            requests={state.pending.items}
            total={state.pending.total}
            {...(responding.isLoading && responding.originalArgs
              ? { respondingId: responding.originalArgs.requestId }
              : {})}
            onApprove={(request) => {
              void run(
                () => respond({ requestId: request.id, decision: 'approve' }).unwrap(),
                () => t('customer.approved', { customer: request.customerName }),
              );
            }}
            onReject={(request, comment) =>
              run(
                () =>
                  respond({
                    requestId: request.id,
                    decision: 'reject',
                    ...(comment.trim() === '' ? {} : { comment }),
                  }).unwrap(),
                () => t('customer.rejected', { customer: request.customerName }),
              )
            }
          />
          <Divider />
          <ClockSection
            serverTime={state.serverTime}
            clockOffsetDays={state.clockOffsetDays}
            busy={advancing.isLoading}
            onAdvance={(days) => {
              void run(
                () => advanceClock({ advanceDays: days }).unwrap(),
                () => t('clock.advanced', { count: days }),
              );
            }}
          />
          <Divider />
          <ScenarioSection
            key={state.scenario}
            current={state.scenario}
            busy={loadingScenario.isLoading}
            onLoad={(name) => {
              void run(
                () => loadScenario({ name }).unwrap(),
                () => {
                  forgetMergeReport();
                  return t('scenario.loaded', { name: t(`scenario.names.${name}`) });
                },
              );
            }}
          />
          <Divider />
          <RoleSection
            role={requestedRole ?? state.role}
            busy={settingRole.isLoading}
            onChange={(role) => {
              void run(
                () => setRole({ role }).unwrap(),
                () => t('role.changed', { role: t(`role.${role}`) }),
              );
            }}
          />
          <Divider />
          <MergeSection
            mergeAvailable={state.mergeAvailable}
            busy={merging.isLoading}
            {...(merging.data ? { report: merging.data } : {})}
            onMerge={() => {
              void run(
                () => merge().unwrap(),
                () => t('merge.done'),
              );
            }}
          />
          <Divider />
          <SupportSection
            searchesRemaining={state.searchesRemaining}
            busy={resettingSearches.isLoading}
            onResetSearches={() => {
              void run(
                () => resetSearches().unwrap(),
                (next) => t('support.reset', { count: next.searchesRemaining, max: MAX_SEARCHES }),
              );
            }}
          />
          <Divider />
          <FaultsSection
            // Start the form again from the server's values whenever they change.
            key={`${state.faults.latencyMs}:${state.faults.failureRate}`}
            faults={state.faults}
            busy={settingFaults.isLoading}
            onApply={(faults) => {
              void run(
                () => setFaults(faults).unwrap(),
                () => (hasActiveFaults(faults) ? t('faults.applied') : t('faults.cleared')),
              );
            }}
          />
        </>
      )}
      {/* Reset works whatever the state holds, also when the state cannot be loaded. */}
      <Divider />
      <ResetSection
        busy={resetting.isLoading}
        onReset={() =>
          run(
            () => reset().unwrap(),
            () => {
              forgetMergeReport();
              return t('reset.done');
            },
          )
        }
      />
      <FeedbackSnackbar feedback={feedback} onClose={dismiss} />
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
