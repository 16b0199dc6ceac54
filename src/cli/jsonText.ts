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
 * indented throughout, and it is given in pieces of about `PIECE` characters
 * so that no one string holds it all.
 */

const PIECE = 1 << 20;

/** What JSON.stringify writes for `value`, or undefined where it writes nothing (a property left out). */
function jsonOf(value: unknown): string | undefined {
  return JSON.stringify(value) as string | undefined;
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function");
}

/** How many elements of an array of flat objects are written at once. */
const BATCH = 2048;

/**
 * Where one flat object ends and the next begins in their compact JSON: `},{"`
 * with that quote opening a key. Inside a string a `"` is always escaped, so
 * an unescaped `"` after `{` either opens a key (then `},{` are structure) or
 * closes a string ending in `},{` — and a closing quote is followed by `,`,
 * `:`, `}` or `]`, which is what the look-ahead excludes. Nested objects would
 * have boundaries of their own: only arrays of flat objects are split so.
 */
const ELEMENT_BOUNDARY = /\},\{"(?![,:}\]])/g;

/** An object whose every property is a primitive (and with no toJSON): no boundary of its own inside its JSON. */
function isFlatObject(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  for (const key in value) if (!isPrimitive((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** `value` as JSON would take it: after its `toJSON`, if it has one. */
function jsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

/** The text of `value` (a JSON-able value), ending with a line end, in pieces. */
export function* jsonTextPieces(value: unknown): Generator<string> {
  const parts: string[] = [];
  let size = 0;
  function* flush(): Generator<string> {
    if (parts.length > 0) yield parts.join("");
    parts.length = 0;
    size = 0;
  }
  function put(text: string): boolean {
    parts.push(text);
    size += text.length;
    return size >= PIECE;
  }

  /** Writes `v`, a value after its `toJSON`. */
  function* write(v: unknown, indent: string): Generator<string> {
    if (Array.isArray(v)) {
      if (v.length === 0 || v.every(isPrimitive)) {
        put(jsonOf(v)!);
        return;
      }
      const inner = `${indent}  `;
      put("[\n");
      const flat = v.every(isFlatObject);
      for (let i = 0; i < v.length; ) {
        let text: string;
        if (flat) {
          // A batch at once: one JSON.stringify for many elements is several times faster than one each.
          const batch = v.slice(i, i + BATCH);
          text = `${inner}${JSON.stringify(batch).slice(1, -1).replace(ELEMENT_BOUNDARY, `},\n${inner}{"`)}`;
          i += batch.length;
        } else {
          // An element JSON leaves out (undefined, a function) is null in an array.
          text = `${inner}${jsonOf(v[i]) ?? "null"}`;
          i += 1;
        }
        if (put(`${text}${i < v.length ? ",\n" : "\n"}`)) yield* flush();
      }
      put(`${indent}]`);
      return;
    }
    if (v !== null && typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>)
        .map(([k, raw]) => [k, jsonValue(raw, k)] as const)
        .filter(([, x]) => jsonOf(isPrimitive(x) || typeof x === "function" ? x : 0) !== undefined);
      if (entries.length === 0) {
        put("{}");
        return;
      }
      const inner = `${indent}  `;
      put("{\n");
      for (let i = 0; i < entries.length; i++) {
        const [k, x] = entries[i];
        put(`${inner}${JSON.stringify(k)}: `);
        yield* write(x, inner);
        put(i < entries.length - 1 ? ",\n" : "\n");
      }
      put(`${indent}}`);
      return;
    }
    put(jsonOf(v) ?? "null");
  }

  yield* write(jsonValue(value, ""), "");
  put("\n");
  yield* flush();
}

/** The whole text at once (for tests and small reports). */
export function jsonText(value: unknown): string {
  return [...jsonTextPieces(value)].join("");
}
