import type { ConnectionRequest, ConnectionRequestPage } from '../../src/contract';
import { listRequests } from '../domain/request-list';
import { parseListQuery } from '../domain/table-query';
import type { World } from '../domain/world';
import { T0 } from './test-world';

/** The body of a request from a suggestion (R7). */
export function fromSuggestion(customerId: string): Record<string, unknown> {
  return { customerId, origin: 'suggestion' };
}

let tokenNumber = 0;

/** A valid request from a search with a captcha token never used; override a field to break it. */
export function fromSearch(
  customerId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  tokenNumber += 1;
  return {
    customerId,
    origin: 'search',
    contactEmail: 'buyer@example.com',
    captchaToken: `token-${String(tokenNumber)}`,
    confirmed: true,
    ...overrides,
  };
}

/** The list (`GET /connection-requests`) for a query string, read at `now`. */
export function listed(world: World, query = '', now = T0): ConnectionRequestPage {
  return listRequests(world, parseListQuery(new URLSearchParams(query)), now);
}

/** The customer's latest request as the list shows it at `now`. */
export function latestOf(
  world: World,
  customerId: string,
  now = T0,
): ConnectionRequest | undefined {
  return listed(world, 'pageSize=100', now).items.find((r) => r.customerId === customerId);
}
