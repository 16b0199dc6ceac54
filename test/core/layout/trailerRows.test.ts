/**
 * Notes, a place and date, and a signature block typed right under the
 * allocation table's last row, without a blank row between: they end the
 * table; none of them is read as an area, and none gets a finding. A note
 * (`Ghi chú: …`, `Lưu ý: …`) is listed in the reading as a note row left out.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const PLAN = planOf(
  [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
  ],
  { "Quốc Oai": ["Phú Mãn", "Đông Xuân"], "Mỹ Đức": ["An Phú", "Hợp Tiến"] },
);
const TABLE: CellValue[][] = [
  ["BIỂU PHÂN BỔ KINH PHÍ NĂM 2024"],
  ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
  [null, "Tổng cộng", 12, 1200],
  ["I", "Huyện Quốc Oai", 6, 600],
  [1, "Xã Phú Mãn", 3, 300],
  [2, "Xã Đông Xuân", 3, 300],
  ["II", "Huyện Mỹ Đức", 6, 600],
  [3, "Xã An Phú", 3, 300],
  [4, "Xã Hợp Tiến", 3, 300],
];
const TRAILERS: ReadonlyArray<readonly [string, CellValue[][]]> = [
  ["`Ghi chú:` and a `*` note", [["Ghi chú: Số liệu tạm tính đến ngày 30/6/2024"], ["* Số liệu do UBND các xã báo cáo"]]],
  ["notes in the label column", [[null, "Ghi chú: số liệu tạm tính"], [null, "* Số liệu 2 xã chưa cập nhật"]]],
  ["`Lưu ý:`", [["Lưu ý: số liệu tạm tính"]]],
  ["`Chú ý:`", [["Chú ý: 3 xã chưa phân bổ"]]],
  ["`Nguồn:` in the label column", [[null, "Nguồn: báo cáo của các xã"]]],
  ["`Kèm theo …`", [[null, "Kèm theo Quyết định số 123/QĐ-UBND ngày 15/3/2024"]]],
  ["`(*)` note", [["(*) Số liệu tạm tính"]]],
  ["place and date, titles, `(Ký, ghi rõ họ tên)`, names", [[null, null, "Hà Nội, ngày 15 tháng 3 năm 2024"], [null, "Người lập biểu", null, "Thủ trưởng đơn vị"], [null, "(Ký, ghi rõ họ tên)", null, "(Ký, ghi rõ họ tên, đóng dấu)"], [], [], [null, "Nguyễn Văn An", null, "Trần Thị Bình"]]],
  ["three signature titles, then names", [[null, "Người lập biểu", "Kế toán", "Thủ trưởng đơn vị"], [null, "(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"], [null, "Nguyễn Văn An", "Lê Văn Cường", "Trần Thị Bình"]]],
  ["titles in capitals", [[null, "NGƯỜI LẬP BIỂU", null, "THỦ TRƯỞNG ĐƠN VỊ"], [null, "Nguyễn Văn An", null, "Trần Thị Bình"]]],
  ["a date with dots, `TM.`, `KT.`", [[null, null, null, "Hà Nội, ngày … tháng … năm 2024"], [null, null, null, "TM. UBND HUYỆN"], [null, null, null, "KT. CHỦ TỊCH"]]],
  ["`(Ký, ghi rõ họ tên)` alone", [["(Ký, ghi rõ họ tên)"]]],
  ["a short date in the last column, `Ngày 15/3/2024`", [[null, null, null, "Ngày 15/3/2024"], [null, null, null, "Người lập biểu"]]],
  ["a place and short date, `Ba Vì, ngày 15.03.2024`", [[null, null, "Ba Vì, ngày 15.03.2024"]]],
  ["`Tổng số xã: 4` in the label column", [[null, "Tổng số xã: 4"]]],
  ["`Tổng cộng: 4 xã` in the STT column", [["Tổng cộng: 4 xã"]]],
  ["`Cộng: 2 huyện, 4 xã`", [[null, "Cộng: 2 huyện, 4 xã"]]],
  ["`Tổng số xã được phân bổ: 4`", [[null, "Tổng số xã được phân bổ: 4"]]],
  ["`Gồm 2 huyện, 4 xã`", [[null, "Gồm 2 huyện, 4 xã"]]],
  ["`Tổng cộng có 4 xã`", [[null, "Tổng cộng có 4 xã"]]],
  ["`Tổng số xã` with its count in the first value column", [[null, "Tổng số xã", 4, null]]],
  ["`Số huyện:` | 2, `Số xã:` | 4, then a signature", [[null, "Số huyện:", 2, null], [null, "Số xã:", "4", null], [null, "Người lập biểu", null, "Thủ trưởng đơn vị"]]],
  ["`(Bằng chữ: …)` under the table", [[null, "(Bằng chữ: Một tỷ hai trăm triệu đồng)"]]],
  ["`Đơn vị tính: triệu đồng` under the table", [[null, "Đơn vị tính: triệu đồng"]]],
  ["`(ĐVT: triệu đồng)` in the STT column", [["(ĐVT: triệu đồng)"]]],
  ["`Đơn vị: triệu đồng`", [[null, "Đơn vị: triệu đồng"]]],
];

/** The note rows (`Ghi chú: …`, `Lưu ý: …`) that end the table: left out, listed in the reading as note rows (row 10). */
const NOTE_ROWS: Readonly<Record<string, string>> = {
  "`Ghi chú:` and a `*` note": "Ghi chú: Số liệu tạm tính đến ngày 30/6/2024",
  "notes in the label column": "Ghi chú: số liệu tạm tính",
  "`Lưu ý:`": "Lưu ý: số liệu tạm tính",
  "`Chú ý:`": "Chú ý: 3 xã chưa phân bổ",
};

test.each(TRAILERS)("%s right under the last row: no area, no finding, the table ends at row 9", (label, trailer) => {
  const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", [...TABLE, ...trailer])] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
  const got = (typeof json === "string" ? JSON.parse(json) : json) as {
    findings: unknown[];
    reading: { table: string; ignored: unknown[]; areas: { at: string }[]; confidence: { level: string } };
  };
  expect(got.reading.table).toBe("A2:D9");
  expect(got.reading.areas.map((a) => a.at)).toEqual(["3", "4", "5", "6", "7", "8", "9"]);
  expect(got.findings).toEqual([]);
  expect(got.reading.ignored).toEqual(label in NOTE_ROWS ? [{ at: "10", header: NOTE_ROWS[label], why: "note row" }] : []);
  expect(got.reading.confidence.level).toBe("high");
});

describe("a row that counts, or is counted, inside the table is the table's own", () => {
  test.each<[string, CellValue[][], string]>([
    ["`Tổng cộng (4 xã)` with the figures, at the bottom", [...TABLE.slice(0, 2), ...TABLE.slice(3), [null, "Tổng cộng (4 xã)", 12, 1200]], "A2:D9"],
    ["`Tổng số xã` over a commune's figures, then more communes", [...TABLE.slice(0, 5), [null, "Tổng số xã", 3, 300], ...TABLE.slice(5)], "A2:D10"],
    ["`Cộng phường 3` (no colon) is no count", [...TABLE, [null, "Cộng phường 3", null, null], [5, "Phường 3", 0, 0]], "A2:D11"],
  ])("%s", (_label, rows, range) => {
    const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
    const got = (typeof json === "string" ? JSON.parse(json) : json) as { reading: { table: string } };
    expect(got.reading.table).toBe(range);
  });
});

describe("a table that starts in column B, notes or signatures typed from column A under it", () => {
  const shifted = TABLE.map((r) => [null, ...r]);
  test.each<[string, CellValue[][]]>([
    ["`Ghi chú:` in A", [["Ghi chú: số liệu tạm tính"]]],
    ["a signature block from A, after a blank row", [[], ["Người lập biểu", null, null, "Thủ trưởng đơn vị"], [], ["Nguyễn Văn An", null, null, "Trần Thị Bình"]]],
    ["`Ghi chú:` in A, then a table of its own in B", [["Ghi chú:"], [null, "STT", "Nội dung", "Số tiền"], [null, 1, "Tập huấn", 500]]],
    ["a place and date in A, right under the last row", [["Hà Nội, ngày 15 tháng 3 năm 2024"]]],
  ])("%s: the table is B2:E9, every area read, no finding", (_label, trailer) => {
    const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", [...shifted, ...trailer])] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
    const got = (typeof json === "string" ? JSON.parse(json) : json) as { findings: unknown[]; reading: { table: string; areas: { at: string }[] } };
    expect(got.reading.table).toBe("B2:E9");
    expect(got.reading.areas.map((a) => a.at)).toEqual(["3", "4", "5", "6", "7", "8", "9"]);
    expect(got.findings).toEqual([]);
  });
});

describe("a note with a figure in it, right under the last row, still ends the table", () => {
  test.each<[string, CellValue[][]]>([
    ["`Ghi chú:` in the STT column, its amount under a line", [["Ghi chú:", "Kinh phí năm trước chuyển sang", null, 200]]],
    ["`Ghi chú: …` in the label column, an amount beside it", [[null, "Ghi chú: đã trừ tạm ứng", null, 200]]],
    ["`(Chú thích: …)` with a count", [[null, "(Chú thích: số tổ thành lập mới)", 4, null]]],
    ["`Ghi chú: …` in the label column, a figure under each line", [[null, "Ghi chú: kinh phí năm trước chuyển sang", 2, 200]]],
    ["`Lưu ý:` with an amount, then a second table", [[null, "Lưu ý: kinh phí dự phòng", null, 100], ["STT", "Nội dung", "Số tiền"], [1, "Tập huấn", 500]]],
  ])("%s: the table ends at row 9, no finding", (_label, trailer) => {
    const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", [...TABLE, ...trailer])] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
    const got = (typeof json === "string" ? JSON.parse(json) : json) as { findings: unknown[]; reading: { table: string } };
    expect(got.reading.table).toBe("A2:D9");
    expect(got.findings).toEqual([]);
  });

  test.each<[string, CellValue[]]>([
    ["a commune marked `*` in the STT column", ["*", "Xã Phú Mãn", 3, 300]],
    ["a bare commune whose name opens like `Chú ý` (no colon)", [null, "Chư Ý", 3, 300]],
  ])("%s is no note: it stays a row of the table", (_label, row) => {
    const rows = [...TABLE.slice(0, 4), row, ...TABLE.slice(5)];
    const json: unknown = toJsonReport(checkWorkbook({ sheets: [sheet("Phân bổ", rows)] }, { plan: PLAN, workbookName: "x.xlsx" }).report, "en");
    const got = (typeof json === "string" ? JSON.parse(json) : json) as { reading: { table: string } };
    expect(got.reading.table).toBe("A2:D9");
  });
});
