/** Validation issues: bad cells are recorded where they are, never silently dropped. */
export type Severity = 'error' | 'warning' | 'info';

export interface ValidationIssue {
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  expected: string;
  severity: Severity;
}

export class IssueSink {
  readonly list: ValidationIssue[] = [];
  constructor(
    readonly file: string,
    readonly sheet: string | null = null,
  ) {}
  add(i: { row?: number; column?: string; value?: string | null; expected: string; severity?: Severity }): void {
    this.list.push({
      file: this.file,
      sheet: this.sheet,
      row: i.row ?? null,
      column: i.column ?? null,
      value: i.value === undefined || i.value === null ? null : String(i.value).slice(0, 200),
      expected: i.expected,
      severity: i.severity ?? 'warning',
    });
  }
}
