/**
 * Layout detection on the end-to-end fixture workbooks (read here straight
 * into WorkbookData, formulas as their cached results): the allocation sheet,
 * the orientation, and which plan lines have a column or row.
 */
import { ALL_FIXTURES } from "../../integration/fixtures";
import { detectTable, findAllocationSheet } from "../../../src/core/layout";
import type { CellValue, SheetData, WorkbookData } from "../../../src/core/model/workbook";
import { readPlanFromWorkbook, readPlanJson } from "../../../src/core/plan";
import { range } from "./sheetBuilder";

function cell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("formula" in o) return cell(o.result);
    if ("rich" in o) return (o.rich as string[]).join("");
    if ("error" in o) return { error: String(o.error) };
    if ("numFmt" in o) return cell(o.value);
  }
  return value as CellValue;
}

function format(value: unknown): string | null {
  return typeof value === "object" && value !== null && "numFmt" in value ? String((value as { numFmt: unknown }).numFmt) : null;
}

describe.each(ALL_FIXTURES.map((f) => [f.fileName, f] as const))("%s", (_name, fixture) => {
  const book: WorkbookData = {
    sheets: fixture.sheets.map(
      (s): SheetData => ({
        name: s.name,
        values: s.rows.map((r) => r.map(cell)),
        merges: (s.merges ?? []).map(range),
        numberFormats: s.rows.map((r) => r.map(format)),
      }),
    ),
  };
  const plan = fixture.planJson !== undefined ? readPlanJson(fixture.planJson, "plan.json") : readPlanFromWorkbook(book);

  test("finds the allocation sheet and its orientation", () => {
    const name = findAllocationSheet(book, plan);
    expect(name?.normalize("NFC")).toBe(fixture.allocationSheet.normalize("NFC"));
    expect(detectTable(book.sheets.find((s) => s.name === name)!, plan).orientation).toBe(fixture.orientation);
  });

  test("every plan line with an allocation has exactly one line, the others none", () => {
    const allocation = book.sheets.find((s) => s.name.normalize("NFC") === fixture.allocationSheet.normalize("NFC"))!;
    const table = detectTable(allocation, plan);
    for (const indicator of fixture.indicators) {
      const matched = table.lines.filter((l) => l.planCode === indicator.code);
      expect([indicator.code, matched.length]).toEqual([indicator.code, indicator.status === "unmapped" ? 0 : 1]);
    }
  });

  test("the plan's targets are the contract's base units", () => {
    for (const indicator of fixture.indicators) {
      expect([indicator.code, plan.lines.find((l) => l.code === indicator.code)?.target]).toEqual([
        indicator.code,
        indicator.target,
      ]);
    }
  });
});
