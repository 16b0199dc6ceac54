/**
 * A summary too large for one request (Excel on the web refuses a request
 * over 5 MB): 2 000 area rows × 30 plan lines and 5 000 findings with links.
 * Written in bands, each request under the limit, links as HYPERLINK formulas.
 */
import { createFakeExcel } from "../../fakes/excel";
import { writeLog } from "../../fakes/excel/objects";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";
import { a1 } from "../../../src/core/model/address";
import { hostFor, measure } from "./helpers";

function bigSummary(areas: number, lines: number, findings: number): SummarySheetModel {
  const cells: SummaryCell[] = [{ row: 0, col: 0, value: "TỔNG HỢP KIỂM TRA PHÂN BỔ", style: "title" }];
  for (let c = 0; c < lines + 2; c++) cells.push({ row: 2, col: c, value: c < 2 ? ["Mã", "Địa bàn"][c] : `Chỉ tiêu số ${c - 1} (người)`, style: "header" });
  for (let i = 0; i < areas; i++) {
    const row = 3 + i;
    cells.push({ row, col: 0, value: `${i + 1}`, style: "label" });
    cells.push({ row, col: 1, value: `Xã Tân Lập ${i + 1} – huyện Hoà Bình`, style: "label", link: { sheet: "Phân bổ", cell: `B${i + 8}` } });
    for (let l = 0; l < lines; l++) {
      cells.push({ row, col: 2 + l, value: i * l, formula: `'Phân bổ'!${a1(i + 7, 2 + l)}`, numFmt: "#,##0", style: "number" });
    }
  }
  const start = 4 + areas;
  for (let f = 0; f < findings; f++) {
    const row = start + f;
    cells.push({ row, col: 0, value: f % 3 === 0 ? "Lỗi" : "Cảnh báo", style: f % 3 === 0 ? "status-error" : "status-warning" });
    cells.push({ row, col: 1, value: "Tổng phân bổ vượt kế hoạch", style: "label" });
    cells.push({
      row,
      col: 2,
      value: `Xã Tân Lập ${f + 1}: chỉ tiêu "Số tổ truyền thông cộng đồng" phân bổ ${f * 7} tổ, vượt định mức ${f % 50} tổ so với kế hoạch được giao.`,
      style: "label",
    });
    cells.push({ row, col: 3, value: a1(7 + (f % areas), 2 + (f % lines)), style: "link", link: { sheet: "Phân bổ", cell: a1(7 + (f % areas), 2 + (f % lines)) } });
  }
  return {
    name: "Tổng hợp",
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
    columnWidths: [6, 30, ...Array.from({ length: lines }, () => 12)],
    frozenRows: 3,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
    rowCount: start + findings,
    columnCount: lines + 2,
  };
}

describe("writing a summary larger than one request", () => {
  test("2 000 areas × 30 lines + 5 000 findings: bands under 5 MB, no refused request, links in formulas", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Phân bổ", rows: [["Xã"]] }] });
    const host = hostFor(excel);
    const model = bigSummary(2000, 30, 5000);
    const { syncs } = await measure(excel, () => host.writeSummary(model));
    const sizes = excel.stats.history.map((h) => h.requestBytes);
    const total = sizes.reduce((a, b) => a + b, 0);
    // In one request this would be refused: the whole is well over 5 MB.
    expect(total).toBeGreaterThan(5_000_000);
    for (const bytes of sizes) expect(bytes).toBeLessThan(5_000_000);
    expect(syncs).toBeLessThanOrEqual(Math.ceil(total / 4_000_000) + 3);
    const doc = excel.document;
    expect(doc.cellAt("Tổng hợp", "AF2003")?.formula).toBe("='Phân bổ'!AF2007");
    expect(doc.cellAt("Tổng hợp", "B4")?.formula).toBe(`=HYPERLINK("#'Phân bổ'!B8","Xã Tân Lập 1 – huyện Hoà Bình")`);
    const lastFinding = 4 + 2000 + 4999;
    expect(doc.cellAt("Tổng hợp", `D${lastFinding + 1}`)?.formula).toMatch(/^=HYPERLINK\("#'Phân bổ'![A-Z]+\d+","[A-Z]+\d+"\)$/);
    expect(writeLog(doc).filter((w) => w.what === "hyperlink")).toEqual([]);
    expect(doc.cellAt("Tổng hợp", "A2005")?.fill?.color).toBe("#FFC7CE");
    console.log(`summary 2 000 × 30 + 5 000 findings: ${syncs} syncs, ${total} request bytes, largest ${Math.max(...sizes)}`);
  });
});
