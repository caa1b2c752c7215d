/** A sheet of a workbook or a CSV file, as the parsers hand it on. */
export type Cell = string | number | null;

export interface SheetRow {
  /** 1-based row number as a spreadsheet program shows it (header = row 1 in a CSV). */
  r: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/** Column index (0-based) from an A1-style reference such as "AB12". */
export function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Excel serial day (1900 system) → ISO date. */
export function excelSerialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}
