import {
  MAX_ATTEMPTS,
  MAX_EMAIL_LENGTH,
  MAX_PAGE_SIZE,
  QUERY_MAX_LENGTH,
  REQUEST_STATUSES,
  SORT_FIELDS,
  type ConnectionRequest,
  type ConnectionRequestPage,
  type RequestOrigin,
  type RequestStatus,
  type SortField,
  type SortOrder,
} from '../../src/contract';
import { DAY_MS, expiresAt, isPastExpiry, toIso } from './clock';
import { DomainError, invalidInput } from './errors';
import { canonicalJson, hashText } from './hash';
import { characterCount, parsePaging, requireObject, requireOneOf } from './input';
import { searchForm } from './normalize';
import { readPage, segmentOf, type Segment } from './paging';
import type { IdempotentResult, RequestRecord, World } from './world';

const DEFAULT_PAGE_SIZE = 25;

/**
 * What the store remembers is bounded (mocks/README.md): keys and tokens by length, answers
 * and used tokens by age (server clock) and by count, oldest forgotten first.
 */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
export const MAX_CAPTCHA_TOKEN_LENGTH = 4096;
export const IDEMPOTENCY_ANSWER_TTL_MS = DAY_MS;
export const MAX_IDEMPOTENCY_ANSWERS = 200;
/**
 * A call is in flight for at most its injected latency (30 s at most); a mark older than this
 * is a leftover of a tab closed mid-call.
 */
export const KEY_IN_FLIGHT_TTL_MS = 60_000;
export const USED_CAPTCHA_TOKEN_TTL_MS = DAY_MS;
export const MAX_USED_CAPTCHA_TOKENS = 1000;
const ORIGINS: readonly RequestOrigin[] = ['suggestion', 'search'];
const SORT_ORDERS: readonly SortOrder[] = ['asc', 'desc'];

// ---------------------------------------------------------------------------------------------
// Status (R2) and the wire shape

/** R2 and the answers: the status is derived at read time, so moving the clock moves it. */
export function statusOf(request: RequestRecord, now: number): RequestStatus {
  if (request.withdrawnAt !== null) return 'withdrawn';
  if (request.decision !== null) return request.decision;
  return isPastExpiry(request.sentAt, now) ? 'expired' : 'pending';
}

/** The customer's highest attempt so far (0 when none was sent). */
export function highestAttempt(world: World, customerId: string): number {
  let highest = 0;
  for (const request of world.requestsTo(customerId)) highest = Math.max(highest, request.attempt);
  return highest;
}

export function toConnectionRequest(
  world: World,
  request: RequestRecord,
  now: number,
): ConnectionRequest {
  return {
    id: request.id,
    customerId: request.customerId,
    customerName: world.customer(request.customerId)?.name ?? request.customerId,
    status: statusOf(request, now),
    origin: request.origin,
    contactEmail: request.contactEmail,
    sentAt: toIso(request.sentAt),
    expiresAt: toIso(expiresAt(request.sentAt)),
    respondedAt: request.respondedAt === null ? null : toIso(request.respondedAt),
    comment: request.comment,
    attempt: request.attempt,
    attemptsLeft: Math.max(0, MAX_ATTEMPTS - highestAttempt(world, request.customerId)),
  };
}

// ---------------------------------------------------------------------------------------------
// R3: where a customer stands

export interface Standing {
  approved: boolean;
  pending: boolean;
  rejected: boolean;
  /** Three requests were sent (withdrawn ones included) or the third attempt was used. */
  limitReached: boolean;
  highestAttempt: number;
}

export function standingOf(world: World, customerId: string, now: number): Standing {
  const requests = world.requestsTo(customerId);
  const standing: Standing = {
    approved: false,
    pending: false,
    rejected: false,
    limitReached: false,
    highestAttempt: 0,
  };
  for (const request of requests) {
    const status = statusOf(request, now);
    if (status === 'approved') standing.approved = true;
    if (status === 'pending') standing.pending = true;
    if (status === 'rejected') standing.rejected = true;
    standing.highestAttempt = Math.max(standing.highestAttempt, request.attempt);
  }
  standing.limitReached = Math.max(standing.highestAttempt, requests.length) >= MAX_ATTEMPTS;
  return standing;
}

/** R3 (and R11) in the documented order; throws the first violation. */
export function assertCanRequest(world: World, customerId: string, now: number): void {
  const customer = world.customer(customerId);
  if (!customer) throw new DomainError('customer_not_found', { field: 'customerId' });
  if (customer.requestsDisabled) throw new DomainError('requests_disabled');
  const standing = standingOf(world, customerId, now);
  if (standing.approved) throw new DomainError('already_connected');
  if (standing.pending) throw new DomainError('request_pending');
  if (standing.rejected) throw new DomainError('request_rejected');
  if (standing.limitReached) throw new DomainError('request_limit_reached');
}

// ---------------------------------------------------------------------------------------------
// List and history

/** What every table endpoint takes: filters, order and the page. */
export interface TableQuery<S extends string> {
  /** null: every status. */
  statuses: ReadonlySet<S> | null;
  q: string;
  sort: SortField;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export interface ListQuery extends TableQuery<RequestStatus> {
  /** Only requests answered strictly after this instant (epoch ms); null: no such filter. */
  respondedAfter: number | null;
}

/**
 * A comma list of statuses: absent or empty → null (every status); an unknown entry or an
 * empty one (`status=,`, `pending,,`) → 422 `invalid_input` naming `status`.
 */
export function parseStatuses<S extends string>(
  raw: string | null,
  allowed: readonly S[],
): Set<S> | null {
  if (raw === null || raw.trim() === '') return null;
  return new Set(
    raw.split(',').map((part) => {
      const entry = part.trim();
      if (entry === '') throw invalidInput('status', 'A "status" entry is empty.');
      return requireOneOf(entry, allowed, 'status');
    }),
  );
}

/**
 * Query string → TableQuery. Unknown values are 422 `invalid_input` naming the parameter.
 * `order` defaults to `desc` for `sentAt` (newest first) and to `asc` for the other columns.
 */
export function parseTableQuery<S extends string>(
  params: URLSearchParams,
  allowedStatuses: readonly S[],
): TableQuery<S> {
  const statuses = parseStatuses(params.get('status'), allowedStatuses);
  const q = (params.get('q') ?? '').trim();
  if (characterCount(q) > QUERY_MAX_LENGTH) {
    throw invalidInput('q', `The name filter has at most ${QUERY_MAX_LENGTH} characters.`);
  }
  const rawSort = params.get('sort');
  const sort =
    rawSort === null || rawSort === '' ? 'sentAt' : requireOneOf(rawSort, SORT_FIELDS, 'sort');
  const rawOrder = params.get('order');
  const order =
    rawOrder === null || rawOrder === ''
      ? sort === 'sentAt'
        ? 'desc'
        : 'asc'
      : requireOneOf(rawOrder, SORT_ORDERS, 'order');
  return { statuses, q, sort, order, ...parsePaging(params, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE) };
}

// RFC 3339 date-time (what the contract's `format: date-time` means), offset required.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/i;

/** Epoch ms of an RFC 3339 date-time, or NaN. Stricter than Date.parse, which rolls 02-30 over. */
function parseDateTime(text: string): number {
  const match = DATE_TIME.exec(text);
  if (!match) return Number.NaN;
  const part = (index: number): number => Number(match[index] ?? 0);
  const [year, month, day] = [part(1), part(2), part(3)];
  const date = new Date(Date.UTC(year, month - 1, day));
  const calendarDay = date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  // Hours, minutes, seconds, and the offset's hours and minutes.
  const limits: [number, number][] = [
    [4, 23],
    [5, 59],
    [6, 59],
    [9, 23],
    [10, 59],
  ];
  const clockTime = limits.every(([index, max]) => part(index) <= max);
  return calendarDay && clockTime ? Date.parse(text) : Number.NaN;
}

/**
 * An optional date-time query parameter as epoch ms: absent or empty → null; not an RFC 3339
 * date-time → 422 `invalid_input` naming it.
 */
export function parseInstant(raw: string | null, field: string): number | null {
  if (raw === null || raw.trim() === '') return null;
  const ms = parseDateTime(raw.trim());
  if (Number.isNaN(ms)) {
    throw invalidInput(field, `"${field}" must be a date-time such as 2026-01-15T12:00:00Z.`);
  }
  return ms;
}

/** Query string → ListQuery (the table query plus `respondedAfter`). */
export function parseListQuery(params: URLSearchParams): ListQuery {
  return {
    ...parseTableQuery(params, REQUEST_STATUSES),
    respondedAfter: parseInstant(params.get('respondedAfter'), 'respondedAfter'),
  };
}

/** Statuses in sort order (their English names, alphabetically). */
export const STATUS_RANK: Record<RequestStatus, number> = {
  approved: 0,
  expired: 1,
  pending: 2,
  rejected: 3,
  withdrawn: 4,
};

/**
 * What filtering needs of each row of a view, in flat arrays: the customer's name in search
 * form, the status when it no longer depends on the clock (answered or withdrawn), the expiry
 * and the answer's time (NaN when unanswered). Views are immutable arrays (World replaces them
 * on write), so this is cached by identity.
 */
interface FilterView {
  names: string[];
  settled: (RequestStatus | null)[];
  expiry: Float64Array;
  respondedAt: Float64Array;
}
const filterViews = new WeakMap<readonly RequestRecord[], FilterView>();

function filterViewOf(world: World, rows: readonly RequestRecord[]): FilterView {
  let view = filterViews.get(rows);
  if (!view) {
    const names: string[] = [];
    const settled: (RequestStatus | null)[] = [];
    const expiry = new Float64Array(rows.length);
    const respondedAt = new Float64Array(rows.length);
    rows.forEach((request, index) => {
      names.push(world.customer(request.customerId)?.searchName ?? '');
      // Far past `now` for any clock, so statusOf decides only between its fixed answers.
      settled.push(
        request.withdrawnAt !== null || request.decision !== null ? statusOf(request, 0) : null,
      );
      expiry[index] = expiresAt(request.sentAt);
      respondedAt[index] = request.respondedAt ?? Number.NaN;
    });
    view = { names, settled, expiry, respondedAt };
    filterViews.set(rows, view);
  }
  return view;
}

/** Which latest requests a table shows. `statuses` may hold `suggested`, which no request has. */
export interface RequestFilter {
  statuses: ReadonlySet<string> | null;
  /** The name filter in search form; null: none. */
  needle: string | null;
  respondedAfter: number | null;
}

export function requestFilterOf(query: {
  statuses: ReadonlySet<string> | null;
  q: string;
  respondedAfter?: number | null;
}): RequestFilter {
  return {
    statuses: query.statuses,
    needle: query.q === '' ? null : searchForm(query.q),
    respondedAfter: query.respondedAfter ?? null,
  };
}

function filters(filter: RequestFilter): boolean {
  return filter.statuses !== null || filter.needle !== null || filter.respondedAfter !== null;
}

/**
 * Visits the rows of `view` that pass the filter, in view order (or backwards), with their
 * status at `now`. Filters run over flat precomputed arrays (R2 is `now >= expiry`, the same
 * rule as statusOf).
 */
function eachMatching(
  world: World,
  view: readonly RequestRecord[],
  filter: RequestFilter,
  now: number,
  backwards: boolean,
  visit: (request: RequestRecord, status: RequestStatus) => void,
): void {
  const { statuses, needle, respondedAfter } = filter;
  if (statuses !== null && !REQUEST_STATUSES.some((status) => statuses.has(status))) return;
  const { names, settled, expiry, respondedAt } = filterViewOf(world, view);
  for (let n = 0; n < view.length; n += 1) {
    const i = backwards ? view.length - 1 - n : n;
    const status = settled[i] ?? (now >= (expiry[i] ?? 0) ? 'expired' : 'pending');
    if (statuses !== null && !statuses.has(status)) continue;
    if (needle !== null && !(names[i] ?? '').includes(needle)) continue;
    // NaN (unanswered) is never greater, so it drops out.
    if (respondedAfter !== null && !((respondedAt[i] ?? Number.NaN) > respondedAfter)) continue;
    visit(view[i] as RequestRecord, status);
  }
}

/**
 * The latest request per customer that pass the filter, in the order of a maintained view
 * (`sentAt`: oldest first; `customer`: catalogue order). Without a filter, the view itself:
 * not even copied.
 */
export function matchingRequests(
  world: World,
  sort: 'sentAt' | 'customer',
  filter: RequestFilter,
  now: number,
): readonly RequestRecord[] {
  const view = sort === 'customer' ? world.latestByCustomerName() : world.latestBySentAt();
  if (!filters(filter)) return view;
  const result: RequestRecord[] = [];
  eachMatching(world, view, filter, now, false, (request) => result.push(request));
  return result;
}

/**
 * The latest requests that pass the filter in five buckets, approved to withdrawn (STATUS_RANK),
 * newest first within each: one pass backwards over the sentAt view, no sorting.
 */
export function matchingRequestsByStatus(
  world: World,
  filter: RequestFilter,
  now: number,
): Record<RequestStatus, RequestRecord[]> {
  const buckets: Record<RequestStatus, RequestRecord[]> = {
    approved: [],
    expired: [],
    pending: [],
    rejected: [],
    withdrawn: [],
  };
  eachMatching(world, world.latestBySentAt(), filter, now, true, (request, status) =>
    buckets[status].push(request),
  );
  return buckets;
}

/** Request statuses in the order `sort=status` lists them. */
const STATUSES_IN_ORDER = (Object.keys(STATUS_RANK) as RequestStatus[]).sort(
  (a, b) => STATUS_RANK[a] - STATUS_RANK[b],
);

/**
 * The latest request per customer, filtered, ordered and paged, without sorting per call:
 * sentAt and customer order are the world's maintained views (read backwards for `desc`);
 * status order is one bucket pass over the sentAt view, newest first within a status.
 */
export function listRequests(world: World, query: ListQuery, now: number): ConnectionRequestPage {
  const filter = requestFilterOf(query);
  const toWire = (request: RequestRecord) => toConnectionRequest(world, request, now);
  let segments: Segment<ConnectionRequest>[];
  if (query.sort === 'status') {
    const buckets = matchingRequestsByStatus(world, filter, now);
    const statuses = query.order === 'desc' ? [...STATUSES_IN_ORDER].reverse() : STATUSES_IN_ORDER;
    segments = statuses.map((status) => segmentOf(buckets[status], toWire));
  } else {
    const rows = matchingRequests(world, query.sort, filter, now);
    segments = [segmentOf(rows, toWire, query.order === 'desc')];
  }
  const { items, total } = readPage(segments, query);
  return { items, total, page: query.page, pageSize: query.pageSize, serverTime: toIso(now) };
}

export function requireRequest(world: World, id: string): RequestRecord {
  const request = world.request(id);
  if (!request) throw new DomainError('not_found', { message: `No request with id "${id}".` });
  return request;
}

/** Every request to that request's customer, newest first. */
export function historyOf(world: World, id: string, now: number): ConnectionRequest[] {
  const request = requireRequest(world, id);
  return [...world.requestsTo(request.customerId)]
    .reverse()
    .map((r) => toConnectionRequest(world, r, now));
}

// ---------------------------------------------------------------------------------------------
// Create (R3, R6, R7, R8, R11)

export type CreateInput =
  | { origin: 'suggestion'; customerId: string }
  | {
      origin: 'search';
      customerId: string;
      contactEmail: string;
      captchaToken: string;
      confirmed: boolean;
    };

function optionalOfType<T>(
  body: Record<string, unknown>,
  field: string,
  type: 'string' | 'boolean',
  fallback: T,
): T {
  const value = body[field];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== type) throw invalidInput(field, `"${field}" must be a ${type}.`);
  return value as T;
}

/** Shape check only (wrong types, an oversized token → 422 invalid_input); the rules come later. */
export function parseCreateBody(body: unknown): CreateInput {
  const input = requireObject(body);
  const customerId = input.customerId;
  if (typeof customerId !== 'string' || customerId.trim() === '') {
    throw invalidInput('customerId', '"customerId" must be a non-empty string.');
  }
  const origin = requireOneOf(input.origin, ORIGINS, 'origin');
  if (origin === 'suggestion') return { origin, customerId };
  const captchaToken = optionalOfType(input, 'captchaToken', 'string', '');
  if (captchaToken.length > MAX_CAPTCHA_TOKEN_LENGTH) {
    throw invalidInput(
      'captchaToken',
      `"captchaToken" has at most ${MAX_CAPTCHA_TOKEN_LENGTH} characters.`,
    );
  }
  return {
    origin,
    customerId,
    contactEmail: optionalOfType(input, 'contactEmail', 'string', ''),
    captchaToken,
    confirmed: optionalOfType(input, 'confirmed', 'boolean', false),
  };
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/**
 * Control characters (NUL, BEL, ESC…), format characters (zero-width spaces and joiners, bidi
 * overrides and isolates) and lone surrogates: invisible, or make an address display as another.
 */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}]/u;

/** R6: a plausible address of at most 254 characters, with nothing hidden in it. */
export function isValidEmail(email: string): boolean {
  return (
    email.length <= MAX_EMAIL_LENGTH && !HIDDEN_CHARACTERS.test(email) && EMAIL_PATTERN.test(email)
  );
}

/**
 * Forgets entries older than `ttlMs` and, past `max`, the oldest (a Map iterates in insertion
 * order, which is the order they were made in).
 */
function forgetOld<T>(
  entries: Map<string, T>,
  timeOf: (entry: T) => number,
  now: number,
  ttlMs: number,
  max: number,
): void {
  for (const [key, entry] of entries) {
    if (now - timeOf(entry) >= ttlMs) entries.delete(key);
  }
  for (const key of entries.keys()) {
    if (entries.size <= max) break;
    entries.delete(key);
  }
}

/**
 * R6: verifies the stand-in reCAPTCHA token: any non-empty token once; never `fail`, never
 * reused. A token that verifies is used up at once, even if a later check fails. Used tokens
 * are remembered by hash for a bounded time and count (reCAPTCHA's own expire in 2 minutes).
 */
export function verifyCaptcha(world: World, token: string, now: number): void {
  const forget = () => {
    forgetOld(
      world.usedCaptchaTokens,
      (usedAt) => usedAt,
      now,
      USED_CAPTCHA_TOKEN_TTL_MS,
      MAX_USED_CAPTCHA_TOKENS,
    );
  };
  forget();
  const hash = hashText(token);
  if (token.trim() === '' || token === 'fail' || world.usedCaptchaTokens.has(hash)) {
    throw new DomainError('captcha_failed', { field: 'captchaToken' });
  }
  world.usedCaptchaTokens.set(hash, now);
  forget();
}

/**
 * Sends a request. Order of checks (documented in mocks/README.md): shape (422 invalid_input),
 * customer exists (404), R11 (409), R3 (409: approved, pending, rejected, limit), then for a
 * search the fields in form order: email, captcha, confirmation (422). Conflicts come before
 * field errors so that a request that cannot succeed never uses up a captcha token.
 */
export function createRequest(world: World, body: unknown, now: number): ConnectionRequest {
  const input = parseCreateBody(body);
  assertCanRequest(world, input.customerId, now);
  let contactEmail: string | null = null;
  if (input.origin === 'search') {
    // Hidden characters are refused anywhere, also where trim() would quietly drop them.
    const email = input.contactEmail.trim();
    if (!isValidEmail(email) || HIDDEN_CHARACTERS.test(input.contactEmail)) {
      throw new DomainError('invalid_email', { field: 'contactEmail' });
    }
    verifyCaptcha(world, input.captchaToken, now);
    if (!input.confirmed) throw new DomainError('not_confirmed', { field: 'confirmed' });
    contactEmail = email;
  }
  const record: RequestRecord = {
    id: world.nextRequestId(),
    customerId: input.customerId,
    origin: input.origin,
    contactEmail,
    sentAt: now,
    decision: null,
    respondedAt: null,
    withdrawnAt: null,
    comment: null,
    attempt: highestAttempt(world, input.customerId) + 1,
  };
  world.addRequest(record);
  return toConnectionRequest(world, record, now);
}

/** A rule outcome as status + body, the form R8 stores and replays. */
export function outcome(run: () => unknown, successStatus: number): IdempotentResult {
  try {
    return { status: successStatus, body: run() };
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, body: error.toBody() };
    throw error;
  }
}

/** The Idempotency-Key header: trimmed; none or blank → null; over 200 characters → 422. */
export function parseIdempotencyKey(raw: string | null): string | null {
  const key = raw?.trim() ?? '';
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw invalidInput(
      'Idempotency-Key',
      `The Idempotency-Key has at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
    );
  }
  return key === '' ? null : key;
}

/**
 * R8, on a call's arrival (before its injected latency): a key whose first call is still being
 * handled gets 409 `idempotency_key_in_flight`; a new key is marked in flight and returned, so
 * the caller can release it when the call is handled. Keys that are already answered, absent
 * or invalid are left to createRequestIdempotently (null).
 */
export function admitIdempotencyKey(world: World, raw: string | null, now: number): string | null {
  const key = raw?.trim() ?? '';
  if (key === '' || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || world.idempotency.has(key)) {
    return null;
  }
  forgetOld(
    world.keysInFlight,
    (since) => since,
    now,
    KEY_IN_FLIGHT_TTL_MS,
    MAX_IDEMPOTENCY_ANSWERS,
  );
  if (world.keysInFlight.has(key)) throw new DomainError('idempotency_key_in_flight');
  world.keysInFlight.set(key, now);
  return key;
}

/** The call that admitted `key` is being handled now: it is no longer in flight. */
export function releaseIdempotencyKey(world: World, key: string): void {
  world.keysInFlight.delete(key);
}

/**
 * R8: the first answer to an Idempotency-Key, whatever it was (a 201 or a rule's 4xx), is
 * stored and returned again for the same key and the same body; nothing new is created. The
 * same key with another body is 422 `idempotency_key_reused` (the IETF Idempotency-Key draft,
 * Stripe). Without a key every POST is new. Answers are kept for a bounded time and count.
 */
export function createRequestIdempotently(
  world: World,
  idempotencyKey: string | null,
  body: unknown,
  now: number,
): IdempotentResult {
  const key = parseIdempotencyKey(idempotencyKey);
  if (key === null) return outcome(() => createRequest(world, body, now), 201);
  const fingerprint = hashText(canonicalJson(body));
  const forget = () => {
    forgetOld(
      world.idempotency,
      (answer) => answer.at,
      now,
      IDEMPOTENCY_ANSWER_TTL_MS,
      MAX_IDEMPOTENCY_ANSWERS,
    );
  };
  forget();
  const first = world.idempotency.get(key);
  if (first) {
    if (first.fingerprint !== fingerprint) {
      throw new DomainError('idempotency_key_reused', { field: 'Idempotency-Key' });
    }
    return { status: first.status, body: first.body };
  }
  const result = outcome(() => createRequest(world, body, now), 201);
  world.idempotency.set(key, { ...result, fingerprint, at: now });
  forget();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Withdraw (R12)

export function withdrawRequest(world: World, id: string, now: number): ConnectionRequest {
  const request = requireRequest(world, id);
  if (statusOf(request, now) !== 'pending') throw new DomainError('not_pending');
  const withdrawn: RequestRecord = { ...request, withdrawnAt: now };
  world.replaceRequest(withdrawn);
  return toConnectionRequest(world, withdrawn, now);
}
