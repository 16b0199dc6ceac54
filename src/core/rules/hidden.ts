/**
 * `hidden`: a row or column of the table that is hidden in the sheet — by
 * hand or by a filter — still counts in allocheck's totals (as in Excel's
 * SUM), and the user is told, so that a figure nobody sees is never counted
 * silently: one info finding per hidden area (at its label) and per hidden
 * plan line (at its header).
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";
import { makeFinding } from "./finding";
import type { Rule } from "./types";

export const hiddenRule: Rule = {
  id: "hidden",
  description: localized(
    "Hàng hoặc cột ẩn trong bảng (ẩn tay hoặc do bộ lọc) vẫn được tính vào tổng, như hàm SUM của Excel.",
    "A hidden row or column of the table (hidden by hand or by a filter) still counts in the totals, as in Excel's SUM.",
  ),
  instruction: localized(
    "Hiện hàng/cột đó để kiểm tra số liệu, hoặc xoá nếu không thuộc bảng phân bổ.",
    "Unhide the row or column to check its figures, or delete it if it does not belong to the allocation.",
  ),
  severity: "info",
  check: {
    left: localized("hàng/cột của bảng", "a row or column of the table"),
    operator: localized("là", "is"),
    right: localized("hiển thị", "visible"),
  },
  evaluate(context) {
    const findings: Finding[] = [];
    const { sheet, table } = context;
    if (sheet.hiddenRows === undefined && sheet.hiddenColumns === undefined) return findings;
    const rows = new Set(sheet.hiddenRows ?? []);
    const columns = new Set(sheet.hiddenColumns ?? []);
    const areasHidden = table.orientation === "areas-as-rows" ? rows : columns;
    const linesHidden = table.orientation === "areas-as-rows" ? columns : rows;
    const rowWord = table.orientation === "areas-as-rows" ? localized("Hàng", "Row") : localized("Cột", "Column");
    for (const area of table.areas) {
      if (!areasHidden.has(area.index) || area.kind === "heading") continue;
      findings.push(
        makeFinding({
          rule: "hidden",
          severity: "info",
          sheet: table.sheet,
          at: { row: area.labelRow, col: area.labelCol },
          area: area.label,
          message: localized(
            `${rowWord.vi} của "${area.label}" đang bị ẩn (ẩn tay hoặc do bộ lọc); số liệu của nó vẫn được tính vào tổng.`,
            `The ${rowWord.en.toLowerCase()} of "${area.label}" is hidden (by hand or by a filter); its figures still count in the totals.`,
          ),
        }),
      );
    }
    for (const line of table.lines) {
      if (!linesHidden.has(line.index)) continue;
      findings.push(
        makeFinding({
          rule: "hidden",
          severity: "info",
          sheet: table.sheet,
          at: { row: line.headerRow, col: line.headerCol },
          indicator: line.planCode,
          message: localized(
            `Chỉ tiêu "${line.header}" nằm ở hàng/cột đang bị ẩn; số liệu của nó vẫn được kiểm tra.`,
            `The line "${line.header}" sits in a hidden row or column; its figures are still checked.`,
          ),
        }),
      );
    }
    return findings;
  },
};
