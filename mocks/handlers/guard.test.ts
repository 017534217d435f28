import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoControl, guarded } from './guard';

afterEach(() => {
  vi.restoreAllMocks();
});

const call = { request: new Request('http://localhost/api/session'), params: {} };
const failure = () => {
  throw new RangeError('Invalid time value');
};

describe('an unexpected failure in a handler', () => {
  it.each([
    ['a product endpoint', guarded(failure, { adminOnly: false })],
    ['a demo control', demoControl(failure)],
  ])(
    'is answered by %s as 500 internal_error in the error shape, without a stack',
    async (_, handler) => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const response = await handler(call);
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: 'internal_error', message: 'An unexpected error occurred on the server.' },
      });
      expect(text).not.toMatch(/RangeError|Invalid time value|stack|at /);
      // Developers still see what happened, in the console.
      expect(logged).toHaveBeenCalledWith(
        'The mock backend failed unexpectedly.',
        expect.any(RangeError),
      );
    },
  );
});
