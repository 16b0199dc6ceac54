/**
 * Plan sheets typed the way staff type them, written as .xlsx with ExcelJS and
 * checked end to end through the command: units in a column, in the header or
 * in each label; numbers typed as text (`1.250`, `3,1` tỷ, `14 xã/phường`);
 * `Trong đó` parts; notes under the lines; lines numbered `1.`, `1.1`, `a)`;
 * sheets named `KH` or `Kế hoạch 2025`; a group title over `Ban đầu |
 * Điều chỉnh`; total rows; a unit per commune; the header written again.
 * Each plan is read line by line as written, and a right allocation of its
 * first lines gives no finding but the lines it leaves out.
 */
import { makeTempDir, writeFixture, type FixtureSheet, type FixtureValue } from "../helpers/xlsxFixture";
import { runCli } from "./runCli";

interface Case {
  readonly name: string;
  readonly sheet?: string;
  readonly rows: FixtureValue[][];
  readonly merges?: readonly string[];
  /** Allocation columns: header, then the two communes' figures. */
  readonly alloc: [string, FixtureValue, FixtureValue][];
  /** `[code, target]` of every plan line, in base units. */
  readonly lines: [string, number][];
  /** How many things the reading says. */
  readonly reasons?: number;
}

const H = ["STT", "Nội dung", "ĐVT", "Kế hoạch"];
const AREAS: FixtureValue[][] = [[], ["Huyện", "Xã"], ["Ba Vì", "Ba Trại"], ["Ba Vì", "Tản Lĩnh"]];

const CASES: Case[] = [
  {
    name: "sheet KH, lines numbered 1., text numbers, a Trong đó split in tỷ",
    sheet: "KH",
    rows: [["KẾ HOẠCH NĂM 2025"], [], H, ["1.", "Số hội viên được tập huấn", "người", "1.250"], ["2.", "Tổng kinh phí thực hiện", "tỷ đồng", "3,1"], [null, "Trong đó:", null, null], [null, "- Ngân sách trung ương", "tỷ đồng", "2,5"], [null, "- Ngân sách địa phương", "tỷ đồng", "0,6"]],
    alloc: [["Số hội viên được tập huấn", 600, 650]],
    lines: [["1", 1250], ["2", 3.1e9], ["2.1", 2.5e9], ["2.2", 0.6e9]],
  },
  {
    name: "the unit in the header, a Tổng cộng with no unit",
    rows: [["STT", "Nội dung", "ĐVT", "Kế hoạch (triệu đồng)"], [1, "Kinh phí truyền thông", null, "450"], [2, "Kinh phí tập huấn", null, "1.200,5"], [null, "Tổng cộng", null, "1.650,5"]],
    alloc: [["Kinh phí truyền thông (triệu đồng)", 200, 250]],
    lines: [["1", 450e6], ["2", 1200.5e6]],
  },
  {
    name: "the unit in each label, notes under the lines",
    sheet: "Kế hoạch 2025",
    rows: [H, [1, "Số tổ truyền thông (tổ)", null, 14], [2, "Kinh phí tập huấn (triệu đồng)", null, "300"], [], ["Ghi chú: giao theo Quyết định số 123/QĐ-UBND ngày 15/3/2025."], [null, "Người lập biểu", null, "Thủ trưởng đơn vị"]],
    alloc: [["Số tổ truyền thông", 7, 7]],
    lines: [["1", 14], ["2", 300e6]],
  },
  {
    name: "lines 1, 1.1, 1.2 and a), b) under 1.2",
    rows: [H, [1, "Hoạt động truyền thông", null, null], ["1.1", "Tổ truyền thông thành lập mới", "tổ", 10], ["1.2", "Câu lạc bộ", "CLB", 6], ["a)", "CLB thủ lĩnh", "CLB", 4], ["b)", "CLB mẹ và bé", "CLB", 2]],
    alloc: [["Tổ truyền thông thành lập mới", 5, 5], ["CLB thủ lĩnh", 2, 2], ["CLB mẹ và bé", 1, 1]],
    lines: [["1.1", 10], ["1.2", 6], ["1.2.a", 4], ["1.2.b", 2]],
  },
  {
    name: "a group title over Kế hoạch over Ban đầu | Điều chỉnh, a Tổng cộng in tổ",
    rows: [["STT", "Nội dung", "ĐVT", "Năm 2025", null], [null, null, null, "Kế hoạch", null], [null, null, null, "Ban đầu", "Điều chỉnh"], [1, "Tổ truyền thông", "tổ", 10, 12], [2, "Tổ hợp tác", "tổ", 6, null], [null, "Tổng cộng", "tổ", 16, 18]],
    merges: ["A1:A3", "B1:B3", "C1:C3", "D1:E1", "D2:E2"],
    alloc: [["Tổ truyền thông", 6, 6], ["Tổ hợp tác", 3, 3]],
    lines: [["1", 12], ["2", 6]],
    reasons: 1,
  },
  {
    name: "a Tổng cộng in CLB its lines do not add up to",
    rows: [H, [1, "CLB thủ lĩnh", "CLB", 12], [2, "CLB mẹ và bé", "CLB", 8], [null, "Tổng cộng", "CLB", 21]],
    alloc: [["CLB thủ lĩnh", 6, 6], ["CLB mẹ và bé", 4, 4]],
    lines: [["1", 12], ["2", 8]],
    reasons: 1,
  },
  {
    name: "targets 14 xã/phường and 12 xã, thị trấn",
    rows: [H, [1, "Số xã triển khai", "xã", "14 xã/phường"], [2, "Số xã duy trì", "xã", "12 xã, thị trấn"], [3, "Tổ truyền thông", "tổ", "14 tổ"]],
    alloc: [["Tổ truyền thông", 7, 7]],
    lines: [["1", 14], ["2", 12], ["3", 14]],
  },
  {
    name: "a unit per commune (tổ/xã) over the plan's communes",
    rows: [H, [1, "Tổ truyền thông", "tổ/xã", "01"], ...AREAS],
    alloc: [["Tổ truyền thông", 1, 1]],
    lines: [["1", 2]],
    reasons: 1,
  },
  {
    name: "sections closed by Cộng rows, a section's Cộng B",
    rows: [H, ["A", "CHỈ TIÊU", null, null], [1, "Tổ truyền thông", "tổ", 10], [2, "Câu lạc bộ", "CLB", 4], [null, "Cộng A", null, null], ["B", "KINH PHÍ", null, null], [1, "Truyền thông", "triệu đồng", 600], [2, "Tập huấn", "triệu đồng", 400], [null, "Cộng B", "triệu đồng", "1.000"]],
    alloc: [["Tổ truyền thông", 5, 5]],
    lines: [["A.1", 10], ["A.2", 4], ["B.1", 600e6], ["B.2", 400e6]],
  },
  {
    name: "the header written again over a second table in the same columns",
    rows: [H, ["I", "CHỈ TIÊU", null, null], [1, "Tổ truyền thông", "tổ", 14], [], ["II. KINH PHÍ"], H, [1, "Truyền thông", "triệu đồng", 600]],
    alloc: [["Tổ truyền thông", 7, 7]],
    lines: [["I.1", 14], ["II.1", 600e6]],
  },
  {
    name: "a dash for none planned: a target of 0, said",
    rows: [H, [1, "Tổ truyền thông", "tổ", 14], [2, "Hội thảo", "cuộc", "–"]],
    alloc: [["Tổ truyền thông", 7, 7], ["Hội thảo", "-", null]],
    lines: [["1", 14], ["2", 0]],
    reasons: 1,
  },
];

interface Report {
  readonly indicators: readonly { code: string; target: number; status: string }[];
  readonly findings: readonly { rule: string; cell: string | null }[];
  readonly reading: { readonly confidence: { readonly reasons: readonly unknown[] } };
}

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-plan-shapes-");
  for (const [i, c] of CASES.entries()) {
    const plan: FixtureSheet = { name: c.sheet ?? "Kế hoạch", rows: c.rows, ...(c.merges ? { merges: c.merges } : {}) };
    const allocation: FixtureSheet = {
      name: "Phân bổ",
      rows: [["STT", "Đơn vị", ...c.alloc.map((col) => col[0])], [1, "Xã Ba Trại", ...c.alloc.map((col) => col[1])], [2, "Xã Tản Lĩnh", ...c.alloc.map((col) => col[2])]],
    };
    await writeFixture(dir, `plan-${i}.xlsx`, [plan, allocation]);
  }
});

describe.each(CASES.map((c, i) => ({ ...c, i })))("$name", (c) => {
  test("read as written; the allocated lines check clean", async () => {
    const run = await runCli(["check", `plan-${c.i}.xlsx`, "--json"], dir);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as Report;
    expect(report.indicators.map((line) => [line.code, line.target])).toEqual(c.lines);
    const allocated = report.indicators.filter((line) => line.status !== "unmapped");
    expect(allocated.length).toBeGreaterThanOrEqual(c.alloc.length);
    expect(allocated.map((line) => line.status)).toEqual(allocated.map(() => "ok"));
    expect(report.findings.filter((finding) => finding.rule !== "unmapped")).toEqual([]);
    // What the reading says of the plan sheet itself (not of the lines the allocation leaves out).
    const sheet = c.sheet ?? "Kế hoạch";
    expect(report.reading.confidence.reasons.filter((reason) => JSON.stringify(reason).includes(sheet))).toHaveLength(c.reasons ?? 0);
  });
});
