import { useTranslation } from 'react-i18next';
import type { ConnectionRequest, DemoFaults, Role, ScenarioName } from '../../contract';
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
import { hasActiveFaults } from './demo-inputs';
import { useDemoFeedback } from './use-demo-feedback';

/**
 * The demo state and every demo control's call, each saying its outcome in the panel's one
 * message; what each control shows as busy comes with it.
 */
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

  return {
    demoState,
    requestedRole,
    feedback: { message, close },
    busy: {
      respondingId: responding.isLoading ? responding.originalArgs?.requestId : undefined,
      advancing: advancing.isLoading,
      loadingScenario: loadingScenario.isLoading,
      settingRole: settingRole.isLoading,
      resettingSearches: resettingSearches.isLoading,
      merging: merging.isLoading,
      settingFaults: settingFaults.isLoading,
      resetting: resetting.isLoading,
    },
    mergeReport: merging.data,
    approve: (request: ConnectionRequest) =>
      run(
        () => respond({ requestId: request.id, decision: 'approve' }).unwrap(),
        () => t('customer.approved', { customer: request.customerName }),
      ),
    reject: (request: ConnectionRequest, comment: string) =>
      run(
        () =>
          respond({
            requestId: request.id,
            decision: 'reject',
            ...(comment.trim() === '' ? {} : { comment }),
          }).unwrap(),
        () => t('customer.rejected', { customer: request.customerName }),
      ),
    advanceClock: (days: number) =>
      run(
        () => advanceClock({ advanceDays: days }).unwrap(),
        () => t('clock.advanced', { count: days }),
      ),
    loadScenario: (name: ScenarioName) =>
      run(
        () => loadScenario({ name }).unwrap(),
        () => {
          forgetMergeReport();
          return t('scenario.loaded', { name: t(`scenario.names.${name}`) });
        },
      ),
    setRole: (role: Role) =>
      run(
        () => setRole({ role }).unwrap(),
        () => t('role.changed', { role: t(`role.${role}`) }),
      ),
    merge: () =>
      run(
        () => merge().unwrap(),
        () => t('merge.done'),
      ),
    resetSearches: () =>
      run(
        () => resetSearches().unwrap(),
        (next) => t('support.reset', { count: next.searchesRemaining, max: MAX_SEARCHES }),
      ),
    setFaults: (faults: DemoFaults) =>
      run(
        () => setFaults(faults).unwrap(),
        () => (hasActiveFaults(faults) ? t('faults.applied') : t('faults.cleared')),
      ),
    reset: () =>
      run(
        () => reset().unwrap(),
        () => {
          forgetMergeReport();
          return t('reset.done');
        },
      ),
  };
}
