/**
 * `allocheck summary`: a copy of the workbook with the summary sheet written
 * (or refreshed where it was, if it is allocheck's own) and the offending cells
 * coloured with a note. No user cell's value or formula is changed, and every
 * part of the package the summary does not concern is copied unchanged
 * (see summaryPackage.ts).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { InputError } from "../../core/model/errors";
import type { Highlight, SummarySheetModel } from "../../core/model/summary";
import { readWorkbookBuffer } from "./readWorkbook";
import { UserSheetError, writeSummaryPackagePieces } from "./summaryPackage";

export { NOTE_SEPARATOR } from "./summaryPackage";
export { toFileFormula } from "./summaryXml";

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The copy's bytes: the workbook with the summary sheet and, unless `highlights` is null, the highlights. */
export async function summaryCopyBuffer(
  input: Buffer,
  model: SummarySheetModel,
  highlights: readonly Highlight[] | null,
  source = "workbook",
): Promise<Buffer> {
  const pieces = await summaryCopyPieces(input, model, highlights, source);
  return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
}

/** The same bytes in pieces, in order. */
async function summaryCopyPieces(input: Buffer, model: SummarySheetModel, highlights: readonly Highlight[] | null, source: string): Promise<Buffer[]> {
  try {
    return await writeSummaryPackagePieces(input, model, highlights);
  } catch (error) {
    if (error instanceof UserSheetError) throw error;
    // Not a workbook at all: the reader says so in the user's words.
    await readWorkbookBuffer(input, source);
    throw error;
  }
}

/** Writes the pieces to a new file, one after another (the copy of a large workbook is never joined in memory). */
async function writePieces(file: string, pieces: readonly Buffer[]): Promise<void> {
  const handle = await fs.open(file, "w");
  try {
    // writev takes at most IOV_MAX (1024 on Linux) buffers at a time.
    for (let at = 0; at < pieces.length; at += 1024) {
      const batch = pieces.slice(at, at + 1024);
      const length = batch.reduce((n, b) => n + b.length, 0);
      let written = (await handle.writev(batch)).bytesWritten;
      if (written < length) {
        // A short write: the rest one buffer at a time.
        const rest = Buffer.concat(batch).subarray(written);
        while (written < length) written += (await handle.write(rest, written - (length - rest.length))).bytesWritten;
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * Writes `outputPath`: the workbook at `inputPath` with the summary sheet and,
 * unless `highlights` is null, the highlights. Never writes over the input;
 * writes through a temporary file so that a failure leaves nothing behind.
 */
export async function writeSummaryCopy(
  inputPath: string,
  outputPath: string,
  model: SummarySheetModel,
  highlights: readonly Highlight[] | null,
  /** The input's bytes when the caller has read them already (they are not read again). */
  inputBytes?: Buffer,
): Promise<void> {
  if (await sameFile(inputPath, outputPath)) {
    throw new InputError("output-is-input", {
      vi: `Không ghi đè tệp gốc ${inputPath}: hãy chọn tệp kết quả khác (-o).`,
      en: `Will not write over the input ${inputPath}: choose another output file (-o).`,
    });
  }
  let input: Buffer;
  try {
    input = inputBytes ?? (await fs.readFile(inputPath));
  } catch {
    throw new InputError("file-missing", { vi: `Không tìm thấy tệp ${inputPath}.`, en: `File not found: ${inputPath}.` });
  }
  const output = await summaryCopyPieces(input, model, highlights, inputPath);
  const temporary = path.join(path.dirname(path.resolve(outputPath)), `.${path.basename(outputPath)}.${process.pid}.tmp`);
  try {
    await writePieces(temporary, output);
    await fs.rename(temporary, outputPath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
