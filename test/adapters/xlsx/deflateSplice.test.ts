/**
 * A part copied with its unchanged deflate blocks taken as stored
 * (blockInflate.ts, deflateSplice.ts): whatever the edits, the copy inflates
 * to exactly the bytes written, with their CRC-32 and size; long unchanged
 * runs are taken from the stored stream rather than deflated again; stored
 * (uncompressed) blocks are never moved; bits are joined exactly.
 */
import fc from "fast-check";
import { constants, crc32, deflateRawSync, inflateRawSync } from "zlib";
import { randomBytes } from "crypto";
import { bitSlice, BlockSource } from "../../../src/adapters/xlsx/blockInflate";
import { SpliceSink } from "../../../src/adapters/xlsx/deflateSplice";

/** Sheet-like rows, different enough that zlib writes many blocks. */
function rows(count: number, seed: number): Buffer {
  const out: string[] = [];
  let x = seed;
  for (let r = 1; r <= count; r++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out.push(`<row r="${r}"><c r="A${r}" t="s"><v>${x % 997}</v></c><c r="B${r}"><v>${x % 100_003}</v></c><c r="C${r}"><f>SUM(D${r}:AD${r})</f><v>${x % 7919}</v></c></row>`);
  }
  return Buffer.from(out.join(""), "utf8");
}

/** An edit: bytes [at, at + drop) of the part replaced by `text`. */
interface Edit {
  readonly at: number;
  readonly drop: number;
  readonly text: string;
}

/** Streams `data` (deflated at `level`) through the sink with the edits made, in the source's own chunks; returns what was meant and what came out. */
async function spliceOf(data: Buffer, level: number, edits: readonly Edit[], chunkSize = 1 << 16): Promise<{ expected: Buffer; out: Buffer; crc: number; size: number; taken: number }> {
  const source = BlockSource.open(deflateRawSync(data, { level }), data.length, "sheet.xml", chunkSize)!;
  expect(source).not.toBeNull();
  const sink = new SpliceSink(level, source);
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const expected: Buffer[] = [];
  const write = async (piece: Buffer) => {
    expected.push(piece);
    await sink.write(piece);
  };
  let pos = 0;
  let next = 0;
  let skip = 0;
  for await (const chunk of source.chunks()) {
    let from = 0;
    while (from < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - from);
        skip -= n;
        from += n;
        continue;
      }
      const edit = sorted[next];
      const to = edit === undefined ? chunk.length : Math.min(chunk.length, edit.at - pos);
      if (to > from) {
        await write(chunk.subarray(from, to));
        from = to;
        continue;
      }
      await write(Buffer.from(edit!.text, "utf8"));
      skip = edit!.drop;
      next++;
    }
    pos += chunk.length;
  }
  for (; next < sorted.length; next++) await write(Buffer.from(sorted[next].text, "utf8"));
  const result = await sink.end();
  const out = inflateRawSync(Buffer.concat(result.deflated));
  return { expected: Buffer.concat(expected), out, crc: result.crc, size: result.size, taken: sink.takenBits };
}

describe("the deflate splice", () => {
  const data = rows(40_000, 7);

  test("a head edit, a row edit and a tail edit: the copy inflates to the bytes written, most of it taken as stored", async () => {
    const edits = [
      { at: 10, drop: 5, text: "<sheetView/>" },
      { at: 3000, drop: 40, text: '<c r="B9" s="12"><v>1</v></c>' },
      { at: data.length - 6, drop: 6, text: '<legacyDrawing r:id="rId1"/></row>' },
    ];
    for (const level of [1, 6]) {
      const r = await spliceOf(data, level, edits);
      expect(r.out.equals(r.expected)).toBe(true);
      expect(r.crc).toBe(crc32(r.expected));
      expect(r.size).toBe(r.expected.length);
      // Most of the stored stream is taken as it was.
      expect(r.taken / 8).toBeGreaterThan(deflateRawSync(data, { level }).length * 0.8);
    }
  });

  test("edits anywhere, any chunk size: the copy inflates to the bytes written", async () => {
    const small = rows(6_000, 3);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: small.length }), drop: fc.integer({ min: 0, max: 300 }), text: fc.string({ maxLength: 40 }) }), { maxLength: 6 }),
        fc.constantFrom(1, 6, 9),
        fc.constantFrom(1 << 12, 1 << 16, 1 << 20),
        async (raw, level, chunkSize) => {
          // Edits that do not overlap.
          const edits: Edit[] = [];
          let end = 0;
          for (const e of [...raw].sort((a, b) => a.at - b.at)) {
            if (e.at < end) continue;
            const drop = Math.min(e.drop, small.length - e.at);
            edits.push({ at: e.at, drop, text: e.text });
            end = e.at + drop;
          }
          const r = await spliceOf(small, level, edits, chunkSize);
          expect(r.out.equals(r.expected)).toBe(true);
          expect(r.crc).toBe(crc32(r.expected));
          expect(r.size).toBe(r.expected.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  test("stored blocks among coded ones (incompressible bytes) are never moved: the copy still inflates exactly", async () => {
    const parts: Buffer[] = [];
    for (let i = 0; i < 6; i++) parts.push(rows(3_000, i), randomBytes(50_000 * (i + 1)));
    const mixed = Buffer.concat(parts);
    // Edits here and there, so that spans end before and after stored blocks; random bytes differ run to run: several tries.
    for (let run = 0; run < 8; run++) {
      const edits = [0, 1, 2, 3].map((i) => ({ at: Math.floor((mixed.length * (i * 4 + (run % 4))) / 16), drop: 3, text: "x" }));
      const r = await spliceOf(mixed, 1, edits, 1 << (12 + (run % 3) * 4));
      expect(r.out.equals(r.expected)).toBe(true);
      expect(r.crc).toBe(crc32(r.expected));
    }
  });

  test("every byte unchanged: taken whole but for the window at the start and the last block", async () => {
    const r = await spliceOf(data, 1, []);
    expect(r.out.equals(data)).toBe(true);
    expect(r.taken).toBeGreaterThan(0);
  });

  test("no piece of the source (all bytes new): deflated as one stream, nothing taken", async () => {
    const source = BlockSource.open(deflateRawSync(data, { level: 1 }), data.length, "sheet.xml")!;
    const sink = new SpliceSink(1, source);
    for await (const chunk of source.chunks()) await sink.write(Buffer.from(chunk));
    const result = await sink.end();
    expect(inflateRawSync(Buffer.concat(result.deflated)).equals(data)).toBe(true);
    expect(sink.takenBits).toBe(0);
  });

  test("a damaged stream is refused as the ordinary reader refuses it", async () => {
    const stored = deflateRawSync(data, { level: 1 });
    const source = BlockSource.open(stored.subarray(0, stored.length >> 1), data.length, "sheet.xml")!;
    await expect(
      (async () => {
        for await (const chunk of source.chunks()) void chunk;
      })(),
    ).rejects.toThrow(/sheet\.xml/);
  });

  test("the block boundaries found are where the blocks start, bit for bit", async () => {
    const stored = deflateRawSync(data, { level: 6 });
    const source = BlockSource.open(stored, data.length, "sheet.xml")!;
    for await (const chunk of source.chunks()) void chunk;
    expect(source.boundaries.length).toBeGreaterThan(3);
    for (let k = 0; k + 1 < source.boundaries.length; k++) {
      const bit = source.boundaryBit(k);
      expect(bit).toBeDefined();
      // From that bit, with the inflated bytes before it as the window, the rest inflates to the rest of the part.
      const b = source.boundaries[k];
      const rest = inflateRawSync(bitSlice(stored, bit!, stored.length * 8), { dictionary: data.subarray(Math.max(0, b.at - 32768), b.at), finishFlush: constants.Z_SYNC_FLUSH });
      expect(rest.equals(data.subarray(b.at))).toBe(true);
    }
  });

  test("bits are joined exactly: bitSlice reads any span LSB first", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const total = bytes.length * 8;
        const from = a % total;
        const to = from + (b % (total - from + 1));
        const slice = bitSlice(bytes, from, to);
        for (let i = 0; i < to - from; i++) {
          const want = (bytes[(from + i) >> 3] >> ((from + i) & 7)) & 1;
          expect((slice[i >> 3] >> (i & 7)) & 1).toBe(want);
        }
      }),
    );
  });
});
