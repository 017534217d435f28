/**
 * Watches every response the mock server sends in the node test project and checks it against
 * openapi.yaml, so a handler that drifts from the contract fails whichever test provoked it.
 */
import type { SetupServer } from 'msw/node';
import { API_PREFIX, contractViolations } from './openapi';

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return `<not JSON: ${text.slice(0, 80)}>`;
  }
}

class ContractMonitor {
  private pending = new Set<Promise<void>>();
  private violations: string[] = [];
  private attachedTo: SetupServer | undefined;

  /** Starts checking the server's mocked responses (idempotent per server). */
  attach(server: SetupServer): void {
    if (this.attachedTo === server) return;
    this.attachedTo = server;
    server.events.on('response:mocked', ({ request, response }) => {
      const { pathname } = new URL(request.url);
      if (!pathname.startsWith(`${API_PREFIX}/`)) return;
      // The event fires after the client got its copy; read ours without blocking the test.
      const check = readJson(response).then(
        (body) => {
          this.violations.push(
            ...contractViolations(request.method, pathname, response.status, body),
          );
        },
        (error: unknown) => {
          this.violations.push(`${request.method} ${pathname}: unreadable body (${String(error)})`);
        },
      );
      this.pending.add(check);
      void check.finally(() => this.pending.delete(check));
    });
  }

  /** Waits for the checks in flight and returns (and forgets) every violation seen so far. */
  async drain(): Promise<string[]> {
    // A microtask hop first: msw emits `response:mocked` in a microtask after the response.
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    const seen = this.violations;
    this.violations = [];
    return seen;
  }
}

/** The one monitor of this test worker; tests/setup/node.ts attaches it to the mock server. */
export const contractMonitor = new ContractMonitor();
