/**
 * Reading the zip containers of XLSX and ODS workbooks, with limits against zip
 * bombs: the declared sizes of the entries we read are checked before inflating,
 * and so is the compression ratio.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { fileError } from '../../errors.js';

export const ZIP_LIMITS = {
  /** Largest uncompressed size of one entry we agree to inflate. */
  maxEntryBytes: 256 * 1024 * 1024,
  /** Largest total of the entries we inflate. */
  maxTotalBytes: 512 * 1024 * 1024,
  /** Largest ratio of uncompressed to compressed size for one entry. */
  maxRatio: 200,
};

/** Inflate the entries whose names `want` accepts; returns name → text. */
export function readZipEntries(data: Uint8Array, file: string, want: (name: string) => boolean): Map<string, string> {
  if (data.length < 22 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw fileError('FILE_UNREADABLE', { file }, 'not a zip container (an XLSX or ODS workbook is a zip file); the file may be truncated or of another kind');
  }
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) => {
        if (!want(f.name)) return false;
        if (f.originalSize > ZIP_LIMITS.maxEntryBytes) {
          throw fileError('FILE_TOO_LARGE', { file }, `zip entry ${f.name} declares ${f.originalSize} bytes, over the limit of ${ZIP_LIMITS.maxEntryBytes}`);
        }
        if (f.size > 0 && f.originalSize / f.size > ZIP_LIMITS.maxRatio && f.originalSize > 1024 * 1024) {
          throw fileError('FILE_TOO_LARGE', { file }, `zip entry ${f.name} expands ${Math.round(f.originalSize / f.size)}-fold (a zip bomb?)`);
        }
        total += f.originalSize;
        if (total > ZIP_LIMITS.maxTotalBytes) {
          throw fileError('FILE_TOO_LARGE', { file }, `zip entries total over ${ZIP_LIMITS.maxTotalBytes} bytes`);
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof Error && e.name === 'CrossingsError') throw e;
    throw fileError('FILE_UNREADABLE', { file }, `cannot read the zip container (${e instanceof Error ? e.message : String(e)}); the file may be truncated or corrupted`, e);
  }
  const out = new Map<string, string>();
  for (const [name, bytes] of Object.entries(files)) out.set(name, strFromU8(bytes));
  return out;
}
