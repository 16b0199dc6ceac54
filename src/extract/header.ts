/** The plan's number (`257/KH-UBND`), date (ISO), issuer and title. */
import { foldText } from "../core/text/fold";
import { issue, sourceOf } from "./issues";
import type { TextLine } from "./normalize";
import type { DocumentParts } from "./structure";
import type { ExtractIssue } from "./types";

export interface PlanHeader {
  readonly number: string | null;
  readonly date: string | null;
  readonly issuer: string | null;
  readonly title: string | null;
  readonly issues: readonly ExtractIssue[];
}

const NUMBER_LINE = /^Số(?:\s*hiệu)?\s*[:.]?\s*(.*)$/iu;
// `257/KH-UBND`, `20/2021/NĐ-CP`, and the Party's and mass organisations' `52-KH/HPN`, `15-KH/TU`.
const DOC_NUMBER = /(\d+[\p{L}\d]*(?:\s*-\s*[\p{Lu}Đ]{1,6})?(?:\s*\/\s*[\p{L}\d]+)*\s*\/\s*[\p{Lu}Đ][\p{L}\d.&]*(?:\s*-\s*[\p{L}\d.&]+)*)/u;

export function cleanDocNumber(text: string): string {
  return text.replace(/\s*\/\s*/g, "/").replace(/\s*-\s*/g, "-").trim();
}

function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const DATE_SLASHES = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
const DATE_NO_DAY = /ngày\s*(?:[.…_]+\s*)?tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

/** `Chỉ thị 06-CT/TW ngày 24/6/2021`: a date that belongs to the document cited before it. */
const CITED = /(?:luật|nghị định|nghị quyết|quyết định|chỉ thị|thông tư|công văn|kế hoạch|chương trình|hướng dẫn|thông báo|kết luận|đề án)\s+(?:số\s*)?[\p{L}\d][\p{L}\d/.-]*\s*$/iu;

function ownDate(text: string, re: RegExp): RegExpExecArray | null {
  const global = new RegExp(re.source, `${re.flags}g`);
  for (const m of text.matchAll(global)) {
    if (!CITED.test(text.slice(0, m.index ?? 0))) return m as RegExpExecArray;
  }
  return null;
}

function findDate(text: string): { date: string | null; missingDay: boolean; impossible?: boolean } {
  const m = ownDate(text, DATE_WORDS) ?? ownDate(text, DATE_SLASHES);
  if (m) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    // `ngày 31 tháng 02 năm 2024`: a date no calendar has.
    return date === null ? { date, missingDay: false, impossible: true } : { date, missingDay: false };
  }
  return { date: null, missingDay: DATE_NO_DAY.test(text) };
}

function metadata(trailer: readonly TextLine[], key: RegExp): { value: string; line: number } | null {
  for (const l of trailer) {
    const text = l.text.replace(/^[-+]\s*/, "");
    const m = /^([^:]{2,30}):\s*(.+)$/.exec(text);
    if (m && key.test(foldText(m[1]))) return { value: m[2].trim(), line: l.line };
  }
  return null;
}

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, "").length / letters.length >= 0.8;
}

const AUTHORITY_START = /^(uy|uy ban|ubnd|hoi|so|ban|bo|chinh phu|thanh uy|tinh uy|huyen uy|dang uy|cong an|truong|phong|trung tam|van phong)\b/;

/** `Số: 145/KH-SYT`, `SỐ 12`: the number's line, never `SỞ Y TẾ` (the folded words are the same). */
function isNumberLine(text: string): boolean {
  return /^[sS][ốỐ](?!\p{L})/u.test(text.normalize("NFC").trim());
}

function findIssuer(header: readonly TextLine[], trailer: readonly TextLine[]): string | null {
  const parts: string[] = [];
  // Portal text may come first; the issuer is the first upper-case authority line.
  const start = header.findIndex((l) => isUpper(l.text) && AUTHORITY_START.test(foldText(l.text)) && !isNumberLine(l.text));
  let afterMotto = false;
  for (const l of start < 0 ? [] : header.slice(start)) {
    const folded = foldText(l.text);
    // `Số: 145/KH-SYT` ends the issuer; `SỞ Y TẾ` under `UBND TỈNH …` is the issuing office itself.
    if (isNumberLine(l.text) || /ngay\s+\d|ngay\s+thang/.test(folded)) break;
    // The motto beside the issuer, line by line (`HỘI LHPN TỈNH …` / `CỘNG HÒA …` / `HỘI LHPN HUYỆN …` / `Độc lập …`):
    // the issuer goes on after it only with an authority or a place of one.
    if (/^(cong|cong hoa|doc lap)/.test(folded)) {
      afterMotto = true;
      continue;
    }
    if (!isUpper(l.text)) break;
    if (afterMotto && !(AUTHORITY_START.test(folded) || /^(tinh|huyen|xa|thanh pho|thi xa|quan|phuong|thi tran)\b/.test(folded))) break;
    // `… HỘI LHPN TỈNH YÊN BÁI Số: 257-KH/HPN`: the number closes the issuer on its line too.
    const numbered = /\s[sS][ốỐ]\s*:/u.exec(l.text.normalize("NFC"));
    if (numbered) {
      parts.push(l.text.normalize("NFC").slice(0, numbered.index));
      break;
    }
    parts.push(l.text);
  }
  let issuer = parts.join(" ").replace(/\s+/g, " ").trim();
  if (!issuer) return null;
  // `ỦY BAN NHÂN DÂN` alone names no place; the portal's `Nơi ban hành` does.
  if (/^(uy ban nhan dan|ubnd|hoi dong nhan dan)$/.test(foldText(issuer))) {
    const place = metadata(trailer, /^noi ban hanh$/);
    if (place) issuer = `${issuer} ${place.value.toLocaleUpperCase("vi")}`;
  }
  return issuer;
}

function findTitle(parts: DocumentParts): string | null {
  if (parts.titleLines.length === 0) return null;
  const title = parts.titleLines
    .map((l) => l.text)
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/[.;:]+$/, "")
    .trim();
  return title || null;
}

export function extractHeader(all: readonly TextLine[], parts: DocumentParts): PlanHeader {
  // Without a `KẾ HOẠCH` line, the header is what comes before the first heading or preamble.
  let region: readonly TextLine[] = parts.header;
  if (parts.headingIndex < 0) {
    const stop = all.findIndex((l, i) => i >= 40 || /^[IVX]+\.\s/.test(l.text) || /^(can cu|thuc hien)\b/.test(foldText(l.text)));
    region = all.slice(0, stop < 0 ? Math.min(all.length, 40) : stop);
  }
  const issues: ExtractIssue[] = [];

  let number: string | null = null;
  for (const [index, l] of region.entries()) {
    const m = NUMBER_LINE.exec(l.text);
    if (!m) continue;
    // `Số:` alone, its number on the next line (a portal's narrow column).
    const next = region[index + 1];
    const value = m[1].trim() === "" && next ? next.text : m[1];
    const found = DOC_NUMBER.exec(value);
    if (found) number = cleanDocNumber(found[1]);
    else if (m[1].includes("/")) {
      issues.push(
        issue(
          "missing-number",
          `Văn bản chưa ghi số (\`${l.text}\`).`,
          `The document has no number filled in (\`${l.text}\`).`,
          { source: sourceOf(l.line) },
        ),
      );
    }
    break;
  }
  // `HỘI LHPN TỈNH … Số: 257-KH/HPN` in one cell of the header's table (its lines joined): the number after `Số:`.
  if (number === null && issues.length === 0) {
    for (const l of region) {
      const inCell = /(?<!\p{L})[sS][ốỐ]\s*:\s*(.*)$/u.exec(l.text.normalize("NFC"));
      const found = inCell ? DOC_NUMBER.exec(inCell[1].split("|")[0]) : null;
      if (found) {
        number = cleanDocNumber(found[1]);
        break;
      }
    }
  }
  if (number === null && issues.length === 0) {
    const meta = metadata(parts.trailer, /^so hieu$/);
    const found = meta ? DOC_NUMBER.exec(meta.value) : null;
    if (found) number = cleanDocNumber(found[1]);
  }

  let date: string | null = null;
  for (const l of region) {
    const found = findDate(l.text);
    if (found.date) {
      date = found.date;
      break;
    }
    if (found.impossible === true) {
      issues.push(
        issue(
          "missing-date",
          `Ngày ban hành không có thật (\`${l.text}\`); cần xác nhận ngày của văn bản.`,
          `The date of issue does not exist (\`${l.text}\`); confirm the document's date.`,
          { source: sourceOf(l.line) },
        ),
      );
      break;
    }
    if (found.missingDay) {
      issues.push(
        issue(
          "missing-date",
          `Ngày ban hành chưa đầy đủ (\`${l.text}\`).`,
          `The date of issue is incomplete (\`${l.text}\`).`,
          { source: sourceOf(l.line) },
        ),
      );
      break;
    }
  }
  if (date === null && !issues.some((i) => i.rule === "missing-date")) {
    const meta = metadata(parts.trailer, /^ngay ban hanh$/);
    const m = meta ? /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(meta.value) : null;
    if (m) date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }

  return { number, date, issuer: findIssuer(region, parts.trailer), title: findTitle(parts), issues };
}
