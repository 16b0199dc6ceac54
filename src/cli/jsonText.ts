/**
 * A JSON value as text in pieces, laid out to be small and read line by line:
 * objects indented by two spaces as `JSON.stringify(value, null, 2)` does,
 * but each element of an array on one line of its own (compact), and an array
 * of numbers, strings, booleans or nulls on one line:
 *
 * ```
 * {
 *   "version": 1,
 *   "indicators": [
 *     {"code":"1","name":"Tổ truyền thông cộng đồng","unit":"tổ",…},
 *     {"code":"2",…}
 *   ],
 *   "reading": {
 *     "headerRows": [4,5],
 *     "areas": [
 *       {"name":"Tổng cộng","at":"4","role":"total","parent":null,"planArea":null,"how":"label"},
 *       …
 * ```
 *
 * The same JSON value as `JSON.stringify` gives (properties whose value is
 * undefined left out, `toJSON` called, undefined in an array written as null);
 * only the whitespace differs. On 100 000 areas it is 11 MB instead of 18 MB
 * indented throughout, and it is given in pieces — strings of about `PIECE`
 * characters, or UTF-8 bytes in buffers of about `CHUNK` bytes — so that no one
 * string holds it all.
 *
 * Each element's line is what `JSON.stringify` writes for it; the lines of an
 * array are made in blocks of about `BLOCK` characters (`lineBlock`), small
 * enough that no string of a block is a large object of V8's heap, and a
 * block is encoded straight into the output buffer, with no string of a
 * whole piece in between.
 */

const PIECE = 1 << 20;
const CHUNK = 1 << 20;
const BLOCK = 1 << 14;

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}

/** `value` as JSON would take it: after its `toJSON`, if it has one. */
function jsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

/** Whether JSON writes a property of this value (after its toJSON): not undefined, a function or a symbol. */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/**
 * Whether JSON writes `value` as an object, `{…}`: a plain object (of
 * Object's prototype, or none — not an array, a date or a boxed number) with
 * no `toJSON`.
 */
function isObjectText(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The lines of the elements `v[from]` to `v[end - 1]`, joined by `between`.
 *
 * When they are all written as objects, one `JSON.stringify` of them all,
 * split where one ends and the next begins: several times cheaper than one
 * call for each. Each element's text begins with `{` and ends with `}`, so
 * between two of them stands `},{` — `end - from - 1` times; any other `},{`
 * lies inside an element (in a string, or between objects of an array in
 * it). So when `},{` occurs exactly that many times, those are the
 * boundaries; otherwise each element is written alone.
 */
function lineBlock(v: readonly unknown[], from: number, end: number, between: string): string {
  let objects = true;
  for (let i = from; i < end && objects; i++) objects = isObjectText(v[i]);
  if (objects) {
    const parts = JSON.stringify(v.slice(from, end)).slice(1, -1).split("},{");
    if (parts.length === end - from) return parts.join(`}${between}{`);
  }
  const lines: string[] = [];
  // An element JSON leaves out (undefined, a function) is null in an array.
  for (let i = from; i < end; i++) lines.push((JSON.stringify(v[i]) as string | undefined) ?? "null");
  return lines.join(between);
}

/**
 * Gives the text of `value` to `emit` in blocks: bits of structure, and the
 * lines of an array joined, about `BLOCK` characters at a time (more if one
 * line alone is longer). Plain calls, no generators: a generator resumed for
 * each block costs more, and is compiled again and again as it gets hot.
 */
function emitBlocks(value: unknown, emit: (block: string) => void): void {
  /** Writes `v`, a value after its `toJSON`. */
  function write(v: unknown, indent: string): void {
    if (Array.isArray(v)) {
      if (v.length === 0 || v.every(isPrimitive)) {
        emit(JSON.stringify(v));
        return;
      }
      const inner = `${indent}  `;
      const between = `,\n${inner}`;
      emit(`[\n${inner}`);
      // How many elements to a block: as many as make about BLOCK characters, by the blocks so far.
      let count = 64;
      for (let i = 0; i < v.length; ) {
        const end = Math.min(v.length, i + count);
        const text = lineBlock(v, i, end, between);
        // The line end apart: `text + between` is one more copy of the block's text, made to encode it.
        emit(text);
        if (end < v.length) emit(between);
        count = Math.max(1, Math.min(4096, Math.round((count * BLOCK) / text.length)));
        i = end;
      }
      emit(`\n${indent}]`);
      return;
    }
    if (v !== null && typeof v === "object") {
      const inner = `${indent}  `;
      let opened = false;
      for (const key of Object.keys(v)) {
        const x = jsonValue((v as Record<string, unknown>)[key], key);
        if (!isWritten(x)) continue;
        emit(`${opened ? ",\n" : "{\n"}${inner}${JSON.stringify(key)}: `);
        opened = true;
        write(x, inner);
      }
      emit(opened ? `\n${indent}}` : "{}");
      return;
    }
    emit((JSON.stringify(v) as string | undefined) ?? "null");
  }

  write(jsonValue(value, ""), "");
  emit("\n");
}

/** Gives the text of `value` (a JSON-able value), ending with a line end, to `out` in strings of about `PIECE` characters. */
export function writeJsonText(value: unknown, out: (piece: string) => void): void {
  const parts: string[] = [];
  let size = 0;
  emitBlocks(value, (block) => {
    parts.push(block);
    size += block.length;
    if (size >= PIECE) {
      out(parts.join(""));
      parts.length = 0;
      size = 0;
    }
  });
  if (parts.length > 0) out(parts.join(""));
}

/**
 * Gives the same text as `writeJsonText` to `out` as UTF-8 bytes, in buffers
 * of about `CHUNK` bytes as they fill: each a new buffer, never written again.
 */
export function writeJsonBytes(value: unknown, out: (bytes: Uint8Array) => void): void {
  let buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  emitBlocks(value, (block) => {
    // At most 3 bytes of UTF-8 for each UTF-16 code unit.
    const most = 3 * block.length;
    if (used + most > buffer.length) {
      if (used > 0) out(buffer.subarray(0, used));
      buffer = Buffer.allocUnsafe(Math.max(CHUNK, most));
      used = 0;
    }
    used += buffer.write(block, used);
  });
  if (used > 0) out(buffer.subarray(0, used));
}

/** The whole text at once (for tests and small reports). */
export function jsonText(value: unknown): string {
  const pieces: string[] = [];
  writeJsonText(value, (piece) => pieces.push(piece));
  return pieces.join("");
}
