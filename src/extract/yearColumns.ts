/**
 * A budget table with a total column and a column per year (`| Nguồn vốn | Tổng số | Năm 2024 | Năm 2025 |`): each
 * row's years are its total's schedule. A row whose years do not add up to its total is told (`budget-split`), the
 * total row's too; nothing is said of a row that adds up, or whose years are left blank.
 */
import { foldText } from "../core/text/fold";
import { formatNumber } from "../core/text/format";
import { normalizeVietnameseNumber } from "../core/text/vnNumber";
import { issue, sourceOf } from "./issues";
import type { TextLine } from "./normalize";
import type { ExtractIssue } from "./types";

/** `Năm 2024`, `2025`, `Năm 2024 (triệu đồng)`: a column of one year. */
const YEAR_HEADER = /^(?:nam\s+)?((?:19|20)\d{2})(?:\s*\([^()]*\))?$/;
/** `Tổng số`, `Tổng cộng`, `Tổng kinh phí (triệu đồng)`: the row's whole (not `Tổng giai đoạn 2021 - 2025`). */
const TOTAL_HEADER = /^(?:tong so|tong cong|tong|cong|tong kinh phi|tong von|tong nhu cau von)(?:\s*\([^()]*\))?$/;

const valueOf = (cell: string): number | null => {
  const n = normalizeVietnameseNumber(cell.trim());
  return n === null ? null : Number(n);
};

export function checkYearColumns(lines: readonly TextLine[]): ExtractIssue[] {
  const issues: ExtractIssue[] = [];
  let total = -1;
  let years: number[] = [];
  let yearNames: string[] = [];
  let nameCol = -1;
  for (const line of lines) {
    const cells = line.cells;
    if (!cells) {
      total = -1;
      continue;
    }
    const folded = cells.map((c) => foldText(c).replace(/\s+/g, " ").trim());
    const yearCols = folded.map((c, k) => (YEAR_HEADER.test(c) ? k : -1)).filter((k) => k >= 0);
    const totalCols = folded.map((c, k) => (TOTAL_HEADER.test(c) ? k : -1)).filter((k) => k >= 0);
    if (yearCols.length >= 2 && totalCols.length === 1 && new Set(yearCols.map((k) => YEAR_HEADER.exec(folded[k])?.[1])).size === yearCols.length) {
      total = totalCols[0];
      years = yearCols;
      yearNames = yearCols.map((k) => cells[k].trim());
      nameCol = folded.findIndex((c, k) => k !== total && !years.includes(k) && /[a-z]/.test(c) && !/^(stt|tt|so tt)$/.test(c));
      continue;
    }
    if (total < 0) continue;
    const whole = valueOf(cells[total] ?? "");
    const parts = years.map((k) => valueOf(cells[k] ?? ""));
    if (whole === null || parts.some((p) => p === null)) continue;
    const sum = parts.reduce<number>((s, p) => s + (p ?? 0), 0);
    if (Math.abs(sum - whole) < 1e-6 * Math.max(1, Math.abs(whole))) continue;
    const name = (nameCol >= 0 ? cells[nameCol] : "").trim() || cells.find((c) => /\p{L}/u.test(c))?.trim() || "";
    const shown = years.map((k) => cells[k].trim()).join(" + ");
    const vi = formatNumber(Math.round(sum * 1e6) / 1e6, "vi");
    issues.push(
      issue(
        "budget-split",
        `Dòng "${name}" của bảng kinh phí (dòng ${line.line}): các năm (${yearNames.join(", ")}) cộng lại ${shown} = ${vi}, không bằng cột tổng ${cells[total].trim()}.`,
        `Row "${name}" of the budget table (line ${line.line}): its years (${yearNames.join(", ")}) add up to ${shown} = ${Math.round(sum * 1e6) / 1e6}, not the total column's ${cells[total].trim()}.`,
        { source: sourceOf(line.line) },
      ),
    );
  }
  return issues;
}
