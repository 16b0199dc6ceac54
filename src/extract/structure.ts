/**
 * The parts of a plan document: the header block (issuer, number, date), the
 * `KẾ HOẠCH` heading and its title, the body, and the trailer (signature,
 * recipients, portal metadata).
 */
import { foldText } from "../core/text/fold";
import type { TextLine } from "./normalize";

export interface DocumentParts {
  /** Index of the `KẾ HOẠCH` line, or -1. */
  readonly headingIndex: number;
  readonly header: readonly TextLine[];
  readonly titleLines: readonly TextLine[];
  readonly body: readonly TextLine[];
  readonly trailer: readonly TextLine[];
  /** `PHỤ LỤC` after the signature: tables of targets attached to the plan. */
  readonly appendix: readonly TextLine[];
}

const PREAMBLE = /^(can cu|thuc hien|theo|trien khai thuc hien|de trien khai)\b.{0,40}\b(luat|nghi quyet|nghi dinh|quyet dinh|ke hoach|chi thi|thong tu|cong van|van ban|chuong trinh so|huong dan)\b/;

/** `BÁO CÁO` heading the document (alone or with its title on the line): a report, whose figures may be results. */
export function isReportHeading(text: string): boolean {
  return isUpperLine(text) && /^bao cao(?: |$)/.test(foldText(text).replace(/[^a-z ]/g, "").replace(/\s+/g, " ").trim());
}

export function isUpperLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length >= 0.8;
}

const DOCUMENT_TYPES = /^(ke hoach|quyet dinh|chuong trinh|chuong trinh hanh dong|de an|huong dan|bao cao)$/;

/** The line naming the document's type (`KẾ HOẠCH`, `QUYẾT ĐỊNH`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`, …). */
function isPlanHeading(text: string): boolean {
  const folded = foldText(text).replace(/[^a-z ]/g, "").replace(/\s+/g, " ").trim();
  if (folded === "ke hoach") return true;
  return isUpperLine(text) && DOCUMENT_TYPES.test(folded);
}

/** A `KẾ HOẠCH` heading anywhere (a plan attached to the decision that issues it). */
function isAttachedPlan(text: string): boolean {
  return isUpperLine(text) && foldText(text).replace(/[^a-z ]/g, "").trim() === "ke hoach";
}

/** The issuing authority's line that opens a decision's preamble (`ỦY BAN NHÂN DÂN TỈNH …`, `CHỦ TỊCH …`). */
const AUTHORITY = /^(uy ban nhan dan|ubnd|chu tich|hoi dong nhan dan|bo truong|giam doc)\b/;

const SIGNATURE = /^(tm|t\/m|kt|q\.|tl|tuq)\.?\s+(uy ban|ubnd|chu tich|hoi dong|ban|truong|giam doc)|^noi nhan\b/;

export function splitDocument(lines: readonly TextLine[]): DocumentParts {
  const limit = Math.min(lines.length, 60);
  let heading = -1;
  let headingEnd = -1;
  for (let i = 0; i < limit && heading < 0; i++) {
    // `QUYẾT` / `ĐỊNH` broken over lines by a portal's narrow column.
    let joined = "";
    for (let k = i; k < Math.min(i + 3, lines.length); k++) {
      joined = joined ? `${joined} ${lines[k].text}` : lines[k].text;
      if (isPlanHeading(joined)) {
        heading = i;
        headingEnd = k;
        break;
      }
      if (!isUpperLine(lines[k].text) || lines[k].text.split(" ").length > 2) break;
    }
  }
  // `KẾ HOẠCH TRIỂN KHAI …` with its title on the same line.
  let inlineTitle: TextLine | null = null;
  if (heading < 0) {
    for (let i = 0; i < limit; i++) {
      const m = /^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH HÀNH ĐỘNG|ĐỀ ÁN|BÁO CÁO)[\s:]+(\S.*)$/u.exec(lines[i].text);
      if (m && !/^(số|sô)\b/iu.test(m[2]) && !/^\d/.test(m[2])) {
        heading = i;
        headingEnd = i;
        const offset = lines[i].text.length - m[2].length;
        inlineTitle = { text: m[2], line: lines[i].line, breaks: lines[i].breaks.map((b) => ({ offset: Math.max(0, b.offset - offset), line: b.line })) };
        break;
      }
    }
  }
  const header = heading >= 0 ? lines.slice(0, heading) : [];
  let bodyStart = headingEnd + 1;
  const titleLines: TextLine[] = inlineTitle ? [inlineTitle] : [];
  if (inlineTitle && isUpperLine(inlineTitle.text)) {
    while (bodyStart < lines.length && isUpperLine(lines[bodyStart].text) && !/^[IVX]+\.\s/.test(lines[bodyStart].text) && !AUTHORITY.test(foldText(lines[bodyStart].text))) {
      titleLines.push(lines[bodyStart]);
      bodyStart++;
    }
  }
  if (heading >= 0 && !inlineTitle) {
    const first = lines[bodyStart];
    if (first && !PREAMBLE.test(foldText(first.text))) {
      if (isUpperLine(first.text)) {
        while (
          bodyStart < lines.length &&
          isUpperLine(lines[bodyStart].text) &&
          !/^[IVX]+\.\s/.test(lines[bodyStart].text) &&
          !AUTHORITY.test(foldText(lines[bodyStart].text))
        ) {
          titleLines.push(lines[bodyStart]);
          bodyStart++;
        }
      } else if (!/^[IVX]+\.\s/.test(first.text)) {
        titleLines.push(first);
        bodyStart++;
      }
    }
  } else if (heading < 0) {
    bodyStart = 0;
  }
  let bodyEnd = lines.length;
  // A decision that issues the plan signs before the plan attached to it: the body runs to the plan's own signature.
  let lastPlan = -1;
  for (let i = Math.max(bodyStart, 0); i < lines.length; i++) if (isAttachedPlan(lines[i].text)) lastPlan = i;
  for (let i = Math.max(bodyStart, lastPlan + 1, 0); i < lines.length; i++) {
    const folded = foldText(lines[i].text);
    if (SIGNATURE.test(folded)) {
      bodyEnd = i;
      break;
    }
    if (/\.\/\.\s*$/.test(lines[i].text)) {
      bodyEnd = i + 1;
      break;
    }
  }
  // No signature (text copied from a portal often drops it): an appendix in capitals after the body still starts one.
  if (bodyEnd === lines.length) {
    const from = Math.max(bodyStart, 0) + 1;
    const at = lines.findIndex((l, i) => i >= from && !l.cells && isAppendixHeading(l.text));
    if (at >= 0) bodyEnd = at;
  }
  return {
    headingIndex: heading,
    header: heading >= 0 ? header : lines.slice(0, 0),
    titleLines,
    body: lines.slice(Math.max(bodyStart, 0), bodyEnd),
    trailer: lines.slice(bodyEnd),
    appendix: appendixOf(lines.slice(bodyEnd)),
  };
}

/**
 * The appendix after the signature, from its `PHỤ LỤC` line to the end, or nothing. Staff also head it `BIỂU
 * PHÂN BỔ …`, `BIỂU SỐ 01`, `BIỂU CHI TIẾT …`, `BIỂU GIAO CHỈ TIÊU …`, `DANH SÁCH CÁC XÃ …`.
 */
function isAppendixHeading(text: string): boolean {
  const folded = foldText(text).trim();
  // `Phụ lục 01`, `Phụ lục số 02`, `Phụ lục I: Chỉ tiêu …`: numbered, the heading in any case.
  if (/^phu luc(?:\s+so)?\s*(?:\d{1,2}|[ivx]{1,4})(?:\s*[.:\-–]|$)/.test(folded)) return true;
  // `Phụ lục` alone on its line, before its bracketed reference (`Phụ lục (Kèm theo Kế hoạch số …)`), or before its
  // title in capitals (`Phụ lục` / `PHÂN BỔ KINH PHÍ …`, read as one line).
  if (/^phu luc\s*(?::?$|\()/.test(folded)) return true;
  if (/^phu luc\s+\S/.test(folded) && isUpperLine(text.trim().replace(/^\S+\s+\S+\s*:?\s*/u, ""))) return true;
  return isUpperLine(text) && /^(?:phu luc|bieu (?:so|phan bo|chi tiet|giao|tong hop|du toan|ke hoach)|bieu\s*\d|danh sach)\b/.test(folded);
}

function appendixOf(trailer: readonly TextLine[]): TextLine[] {
  const start = trailer.findIndex((l) => isAppendixHeading(l.text));
  return start < 0 ? [] : trailer.slice(start);
}
