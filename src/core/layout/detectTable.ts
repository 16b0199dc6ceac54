/**
 * Layout detection (CONTRACT §2): finds the allocation table on a sheet, its
 * orientation, its areas (a total/group/leaf tree) and its lines matched to
 * the plan. Linear in the sheet size: headers are looked for in the first
 * rows only and the body is classified in one pass.
 */
import { InputError } from "../model/errors";
import type { Plan } from "../model/plan";
import type { AllocationTable } from "../model/table";
import { localized } from "../model/text";
import type { SheetData } from "../model/workbook";
import { readAreas } from "./areaReading";
import { classifyColumns } from "./columns";
import { buildFrame } from "./frame";
import { cellText, sheetGrid } from "./grid";
import { finishLine, lineHasValues, readRawLines } from "./lines";
import { matchLines } from "./matchLines";
import { decideOrientation } from "./orientation";
import { findTableBlock } from "./tableBlock";
import { findUnitNote } from "./unitNote";

/** Body rows whose labels are read to decide the orientation. */
const ORIENTATION_SAMPLE = 300;

export function detectTable(sheet: SheetData, plan: Plan): AllocationTable {
  const grid = sheetGrid(sheet);
  const block = findTableBlock(grid);
  const columns = classifyColumns(grid, block);
  const valueCols = columns.filter((c) => c.role === "value");
  const labelCols = columns.filter((c) => c.role === "label");
  if (valueCols.length === 0 || labelCols.length === 0) {
    throw new InputError(
      "no-table",
      localized(
        `Trang "${sheet.name}": bảng ở dòng ${block.headerRows[0] + 1} không có ${valueCols.length === 0 ? "cột số liệu" : "cột tên địa bàn hoặc chỉ tiêu"}.`,
        `Sheet "${sheet.name}": the table at row ${block.headerRows[0] + 1} has no ${valueCols.length === 0 ? "value columns" : "column of area or indicator names"}.`,
      ),
    );
  }

  const rowLabels: string[] = [];
  for (let row = block.bodyStart; row <= Math.min(block.bodyEnd, block.bodyStart + ORIENTATION_SAMPLE - 1); row++) {
    const text = labelCols.map((c) => cellText(grid.value(row, c.col))).filter((t) => t !== "");
    if (text.length > 0) rowLabels.push(text[text.length - 1]);
  }
  const columnLabels = valueCols.map((c) => c.headerParts[c.headerParts.length - 1] ?? "");
  const orientation = decideOrientation(rowLabels, columnLabels, plan, {
    unitColumn: columns.some((c) => c.role === "unit"),
    unitsRow: block.unitsRow !== null,
  });
  const frame = buildFrame(grid, block, columns, orientation, plan);

  const raw = readRawLines(frame);
  const note = findUnitNote(grid, block.headerRows[block.headerRows.length - 1]);
  const codes = matchLines(raw, plan.lines, { moneyNote: note?.unit.kind === "money" });
  const byCode = new Map(plan.lines.map((line) => [line.code, line]));
  const kept = raw
    .map((line, i) => ({ line, code: codes[i] }))
    // An unmatched line without any value is a heading (`I. Chỉ tiêu`) or an empty spacer.
    .filter(({ line, code }) => code !== null || lineHasValues(frame, line.position));
  const lines = kept.map(({ line, code }) => finishLine(frame, line, code === null ? undefined : byCode.get(code), note));

  const matchedCols = lines.filter((l) => l.planCode !== null).map((l) => l.index);
  const reading = readAreas(frame, plan, matchedCols.length > 0 ? matchedCols : lines.map((l) => l.index));
  const areas = reading.areas;
  if (areas.length === 0) {
    throw new InputError(
      "no-table",
      localized(
        `Trang "${sheet.name}": bảng ở dòng ${block.headerRows[0] + 1} không có tên địa bàn nào (Huyện/Xã, Tổng cộng…).`,
        `Sheet "${sheet.name}": the table at row ${block.headerRows[0] + 1} names no area (district, commune, total…).`,
      ),
    );
  }
  const marks = [...block.headerRows, block.codeRow ?? block.headerRows[0], block.unitsRow ?? block.headerRows[0]];
  return {
    sheet: sheet.name,
    orientation,
    areas,
    lines,
    headerTop: Math.min(...marks),
    headerBottom: Math.max(...marks),
  };
}

