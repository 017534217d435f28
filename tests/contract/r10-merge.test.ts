import { describe, expect, it } from 'vitest';
import type { ConnectionRequest, DemoState, MergeReport } from '../../src/contract';
import { api, failureOf } from './client';
import { expectStatus, getDemoState, getHistory, listAllRequests, millis } from './helpers';

const merge = () => api.post<MergeReport>('/demo/merge', {});

async function mergeAndList(): Promise<{
  before: ConnectionRequest[];
  report: MergeReport;
  after: ConnectionRequest[];
}> {
  const before = await listAllRequests();
  const report = expectStatus(await merge(), 200);
  const after = await listAllRequests();
  return { before, report, after };
}

const byCustomer = (rows: ConnectionRequest[]) => new Map(rows.map((r) => [r.customerId, r]));

describe('R10: merging the duplicate supplier account', { tags: ['demo'] }, () => {
  it('R10: the surviving account shows every pending and approved request of this account', async () => {
    const { before, after } = await mergeAndList();
    const survivors = before.filter((r) => r.status === 'pending' || r.status === 'approved');
    expect(survivors.length).toBeGreaterThan(0);
    const merged = byCustomer(after);
    expect(
      survivors.filter(
        (row) => !['pending', 'approved'].includes(merged.get(row.customerId)?.status ?? 'missing'),
      ),
    ).toEqual([]);
  });

  it('R10: requests only the duplicate account had (pending and approved) are added', async () => {
    const { before, report, after } = await mergeAndList();
    const ours = new Set(before.map((r) => r.customerId));
    expect(report.added.map((e) => e.status).sort()).toEqual(
      expect.arrayContaining(['approved', 'pending']),
    );
    const merged = byCustomer(after);
    for (const entry of report.added) {
      expect(ours.has(entry.customerId)).toBe(false);
      expect(merged.get(entry.customerId)?.status).toBe(entry.status);
    }
  });

  it('R10: rejected, expired and withdrawn requests are removed, from both accounts', async () => {
    const { before, report, after } = await mergeAndList();
    expect(after.filter((r) => !['pending', 'approved'].includes(r.status))).toEqual([]);
    const removedStatuses = new Set(report.removed.map((e) => e.status));
    expect(removedStatuses).toEqual(new Set(['rejected', 'expired', 'withdrawn']));
    const merged = byCustomer(after);
    // A customer that only had removed requests is gone from the list entirely.
    const onlyRemoved = before.filter((r) => ['rejected', 'withdrawn'].includes(r.status));
    expect(onlyRemoved.length).toBeGreaterThan(0);
    expect(onlyRemoved.filter((row) => merged.has(row.customerId))).toEqual([]);
    // A removed request from the duplicate account never shows up.
    const addedOrKept = new Set(
      [...report.added, ...report.kept, ...report.consolidated].map((e) => e.customerId),
    );
    const goneEntirely = report.removed.filter((e) => !addedOrKept.has(e.customerId));
    expect(goneEntirely.filter((entry) => merged.has(entry.customerId))).toEqual([]);
  });

  it('R10: a duplicate pending request becomes one: the most recent, with the larger attempt count', async () => {
    const { before, report, after } = await mergeAndList();
    const pendingConsolidated = report.consolidated.filter((e) => e.status === 'pending');
    expect(pendingConsolidated.length).toBeGreaterThan(0);
    for (const entry of pendingConsolidated) {
      const ours = before.find((r) => r.customerId === entry.customerId);
      const merged = after.filter((r) => r.customerId === entry.customerId);
      expect(ours?.status).toBe('pending');
      expect(merged).toHaveLength(1);
      const [row] = merged;
      if (ours === undefined || row === undefined) throw new Error('missing row');
      // The duplicate's request is the newer one in the data, so the survivor is newer than ours…
      expect(millis(row.sentAt)).toBeGreaterThan(millis(ours.sentAt));
      // …yet keeps our larger attempt count, and it is the one request left for that customer.
      expect(row.attempt).toBeGreaterThanOrEqual(ours.attempt);
      expect(row.attempt).toBeGreaterThan(1);
      expect(row.attemptsLeft).toBe(3 - row.attempt);
      expect(row.status).toBe('pending');
      const history = await getHistory(row.id);
      expect(history.filter((r) => r.status === 'pending')).toHaveLength(1);
    }
  });

  it('R10: a customer approved in either account stays approved', async () => {
    const { before, report, after } = await mergeAndList();
    const merged = byCustomer(after);
    const approvedBefore = before.filter((r) => r.status === 'approved');
    expect(approvedBefore.length).toBeGreaterThan(0);
    expect(
      approvedBefore.filter((row) => merged.get(row.customerId)?.status !== 'approved'),
    ).toEqual([]);
    // Pending here, approved in the duplicate: approved after the merge.
    const upgraded = report.consolidated.filter(
      (e) =>
        e.status === 'approved' &&
        before.find((r) => r.customerId === e.customerId)?.status === 'pending',
    );
    expect(upgraded.length).toBeGreaterThan(0);
    for (const entry of upgraded) expect(merged.get(entry.customerId)?.status).toBe('approved');
  });

  it('R10: a second merge gets 409 nothing_to_merge and the demo state says no merge is left', async () => {
    expect((await getDemoState()).mergeAvailable).toBe(true);
    expectStatus(await merge(), 200);
    expect((await getDemoState()).mergeAvailable).toBe(false);
    const after = await listAllRequests();
    expect(failureOf(await merge())).toMatchObject({ status: 409, code: 'nothing_to_merge' });
    expect(await listAllRequests()).toEqual(after);
  });

  it('R10: demo reset makes the duplicate account available again', async () => {
    expectStatus(await merge(), 200);
    const state = expectStatus(await api.post<DemoState>('/demo/reset'), 200);
    expect(state.mergeAvailable).toBe(true);
  });
});
