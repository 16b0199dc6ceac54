/**
 * The reading as a readable table (`allocheck check --explain`), Vietnamese
 * or English: where the table is, how sure the reading is and why, each plan
 * line's column with its evidence and score, each area's role and parent
 * (indented under it), and what was left out.
 */
import type { Lang } from "../model/text";
import type { AreaEvidence, LineEvidence, Reading, ReadingRole } from "../model/reading";
import { planYearText } from "../words/planYear";
import { ignoredWhyWords } from "../words/ignoredWhy";
import { clipText } from "../text/clip";
import { formatNumber } from "../text/format";
import { typographicQuotes } from "../text/quotes";
import { headedByYears } from "../text/years";
import { wordKey } from "../text/fold";

interface Words {
  title: string;
  table: (range: string, header: string, label: string) => string;
  corrections: (n: number) => string;
  planYear: string;
  sure: string;
  unsure: string;
  lines: string;
  lineColumns: [string, string, string, string, string];
  sum: (code: string, at: string, rows: boolean, byYear: boolean) => string;
  areas: string;
  areaColumns: [string, string, string, string, string];
  ignored: string;
  noIgnored: string;
  role: Record<ReadingRole, string>;
  lineHow: Record<LineEvidence, string>;
  areaHow: Record<AreaEvidence, string>;
  why: (why: string) => string;
}

const WORDS: Record<Lang, Words> = {
  vi: {
    title: "Cách đọc biểu",
    table: (range, header, label) => `Bảng: ${range}; dòng tiêu đề: ${header}; cột tên: ${label}`,
    corrections: (n) =>
      n === 0 ? "Điều chỉnh cách đọc đã lưu trong sổ tính (từ add-in): không có — biểu được đọc tự động." : `Điều chỉnh cách đọc đã lưu trong sổ tính (từ add-in) được áp dụng: ${formatNumber(n, "vi")}.`,
    planYear: "So với kế hoạch",
    sure: "Độ tin cậy: cao.",
    unsure: "Độ tin cậy: THẤP — hãy xem lại cách đọc dưới đây:",
    lines: "Chỉ tiêu → cột/dòng",
    lineColumns: ["Mã", "Cột (dòng)", "Tiêu đề trong biểu", "Căn cứ", "Điểm"],
    sum: (code, at, rows, byYear) => `  Chỉ tiêu ${code} được chia theo ${byYear ? "năm" : "nguồn kinh phí"}, không có ${rows ? "dòng" : "cột"} tổng: kế hoạch được so với tổng các ${rows ? "dòng" : "cột"} ${at}.`,
    areas: "Địa bàn",
    areaColumns: ["Dòng (cột)", "Tên trong biểu", "Vai trò", "Căn cứ", "Trong kế hoạch"],
    ignored: "Bỏ qua",
    noIgnored: "  (không có)",
    role: { total: "tổng cộng", group: "nhóm", subtotal: "dòng cộng", leaf: "địa bàn", heading: "tiêu đề nhóm" },
    lineHow: { name: "tên", code: "mã", corrected: "người dùng sửa" },
    areaHow: { "area-list": "danh sách địa bàn", prefix: "tiền tố", stt: "STT", arithmetic: "số liệu cộng khớp", label: "nhãn", position: "vị trí", corrected: "người dùng sửa" },
    why: (why) => ignoredWhyWords(why, "vi"),
  },
  en: {
    title: "How the sheet was read",
    table: (range, header, label) => `Table: ${range}; header rows: ${header}; label column: ${label}`,
    corrections: (n) =>
      n === 0 ? "Reading corrections saved in the workbook (from the add-in): none — the sheet was read on its own." : `Reading corrections saved in the workbook (from the add-in) applied: ${formatNumber(n, "en")}.`,
    planYear: "Compared with",
    sure: "Confidence: high.",
    unsure: "Confidence: LOW — please check the reading below:",
    lines: "Plan lines → columns/rows",
    lineColumns: ["Code", "Column (row)", "Header in the sheet", "Evidence", "Score"],
    sum: (code, at, rows, byYear) => `  Plan line ${code} is split by ${byYear ? "year" : "funding source"} with no total ${rows ? "row" : "column"}: the plan is compared with the sum of ${rows ? "rows" : "columns"} ${at}.`,
    areas: "Areas",
    areaColumns: ["Row (column)", "Name in the sheet", "Role", "Evidence", "In the plan"],
    ignored: "Left out",
    noIgnored: "  (none)",
    role: { total: "total", group: "group", subtotal: "subtotal", leaf: "area", heading: "heading" },
    lineHow: { name: "name", code: "code", corrected: "corrected" },
    areaHow: { "area-list": "area list", prefix: "prefix", stt: "STT", arithmetic: "arithmetic", label: "label", position: "position", corrected: "corrected" },
    why: (why) => ignoredWhyWords(why, "en"),
  },
};

function width(text: string): number {
  return [...text.normalize("NFC")].length;
}

function grid(header: readonly string[], rows: readonly string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => width(row[c]))));
  const line = (row: readonly string[]) => row.map((cell, c) => cell + " ".repeat(widths[c] - width(cell))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/** The confidence lines said before the findings when the reading is weak (empty when it is sure). */
export function confidenceLines(reading: Reading, lang: Lang): string[] {
  if (reading.confidence.level === "high") return [];
  const words = WORDS[lang];
  const hint = lang === "vi" ? "  Xem cách đọc biểu: allocheck check --explain" : "  See the reading: allocheck check --explain";
  // Quoted typographically, as the findings of the text report are.
  return [words.unsure, ...reading.confidence.reasons.map((reason) => `  - ${typographicQuotes(reason[lang])}`), hint];
}

/** One sentence per plan line compared with the sum of its parts (funding sources or years). */
function sumLines(reading: Reading, words: Words): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of reading.lines) {
    const sum = line.sum;
    if (sum === undefined || seen.has(line.code)) continue;
    seen.add(line.code);
    const parts = reading.lines.filter((part) => part.code === line.code && sum.includes(part.at)).map((part) => part.header);
    out.push(words.sum(line.code, sum.join(" + "), /^\d/.test(line.at), headedByYears(parts, wordKey)));
  }
  return out;
}

/** A match score with two decimals, in the report's notation (`0,93` in Vietnamese, `0.93` in English). */
function scoreText(score: number, lang: Lang): string {
  const text = score.toFixed(2);
  return lang === "vi" ? text.replace(".", ",") : text;
}

export function renderReadingText(reading: Reading, lang: Lang = "vi"): string {
  const words = WORDS[lang];
  const depth = (i: number): number => {
    let d = 0;
    for (let p = reading.areas[i].parent; p !== null && d < 8; p = reading.areas[p].parent) d++;
    return d;
  };
  const out: string[] = [
    words.title,
    words.table(reading.table, reading.headerRows.join(", "), reading.labelColumn),
    words.corrections(reading.corrections),
    ...(reading.planYear !== undefined ? [`${words.planYear}: ${planYearText(reading.planYear, reading.lines.length)[lang]}`] : []),
    ...(reading.confidence.level === "high" ? [words.sure] : confidenceLines(reading, lang).slice(0, -1)),
    "",
    `${words.lines}:`,
    ...grid(
      words.lineColumns,
      reading.lines.map((line) => [line.code, line.at, clipText(line.header, 60), words.lineHow[line.how], scoreText(line.score, lang)]),
    ),
    ...sumLines(reading, words),
    "",
    `${words.areas}:`,
    ...grid(
      words.areaColumns,
      reading.areas.map((area, i) => [area.at, `${"  ".repeat(depth(i))}${clipText(area.name, 40)}`, words.role[area.role], words.areaHow[area.how], area.planArea ?? "—"]),
    ),
    "",
    `${words.ignored}:`,
    ...(reading.ignored.length === 0 ? [words.noIgnored] : reading.ignored.map((item) => `  ${item.at}  ${clipText(item.header, 50)} (${words.why(item.why)})`)),
  ];
  return out.join("\n");
}
