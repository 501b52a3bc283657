// The zip container of .xlsx/.docx/.ods, read from its central directory only: what parts a file holds and
// how big they say they would inflate, before any library inflates them (a zip bomb is refused unopened).
// Decisions:
// - Sizes come from the central directory (zip64 fields included): they are what an inflater allocates for.
// - One small part (docProps/core.xml, mimetype) can be read, with an output cap, for markers and kinds.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** True when the bytes start like a zip (PK\3\4). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/** An OLE compound file (D0 CF 11 E0): an old .xls/.et, or an Office file encrypted with a password. */
export function looksLikeOle(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
  );
}

function big(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/** The entries of the central directory; null when the bytes are not a readable zip. */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const min = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR
  ) {
    const at = big(buf, eocd - 20 + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) return null;
    count = big(buf, at + 32);
    offset = big(buf, at + 48);
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let headerOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // Zip64 extra field: the 64-bit values of those marked 0xFFFFFFFF, in this order.
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) {
          size = big(buf, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = big(buf, q);
          q += 8;
        }
        if (headerOffset === 0xffffffff && q + 8 <= e + 4 + len) headerOffset = big(buf, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, size, headerOffset });
    p = end + commentLen;
  }
  return entries;
}

/** One part's bytes, inflated up to `cap` bytes; null when it cannot be read. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, cap = 1 << 20): Buffer | null {
  const p = entry.headerOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL || entry.encrypted) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data.subarray(0, cap);
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: cap });
  } catch {
    return null;
  }
  return null;
}

/** Inflated size limits: one part, and all parts together. */
export const MAX_PART_BYTES = 200 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/** The first limit the entries break, in words for the user; null when within limits. */
export function inflationProblem(entries: ZipEntry[]): string | null {
  let total = 0;
  for (const e of entries) {
    if (e.size > MAX_PART_BYTES) {
      return `其中「${e.name}」解压后将有 ${Math.round(e.size / 1024 / 1024)} MB（每部分上限 200 MB）`;
    }
    total += e.size;
  }
  if (total > MAX_TOTAL_BYTES) {
    return `解压后共 ${Math.round(total / 1024 / 1024)} MB（上限 1 GB）`;
  }
  return null;
}
