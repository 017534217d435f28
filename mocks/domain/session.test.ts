import { describe, expect, it } from 'vitest';
import { T0, worldFor } from '../testing/test-world';
import { spendSearches } from './demo';
import { sessionOf } from './session';

describe('the session', () => {
  it("names the user with the scenario's role, the supplier, the server clock and the searches left", () => {
    const world = worldFor('member');
    spendSearches(world, 3);
    const notice = {
      code: 'state_reset' as const,
      message: 'The saved demo data could not be read.',
    };
    expect(sessionOf(world, T0, notice)).toEqual({
      user: { id: 'user-alex', name: 'Alex Lindqvist', role: 'member' },
      supplier: { id: 'sup-nordlicht', name: 'Nordlicht Components GmbH' },
      serverTime: new Date(T0).toISOString(),
      searchesRemaining: 2,
      notice,
    });
    expect(sessionOf(worldFor('large-account'), T0, null)).toMatchObject({
      user: { role: 'admin' },
      supplier: { name: 'Globex Industrial Supply Inc.' },
      notice: null,
    });
  });
});
