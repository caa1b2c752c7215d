/** The store's tables. One DuckDB file; see docs/store.md for what each column means. */
export const SCHEMA_VERSION = 2;

export const SCHEMA_SQL = `
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE releases (
  release_id     INTEGER PRIMARY KEY,
  source_id      VARCHAR NOT NULL,   -- the source module (iom, uk-small-boats, ...)
  dataset        VARCHAR NOT NULL,   -- releases of one dataset supersede each other where they overlap; '+' joins several
  title          VARCHAR NOT NULL,
  publisher      VARCHAR NOT NULL,
  file_name      VARCHAR NOT NULL,
  file_kind      VARCHAR NOT NULL,   -- xlsx, ods, csv, json, sdmx-csv
  sha256         VARCHAR NOT NULL,
  size_bytes     BIGINT NOT NULL,
  retrieved_at   TIMESTAMP NOT NULL,
  url            VARCHAR,            -- where the file came from (publisher URL or mirror path)
  landing_page   VARCHAR,
  licence        VARCHAR NOT NULL,
  attribution    VARCHAR,
  published      DATE,               -- the publisher's release date, when known
  coverage_from  DATE,
  coverage_to    DATE,
  row_count      BIGINT NOT NULL,
  issue_count    BIGINT NOT NULL,
  note           VARCHAR
);

CREATE TABLE validation_issues (
  release_id INTEGER NOT NULL,
  file       VARCHAR NOT NULL,
  sheet      VARCHAR,
  "row"      INTEGER,
  "column"   VARCHAR,
  value      VARCHAR,
  expected   VARCHAR NOT NULL,
  severity   VARCHAR NOT NULL
);

-- IOM Missing Migrants incidents, typed. route/region are harmonised across releases;
-- the *_original columns keep the publisher's label.
CREATE TABLE incidents (
  release_id        INTEGER NOT NULL,
  source_row        INTEGER NOT NULL,
  main_id           VARCHAR,
  incident_id       VARCHAR,
  incident_type     VARCHAR,
  region            VARCHAR,
  region_list       VARCHAR[],
  region_original   VARCHAR,
  date              DATE,
  year              INTEGER,
  month             INTEGER,
  dead              INTEGER,
  missing           INTEGER,
  total             INTEGER,
  survivors         INTEGER,
  females           INTEGER,
  males             INTEGER,
  children          INTEGER,
  country_of_origin VARCHAR,
  region_of_origin  VARCHAR,
  cause             VARCHAR,
  country           VARCHAR,
  route             VARCHAR,
  route_list        VARCHAR[],
  route_original    VARCHAR,
  location          VARCHAR,
  latitude          DOUBLE,
  longitude         DOUBLE,
  unsd_grouping     VARCHAR,
  information_source VARCHAR,
  url               VARCHAR,
  source_quality    INTEGER[]
);

-- Country lists that go with a source (UNHCR's: ISO-3, UNHCR code, name, regions).
CREATE TABLE countries (
  release_id     INTEGER NOT NULL,
  iso3           VARCHAR,
  source_code    VARCHAR,
  name           VARCHAR NOT NULL,
  region         VARCHAR,
  unsd_region    VARCHAR,
  unsd_subregion VARCHAR
);

-- The tidy table every other source shares: one value of one metric for one period
-- and one combination of dimensions, from one release. (Plain columns rather than a MAP:
-- they load about twice as fast and compress well.)
CREATE TABLE observations (
  metric       VARCHAR NOT NULL,
  grain        VARCHAR NOT NULL,     -- day, week, month, quarter, year
  period       VARCHAR NOT NULL,     -- 2024, 2024-Q1, 2024-01, 2024-01-31
  period_start DATE NOT NULL,
  period_end   DATE NOT NULL,
  -- Dimension values in slots d1..d8; the catalogue names each metric's slots (storedDimensions()).
  d1 VARCHAR, d2 VARCHAR, d3 VARCHAR, d4 VARCHAR, d5 VARCHAR, d6 VARCHAR, d7 VARCHAR, d8 VARCHAR,
  value        DOUBLE,
  flag         VARCHAR,
  release_id   INTEGER NOT NULL,
  source_row   INTEGER
);

-- A row of an older release is current unless a newer release of the same dataset
-- (one whose coverage ends later) covers its date: IOM revises and removes incidents.
-- A file that holds several tables names them all, joined by '+' (a Home Office workbook:
-- uk.quarterly.Asy_D01+uk.quarterly.Asy_D02), and shares a dataset with each.
-- Each release's spans taken over by newer releases (a handful of rows, computed once per query).
CREATE VIEW superseded_spans AS
SELECT r.release_id, n.release_id AS by_release, n.coverage_from, n.coverage_to
FROM releases r JOIN releases n
  ON list_has_any(string_split(n.dataset, '+'), string_split(r.dataset, '+'))
 AND n.release_id <> r.release_id AND n.coverage_to > r.coverage_to;

CREATE VIEW incidents_current AS
SELECT i.* FROM incidents i
WHERE NOT EXISTS (
  SELECT 1 FROM superseded_spans s
  WHERE s.release_id = i.release_id AND i.date BETWEEN s.coverage_from AND s.coverage_to);

CREATE VIEW observations_current AS
SELECT o.* FROM observations o
WHERE NOT EXISTS (
  SELECT 1 FROM superseded_spans s
  WHERE s.release_id = o.release_id AND o.period_start BETWEEN s.coverage_from AND s.coverage_to);
`;
