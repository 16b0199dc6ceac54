/**
 * Bare district and commune names, nothing naming a level (no prefix, no STT
 * that tells, no area list): the reading in which each district's typed
 * subtotal adds up the communes after it wins over the plain list, when the
 * grand total agrees (CONTRACT §2). Each case is read in both orientations.
 */
import { detectTable } from "../../../src/core/layout";
import type { AllocationTable } from "../../../src/core/model/table";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = readPlanJson(
  {
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
      { code: "2", name: "Kinh phí", unit: "triệu đồng", target: 1000 },
    ],
  },
  "plan.json",
);
const HEADER: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Kinh phí (triệu đồng)"];

function read(rows: CellValue[][]): AllocationTable[] {
  const data = sheet("Phân bổ", [HEADER, ...rows]);
  return [detectTable(data, PLAN), detectTable(transposeSheet(data), PLAN)];
}

function shape(table: AllocationTable): string[] {
  return table.areas.map((a) => `${a.kind}:${a.label}<${a.parent === null ? "" : table.areas[a.parent].label}`);
}

/** Two districts (2 and 3 communes) under a grand total; `district` overrides the first district's figures. */
function districts(total: CellValue[], first: CellValue[] = [2, 400]): CellValue[][] {
  return [
    [null, "Toàn tỉnh", ...total],
    [1, "Mường Khương", ...first],
    [null, "Bản Lầu", 1, 200],
    [null, "Lùng Vai", 1, 200],
    [2, "Si Ma Cai", 3, 600],
    [null, "Nàn Sán", 1, 200],
    [null, "Sán Chải", 1, 200],
    [null, "Cán Cấu", 1, "200"],
  ];
}

const GROUPED = [
  "total:Toàn tỉnh<",
  "group:Mường Khương<Toàn tỉnh",
  "leaf:Bản Lầu<Mường Khương",
  "leaf:Lùng Vai<Mường Khương",
  "group:Si Ma Cai<Toàn tỉnh",
  "leaf:Nàn Sán<Si Ma Cai",
  "leaf:Sán Chải<Si Ma Cai",
  "leaf:Cán Cấu<Si Ma Cai",
];

describe("districts told from communes by the arithmetic alone", () => {
  test.each<[string, CellValue[], CellValue[]]>([
    ["every subtotal adds up", [5, 1000], [2, 400]],
    ["one district's count mistyped (the total adds up its communes)", [5, 1000], [3, 400]],
    ["one district's amount mistyped", [5, 1000], [2, 500]],
    ["one district's count mistyped, the total adding up the districts as typed", [6, 1000], [3, 400]],
  ])("%s", (_name, total, first) => {
    for (const table of read(districts(total, first))) {
      expect(shape(table)).toEqual(GROUPED);
      expect(table.areas[1].evidence).toBe("arithmetic");
    }
  });

  test("a plain list whose grand total adds up every row stays a plain list", () => {
    const rows: CellValue[][] = [[null, "Tổng cộng", 12, 2400]];
    const names = ["Bản Lầu", "Lùng Vai", "Nàn Sán", "Sán Chải", "Cán Cấu", "Pha Long", "Tả Ngài Chồ", "Dìn Chin", "Tả Gia Khâu"];
    [2, 1, 1, 2, 1, 1, 2, 1, 1].forEach((count, i) => rows.push([i + 1, names[i], count, count * 200]));
    for (const table of read(rows)) {
      expect(table.areas.slice(1).every((a) => a.kind === "leaf" && a.parent === 0)).toBe(true);
    }
  });

  test("without a grand total the same pattern stays a plain list (nothing confirms the groups)", () => {
    const names = ["Bản Lầu", "Lùng Vai", "Nàn Sán", "Sán Chải", "Cán Cấu", "Pha Long", "Tả Ngài Chồ", "Dìn Chin", "Tả Gia Khâu"];
    const rows: CellValue[][] = [2, 1, 1, 2, 1, 1, 2, 1, 1].map((count, i) => [null, names[i], count, count * 200]);
    for (const table of read(rows)) {
      expect(table.areas.every((a) => a.kind === "leaf")).toBe(true);
    }
  });

  test("a uniform list (one team per commune) under its total stays a plain list", () => {
    const names = ["Bản Lầu", "Lùng Vai", "Nàn Sán", "Sán Chải", "Cán Cấu", "Pha Long", "Tả Ngài Chồ"];
    const rows: CellValue[][] = [[null, "Tổng cộng", 7, 1400], ...names.map((name): CellValue[] => [null, name, 1, 200])];
    for (const table of read(rows)) {
      expect(table.areas.slice(1).every((a) => a.kind === "leaf")).toBe(true);
    }
  });
});

describe("a district with a single commune among districts of several", () => {
  const A: CellValue[][] = [["Mường Khương", 2, 400], ["Bản Lầu", 1, 200], ["Lùng Vai", 1, 200]];
  const B: CellValue[][] = [["Si Ma Cai", 3, 600], ["Nàn Sán", 1, 200], ["Sán Chải", 1, 100], ["Cán Cấu", 1, 300]];
  const ONE: CellValue[][] = [["Bắc Hà", 2, 300], ["Tả Van Chư", 2, 300]];
  const label = (rows: CellValue[][]) => rows.map((r) => String(r[0]));
  test.each<[string, CellValue[][][]]>([
    ["last", [A, B, ONE]],
    ["first", [ONE, A, B]],
    ["between the others", [A, ONE, B]],
  ])("its district is a group of one, wherever it stands: %s", (_name, districts) => {
    const total: CellValue[] = [null, "Tổng cộng", 7, 1300];
    const rows: CellValue[][] = [total, ...districts.flat().map((r): CellValue[] => [null, ...r])];
    const expected = [
      "total:Tổng cộng<",
      ...districts.flatMap((d) => [`group:${d[0][0]}<Tổng cộng`, ...label(d.slice(1)).map((c) => `leaf:${c}<${d[0][0]}`)]),
    ];
    for (const table of read(rows)) expect(shape(table)).toEqual(expected);
  });

  test("its subtotal mistyped on one line: still a group of one (one subtotal finding there, not a plain list)", () => {
    const WRONG: CellValue[][] = [["Bắc Hà", 2, 900], ["Tả Van Chư", 2, 300]];
    const rows: CellValue[][] = [[null, "Tổng cộng", 7, 1300], ...[A, B, WRONG].flat().map((r): CellValue[] => [null, ...r])];
    for (const table of read(rows)) {
      expect(shape(table)).toContain("group:Bắc Hà<Tổng cộng");
      expect(shape(table)).toContain("leaf:Tả Van Chư<Bắc Hà");
    }
  });

  test("a list of leaves where two neighbours are equal stays a plain list", () => {
    const names = ["Bản Lầu", "Lùng Vai", "Nàn Sán", "Sán Chải", "Cán Cấu", "Pha Long", "Tả Ngài Chồ"];
    const counts = [2, 2, 1, 3, 3, 1, 1];
    const rows: CellValue[][] = [[null, "Tổng cộng", 13, 2600], ...names.map((name, i): CellValue[] => [null, name, counts[i], counts[i] * 200])];
    for (const table of read(rows)) expect(table.areas.slice(1).every((a) => a.kind === "leaf")).toBe(true);
  });
});

describe("a district allocated as a whole, without communes, among districts of several", () => {
  const A: CellValue[][] = [["Mường Khương", 2, 400], ["Bản Lầu", 1, 200], ["Lùng Vai", 1, 200]];
  const B: CellValue[][] = [["Si Ma Cai", 3, 600], ["Nàn Sán", 1, 200], ["Sán Chải", 1, 100], ["Cán Cấu", 1, 300]];
  const ALONE: CellValue[][] = [["Bắc Hà", 2, 300]];
  const C: CellValue[][] = [["Văn Bàn", 4, 700], ["Nậm Chày", 1, 200], ["Dần Thàng", 2, 300], ["Minh Lương", 1, 200]];
  test.each<[string, CellValue[][][]]>([
    ["last", [A, B, ALONE]],
    ["between the others", [A, ALONE, B]],
    ["first", [ALONE, A, B]],
    ["last, after three districts whose subtotals add up", [A, B, C, ALONE]],
  ])("it stands alone at the district level: %s", (_name, districts) => {
    const sum = (col: number) => districts.reduce((acc, d) => acc + Number(d[0][col]), 0);
    const rows: CellValue[][] = [[null, "Tổng cộng", sum(1), sum(2)], ...districts.flat().map((r): CellValue[] => [null, ...r])];
    const expected = [
      "total:Tổng cộng<",
      ...districts.flatMap((d) =>
        d.length === 1 ? [`leaf:${d[0][0]}<Tổng cộng`] : [`group:${d[0][0]}<Tổng cộng`, ...d.slice(1).map((c) => `leaf:${c[0]}<${d[0][0]}`)],
      ),
    ];
    for (const table of read(rows)) expect(shape(table)).toEqual(expected);
  });
});

describe("without a grand total, many independent lines that all add up", () => {
  const PLAN5 = readPlanJson(
    {
      indicators: [1, 2, 3, 4, 5].map((i) => ({ code: String(i), name: ["Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh", "Địa chỉ tin cậy", "Cuộc đối thoại chính sách", "Tổ tiết kiệm vay vốn"][i - 1], unit: "tổ", target: 10 })),
    },
    "plan.json",
  );
  const header: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh", "Địa chỉ tin cậy", "Cuộc đối thoại chính sách", "Tổ tiết kiệm vay vốn"];
  const communes: [string, number[]][][] = [
    [["Bản Lầu", [1, 2, 1, 3, 1]], ["Lùng Vai", [2, 1, 1, 1, 2]]],
    [["Nàn Sán", [1, 1, 2, 2, 1]], ["Sán Chải", [3, 1, 1, 1, 1]], ["Cán Cấu", [1, 2, 2, 1, 3]]],
    [["Nậm Chày", [2, 2, 1, 1, 1]], ["Dần Thàng", [1, 3, 2, 2, 2]]],
  ];
  const names = ["Mường Khương", "Si Ma Cai", "Văn Bàn"];
  const rowsOf = (mistype: boolean): CellValue[][] =>
    communes.flatMap((members, d) => {
      const sums = [0, 1, 2, 3, 4].map((c) => members.reduce((acc, [, v]) => acc + v[c], 0));
      if (mistype && d === 1) sums[2] += 5;
      return [[null, names[d], ...sums], ...members.map(([name, v]): CellValue[] => [null, name, ...v])];
    });
  const read5 = (rows: CellValue[][]) => {
    const data = sheet("Phân bổ", [header, ...rows]);
    return [detectTable(data, PLAN5), detectTable(transposeSheet(data), PLAN5)];
  };

  test.each([
    ["every subtotal adds up", false],
    ["one subtotal mistyped", true],
  ])("the districts are read from the arithmetic: %s", (_name, mistype) => {
    for (const table of read5(rowsOf(mistype))) {
      const groups = table.areas.filter((a) => a.kind === "group").map((a) => a.label);
      expect(groups).toEqual(["Mường Khương", "Si Ma Cai", "Văn Bàn"]);
      expect(table.areas.find((a) => a.label === "Cán Cấu")!.parent).toBe(table.areas.findIndex((a) => a.label === "Si Ma Cai"));
    }
  });

  test("the same pattern in two proportional lines only (counts and their amounts) stays a plain list", () => {
    const rows = rowsOf(false).map((r) => [r[0], r[1], r[2], Number(r[2]) * 200, null, null, null]);
    for (const table of read5(rows)) expect(table.areas.every((a) => a.kind === "leaf")).toBe(true);
  });
});

describe("without a grand total: a group off on every line is no reading", () => {
  const PLAN3 = readPlanJson(
    { indicators: [1, 2, 3].map((i) => ({ code: String(i), name: ["Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh", "Địa chỉ tin cậy"][i - 1], unit: "tổ", target: 10 })) },
    "plan.json",
  );
  const header: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh", "Địa chỉ tin cậy"];
  const read3 = (rows: CellValue[][]) => {
    const data = sheet("Phân bổ", [header, ...rows.map((r): CellValue[] => [null, ...r])]);
    return [detectTable(data, PLAN3), detectTable(transposeSheet(data), PLAN3)];
  };
  const kinds = (t: AllocationTable) => t.areas.map((a) => `${a.kind}:${a.label}`);

  test("two districts that add up on every line, one standing alone first", () => {
    const rows: CellValue[][] = [
      ["Bắc Hà", 4, 1, 2],
      ["Mường Khương", 3, 4, 5],
      ["Bản Lầu", 1, 3, 2],
      ["Lùng Vai", 2, 1, 3],
      ["Si Ma Cai", 5, 3, 4],
      ["Nàn Sán", 2, 2, 1],
      ["Sán Chải", 3, 1, 3],
    ];
    for (const table of read3(rows)) {
      expect(kinds(table)).toEqual(["leaf:Bắc Hà", "group:Mường Khương", "leaf:Bản Lầu", "leaf:Lùng Vai", "group:Si Ma Cai", "leaf:Nàn Sán", "leaf:Sán Chải"]);
    }
  });

  test("a third group that adds up on no line is not read as one", () => {
    const rows: CellValue[][] = [
      ["Mường Khương", 3, 4, 5],
      ["Bản Lầu", 1, 3, 2],
      ["Lùng Vai", 2, 1, 3],
      ["Si Ma Cai", 5, 3, 4],
      ["Nàn Sán", 2, 2, 1],
      ["Sán Chải", 3, 1, 3],
      ["Bắc Hà", 9, 9, 9],
      ["Tả Van Chư", 1, 2, 4],
      ["Lầu Thí Ngài", 2, 1, 1],
    ];
    for (const table of read3(rows)) expect(kinds(table)).not.toContain("group:Bắc Hà");
  });
});
