import type {
  DemoFaults,
  RequestOrigin,
  Role,
  ScenarioName,
  SuggestionReason,
} from '../../src/contract';

/**
 * The mock database as plain data with its indexes. No I/O: `mocks/store.ts` persists it.
 * Every write goes through the methods below so that indexes and sorted views stay right
 * and the persistence layer knows what changed since the scenario was generated.
 */

export interface CustomerRecord {
  readonly id: string;
  readonly name: string;
  /** `normalizeName(name)`, precomputed once: search and filters never normalise the world. */
  readonly normalizedName: string;
  /** R11: does not accept supplier-initiated requests. */
  readonly requestsDisabled: boolean;
  /** How many accounts the customer has (1–4), shown on hover once approved. */
  readonly accountCount: number;
}

export interface Catalogue {
  /** Ordered by normalised name, so "sort by customer" never has to sort. */
  readonly customers: readonly CustomerRecord[];
  readonly byId: ReadonlyMap<string, CustomerRecord>;
}

export interface RequestRecord {
  readonly id: string;
  readonly customerId: string;
  readonly origin: RequestOrigin;
  readonly contactEmail: string | null;
  /** Epoch milliseconds on the server clock. */
  readonly sentAt: number;
  readonly decision: 'approved' | 'rejected' | null;
  readonly respondedAt: number | null;
  readonly withdrawnAt: number | null;
  readonly comment: string | null;
  readonly attempt: number;
}

export interface SuggestionRecord {
  readonly customerId: string;
  readonly reason: SuggestionReason;
}

/** The first answer given to an Idempotency-Key (R8), replayed verbatim. */
export interface IdempotentResult {
  readonly status: number;
  readonly body: unknown;
}

export interface Supplier {
  readonly id: string;
  readonly name: string;
}

/** What a scenario generator produces. */
export interface ScenarioSeed {
  readonly scenario: ScenarioName;
  readonly role: Role;
  readonly supplier: Supplier;
  readonly catalogue: Catalogue;
  readonly requests: readonly RequestRecord[];
  readonly suggestions: readonly SuggestionRecord[];
  /** The built-in duplicate supplier account that `POST /api/demo/merge` folds in (R10). */
  readonly duplicateAccount: readonly RequestRecord[];
}

export const NO_FAULTS: DemoFaults = { latencyMs: 0, failureRate: 0 };

export class World {
  readonly scenario: ScenarioName;
  readonly supplier: Supplier;
  readonly catalogue: Catalogue;
  /** Server-clock time the scenario was generated at; its dates are relative to it. */
  readonly anchor: number;
  readonly suggestions: readonly SuggestionRecord[];

  role: Role;
  clockOffsetDays = 0;
  searchesUsed = 0;
  faults: DemoFaults = NO_FAULTS;
  merged = false;
  nextRequestNumber = 1;
  readonly dismissed = new Set<string>();
  readonly usedCaptchaTokens = new Set<string>();
  readonly idempotency = new Map<string, IdempotentResult>();

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

  /** The latest request per customer, oldest `sentAt` first (cached until the next write). */
  latestBySentAt(): readonly RequestRecord[] {
    this.latestBySentAtCache ??= [...this.requestsByCustomer.values()]
      .map((list) => list[list.length - 1] as RequestRecord)
      .sort((a, b) => a.sentAt - b.sentAt || compareIds(a.id, b.id));
    return this.latestBySentAtCache;
  }

  /** The latest request per customer in customer-name order (catalogue order, no sorting). */
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

  nextRequestId(): string {
    const id = `req-n${this.nextRequestNumber}`;
    this.nextRequestNumber += 1;
    return id;
  }

  addRequest(request: RequestRecord): void {
    if (this.requestsById.has(request.id)) throw new Error(`Duplicate request id ${request.id}`);
    this.index(request);
    this.changedRequestIds.add(request.id);
    this.removedRequestIds.delete(request.id);
  }

  replaceRequest(request: RequestRecord): void {
    const previous = this.requestsById.get(request.id);
    if (!previous) throw new Error(`Unknown request id ${request.id}`);
    this.unindex(previous);
    this.index(request);
    this.changedRequestIds.add(request.id);
  }

  removeRequest(id: string): void {
    const previous = this.requestsById.get(id);
    if (!previous) return;
    this.unindex(previous);
    this.changedRequestIds.delete(id);
    this.removedRequestIds.add(id);
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
    this.invalidate();
  }

  private unindex(request: RequestRecord): void {
    this.requestsById.delete(request.id);
    const list = this.requestsByCustomer.get(request.customerId);
    if (list) {
      const remaining = list.filter((r) => r.id !== request.id);
      if (remaining.length > 0) this.requestsByCustomer.set(request.customerId, remaining);
      else this.requestsByCustomer.delete(request.customerId);
    }
    this.invalidate();
  }

  private invalidate(): void {
    this.latestBySentAtCache = null;
    this.latestByCustomerNameCache = null;
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
