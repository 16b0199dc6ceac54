/**
 * The zip container of an .xlsx package: the parts by name, their text and
 * their bytes as they are inflated. Anything that cannot be opened (not a zip,
 * truncated, encrypted) is a `NotAZipError`.
 *
 * `openZipEntries` reads the archive's directory from the Buffer itself and
 * inflates entries with Node's zlib (zipDirectory.ts), falling back to JSZip
 * for an archive not in the plain form (JSZip then reads it or says why not);
 * `openZip` loads it with JSZip, for the summary copy that edits the archive
 * through JSZip. JSZip is loaded only when one of them needs it.
 */
import { crc32, createInflateRaw, inflateRawSync } from "zlib";
import type JSZip from "jszip";
import { readZipDirectory, type DirectoryEntry } from "./zipDirectory";

export class NotAZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAZipError";
  }
}

/** The parts of a package, to read. */
export interface ZipEntries {
  /** Part names (forward slashes, no leading slash), in the archive's order. */
  readonly names: readonly string[];
  /** Whether the package holds the part; part names compare without regard to case (OPC, ECMA-376 Part 2 §6.2.2.3). */
  has(name: string): boolean;
  /** The entry's name as stored in the archive (some producers write a leading slash, or another case). */
  storedName(name: string): string | undefined;
  /** The part decoded as UTF-8, or undefined when absent. */
  text(name: string): Promise<string | undefined>;
  /**
   * The part's bytes in chunks as they are inflated (Node's zlib stream), so
   * that a big part is never held whole; undefined when absent.
   */
  chunks(name: string): AsyncIterable<Buffer> | undefined;
}

export interface ZipPackage extends ZipEntries {
  /** The archive itself, to edit and write a copy. */
  readonly zip: JSZip;
}

/**
 * What JSZip keeps of an entry it has loaded but not yet inflated (its
 * `CompressedObject`, not part of JSZip's documented API, hence every field checked).
 */
interface LoadedEntryData {
  readonly compressedContent: unknown;
  readonly uncompressedSize: unknown;
  readonly compression: { readonly magic?: unknown } | null | undefined;
}

const DEFLATE = "\x08\x00";
const STORE = "\x00\x00";

/** zlib's output chunk for a part of `size` bytes: the whole part at once, within zlib's bounds (64 bytes to 1 GiB). */
function chunkSizeFor(size: number): number {
  return Math.max(64, Math.min(size, 0x3fffffff));
}

/**
 * An entry's bytes through Node's zlib (native; JSZip's own inflate, pako in
 * JavaScript with a stream of workers, took about a third of the load of a
 * 92 MB sheet); undefined when the entry is not in the form JSZip gives after
 * loading, and JSZip must inflate it.
 */
function inflateNatively(entry: JSZip.JSZipObject): Buffer | undefined {
  const data = (entry as unknown as { _data?: LoadedEntryData })._data;
  if (data === undefined || data === null || typeof data !== "object") return undefined;
  const content = data.compressedContent;
  const size = data.uncompressedSize;
  const magic = data.compression?.magic;
  if (!(content instanceof Uint8Array) || typeof size !== "number") return undefined;
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  let out: Buffer;
  if (magic === DEFLATE) out = inflateRawSync(bytes, size > 0 ? { chunkSize: chunkSizeFor(size) } : undefined);
  else if (magic === STORE) out = bytes;
  else return undefined;
  if (out.length !== size) throw new NotAZipError(`${entry.name}: ${out.length} bytes inflated, ${size} expected`);
  return out;
}

/**
 * A part at most this big (inflated) is inflated at once, then given in
 * chunks: a stream's trips through zlib's thread pool cost more than they
 * save on a small sheet, and the whole part is no more memory than a few chunks.
 */
const WHOLE_LIMIT = 4 * 1024 * 1024;

/** How much inflated data each chunk of a streamed part holds. */
const STREAM_CHUNK = 1024 * 1024;

/** The loaded entry's compressed bytes and sizes, when JSZip has them in the form it gives after loading. */
function loadedEntry(entry: JSZip.JSZipObject): { bytes: Buffer; size: number; magic: unknown } | undefined {
  const data = (entry as unknown as { _data?: LoadedEntryData })._data;
  if (data === undefined || data === null || typeof data !== "object") return undefined;
  const content = data.compressedContent;
  const size = data.uncompressedSize;
  if (!(content instanceof Uint8Array) || typeof size !== "number") return undefined;
  return { bytes: Buffer.from(content.buffer, content.byteOffset, content.byteLength), size, magic: data.compression?.magic };
}

/** An entry's bytes in chunks, inflated by Node's zlib as a stream; checked against the size the archive gives. */
async function* inflatedChunks(entry: JSZip.JSZipObject, chunkSize: number): AsyncGenerator<Buffer> {
  const loaded = loadedEntry(entry);
  let total = 0;
  try {
    if (loaded !== undefined && loaded.magic === DEFLATE) {
      const inflate = createInflateRaw({ chunkSize });
      inflate.end(loaded.bytes);
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        total += chunk.length;
        yield chunk;
      }
    } else {
      // Stored, or a form only JSZip knows: one piece.
      const bytes = loaded !== undefined && loaded.magic === STORE ? loaded.bytes : await entry.async("nodebuffer");
      total = bytes.length;
      for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
      return;
    }
  } catch (error) {
    throw new NotAZipError(`${entry.name}: ${reason(error)}`);
  }
  if (loaded !== undefined && total !== loaded.size) throw new NotAZipError(`${entry.name}: ${total} bytes inflated, ${loaded.size} expected`);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A part name as compared: without regard to case (ASCII case folding, as OPC
 * asks) and with its percent-encoded characters decoded. A relationship's
 * target is a URI (`worksheets/phan%20bo.xml`, `bi%E1%BB%83u.xml`) while
 * producers name the archive's entry either way (`phan bo.xml`, `biểu.xml`,
 * or encoded as the target is): both give the same key.
 */
export function partKey(name: string): string {
  return (name.indexOf("%") >= 0 ? percentDecoded(name) : name).toLowerCase();
}

/** `%XX` sequences decoded (as UTF-8); a name that is not valid percent-encoding as it is. */
function percentDecoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

export async function openZip(bytes: Buffer): Promise<ZipPackage> {
  const { default: JSZipLibrary } = await import("jszip");
  let zip: JSZip;
  try {
    zip = await JSZipLibrary.loadAsync(bytes);
  } catch (error) {
    throw new NotAZipError(reason(error));
  }
  // Keyed by the name in lower case: `xl/worksheets/Sheet1.xml` and `xl/worksheets/sheet1.xml` are one part.
  const stored = new Map<string, string>();
  const names: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const name = entry.name.replace(/^\/+/, "");
    if (stored.has(partKey(name))) continue; // a second entry of the same part: the first is the part
    stored.set(partKey(name), entry.name);
    names.push(name);
  }
  return {
    zip,
    chunks: (name) => {
      const entryName = stored.get(partKey(name));
      return entryName === undefined ? undefined : inflatedChunks(zip.file(entryName)!, STREAM_CHUNK);
    },
    names,
    has: (name) => stored.has(partKey(name)),
    storedName: (name) => stored.get(partKey(name)),
    text: async (name) => {
      const entryName = stored.get(partKey(name));
      if (entryName === undefined) return undefined;
      try {
        // Node's UTF-8 decoder: faster than JSZip's own on large sheets.
        const entry = zip.file(entryName)!;
        return (inflateNatively(entry) ?? (await entry.async("nodebuffer"))).toString("utf8");
      } catch (error) {
        throw new NotAZipError(`${name}: ${reason(error)}`);
      }
    },
  };
}

/** An entry's bytes, whole (a small part: the workbook, its relationships, styles, shared strings). */
function entryBytes(bytes: Buffer, entry: DirectoryEntry): Buffer {
  const stored = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const out = entry.method === 0 ? stored : inflateRawSync(stored, entry.size > 0 ? { chunkSize: chunkSizeFor(entry.size) } : undefined);
  if (out.length !== entry.size) throw new NotAZipError(`${entry.name}: ${out.length} bytes inflated, ${entry.size} expected`);
  // Damaged data that still inflates to the right size (a flipped bit): told by its checksum, as Excel tells it. A part
  // streamed (over WHOLE_LIMIT) is not summed: on the main thread that would cost about a tenth of a large check.
  if (entry.size <= WHOLE_LIMIT && crc32(out) !== entry.crc) throw new NotAZipError(`${entry.name}: CRC-32 mismatch`);
  return out;
}

/** An entry's bytes in chunks as Node's zlib inflates them; checked against the size the archive gives. */
async function* entryChunks(bytes: Buffer, entry: DirectoryEntry, chunkSize: number): AsyncGenerator<Buffer> {
  const stored = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let total = 0;
  if (entry.method === 0 || entry.size <= WHOLE_LIMIT) {
    // Stored, or small enough to inflate at once: no stream, no trip through zlib's thread pool.
    let whole: Buffer;
    try {
      whole = entry.method === 0 && entry.size > WHOLE_LIMIT ? stored : entryBytes(bytes, entry);
    } catch (error) {
      throw error instanceof NotAZipError ? error : new NotAZipError(`${entry.name}: ${reason(error)}`);
    }
    total = whole.length;
    for (let at = 0; at < whole.length; at += chunkSize) yield whole.subarray(at, at + chunkSize);
    if (whole !== stored) return; // entryBytes checked the size
  } else {
    try {
      const inflate = createInflateRaw({ chunkSize });
      inflate.end(stored);
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        total += chunk.length;
        yield chunk;
      }
    } catch (error) {
      throw new NotAZipError(`${entry.name}: ${reason(error)}`);
    }
  }
  if (total !== entry.size) throw new NotAZipError(`${entry.name}: ${total} bytes inflated, ${entry.size} expected`);
}

/**
 * The package's parts to read, its directory read from `bytes` directly (the
 * same parts, names and bytes as `openZip` gives; JSZip's when the archive is
 * not in the plain form zipDirectory.ts reads).
 */
export async function openZipEntries(bytes: Buffer): Promise<ZipEntries> {
  const directory = readZipDirectory(bytes);
  if (directory === null) return openZip(bytes);
  // As openZip: keyed by partKey, the first entry of a part is the part.
  const stored = new Map<string, DirectoryEntry>();
  const names: string[] = [];
  for (const entry of directory) {
    if (entry.dir) continue;
    const name = entry.name.replace(/^\/+/, "");
    if (stored.has(partKey(name))) continue;
    stored.set(partKey(name), entry);
    names.push(name);
  }
  return {
    names,
    has: (name) => stored.has(partKey(name)),
    storedName: (name) => stored.get(partKey(name))?.name,
    chunks: (name) => {
      const entry = stored.get(partKey(name));
      return entry === undefined ? undefined : entryChunks(bytes, entry, STREAM_CHUNK);
    },
    text: async (name) => {
      const entry = stored.get(partKey(name));
      if (entry === undefined) return undefined;
      try {
        return entryBytes(bytes, entry).toString("utf8");
      } catch (error) {
        throw new NotAZipError(`${name}: ${reason(error)}`);
      }
    },
  };
}
