import type { CustomerAccount } from '../../src/contract';
import { DomainError } from './errors';
import { statusOf } from './requests';
import type { CustomerRecord } from './records';
import type { World } from './world';

const REGIONS: readonly { country: string; label: string }[] = [
  { country: 'DE', label: 'Deutschland' },
  { country: 'FR', label: 'France' },
  { country: 'US', label: 'United States' },
  { country: 'GB', label: 'United Kingdom' },
  { country: 'IT', label: 'Italia' },
  { country: 'ES', label: 'España' },
  { country: 'SE', label: 'Sverige' },
  { country: 'CH', label: 'Schweiz' },
];

/** A customer's accounts, derived from its record (deterministic, nothing stored). */
export function accountsOf(customer: CustomerRecord): CustomerAccount[] {
  const first = customer.id.length % REGIONS.length;
  return Array.from({ length: customer.accountCount }, (_, index) => {
    const region = REGIONS[(first + index) % REGIONS.length] ?? {
      country: 'DE',
      label: 'Deutschland',
    };
    return {
      id: `${customer.id}-acc-${index + 1}`,
      name: `${customer.name} (${region.label})`,
      country: region.country,
    };
  });
}

/** The hover card's list: only for a customer that approved a request (else 409 not_connected). */
export function customerAccounts(world: World, customerId: string, now: number): CustomerAccount[] {
  const customer = world.customer(customerId);
  if (!customer) throw new DomainError('customer_not_found', { field: 'customerId' });
  const approved = world.requestsTo(customerId).some((r) => statusOf(r, now) === 'approved');
  if (!approved) throw new DomainError('not_connected');
  return accountsOf(customer);
}
