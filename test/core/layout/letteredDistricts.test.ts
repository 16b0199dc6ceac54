/**
 * Districts lettered `A`, `B`, `C` in the STT column over their communes
 * numbered `1`, `2` … again under each: `C` is the third letter of the
 * series, not the Roman numeral 100, so it reads like `A` and `B` — each
 * letter a district over the communes after it, whatever their names say.
 */
import { detectTable } from "../../../src/core/layout";
import type { CellValue } from "../../../src/core/model/workbook";
import { areaTree, planOf } from "../../helpers/allocationFixture";
import { sheet } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 9 },
  { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 13 },
];
const HEAD: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi"];

function rows(letters: readonly string[], district: (name: string) => string, commune: (name: string) => string): CellValue[][] {
  return [
    HEAD,
    [null, "Tổng cộng", 9, 13],
    [letters[0], district("Ba Vì"), 4, 6],
    [1, commune("Ba Trại"), 1, 2],
    [2, commune("Tản Lĩnh"), 1, 1],
    [3, commune("Minh Quang"), 1, 2],
    [4, commune("Tây Đằng"), 1, 1],
    [letters[1], district("Thạch Thất"), 3, 4],
    [1, commune("Yên Trung"), 1, 1],
    [2, commune("Yên Bình"), 1, 2],
    [3, commune("Tiến Xuân"), 1, 1],
    [letters[2], district("Sơn Tây"), 2, 3],
    [1, commune("Trung Hưng"), 1, 2],
    [2, commune("Kim Sơn"), 1, 1],
  ];
}

const TREE = (d: (name: string) => string, c: (name: string) => string) => [
  ["Tổng cộng", "total", null],
  [d("Ba Vì"), "group", "Tổng cộng"],
  ...["Ba Trại", "Tản Lĩnh", "Minh Quang", "Tây Đằng"].map((n) => [c(n), "leaf", d("Ba Vì")]),
  [d("Thạch Thất"), "group", "Tổng cộng"],
  ...["Yên Trung", "Yên Bình", "Tiến Xuân"].map((n) => [c(n), "leaf", d("Thạch Thất")]),
  [d("Sơn Tây"), "group", "Tổng cộng"],
  ...["Trung Hưng", "Kim Sơn"].map((n) => [c(n), "leaf", d("Sơn Tây")]),
];

const bare = (n: string) => n;
describe("districts lettered A, B, C over communes numbered again from 1", () => {
  test.each<[string, string[], (n: string) => string, (n: string) => string]>([
    ["bare names", ["A", "B", "C"], bare, bare],
    ["bare names, letters with a dot", ["A.", "B.", "C."], bare, bare],
    ["prefixed names", ["A", "B", "C"], (n) => `Huyện ${n}`, (n) => `Xã ${n}`],
  ])("%s", (_name, letters, d, c) => {
    const table = detectTable(sheet("Phân bổ", rows(letters, d, c)), planOf(LINES));
    expect(areaTree(table)).toEqual(TREE(d, c));
  });
});

describe("districts numbered `A.`, `B.`, `C.` in their label, over communes numbered again from 1", () => {
  const letterRows = (merged: boolean): { rows: CellValue[][]; merges: string[] } => {
    const out = rows(["A", "B", "C"], bare, bare);
    const merges: string[] = [];
    out.forEach((r, i) => {
      if (typeof r[0] === "string" && /^[ABC]$/.test(r[0])) {
        if (merged) {
          r[0] = `${r[0]}. ${r[1] as string}`;
          r[1] = null;
          merges.push(`A${i + 1}:B${i + 1}`);
        } else {
          r[1] = `${r[0]}. ${r[1] as string}`;
          r[0] = null;
        }
      }
    });
    return { rows: out, merges };
  };
  test.each<[string, boolean]>([
    ["the label merged over the STT cell", true],
    ["the letter in the name cell, the STT cell blank", false],
  ])("%s", (_name, merged) => {
    const { rows: body, merges } = letterRows(merged);
    const table = detectTable(sheet("Phân bổ", body, { merges }), planOf(LINES));
    const tree = areaTree(table);
    expect(tree.filter(([, role]) => role === "group").map(([name]) => name)).toEqual(["A. Ba Vì", "B. Thạch Thất", "C. Sơn Tây"]);
    expect(tree.filter(([, role]) => role === "leaf")).toHaveLength(9);
  });
});

describe("parts lettered A, B over districts numbered I, II written bare", () => {
  const plan = planOf([
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 300 },
  ]);
  const head: CellValue[] = ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"];
  test.each<[string, boolean]>([
    ["the districts over their communes numbered 1, 2", true],
    ["the districts alone", false],
  ])("%s: the parts are tiers, the Roman numerals districts under them", (_name, communes) => {
    const district = (roman: string, name: string, teams: number, money: number, list: CellValue[][]): CellValue[][] => (communes ? [[roman, name, teams, money], ...list] : [[roman, name, teams, money]]);
    const body: CellValue[][] = [
      head,
      [null, "Tổng cộng", 6, 300],
      ["A", "Cấp tỉnh", 0, 100],
      [1, "Hội LHPN tỉnh", 0, 100],
      ["B", "Cấp huyện", 6, 200],
      ...district("I", "Bắc Hà", 3, 100, [[1, "Bản Phố", 2, 60], [2, "Tà Chải", 1, 40]]),
      ...district("II", "Si Ma Cai", 3, 100, [[1, "Sán Chải", 1, 50], [2, "Lùng Thẩn", 2, 50]]),
    ];
    const tree = areaTree(detectTable(sheet("Phân bổ", body), plan));
    const expected: [string, string, string | null][] = [
      ["Tổng cộng", "total", null],
      ["Cấp tỉnh", "group", "Tổng cộng"],
      ["Hội LHPN tỉnh", "leaf", "Cấp tỉnh"],
      ["Cấp huyện", "group", "Tổng cộng"],
      ...(communes
        ? ([
            ["Bắc Hà", "group", "Cấp huyện"],
            ["Bản Phố", "leaf", "Bắc Hà"],
            ["Tà Chải", "leaf", "Bắc Hà"],
            ["Si Ma Cai", "group", "Cấp huyện"],
            ["Sán Chải", "leaf", "Si Ma Cai"],
            ["Lùng Thẩn", "leaf", "Si Ma Cai"],
          ] as [string, string, string | null][])
        : ([
            ["Bắc Hà", "leaf", "Cấp huyện"],
            ["Si Ma Cai", "leaf", "Cấp huyện"],
          ] as [string, string, string | null][])),
    ];
    expect(tree).toEqual(expected);
  });
});
