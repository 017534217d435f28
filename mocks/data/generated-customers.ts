import { createPrng } from './prng';

/** A customer of the catalogue as written or generated, before its names are folded. */
export interface CustomerSpec {
  readonly id: string;
  readonly name: string;
  readonly requestsDisabled?: boolean;
  readonly accountCount?: number;
}

/** Parts of the generated names: European surnames, places, trades and legal forms. */
const SURNAMES = [
  'Müller',
  'Schäfer',
  'Weiß',
  'Böhm',
  'Groß',
  'Krüger',
  'Jäger',
  'Köhler',
  'Dubois',
  'Lefèvre',
  'Girard',
  'Moreau',
  'Gonçalves',
  'Núñez',
  'García',
  'Peña',
  'Šimek',
  'Nowak',
  'Wójcik',
  'Andersson',
  'Jørgensen',
  'Ólafsson',
  'Virtanen',
  'Rossi',
  'Bianchi',
  'Esposito',
  'Yılmaz',
  'Kovács',
  'Novák',
  'Smith',
  'Taylor',
  'Murphy',
  'Janssen',
  'De Vries',
  'Papadopoulos',
  'Popescu',
  'Horváth',
  'Lindqvist',
  'Fernández',
  'Brandão',
] as const;
const PLACES = [
  'Nord',
  'Süd',
  'West',
  'Ost',
  'Alpen',
  'Baltic',
  'Atlantic',
  'Rhein',
  'Donau',
  'Côte',
  'Iberia',
  'Nordic',
  'Helvetia',
  'Adria',
  'Karpaten',
  'Bodensee',
  'Provence',
  'Lombardia',
  'Fjord',
  'Øresund',
  'Mälar',
  'Tatra',
  'Ardennes',
  'Bretagne',
  'Andalucía',
  'Zürichsee',
  'Thüringer',
  'Bayern',
  'Flandria',
  'Hanse',
  'Pannonia',
  'Dalmacija',
  'Sjælland',
  'Wien',
  'Lyon',
  'Porto',
  'Genève',
  'Malmö',
  'Kraków',
  'Brno',
] as const;
const TRADES = [
  'Logistik',
  'Maschinenbau',
  'Chemie',
  'Textil',
  'Foods',
  'Pharma',
  'Energie',
  'Bau',
  'Metall',
  'Holz',
  'Papier',
  'Glas',
  'Elektro',
  'Medizintechnik',
  'Automotive',
  'Agrar',
  'Trading',
  'Systems',
  'Solutions',
  'Industries',
  'Services',
  'Distribution',
  'Components',
  'Handel',
  'Verpackung',
  'Kältetechnik',
  'Sanitär',
  'Büromöbel',
  'Laboratoires',
  'Ingeniería',
] as const;
const LEGAL_FORMS = [
  'GmbH',
  'AG',
  'KG',
  'SE',
  'S.A.',
  'S.A.S.',
  'S.p.A.',
  'S.r.l.',
  'Ltd',
  'PLC',
  'Inc.',
  'B.V.',
  'N.V.',
  'AB',
  'A/S',
  'Oy',
  'Sp. z o.o.',
  's.r.o.',
  'Kft.',
  'GmbH & Co. KG',
] as const;

/** The generated customers in order: deterministic, unique names, never one in `namesTaken`. */
export function generatedCustomers(count: number, namesTaken: Iterable<string>): CustomerSpec[] {
  const prng = createPrng(20_240_611);
  const taken = new Set<string>(namesTaken);
  const result: CustomerSpec[] = [];
  while (result.length < count) {
    const trade = prng.pick(TRADES);
    const legal = prng.pick(LEGAL_FORMS);
    const style = prng.int(0, 2);
    const name =
      style === 0
        ? `${prng.pick(SURNAMES)} ${trade} ${legal}`
        : style === 1
          ? `${prng.pick(PLACES)} ${trade} ${legal}`
          : `${prng.pick(SURNAMES)} & ${prng.pick(SURNAMES)} ${trade} ${legal}`;
    if (taken.has(name)) continue;
    taken.add(name);
    const number = String(result.length + 1).padStart(5, '0');
    result.push({
      id: `cust-g${number}`,
      name,
      // About one in fifty does not accept supplier-initiated requests (R11).
      requestsDisabled: prng.next() < 0.02,
      accountCount: prng.int(1, 4),
    });
  }
  return result;
}
