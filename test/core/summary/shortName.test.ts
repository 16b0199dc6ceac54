/** The area table's line headers: by code and a short name when the table has many line columns (table 1 names them in full). */
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { AREA_HEADER } from "../../../src/core/summary/labels";
import { shortName } from "../../../src/core/summary/shortName";
import { buildSampleWorkbookData } from "../../../src/sample";
import { AREA_VALUES, PLAN, REPORT, TABLE, fixtureWorkbook } from "./fixture";

describe("shortName", () => {
  test.each([
    ["Số tổ truyền thông", 20, "Số tổ truyền thông"],
    ["Tổ truyền thông cộng đồng được thành lập mới", 20, "Tổ truyền thông cộng…"],
    ["Đề án Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số và miền núi", 20, "Đề án Hỗ trợ hoạt…"],
    ["Tổ tiết kiệm và vay vốn tự quản", 16, "Tổ tiết kiệm…"],
    ["Câu lạc bộ “Thủ lĩnh của sự thay đổi”", 20, "Câu lạc bộ “Thủ lĩnh…”"],
    ['Câu lạc bộ "Thủ lĩnh của sự thay đổi"', 20, 'Câu lạc bộ "Thủ lĩnh…"'],
    ["Xây dựng nhà tạm lánh, địa chỉ tin cậy tại cộng đồng", 20, "Xây dựng nhà tạm…"],
    ["Supercalifragilisticexpialidocious words", 10, "Supercalifragilisticexpialidocious…"],
    ["  Số   lớp  tập huấn ", 20, "Số lớp tập huấn"],
  ])("%s (%i) → %s", (name, max, want) => {
    expect(shortName(name, max)).toBe(want);
  });
});

function areaHeaders(model: ReturnType<typeof buildSummary>): string[] {
  const corner = model.cells.find((c) => c.style === "header" && c.col === 1 && c.value === AREA_HEADER.vi)!;
  return model.cells.filter((c) => c.row === corner.row && c.col > corner.col).map((c) => String(c.value));
}


test.each(["vi", "en"] as const)("many line columns (the sample's 13, %s): each header is its code and a short name, the sheet still one page wide and its header row no third of a page", (lang) => {
  const workbook = buildSampleWorkbookData();
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook, lang });
  const corner = model.cells.find((c) => c.style === "header" && c.col === 1 && c.value === AREA_HEADER[lang])!;
  const headers = model.cells.filter((c) => c.row === corner.row && c.col > 1).map((c) => String(c.value));
  expect(headers.length).toBeGreaterThanOrEqual(13);
  expect(headers).toContain("KP.1. Đề án Hỗ trợ hoạt động… (triệu đồng)");
  for (const header of headers) expect(header.replace(/ \([^)]*\)$/, "").length).toBeLessThanOrEqual(34);
  expect(model.print.fitToWidth).toBe(true);
  expect(model.rowHeights![corner.row]).toBeLessThan(130);
});

test("few line columns: each header is its code and whole name", () => {
  const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook(), lang: "vi" });
  expect(areaHeaders(model)).toContain("1. Số tổ truyền thông (tổ)");
});
