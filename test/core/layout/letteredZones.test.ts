/**
 * Zones lettered `a`, `b`, `c` inside a district (`a | Vùng thấp`), each over
 * its communes numbered `1`, `2` again: the commune numbered right before the
 * next letter is the last commune of its zone, not a group over that zone —
 * whether the zone's name reads as one (`Vùng cao`) or only its letter and
 * figures tell it, and whether the communes bear their prefix or not.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 9],
  ["2", "Kinh phí thực hiện", "triệu đồng", 450],
]);

function allocation(commune: (n: string) => string, zones: readonly string[]): CellValue[][] {
  return [
    ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí thực hiện (triệu đồng)"],
    [null, "Tổng cộng", 9, 450],
    ["I", "Huyện Bắc Hà", 9, 450],
    ["a", zones[0], 3, 150],
    [1, commune("Bản Phố"), 2, 100],
    [2, commune("Tà Chải"), 1, 50],
    ["b", zones[1], 3, 150],
    [1, commune("Na Hối"), 1, 50],
    [2, commune("Nậm Mòn"), 2, 100],
    ["c", zones[2], 3, 150],
    [1, commune("Lùng Cải"), 1, 50],
    [2, commune("Bản Liền"), 2, 100],
  ];
}

describe("zones lettered a, b, c over communes numbered again from 1", () => {
  test.each<[string, (n: string) => string, string[]]>([
    ["prefixed communes, zones named as zones", (n) => `Xã ${n}`, ["Vùng thấp", "Vùng giữa", "Vùng cao"]],
    ["bare communes, zones named as zones", (n) => n, ["Vùng thấp", "Vùng giữa", "Vùng cao"]],
    ["prefixed communes, zones named by their place", (n) => `Xã ${n}`, ["Ven sông Chảy", "Dọc quốc lộ 4", "Giáp biên giới"]],
  ])("%s", (_name, commune, zones) => {
    const { report, table } = checkWorkbook({ sheets: [sheet("Phân bổ", allocation(commune, zones)), PLAN] }, { workbookName: "x.xlsx" });
    const tree = table.areas.map((a) => [a.label, a.kind, a.parent === null ? null : table.areas[a.parent].label]);
    expect(tree.filter((t) => t[1] === "leaf").map((t) => t[2])).toEqual([zones[0], zones[0], zones[1], zones[1], zones[2], zones[2]]);
    expect(tree.filter((t) => zones.includes(t[0] as string)).map((t) => t[2])).toEqual(["Huyện Bắc Hà", "Huyện Bắc Hà", "Huyện Bắc Hà"]);
    expect(toJsonReport(report, "vi").findings).toEqual([]);
  });
});
