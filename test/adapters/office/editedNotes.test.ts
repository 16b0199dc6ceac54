/**
 * A note the user wrote into while allocheck's highlights were on (an answer
 * under allocheck's message, or a note rewritten) is theirs: clearing the
 * highlights leaves it as it is, and still restores the fill. A note left as
 * allocheck wrote it is removed (or the user's own note from before put back),
 * also after the workbook was saved and reopened and after highlighting again.
 */
import { createFakeExcel, type FakeExcel } from "../../fakes/excel";
import type { Highlight } from "../../../src/core/model/summary";
import { parseA1 } from "../../../src/core/model/address";
import { FILL_STATE_KEY } from "../../../src/adapters/office/fillState";
import { hostFor } from "./helpers";

function highlight(cell: string, note: string): Highlight {
  const { row, col } = parseA1(cell);
  return { sheet: "Phân bổ", cell, row, col, severity: "error", note };
}

function workbook(): FakeExcel {
  return createFakeExcel({
    apiVersion: "1.20",
    sheets: [{ name: "Phân bổ", rows: [["Xã", 1, 2, 3]], notes: { B1: "ghi chú của người dùng" }, fills: { C1: "#92D050" } }],
  });
}

type Edit = (notes: Map<string, string>) => void;

describe.each<[string, Edit, Record<string, string>]>([
  ["nothing edited: allocheck's notes go, the user's own comes back", () => undefined, { B1: "ghi chú của người dùng" }],
  [
    "an answer typed under allocheck's note on a cell that had none: kept",
    (n) => n.set("A1", `${n.get("A1")}\nĐã sửa — Hoa`),
    { A1: "Sai ở A1\nĐã sửa — Hoa", B1: "ghi chú của người dùng" },
  ],
  ["allocheck's note rewritten on a cell that had the user's note: kept", (n) => n.set("B1", "Chị Lan xem lại"), { B1: "Chị Lan xem lại" }],
  ["allocheck's note removed on a cell that had the user's note: the user's comes back", (n) => n.delete("B1"), { B1: "ghi chú của người dùng" }],
  [
    "a cell in a run of many, edited: kept, the others removed",
    (n) => n.set("C1", "đã kiểm tra"),
    { B1: "ghi chú của người dùng", C1: "đã kiểm tra" },
  ],
])("clearing after %s", (_label, edit, expected) => {
  test.each([false, true])("reopened before clearing: %s", async (reopen) => {
    const excel = workbook();
    await hostFor(excel).applyHighlights([highlight("A1", "Sai ở A1"), highlight("B1", "Sai ở B1"), highlight("C1", "Sai ở C1"), highlight("D1", "Sai ở D1")]);
    edit(excel.document.requireSheet("Phân bổ").notes);
    const target = reopen ? excel.reopen() : excel;
    const report = await hostFor(target).clearHighlightsReport();
    expect(report.restored).toBe(4);
    expect(Object.fromEntries(target.document.requireSheet("Phân bổ").notes)).toEqual(expected);
    expect(target.document.fillAt("Phân bổ", "C1")).toBe("#92D050");
    expect(target.document.fillAt("Phân bổ", "A1")).toBeNull();
    expect(target.document.settings.has(FILL_STATE_KEY)).toBe(false);
  });
});

test("highlighting again rewrites allocheck's note; clearing then knows the new one as allocheck's", async () => {
  const excel = workbook();
  await hostFor(excel).applyHighlights([highlight("A1", "Sai ở A1"), highlight("B1", "Sai ở B1")]);
  await hostFor(excel).applyHighlights([highlight("A1", "Lệch 2 tổ"), highlight("B1", "Lệch 3 tổ")]);
  expect(Object.fromEntries(excel.document.requireSheet("Phân bổ").notes)).toEqual({ A1: "Lệch 2 tổ", B1: "Lệch 3 tổ" });
  await hostFor(excel).clearHighlightsReport();
  expect(Object.fromEntries(excel.document.requireSheet("Phân bổ").notes)).toEqual({ B1: "ghi chú của người dùng" });
});
