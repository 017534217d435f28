import { http } from 'msw';
import { sessionOf } from '../domain/session';
import { apiPath, guarded, json } from './guard';

/** The current user and supplier; the one product endpoint a member may call (R1). */
export const sessionHandlers = [
  http.get(
    apiPath('/session'),
    guarded(({ store }) => json(store.read((world, now) => sessionOf(world, now, store.notice))), {
      adminOnly: false,
    }),
  ),
];
