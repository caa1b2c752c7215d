/** The shape of a metric in the catalogue. */
export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const GRAINS: Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

export interface Dimension {
  name: string;
  description: string;
  /** SQL expression over the metric's relation. */
  column: string;
  /** True when the column is a list (an incident naming two routes counts under each). */
  list?: boolean;
  /** A value of this dimension that is already the total over it (EU27, TOTAL): used when the dimension is not filtered, never added to the rest. */
  total?: string;
}

export interface Metric {
  id: string;
  title: string;
  definition: string;
  unit: string;
  source: string;
  /** The finest period the data has. Coarser periods are sums of it. */
  grain: Grain;
  /** 'flow' values add up over time; 'stock' values are end-of-period levels and do not. */
  kind: 'flow' | 'stock';
  dimensions: Dimension[];
  caveats: string[];
  /** Words people use for it. */
  aliases: string[];
  /**
   * SQL yielding one row per stored value: `date` (start of its period, may be null),
   * `y` and `m` (year and month, for undated rows that still have them), `value`,
   * `release_id`, and the dimension columns.
   */
  relation: string;
  /** Rows are events: a day without one is zero, not missing, so coverage runs from the start of the first year. */
  sparse?: boolean;
  /** Where a reader can see the data: the publisher's page. */
  url: string;
  /** Days from the end of a period to its publication, where the publisher's calendar differs from its grain's usual lag. */
  publicationLagDays?: number;
  /** The same relation over every release (superseded rows included), for comparing revisions. */
  allReleases?: string;
}

/** SQL for the last day of the period that starts at `date`, for a grain. */
export function endOfPeriodSql(grain: Grain, date = 'date'): string {
  return grain === 'day' ? date : grain === 'week' ? `(${date} + 6)` : `CAST(${date} + INTERVAL 1 ${grain} - INTERVAL 1 day AS DATE)`;
}
