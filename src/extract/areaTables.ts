/**
 * Targets given to places in a table: one row per district or commune, one
 * column per indicator, the units in a row of their own under the header
 * (`| Đơn vị | Hộ được tuyên truyền | CLB duy trì |` / `| | (%) | (CLB) |`)
 * or in brackets in the header. The row `Tổng cộng` gives each column's
 * target; the rows of the places are the allocation (the worksheet's job), and
 * a column with no total (a rate per place) gives none.
 */
import { foldText } from "../core/text/fold";
import { parseUnit } from "../core/text/units";
import { normalizeVietnameseNumber, scaleDecimal } from "../core/text/vnNumber";
import type { TextLine } from "./normalize";
import type { ExtractedIndicator } from "./types";

const AREA_HEADER = /^(don vi|dia ban|ten don vi|don vi thuc hien|dia ban thuc hien|huyen|xa|quan|phuong|huyen, thi xa, thanh pho|huyen, thanh pho|xa, phuong, thi tran|xa, thi tran|ten xa|ten huyen)$/;
const CODE_HEADER = /^(stt|tt|so tt)$/;
const TOTAL_ROW = /^(tong cong|tong so|tong|cong|toan huyen|toan tinh|toan xa|toan thanh pho|toan thi xa)\b/;

export interface AreaTableTarget {
  readonly indicator: ExtractedIndicator;
  readonly lineIndex: number;
  readonly context: string;
}

const key = (cell: string) => foldText(cell).replace(/\(.*?\)/g, " ").replace(/[^a-z0-9 ,]/g, " ").replace(/\s+/g, " ").trim();
const bracketed = (cell: string) => /^\s*\(([^()]+)\)\s*$/.exec(cell)?.[1].trim() ?? null;

/** The header's area column and indicator columns, or null when the row is no such header. */
function areaHeader(cells: readonly string[]): { area: number; columns: number[] } | null {
  let at = 0;
  while (at < cells.length && (cells[at].trim() === "" || CODE_HEADER.test(key(cells[at])))) at++;
  if (at >= cells.length || !AREA_HEADER.test(key(cells[at]))) return null;
  const columns: number[] = [];
  for (let i = at + 1; i < cells.length; i++) if (/\p{L}/u.test(cells[i]) && !/\d/.test(cells[i].replace(/\(.*?\)/g, ""))) columns.push(i);
  return columns.length >= 2 ? { area: at, columns } : null;
}

/** A row of units only (`| | (%) | (CLB) | (địa chỉ) |`), or null. */
function unitRow(cells: readonly string[]): string[] | null {
  const filled = cells.filter((c) => c.trim() !== "");
  if (filled.length === 0 || !filled.every((c) => bracketed(c) !== null || /^(ĐVT|đvt)\s*:/u.test(c.trim()))) return null;
  return cells.map((c) => bracketed(c) ?? "");
}

export function areaTableTargets(body: readonly TextLine[]): AreaTableTarget[] {
  const out: AreaTableTarget[] = [];
  for (let i = 0; i < body.length; i++) {
    const cells = body[i].cells;
    if (!cells) continue;
    const header = areaHeader(cells);
    if (!header) continue;
    let units = cells.map((c) => /\(([^()]+)\)\s*$/.exec(c)?.[1].trim() ?? "");
    let j = i + 1;
    const below = body[j]?.cells ? unitRow(body[j].cells as readonly string[]) : null;
    if (below) {
      units = units.map((u, c) => below[c] || u);
      j++;
    }
    let places = 0;
    for (; j < body.length && body[j].cells; j++) {
      const row = body[j].cells as readonly string[];
      const label = key(row[header.area] ?? "") || key(row.find((c) => /\p{L}/u.test(c)) ?? "");
      if (!TOTAL_ROW.test(label)) {
        if (/\p{L}/u.test(row[header.area] ?? "")) places++;
        continue;
      }
      if (places < 2) break;
      for (const c of header.columns) {
        const unit = units[c] ?? "";
        const canonical = normalizeVietnameseNumber((row[c] ?? "").trim());
        if (!unit || canonical === null) continue;
        const info = parseUnit(unit);
        const name = cells[c].replace(/\s*\([^()]*\)\s*$/, "").trim();
        out.push({
          indicator: {
            code: "",
            name,
            unit,
            target: info.kind === "money" ? scaleDecimal(canonical, info.scale) : Number(canonical),
            kind: info.kind,
            source: `line ${body[j].line}`,
            line: body[j].line,
            ...(info.kind === "money" ? { scale: info.scale } : {}),
            sourceText: body[j].text,
          },
          lineIndex: j,
          context: name,
        });
      }
      break;
    }
    i = j;
  }
  return out;
}
