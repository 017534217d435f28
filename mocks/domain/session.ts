import type { Notice, Session } from '../../src/contract';
import { toIso } from './clock';
import { searchesRemaining } from './search';
import type { World } from './world';

/** The demo's one user; the scenario decides the role (R1) and the supplier. */
const USER = { id: 'user-alex', name: 'Alex Lindqvist' };

/** `GET /session`: who is signed in, for which supplier, the server clock and searches left. */
export function sessionOf(world: World, now: number, notice: Notice | null): Session {
  return {
    user: { ...USER, role: world.role },
    supplier: { id: world.supplier.id, name: world.supplier.name },
    serverTime: toIso(now),
    searchesRemaining: searchesRemaining(world),
    notice,
  };
}
