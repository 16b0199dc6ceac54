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
 * Each element's line is `JSON.stringify` of the element (native, and as fast
 * per element as on a whole array); the lines of an array are joined in
 * blocks of about `BLOCK` characters, small enough that the joined string is
 * not a large object of V8's heap, and a block is encoded straight into the
 * output buffer, with no string of a whole piece in between.
 */

const PIECE = 1 << 20;
const CHUNK = 1 << 20;
const BLOCK = 1 << 15;

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
 * The lines of the elements of `v` from `from` on, joined by `between`, about
 * `BLOCK` characters of them (at least one element), and the index after the
 * last.
 */
function lineBlock(v: readonly unknown[], from: number, between: string): [string, number] {
  const lines: string[] = [];
  let size = 0;
  let i = from;
  while (i < v.length && size < BLOCK) {
    // An element JSON leaves out (undefined, a function) is null in an array.
    const line = (JSON.stringify(v[i]) as string | undefined) ?? "null";
    lines.push(line);
    size += line.length;
    i++;
  }
  return [lines.join(between), i];
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
      for (let i = 0; i < v.length; ) {
        const [text, next] = lineBlock(v, i, between);
        emit(next < v.length ? text + between : text);
        i = next;
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
