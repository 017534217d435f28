import { useTranslation } from 'react-i18next';
import { MAX_SEARCHES } from '../../contract';
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
import type { ClockSectionProps } from './components/clock-section';
import type { CustomerSectionProps } from './components/customer-section';
import type { FaultsSectionProps } from './components/faults-section';
import type { MergeSectionProps } from './components/merge-section';
import type { ResetSectionProps } from './components/reset-section';
import type { RoleSectionProps } from './components/role-section';
import type { ScenarioSectionProps } from './components/scenario-section';
import type { SupportSectionProps } from './components/support-section';
import { hasActiveFaults } from './demo-inputs';
import { useDemoFeedback } from './use-demo-feedback';

/**
 * What each section takes besides its part of the demo state: its calls, each saying its outcome
 * in the panel's one message, and whether one is running (the section shows it busy).
 */
interface DemoControlProps {
  customer: Pick<CustomerSectionProps, 'respondingId' | 'onApprove' | 'onReject'>;
  clock: Pick<ClockSectionProps, 'busy' | 'onAdvance'>;
  scenario: Pick<ScenarioSectionProps, 'busy' | 'onLoad'>;
  role: Pick<RoleSectionProps, 'busy' | 'onChange'>;
  merge: Pick<MergeSectionProps, 'busy' | 'report' | 'onMerge'>;
  support: Pick<SupportSectionProps, 'busy' | 'onResetSearches'>;
  faults: Pick<FaultsSectionProps, 'busy' | 'onApply'>;
  reset: ResetSectionProps;
}

/** The demo state, and every section's calls with whether they are running (`controls`). */
export function useDemoActions() {
  const { t } = useTranslation('demo');
  const { message, run, close } = useDemoFeedback();

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

  // While a role switch is in flight (and until the state is refetched) show the role asked for.
  const requestedRole =
    settingRole.isLoading || (settingRole.isSuccess && demoState.isFetching)
      ? settingRole.originalArgs?.role
      : undefined;

  const controls = {
    customer: {
      respondingId: responding.isLoading ? responding.originalArgs?.requestId : undefined,
      onApprove: (request) =>
        void run(
          () => respond({ requestId: request.id, decision: 'approve' }).unwrap(),
          () => t('customer.approved', { customer: request.customerName }),
        ),
      onReject: (request, comment) =>
        run(
          () =>
            respond({
              requestId: request.id,
              decision: 'reject',
              ...(comment.trim() === '' ? {} : { comment }),
            }).unwrap(),
          () => t('customer.rejected', { customer: request.customerName }),
        ),
    },
    clock: {
      busy: advancing.isLoading,
      onAdvance: (days) =>
        void run(
          () => advanceClock({ advanceDays: days }).unwrap(),
          () => t('clock.advanced', { count: days }),
        ),
    },
    scenario: {
      busy: loadingScenario.isLoading,
      onLoad: (name) =>
        void run(
          () => loadScenario({ name }).unwrap(),
          () => {
            forgetMergeReport();
            return t('scenario.loaded', { name: t(`scenario.names.${name}`) });
          },
        ),
    },
    role: {
      busy: settingRole.isLoading,
      onChange: (role) =>
        void run(
          () => setRole({ role }).unwrap(),
          () => t('role.changed', { role: t(`role.${role}`) }),
        ),
    },
    merge: {
      busy: merging.isLoading,
      report: merging.data,
      onMerge: () =>
        void run(
          () => merge().unwrap(),
          () => t('merge.done'),
        ),
    },
    support: {
      busy: resettingSearches.isLoading,
      onResetSearches: () =>
        void run(
          () => resetSearches().unwrap(),
          (next) => t('support.reset', { count: next.searchesRemaining, max: MAX_SEARCHES }),
        ),
    },
    faults: {
      busy: settingFaults.isLoading,
      onApply: (faults) =>
        void run(
          () => setFaults(faults).unwrap(),
          () => (hasActiveFaults(faults) ? t('faults.applied') : t('faults.cleared')),
        ),
    },
    reset: {
      busy: resetting.isLoading,
      onReset: () =>
        run(
          () => reset().unwrap(),
          () => {
            forgetMergeReport();
            return t('reset.done');
          },
        ),
    },
  } satisfies DemoControlProps;

  return { demoState, requestedRole, feedback: { message, close }, controls };
}
