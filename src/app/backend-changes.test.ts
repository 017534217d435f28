import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMockStore } from '../../mocks/store';
import { BACKEND_CHANGES_CHANNEL, refetchOnBackendChanges } from './backend-changes';
import { getSession } from './session';
import { makeStore } from './store';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('changes made in another tab', () => {
  it('refetch what this tab shows', async () => {
    const store = makeStore();
    cleanups.push(refetchOnBackendChanges(store.dispatch));
    const subscription = store.dispatch(getSession.initiate());
    cleanups.push(() => {
      subscription.unsubscribe();
    });
    await subscription;
    expect(getSession.select()(store.getState()).data?.user.role).toBe('admin');

    // The other tab: changes the data, then says so on the channel.
    getMockStore().write((world) => {
      world.role = 'member';
    });
    const otherTab = new BroadcastChannel(BACKEND_CHANGES_CHANNEL);
    cleanups.push(() => {
      otherTab.close();
    });
    otherTab.postMessage('changed');

    await vi.waitFor(() => {
      expect(getSession.select()(store.getState()).data?.user.role).toBe('member');
    });
  });
});
