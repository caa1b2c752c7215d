-- {"metric":"deaths.dead_and_missing","by":"year"}
-- params: {}
WITH rel AS (SELECT date, year AS y, month AS m, total AS value, release_id, route_list, region_list, country, cause, country_of_origin, incident_type FROM incidents_current),
base AS (SELECT *, date AS date_end FROM rel)
SELECT period, CAST(sum(value) AS DOUBLE) AS value, list(DISTINCT release_id) AS releases
FROM (SELECT CAST(coalesce(year(date), y) AS VARCHAR) AS period, value, release_id FROM base)
WHERE period IS NOT NULL AND value IS NOT NULL
GROUP BY period ORDER BY period;

-- {"metric":"deaths.dead_and_missing","by":"month","from":"2024","to":"2024-06","where":{"route":"English Channel to the UK"}}
-- params: {"p0":"English Channel to the UK","from":"2024-01-01","to":"2024-06-30"}
WITH rel AS (SELECT date, year AS y, month AS m, total AS value, release_id, route_list, region_list, country, cause, country_of_origin, incident_type FROM incidents_current),
base AS (SELECT *, date AS date_end FROM rel)
SELECT period, CAST(sum(value) AS DOUBLE) AS value, list(DISTINCT release_id) AS releases
FROM (SELECT coalesce(strftime(date, '%Y-%m'), CASE WHEN m IS NOT NULL THEN printf('%04d-%02d', y, m) END) AS period, value, release_id FROM base
      WHERE list_contains(list_transform(route_list, x -> lower(x)), lower($p0))
        AND coalesce(date, make_date(y, coalesce(m, 1), 1)) >= CAST($from AS DATE)
        AND coalesce(date_end, last_day(make_date(y, coalesce(m, 12), 1))) <= CAST($to AS DATE))
WHERE period IS NOT NULL AND value IS NOT NULL
GROUP BY period ORDER BY period;

-- {"metric":"uk.returns","by":"quarter","where":{"return_type_group":"Enforced return"}}
-- params: {"p0":"Enforced return"}
WITH rel AS (SELECT period_start AS date, year(period_start) AS y, month(period_start) AS m, value, flag, release_id, d1 AS "return_type_group", d2 AS "return_type", d3 AS "nationality", d4 AS "region" FROM observations_current WHERE metric = 'uk.returns' AND grain <> 'window'),
base AS (SELECT *, CAST(date + INTERVAL 1 quarter - INTERVAL 1 day AS DATE) AS date_end FROM rel)
SELECT period, CAST(sum(value) AS DOUBLE) AS value, list(DISTINCT release_id) AS releases
FROM (SELECT coalesce(printf('%04d-Q%d', year(date), quarter(date)), CASE WHEN m IS NOT NULL THEN printf('%04d-Q%d', y, (m + 2) // 3) END) AS period, value, release_id FROM base
      WHERE lower("return_type_group") = lower($p0))
WHERE period IS NOT NULL AND value IS NOT NULL
GROUP BY period ORDER BY period;

-- {"metric":"eu.asylum.applicants","by":"year"}
-- params: {"p0":"EU27"}
WITH rel AS (SELECT period_start AS date, year(period_start) AS y, month(period_start) AS m, value, flag, release_id, d1 AS "geo", d2 AS "nationality", d3 AS "sex" FROM observations_current WHERE metric = 'eu.asylum.applicants' AND grain <> 'window'),
base AS (SELECT *, CAST(date + INTERVAL 1 year - INTERVAL 1 day AS DATE) AS date_end FROM rel)
SELECT period, CAST(sum(value) AS DOUBLE) AS value, list(DISTINCT release_id) AS releases
FROM (SELECT CAST(coalesce(year(date), y) AS VARCHAR) AS period, value, release_id FROM base
      WHERE "geo" = $p0)
WHERE period IS NOT NULL AND value IS NOT NULL
GROUP BY period ORDER BY period;

-- {"metric":"unhcr.refugees","by":"year","where":{"asylum_name":"Germany"}}
-- params: {"p0":"Germany"}
WITH rel AS (SELECT o.*, ca.name AS asylum_name, co.name AS origin_name FROM (SELECT period_start AS date, year(period_start) AS y, month(period_start) AS m, value, flag, release_id, d1 AS "asylum", d2 AS "origin" FROM observations_current WHERE metric = 'unhcr.refugees' AND grain <> 'window') o
      LEFT JOIN (SELECT DISTINCT iso3, name FROM countries) ca ON ca.iso3 = o.asylum
      LEFT JOIN (SELECT DISTINCT iso3, name FROM countries) co ON co.iso3 = o.origin),
base AS (SELECT *, CAST(date + INTERVAL 1 year - INTERVAL 1 day AS DATE) AS date_end FROM rel)
SELECT period, CAST(sum(value) AS DOUBLE) AS value, list(DISTINCT release_id) AS releases
FROM (SELECT CAST(coalesce(year(date), y) AS VARCHAR) AS period, value, release_id FROM base
      WHERE lower("asylum_name") = lower($p0))
WHERE period IS NOT NULL AND value IS NOT NULL
GROUP BY period ORDER BY period;
