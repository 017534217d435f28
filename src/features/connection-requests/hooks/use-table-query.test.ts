import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useTableQuery } from './use-table-query';

/** Lets the browser go idle: jsdom has no requestIdleCallback, so the hook's timer stands in. */
function paintAndSettle() {
  act(() => {
    vi.advanceTimersByTime(100);
  });
}

describe('useTableQuery', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a change at once and writes it to the URL only once the browser is idle', () => {
    const push = vi.spyOn(window.history, 'pushState');
    const { result } = renderHook(() => useTableQuery());

    act(() => {
      result.current.update({ sort: 'customer', order: 'asc', page: 1 });
    });

    expect(result.current.query).toMatchObject({ sort: 'customer', order: 'asc' });
    expect(window.location.search).toBe('');
    expect(push).not.toHaveBeenCalled();
    paintAndSettle();
    expect(window.location.search).toBe('?sort=customer&order=asc');
    expect(push).toHaveBeenCalledTimes(1);
    push.mockRestore();
  });

  it('gathers changes made before that into one history entry', () => {
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = renderHook(() => useTableQuery());

    act(() => {
      result.current.update({ status: 'pending', page: 1 });
      result.current.update({ page: 3 }, { replace: true });
    });

    expect(result.current.query).toMatchObject({ status: 'pending', page: 3 });
    paintAndSettle();
    expect(window.location.search).toBe('?status=pending&page=3');
    // The first change was a user's step: the gathered entry is pushed, not replaced.
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
    push.mockRestore();
    replace.mockRestore();
  });

  it('lets back/forward win over a change not yet written', () => {
    window.history.replaceState(null, '', '/?sort=status');
    const { result } = renderHook(() => useTableQuery());
    act(() => {
      result.current.update({ sort: 'customer' });
    });
    expect(result.current.query.sort).toBe('customer');

    act(() => {
      // As the browser does on back: the URL changes, then popstate.
      window.history.replaceState(null, '', '/?order=asc');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });

    expect(result.current.query).toMatchObject({ sort: 'sentAt', order: 'asc' });
    paintAndSettle();
    expect(window.location.search).toBe('?order=asc');
  });

  it('returns null and writes nothing for a change that leaves the view as it is', () => {
    const push = vi.spyOn(window.history, 'pushState');
    const { result } = renderHook(() => useTableQuery());
    let returned: unknown;
    act(() => {
      returned = result.current.update({ sort: 'sentAt', order: 'desc' });
    });
    expect(returned).toBeNull();
    paintAndSettle();
    expect(push).not.toHaveBeenCalled();
    push.mockRestore();
  });

  it('writes the URL before the page goes, so a reload right after a change keeps the view', () => {
    const { result } = renderHook(() => useTableQuery());
    act(() => {
      result.current.update({ pageSize: 50, page: 1 });
    });
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?pageSize=50');
  });
});
