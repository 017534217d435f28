/**
 * Mock backend timings at 10,000 requests, against the target of 5 ms per call (a page must not
 * wait on its mock): the store and the domain called directly, as the MSW handlers call them
 * (persistence through an in-memory Storage, so every write also pays for serialising the
 * delta, as it does in the browser), plus JSON.stringify of the answer. Loaded by run.mjs through Vite's runnerImport, so it stays plain TypeScript.
 */
import { MemoryStorage } from '../../mocks/memory-storage';
import { initMockStore } from '../../mocks/store';
import { demoState } from '../../mocks/domain/demo';
import { listRequests } from '../../mocks/domain/request-list';
import { listRows, parseRowsQuery } from '../../mocks/domain/rows';
import { searchCatalogue } from '../../mocks/domain/search';
import { parseListQuery } from '../../mocks/domain/table-query';

export interface Timing {
  label: string;
  calls: number;
  /** Milliseconds per call: median and 95th percentile over batches, and the slowest call. */
  p50: number;
  p95: number;
  max: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Times `run(i)` one call at a time after a warm-up (the JIT), `calls` times. */
function time(label: string, calls: number, run: (i: number) => unknown): Timing {
  for (let i = 0; i < Math.min(50, calls); i += 1) run(i);
  const samples: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    label,
    calls,
    p50: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    max: samples[samples.length - 1] ?? Number.NaN,
  };
}

const LIST_QUERIES = [
  '', // the default view: newest first, page 1
  'page=2',
  'page=400', // the last page
  'sort=customer&order=asc&page=137',
  'sort=customer&order=desc',
  'sort=status&order=asc&page=50',
  'sort=status&order=desc',
  'status=pending',
  'status=approved,rejected&pageSize=100', // the page's "since your last visit" query
  'status=expired&sort=customer',
  'q=gmbh',
  'q=m%C3%BCller&sort=status',
  'q=zz-no-match',
];

/** The page's one table (GET /api/connection-rows): 10,000 requests + 500 suggestions. */
const ROWS_QUERIES = [
  '', // the default view: suggestions first, page 1
  'pageSize=30&page=17', // the page across the boundary: 20 suggestions, then 10 requests
  'page=210', // a page in the middle of the requests
  'page=420', // the last page
  'sort=sentAt&order=asc',
  'sort=customer&order=asc&page=200',
  'sort=customer&order=desc',
  'sort=status&order=asc&page=150',
  'sort=status&order=desc',
  'status=pending',
  'status=suggested',
  'status=suggested,expired,withdrawn&page=30',
  'q=gmbh',
  'q=m%C3%BCller&sort=customer',
];

const SEARCH_QUERIES = [
  'muller',
  'gmbh',
  'nord',
  'ab',
  'société',
  'zz-no-match',
  'industrie',
  'logistik mueller',
];

export interface MockBenchResult {
  requests: number;
  catalogue: number;
  /** Generating the large-account scenario and indexing it (what the first request pays). */
  loadScenarioMs: number;
  timings: Timing[];
}

export function benchMockBackend(calls = 2000): MockBenchResult {
  const storage = new MemoryStorage();
  const loadStart = performance.now();
  const store = initMockStore({ storage, scenario: 'large-account' });
  const loadScenarioMs = performance.now() - loadStart;
  const requests = store.read((world, now) =>
    listRequests(world, parseListQuery(new URLSearchParams()), now),
  ).total;

  const timings: Timing[] = [];
  timings.push(
    time('list a page (13 views, mixed)', calls, (i) => {
      const params = new URLSearchParams(LIST_QUERIES[i % LIST_QUERIES.length]);
      return JSON.stringify(
        store.read((world, now) => listRequests(world, parseListQuery(params), now)),
      );
    }),
  );
  for (const query of [
    '',
    'sort=customer&order=asc&page=137',
    'sort=status&order=desc',
    'status=pending',
    'q=gmbh',
  ]) {
    timings.push(
      time(`list ?${query === '' ? '(default)' : query}`, Math.ceil(calls / 4), () => {
        const params = new URLSearchParams(query);
        return JSON.stringify(
          store.read((world, now) => listRequests(world, parseListQuery(params), now)),
        );
      }),
    );
  }
  const readRows = (query: string) => {
    const params = new URLSearchParams(query);
    return JSON.stringify(store.read((world, now) => listRows(world, parseRowsQuery(params), now)));
  };
  timings.push(
    time(`rows: a page (${ROWS_QUERIES.length} views, mixed)`, calls, (i) =>
      readRows(ROWS_QUERIES[i % ROWS_QUERIES.length] ?? ''),
    ),
  );
  for (const query of ROWS_QUERIES) {
    timings.push(
      time(`rows ?${query === '' ? '(default)' : query}`, Math.ceil(calls / 4), () =>
        readRows(query),
      ),
    );
  }
  timings.push(
    time('list ?respondedAfter (since your last visit)', Math.ceil(calls / 4), () => {
      const params = new URLSearchParams({ respondedAfter: new Date(0).toISOString() });
      return JSON.stringify(
        store.read((world, now) => listRequests(world, parseListQuery(params), now)),
      );
    }),
  );
  timings.push(
    time('demo state (with the pending list)', Math.ceil(calls / 4), () =>
      JSON.stringify(store.read((world, now) => demoState(world, now))),
    ),
  );
  timings.push(
    time(`search the catalogue (${SEARCH_QUERIES.length} queries, mixed; a write)`, calls, (i) => {
      // R4 allows 5 searches; the counter is reset outside the rule so every call searches.
      store.world.searchesUsed = 0;
      const q = SEARCH_QUERIES[i % SEARCH_QUERIES.length] ?? 'ab';
      return JSON.stringify(store.write((world, now) => searchCatalogue(world, q, now)));
    }),
  );
  return { requests, catalogue: store.world.catalogue.customers.length, loadScenarioMs, timings };
}
