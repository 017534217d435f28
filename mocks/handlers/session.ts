import { http } from 'msw';
import type { Session } from '../../src/contract';
import { toIso } from '../domain/clock';
import { searchesRemaining } from '../domain/search';
import { apiPath, guarded, json } from './guard';

/** The current user and supplier; the one product endpoint a member may call (R1). */
export const sessionHandlers = [
  http.get(
    apiPath('/session'),
    guarded(
      ({ store }) =>
        json(
          store.read((world, now): Session => ({
            user: { id: 'user-alex', name: 'Alex Lindqvist', role: world.role },
            supplier: { id: world.supplier.id, name: world.supplier.name },
            serverTime: toIso(now),
            searchesRemaining: searchesRemaining(world),
            notice: store.notice,
          })),
        ),
      { adminOnly: false },
    ),
  ),
];
