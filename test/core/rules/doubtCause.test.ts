/**
 * A `1.500` typed as text in a tỷ đồng column: read with the dot grouping
 * thousands it breaks the plan and the typed district subtotal; read as a
 * decimal mark it puts both right. One cause: one finding at the text cell,
 * naming the comparisons that come right with the other reading.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";

type Row = CellValue[];

function check(target: number, district: CellValue, grand: CellValue, formulas: (string | null)[][] = []) {
  const plan: Row[] = [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["KP.1", "Kinh phí truyền thông", "tỷ đồng", target],
  ];
  const rows: Row[] = [
    [null, "Tổng cộng", grand],
    ["I", "Huyện Ba Vì", district],
    [1, "Xã Ba Trại", "1.500"],
    [2, "Xã Tản Lĩnh", 1],
    ["II", "Huyện Quốc Oai", 1],
    [1, "Xã Sài Sơn", 0.5],
    [2, "Xã Cấn Hữu", 0.5],
  ];
  const sheets: SheetData[] = [
    { name: "Kế hoạch", merges: [], values: plan },
    { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Kinh phí truyền thông (tỷ đồng)"], ...rows], formulas },
  ];
  return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
}

describe("a `1.500` typed as text whose other reading puts the plan line right", () => {
  test.each([
    // Typed subtotals showing the decimal reading: the ceiling and the district's subtotal are the text cell's cause.
    ["typed subtotals agree with the decimal reading", 3.5, 2.5, 3.5, ["text-number error C4"], ["(C2)", "Huyện Ba Vì (C3)"]],
    // Read as a decimal the line is still over the plan: the ceiling stays; the district's subtotal, typed on the decimal reading, is the text cell's (`markCause`).
    ["the plan stays broken either way", 2, 2.5, 3.5, ["ceiling error C2", "text-number error C4"], []],
  ])("%s", (_name, target, district, grand, expected, named) => {
    const findings = check(target, district, grand);
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort()).toEqual(expected);
    const text = findings.find((f) => f.rule === "text-number");
    for (const name of named) {
      expect(text?.message.vi).toEqual(expect.stringContaining(`Đọc ô này theo cách đó thì`));
      expect(text?.message.vi).toEqual(expect.stringContaining(name));
      expect(text?.message.en).toEqual(expect.stringContaining(name));
    }
    if (named.length === 0) expect(text?.message.vi).not.toContain("Đọc ô này theo cách đó");
  });

  test.each([
    // The grand total typed with the decimal reading: its gap to the districts as shown is the text the SUM skips.
    ["the grand total shows the decimal reading", 3.5, ["text-number error C4"], true],
    // The grand total off by something else: its subtotal is a gap of its own, and names no ceiling that was let go.
    ["the grand total shows another figure", 3.7, ["subtotal error C2", "text-number error C4"], false],
  ])("a formula district that skips the text: %s", (_name, grand, expected, joined) => {
    const formulas: (string | null)[][] = [];
    formulas[2] = [null, null, "SUM(C4:C5)"];
    const findings = check(3.5, 1, grand, formulas);
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`).sort()).toEqual(expected);
    const text = findings.find((f) => f.cell === "C4")?.message.vi;
    expect(text).toContain("tổng phân bổ của Kinh phí truyền thông so với kế hoạch (C2)");
    expect(text?.includes("Tổng cộng (C2)")).toBe(joined);
    expect(findings.find((f) => f.rule === "subtotal")?.message.vi.includes("so với kế hoạch (C2)") ?? false).toBe(false);
  });
});

describe("several doubtful `1.500` cells on one plan line", () => {
  function checkRows(target: number, rows: Row[]) {
    const plan: Row[] = [
      ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
      ["KP.1", "Kinh phí truyền thông", "tỷ đồng", target],
    ];
    const sheets: SheetData[] = [
      { name: "Kế hoạch", merges: [], values: plan },
      { name: "Phân bổ", merges: [], values: [["STT", "Đơn vị", "Kinh phí truyền thông (tỷ đồng)"], ...rows] },
    ];
    return checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
  }
  // Each text cell: the cells it is read with, and the subtotals over it that come right with it (besides the ceiling at C2).
  test.each<[string, Row[], Record<string, [string[], string[]]>]>([
    [
      "two in one district, one in another, typed subtotals on the decimal reading",
      [
        [null, "Tổng cộng", 6],
        ["I", "Huyện Ba Vì", 4],
        [1, "Xã Ba Trại", "1.500"],
        [2, "Xã Tản Lĩnh", "2.500"],
        ["II", "Huyện Quốc Oai", 2],
        [1, "Xã Sài Sơn", "1.000"],
        [2, "Xã Cấn Hữu", 1],
      ],
      { C4: [["C5", "C7"], ["Huyện Ba Vì (C3)"]], C5: [["C4", "C7"], ["Huyện Ba Vì (C3)"]], C7: [["C4", "C5"], ["Huyện Quốc Oai (C6)"]] },
    ],
    [
      "two in a table without district subtotals",
      [
        [null, "Tổng cộng", 5],
        [1, "Xã Ba Trại", "1.500"],
        [2, "Xã Tản Lĩnh", "2.500"],
        [3, "Xã Vân Hòa", 1],
      ],
      { C3: [["C4"], []], C4: [["C3"], []] },
    ],
  ])("%s: each cell tells the doubt and names the ceiling", (_name, rows, cells) => {
    const findings = checkRows(6, rows);
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(Object.keys(cells).map((cell) => `text-number ${cell}`));
    for (const [cell, [others, subtotals]] of Object.entries(cells)) {
      const message = findings.find((f) => f.cell === cell)?.message.vi ?? "";
      expect(message).toContain("tổng phân bổ của Kinh phí truyền thông so với kế hoạch (C2)");
      expect(message).toContain(`Đọc ô này cùng ${others.length > 1 ? "các ô" : "ô"} ${others.join(" và ")} theo cách đó`);
      for (const subtotal of subtotals) expect(message).toContain(subtotal);
      for (const other of ["Huyện Ba Vì (C3)", "Huyện Quốc Oai (C6)"].filter((s) => !subtotals.includes(s))) expect(message).not.toContain(other);
    }
  });
});
