import type { DemoFaults, Role, ScenarioName } from '../../src/contract';
import type {
  Catalogue,
  CustomerRecord,
  IdempotentAnswer,
  RequestRecord,
  ScenarioSeed,
  SuggestionRecord,
  Supplier,
} from './records';

/**
 * The mock database as plain data with its indexes. No I/O: `mocks/store.ts` persists it.
 * Every write goes through the methods below so that indexes and sorted views stay right
 * and the persistence layer knows what changed since the scenario was generated.
 */

const NO_FAULTS: DemoFaults = { latencyMs: 0, failureRate: 0 };

export class World {
  readonly scenario: ScenarioName;
  readonly supplier: Supplier;
  readonly catalogue: Catalogue;
  /** Server-clock time the scenario was generated at; its dates are relative to it. */
  readonly anchor: number;
  readonly suggestions: readonly SuggestionRecord[];

  role: Role;
  clockOffsetDays = 0;
  /** The server-clock instant the demo froze the clock at; null while it follows real time. */
  clockFrozenAt: number | null = null;
  searchesUsed = 0;
  faults: DemoFaults = NO_FAULTS;
  merged = false;
  nextRequestNumber = 1;
  readonly dismissed = new Set<string>();
  /** `hashText` of each used captcha token → when it was used; oldest first. */
  readonly usedCaptchaTokens = new Map<string, number>();
  /** Idempotency-Key → its first answer; oldest first. */
  readonly idempotency = new Map<string, IdempotentAnswer>();
  /** Idempotency-Keys whose first call is still being handled → when it arrived. */
  readonly keysInFlight = new Map<string, number>();

  /** Ids of requests written since the scenario was generated (persisted as a delta). */
  readonly changedRequestIds = new Set<string>();
  readonly removedRequestIds = new Set<string>();

  private readonly duplicate: readonly RequestRecord[];
  private readonly requestsById = new Map<string, RequestRecord>();
  /** Each customer's requests, oldest first. */
  private readonly requestsByCustomer = new Map<string, RequestRecord[]>();
  private latestBySentAtCache: RequestRecord[] | null = null;
  private latestByCustomerNameCache: RequestRecord[] | null = null;

  constructor(seed: ScenarioSeed, anchor: number) {
    this.scenario = seed.scenario;
    this.supplier = seed.supplier;
    this.catalogue = seed.catalogue;
    this.anchor = anchor;
    this.role = seed.role;
    this.suggestions = seed.suggestions;
    this.duplicate = seed.duplicateAccount;
    for (const request of seed.requests) this.index(request);
  }

  get duplicateAccount(): readonly RequestRecord[] {
    return this.merged ? [] : this.duplicate;
  }

  customer(id: string): CustomerRecord | undefined {
    return this.catalogue.byId.get(id);
  }

  request(id: string): RequestRecord | undefined {
    return this.requestsById.get(id);
  }

  /** Every request to a customer, oldest first. */
  requestsTo(customerId: string): readonly RequestRecord[] {
    return this.requestsByCustomer.get(customerId) ?? [];
  }

  latestTo(customerId: string): RequestRecord | undefined {
    const list = this.requestsByCustomer.get(customerId);
    return list?.[list.length - 1];
  }

  hasRequestsTo(customerId: string): boolean {
    return this.requestsByCustomer.has(customerId);
  }

  allRequests(): IterableIterator<RequestRecord> {
    return this.requestsById.values();
  }

  /**
   * The latest request per customer, oldest `sentAt` first (ties by customer id). Built once,
   * then kept up to date by each write (one filter and one binary-search insert, never a
   * re-sort). A changed view is a new array, so what request-list.ts derives from one can be
   * cached by identity.
   */
  latestBySentAt(): readonly RequestRecord[] {
    this.latestBySentAtCache ??= [...this.requestsByCustomer.values()]
      .map((list) => list[list.length - 1] as RequestRecord)
      .sort(this.bySentAt);
    return this.latestBySentAtCache;
  }

  /** The latest request per customer in customer-name (catalogue) order; kept like the above. */
  latestByCustomerName(): readonly RequestRecord[] {
    if (this.latestByCustomerNameCache === null) {
      const result: RequestRecord[] = [];
      for (const customer of this.catalogue.customers) {
        const latest = this.latestTo(customer.id);
        if (latest) result.push(latest);
      }
      this.latestByCustomerNameCache = result;
    }
    return this.latestByCustomerNameCache;
  }

  /** A new request id; never one in use, whatever the counter says. */
  nextRequestId(): string {
    let id = `req-n${this.nextRequestNumber}`;
    while (this.requestsById.has(id) || this.removedRequestIds.has(id)) {
      this.nextRequestNumber += 1;
      id = `req-n${this.nextRequestNumber}`;
    }
    this.nextRequestNumber += 1;
    return id;
  }

  addRequest(request: RequestRecord): void {
    if (this.requestsById.has(request.id)) throw new Error(`Duplicate request id ${request.id}`);
    const before = this.latestTo(request.customerId);
    this.index(request);
    this.updateViews(request.customerId, before);
    this.changedRequestIds.add(request.id);
    this.removedRequestIds.delete(request.id);
  }

  replaceRequest(request: RequestRecord): void {
    const previous = this.requestsById.get(request.id);
    if (!previous) throw new Error(`Unknown request id ${request.id}`);
    const before = this.latestTo(previous.customerId);
    this.unindex(previous);
    this.index(request);
    this.updateViews(previous.customerId, before);
    if (request.customerId !== previous.customerId) {
      this.latestBySentAtCache = null;
      this.latestByCustomerNameCache = null;
    }
    this.changedRequestIds.add(request.id);
  }

  removeRequest(id: string): void {
    const previous = this.requestsById.get(id);
    if (!previous) return;
    const before = this.latestTo(previous.customerId);
    this.unindex(previous);
    this.updateViews(previous.customerId, before);
    this.changedRequestIds.delete(id);
    this.removedRequestIds.add(id);
  }

  /** Ties by customer id (the contract's tie-break): one request per customer, so total. */
  private readonly bySentAt = (a: RequestRecord, b: RequestRecord): number =>
    a.sentAt - b.sentAt || compareIds(a.customerId, b.customerId);

  private readonly byCustomerRank = (a: RequestRecord, b: RequestRecord): number =>
    (this.catalogue.rank.get(a.customerId) ?? 0) - (this.catalogue.rank.get(b.customerId) ?? 0);

  /** Swaps a customer's old latest request for its new one in the sorted views. */
  private updateViews(customerId: string, before: RequestRecord | undefined): void {
    const after = this.latestTo(customerId);
    if (before === after) return;
    // A view not built yet is built from the indexes when first read.
    const update = (view: RequestRecord[] | null, compare: typeof this.bySentAt) =>
      view && replaceInSorted(view, before, after, compare);
    this.latestBySentAtCache = update(this.latestBySentAtCache, this.bySentAt);
    this.latestByCustomerNameCache = update(this.latestByCustomerNameCache, this.byCustomerRank);
  }

  private index(request: RequestRecord): void {
    this.requestsById.set(request.id, request);
    const list = this.requestsByCustomer.get(request.customerId);
    if (list) {
      list.push(request);
      list.sort((a, b) => a.sentAt - b.sentAt || a.attempt - b.attempt);
    } else {
      this.requestsByCustomer.set(request.customerId, [request]);
    }
  }

  private unindex(request: RequestRecord): void {
    this.requestsById.delete(request.id);
    const list = this.requestsByCustomer.get(request.customerId);
    if (list) {
      const remaining = list.filter((r) => r.id !== request.id);
      if (remaining.length > 0) this.requestsByCustomer.set(request.customerId, remaining);
      else this.requestsByCustomer.delete(request.customerId);
    }
  }
}

/** A new sorted array with `before` taken out and `after` inserted at its place. */
function replaceInSorted(
  list: readonly RequestRecord[],
  before: RequestRecord | undefined,
  after: RequestRecord | undefined,
  compare: (a: RequestRecord, b: RequestRecord) => number,
): RequestRecord[] {
  const result = before ? list.filter((r) => r !== before) : [...list];
  if (after) {
    let low = 0;
    let high = result.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(result[middle] as RequestRecord, after) <= 0) low = middle + 1;
      else high = middle;
    }
    result.splice(low, 0, after);
  }
  return result;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
