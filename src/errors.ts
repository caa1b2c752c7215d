/**
 * One error module for the whole project. Every error a user can cause or meet
 * is a CrossingsError with a stable `code`; the CLI maps it to an exit code and a
 * one-line message, the API to an HTTP status and one JSON shape.
 */
export type ErrorCode =
  | 'USAGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'METHOD_NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'UNKNOWN_METRIC'
  | 'UNKNOWN_DIMENSION'
  | 'BAD_PERIOD'
  | 'NO_STORE'
  | 'STORE_BUSY'
  | 'SERVER_BUSY'
  | 'CHECK_TIMEOUT'
  | 'FILE_UNREADABLE'
  | 'FILE_STRUCTURE'
  | 'FILE_TOO_LARGE'
  | 'UNSAFE_XML'
  | 'FETCH_FAILED'
  | 'SQL_REFUSED'
  | 'SQL_ERROR'
  | 'SQL_LIMIT'
  | 'VALIDATION'
  | 'INTERNAL';

const EXIT: Record<ErrorCode, number> = {
  USAGE: 2,
  UNSUPPORTED_MEDIA_TYPE: 2,
  METHOD_NOT_ALLOWED: 2,
  NOT_FOUND: 3,
  UNKNOWN_METRIC: 3,
  UNKNOWN_DIMENSION: 3,
  BAD_PERIOD: 2,
  NO_STORE: 4,
  STORE_BUSY: 5,
  SERVER_BUSY: 5,
  CHECK_TIMEOUT: 9,
  FILE_UNREADABLE: 6,
  FILE_STRUCTURE: 6,
  FILE_TOO_LARGE: 6,
  UNSAFE_XML: 6,
  FETCH_FAILED: 7,
  SQL_REFUSED: 8,
  SQL_ERROR: 8,
  SQL_LIMIT: 8,
  VALIDATION: 6,
  INTERNAL: 1,
};

const STATUS: Record<ErrorCode, number> = {
  USAGE: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  METHOD_NOT_ALLOWED: 405,
  NOT_FOUND: 404,
  UNKNOWN_METRIC: 404,
  UNKNOWN_DIMENSION: 400,
  BAD_PERIOD: 400,
  NO_STORE: 503,
  STORE_BUSY: 503,
  SERVER_BUSY: 503,
  CHECK_TIMEOUT: 504,
  FILE_UNREADABLE: 422,
  FILE_STRUCTURE: 422,
  FILE_TOO_LARGE: 413,
  UNSAFE_XML: 422,
  FETCH_FAILED: 502,
  SQL_REFUSED: 403,
  SQL_ERROR: 400,
  SQL_LIMIT: 400,
  VALIDATION: 422,
  INTERNAL: 500,
};

/** Where in a file something went wrong: enough for a person to open the file and look. */
export interface FileLocation {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export class CrossingsError extends Error {
  readonly code: ErrorCode;
  readonly location: FileLocation | undefined;
  constructor(code: ErrorCode, message: string, options?: { location?: FileLocation; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CrossingsError';
    this.code = code;
    this.location = options?.location;
  }
  get exitCode(): number {
    return EXIT[this.code];
  }
  get status(): number {
    return STATUS[this.code];
  }
  toJSON(): { ok: false; error: string; code: ErrorCode; status: number } {
    return { ok: false, error: this.message, code: this.code, status: this.status };
  }
}

/** An error about a file: the message starts with where (file, sheet, row, column). */
export function fileError(code: ErrorCode, location: FileLocation, what: string, cause?: unknown): CrossingsError {
  return new CrossingsError(code, `${describeLocation(location)}: ${what}`, { location, cause });
}

export function describeLocation(l: FileLocation): string {
  const parts = [l.file];
  if (l.sheet !== undefined) parts.push(`sheet ${l.sheet}`);
  if (l.row !== undefined) parts.push(`row ${l.row}`);
  if (l.column !== undefined) parts.push(`column "${l.column}"`);
  return parts.join(', ');
}

/** Wrap anything thrown into a CrossingsError (unknown errors become INTERNAL). */
export function toCrossingsError(e: unknown): CrossingsError {
  if (e instanceof CrossingsError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new CrossingsError('INTERNAL', message, { cause: e });
}
