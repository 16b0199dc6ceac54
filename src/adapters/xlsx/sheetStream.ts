/**
 * One worksheet part read as it is inflated, window by window, so that a big
 * sheet's XML (92 MB for 100 000 × 30) is never held whole, neither as bytes
 * nor as a string: only the values it holds are kept. The same scanner as a
 * whole part (sheetDataScan.ts) reads each window of text; windows end at a
 * `>` byte (never inside a UTF-8 sequence), and a tag,
 * comment or CDATA section cut between two windows is read once the next
 * window brings its end. What comes before `<sheetData>` (a few elements) and
 * after it (merges, extensions) is kept as text and read by saxes, as in
 * `parseSheetXml`, which gives the same `SheetData` for the same part.
 */
import type { SheetData } from "../../core/model/workbook";
import { findSheetData, SheetDataScanner, type SheetDataBounds } from "./sheetDataScan";
import { sheetBuilder } from "./sheetXml";
import { XmlError } from "./xml";

/** The `<sheetData>` start tag in the text read so far; null while it may still come (or be cut). */
function sheetDataIn(head: string, last: boolean): SheetDataBounds | null {
  try {
    return findSheetData(head);
  } catch (error) {
    // The start tag cut at the end of what has come so far.
    if (!last && error instanceof XmlError) return null;
    throw error;
  }
}

const EMPTY = Buffer.alloc(0);
const GT = 0x3e;

export async function readSheetStream(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  sharedStrings: readonly string[],
  hidden: boolean,
  styleFormats: ReadonlyArray<string | null> = [],
): Promise<SheetData> {
  const builder = sheetBuilder(name, sharedStrings, hidden, styleFormats);
  // Before the sheet data: the text so far. Inside: the window being read. After: the rest of the part.
  let head = "";
  let bounds: SheetDataBounds | null = null;
  let scanner: SheetDataScanner | null = null;
  let window = "";
  let at = 0;
  let tail = "";

  const take = (bytes: Buffer, last: boolean) => {
    if (scanner === null) {
      head += bytes.toString("utf8");
      bounds = sheetDataIn(head, last);
      if (bounds === null) return;
      scanner = new SheetDataScanner(bounds.name, builder.onCell, builder.onHiddenRow);
      if (bounds.selfClosing) {
        scanner.done = true;
        tail = head.slice(bounds.contentStart);
        head = head.slice(0, bounds.start);
        return;
      }
      // The text so far read where it lies (a slice of it would be a string of another kind, and the
      // scanner's loop, seeing two kinds, reads every window more slowly).
      window = head;
      at = bounds.contentStart;
      head = head.slice(0, bounds.start);
    } else if (scanner.done) {
      tail += bytes.toString("utf8");
      return;
    } else {
      // The window as decoded, a flat string (which the scanner reads fastest), unless text was carried (seldom).
      const carried = scanner.carry(window, at);
      const text = bytes.toString("utf8");
      window = carried === "" ? text : carried + text;
      at = 0;
    }
    at = scanner.scan(window, at, last);
    if (scanner.done) {
      tail = window.slice(at);
      window = "";
    }
  };

  // The bytes after the last `>` of what has come: a window ends at a `>`, which is never inside a UTF-8
  // sequence and ends most constructs, so the scanner seldom reads up to a window's end.
  let pending: Buffer = EMPTY;
  for await (const chunk of chunks) {
    const view = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const gt = view.lastIndexOf(GT);
    if (gt < 0) {
      pending = Buffer.concat([pending, view]);
      continue;
    }
    if (pending.length > 0) {
      // The bytes carried, up to the chunk's first `>`, as a window of their own: the chunk itself is not copied.
      const first = view.indexOf(GT);
      take(Buffer.concat([pending, view.subarray(0, first + 1)]), false);
      if (first < gt) take(view.subarray(first + 1, gt + 1), false);
    } else take(view.subarray(0, gt + 1), false);
    pending = gt + 1 < view.length ? Buffer.from(view.subarray(gt + 1)) : EMPTY;
  }
  take(pending, true);

  if (scanner === null || bounds === null) return builder.finish(head);
  const found: SheetDataBounds = bounds;
  return builder.finish(`${head}<${found.name}/>${tail}`);
}
