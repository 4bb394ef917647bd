import zlib from 'node:zlib';
import { ROSTER_IMPORT_MAX_ROWS, ROSTER_IMPORT_MAX_UNZIPPED_BYTES } from '../model/index.js';
import { TableTooLarge, UnreadableFile } from './table.js';

// An .xlsx is a ZIP archive: 5 MiB of it can inflate to gigabytes (a "zip bomb"). Before
// exceljs parses anything, every entry is inflated here with a running cap on the bytes it
// may produce (whatever sizes the headers claim), and each sheet's rows are counted.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

function endOfCentralDirectory(buf: Buffer): number {
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw new UnreadableFile('no ZIP end of central directory');
}

const ROW_TAG = /<(?:\w+:)?row[\s>]/g;

/**
 * Inflates every entry of the .xlsx with a cap on the total (ROSTER_IMPORT_MAX_UNZIPPED_BYTES)
 * and counts the rows of each sheet (at most ROSTER_IMPORT_MAX_ROWS): TableTooLarge past
 * either, UnreadableFile for a damaged archive. Nothing is kept.
 */
export function checkXlsxLimits(bytes: Uint8Array): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const eocd = endOfCentralDirectory(buf);
    const entries = buf.readUInt16LE(eocd + 10);
    if (entries > MAX_ENTRIES || entries === 0xffff) throw new TableTooLarge('unzipped');
    let at = buf.readUInt32LE(eocd + 16);
    let left = ROSTER_IMPORT_MAX_UNZIPPED_BYTES;
    for (let i = 0; i < entries; i++) {
      if (buf.readUInt32LE(at) !== CENTRAL) throw new UnreadableFile('damaged ZIP central directory');
      const method = buf.readUInt16LE(at + 10);
      const compressed = buf.readUInt32LE(at + 20);
      const nameLength = buf.readUInt16LE(at + 28);
      const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
      const local = buf.readUInt32LE(at + 42);
      at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
      if (buf.readUInt32LE(local) !== LOCAL) throw new UnreadableFile('damaged ZIP entry');
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      let content: Buffer;
      if (method === 0) content = data;
      else if (method === 8) {
        try {
          // One byte more than is left: the inflater stops there instead of filling memory.
          content = zlib.inflateRawSync(data, { maxOutputLength: left + 1 });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new TableTooLarge('unzipped');
          throw new UnreadableFile(`damaged ZIP entry ${name}`);
        }
      } else throw new UnreadableFile(`ZIP method ${method}`);
      if (content.length > left) throw new TableTooLarge('unzipped');
      left -= content.length;
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
        const rows = content.toString('utf8').match(ROW_TAG)?.length ?? 0;
        if (rows > ROSTER_IMPORT_MAX_ROWS + 1) throw new TableTooLarge('rows');
      }
    }
  } catch (error) {
    if (error instanceof TableTooLarge || error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(`damaged ZIP (${(error as Error).message})`); // reads past the end
  }
}
