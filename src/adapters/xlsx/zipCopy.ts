/**
 * A zip archive read from its central directory and copied with some entries
 * replaced (APPNOTE.TXT 6.3: local file header §4.3.7, central directory
 * header §4.3.12, end of central directory §4.3.16). The entries left as they
 * were are copied as their stored compressed bytes, headers included; the
 * replaced or new ones are deflated with Node's zlib. Archives this module
 * does not handle — Zip64, several disks, encrypted entries — open as null,
 * and the caller takes the general path (JSZip).
 */
import { createGzip, createInflateRaw, inflateRawSync } from "zlib";
import { partText } from "./partEncoding";

export interface RawEntry {
  /** The name as stored (some producers write a leading slash). */
  readonly storedName: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the local file header. */
  readonly offset: number;
  /** The central directory record, as stored. */
  readonly central: Buffer;
}

export interface RawZip {
  readonly bytes: Buffer;
  /** Entries by name (forward slashes, no leading slash), in the archive's order; directories left out. */
  readonly entries: ReadonlyMap<string, RawEntry>;
  /** Every entry, folders included, in the archive's order, with its name. */
  readonly order: ReadonlyArray<readonly [string, RawEntry]>;
  /** The archive comment's bytes. */
  readonly comment: Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ENCRYPTED = 0x1;
const UTF8_NAMES = 0x800;

/** The archive's entries, or null when it is not one this module copies (see above). */
export function openRawZip(bytes: Buffer): RawZip | null {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const disk = bytes.readUInt16LE(eocd + 4);
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  let at = bytes.readUInt32LE(eocd + 16);
  const commentLength = bytes.readUInt16LE(eocd + 20);
  if (disk !== 0 || count === 0xffff || size === 0xffffffff || at === 0xffffffff || at + size > eocd) return null;
  const entries = new Map<string, RawEntry>();
  const order: Array<[string, RawEntry]> = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const entrySize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const recordLength = 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const offset = bytes.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || entrySize === 0xffffffff || offset === 0xffffffff) return null;
    if ((flags & ENCRYPTED) !== 0 || (method !== 0 && method !== 8)) return null;
    // Names decoded as UTF-8 whatever the flag, as JSZip decodes them: the same names on both paths.
    const storedName = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== LOCAL) return null;
    const entry = { storedName, method, flags, crc, compressedSize, size: entrySize, offset, central: bytes.subarray(at, at + recordLength) };
    const name = storedName.replace(/^\/+/, "");
    order.push([name, entry]);
    if (!storedName.endsWith("/")) entries.set(name, entry);
    at += recordLength;
  }
  return { bytes, entries, order, comment: bytes.subarray(eocd + 22, eocd + 22 + commentLength) };
}

function dataStart(zip: RawZip, entry: RawEntry): number {
  const at = entry.offset;
  return at + 30 + zip.bytes.readUInt16LE(at + 26) + zip.bytes.readUInt16LE(at + 28);
}

/** An entry's data as stored (compressed, when it is). */
export function rawEntryStored(zip: RawZip, entry: RawEntry): Buffer {
  const start = dataStart(zip, entry);
  return zip.bytes.subarray(start, start + entry.compressedSize);
}

/**
 * An entry's bytes, inflated natively and checked against its size (its CRC-32
 * is not recomputed: deflate's own checks catch a damaged stream, as JSZip's
 * loading of the same entry did).
 */
export function rawEntryBytes(zip: RawZip, entry: RawEntry): Buffer {
  const start = dataStart(zip, entry);
  const stored = zip.bytes.subarray(start, start + entry.compressedSize);
  const out = entry.method === 0 ? stored : inflateRawSync(stored, { chunkSize: Math.max(64, Math.min(entry.size, 0x3fffffff)) });
  if (out.length !== entry.size) throw new Error(`${entry.storedName}: ${out.length} bytes inflated, ${entry.size} expected`);
  return out;
}

/**
 * The archive's parts as text (UTF-8), by name without regard to case and
 * leading slashes, the first entry of a name winning: as `ZipPackage.text`
 * reads them (zip.ts), without loading the archive through JSZip; a part in
 * UTF-16 decoded as such (partEncoding.ts).
 */
export function rawZipText(zip: RawZip): (name: string) => Promise<string | undefined> {
  const byKey = new Map<string, RawEntry>();
  for (const [name, entry] of zip.order) {
    if (entry.storedName.endsWith("/") || byKey.has(name.toLowerCase())) continue;
    byKey.set(name.toLowerCase(), entry);
  }
  return (name) => {
    const entry = byKey.get(name.replace(/^\/+/, "").toLowerCase());
    return Promise.resolve(entry === undefined ? undefined : partText(rawEntryBytes(zip, entry)));
  };
}

/** An entry's bytes in chunks, inflated natively as they are read (a large sheet part is never held whole); checked against its size. */
export async function* rawEntryChunks(zip: RawZip, entry: RawEntry, chunkSize = 1 << 20): AsyncGenerator<Buffer> {
  const start = dataStart(zip, entry);
  const stored = zip.bytes.subarray(start, start + entry.compressedSize);
  let total = 0;
  if (entry.method === 0) {
    for (let at = 0; at < stored.length; at += chunkSize) yield stored.subarray(at, at + chunkSize);
    total = stored.length;
  } else {
    const inflate = createInflateRaw({ chunkSize });
    inflate.end(stored);
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      yield chunk;
    }
  }
  if (total !== entry.size) throw new Error(`${entry.storedName}: ${total} bytes inflated, ${entry.size} expected`);
}

/** An entry's data deflated already: the raw deflate stream in pieces, its CRC-32 and size. */
export interface Deflated {
  readonly deflated: readonly Buffer[];
  readonly crc: number;
  readonly size: number;
}

/**
 * A raw deflate stream written piece by piece (waiting while zlib catches up,
 * so that what is written is never held long), with its CRC-32 and size: as
 * `deflatePieces`, for data that comes as it is read.
 */
export class DeflateSink {
  private readonly gzip;
  private readonly out: Buffer[] = [];
  private readonly done: Promise<void>;
  private failed: unknown;

  constructor(level: number) {
    this.gzip = createGzip({ level, chunkSize: 1 << 20 });
    this.gzip.on("data", (chunk: Buffer) => this.out.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.gzip.on("end", resolve);
      this.gzip.on("error", (error) => {
        this.failed = error;
        reject(error);
      });
    });
    this.done.catch(() => undefined);
  }

  async write(piece: Buffer): Promise<void> {
    if (this.failed !== undefined) throw this.failed;
    if (this.gzip.write(piece)) return;
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.gzip.off("error", onError);
        resolve();
      };
      const onError = (error: unknown) => {
        this.gzip.off("drain", onDrain);
        reject(error);
      };
      this.gzip.once("drain", onDrain);
      this.gzip.once("error", onError);
    });
  }

  async end(): Promise<Deflated> {
    this.gzip.end();
    await this.done;
    return gzipBody(this.out);
  }
}

/** The raw deflate stream, CRC-32 and size of a gzip stream (RFC 1952 §2.2; Node writes no optional header fields). */
function gzipBody(out: readonly Buffer[]): Deflated {
  const first = out[0];
  if (first === undefined || first.length < 10 || first[0] !== 0x1f || first[1] !== 0x8b || first[3] !== 0) throw new Error("unexpected gzip header");
  const total = out.reduce((n, b) => n + b.length, 0);
  if (total < 18) throw new Error("unexpected gzip stream");
  let last = out.length - 1;
  let tailLength = out[last].length;
  while (tailLength < 8) tailLength += out[--last].length;
  const trailer = Buffer.concat(out.slice(last)).subarray(-8);
  const pieces: Buffer[] = [];
  let at = 0;
  for (const b of out) {
    const from = Math.max(0, 10 - at);
    const to = Math.min(b.length, total - 8 - at);
    if (to > from) pieces.push(b.subarray(from, to));
    at += b.length;
  }
  return { deflated: pieces, crc: trailer.readUInt32LE(0), size: trailer.readUInt32LE(4) };
}

/**
 * Data given in pieces (a sheet part whose rows are copied as they were)
 * deflated in one stream, with its CRC-32 and size: zlib's gzip computes both
 * as it deflates, and its raw deflate stream sits between the 10-byte header
 * and the 8-byte trailer (RFC 1952 §2.2; Node writes no optional header fields).
 */
export function deflatePieces(pieces: readonly Buffer[], level: number): Promise<{ deflated: Buffer; crc: number; size: number }> {
  return new Promise((resolve, reject) => {
    const gzip = createGzip({ level, chunkSize: 1 << 20 });
    const out: Buffer[] = [];
    gzip.on("data", (chunk: Buffer) => out.push(chunk));
    gzip.on("error", reject);
    gzip.on("end", () => {
      const all = Buffer.concat(out);
      if (all.length < 18 || all[0] !== 0x1f || all[1] !== 0x8b || all[3] !== 0) {
        reject(new Error("unexpected gzip header"));
        return;
      }
      resolve({ deflated: all.subarray(10, all.length - 8), crc: all.readUInt32LE(all.length - 8), size: all.readUInt32LE(all.length - 4) });
    });
    for (const piece of pieces) gzip.write(piece);
    gzip.end();
  });
}

/** The bytes of an entry copied as it was: local header, compressed data and the data descriptor after it, if any. */
function copiedLocal(zip: RawZip, entry: RawEntry): Buffer {
  let end = dataStart(zip, entry) + entry.compressedSize;
  if ((entry.flags & 0x8) !== 0) end += end + 4 <= zip.bytes.length && zip.bytes.readUInt32LE(end) === 0x08074b50 ? 16 : 12;
  return zip.bytes.subarray(entry.offset, end);
}

const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;

interface Written {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly method: number;
}

function localHeader(w: Written): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(UTF8_NAMES, 6);
  h.writeUInt16LE(w.method, 8);
  h.writeUInt16LE(0, 10);
  h.writeUInt16LE(DOS_DATE_1980, 12);
  h.writeUInt32LE(w.crc >>> 0, 14);
  h.writeUInt32LE(w.compressedSize, 18);
  h.writeUInt32LE(w.size, 22);
  h.writeUInt16LE(w.name.length, 26);
  h.writeUInt16LE(0, 28);
  return Buffer.concat([h, w.name]);
}

function centralHeader(w: Written, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(CENTRAL, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(UTF8_NAMES, 8);
  h.writeUInt16LE(w.method, 10);
  h.writeUInt16LE(0, 12);
  h.writeUInt16LE(DOS_DATE_1980, 14);
  h.writeUInt32LE(w.crc >>> 0, 16);
  h.writeUInt32LE(w.compressedSize, 20);
  h.writeUInt32LE(w.size, 24);
  h.writeUInt16LE(w.name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, w.name]);
}

/** Deflate level: large parts (a big sheet with highlights) favour speed over size. */
export function levelFor(size: number): number {
  return size > 4_000_000 ? 1 : 6;
}

/**
 * The archive with `replaced` entries (by name, each given in pieces; new
 * names are added at the end) and without `removed` ones. Entries neither
 * replaced nor removed are copied byte for byte. Throws when the copy would need Zip64.
 */
export async function copyRawZip(zip: RawZip, replaced: ReadonlyMap<string, readonly Buffer[] | Deflated>, removed: ReadonlySet<string>): Promise<Buffer> {
  return Buffer.concat(await copyRawZipPieces(zip, replaced, removed));
}

/** The same copy in pieces, in order (written to a file one after another, the archive is never held in one buffer). */
export async function copyRawZipPieces(zip: RawZip, replaced: ReadonlyMap<string, readonly Buffer[] | Deflated>, removed: ReadonlySet<string>): Promise<Buffer[]> {
  const pieces: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer) => {
    pieces.push(b);
    offset += b.length;
  };
  const write = async (storedName: string, data: readonly Buffer[] | Deflated) => {
    if (!Array.isArray(data)) {
      const given = data as Deflated;
      const compressedSize = given.deflated.reduce((n, b) => n + b.length, 0);
      if (given.size >= 0xffffffff || compressedSize >= 0xffffffff) throw new Error("The copy would need Zip64");
      const w: Written = { name: Buffer.from(storedName, "utf8"), crc: given.crc, compressedSize, size: given.size, method: 8 };
      central.push(centralHeader(w, offset));
      push(localHeader(w));
      for (const b of given.deflated) push(b);
      return;
    }
    const length = data.reduce((n, b) => n + b.length, 0);
    const { deflated, crc, size } = await deflatePieces(data, levelFor(length));
    if (size !== length % 0x100000000 || length >= 0xffffffff) throw new Error("The copy would need Zip64");
    const stored = deflated.length >= length;
    const w: Written = { name: Buffer.from(storedName, "utf8"), crc, compressedSize: stored ? length : deflated.length, size: length, method: stored ? 0 : 8 };
    central.push(centralHeader(w, offset));
    push(localHeader(w));
    if (stored) for (const b of data) push(b);
    else push(deflated);
  };
  for (const [name, entry] of zip.order) {
    if (removed.has(name)) continue;
    const data = replaced.get(name);
    if (data !== undefined && !entry.storedName.endsWith("/")) {
      await write(entry.storedName, data);
      continue;
    }
    const record = Buffer.from(entry.central);
    record.writeUInt32LE(offset, 42);
    central.push(record);
    push(copiedLocal(zip, entry));
  }
  for (const [name, data] of replaced) if (!zip.entries.has(name) && !removed.has(name)) await write(name, data);
  const directoryStart = offset;
  for (const record of central) push(record);
  if (central.length >= 0xffff || offset >= 0xffffffff) throw new Error("The copy would need Zip64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  end.writeUInt16LE(zip.comment.length, 20);
  push(end);
  push(zip.comment);
  return pieces;
}
