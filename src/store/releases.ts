/** The releases in the store, with what each answers for and its validation issues. */
import { query } from './open.js';

export interface ReleaseRow {
  release_id: number;
  source_id: string;
  dataset: string;
  title: string;
  publisher: string;
  file_name: string;
  file_kind: string;
  sha256: string;
  size_bytes: number;
  retrieved_at: string;
  url: string | null;
  landing_page: string | null;
  licence: string;
  attribution: string | null;
  published: string | null;
  coverage_from: string | null;
  coverage_to: string | null;
  row_count: number;
  issue_count: number;
  note: string | null;
}

export async function listSources(conn: Parameters<typeof query>[0], withIssues: boolean) {
  const releases = await query<ReleaseRow>(
    conn,
    `SELECT release_id, source_id, dataset, title, publisher, file_name, file_kind, sha256, size_bytes::DOUBLE AS size_bytes, CAST(retrieved_at AS VARCHAR) AS retrieved_at,
            url, landing_page, licence, attribution, CAST(published AS VARCHAR) AS published,
            CAST(coverage_from AS VARCHAR) AS coverage_from, CAST(coverage_to AS VARCHAR) AS coverage_to, row_count::INTEGER AS row_count, issue_count::INTEGER AS issue_count, note
     FROM releases ORDER BY release_id`,
  );
  // Which dates each release answers for, once newer releases of its dataset are taken into account.
  const superseded = await query<{ release_id: number; by: number; from: string; to: string }>(
    conn,
    `SELECT s.release_id, s.by_release AS by, CAST(s.coverage_from AS VARCHAR) AS "from", CAST(s.coverage_to AS VARCHAR) AS "to"
     FROM superseded_spans s JOIN releases r USING (release_id) WHERE s.coverage_from <= r.coverage_to`,
  );
  const issues = withIssues
    ? await query(conn, `SELECT release_id, file, sheet, "row", "column", value, expected, severity FROM validation_issues ORDER BY release_id, "row"`)
    : await query(conn, `SELECT release_id, severity, expected, count(*)::INTEGER AS count FROM validation_issues GROUP BY ALL ORDER BY release_id, count DESC`);
  return releases.map((r) => ({
    ...r,
    superseded_by: superseded.filter((s) => s.release_id === r.release_id).map((s) => ({ release_id: s.by, from: s.from, to: s.to })),
    issues: issues.filter((i) => i.release_id === r.release_id).map(({ release_id: _, ...rest }) => rest),
  }));
}

