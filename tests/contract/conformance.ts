/**
 * Checks every response the contract tests receive against openapi.yaml, so a backend that
 * drifts from the contract fails whichever test provoked it. The client reports each response
 * here (in-process and over HTTP alike); the test setup drains the findings after every test.
 */
import { contractViolations } from './openapi';

class ContractMonitor {
  private violations: string[] = [];
  /** Responses checked so far: a test proves that client calls really pass through here. */
  checked = 0;

  /** Checks one response; `path` is relative to the API base, `body` the parsed JSON. */
  observe(method: string, path: string, status: number, body: unknown): void {
    this.checked += 1;
    const pathname = path.split('?')[0] ?? path;
    this.violations.push(...contractViolations(method, pathname, status, body));
  }

  /** Returns (and forgets) every violation seen so far. */
  drain(): string[] {
    const seen = this.violations;
    this.violations = [];
    return seen;
  }
}

/** The one monitor of this test worker; the test setup drains it after each test. */
export const contractMonitor = new ContractMonitor();
