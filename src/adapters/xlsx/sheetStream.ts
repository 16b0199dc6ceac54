/**
 * One worksheet part read as it is inflated, window by window, so that a big
 * sheet's XML (92 MB for 100 000 × 30) is never held whole, neither as bytes
 * nor as a string: only the values it holds are kept. The windows are read as
 * bytes (sheetDataBytes.ts), never decoded whole; a window may end anywhere
 * (inside a tag, a text, a UTF-8 sequence): the scanner stops before the
 * construct it cuts, and the next window starts with those bytes. What comes
 * before `<sheetData>` (a few elements) and after it (merges, extensions) is
 * kept and read as text by saxes, as in `parseSheetXml`, which gives the same
 * `SheetData` for the same part.
 */
import type { SheetData } from "../../core/model/workbook";
import { findSheetData, type SheetDataBounds } from "./sheetDataScan";
import { SheetDataBytesScanner } from "./sheetDataBytes";
import { sheetBuilder, type SheetReadOptions } from "./sheetXml";
import { XmlError } from "./xml";

/** How many of the part's first bytes are looked at for the `<sheetData>` start tag before all the bytes so far. */
const HEAD_PROBE = 1 << 16;

/**
 * The `<sheetData>` start tag in the bytes read so far (its indices are byte
 * indices: the names and delimiters it looks for are ASCII, and Latin-1 gives
 * one character per byte); null while it may still come (or be cut).
 */
function sheetDataIn(head: Buffer, last: boolean): SheetDataBounds | null {
  if (head.length > HEAD_PROBE) {
    // Mostly the tag is in the part's first bytes: found there whole, it is the one the whole head gives (the first
    // match, its start tag read to its `>`), without a string of the whole first chunk. Found cut (an error) or
    // not found there, the whole head is looked at, as below.
    try {
      const found = findSheetData(head.toString("latin1", 0, HEAD_PROBE));
      if (found !== null) return found;
    } catch {
      // cut at the probe's end, or malformed: told (or not) by the whole head below
    }
  }
  try {
    return findSheetData(head.toString("latin1"));
  } catch (error) {
    // The start tag cut at the end of what has come so far.
    if (!last && error instanceof XmlError) return null;
    throw error;
  }
}

const EMPTY = Buffer.alloc(0);

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

export async function readSheetStream(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  sharedStrings: readonly string[],
  hidden: boolean,
  styleFormats: ReadonlyArray<string | null> = [],
  options: SheetReadOptions = {},
): Promise<SheetData> {
  const builder = sheetBuilder(name, sharedStrings, hidden, styleFormats, options);
  // Before the sheet data: the bytes so far. Inside: the bytes the last window left unread. After: the rest of the part.
  let head: Buffer = EMPTY;
  let headText = "";
  let bounds: SheetDataBounds | null = null;
  let scanner: SheetDataBytesScanner | null = null;
  const tail: Buffer[] = [];

  const take = (bytes: Buffer, last: boolean) => {
    let start = 0;
    if (scanner === null) {
      // A chunk is never written again once given (zip.ts): the first is read where it is, no copy of it.
      head = head.length === 0 ? bytes : Buffer.concat([head, bytes]);
      bounds = sheetDataIn(head, last);
      if (bounds === null) return;
      headText = head.toString("utf8", 0, bounds.start);
      scanner = new SheetDataBytesScanner(bounds.name, builder);
      bytes = head;
      head = EMPTY;
      if (bounds.selfClosing) {
        scanner.done = true;
        tail.push(bytes.subarray(bounds.contentStart));
        return;
      }
      start = bounds.contentStart;
    } else if (scanner.done) {
      tail.push(Buffer.from(bytes));
      return;
    }
    const after = scanner.feed(bytes, start, last);
    if (after !== null) tail.push(after);
  };

  for await (const chunk of chunks) take(asBuffer(chunk), false);
  take(EMPTY, true);

  if (scanner === null || bounds === null) return builder.finish(head.toString("utf8"));
  const found: SheetDataBounds = bounds;
  return builder.finish(`${headText}<${found.name}/>${Buffer.concat(tail).toString("utf8")}`);
}
