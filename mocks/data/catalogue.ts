import { normalizeName, searchForm } from '../domain/normalize';
import type { Catalogue, CustomerRecord } from '../domain/world';
import { createPrng } from './prng';

interface NamedCustomer {
  readonly id: string;
  readonly name: string;
  readonly requestsDisabled?: boolean;
  readonly accountCount?: number;
}

/**
 * Hand-written customers the scenarios refer to by key (tests and stories can too, through
 * `customerNamed()` in mocks/scenarios.ts). Accented, long, HTML-looking and R11 names.
 */
export const NAMED = {
  muellerLogistik: { id: 'cust-mueller-logistik', name: 'Müller Logistik GmbH', accountCount: 2 },
  societeGenerale: {
    id: 'cust-societe-equipement',
    name: "Société Générale d'Équipement S.A.",
    accountCount: 1,
  },
  nordwind: { id: 'cust-nordwind-energie', name: 'Nordwind Energie AG', accountCount: 2 },
  oestergaard: { id: 'cust-oestergaard', name: 'Østergaard & Søn A/S', accountCount: 4 },
  fabbrica: {
    id: 'cust-fabbrica-ceramiche',
    name: 'Fabbrica Italiana Ceramiche S.p.A.',
    accountCount: 1,
  },
  grosshandel: {
    id: 'cust-grosshandel-weiss',
    name: 'Großhandel Weiß an der Straße KG',
    accountCount: 3,
  },
  celik: { id: 'cust-celik-yapi', name: 'Çelik Yapı Sanayi A.Ş.', accountCount: 2 },
  zuercher: {
    id: 'cust-zuercher-praezision',
    name: 'Zürcher Präzisionstechnik AG',
    accountCount: 1,
  },
  bjoerk: { id: 'cust-bjoerk-fastigheter', name: 'Björk Fastigheter AB', accountCount: 2 },
  dvorak: { id: 'cust-dvorak-strojirny', name: 'Dvořák Strojírny s.r.o.', accountCount: 1 },
  kowalski: {
    id: 'cust-kowalski-hurtownia',
    name: 'Kowalski Hurtownia Sp. z o.o.',
    accountCount: 1,
  },
  muellerLuedenscheidt: {
    id: 'cust-mueller-luedenscheidt',
    name: 'Müller-Lüdenscheidt Handels- und Vertriebsgesellschaft für Büro- und Objekteinrichtungen mbH & Co. KG',
    accountCount: 3,
  },
  htmlTrading: {
    id: 'cust-html-trading',
    name: '<img src=x onerror=alert(1)> Trading',
    accountCount: 1,
  },
  angstroem: { id: 'cust-angstroem-labs', name: 'Ångström Laboratories AB', accountCount: 2 },
  papeleria: { id: 'cust-papeleria-nunez', name: 'Papelería Núñez S.L.', accountCount: 1 },
  dubois: { id: 'cust-dubois-fils', name: 'Dubois & Fils SARL', accountCount: 1 },
  helsingin: { id: 'cust-helsingin-tukku', name: 'Helsingin Tukku Oy', accountCount: 1 },
  gruenwald: {
    id: 'cust-gruenwald-baeckerei',
    name: 'Grünwald Bäckerei-Bedarf GmbH',
    accountCount: 1,
  },
  lodz: { id: 'cust-lodz-tekstylia', name: 'Łódź Tekstylia S.A.', accountCount: 2 },
  capek: { id: 'cust-capek-nabytek', name: 'Čapek Nábytek a.s.', accountCount: 3 },
  bundesamt: {
    id: 'cust-bundesamt-beschaffung',
    name: 'Bundesamt für Beschaffung',
    requestsDisabled: true,
    accountCount: 1,
  },
  rijkswaterstaat: {
    id: 'cust-rijkswaterstaat-inkoop',
    name: 'Rijkswaterstaat Inkoop',
    requestsDisabled: true,
    accountCount: 1,
  },
  assistancePublique: {
    id: 'cust-assistance-publique',
    name: 'Assistance Publique – Hôpitaux de Paris (Achats)',
    requestsDisabled: true,
    accountCount: 2,
  },
  muellerMaschinen: {
    id: 'cust-mueller-maschinenbau',
    name: 'Mueller Maschinenbau GmbH',
    accountCount: 1,
  },
  mullerFoods: { id: 'cust-muller-foods', name: 'Muller Foods Ltd', accountCount: 2 },
  strassenbau: {
    id: 'cust-strassenbau-sued',
    name: 'Straßenbau Süd GmbH & Co. KG',
    accountCount: 1,
  },
  nakamura: { id: 'cust-nakamura-seiki', name: 'Nakamura Seiki Kabushiki Kaisha', accountCount: 2 },
  obrien: { id: 'cust-obrien-sons', name: "O'Brien & Sons Engineering Ltd", accountCount: 1 },
  sao: { id: 'cust-sao-paulo-alimentos', name: 'São Paulo Alimentos Ltda.', accountCount: 2 },
  koeln: { id: 'cust-koelner-druckhaus', name: 'Kölner Druckhaus Schäfer e.K.', accountCount: 1 },
} as const satisfies Record<string, NamedCustomer>;

export type NamedCustomerKey = keyof typeof NAMED;

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

function customerRecord(spec: NamedCustomer): CustomerRecord {
  return {
    id: spec.id,
    name: spec.name,
    normalizedName: normalizeName(spec.name),
    searchName: searchForm(spec.name),
    requestsDisabled: spec.requestsDisabled ?? false,
    accountCount: spec.accountCount ?? 1,
  };
}

/** The generated customer names in order: deterministic, unique, never a named one. */
function generatedCustomers(count: number): CustomerRecord[] {
  const prng = createPrng(20_240_611);
  const taken = new Set<string>(Object.values(NAMED).map((c) => c.name));
  const result: CustomerRecord[] = [];
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
    result.push(
      customerRecord({
        id: `cust-g${number}`,
        name,
        // About one in fifty does not accept supplier-initiated requests (R11).
        requestsDisabled: prng.next() < 0.02,
        accountCount: prng.int(1, 4),
      }),
    );
  }
  return result;
}

function byNormalizedName(a: CustomerRecord, b: CustomerRecord): number {
  if (a.normalizedName !== b.normalizedName) return a.normalizedName < b.normalizedName ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const catalogues = new Map<number, Catalogue>();

/**
 * The named customers plus `generatedCount` generated ones, ordered by normalised name.
 * Immutable, so built once per size and shared by every world of that size.
 */
export function catalogueOf(generatedCount: number): Catalogue {
  let catalogue = catalogues.get(generatedCount);
  if (!catalogue) {
    const customers = [
      ...Object.values(NAMED).map(customerRecord),
      ...generatedCustomers(generatedCount),
    ].sort(byNormalizedName);
    catalogue = {
      customers,
      byId: new Map(customers.map((c) => [c.id, c])),
      rank: new Map(customers.map((c, index) => [c.id, index])),
    };
    catalogues.set(generatedCount, catalogue);
  }
  return catalogue;
}

/** A few hundred customers: what search runs over in every scenario but large-account. */
export const STANDARD_GENERATED_COUNT = 270;
/** large-account: 10,000 requested customers, 500 suggested, and some left to search for. */
export const LARGE_GENERATED_COUNT = 11_000;
