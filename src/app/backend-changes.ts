import { ALL_TAGS, api } from './api';
import type { AppDispatch } from './store';

/** Where a backend living in this browser (the mock) announces changes it saved. */
export const BACKEND_CHANGES_CHANNEL = 'connection-requests.backend-changes';

let channel: BroadcastChannel | null | undefined;

/**
 * This page's one channel: the mock backend posts on it after each saved change, the app
 * listens on it. A BroadcastChannel never receives its own messages, so a page hears only the
 * other tabs' changes (its own already refresh through the mutation's tags).
 */
export function backendChangesChannel(): BroadcastChannel | null {
  channel ??=
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(BACKEND_CHANGES_CHANNEL);
  return channel;
}

/**
 * Another tab changed the data: refetch whatever this tab shows (every tag; searches are
 * mutations and never refetch, so no search attempt is spent). Returns the unsubscribe.
 */
export function refetchOnBackendChanges(dispatch: AppDispatch): () => void {
  const changes = backendChangesChannel();
  if (changes === null) return () => undefined;
  const refetch = () => {
    dispatch(api.util.invalidateTags([...ALL_TAGS]));
  };
  changes.addEventListener('message', refetch);
  return () => {
    changes.removeEventListener('message', refetch);
  };
}
