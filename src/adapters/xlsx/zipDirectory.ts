/**
 * The entries of a zip archive, read from its central directory in the
 * Buffer itself (APPNOTE.TXT 6.3.10 §4.3.12, §4.3.16; zip64 §4.3.14–15,
 * §4.5.3): names, sizes and where each entry's data starts — nothing copied,
 * nothing inflated. JSZip's `loadAsync` does the same for every archive, but
 * first walks the whole file byte by byte into its own reader (≈ 0.1 s for a
 * 16 MB workbook); here only the directory is read.
 *
 * Only the plain form of an archive is read here, the form every spreadsheet
 * producer writes: one disk, no bytes before the first entry, entries stored
 * or deflated, not encrypted, names in UTF-8 without `.`/`..` segments, each
 * name once. Anything else gives null, and the caller opens the archive with
 * JSZip, which reads it or says what is wrong with it — so a damaged file is
 * reported exactly as before. The entries read here are the ones JSZip gives
 * for the same archive (names, order, directories, bytes): the differential
 * test (test/adapters/xlsx/zipDirectory.test.ts) holds them to it.
 */

export interface DirectoryEntry {
  /** The name as JSZip gives it: the local header's name, decoded as UTF-8. */
  readonly name: string;
  /** A folder entry (external attributes' MS-DOS directory bit, or a name ending in `/`), as JSZip decides. */
  readonly dir: boolean;
  /** 0 stored, 8 deflated. */
  readonly method: 0 | 8;
  /** Where the entry's (compressed) data starts in the archive, and its length. */
  readonly dataStart: number;
  readonly compressedSize: number;
  /** The size once inflated, as the central directory gives it. */
  readonly size: number;
  /** The CRC-32 of the inflated bytes, as the central directory gives it. */
  readonly crc: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** The end record is 22 bytes and its comment at most 65 535. */
const EOCD_SEARCH = 22 + MAX16;
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
const ENCRYPTED = 0x0001;
const UTF8_NAMES = 0x0800;

/** A 64-bit little-endian count or offset; beyond 2^53 it is not read here. */
function uint64(bytes: Buffer, at: number): number | null {
  const value = bytes.readBigUInt64LE(at);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

/** The offset of the end-of-central-directory record, searched from the end; -1 when absent. */
function endRecordAt(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - EOCD_SEARCH); at--) {
    if (bytes[at] === 0x50 && bytes.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
  /** Where the directory must end: the zip64 end record, or the end record. */
  readonly end: number;
}

function directoryOf(bytes: Buffer, eocd: number): Directory | null {
  const disk = bytes.readUInt16LE(eocd + 4);
  const diskOfDirectory = bytes.readUInt16LE(eocd + 6);
  const countHere = bytes.readUInt16LE(eocd + 8);
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  const zip64 = disk === MAX16 || diskOfDirectory === MAX16 || countHere === MAX16 || count === MAX16 || size === MAX32 || offset === MAX32;
  if (!zip64) return disk === 0 && diskOfDirectory === 0 && countHere === count ? { count, offset, size, end: eocd } : null;
  // The zip64 locator sits right before the end record; it gives where the zip64 end record is.
  const locator = eocd - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR || bytes.readUInt32LE(locator + 4) !== 0 || bytes.readUInt32LE(locator + 16) > 1) return null;
  const record = uint64(bytes, locator + 8);
  if (record === null || record + 56 > locator || bytes.readUInt32LE(record) !== ZIP64_EOCD) return null;
  const recordSize = uint64(bytes, record + 4);
  if (recordSize === null || record + 12 + recordSize !== locator) return null;
  const count64 = uint64(bytes, record + 32);
  const countHere64 = uint64(bytes, record + 24);
  const size64 = uint64(bytes, record + 40);
  const offset64 = uint64(bytes, record + 48);
  if (bytes.readUInt32LE(record + 16) !== 0 || bytes.readUInt32LE(record + 20) !== 0) return null;
  if (count64 === null || countHere64 !== count64 || size64 === null || offset64 === null) return null;
  return { count: count64, offset: offset64, size: size64, end: record };
}

/** The zip64 extended information of a central record (§4.5.3): the fields whose 32-bit value is all ones, in order. */
function zip64Fields(bytes: Buffer, extraStart: number, extraEnd: number, wanted: { size: boolean; compressed: boolean; offset: boolean }) {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const end = field + length;
      const next = (): number | null => {
        if (field + 8 > end) return null;
        const value = uint64(bytes, field);
        field += 8;
        return value;
      };
      const size = wanted.size ? next() : undefined;
      const compressed = wanted.compressed ? next() : undefined;
      const offset = wanted.offset ? next() : undefined;
      return { size, compressed, offset };
    }
    at += 4 + length;
  }
  return null;
}

function hasExtra(bytes: Buffer, extraStart: number, extraEnd: number, wanted: number): boolean {
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + bytes.readUInt16LE(at + 2)) if (bytes.readUInt16LE(at) === wanted) return true;
  return false;
}

/** JSZip resolves `.` and `..` segments and drops empty ones inside a name; such names are left to it. */
function plainName(name: string): boolean {
  if (name.includes("\ufffd")) return false; // not UTF-8: JSZip's decoder may differ from Node's on the bad bytes
  const parts = name.split("/");
  return parts.every((part, index) => part !== "." && part !== ".." && (part !== "" || index === 0 || index === parts.length - 1));
}

/** Integer-like keys of a JS object come first, whatever their order: JSZip keeps its files in one. */
const INDEX_LIKE = /^(0|[1-9]\d{0,9})$/;

/** The archive's entries in central-directory order, or null when the archive is not in the plain form read here. */
export function readZipDirectory(bytes: Buffer): DirectoryEntry[] | null {
  if (bytes.length < 22) return null;
  const eocd = endRecordAt(bytes);
  if (eocd < 0) return null;
  const directory = directoryOf(bytes, eocd);
  // No bytes before the archive, nothing between the directory and its end record.
  if (directory === null || directory.offset + directory.size !== directory.end) return null;
  const entries: DirectoryEntry[] = [];
  const seen = new Set<string>();
  let at = directory.offset;
  for (let k = 0; k < directory.count; k++) {
    if (at + 46 > directory.end || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const diskStart = bytes.readUInt16LE(at + 34);
    const external = bytes.readUInt32LE(at + 38);
    let offset = bytes.readUInt32LE(at + 42);
    const extraStart = at + 46 + nameLength;
    const extraEnd = extraStart + extraLength;
    const next = extraEnd + commentLength;
    if (next > directory.end) return null;
    if ((flags & ENCRYPTED) !== 0 || (method !== 0 && method !== 8) || diskStart !== 0) return null;
    if ((flags & UTF8_NAMES) === 0 && hasExtra(bytes, extraStart, extraEnd, UNICODE_PATH_EXTRA)) return null;
    if (size === MAX32 || compressedSize === MAX32 || offset === MAX32) {
      const wide = zip64Fields(bytes, extraStart, extraEnd, { size: size === MAX32, compressed: compressedSize === MAX32, offset: offset === MAX32 });
      if (wide === null || wide.size === null || wide.compressed === null || wide.offset === null) return null;
      size = wide.size ?? size;
      compressedSize = wide.compressed ?? compressedSize;
      offset = wide.offset ?? offset;
    }
    // The local header: JSZip takes the entry's name from it, and the data follows it.
    if (offset + 30 > directory.offset || bytes.readUInt32LE(offset) !== LOCAL) return null;
    const localNameLength = bytes.readUInt16LE(offset + 26);
    const localExtraLength = bytes.readUInt16LE(offset + 28);
    const dataStart = offset + 30 + localNameLength + localExtraLength;
    if (dataStart + compressedSize > directory.offset) return null;
    const name = bytes.toString("utf8", offset + 30, offset + 30 + localNameLength);
    if (!plainName(name) || INDEX_LIKE.test(name) || seen.has(name)) return null;
    seen.add(name);
    entries.push({ name, dir: (external & 0x10) !== 0 || name.endsWith("/"), method, dataStart, compressedSize, size, crc });
    at = next;
  }
  return at === directory.end ? entries : null;
}
