import type { RequestOrigin, Role, ScenarioName, SuggestionReason } from '../../src/contract';

/**
 * The records the mock database holds, as plain data: customers, requests, suggestions, and what
 * a scenario generator produces. `world.ts` keeps them indexed; `mocks/store.ts` persists them.
 */
export interface CustomerRecord {
  readonly id: string;
  readonly name: string;
  /** `normalizeName(name)`, precomputed once: the catalogue's (customer sort) order. */
  readonly normalizedName: string;
  /** `searchForm(name)`, precomputed once: search and name filters never fold the world. */
  readonly searchName: string;
  /** R11: does not accept supplier-initiated requests. */
  readonly requestsDisabled: boolean;
  /** How many accounts the customer has (1–4), shown on hover once approved. */
  readonly accountCount: number;
}

export interface Catalogue {
  /** Ordered by normalised name, so "sort by customer" never has to sort. */
  readonly customers: readonly CustomerRecord[];
  readonly byId: ReadonlyMap<string, CustomerRecord>;
  /** Each customer's position in `customers`. */
  readonly rank: ReadonlyMap<string, number>;
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

/** An answer as status and body: what R8 stores and replays verbatim. */
export interface IdempotentResult {
  readonly status: number;
  readonly body: unknown;
}

/** The first answer given to an Idempotency-Key (R8), with what it answered and when. */
export interface IdempotentAnswer extends IdempotentResult {
  /** `hashText` of the canonical request body: a repeat must send the same body. */
  readonly fingerprint: string;
  /** Server-clock time of the answer; answers are forgotten after a while (idempotency.ts). */
  readonly at: number;
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
