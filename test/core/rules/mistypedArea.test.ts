/** A commune's name mistyped is one cause: one `coverage` finding at its row naming the plan's area; unrelated names stay two. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { nearlySameName } from "../../../src/core/text/nearName";

const PLAN: SheetData = {
  name: "Kế hoạch",
  merges: [],
  values: [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Số lớp tập huấn", "lớp", 20],
  ],
};
const AREAS: SheetData = {
  name: "Địa bàn",
  merges: [],
  values: [
    ["Huyện", "Xã"],
    ["Ba Vì", "Minh Quang"],
    ["Ba Vì", "Ba Trại"],
    ["Ba Vì", "Tản Lĩnh"],
    ["Quốc Oai", "Sài Sơn"],
    ["Quốc Oai", "Đông Yên"],
  ],
};

function allocation(first: string, second = "Xã Ba Trại"): SheetData {
  const values: CellValue[][] = [
    ["BIỂU PHÂN BỔ NĂM 2025"],
    [],
    ["STT", "Đơn vị", "Số lớp tập huấn (lớp)"],
    [null, "Tổng cộng", 20],
    ["I", "Huyện Ba Vì", 12],
    [1, first, 4],
    [2, second, 4],
    [3, "Xã Tản Lĩnh", 4],
    ["II", "Huyện Quốc Oai", 8],
    [4, "Xã Sài Sơn", 4],
    [5, "Xã Đông Yên", 4],
  ];
  return { name: "Phân bổ", merges: [], values };
}

function coverage(
  first: string,
  second?: string,
): [string | null, string | null, string][] {
  const { report } = checkWorkbook(
    { sheets: [allocation(first, second), PLAN, AREAS] },
    { workbookName: "x.xlsx" },
  );
  return toJsonReport(report, "vi").findings.map((f) => [
    f.rule,
    f.cell,
    f.message,
  ]);
}

describe("a mistyped area name", () => {
  test.each([
    "Xã Minh Quangg",
    "Xã Minh Quag",
    "Xã Minh Qaung",
    "xã Minh Quanh",
    "Xã Minh  Quangg",
  ])("%s: one finding at its row naming Minh Quang", (name) => {
    const findings = coverage(name);
    expect(findings).toHaveLength(1);
    expect(findings[0].slice(0, 2)).toEqual(["coverage", "B6"]);
    expect(findings[0][2]).toMatch(/có lẽ đây là "Minh Quang" \(Ba Vì\)/);
  });

  test.each(["Xã Phú Cát", "Xã Minh Khai", "Xã Quang Minh"])(
    "%s: an unrelated name stays two findings",
    (name) => {
      const findings = coverage(name);
      expect(findings.map((f) => f.slice(0, 2))).toEqual([
        ["coverage", "B6"],
        ["coverage", null],
      ]);
      expect(findings[0][2]).not.toMatch(/có lẽ/);
    },
  );

  test("two rows both near the one missing area (Ba Trại missing too): neither is paired", () => {
    const findings = coverage("Xã Minh Quangg", "Xã Minh Quag");
    expect(findings.map((f) => f.slice(0, 2))).toEqual([
      ["coverage", "B6"],
      ["coverage", "B7"],
      ["coverage", null],
      ["coverage", null],
    ]);
    expect(findings.some((f) => /có lẽ/.test(f[2]))).toBe(false);
  });

  test.each([
    ["minh quangg", "minh quang", true],
    ["minh qaung", "minh quang", true],
    ["tan linh", "tan linhh", true],
    ["sai son", "phu cat", false],
    ["an", "ao", false],
    ["dong yen", "dong yen", false],
    ["minh khai", "minh quang", false],
  ])("nearlySameName(%s, %s) = %s", (a, b, near) => {
    expect(nearlySameName(a, b)).toBe(near);
  });
});

test("areas as columns: the mistyped column's header is told, naming the plan's area", () => {
  const rows = allocation("Xã Minh Quag").values.slice(2).map((row) => (row ?? []).slice(1));
  const values: CellValue[][] = [["BIỂU PHÂN BỔ NĂM 2025"], []];
  for (let c = 0; c < 2; c++) values.push(rows.map((row) => row[c] ?? null));
  const { report } = checkWorkbook({ sheets: [{ name: "Phân bổ", merges: [], values }, PLAN, AREAS] }, { workbookName: "x.xlsx" });
  const findings = toJsonReport(report, "vi").findings;
  expect(findings.map((f) => [f.rule, f.cell])).toEqual([["coverage", "D3"]]);
  expect(findings[0].message).toMatch(/"Minh Quang" \(Ba Vì\) của kế hoạch \(không có cột nào khác\)/);
});

test.each([
  ["Huyện Ba Vìi", [["coverage", "B5"]]],
  ["Huyện Ba Vi", []],
  // Another name altogether: read as the district its communes name, and told once (namedByCommunes).
  ["Huyện Sơn Tây", [["coverage", "B5"]]],
])("district row %s over Ba Vì's communes", (district, expected) => {
  const sheet = allocation("Xã Minh Quang");
  const values = sheet.values.map((row, r) => (r === 4 ? ["I", district, 12] : row));
  const { report } = checkWorkbook({ sheets: [{ ...sheet, values }, PLAN, AREAS] }, { workbookName: "x.xlsx" });
  expect(toJsonReport(report, "vi").findings.map((f) => [f.rule, f.cell])).toEqual(expected);
});
