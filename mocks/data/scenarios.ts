import type { ScenarioName, SuggestionReason } from '../../src/contract';
import type { ScenarioSeed, SuggestionRecord, Supplier } from '../domain/records';
import { catalogueOf, NAMED, STANDARD_GENERATED_COUNT, type NamedCustomerKey } from './catalogue';
import { largeAccountSeed } from './large-account';
import { defaultRequests, duplicateAccountRequests } from './named-requests';

const SUPPLIER: Supplier = { id: 'sup-nordlicht', name: 'Nordlicht Components GmbH' };
const NEW_SUPPLIER: Supplier = { id: 'sup-fresh-start', name: 'Fresh Start Supplies Ltd' };

const DEFAULT_SUGGESTIONS: readonly { customer: NamedCustomerKey; reason: SuggestionReason }[] = [
  { customer: 'angstroem', reason: 'invoice_history' },
  { customer: 'papeleria', reason: 'email_domain_match' },
  { customer: 'htmlTrading', reason: 'buyer_network' },
  { customer: 'dubois', reason: 'shared_address' },
];

const NEW_SUPPLIER_SUGGESTIONS: readonly {
  customer: NamedCustomerKey;
  reason: SuggestionReason;
}[] = [
  ...DEFAULT_SUGGESTIONS,
  { customer: 'nakamura', reason: 'invoice_history' },
  { customer: 'sao', reason: 'buyer_network' },
];

function suggestionsFrom(
  list: readonly { customer: NamedCustomerKey; reason: SuggestionReason }[],
): SuggestionRecord[] {
  return list.map(({ customer, reason }) => ({ customerId: NAMED[customer].id, reason }));
}

function defaultSeed(anchor: number, scenario: 'default' | 'member'): ScenarioSeed {
  return {
    scenario,
    role: scenario === 'member' ? 'member' : 'admin',
    supplier: SUPPLIER,
    catalogue: catalogueOf(STANDARD_GENERATED_COUNT),
    requests: defaultRequests(anchor),
    suggestions: suggestionsFrom(DEFAULT_SUGGESTIONS),
    duplicateAccount: duplicateAccountRequests(anchor),
  };
}

function newSupplierSeed(): ScenarioSeed {
  return {
    scenario: 'new-supplier',
    role: 'admin',
    supplier: NEW_SUPPLIER,
    catalogue: catalogueOf(STANDARD_GENERATED_COUNT),
    requests: [],
    suggestions: suggestionsFrom(NEW_SUPPLIER_SUGGESTIONS),
    duplicateAccount: [],
  };
}

/** The deterministic data of a scenario, dated relative to `anchor` (server-clock ms). */
export function scenarioSeed(name: ScenarioName, anchor: number): ScenarioSeed {
  switch (name) {
    case 'default':
    case 'member':
      return defaultSeed(anchor, name);
    case 'new-supplier':
      return newSupplierSeed();
    case 'large-account':
      return largeAccountSeed(anchor);
  }
}
