/**
 * A line whose own unit cell says a plain unit (`tổ`) under a target header
 * written per area (`Kế hoạch (tổ/xã)`): the two cells disagree on whether
 * the figure is the line's whole or each area's. The line's own cell is read
 * first (the whole), the disagreement said naming both cells, and the
 * per-area reading kept aside: a sheet whose areas come nearer the per-area
 * whole than the figure takes it back (`wholeBySheet.ts`), as for a figure
 * the communes divide (`wholeByAreaCount.ts`).
 */
import type { PlanLine } from "../model/plan";
import type { LocalizedText } from "../model/text";
import { cellRef } from "./planErrors";
import type { PerAreaUnit } from "./planValues";

/** The line's own unit cell and the per-area target header it disagrees with. */
export interface HeaderDisagreement {
  readonly sheet: string;
  /** The target's cell. */
  readonly target: string;
  readonly code: string;
  /** The figure as written. */
  readonly figure: string;
  readonly own: { readonly text: string; readonly cell: string };
  readonly header: { readonly text: string; readonly cell: string; readonly read: PerAreaUnit };
}

function areaWords(read: PerAreaUnit): [string, string] {
  return read.perArea === "district" ? ["mỗi huyện", "each district"] : ["mỗi xã", "each commune"];
}

/** What the reading says while the figure is read as the line's whole. */
function wholeSaid(d: HeaderDisagreement): LocalizedText {
  const [vi, en] = areaWords(d.header.read);
  const at = cellRef(d.sheet, d.target);
  return {
    vi: `${at}: ô ${d.own.cell} ghi đơn vị "${d.own.text}", khác đơn vị "${d.header.text}" của tiêu đề cột kế hoạch (ô ${d.header.cell}); allocheck đọc số kế hoạch ${d.figure} là tổng của chỉ tiêu ${d.code}, theo đơn vị của dòng, trừ khi biểu phân bổ cộng lại gần với số cho ${vi} hơn. Hãy sửa cho thống nhất: ghi "${d.header.text}" ở ô ${d.own.cell} nếu ${d.figure} là số cho ${vi}.`,
    en: `${at}: cell ${d.own.cell} gives the unit "${d.own.text}", unlike "${d.header.text}" in the target header (cell ${d.header.cell}); allocheck reads the figure ${d.figure} as the whole of line ${d.code}, in the line's own unit, unless the allocation sheet adds up nearer the figure for ${en}. Make them agree: write "${d.header.text}" in cell ${d.own.cell} if ${d.figure} is the figure for ${en}.`,
  };
}

/** What the reading says once the sheet's areas have it read per area. */
function perAreaSaid(d: HeaderDisagreement): LocalizedText {
  const [vi, en] = areaWords(d.header.read);
  const at = cellRef(d.sheet, d.target);
  return {
    vi: `${at}: ô ${d.own.cell} ghi đơn vị "${d.own.text}" nhưng tiêu đề cột kế hoạch (ô ${d.header.cell}) ghi "${d.header.text}", và các địa bàn trong biểu cộng lại gần với ${d.figure} cho ${vi} hơn là tổng ${d.figure}; nên số kế hoạch được hiểu là số cho ${vi}, tổng bằng số đó nhân số địa bàn. Hãy sửa cho thống nhất.`,
    en: `${at}: cell ${d.own.cell} gives the unit "${d.own.text}" but the target header (cell ${d.header.cell}) says "${d.header.text}", and the sheet's areas add up nearer ${d.figure} for ${en} than a whole of ${d.figure}; so the figure is read as the one for ${en}, the whole it times the areas. Make them agree.`,
  };
}

/**
 * The line read as its whole, the per-area reading set aside (its whole
 * sized once the areas are known: 0 until then), and what the reading says.
 * `quota`: the figure in base units.
 */
export function wholeUnderPerAreaHeader(line: PlanLine, quota: number, d: HeaderDisagreement): { line: PlanLine; said: LocalizedText } {
  const said = wholeSaid(d);
  return { line: { ...line, perAreaSetAside: { perArea: d.header.read.perArea, quota, target: 0, note: perAreaSaid(d), said } }, said };
}
