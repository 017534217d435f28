import type { Role } from '../../src/contract';
import { DomainError } from './errors';

/** R1: only Administrators may list, search or send (everything but the session and the demo). */
export function assertAdministrator(role: Role): void {
  if (role !== 'admin') throw new DomainError('forbidden');
}
