import { connectionRequestHandlers } from './connection-requests';
import { connectionRowHandlers } from './connection-rows';
import { customerHandlers } from './customers';
import { demoHandlers } from './demo';
import { sessionHandlers } from './session';
import { suggestionHandlers } from './suggestions';
import { unknownRouteHandler } from './unknown';

const routes = [
  ...sessionHandlers,
  ...connectionRequestHandlers,
  ...connectionRowHandlers,
  ...suggestionHandlers,
  ...customerHandlers,
  ...demoHandlers,
];

/** Every handler of the mock backend; the same set serves dev, demo build, Storybook and tests. */
export const handlers = [...routes, unknownRouteHandler(routes)];
