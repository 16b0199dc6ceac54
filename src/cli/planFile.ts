/**
 * `--plan FILE`: a plan in JSON (CONTRACT §1), a plan document (.txt,
 * .docx) read the way `extract-plan` reads it, or the plan sheet of another
 * workbook (planWorkbook.ts).
 */
import { promises as fs } from "fs";
import { extname } from "path";
import type { Plan } from "../core/model/plan";
import { readPlanJson } from "../core/plan";
import type { ExtractedPlan } from "../extract/types";
import { CliError } from "./errors";
import { MSG } from "./messages";
import { WORKBOOK_EXTENSIONS } from "./files";
import { decodeTextFile, lineColumn } from "./textFile";
import { withFileErrors } from "./fileErrors";
import { jsonErrorOffset } from "./jsonErrorOffset";
import { isPlanWorkbook, loadPlanWorkbook } from "./planWorkbook";
import type { LocalizedText } from "../core/model/text";

const DOCUMENT_EXTENSIONS = new Set([".txt", ".docx", ".md"]);

export function isPlanDocument(path: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());
}

/** A plan handed over in a format that is read in another one: what to save it as. */
/** A path as typed on the command line: in quotes when it holds a space. */
function typedPath(path: string): string {
  return /\s/.test(path) ? `"${path}"` : path;
}

/** A workbook or a JSON plan given where a plan document is read: what `check --plan` takes. */
function checkPlanFormat(path: string, shown: string): LocalizedText | undefined {
  const ext = extname(path).toLowerCase();
  if (WORKBOOK_EXTENSIONS.includes(ext)) return MSG.workbookNotADocument(typedPath(shown));
  if (ext === ".json") return MSG.jsonNotADocument(typedPath(shown));
  return undefined;
}

function otherFormat(path: string, shown: string): LocalizedText | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === ".pdf") {
    return {
      vi: `${shown}: chưa đọc được tệp PDF — hãy mở bằng Word và lưu lại dạng .docx, hoặc chép văn bản vào tệp .txt`,
      en: `${shown}: PDF files are not read — open it in Word and save it as .docx, or copy its text into a .txt file`,
    };
  }
  if (ext === ".doc" || ext === ".rtf" || ext === ".odt") {
    return {
      vi: `${shown}: chỉ đọc văn bản Word dạng .docx — hãy mở trong Word và lưu lại: Tệp → Lưu thành → Tài liệu Word (.docx)`,
      en: `${shown}: only Word documents in .docx are read — open it in Word and save it: File → Save As → Word Document (.docx)`,
    };
  }
  if (ext === ".xls" || ext === ".xlsb" || ext === ".ods" || ext === ".csv") {
    return {
      vi: `${shown}: kế hoạch trong bảng tính được đọc từ sổ tính .xlsx có trang "Kế hoạch" — hãy mở và lưu lại dạng .xlsx`,
      en: `${shown}: a plan in a spreadsheet is read from an .xlsx workbook with a "Kế hoạch" sheet — open it and save it as .xlsx`,
    };
  }
  return undefined;
}

/**
 * Reads and extracts a plan document. A document with no numeric target gives
 * an empty list (its `no-targets` issue says so): that is a result, not an error.
 */
export async function extractPlanFile(path: string, shown: string): Promise<ExtractedPlan> {
  if (!isPlanDocument(path)) throw new CliError(checkPlanFormat(path, shown) ?? otherFormat(path, shown) ?? MSG.notADocument(shown));
  // Loaded here, not with the command line: only plan documents need the extractor and mammoth.
  const [{ extractPlan }, { readPlanDocument }] = await Promise.all([import("../extract"), import("./readPlanDocument")]);
  return extractPlan(await withFileErrors(shown, "read", () => readPlanDocument(path, shown)));
}

/** The plan of `--plan FILE` (the file is known to exist). */
export async function loadPlanFile(path: string, shown: string): Promise<Plan> {
  if (isPlanDocument(path) && extname(path).toLowerCase() !== ".docx") {
    // A JSON plan saved under a text name (`plan.txt`, as Notepad offers) is read as the JSON it is.
    const text = decodeTextFile(await fs.readFile(path), shown);
    if (/^\s*\{/.test(text)) return parsePlanJson(text, shown);
  }
  if (isPlanDocument(path)) {
    const extracted = await extractPlanFile(path, shown);
    // Nothing to check against: the plan is unusable (exit 2).
    if (extracted.indicators.length === 0) throw new CliError(MSG.noTargetsInDocument(shown));
    const { extractedPlanToPlan } = await import("../extract");
    return extractedPlanToPlan(extracted, shown);
  }
  if (isPlanWorkbook(path)) return loadPlanWorkbook(path, shown);
  const other = otherFormat(path, shown);
  if (other !== undefined) throw new CliError(other);
  return parsePlanJson(decodeTextFile(await fs.readFile(path), shown), shown);
}

/** The plan of a JSON text (CONTRACT §1). */
function parsePlanJson(text: string, shown: string): Plan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(jsonSyntaxError(text, shown, error));
  }
  // An empty list (what `extract-plan --json` writes for a document with no numeric target) is no plan to check against, and not a list that is missing.
  if (typeof json === "object" && json !== null && Array.isArray((json as { indicators?: unknown }).indicators) && (json as { indicators: unknown[] }).indicators.length === 0) {
    throw new CliError(MSG.noIndicatorsInJson(shown));
  }
  return readPlanJson(json, shown);
}

/** Where JSON.parse stopped, as line and column, and what it found there (its own words, without the offset, in English). */
function jsonSyntaxError(text: string, shown: string, error: unknown): LocalizedText {
  const message = error instanceof Error ? error.message : String(error);
  const found = jsonErrorOffset(text);
  const offset = found >= 0 ? found : text.trimEnd().length;
  const { line, column } = lineColumn(text, offset);
  const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/s, "").replace(/^Unexpected end of JSON input$/, "the text ends too early");
  const atEnd = offset >= text.trimEnd().length;
  return MSG.badPlanJson(shown, line, column, reason, atEnd);
}
