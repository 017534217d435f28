/** The benchmark's settings (from the environment), targets, folders and log (see run.mjs). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const cache = path.join(root, 'node_modules/.cache/bench');
export const appOut = path.join(cache, 'app');
export const floorOut = path.join(cache, 'floor');
export const floorI18nOut = path.join(cache, 'floor-i18n');
export const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
export const ROUNDS = Math.max(10, Number(process.env.BENCH_ROUNDS ?? 12));
/** Clicks of one kind on one page before the other page takes its turn. */
export const CLICKS_PER_ROUND = 2;
export const PROFILE_CLICKS = Math.max(0, Number(process.env.BENCH_PROFILE ?? 0));
/** The pause after each click's new rows are painted, before the next click. */
export const PAUSE_MS = 250;
export const TARGETS = {
  bytesRatio: 1.0,
  coldLoadRatio: 1.2,
  rowsRatio: 1.2,
  inputPaintP95: 100,
  mockCall: 5,
};

export const log = (...args) => console.error('[bench]', ...args);
