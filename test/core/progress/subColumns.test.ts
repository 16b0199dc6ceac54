/** Results sheets that split each line into planned | done | percent sub-columns: only the done one is the period's figure. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { allocationSheet, planSheet, sheet, workbook } from "./fixtures";

const COMMUNES: readonly (readonly [CellValue, string, number | null])[] = [
  ["I", "Huyện Ba Vì", null],
  [1, "Xã Ba Trại", 0],
  [2, "Xã Tản Lĩnh", 1],
  ["II", "Huyện Quốc Oai", null],
  [3, "Xã Phú Mãn", 2],
  [4, "Xã Sài Sơn", 3],
];

/** Disbursed per commune [KP.1, KP.2] in triệu đồng; sub-headers as given; the allocation (150 / 100) copied in the planned column. */
function disbursement(name: string, spent: readonly (readonly [number, number])[], subs: readonly [string, string, string], running?: readonly (readonly [number, number])[]): SheetData {
  const rows: CellValue[][] = [];
  const total: number[] = [0, 0, 0, 0];
  let group: CellValue[] = [];
  for (const [stt, label, at] of COMMUNES) {
    if (at === null) {
      group = [stt, label, 0, 0, null, 0, 0, null];
      rows.push(group);
      continue;
    }
    const [a, b] = spent[at];
    // A third sub-column of running totals holds them; any other, the rate or a copy.
    const row: CellValue[] = [stt, label, 150, a, running?.[at][0] ?? Math.round((a / 150) * 100), 100, b, running?.[at][1] ?? b];
    rows.push(row);
    [2, 3, 5, 6].forEach((col, i) => {
      group[col] = (group[col] as number) + (row[col] as number);
      total[i] += row[col] as number;
    });
  }
  return {
    ...sheet(name, [
      [`BÁO CÁO GIẢI NGÂN ${name.toUpperCase()}`],
      ["ĐVT: triệu đồng"],
      ["STT", "Đơn vị", "Kinh phí truyền thông", null, null, "Kinh phí tập huấn", null, null],
      [null, null, ...subs, ...subs],
      [null, "Tổng cộng", total[0], total[1], null, total[2], total[3], null],
      ...rows,
    ]),
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 2, left: 5, bottom: 2, right: 7 },
    ],
  };
}

const YEAR = [[40, 25], [35, 25], [40, 25], [35, 25]] as const;
const HALF = [[25, 15], [25, 15], [25, 15], [25, 15]] as const;

describe("planned | done | percent sub-columns", () => {
  test.each<[string, [string, string, string]]>([
    ["Kế hoạch vốn | Giải ngân | Tỷ lệ (%)", ["Kế hoạch vốn", "Giải ngân", "Tỷ lệ (%)"]],
    ["KH | TH | %", ["KH", "TH", "%"]],
    ["Dự toán giao | Đã giải ngân | Lũy kế", ["Dự toán giao", "Đã giải ngân", "Lũy kế"]],
  ])("%s: the done column is the period's figure, nothing else is read as one", (_, subs) => {
    // Running totals, where the third sub-column is one, that add up (they are checked).
    const runs = subs[2] === "Lũy kế";
    const sum = (...periods: (readonly (readonly [number, number])[])[]) => YEAR.map((_, i) => [0, 1].map((k) => periods.reduce((s, p) => s + p[i][k], 0)) as unknown as readonly [number, number]);
    const report = toJsonReport(
      checkWorkbook(
        workbook(
          planSheet(),
          allocationSheet(),
          disbursement("Giải ngân năm 2022", YEAR, subs, runs ? sum(YEAR) : undefined),
          disbursement("Giải ngân năm 2023", YEAR, subs, runs ? sum(YEAR, YEAR) : undefined),
          disbursement("Giải ngân 6 tháng đầu năm 2024", HALF, subs, runs ? sum(YEAR, YEAR, HALF) : undefined),
        ),
        { workbookName: "t.xlsx" },
      ).report,
    );
    expect(report.findings.filter((f) => (f.sheet ?? "").startsWith("Giải ngân"))).toEqual([]);
    expect(report.indicators.find((i) => i.code === "KP.1")).toMatchObject({ achieved: 400_000_000 });
    expect(report.indicators.find((i) => i.code === "KP.2")).toMatchObject({ achieved: 260_000_000 });
    expect(report.indicators.find((i) => i.code === "2")).not.toHaveProperty("achieved");
  });

  test("a commune overspent in the done column: overspend at its done cell", () => {
    const over = [[40, 25], [40, 25], [120, 25], [40, 25]] as const;
    const subs: [string, string, string] = ["Kế hoạch vốn", "Giải ngân", "Tỷ lệ (%)"];
    const report = toJsonReport(
      checkWorkbook(workbook(planSheet(), allocationSheet(), disbursement("Giải ngân năm 2022", over.map(() => [40, 25] as const), subs), disbursement("Giải ngân năm 2023", over, subs)), { workbookName: "t.xlsx" }).report,
    );
    expect(report.findings.filter((f) => (f.sheet ?? "").startsWith("Giải ngân")).map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(["overspend@Giải ngân năm 2023!D10"]);
  });
});

test("a disbursement-rate column beside each line (Tỷ lệ giải ngân (%)) is left out without a warning on every sheet", () => {
  const withRates = (name: string, spent: readonly (readonly [number, number])[]): SheetData => {
    const base = disbursement(name, spent, ["Kế hoạch vốn", "Giải ngân", "Tỷ lệ (%)"]);
    // Flatten to one header row: line, its rate, line, its rate.
    const values = base.values.map((row, r) =>
      r === 2 ? ["STT", "Đơn vị", "Kinh phí truyền thông", "Tỷ lệ giải ngân (%)", "Kinh phí tập huấn", "Tỷ lệ giải ngân so với kế hoạch (%)"] : r === 3 ? [] : [row?.[0] ?? null, row?.[1] ?? null, row?.[3] ?? null, row?.[4] ?? null, row?.[6] ?? null, row?.[7] ?? null],
    );
    return sheet(name, values);
  };
  const report = toJsonReport(
    checkWorkbook(workbook(planSheet(), allocationSheet(), withRates("Giải ngân năm 2022", YEAR), withRates("Giải ngân năm 2023", YEAR), withRates("Giải ngân 6 tháng đầu năm 2024", HALF)), { workbookName: "t.xlsx" }).report,
  );
  expect(report.findings.filter((f) => (f.sheet ?? "").startsWith("Giải ngân"))).toEqual([]);
  expect(report.indicators.find((i) => i.code === "KP.1")).toMatchObject({ achieved: 400_000_000 });
});

describe("one header row: planned, done and running-total columns told by their leading words", () => {
  const COMMUNE_LABELS = ["Xã Ba Trại", "Xã Tản Lĩnh", "Xã Phú Mãn", "Xã Sài Sơn"];
  /** A flat results sheet with the given headers and the same row of figures for every commune. */
  function flat(headers: readonly string[], figures: readonly number[]): SheetData {
    return sheet("Thực hiện 2023", [
      ["KẾT QUẢ THỰC HIỆN NĂM 2023"],
      [],
      ["STT", "Đơn vị", ...headers],
      [null, "Tổng cộng", ...figures.map((v) => v * 4)],
      ...COMMUNE_LABELS.map((label, i): CellValue[] => [i + 1, label, ...figures]),
    ]);
  }
  test.each<[string, string[], number[]]>([
    ["a running total after each line", ["Tổ truyền thông cộng đồng (tổ)", "Lũy kế tổ truyền thông cộng đồng (tổ)", "Kinh phí truyền thông (triệu đồng)", "Lũy kế kinh phí truyền thông (triệu đồng)"], [1, 2, 50, 100]],
    ["a running total before each line", ["Lũy kế từ đầu giai đoạn - Tổ truyền thông cộng đồng (tổ)", "Tổ truyền thông cộng đồng năm 2023 (tổ)", "Lũy kế kinh phí truyền thông (triệu đồng)", "Kinh phí truyền thông năm 2023 (triệu đồng)"], [2, 1, 100, 50]],
    ["Kế hoạch | Thực hiện pairs", ["Kế hoạch tổ truyền thông (tổ)", "Thực hiện tổ truyền thông (tổ)", "Kế hoạch kinh phí truyền thông (triệu đồng)", "Giải ngân kinh phí truyền thông (triệu đồng)"], [2, 1, 150, 50]],
    ["KH | TH pairs", ["KH tổ truyền thông cộng đồng", "TH tổ truyền thông cộng đồng", "KH kinh phí truyền thông (trđ)", "TH kinh phí truyền thông (trđ)"], [2, 1, 150, 50]],
  ])("%s: the done figures are the period's", (_, headers, figures) => {
    const report = toJsonReport(checkWorkbook(workbook(planSheet(), allocationSheet(), flat(headers, figures)), { workbookName: "t.xlsx" }).report);
    expect(report.indicators.find((i) => i.code === "1")?.achieved).toBe(4);
    expect(report.indicators.find((i) => i.code === "KP.1")?.achieved).toBe(200_000_000);
    expect(report.indicators.find((i) => i.code === "KP")?.periods).toBeUndefined();
    expect(report.findings.filter((f) => f.sheet === "Thực hiện 2023" && ["unmapped", "overspend", "subtotal"].includes(f.rule))).toEqual([]);
  });
});

test("running totals that do not add up on a planned | done | running sheet: told at the commune's cell", () => {
  const subs: [string, string, string] = ["Dự toán giao", "Đã giải ngân", "Lũy kế"];
  const report = toJsonReport(
    checkWorkbook(workbook(planSheet(), allocationSheet(), disbursement("Giải ngân năm 2022", YEAR, subs, YEAR), disbursement("Giải ngân năm 2023", YEAR, subs, [[80, 50], [70, 50], [80, 50], [75, 50]])), { workbookName: "t.xlsx" }).report,
  );
  expect(report.findings.filter((f) => f.rule === "cumulative").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Giải ngân năm 2023!E11"]);
});
