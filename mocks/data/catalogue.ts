import { normalizeName, searchForm } from '../domain/normalize';
import type { Catalogue, CustomerRecord } from '../domain/records';
import { generatedCustomers, type CustomerSpec } from './generated-customers';

/** A hand-written customer: id, name, and how many accounts it has (shown once approved). */
function customer(
  id: string,
  name: string,
  accountCount: number,
  { requestsDisabled = false } = {},
): Required<CustomerSpec> {
  return { id, name, accountCount, requestsDisabled };
}

/** R11: the customer does not accept supplier-initiated requests. */
const R11_NO_REQUESTS = { requestsDisabled: true };

/**
 * Hand-written customers the scenarios refer to by key (tests and stories can too, through
 * `customerNamed()` in mocks/scenarios.ts). Accented, long, HTML-looking and R11 names.
 */
export const NAMED = {
  muellerLogistik: customer('cust-mueller-logistik', 'Müller Logistik GmbH', 2),
  societeGenerale: customer('cust-societe-equipement', "Société Générale d'Équipement S.A.", 1),
  nordwind: customer('cust-nordwind-energie', 'Nordwind Energie AG', 2),
  oestergaard: customer('cust-oestergaard', 'Østergaard & Søn A/S', 4),
  fabbrica: customer('cust-fabbrica-ceramiche', 'Fabbrica Italiana Ceramiche S.p.A.', 1),
  grosshandel: customer('cust-grosshandel-weiss', 'Großhandel Weiß an der Straße KG', 3),
  celik: customer('cust-celik-yapi', 'Çelik Yapı Sanayi A.Ş.', 2),
  zuercher: customer('cust-zuercher-praezision', 'Zürcher Präzisionstechnik AG', 1),
  bjoerk: customer('cust-bjoerk-fastigheter', 'Björk Fastigheter AB', 2),
  dvorak: customer('cust-dvorak-strojirny', 'Dvořák Strojírny s.r.o.', 1),
  kowalski: customer('cust-kowalski-hurtownia', 'Kowalski Hurtownia Sp. z o.o.', 1),
  muellerLuedenscheidt: customer(
    'cust-mueller-luedenscheidt',
    'Müller-Lüdenscheidt Handels- und Vertriebsgesellschaft für Büro- und Objekteinrichtungen mbH & Co. KG',
    3,
  ),
  htmlTrading: customer('cust-html-trading', '<img src=x onerror=alert(1)> Trading', 1),
  angstroem: customer('cust-angstroem-labs', 'Ångström Laboratories AB', 2),
  papeleria: customer('cust-papeleria-nunez', 'Papelería Núñez S.L.', 1),
  dubois: customer('cust-dubois-fils', 'Dubois & Fils SARL', 1),
  helsingin: customer('cust-helsingin-tukku', 'Helsingin Tukku Oy', 1),
  gruenwald: customer('cust-gruenwald-baeckerei', 'Grünwald Bäckerei-Bedarf GmbH', 1),
  lodz: customer('cust-lodz-tekstylia', 'Łódź Tekstylia S.A.', 2),
  capek: customer('cust-capek-nabytek', 'Čapek Nábytek a.s.', 3),
  bundesamt: customer(
    'cust-bundesamt-beschaffung',
    'Bundesamt für Beschaffung',
    1,
    R11_NO_REQUESTS,
  ),
  rijkswaterstaat: customer(
    'cust-rijkswaterstaat-inkoop',
    'Rijkswaterstaat Inkoop',
    1,
    R11_NO_REQUESTS,
  ),
  assistancePublique: customer(
    'cust-assistance-publique',
    'Assistance Publique – Hôpitaux de Paris (Achats)',
    2,
    R11_NO_REQUESTS,
  ),
  muellerMaschinen: customer('cust-mueller-maschinenbau', 'Mueller Maschinenbau GmbH', 1),
  mullerFoods: customer('cust-muller-foods', 'Muller Foods Ltd', 2),
  strassenbau: customer('cust-strassenbau-sued', 'Straßenbau Süd GmbH & Co. KG', 1),
  nakamura: customer('cust-nakamura-seiki', 'Nakamura Seiki Kabushiki Kaisha', 2),
  obrien: customer('cust-obrien-sons', "O'Brien & Sons Engineering Ltd", 1),
  sao: customer('cust-sao-paulo-alimentos', 'São Paulo Alimentos Ltda.', 2),
  koeln: customer('cust-koelner-druckhaus', 'Kölner Druckhaus Schäfer e.K.', 1),
};

export type NamedCustomerKey = keyof typeof NAMED;

function customerRecord(spec: CustomerSpec): CustomerRecord {
  return {
    id: spec.id,
    name: spec.name,
    normalizedName: normalizeName(spec.name),
    searchName: searchForm(spec.name),
    requestsDisabled: spec.requestsDisabled ?? false,
    accountCount: spec.accountCount ?? 1,
  };
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
    const named = Object.values(NAMED);
    const generated = generatedCustomers(
      generatedCount,
      named.map((customer) => customer.name),
    );
    const customers = [...named, ...generated].map(customerRecord).sort(byNormalizedName);
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
