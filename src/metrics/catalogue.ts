/**
 * The metric catalogue: public, stable ids (see docs/metrics.md), each with a
 * plain-English definition, unit, dimensions, caveats and the words people use.
 */
import { CrossingsError } from '../errors.js';
import type { Metric } from './types.js';

export const DIM_SLOTS = 8;
const STORED = new Map<string, string[]>();

/** A metric stored in the shared observations table: its dimensions live in slots d1..d8, in this order. */
function obsRelation(metric: string, dims: string[]): string {
  if (dims.length > DIM_SLOTS) throw new Error(`${metric}: more than ${DIM_SLOTS} dimensions`);
  STORED.set(metric, dims);
  const cols = dims.map((d, i) => `, d${i + 1} AS "${d}"`).join('');
  return `SELECT period_start AS date, year(period_start) AS y, month(period_start) AS m, value, flag, release_id${cols} FROM observations_current WHERE metric = '${metric}' AND grain <> 'window'`;
}

/** The dimensions a metric stores in the observations table, slot by slot. */
export function storedDimensions(metric: string): string[] {
  const dims = STORED.get(metric);
  if (!dims) throw new Error(`${metric} is not stored in the observations table`);
  return dims;
}

export const METRICS: Metric[] = [
  {
    id: 'deaths.dead_and_missing',
    title: 'Migrants recorded dead or missing',
    definition:
      "People who died or went missing in the process of migration towards an international destination, as recorded by IOM's Missing Migrants Project: the sum of 'Total Number of Dead and Missing' over incidents, dated by the incident date.",
    unit: 'people',
    source: 'IOM Missing Migrants Project',
    grain: 'day',
    kind: 'flow',
    dimensions: [
      { name: 'route', description: "Migration Route (harmonised: the API's 'Mainland Europe to the UK' is 'English Channel to the UK')", column: 'route_list', list: true },
      { name: 'region', description: 'Region of Incident (Mediterranean, Northern Africa, North America, …)', column: 'region_list', list: true },
      { name: 'country', description: 'Country of Incident', column: 'country' },
      { name: 'cause', description: 'Cause of Death', column: 'cause' },
      { name: 'origin', description: 'Country of Origin', column: 'country_of_origin' },
      { name: 'incident_type', description: 'Incident Type (Incident, Split Incident, Cumulative Incident)', column: 'incident_type' },
    ],
    caveats: [
      'A minimum estimate: many deaths on migration routes are never recorded.',
      'Recent months are incomplete and are revised upwards as incidents are verified; a newer release supersedes an older one for the dates it covers.',
      'Missing people are a minimum estimate of those lost at sea, rarely confirmed.',
      'The English Channel route also counts deaths on land near the Channel (in and around Calais and on roads and lorries).',
      'Thirteen 2020 incidents have no date, year or month: they count in all-time totals but in no year.',
    ],
    aliases: ['deaths', 'died', 'dead', 'dead or missing', 'dead and missing', 'missing migrants', 'perished', 'drowned', 'lost their lives', 'killed'],
    relation: 'SELECT date, year AS y, month AS m, total AS value, release_id, route_list, region_list, country, cause, country_of_origin, incident_type FROM incidents_current',
    allReleases: 'SELECT date, year AS y, month AS m, total AS value, release_id, route_list, region_list, country, cause, country_of_origin, incident_type FROM incidents',
    url: 'https://missingmigrants.iom.int/data',
    sparse: true,
  },
];


const d = (name: string, description: string, extra: Partial<Metric['dimensions'][number]> = {}) => ({ name, description, column: `"${name}"`, ...extra });
const obs = (m: Omit<Metric, 'relation'>): Metric => ({ ...m, relation: obsRelation(m.id, m.dimensions.map((x) => x.name)) });
/** A UNHCR relation with its ISO-3 codes joined to UNHCR's country names. */
const withNames = (rel: string): string => `SELECT o.*, ca.name AS asylum_name, co.name AS origin_name FROM (${rel}) o
      LEFT JOIN (SELECT DISTINCT iso3, name FROM countries) ca ON ca.iso3 = o.asylum
      LEFT JOIN (SELECT DISTINCT iso3, name FROM countries) co ON co.iso3 = o.origin`;
/** UNHCR metrics: ISO-3 codes joined to UNHCR's country names. */
const unhcrObs = (m: Omit<Metric, 'relation'>): Metric => {
  const dims = m.dimensions.map((x) => x.name).filter((n) => n !== 'asylum_name' && n !== 'origin_name');
  return {
    // UNHCR's end-year figures come out in Global Trends in mid-June (8 to 20 June, 2019-2025): about 160 days after the year's end.
    publicationLagDays: 160,
    ...m,
    relation: withNames(obsRelation(m.id, dims)),
  };
};
const UNHCR_NAMES = [d('asylum_name', "Country of asylum, UNHCR's name"), d('origin_name', "Country of origin, UNHCR's name")];
/** A UNHCR stock that crossings adds up from stored ones (refugees plus others in need of protection …), joined to the names as unhcrObs does. */
const unhcrSum = (id: string, title: string, parts: string[], plus: string, aliases: string[]): Metric => ({
  id, title: `${title} (UNHCR, added)`, unit: 'people', source: 'UNHCR Refugee Data Finder', grain: 'year', kind: 'stock', publicationLagDays: 160,
  definition: `Refugees under UNHCR's mandate plus ${plus}, at the end of each year, by country of asylum and origin: the sum of the ${parts.length} series, computed here.`,
  dimensions: [d('asylum', 'Country of asylum, ISO-3'), d('origin', 'Country of origin, ISO-3'), ...UNHCR_NAMES],
  caveats: ['End-year stocks: values for different years must not be added.', `Computed by crossings as the sum of ${parts.join(', ')}; UNHCR publishes them apart.`], aliases,
  url: 'https://www.unhcr.org/refugee-statistics/',
  relation: parts.map((m) => withNames(obsRelation(m, ['asylum', 'origin']))).join('\n      UNION ALL '),
});

const SMALL_BOATS_CAVEATS = [
  'Provisional daily operational figures (SB_01, published weekly); the final figures are the quarterly Irr_D01 detections, which differ slightly (2022: 45,755 daily against 45,774 quarterly). crossings uses the daily series for days, months and years, and says so.',
  'Counts people detected arriving; it does not include people who reached the UK undetected.',
];
const HO_QUARTERLY = 'UK Home Office, Immigration system statistics';

METRICS.push(
  obs({
    id: 'uk.small_boats.arrivals', title: 'People arriving in the UK by small boat', unit: 'people', source: 'UK Home Office small-boats time series (SB_01)', grain: 'day', kind: 'flow',
    definition: 'People detected crossing the English Channel in small boats and arriving in the UK, by day of arrival (Home Office, provisional daily series SB_01).',
    dimensions: [], caveats: SMALL_BOATS_CAVEATS,
    aliases: ['small boat arrivals', 'small boat crossings', 'channel crossings', 'crossings', 'crossed the channel', 'arrived in small boats', 'migrants arrived', 'small boats'],
    url: 'https://www.gov.uk/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats',
  }),
  obs({
    id: 'uk.small_boats.boats', title: 'Small boats arriving in the UK', unit: 'boats', source: 'UK Home Office small-boats time series (SB_01)', grain: 'day', kind: 'flow',
    definition: 'Small boats detected arriving in the UK across the English Channel, by day (SB_01).', dimensions: [], caveats: SMALL_BOATS_CAVEATS, aliases: ['boats'],
    url: 'https://www.gov.uk/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats',
  }),
  obs({
    id: 'uk.small_boats.uncontrolled_boats', title: 'Small boats involved in uncontrolled landings', unit: 'boats', source: 'UK Home Office small-boats time series (SB_01)', grain: 'day', kind: 'flow',
    definition: 'Small boats whose arrival was an uncontrolled landing (on a beach rather than intercepted), by day; "-" in the file (not collected before 2023) is no value, not zero.', dimensions: [], caveats: SMALL_BOATS_CAVEATS, aliases: ['uncontrolled landings'],
    url: 'https://www.gov.uk/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats',
  }),
  obs({
    id: 'uk.small_boats.prevented', title: 'Crossings prevented (French-reported)', unit: 'people', source: 'UK Home Office small-boats time series (SB_02)', grain: 'week', kind: 'flow',
    definition: 'People prevented from crossing the Channel, as reported by the French authorities, by week (SB_02; a week ending on a Sunday covers Monday to Sunday).', dimensions: [],
    caveats: ['French estimates, not verified by the UK.'], aliases: ['prevented crossings', 'stopped crossings', 'prevented'],
    url: 'https://www.gov.uk/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats',
  }),
  obs({
    id: 'uk.small_boats.prevented_events', title: 'Crossing attempts prevented (French-reported events)', unit: 'events', source: 'UK Home Office small-boats time series (SB_02)', grain: 'week', kind: 'flow',
    definition: 'Events in which the French authorities prevented a crossing attempt, by week (SB_02).', dimensions: [],
    caveats: ['French estimates, not verified by the UK.'], aliases: ['prevented events'],
    url: 'https://www.gov.uk/government/publications/migrants-detected-crossing-the-english-channel-in-small-boats',
  }),
  obs({
    id: 'uk.irregular.detections', title: 'Irregular arrivals detected, by method of entry', unit: 'people', source: `${HO_QUARTERLY} (Irr_D01)`, grain: 'quarter', kind: 'flow',
    definition: 'People detected arriving in the UK irregularly, by quarter and method of entry (Small boat arrivals, Inadequately documented air arrivals, Recorded detections at UK ports, Recorded detections in the UK). The final, quality-assured figures.',
    dimensions: [d('method', 'Method of entry'), d('nationality', 'Nationality'), d('region', 'Region of nationality'), d('sex', 'Sex'), d('age', 'Age group')],
    caveats: ['Small-boat arrivals here are final figures and differ slightly from the provisional daily series.'], aliases: ['irregular arrivals', 'illegal arrivals', 'detections', 'illegal entry'],
    url: 'https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables',
  }),
  obs({
    id: 'uk.small_boats.asylum_claims', title: 'Asylum claims by small-boat arrivals', unit: 'people', source: `${HO_QUARTERLY} (Irr_D02)`, grain: 'quarter', kind: 'flow',
    definition: 'Small-boat arrivals by whether an asylum application was raised (dimension asylum_application), by quarter of arrival.',
    dimensions: [d('asylum_application', 'Asylum application raised or not'), d('nationality', 'Nationality'), d('region', 'Region of nationality'), d('applicant_type', 'Main applicant or dependant'), d('uasc', 'Unaccompanied asylum-seeking child'), d('sex', 'Sex'), d('age', 'Age group')],
    caveats: ['Covers arrivals to mid-2023 in the data held.'], aliases: ['claimed asylum', 'asylum claims from small boats'],
    url: 'https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables',
  }),
  obs({
    id: 'uk.returns', title: 'Returns from the UK', unit: 'returns', source: `${HO_QUARTERLY} (Ret_D01)`, grain: 'quarter', kind: 'flow',
    definition: 'Departures of people from the UK recorded by the Home Office, by quarter: Enforced return (removals, including from detention), Voluntary return (assisted, controlled, other verified) and Refused entry at port and subsequently departed.',
    dimensions: [d('return_type_group', 'Enforced return / Voluntary return / Refused entry at port and subsequently departed'), d('return_type', 'Return type'), d('nationality', 'Nationality'), d('region', 'Region of nationality')],
    caveats: [
      'The Home Office publishes no "deportation" series: deportation is a legal process for a subset of enforced returns. "Deportations" and "removals" are read as enforced returns.',
      'Most returns are voluntary: in 2023 enforced returns were about a quarter of enforced plus voluntary returns.',
    ],
    aliases: ['returns', 'returned', 'deportations', 'deported', 'removals', 'removed', 'sent home', 'enforced returns'],
    url: 'https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables',
  }),
  obs({
    id: 'uk.returns.by_destination', title: 'Returns from the UK by destination', unit: 'returns', source: `${HO_QUARTERLY} (Ret_D02)`, grain: 'quarter', kind: 'flow',
    definition: 'Returns by the country people were returned to, by quarter.', dimensions: [d('return_type_group', 'Return type group'), d('return_type', 'Return type'), d('destination', 'Return destination'), d('destination_region', 'Region of destination')],
    caveats: ['The same returns as uk.returns, broken down by destination instead of nationality.'], aliases: [],
    url: 'https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables',
  }),
  obs({
    id: 'uk.asylum.applications', title: 'Asylum applications in the UK', unit: 'people', source: `${HO_QUARTERLY} (Asy_D01)`, grain: 'quarter', kind: 'flow',
    definition: 'People applying for asylum in the UK, by quarter: main applicants and dependants (dimension applicant_type).',
    dimensions: [d('applicant_type', 'Main applicant or Dependant'), d('nationality', 'Nationality'), d('region', 'Region of nationality'), d('uasc', 'Unaccompanied asylum-seeking child'), d('location', 'Location of application')],
    caveats: ['Headline Home Office figures often count main applicants only; filter applicant_type="Main applicant" for those.'], aliases: ['asylum applications', 'asylum claims', 'claimed asylum', 'asylum seekers'],
    url: 'https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables',
  }),
  obs({
    id: 'uk.asylum.decisions', title: 'Initial decisions on asylum applications', unit: 'decisions', source: `${HO_QUARTERLY} (Asy_D02)`, grain: 'quarter', kind: 'flow',
    definition: 'Initial decisions on asylum applications (and resettlement cases), by quarter and outcome group (Grant of Protection, Grant of Other Leave, Refused, Withdrawn, Administrative Outcome).',
    dimensions: [d('case_type', 'Asylum Case or Resettlement Case'), d('outcome_group', 'Case outcome group'), d('outcome', 'Case outcome'), d('applicant_type', 'Main applicant or Dependant'), d('nationality', 'Nationality'), d('region', 'Region of nationality')],
    caveats: ['Includes resettlement cases unless filtered with case_type.'], aliases: ['asylum decisions', 'grants', 'refusals'],
    url: 'https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables',
  }),
  obs({
    id: 'uk.detention.entering', title: 'People entering immigration detention', unit: 'people', source: `${HO_QUARTERLY} (Det_D01)`, grain: 'quarter', kind: 'flow',
    definition: 'People entering immigration detention in the UK, by quarter.', dimensions: [d('nationality', 'Nationality'), d('region', 'Region of nationality'), d('sex', 'Sex'), d('place', 'First place of detention')],
    caveats: ['A person detained twice in a period is counted twice.'], aliases: ['detention', 'detained'],
    url: 'https://www.gov.uk/government/statistical-data-sets/immigration-system-statistics-data-tables',
  }),
  obs({
    id: 'eu.frontex.detections', title: 'Detections of illegal border-crossings into the EU', unit: 'detections', source: 'Frontex', grain: 'month', kind: 'flow',
    definition: 'Detections of illegal crossings of the EU\'s external borders, by month, route, border type (Sea/Land) and nationality (ISO-3), as reported by Frontex.',
    dimensions: [d('route', 'Route as Frontex spells it (Central Mediterranean Route, Eastern Mediterranean Route, Western Mediterranean Route, Western African Route, Western Balkan Route, Eastern Borders Route, …)'), d('type', 'Sea or Land'), d('nationality', 'Nationality (ISO-3)')],
    caveats: ['Detections, not people: one person crossing several borders may be detected several times.', 'Recent months are revised.'],
    aliases: ['irregular border crossings', 'illegal border crossings', 'detections', 'crossings into the EU', 'arrivals in Europe'],
    url: 'https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/',
  }),
  obs({
    id: 'eu.asylum.applicants', title: 'Asylum applicants in Europe', unit: 'people', source: 'Eurostat migr_asyappctza', grain: 'year', kind: 'flow',
    definition: 'Asylum applicants by reporting country (ISO-3, or EU27 for the EU total), citizenship and sex, per year. The extract held is named "first-time applicants" but its totals match all applicants (first-time and subsequent), so it is named for what it holds.',
    dimensions: [d('geo', 'Reporting country, ISO-3; EU27 is the EU total', { total: 'EU27' }), d('nationality', 'Citizenship, ISO-3'), d('sex', 'female, male, unknown')],
    caveats: ['Without a geo filter the EU27 aggregate is used (from 2013): the member states are never added to it.', 'All applicants, not only first-time ones.'],
    aliases: ['asylum applications in europe', 'asylum seekers in the eu', 'asylum applicants'],
    url: 'https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctza/default/table?lang=en',
  }),
  obs({
    id: 'eu.asylum.applicants_sdmx', title: 'Asylum applicants (Eurostat SDMX extract)', unit: 'people', source: 'Eurostat migr_asyappctza (SDMX-CSV)', grain: 'year', kind: 'flow',
    definition: 'Asylum applicants per year by reporting country (Eurostat codes: EL for Greece, EU27_2020 for the EU) and citizenship (TOTAL or UA).',
    dimensions: [d('geo', 'Eurostat geo code'), d('citizen', 'TOTAL or a citizenship code', { total: 'TOTAL' }), d('applicant_type', 'All applicants: ASY_APP in the older extract; the total of the renamed applicant axis in an API download')],
    caveats: ['A narrow extract: all citizenships and Ukrainians only.', 'Reporting countries only (EU member states, EFTA, the UK to 2019): no EU aggregate, so an unfiltered series adds the countries.'], aliases: [],
    url: 'https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctza/default/table?lang=en',
  }),
  obs({
    id: 'eu.illegally_present', title: 'Third-country nationals found illegally present', unit: 'people', source: 'Eurostat migr_eipre', grain: 'year', kind: 'flow',
    definition: 'Third-country nationals found to be illegally present, by reporting country, per year.',
    dimensions: [d('geo', 'Reporting country (name)'), d('citizen', 'Citizenship'), d('reason', 'Reason'), d('apprehension', 'Place of apprehension'), d('sex', 'Sex'), d('age', 'Age')],
    caveats: ['A partial extract of the table.'], aliases: ['illegally present'],
    url: 'https://ec.europa.eu/eurostat/databrowser/view/migr_eipre/default/table?lang=en',
  }),
  obs({
    id: 'eu.returned_legacy', title: 'Third-country nationals returned (Eurostat, legacy definition)', unit: 'people', source: 'Eurostat migr_eirtn (bulk download, to 2016)', grain: 'year', kind: 'flow',
    definition: 'Third-country nationals who left the territory of a member state following an order to leave, per year, under the definition used before 2017 (indicator: total returned, or returned to a third country).',
    dimensions: [d('geo', 'Reporting country or aggregate, as named by Eurostat', { total: 'European Union (28 countries)' }), d('citizen', 'Total'), d('indicator', 'Total number of persons returned / Persons returned to a third country', { total: 'Total number of persons returned' })],
    caveats: ['The pre-2017 definition: not comparable with the current migr_eirtn series.', 'Without a geo filter the EU28 aggregate is used, never the sum of the countries.'],
    aliases: ['returned from the eu', 'returns from europe'], url: 'https://ec.europa.eu/eurostat/databrowser/view/migr_eirtn/default/table?lang=en',
  }),
  obs({
    id: 'eu.returned_legacy_by_citizen', title: 'Third-country nationals returned, by citizenship (Eurostat, legacy definition)', unit: 'people', source: 'Eurostat migr_eirtn (bulk download, 2012-2016)', grain: 'year', kind: 'flow',
    definition: 'As eu.returned_legacy, by citizenship.',
    dimensions: [d('geo', 'Reporting country or aggregate', { total: 'European Union (28 countries)' }), d('citizen', 'Citizenship (Eurostat names)'), d('indicator', 'Total number of persons returned')],
    caveats: ['The pre-2017 definition.'], aliases: [], url: 'https://ec.europa.eu/eurostat/databrowser/view/migr_eirtn/default/table?lang=en',
  }),
  obs({
    id: 'eu.ordered_to_leave_legacy', title: 'Third-country nationals ordered to leave (Eurostat, to 2016)', unit: 'people', source: 'Eurostat migr_eiord (bulk download, to 2016)', grain: 'year', kind: 'flow',
    definition: 'Third-country nationals found illegally present who were ordered to leave, per year.',
    dimensions: [d('geo', 'Reporting country or aggregate', { total: 'European Union (28 countries)' }), d('citizen', 'Total')],
    caveats: ['Without a geo filter the EU28 aggregate is used.'], aliases: [], url: 'https://ec.europa.eu/eurostat/databrowser/view/migr_eiord/default/table?lang=en',
  }),
  obs({
    id: 'eu.ordered_to_leave', title: 'Third-country nationals ordered to leave, by citizenship (Eurostat)', unit: 'people', source: 'Eurostat migr_eiord (processed extract, 2014-2023)', grain: 'year', kind: 'flow',
    definition: 'Third-country nationals ordered to leave, by reporting country and citizenship, per year; the extract dropped Eurostat\'s aggregates, so its rows can be summed.',
    dimensions: [d('geo', 'Reporting country (name)'), d('citizen', 'Citizenship (name)')],
    caveats: ['A processed extract: aggregates were dropped and only rows with values kept.'], aliases: ['ordered to leave', 'return decisions'], url: 'https://ec.europa.eu/eurostat/databrowser/view/migr_eiord/default/table?lang=en',
  }),
  unhcrObs({
    id: 'unhcr.refugees', title: 'Refugees under UNHCR\'s mandate', unit: 'people', source: 'UNHCR Refugee Data Finder', grain: 'year', kind: 'stock',
    definition: 'Refugees at the end of each year, by country of asylum and country of origin (ISO-3).', dimensions: [d('asylum', 'Country of asylum, ISO-3'), d('origin', 'Country of origin, ISO-3'), ...UNHCR_NAMES],
    caveats: ['End-year stocks: values for different years must not be added.', 'Excludes Palestine refugees under UNRWA\'s mandate.'], aliases: ['refugees', 'refugee population'],
    url: 'https://www.unhcr.org/refugee-statistics/',
  }),
  unhcrObs({
    id: 'unhcr.asylum_seekers', title: 'Asylum-seekers (pending cases)', unit: 'people', source: 'UNHCR Refugee Data Finder', grain: 'year', kind: 'stock',
    definition: 'Asylum-seekers whose claims were pending at the end of each year.', dimensions: [d('asylum', 'Country of asylum, ISO-3'), d('origin', 'Country of origin, ISO-3'), ...UNHCR_NAMES],
    caveats: ['End-year stocks.'], aliases: ['asylum seekers waiting'], url: 'https://www.unhcr.org/refugee-statistics/',
  }),
  unhcrObs({
    id: 'unhcr.oip', title: 'Other people in need of international protection (UNHCR)', unit: 'people', source: 'UNHCR Refugee Data Finder', grain: 'year', kind: 'stock',
    definition: 'People outside their country who need international protection but are not counted as refugees or asylum-seekers (mostly Venezuelans displaced abroad), at the end of each year.', dimensions: [d('asylum', 'Country of asylum, ISO-3'), d('origin', 'Country of origin, ISO-3'), ...UNHCR_NAMES],
    caveats: ['End-year stocks.', 'Reported from 2018 (as Venezuelans displaced abroad until 2021).'], aliases: ['other people in need of international protection', 'venezuelans displaced abroad'], url: 'https://www.unhcr.org/refugee-statistics/',
  }),
  // Derived: the stocks added, as UNHCR's host-country tables and much reporting give "refugees" ("Turkey hosts 3.9 million refugees").
  unhcrSum('unhcr.refugees_and_oip', 'Refugees and others in need of international protection', ['unhcr.refugees', 'unhcr.oip'],
    'other people in need of international protection (as UNHCR\'s host tables give it since Global Trends 2022)', ['refugees and other people in need of international protection']),
  unhcrSum('unhcr.refugees_and_asylum_seekers', 'Refugees, asylum-seekers and others in need of international protection', ['unhcr.refugees', 'unhcr.asylum_seekers', 'unhcr.oip'],
    'asylum-seekers with pending claims plus other people in need of international protection', ['refugees and asylum seekers']),
  unhcrObs({
    id: 'unhcr.idps', title: 'Internally displaced people (UNHCR)', unit: 'people', source: 'UNHCR Refugee Data Finder', grain: 'year', kind: 'stock',
    definition: 'Internally displaced people protected or assisted by UNHCR at the end of each year.', dimensions: [d('asylum', 'Country, ISO-3'), d('origin', 'Country of origin, ISO-3'), ...UNHCR_NAMES],
    caveats: ['End-year stocks; UNHCR-assisted IDPs only.'], aliases: ['internally displaced'], url: 'https://www.unhcr.org/refugee-statistics/',
  }),
  unhcrObs({
    id: 'unhcr.asylum.applications', title: 'Asylum applications worldwide (UNHCR)', unit: 'applications', source: 'UNHCR Refugee Data Finder', grain: 'year', kind: 'flow',
    definition: 'Asylum applications lodged each year, by country of asylum and origin.', dimensions: [d('asylum', 'Country of asylum, ISO-3'), d('origin', 'Country of origin, ISO-3'), d('procedure', 'G (government), U (UNHCR), J (joint)'), d('application_type', 'N (new), R (repeat), A (appeal), …'), ...UNHCR_NAMES],
    caveats: ['Some countries report cases rather than people.'], aliases: [], url: 'https://www.unhcr.org/refugee-statistics/',
  }),
  unhcrObs({
    id: 'unhcr.asylum.decisions', title: 'Asylum decisions worldwide (UNHCR)', unit: 'decisions', source: 'UNHCR Refugee Data Finder', grain: 'year', kind: 'flow',
    definition: 'Decisions on asylum applications each year, by country of asylum and origin.', dimensions: [d('asylum', 'Country of asylum, ISO-3'), d('origin', 'Country of origin, ISO-3'), ...UNHCR_NAMES],
    caveats: ['Some countries report cases rather than people.'], aliases: [], url: 'https://www.unhcr.org/refugee-statistics/',
  }),
  unhcrObs({
    id: 'unhcr.asylum.recognised', title: 'Asylum applications recognised (UNHCR)', unit: 'decisions', source: 'UNHCR Refugee Data Finder', grain: 'year', kind: 'flow',
    definition: 'Positive decisions recognising refugee status (Convention or otherwise) each year.', dimensions: [d('asylum', 'Country of asylum, ISO-3'), d('origin', 'Country of origin, ISO-3'), ...UNHCR_NAMES],
    caveats: [], aliases: [], url: 'https://www.unhcr.org/refugee-statistics/',
  }),
);

export function getMetric(id: string): Metric {
  const m = METRICS.find((x) => x.id === id);
  if (!m) {
    throw new CrossingsError('UNKNOWN_METRIC', `unknown metric "${id}"; known metrics: ${METRICS.map((x) => x.id).join(', ')}`);
  }
  return m;
}

export { obsRelation };
