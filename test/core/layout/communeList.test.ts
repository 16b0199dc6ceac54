/**
 * A plan whose area list is one column of communes (`Xã Phong Phú` under a
 * `Xã` or `Địa bàn` header): a name of it written bare on the allocation
 * sheet beside prefixed ones (`Phong Phú` among `Xã Tân Lập`, …) is one of
 * those communes, by the list — not a group (a district) over the rows after
 * it, which left its figure out of every total.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

const COMMUNES = ["Tân Lập", "Yên Bình", "Phong Phú", "Minh Hòa"];

function read(header: string, bare: readonly number[]) {
  const plan = sheet("Kế hoạch", [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["1", "Kinh phí", "triệu đồng", 700], [], [header], ...COMMUNES.map((c) => [`Xã ${c}`])]);
  const figures = [200, 200, 100, 200];
  const rows: CellValue[][] = [["STT", "Địa bàn", "Kinh phí (triệu đồng)"], [null, "Tổng cộng", 700]];
  COMMUNES.forEach((c, i) => rows.push([i + 1, bare.includes(i) ? c : `Xã ${c}`, figures[i]]));
  const { report } = checkWorkbook({ sheets: [plan, sheet("Phân bổ", rows)] }, { workbookName: "x.xlsx" });
  const json = toJsonReport(report, "vi");
  return {
    areas: (json.reading?.areas ?? []).map((a) => `${a.name}:${a.role}:${a.how}`),
    findings: json.findings.map((f) => `${f.rule}@${f.cell}`),
  };
}

describe("a one-column list of communes", () => {
  it.each([
    ["Xã", [2]],
    ["Xã", [0, 2]],
    ["Địa bàn", [2]],
    ["Xã", []],
    ["Xã", [0, 1, 2, 3]],
  ] as const)("header %s, bare names at %j: every name a commune of the total, nothing found", (header, bare) => {
    const { areas, findings } = read(header, bare);
    expect(areas.slice(1).map((a) => a.split(":")[1])).toEqual(["leaf", "leaf", "leaf", "leaf"]);
    expect(areas.find((a) => a.startsWith("Phong Phú") || a.startsWith("Xã Phong Phú"))).toMatch(/:leaf:area-list$/);
    expect(findings).toEqual([]);
  });
});
