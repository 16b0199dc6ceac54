/**
 * A stored deflate stream inflated with its block boundaries noted (zlib's
 * `Z_BLOCK` flush: inflate stops at the end of every deflate block, RFC 1951
 * §3.2.3), so that a copy of the part whose bytes are mostly unchanged can
 * take the unchanged blocks as they are stored (deflateSplice.ts) instead of
 * deflating them again. zlib gives the byte where it stopped, not the bit
 * (its `data_type` is not exposed by Node): a boundary's bit is found when it
 * is used, by decoding the block from each of the 8 bits it can start at
 * (`boundaryBit`).
 *
 * Node's zlib streams do not take `Z_BLOCK` as a flush of their own, so the
 * inflater's native handle is driven directly (`writeSync`, as Node's own
 * synchronous inflate does); where that handle is not as expected the caller
 * keeps its ordinary stream (`BlockSource.open` gives null).
 */
import { constants, crc32, createInflateRaw, inflateRawSync } from "zlib";

/** Where a block ends (and the next begins): the stored bytes zlib had taken, and the inflated bytes before it. */
export interface Boundary {
  readonly byte: number;
  readonly at: number;
}

interface NativeInflate {
  writeSync(flush: number, input: Buffer, inOff: number, inLen: number, out: Buffer, outOff: number, outLen: number): void;
  onerror: (message: string, errno: number) => void;
}

interface InflateInternals {
  readonly _handle?: NativeInflate;
  readonly _writeState?: Uint32Array;
  close(): void;
}

/** The window a deflate block may reach back into (RFC 1951 §3.2.5). */
export const WINDOW = 32768;
const ZERO_WINDOW = Buffer.alloc(WINDOW);

export class BlockSource {
  /** Block boundaries met so far, in order; the last one, once `ended`, is the stream's end. */
  readonly boundaries: Boundary[] = [];
  ended = false;
  /** Each chunk's memory and the offset of its first byte in the part: pieces of it are recognised wherever they are written. */
  private readonly bases = new WeakMap<ArrayBufferLike, number>();

  private constructor(
    readonly stored: Buffer,
    private readonly size: number,
    private readonly name: string,
    private readonly chunkSize: number,
  ) {}

  /** A source for the stream `stored` inflating to `size` bytes, or null when Node's inflater cannot be driven block by block. */
  static open(stored: Buffer, size: number, name: string, chunkSize = 1 << 20): BlockSource | null {
    if (typeof crc32 !== "function") return null;
    const probe = createInflateRaw() as unknown as InflateInternals;
    // (Not `instanceof`: the state array may come from another realm, as under a test runner's sandbox.)
    const state = probe._writeState;
    const usable = typeof probe._handle?.writeSync === "function" && ArrayBuffer.isView(state) && Object.prototype.toString.call(state) === "[object Uint32Array]";
    probe.close();
    return usable ? new BlockSource(stored, size, name, chunkSize) : null;
  }

  /** The offset in the part of a piece of one of the chunks given out, or -1 for other bytes. */
  offsetOf(piece: Buffer): number {
    const base = this.bases.get(piece.buffer);
    return base === undefined ? -1 : base + piece.byteOffset;
  }

  /** The part's bytes in chunks, inflated as they are read; checked against its size. */
  async *chunks(): AsyncGenerator<Buffer> {
    // Read again from the start (a second pass over the part): the boundaries are met again.
    this.boundaries.length = 0;
    this.ended = false;
    const inflate = createInflateRaw() as unknown as InflateInternals;
    const handle = inflate._handle!;
    const state = inflate._writeState!;
    let failed: string | undefined;
    handle.onerror = (message) => {
      failed = message;
    };
    const stored = this.stored;
    let inOff = 0;
    let total = 0;
    let out = this.fresh(0);
    let outOff = 0;
    try {
      for (;;) {
        const room = out.length - outOff;
        const inLen = stored.length - inOff;
        handle.writeSync(constants.Z_BLOCK, stored, inOff, inLen, out, outOff, room);
        if (failed !== undefined) throw new Error(`${this.name}: ${failed}`);
        const have = room - state[0];
        const taken = inLen - state[1];
        inOff += taken;
        outOff += have;
        total += have;
        if (state[0] === 0) {
          yield out;
          out = this.fresh(total);
          outOff = 0;
          continue;
        }
        // Stopped with room left: at a block's end, or at the stream's end (then nothing more comes).
        if (have === 0 && taken === 0) break;
        this.boundaries.push({ byte: inOff, at: total });
      }
      if (outOff > 0) yield out.subarray(0, outOff);
    } finally {
      inflate.close();
    }
    this.ended = true;
    const last = this.boundaries[this.boundaries.length - 1];
    if (total !== this.size || last === undefined || last.at !== total) throw new Error(`${this.name}: ${total} bytes inflated, ${this.size} expected`);
  }

  private fresh(at: number): Buffer {
    // A buffer of its own (never from Node's pool), so that its pieces are told apart by their memory.
    const out = Buffer.allocUnsafeSlow(this.chunkSize);
    this.bases.set(out.buffer, at - out.byteOffset);
    return out;
  }

  /**
   * Whether block `k` (from boundary `k` to `k + 1`) is surely coded, not
   * stored: its stored bytes fewer than the bytes it inflates to. A stored
   * block is aligned to a byte (RFC 1951 §3.2.4) and cannot be moved by a
   * few bits; a coded one can.
   */
  coded(k: number): boolean {
    const b = this.boundaries[k];
    const next = this.boundaries[k + 1];
    return b !== undefined && next !== undefined && next.byte - b.byte + 1 < next.at - b.at;
  }

  /**
   * The bit at which block `k` starts (it ends at boundary `k + 1`), or
   * undefined when it cannot be told: of the 8 bits it can start at, the one
   * from which exactly that block decodes (its back-references read in a
   * window of zeros: the block's parse does not depend on the window's bytes).
   */
  boundaryBit(k: number): number | undefined {
    const b = this.boundaries[k];
    const next = this.boundaries[k + 1];
    if (b === undefined || next === undefined) return undefined;
    const length = next.at - b.at;
    let found: number | undefined;
    for (let unused = 0; unused < 8; unused++) {
      const bit = b.byte * 8 - unused;
      if (bit < 0) break;
      let decoded: Buffer;
      try {
        decoded = inflateRawSync(bitSlice(this.stored, bit, next.byte * 8), { dictionary: ZERO_WINDOW, finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: length + 1 });
      } catch {
        continue;
      }
      if (decoded.length !== length) continue;
      if (found !== undefined) return undefined;
      found = bit;
    }
    return found;
  }
}

/** Eight bits of `src` from bit `at` (LSB first, as deflate packs them); bits outside `src` read as 0. */
function byteAt(src: Uint8Array, at: number): number {
  const q = Math.floor(at / 8);
  const s = at - q * 8;
  const lo = q >= 0 && q < src.length ? src[q] : 0;
  const hi = q + 1 >= 0 && q + 1 < src.length ? src[q + 1] : 0;
  return ((lo >> s) | (hi << (8 - s))) & 0xff;
}

/** The bits [from, to) of `src` as bytes, the first bit at bit 0 (the last byte's unused bits 0). */
export function bitSlice(src: Uint8Array, from: number, to: number): Buffer {
  const out = Buffer.alloc(Math.ceil((to - from) / 8));
  writeBits(out, 0, src, from, to - from);
  const rest = (to - from) & 7;
  if (rest !== 0) out[out.length - 1] &= (1 << rest) - 1;
  return out;
}

/**
 * Writes `count` bytes to `out` from `outAt`: byte j from the bits at `from + 8j` of `src`.
 * The bytes away from `src`'s ends are read in one loop with a fixed shift.
 */
export function writeBits(out: Uint8Array, outAt: number, src: Uint8Array, from: number, bits: number): void {
  const count = Math.ceil(bits / 8);
  const q = Math.floor(from / 8);
  const s = from - q * 8;
  // j where src[q + j] and src[q + j + 1] are both inside src.
  const first = Math.max(0, -q);
  const last = Math.min(count, src.length - 1 - q);
  let j = 0;
  for (; j < first && j < count; j++) out[outAt + j] = byteAt(src, from + 8 * j);
  if (s === 0) {
    for (; j < last; j++) out[outAt + j] = src[q + j];
  } else {
    const back = 8 - s;
    for (; j < last; j++) out[outAt + j] = ((src[q + j] >> s) | (src[q + j + 1] << back)) & 0xff;
  }
  for (; j < count; j++) out[outAt + j] = byteAt(src, from + 8 * j);
}
