/**
 * A plan line split under a `Trong đó` / `Chia ra` header (`Kinh phí |
 * Tổng số | Trong đó: NSTW | NSĐP`), or by `- Trong đó: …` rows under it:
 * where the parts add up the line area by area they are its split, checked
 * as its parts — no `unmapped` warning for them, and one mistyped part, or
 * one mistyped total, is one finding at its cell (CONTRACT §3: one cause,
 * one finding). Parts that do not add up (one part named) are left out as
 * before. Each case is read in both orientations.
 */
import { checkWorkbook } from "../../../src/core/check";
import { toJsonReport } from "../../../src/core/report/json";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { sheet } from "./sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["STT", "Nội dung", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 5],
  ["2", "Kinh phí thực hiện", "triệu đồng", 1000],
]);

/** Grand total, two districts of 2 and 3 communes: count, money total, then its parts. */
function body(parts: number): CellValue[][] {
  const commune = (name: string): CellValue[] => [null, name, 1, 200, 160, 40].slice(0, 4 + parts);
  const group = (stt: string, name: string, n: number): CellValue[] => [stt, name, n, 200 * n, 160 * n, 40 * n].slice(0, 4 + parts);
  return [
    [null, "Tổng cộng", 5, 1000, 800, 200].slice(0, 4 + parts),
    group("I", "Huyện Mường Khương", 2),
    commune("Xã Bản Lầu"),
    commune("Xã Lùng Vai"),
    group("II", "Huyện Si Ma Cai", 3),
    commune("Xã Nàn Sán"),
    commune("Xã Sán Chải"),
    commune("Xã Cán Cấu"),
  ];
}

/** Areas as rows: `Kinh phí thực hiện` over `Tổng số` and a merged `split` header over the parts. */
function byColumns(rows: CellValue[][], split: string, partNames: readonly string[]): SheetData {
  return sheet(
    "Phân bổ",
    [
      ["BIỂU PHÂN BỔ", null, null, null, null, null],
      [null, null, null, null, null, "ĐVT: triệu đồng"],
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí thực hiện", null, null].slice(0, 4 + partNames.length),
      [null, null, null, "Tổng số", split, null].slice(0, 4 + partNames.length),
      [null, null, null, null, ...partNames],
      ...rows,
    ],
    { merges: ["A3:A5", "B3:B5", "C3:C5", `D3:${partNames.length === 2 ? "F" : "E"}3`, "D4:D5", ...(partNames.length === 2 ? ["E4:F4"] : [])] },
  );
}

/** Indicators as rows: `- Trong đó: …` and `- …` rows under `Kinh phí thực hiện`. */
function byRows(rows: CellValue[][], partNames: readonly string[]): SheetData {
  const column = (c: number) => rows.map((r) => r[c]);
  return sheet("Phân bổ", [
    ["BIỂU PHÂN BỔ"],
    [null, "ĐVT: triệu đồng"],
    ["TT", "Nội dung", ...column(1)],
    ["1", "Tổ truyền thông cộng đồng (tổ)", ...column(2)],
    ["2", "Kinh phí thực hiện", ...column(3)],
    ...partNames.map((name, k) => [null, k === 0 ? `- Trong đó: ${name}` : `- ${name}`, ...column(4 + k)]),
  ]);
}

function findings(allocation: SheetData): string[] {
  const { report } = checkWorkbook({ sheets: [allocation, PLAN] }, { workbookName: "x.xlsx" });
  return toJsonReport(report, "vi").findings.map((f) => `${f.rule}@${f.cell}`);
}

/** The cell of `body` row `r`, column `c` in each orientation: areas as rows start at row 6, indicators as rows at column C, row 4. */
function at(r: number, c: number): [string, string] {
  return [`${"ABCDEF"[c]}${6 + r}`, `${"CDEFGHIJ"[r]}${c + 2}`];
}

describe("a plan line split under `Trong đó` / `Chia ra`", () => {
  test.each<[string, (rows: CellValue[][]) => void, (byRows: boolean) => string[]]>([
    ["parts add up: nothing to tell, no unmapped part", () => {}, () => []],
    ["one mistyped part: one subtotal finding at it", (rows) => (rows[6][4] = 170), (t) => [`subtotal@${at(6, 4)[t ? 1 : 0]}`]],
    ["one mistyped total: one subtotal finding at it, not at the district nor the ceiling", (rows) => (rows[6][3] = 210), (t) => [`subtotal@${at(6, 3)[t ? 1 : 0]}`]],
    ["a part typed as text: its warning only", (rows) => (rows[5][4] = "160"), (t) => [`text-number@${at(5, 4)[t ? 1 : 0]}`]],
  ])("%s", (_name, mutate, expected) => {
    for (const split of ["Trong đó", "Chia ra"]) {
      const rows = body(2);
      mutate(rows);
      expect(findings(byColumns(rows, split, ["NSTW", "NSĐP"]))).toEqual(expected(false));
    }
    const rows = body(2);
    mutate(rows);
    expect(findings(byRows(rows, ["NSTW", "NSĐP"]))).toEqual(expected(true));
  });

  test("one part named, not the whole split: left out as an of-which line, no unmapped warning", () => {
    const allocation = byColumns(body(1), "Trong đó", ["NSTW"]);
    expect(findings(allocation)).toEqual([]);
  });
});
