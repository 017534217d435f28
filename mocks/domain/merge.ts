import type { MergeEntry, MergeReport, RequestStatus } from '../../src/contract';
import { DomainError } from './errors';
import { statusOf } from './requests';
import type { RequestRecord } from './records';
import type { World } from './world';

const SURVIVING: ReadonlySet<RequestStatus> = new Set(['pending', 'approved']);

/** Newest first; on equal dates the higher attempt. */
function byRecency(a: RequestRecord, b: RequestRecord): number {
  return b.sentAt - a.sentAt || b.attempt - a.attempt;
}

/**
 * R10: folds the scenario's duplicate supplier account into this one.
 * - rejected, expired and withdrawn requests are removed, from both accounts;
 * - a customer with surviving requests in only one account keeps them (kept / added);
 * - a customer with surviving requests in both becomes one request (consolidated): approved
 *   if either approved, else the most recent pending request with the larger attempt count.
 * A second merge (or a scenario without a duplicate) → 409 `nothing_to_merge`.
 */
export function mergeDuplicateAccount(world: World, now: number): MergeReport {
  const duplicate = world.duplicateAccount;
  if (duplicate.length === 0) throw new DomainError('nothing_to_merge');

  const report: MergeReport = { kept: [], added: [], consolidated: [], removed: [] };
  const entry = (request: RequestRecord, status: RequestStatus): MergeEntry => ({
    customerId: request.customerId,
    customerName: world.customer(request.customerId)?.name ?? request.customerId,
    status,
  });

  // Survivors of this account by customer; everything else goes.
  const ours = new Map<string, RequestRecord[]>();
  for (const request of [...world.allRequests()]) {
    const status = statusOf(request, now);
    if (SURVIVING.has(status)) {
      ours.set(request.customerId, [...(ours.get(request.customerId) ?? []), request]);
    } else {
      report.removed.push(entry(request, status));
      world.removeRequest(request.id);
    }
  }
  const theirs = new Map<string, RequestRecord[]>();
  for (const request of duplicate) {
    const status = statusOf(request, now);
    if (SURVIVING.has(status)) {
      theirs.set(request.customerId, [...(theirs.get(request.customerId) ?? []), request]);
    } else {
      report.removed.push(entry(request, status));
    }
  }

  for (const [customerId, survivors] of ours) {
    if (theirs.has(customerId)) continue;
    for (const request of survivors) report.kept.push(entry(request, statusOf(request, now)));
  }
  for (const [customerId, survivors] of theirs) {
    const mine = ours.get(customerId);
    if (!mine) {
      for (const request of survivors) {
        world.addRequest(request);
        report.added.push(entry(request, statusOf(request, now)));
      }
      continue;
    }
    const all = [...mine, ...survivors].sort(byRecency);
    const approved = all.find((r) => statusOf(r, now) === 'approved');
    const newest = all[0] as RequestRecord;
    const winner: RequestRecord = approved ?? {
      ...newest,
      attempt: Math.max(...all.map((r) => r.attempt)),
    };
    for (const request of mine) world.removeRequest(request.id);
    world.addRequest(winner);
    report.consolidated.push(entry(winner, statusOf(winner, now)));
  }

  world.merged = true;
  return report;
}
