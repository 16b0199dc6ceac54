/**
 * A part rewritten with most of its bytes as they were (a large sheet whose
 * highlights touch a few rows), deflated by taking the unchanged deflate
 * blocks of the stored stream as they are, bit for bit, and deflating only
 * the bytes around the edits (RFC 1951). A stored block can be taken when
 * every byte it may refer back to — the 32 KiB window before it — is written
 * unchanged right before it: it then inflates to the same bytes in the copy.
 *
 * The pieces written are recognised as the source's own by their memory
 * (`BlockSource.offsetOf`); a run of them, in order, is the span the blocks
 * are taken from. The rest goes through zlib in segments, each a stream of
 * its own ended by a sync flush (byte-aligned, no final block), so that none
 * refers back across a taken span; the copy ends with an empty final block.
 * The bits are joined as they come: a taken span starts and ends anywhere
 * in a byte, so only coded blocks are taken (a stored block is aligned to
 * its byte and cannot move), and an empty stored block after each span
 * brings the next segment back to a byte's start. The CRC-32 is computed
 * over the bytes written. A span whose end bit is not found (never seen)
 * fails the whole part, which is then written the ordinary way.
 */
import { constants, crc32, createDeflateRaw } from "zlib";
import type { Transform } from "stream";
import { type BlockSource, WINDOW, writeBits } from "./blockInflate";
import type { Deflated } from "./zipCopy";
import type { PieceSink } from "./sheetPart";

/** The copy cannot be made this way (a block's bit not found where it was needed): write the part the ordinary way. */
export class SpliceFailed extends Error {}

/** Bits [from, to) of the source's stored stream. */
interface Taken {
  readonly from: number;
  readonly to: number;
}

/** An empty final block with fixed codes (BFINAL 1, BTYPE 01, end-of-block 0000000): 10 bits. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** An empty stored block from a byte's start: its 3 header bits, then LEN and NLEN. */
const EMPTY_STORED = Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff]);

/** One zlib stream of a segment, written with back-pressure; its bytes when ended. */
class Segment {
  private readonly stream: Transform;
  private readonly out: Buffer[] = [];
  private readonly done: Promise<Buffer[]>;

  constructor(level: number) {
    this.stream = createDeflateRaw({ level, chunkSize: 1 << 20, finishFlush: constants.Z_SYNC_FLUSH });
    this.stream.on("data", (chunk: Buffer) => this.out.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.stream.on("end", () => resolve(this.out));
      this.stream.on("error", reject);
    });
    this.done.catch(() => undefined);
  }

  async write(piece: Buffer): Promise<void> {
    if (this.stream.write(piece)) return;
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.stream.off("error", onError);
        resolve();
      };
      const onError = (error: unknown) => {
        this.stream.off("drain", onDrain);
        reject(error);
      };
      this.stream.once("drain", onDrain);
      this.stream.once("error", onError);
    });
  }

  end(): Promise<Buffer[]> {
    this.stream.end();
    return this.done;
  }
}

const SLICE_BITS = 8 << 20;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** The source bytes of one slice, copied to 32-bit words (a slice's bytes and the next). */
const WORDS = new Uint32Array(SLICE_BITS / 32 + 2);
const WORD_BYTES = new Uint8Array(WORDS.buffer);

/**
 * `count` bytes, byte j the eight bits of `src` from bit `start + 8j` (LSB
 * first; bits outside `src` read as 0): on a little-endian machine a word at a
 * time, the word's bits being the bytes' bits in deflate's order.
 */
function shiftedBytes(src: Uint8Array, start: number, count: number): Buffer {
  const q = Math.floor(start / 8);
  const s = start - q * 8;
  const words = Math.ceil(count / 4);
  if (!LITTLE_ENDIAN || words + 1 > WORDS.length) {
    const out = Buffer.allocUnsafe(count);
    writeBits(out, 0, src, start, count * 8);
    return out;
  }
  WORDS.fill(0, 0, words + 1);
  const lo = Math.max(q, 0);
  const hi = Math.min(src.length, q + (words + 1) * 4);
  if (hi > lo) WORD_BYTES.set(src.subarray(lo, hi), lo - q);
  const out = new Uint32Array(words);
  if (s === 0) out.set(WORDS.subarray(0, words));
  else {
    const back = 32 - s;
    for (let j = 0; j < words; j++) out[j] = (WORDS[j] >>> s) | (WORDS[j + 1] << back);
  }
  return Buffer.from(out.buffer, 0, count);
}

/** Bits joined into bytes as they come. */
class BitJoin {
  readonly out: Buffer[] = [];
  private acc = 0;
  private accBits = 0;

  bytes(b: Buffer): void {
    if (this.accBits === 0) this.out.push(b);
    else this.bits(b, 0, b.length * 8);
  }

  bits(src: Uint8Array, from: number, to: number): void {
    // In slices of a mebibyte: the shifted copy is never made whole at once.
    for (let at = from; at < to; at += SLICE_BITS) this.slice(src, at, Math.min(to, at + SLICE_BITS));
  }

  private slice(src: Uint8Array, from: number, to: number): void {
    const total = this.accBits + (to - from);
    const whole = total >> 3;
    const rest = total & 7;
    const out = shiftedBytes(src, from - this.accBits, whole + (rest > 0 ? 1 : 0));
    const low = (1 << this.accBits) - 1;
    out[0] = (out[0] & ~low & 0xff) | this.acc;
    if (rest > 0) {
      this.acc = out[whole] & ((1 << rest) - 1);
      this.accBits = rest;
      if (whole > 0) this.out.push(out.subarray(0, whole));
    } else {
      this.acc = 0;
      this.accBits = 0;
      this.out.push(out);
    }
  }

  /** An empty stored block (BFINAL 0, BTYPE 00, padding to the byte, LEN 0, NLEN 0xFFFF): what follows starts on a byte. */
  align(): void {
    this.bits(EMPTY_STORED, 0, 3);
    if (this.accBits > 0) this.out.push(Buffer.from([this.acc]));
    this.acc = 0;
    this.accBits = 0;
    this.out.push(EMPTY_STORED.subarray(1));
  }

  end(): Buffer[] {
    if (this.accBits > 0) this.out.push(Buffer.from([this.acc]));
    this.acc = 0;
    this.accBits = 0;
    return this.out;
  }
}

export class SpliceSink implements PieceSink<Deflated> {
  private crc = 0;
  private size = 0;
  private readonly parts: Array<Promise<Buffer[]> | Taken> = [];
  private segment: Segment | null = null;
  /** The run of source bytes written in order: where it started and where it has reached (-1: none). */
  private runStart = -1;
  private runEnd = -1;
  /** While blocks are taken: the boundary the span starts at, its bit (-1 until checked), and the boundary it has reached (the last one that can end it). */
  private takenStart = -1;
  private takenFrom = -1;
  private reached = -1;
  /** While blocks are taken: the bytes written since boundary `reached`, from `pendingAt` on. */
  private pending: Buffer[] = [];
  private pendingAt = 0;
  /** The boundaries not yet looked at as a start. */
  private nextStart = 0;
  /** How many stored bits were taken (for tests and measurement). */
  takenBits = 0;

  constructor(
    private readonly level: number,
    private readonly source: BlockSource,
  ) {}

  async write(piece: Buffer): Promise<void> {
    if (piece.length === 0) return;
    this.crc = crc32(piece, this.crc);
    this.size += piece.length;
    const at = this.source.offsetOf(piece);
    if (at < 0 || at !== this.runEnd) {
      await this.endRun();
      if (at < 0) {
        await this.feed(piece);
        return;
      }
      this.runStart = at;
      this.runEnd = at;
    }
    await this.sourceBytes(piece, at);
  }

  async end(): Promise<Deflated> {
    await this.endRun();
    this.closeSegment();
    const join = new BitJoin();
    for (const part of this.parts) {
      if ("from" in part) {
        join.bits(this.source.stored, part.from, part.to);
        join.align();
      } else for (const b of await part) join.bytes(b);
    }
    join.bits(FINAL_BLOCK, 0, 10);
    return { deflated: join.end(), crc: this.crc >>> 0, size: this.size };
  }

  /** A piece of the run of source bytes, at `at`. */
  private async sourceBytes(piece: Buffer, at: number): Promise<void> {
    const end = at + piece.length;
    this.runEnd = end;
    if (this.takenStart < 0) {
      const k = this.startIn(at, end);
      if (k < 0) {
        await this.feed(piece);
        return;
      }
      const boundary = this.source.boundaries[k];
      if (boundary.at > at) await this.feed(piece.subarray(0, boundary.at - at));
      this.closeSegment();
      this.takenStart = k;
      this.takenFrom = -1;
      this.reached = k;
      this.pending = [];
      this.pendingAt = boundary.at;
      this.nextStart = k + 1;
      piece = piece.subarray(boundary.at - at);
    }
    if (piece.length > 0) this.pending.push(piece);
    await this.advance(end);
  }

  /** The first boundary in [at, end) whose window, before it, is all in the run: where a span may start. */
  private startIn(at: number, end: number): number {
    const list = this.source.boundaries;
    let k = this.nextStart;
    while (k < list.length && list[k].at < at) k++;
    this.nextStart = k;
    for (; k < list.length && list[k].at < end; k++) if (list[k].at - WINDOW >= this.runStart) return k;
    return -1;
  }

  /**
   * The span's start checked once the block after it is known (a coded block,
   * its bit found; else its bytes go to zlib and a later boundary may start
   * one); then the span reaches the last boundary before `end` that can end
   * it (after coded blocks only, not the stream's end, the block after it
   * known and coded), and the bytes it covers are dropped.
   */
  private async advance(end: number): Promise<void> {
    const list = this.source.boundaries;
    if (this.takenFrom < 0) {
      const start = this.takenStart;
      if (list[start + 1] === undefined) return;
      const bit = this.source.coded(start) ? this.source.boundaryBit(start) : undefined;
      if (bit === undefined) {
        const pending = this.pending;
        let at = this.pendingAt;
        this.takenStart = -1;
        this.pending = [];
        for (const b of pending) {
          await this.sourceBytes(b, at);
          at += b.length;
        }
        return;
      }
      this.takenFrom = bit;
    }
    let k = this.reached;
    // The block after the end coded too: its bit is found by decoding that block (a stored one is aligned to its byte, and is not).
    while (k + 2 < list.length && list[k + 1].at <= end && this.source.coded(k) && this.source.coded(k + 1)) k++;
    if (k === this.reached) return;
    this.reached = k;
    let drop = list[k].at - this.pendingAt;
    while (drop > 0 && this.pending.length > 0) {
      const first = this.pending[0];
      if (first.length <= drop) {
        this.pending.shift();
        drop -= first.length;
        this.pendingAt += first.length;
      } else {
        this.pending[0] = first.subarray(drop);
        this.pendingAt += drop;
        drop = 0;
      }
    }
  }

  /** The run of source bytes ends: the span taken so far is closed, and the bytes after its end go to zlib. */
  private async endRun(): Promise<void> {
    this.runStart = -1;
    this.runEnd = -1;
    if (this.takenStart < 0) return;
    const start = this.takenStart;
    const from = this.takenFrom;
    const pending = this.pending;
    this.takenStart = -1;
    this.takenFrom = -1;
    this.pending = [];
    if (this.reached > start) {
      const to = this.source.boundaryBit(this.reached);
      if (from < 0 || to === undefined) throw new SpliceFailed("A block's bit was not found");
      this.parts.push({ from, to });
      this.takenBits += to - from;
    }
    for (const b of pending) await this.feed(b);
  }

  private async feed(piece: Buffer): Promise<void> {
    if (piece.length === 0) return;
    this.segment ??= new Segment(this.level);
    await this.segment.write(piece);
  }

  private closeSegment(): void {
    if (this.segment === null) return;
    this.parts.push(this.segment.end());
    this.segment = null;
  }
}
