/**
 * Global setup of the contract suite over HTTP: checks once that the server answers and whether
 * it has the demo controls, and tells the test files (`inject('demoControls')`).
 */
import type { TestProject } from 'vitest/node';
import { contractBaseUrl } from '../contract/client';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Whether the server under test answers GET /demo/state (the demo controls). */
    demoControls: boolean;
  }
}

/** True when GET {base}/demo/state answers 200 with a demo state; false on any other status. */
export async function probeDemoControls(base: string): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(`${base}/demo/state`);
  } catch (error) {
    const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new Error(
      `contract: cannot reach ${base} (${String(reason)}). Start the server first, e.g. npm run mock:server.`,
      { cause: error },
    );
  }
  if (!response.ok) return false;
  const body: unknown = await response.json().catch(() => null);
  return typeof body === 'object' && body !== null && 'scenario' in body;
}

export default async function setup(project: TestProject): Promise<void> {
  const base = contractBaseUrl(process.env.CONTRACT_BASE_URL);
  const demoControls = await probeDemoControls(base);
  project.provide('demoControls', demoControls);
  console.log(
    demoControls
      ? `contract: ${base} has the demo controls; state is reset before every test.`
      : `contract: ${base} has no demo controls (GET /demo/state): tests tagged "demo" are skipped.`,
  );
}
