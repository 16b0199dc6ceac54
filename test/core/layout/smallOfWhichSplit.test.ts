/**
 * A `Trong đó: NSTW | NSĐP` split under a money line, on a small table (two
 * districts of two communes), the district and grand-total rows summing the
 * communes by formula: one mistyped part puts its district and the grand
 * total off by the same amount. That is one cause, not three areas that do
 * not add up: the parts are still read as the split and the typo is told
 * at its cell (CONTRACT §3).
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 4],
  ["2", "Kinh phí thực hiện", "triệu đồng", 800],
]);

/** Areas as rows from row 6: grand total, two districts of two communes; columns C count, D money, E NSTW, F NSĐP. */
function body(communes: number): CellValue[][] {
  const commune = (name: string): CellValue[] => [null, name, 1, 200, 160, 40];
  const rows: CellValue[][] = [[null, "Tổng cộng", 2 * communes, 400 * communes, 320 * communes, 80 * communes]];
  for (const [stt, district, prefix] of [["I", "Huyện Mường Khương", "Bản"], ["II", "Huyện Si Ma Cai", "Sán"]]) {
    rows.push([stt, district, communes, 200 * communes, 160 * communes, 40 * communes]);
    for (let k = 1; k <= communes; k++) rows.push(commune(`Xã ${prefix} ${["Lầu", "Vai", "Chải", "Cấu", "Mế"][k - 1]}`));
  }
  return rows;
}

/** The district and grand-total rows' figures as formulas over the communes / districts (column letters C…F). */
function formulas(communes: number): Record<string, string> {
  const out: Record<string, string> = {};
  const first = 7;
  const second = first + communes + 1;
  for (const col of ["C", "D", "E", "F"]) {
    out[`${col}${first}`] = `SUM(${col}${first + 1}:${col}${first + communes})`;
    out[`${col}${second}`] = `SUM(${col}${second + 1}:${col}${second + communes})`;
    out[`${col}6`] = `${col}${first}+${col}${second}`;
  }
  return out;
}

function findings(communes: number, typo: boolean): string[] {
  const rows = body(communes);
  const last = rows.length - 1;
  const second = 2 + communes;
  if (typo) {
    // The last commune's NSTW mistyped 160 → 170; its district and the grand total follow by formula.
    rows[last][4] = 170;
    rows[second][4] = Number(rows[second][4]) + 10;
    rows[0][4] = Number(rows[0][4]) + 10;
  }
  const plan = sheet("Kế hoạch", PLAN.values.map((r, i) => (i === 1 ? ["1", "Tổ truyền thông cộng đồng", "tổ", 2 * communes] : i === 2 ? ["2", "Kinh phí thực hiện", "triệu đồng", 400 * communes] : [...(r ?? [])])));
  const allocation = sheet(
    "Phân bổ",
    [
      ["BIỂU PHÂN BỔ"],
      [null, null, null, null, null, "ĐVT: triệu đồng"],
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí thực hiện", null, null],
      [null, null, null, "Tổng số", "Trong đó", null],
      [null, null, null, null, "NSTW", "NSĐP"],
      ...rows,
    ],
    { merges: ["A3:A5", "B3:B5", "C3:C5", "D3:F3", "D4:D5", "E4:F4"], formulas: formulas(communes) },
  );
  const { report } = checkWorkbook({ sheets: [allocation, plan] }, { workbookName: "x.xlsx" });
  return toJsonReport(report, "vi").findings.map((f) => `${f.rule}@${f.cell}`);
}

describe("one mistyped part of a split, the totals following it by formula", () => {
  // The typed money total and the mistyped part disagree on the commune's row: one subtotal finding there.
  test.each<[string, number, boolean, RegExp | null]>([
    ["two communes a district, no typo", 2, false, null],
    ["two communes a district: the typo told on its row", 2, true, /^subtotal@[DE]12$/],
    ["three communes a district: the typo told on its row", 3, true, /^subtotal@[DE]14$/],
    ["five communes a district: the typo told on its row", 5, true, /^subtotal@[DE]18$/],
  ])("%s", (_name, communes, typo, expected) => {
    const out = findings(communes, typo);
    if (expected === null) expect(out).toEqual([]);
    else {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(expected);
    }
  });
});
