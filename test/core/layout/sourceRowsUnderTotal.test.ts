/**
 * The grand total split by funding source in the rows right under it — after
 * `Trong đó:` or not, bulleted or not (`- Vốn NSTW`, `+ Nguồn NSĐP`,
 * `Trong đó: - Ngân sách trung ương` with its figures on the row) — before
 * the districts: parts of the total, already counted in it, left out as `of
 * which`; never areas, which would count the money twice and blame the total.
 * So too with the districts across the top, the sources in the columns under a
 * `Trong đó` header after `Tổng số`.
 * A row naming a level (`Cấp tỉnh`) may be a share of its own: not a source.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { namesFundingSource } from "../../../src/core/layout/sourceColumns";
import { planOf } from "../../helpers/allocationFixture";
import { sheet, workbook } from "./sheetBuilder";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "KP", name: "Kinh phí", unit: "triệu đồng", target: 600 },
]);
const BODY: CellValue[][] = [
  ["I", "Huyện Trạm Tấu", 6, 300],
  [1, "Xã Bản Mù", 3, 150],
  [2, "Xã Xà Hồ", 3, 150],
  ["II", "Huyện Mù Cang Chải", 6, 300],
  [1, "Xã Chế Tạo", 2, 100],
  [2, "Xã Lao Chải", 2, 100],
  [3, "Thị trấn Mù Cang Chải", 2, 100],
];

describe("the grand total split by funding source right under it", () => {
  test.each<[string, string, CellValue[][]]>([
    ["`Trong đó:` over bulleted sources", "Tổng cộng", [[null, "Trong đó:", null, null], [null, "- Vốn NSTW", 12, 500], [null, "- Vốn đối ứng địa phương", 0, 100]]],
    ["the first source on the `Trong đó` row", "Tổng cộng", [[null, "Trong đó: - Ngân sách trung ương", null, 500], [null, "- Ngân sách địa phương", null, 100]]],
    ["bulleted sources, no `Trong đó`", "Tổng cộng", [[null, "+ Nguồn NSTW", null, 500], [null, "+ Nguồn NSĐP", null, 100]]],
    ["under a total labelled `Tổng`", "Tổng", [[null, "- Vốn NSTW", 12, 500], [null, "- Vốn đối ứng địa phương", 0, 100]]],
  ])("%s: left out, the districts read, nothing told", (_name, total, sources) => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2024"], ["STT", "Đơn vị", "Số tổ", "Kinh phí (triệu đồng)"], [null, total, 12, 600], ...sources, ...BODY];
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    const reading = report.reading!;
    expect(reading.areas.map((a) => a.role)).toEqual(["total", "group", "leaf", "leaf", "group", "leaf", "leaf", "leaf"]);
    expect(reading.ignored.filter((i) => i.why === "of which").map((i) => i.header)).toEqual(sources.map((row) => String(row[1])));
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });
});

describe("districts across the top, `Tổng số | Trong đó: Vốn NSTW | Vốn NSĐP` before them", () => {
  test("the sources left out, the districts read, nothing told", () => {
    const rows: CellValue[][] = [
      ["PHÂN BỔ KINH PHÍ"],
      ["STT", "Nội dung", "ĐVT", "Tổng số", "Trong đó", null, "Huyện Trạm Tấu", "Huyện Mù Cang Chải", "Thị xã Nghĩa Lộ"],
      [null, null, null, null, "Vốn NSTW", "Vốn NSĐP", null, null, null],
      ["1", "Tổ truyền thông cộng đồng", "tổ", 12, 12, 0, 4, 5, 3],
      ["2", "Kinh phí", "triệu đồng", 600, 500, 100, 200, 250, 150],
    ];
    const merges = ["E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3", "H2:H3", "I2:I3"];
    const { report } = checkWorkbook(workbook(sheet("Phân bổ", rows, { merges })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    const reading = report.reading!;
    expect(reading.areas.map((a) => `${a.at}:${a.role}`)).toEqual(["D:total", "G:leaf", "H:leaf", "I:leaf"]);
    expect(reading.ignored.filter((i) => i.why === "of which")).toEqual([
      { at: "E", header: "Vốn NSTW", why: "of which" },
      { at: "F", header: "Vốn NSĐP", why: "of which" },
    ]);
    expect(report.findings).toEqual([]);
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 600_000_000]);
  });
});

describe("namesFundingSource", () => {
  test.each<[string, boolean]>([
    ["- Vốn NSTW", true],
    ["+ Nguồn NSĐP", true],
    ["Ngân sách trung ương", true],
    ["Vốn đối ứng địa phương", true],
    ["Nguồn xã hội hóa", true],
    ["Trung ương", true],
    ["Cấp tỉnh", false],
    ["Ngân sách huyện", false],
    ["Xã Trung Sơn", false],
    ["Huyện Bảo Yên", false],
    ["Khác", false],
  ])("%s → %s", (label, expected) => {
    expect(namesFundingSource(label)).toBe(expected);
  });
});
