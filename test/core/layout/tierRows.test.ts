/**
 * Tiers over the districts (`I. Cấp tỉnh`, `II. Cấp huyện`) numbered with
 * Roman numerals, their districts numbered `1`, `2` under them (each maybe
 * over its communes), units (`Hội LHPN tỉnh`, `Sở Lao động - Thương binh và
 * Xã hội`) straight under a tier: a level above the districts, not districts
 * beside them. The plain sheet gives no finding; a planted mistake is told
 * once, at its cell. Areas down or across.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 6],
  ["2", "Kinh phí hỗ trợ", "triệu đồng", 300],
]);

type Row = [CellValue, string, number, number];

/** Tiers over districts; `communes` puts communes (numbered `-`) under the districts. */
function rows(communes: boolean, units: [string, string] = ["Hội LHPN tỉnh", "Sở Lao động - Thương binh và Xã hội"]): Row[] {
  const district = (n: number, name: string, teams: number, money: number, list: Row[]): Row[] => (communes ? [[n, name, teams, money], ...list] : [[n, name, teams, money]]);
  return [
    [null, "Tổng cộng", 6, 300],
    ["I", "Cấp tỉnh", 0, 100],
    [1, units[0], 0, 60],
    [2, units[1], 0, 40],
    ["II", "Cấp huyện", 6, 200],
    ...district(1, "Huyện Bắc Hà", 3, 100, [["-", "Xã Bản Phố", 2, 60], ["-", "Xã Tà Chải", 1, 40]]),
    ...district(2, "Huyện Si Ma Cai", 3, 100, [["-", "Xã Sán Chải", 1, 50], ["-", "Xã Lùng Thẩn", 2, 50]]),
  ];
}

function allocation(body: Row[]): SheetData {
  return sheet("Phân bổ", [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"], ...body]);
}

/** Areas across, lines down (no STT over the areas): the Roman numeral written in the tier's name (`I. Cấp tỉnh`). */
function across(body: Row[]): SheetData {
  const named = body.map((r) => [typeof r[0] === "string" && /^[IV]+$/.test(r[0]) ? `${r[0]}. ${r[1]}` : r[1], r[2], r[3]]);
  return transposeSheet(sheet("Phân bổ", [["Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"], ...named]));
}

function read(data: SheetData) {
  const { report, table } = checkWorkbook({ sheets: [data, PLAN] }, { workbookName: "x.xlsx" });
  const tree = table.areas.map((a) => [a.label, a.kind, a.parent === null ? null : table.areas[a.parent].label]);
  return { tree, findings: toJsonReport(report, "vi").findings.map((f) => `${f.rule}@${f.cell}`) };
}

describe("Roman tiers over the districts", () => {
  test.each<[string, boolean]>([
    ["districts alone", false],
    ["districts over their communes", true],
  ])("%s: read as a level above them, no finding", (_name, communes) => {
    for (const [data, tiers] of [
      [allocation(rows(communes)), ["Cấp tỉnh", "Cấp huyện"]],
      [across(rows(communes)), ["I. Cấp tỉnh", "II. Cấp huyện"]],
    ] as const) {
      const { tree, findings } = read(data);
      expect(findings).toEqual([]);
      expect(tree.filter((t) => tiers.includes(t[0] as never))).toEqual(tiers.map((tier) => [tier, "group", "Tổng cộng"]));
      expect(tree.find((t) => t[0] === "Hội LHPN tỉnh")).toEqual(["Hội LHPN tỉnh", "leaf", tiers[0]]);
      expect(tree.find((t) => t[0] === "Huyện Si Ma Cai")).toEqual(["Huyện Si Ma Cai", communes ? "group" : "leaf", tiers[1]]);
      if (communes) expect(tree.find((t) => t[0] === "Xã Sán Chải")).toEqual(["Xã Sán Chải", "leaf", "Huyện Si Ma Cai"]);
    }
  });

  test("tiers lettered `A`, `B` over districts numbered `I`, `II` over communes numbered `1`, `2`", () => {
    const body = rows(true).map((r): Row => {
      if (r[0] === "I" || r[0] === "II") return [r[0] === "I" ? "A" : "B", r[1], r[2], r[3]];
      if (typeof r[1] === "string" && r[1].startsWith("Huyện ")) return [r[0] === 1 ? "I" : "II", r[1], r[2], r[3]];
      return r[0] === "-" ? [r[1].endsWith("Phố") || r[1].endsWith("Sán Chải") ? 1 : 2, r[1], r[2], r[3]] : r;
    });
    const { tree, findings } = read(allocation(body));
    expect(findings).toEqual([]);
    expect(tree.filter((t) => t[1] !== "leaf")).toEqual([
      ["Tổng cộng", "total", null],
      ["Cấp tỉnh", "group", "Tổng cộng"],
      ["Cấp huyện", "group", "Tổng cộng"],
      ["Huyện Bắc Hà", "group", "Cấp huyện"],
      ["Huyện Si Ma Cai", "group", "Cấp huyện"],
    ]);
    body[9][3] = 45;
    expect(read(allocation(body)).findings).toEqual(["subtotal@D10"]);
  });

  test("`I. Cấp tỉnh` beside districts numbered `II`, `III`: the Roman numerals number the districts, no tier over them", () => {
    const body: Row[] = [
      [null, "Tổng cộng", 6, 300],
      ["I", "Cấp tỉnh", 0, 100],
      [1, "Hội LHPN tỉnh", 0, 60],
      [2, "Sở Lao động - Thương binh và Xã hội", 0, 40],
      ["II", "Huyện Bắc Hà", 3, 100],
      [1, "Xã Bản Phố", 2, 60],
      [2, "Xã Tà Chải", 1, 40],
      ["III", "Huyện Si Ma Cai", 3, 100],
      [1, "Xã Sán Chải", 1, 50],
      [2, "Xã Lùng Thẩn", 2, 50],
    ];
    const { tree, findings } = read(allocation(body));
    expect(findings).toEqual([]);
    expect(tree.filter((t) => t[1] !== "leaf")).toEqual([
      ["Tổng cộng", "total", null],
      ["Cấp tỉnh", "group", "Tổng cộng"],
      ["Huyện Bắc Hà", "group", "Tổng cộng"],
      ["Huyện Si Ma Cai", "group", "Tổng cộng"],
    ]);
  });

  test("the districts' own bodies as units (`Hội LHPN huyện …`) under `Cấp huyện`", () => {
    const body = rows(false).map((r): Row => (typeof r[1] === "string" && r[1].startsWith("Huyện ") ? [r[0], `Hội LHPN huyện ${r[1].slice(6)}`, r[2], r[3]] : r));
    const { tree, findings } = read(allocation(body));
    expect(findings).toEqual([]);
    expect(tree.find((t) => t[0] === "Hội LHPN huyện Bắc Hà")).toEqual(["Hội LHPN huyện Bắc Hà", "leaf", "Cấp huyện"]);
  });

  test.each<[string, (body: Row[]) => void, string[]]>([
    ["a district's subtotal mistyped", (body) => (body[5][3] = 110), ["subtotal@D7"]],
    ["a tier's subtotal mistyped", (body) => (body[4][3] = 210), ["subtotal@D6"]],
    ["a unit's figure mistyped under `Cấp tỉnh`", (body) => (body[2][3] = 70), ["subtotal@D3"]],
  ])("%s: told at its cell", (_name, plant, expected) => {
    const body = rows(true);
    plant(body);
    expect(read(allocation(body)).findings).toEqual(expected);
  });
});
