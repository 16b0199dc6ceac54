/**
 * A minimal reader for the zip container of an .xlsx file (Node only): the
 * central directory, stored and deflated entries, zip64 sizes. Enough for
 * OOXML packages; anything else is reported as "not a zip".
 */
import { deflateRawSync, inflateRawSync } from "zlib";

export interface ZipArchive {
  /** Entry names as stored (forward slashes, no leading slash). */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The entry's bytes decoded as UTF-8, or undefined when absent. */
  text(name: string): string | undefined;
  /** The entry as stored (still compressed), to copy it unchanged into another zip. */
  raw(name: string): RawEntry | undefined;
}

export interface RawEntry {
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly data: Buffer;
}

export class NotAZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAZipError";
  }
}

interface EntryInfo {
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  const earliest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= earliest; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  throw new NotAZipError("no zip end-of-central-directory record");
}

function readU64(buf: Buffer, offset: number): number {
  const value = buf.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new NotAZipError("zip64 offset too large");
  return Number(value);
}

export function openZip(buf: Buffer): ZipArchive {
  if (buf.length < 22) throw new NotAZipError("file too short");
  const eocd = findEndOfCentralDirectory(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let dirOffset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || dirOffset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64Eocd = readU64(buf, eocd - 20 + 8);
    if (buf.readUInt32LE(zip64Eocd) !== ZIP64_EOCD_SIGNATURE) throw new NotAZipError("bad zip64 record");
    count = readU64(buf, zip64Eocd + 32);
    dirOffset = readU64(buf, zip64Eocd + 48);
  }
  const entries = new Map<string, EntryInfo>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new NotAZipError("bad central directory");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const crc32 = buf.readUInt32LE(p + 16);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    // zip64 extended information: only the fields whose 32-bit value is 0xFFFFFFFF, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = buf.readUInt16LE(e);
      const size = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = readU64(buf, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = readU64(buf, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = readU64(buf, q);
      }
      e += 4 + size;
    }
    entries.set(name.replace(/^\/+/, ""), { method, flags, crc32, compressedSize, uncompressedSize, localOffset });
    p = extraEnd + commentLength;
  }

  const stored = (info: EntryInfo): Buffer => {
    const o = info.localOffset;
    if (buf.readUInt32LE(o) !== LOCAL_SIGNATURE) throw new NotAZipError("bad local header");
    if (info.flags & 1) throw new NotAZipError("encrypted zip entry");
    const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
    return buf.subarray(start, start + info.compressedSize);
  };
  const read = (info: EntryInfo): Buffer => {
    const data = stored(info);
    if (info.method === 0) return data;
    if (info.method === 8) return inflateRawSync(data);
    throw new NotAZipError(`unsupported zip compression method ${info.method}`);
  };

  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    text: (name) => {
      const info = entries.get(name);
      return info === undefined ? undefined : read(info).toString("utf8");
    },
    raw: (name) => {
      const info = entries.get(name);
      if (info === undefined) return undefined;
      return { method: info.method, crc32: info.crc32, compressedSize: info.compressedSize, uncompressedSize: info.uncompressedSize, data: stored(info) };
    },
  };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new entry from its content (deflated). */
export function deflatedEntry(content: string | Buffer): RawEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  // Large parts (a big sheet with highlights) favour speed over size.
  const data = deflateRawSync(bytes, { level: bytes.length > 4_000_000 ? 1 : 6 });
  return { method: 8, crc32: crc32(bytes), compressedSize: data.length, uncompressedSize: bytes.length, data };
}

/** Writes a zip of the entries, in the order given (no zip64: parts under 4 GB). */
export function writeZip(entries: ReadonlyArray<readonly [string, RawEntry]>): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, entry] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(entry.crc32, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, nameBytes, entry.data);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(0, 12);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(entry.crc32, 16);
    header.writeUInt32LE(entry.compressedSize, 20);
    header.writeUInt32LE(entry.uncompressedSize, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + entry.data.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
