/**
 * A line's own unit against the unit the table states for its targets (the
 * target header's `Kế hoạch (tỷ đồng)`, or a note `ĐVT: triệu đồng` over
 * the table): the line's unit cell is written for that line and wins, and
 * the disagreement is said with the reading's confidence, never read one
 * way in silence.
 */
import type { LocalizedText } from "../model/text";
import { sheetInText } from "../model/address";
import { parseUnit } from "../text/units";

/** Where a unit was written: its text and its cell. */
export interface WrittenUnit {
  readonly text: string;
  readonly cell: string;
}

/** The table's stated unit: in the target header, or a note over the table. */
export interface StatedUnit extends WrittenUnit {
  readonly where: "header" | "note";
}

/** True when both are money units of different scales (`triệu đồng` and `đồng`); `trđ` and `triệu đồng` agree. */
export function moneyScalesDiffer(a: string, b: string): boolean {
  const x = parseUnit(a);
  const y = parseUnit(b);
  return x.kind === "money" && y.kind === "money" && x.scale !== y.scale;
}

/** Collects the lines whose unit cell disagrees with the table's stated unit, and says them once per unit pair. */
export class UnitDoubts {
  private readonly groups = new Map<string, { stated: StatedUnit; own: string; cells: string[]; codes: string[] }>();

  constructor(private readonly sheet: string) {}

  /** Notes a line whose own unit (`own`, in its unit cell) is read over the table's `stated` one; ignored when they agree. */
  add(stated: StatedUnit, own: WrittenUnit, code: string): void {
    if (!moneyScalesDiffer(stated.text, own.text)) return;
    const key = `${stated.cell}\u0000${own.text.normalize("NFC").trim().toLowerCase()}`;
    const group = this.groups.get(key) ?? { stated, own: own.text.trim(), cells: [], codes: [] };
    group.cells.push(own.cell);
    group.codes.push(code);
    this.groups.set(key, group);
  }

  list(): LocalizedText[] {
    return [...this.groups.values()].map(({ stated, own, cells, codes }) => {
      const many = cells.length > 1;
      const shownCells = cells.length > 4 ? `${cells.slice(0, 4).join(", ")}…` : cells.join(", ");
      const shownCodes = codes.length > 4 ? `${codes.slice(0, 4).join(", ")}…` : codes.join(", ");
      const sheet = sheetInText(this.sheet);
      const viWhere = stated.where === "header" ? `tiêu đề cột kế hoạch (ô ${stated.cell})` : `ghi chú đơn vị (ô ${stated.cell})`;
      const enWhere = stated.where === "header" ? `the target header (cell ${stated.cell})` : `the unit note (cell ${stated.cell})`;
      return {
        vi: `Trang ${sheet}: ${many ? "các ô" : "ô"} ${shownCells} ghi đơn vị "${own}", khác đơn vị "${stated.text}" của ${viWhere}; allocheck đọc số kế hoạch của ${many ? "các chỉ tiêu" : "chỉ tiêu"} ${shownCodes} theo đơn vị "${own}" của dòng — hãy kiểm tra, và sửa cho thống nhất.`,
        en: `Sheet ${sheet}: ${many ? "cells" : "cell"} ${shownCells} give${many ? "" : "s"} the unit "${own}", unlike "${stated.text}" in ${enWhere}; allocheck reads the target${many ? "s" : ""} of plan line${many ? "s" : ""} ${shownCodes} in the line's own unit "${own}" — check, and make them agree.`,
      };
    });
  }
}
