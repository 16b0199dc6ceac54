/**
 * A minimal reader for the zip container of an .xlsx file (Node only): the
 * central directory, stored and deflated entries, zip64 sizes. Enough for
 * OOXML packages; anything else is reported as "not a zip".
 */
import { inflateRawSync } from "zlib";

export interface ZipArchive {
  /** Entry names as stored (forward slashes, no leading slash). */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The entry's bytes decoded as UTF-8, or undefined when absent. */
  text(name: string): string | undefined;
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
  readonly compressedSize: number;
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
    const uncompressedSize = buf.readUInt32LE(p + 24);
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
        if (uncompressedSize === 0xffffffff) q += 8;
        if (compressedSize === 0xffffffff) {
          compressedSize = readU64(buf, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = readU64(buf, q);
      }
      e += 4 + size;
    }
    entries.set(name.replace(/^\/+/, ""), { method, flags, compressedSize, localOffset });
    p = extraEnd + commentLength;
  }

  const read = (info: EntryInfo): Buffer => {
    const o = info.localOffset;
    if (buf.readUInt32LE(o) !== LOCAL_SIGNATURE) throw new NotAZipError("bad local header");
    if (info.flags & 1) throw new NotAZipError("encrypted zip entry");
    const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
    const data = buf.subarray(start, start + info.compressedSize);
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
  };
}
