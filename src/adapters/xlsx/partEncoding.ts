/**
 * XML parts written in UTF-16. XML allows a part in UTF-16 when it starts with
 * a byte order mark (XML 1.0 §4.3.3), and Excel opens such parts (some older
 * generators write them); the reader's scanners read UTF-8. A part that
 * starts with a UTF-16 byte order mark is given to them re-encoded in UTF-8;
 * any other part is passed on as it is, chunk for chunk.
 */

/** The byte order of a UTF-16 byte order mark at the start of `bytes`, or null. */
export function utf16Order(bytes: Uint8Array): "le" | "be" | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "be";
  return null;
}

/** UTF-16 bytes (byte order mark included) as text, without the mark. */
export function utf16Text(bytes: Buffer, order: "le" | "be"): string {
  let body = bytes.subarray(2, bytes.length - (bytes.length % 2));
  if (order === "be") body = Buffer.from(body).swap16();
  return body.toString("utf16le");
}

/** What UTF-8 decoding makes of a UTF-16 byte order mark (two invalid bytes). */
const MARK_AS_UTF8 = "\uFFFD\uFFFD";

/** Whether a part's text, decoded as UTF-8, may have been UTF-16 (to read again from its bytes). */
export function mayBeUtf16(text: string): boolean {
  return text.startsWith(MARK_AS_UTF8);
}

/**
 * The bytes of a part in chunks, as UTF-8: unchanged unless the part starts
 * with a UTF-16 byte order mark. Once the first bytes are seen to be no such
 * mark, each chunk is the source's own, passed on by one call (no generator
 * between the inflater and the scanner).
 */
export function asUtf8Chunks(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator]: () => {
      const source = chunks[Symbol.asyncIterator]();
      let rest: AsyncIterator<Buffer> | null = null;
      return {
        next: async (): Promise<IteratorResult<Buffer>> => {
          if (rest !== null) return rest.next();
          const held: Buffer[] = [];
          let length = 0;
          for (;;) {
            const step = await source.next();
            if (step.done === true) {
              rest = source;
              return held.length > 0 ? { done: false, value: Buffer.concat(held) } : step;
            }
            held.push(step.value);
            length += step.value.length;
            if (length >= 2) break;
          }
          const start = held.length === 1 ? held[0] : Buffer.concat(held);
          const order = utf16Order(start);
          if (order === null) {
            rest = source;
            return { done: false, value: start };
          }
          const all = [start];
          for (let step = await source.next(); step.done !== true; step = await source.next()) all.push(step.value);
          rest = (async function* () {})();
          return { done: false, value: Buffer.from(utf16Text(Buffer.concat(all), order), "utf8") };
        },
      };
    },
  };
}

/**
 * A UTF-16 part (byte order mark included) as text to write in UTF-8: its XML
 * declaration, when it names an encoding, names UTF-8 (what the copy writes).
 */
export function utf16AsUtf8Text(bytes: Buffer, order: "le" | "be"): string {
  return utf16Text(bytes, order).replace(/^(\s*<\?xml\s[^?]*?\bencoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
}

/**
 * A part's text: UTF-8, unless its bytes start with a UTF-16 byte order mark,
 * when it is decoded as such and its declaration names UTF-8 (the encoding a
 * copy writes an edited part in).
 */
export function partText(bytes: Buffer): string {
  const order = utf16Order(bytes);
  return order === null ? bytes.toString("utf8") : utf16AsUtf8Text(bytes, order);
}
