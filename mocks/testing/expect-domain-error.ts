import { expect } from 'vitest';
import type { ErrorCode } from '../../src/contract';
import { DomainError } from '../domain/errors';

/** Runs `run` and asserts it throws the DomainError `code` (and `field`, when given). */
export function expectDomainError(
  run: () => unknown,
  code: ErrorCode,
  field?: string,
): DomainError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
  return error;
}
