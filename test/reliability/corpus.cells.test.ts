/**
 * Messy input, cell by cell: each case is a workbook written with ExcelJS
 * around one kind of mess real allocation sheets hold, and each asserts what
 * the check must end in — the right total, and a finding that names the
 * sheet and the cell — never a crash or a silent wrong total.
 */
import { f, err, type FixtureValue } from "../helpers/xlsxFixture";
import type { JsonFinding, JsonReport } from "../integration/support";
import { buildWorkbook } from "../helpers/xlsxFixture";
import { allocated, allocationRows, checkBytes, CLEAN_LEAVES, reportOf, workbookSheets, xlsxBytes, type Leaf } from "./support";

const [A, B, C, D] = CLEAN_LEAVES;
const MILLION = 1_000_000;

async function check(rows: FixtureValue[][], extra = {}): Promise<JsonReport> {
  return reportOf(await checkBytes(await xlsxBytes(workbookSheets(rows, extra))));
}

function at(report: JsonReport, cell: string): JsonFinding[] {
  return report.findings.filter((x) => x.sheet === "Phân bổ" && x.cell === cell);
}

const messageOf = (x: JsonFinding): string => String(x.message);
const errors = (report: JsonReport) => report.findings.filter((x) => x.severity === "error");

describe("messy cells: a clear finding at the cell, never a silent wrong total", () => {
  test("a clean table: the plan exactly, no error", async () => {
    const report = await check(allocationRows());
    expect(allocated(report, "1")).toBe(12);
    expect(allocated(report, "2")).toBe(1200 * MILLION);
    expect(errors(report)).toEqual([]);
  });

  test.each([
    ["no-break space", "1\u00a0300", 1300],
    ["narrow no-break space", "1\u202f300", 1300],
    ["thin space", "1\u2009300", 1300],
    ["dots as thousands and a no-break space around", "\u00a01.300\u00a0", 1300],
  ])("a number typed with a %s counts, with a text-number warning at its cell", async (_label, text, value) => {
    const report = await check(allocationRows([A, { ...B, money: text }, C, D]));
    expect(allocated(report, "2")).toBe((300 * 3 + value) * MILLION);
    expect(at(report, "D4").map((x) => x.rule)).toEqual(["text-number"]);
  });

  test.each([
    ["đ", "300 đ"],
    ["VNĐ", "300 VNĐ"],
    ["tỷ", "0,3 tỷ"],
    ["triệu", "300 triệu"],
  ])("money with a `%s` suffix: counted in its own unit or named as not a number at its cell", async (_label, text) => {
    const report = await check(allocationRows([A, { ...B, money: text }, C, D]));
    const here = at(report, "D4");
    expect(here.length).toBe(1);
    const total = allocated(report, "2");
    if (here[0].rule === "text-number") {
      // Read in the suffix's own unit: đ and VNĐ are đồng, tỷ 1e9, triệu 1e6.
      const base = text.includes("tỷ") ? 0.3e9 : text.includes("triệu") ? 300 * MILLION : 300;
      expect(total).toBe(900 * MILLION + base);
    } else {
      expect(here[0]).toMatchObject({ rule: "invalid-value", severity: "error" });
      expect(total).toBe(900 * MILLION);
    }
  });

  test("a money column where every amount carries its unit: read (not refused), each in its own unit, one text-number warning per cell", async () => {
    const texts = ["300.000.000 đ", "300.000.000đ", "300 triệu", "0,3 tỷ đồng"];
    const report = await check(allocationRows(CLEAN_LEAVES.map((leaf, i) => ({ ...leaf, money: texts[i] }))));
    expect(allocated(report, "1")).toBe(12);
    expect(allocated(report, "2")).toBe(1200 * MILLION);
    expect(report.findings.map((x) => [x.rule, x.severity, x.cell])).toEqual(["D3", "D4", "D5", "D6"].map((cell) => ["text-number", "warning", cell]));
  });

  test("a boolean in a number column: invalid-value at its cell, counted as 0", async () => {
    const report = await check(allocationRows([A, { ...B, count: true }, C, D]));
    expect(at(report, "C4")).toMatchObject([{ rule: "invalid-value", severity: "error" }]);
    expect(allocated(report, "1")).toBe(9);
  });

  test("a date in a number column: invalid-value at its cell, not its serial number counted", async () => {
    const report = await check(allocationRows([A, { ...B, count: new Date(Date.UTC(2024, 0, 3)) as unknown as FixtureValue }, C, D]));
    expect(at(report, "C4")).toMatchObject([{ rule: "invalid-value", severity: "error" }]);
    expect(allocated(report, "1")).toBe(9);
  });

  test.each([
    ["#DIV/0!"],
    ["#N/A"],
    ["#VALUE!"],
    ["#REF!"],
  ])("a formula whose cached value is %s: invalid-value at that cell", async (code) => {
    const rows = allocationRows([A, { ...B, money: f("C4*100", err(code)) }, C, D]);
    const report = await check(rows);
    const here = at(report, "D4");
    expect(here).toMatchObject([{ rule: "invalid-value", severity: "error" }]);
    expect(messageOf(here[0])).toContain(code);
    expect(allocated(report, "2")).toBe(900 * MILLION);
  });

  test("a total formula whose cached value is an error: invalid-value at the total, the leaves still counted", async () => {
    const rows = [...allocationRows(), [null, "Tổng cộng", f("SUM(C3:C6)", err("#DIV/0!")), f("SUM(D3:D6)", 1200)]];
    const report = await check(rows);
    expect(at(report, "C7")).toMatchObject([{ rule: "invalid-value", severity: "error" }]);
    expect(allocated(report, "1")).toBe(12);
  });

  test.each([
    ["zero-width space", "Phú\u200bMãn"],
    ["zero-width joiner and a byte-order mark", "\ufeffPhú Mãn\u200d"],
    ["no-break space", "Phú\u00a0Mãn"],
  ])("a commune name with a %s is the plan's commune (no coverage warning)", async (_label, name) => {
    const report = await check(allocationRows([{ ...A, name }, B, C, D]));
    expect(report.findings).toEqual([]);
  });

  test("merged value cells across two communes: counted as Excel's SUM counts them (the top-left), the gap said at the total", async () => {
    const report = await check(allocationRows(), { merges: ["C3:C4"] });
    expect(allocated(report, "1")).toBe(9);
    expect(report.findings).toMatchObject([{ rule: "ceiling", severity: "warning", indicator: "1", expected: 12, actual: 9 }]);
  });

  test("merged label cells inside the data (a district label over its communes) leave the totals whole", async () => {
    const rows: FixtureValue[][] = [
      ["BIỂU PHÂN BỔ", null, null, null, null],
      ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ (triệu đồng)"],
      [1, "Quốc Oai", "Phú Mãn", 3, 300],
      [2, null, "Đông Xuân", 3, 300],
      [3, "Mỹ Đức", "An Phú", 3, 300],
      [4, null, "Hợp Tiến", 3, 300],
    ];
    const report = await check(rows, { merges: ["B3:B4", "B5:B6"] });
    expect(allocated(report, "1")).toBe(12);
    expect(allocated(report, "2")).toBe(1200 * MILLION);
    expect(errors(report)).toEqual([]);
  });

  test.each([
    ["hidden by hand", false],
    ["hidden by a filter", true],
  ])("a commune's row %s: counted, and said so at its label (info)", async (_label, filtered) => {
    const workbook = buildWorkbook(workbookSheets(allocationRows()));
    const sheet = workbook.getWorksheet("Phân bổ")!;
    if (filtered) sheet.autoFilter = "A2:D6";
    sheet.getRow(4).hidden = true;
    const report = reportOf(await checkBytes(Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(allocated(report, "1")).toBe(12);
    expect(allocated(report, "2")).toBe(1200 * MILLION);
    expect(report.findings).toMatchObject([{ rule: "hidden", severity: "info", sheet: "Phân bổ", cell: "B4", area: "Xã Đông Xuân" }]);
    expect(String(report.findings[0].message)).toMatch(/hidden.*still count/);
  });

  test("a hidden column of a plan line: checked, and said so at its header", async () => {
    const workbook = buildWorkbook(workbookSheets(allocationRows()));
    workbook.getWorksheet("Phân bổ")!.getColumn(4).hidden = true;
    const report = reportOf(await checkBytes(Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(allocated(report, "2")).toBe(1200 * MILLION);
    expect(report.findings).toMatchObject([{ rule: "hidden", severity: "info", cell: "D2", indicator: "2" }]);
  });

  test("a blank row and a blank column inside the table change no total and raise no error", async () => {
    const rows: FixtureValue[][] = [
      ["BIỂU PHÂN BỔ", null, null, null, null],
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", null, "Kinh phí hỗ trợ (triệu đồng)"],
      [1, "Xã Phú Mãn", 3, null, 300],
      [2, "Xã Đông Xuân", 3, null, 300],
      [null, null, null, null, null],
      [3, "Xã An Phú", 3, null, 300],
      [4, "Xã Hợp Tiến", 3, null, 300],
    ];
    const report = await check(rows);
    expect(allocated(report, "1")).toBe(12);
    expect(allocated(report, "2")).toBe(1200 * MILLION);
    expect(errors(report)).toEqual([]);
  });

  test("two tables on one sheet: the second table is left out, and said so at its first cell (info) and in the reading", async () => {
    const rows: FixtureValue[][] = [
      ...allocationRows(),
      [null, null, null, null],
      [null, null, null, null],
      ["BẢNG THEO DÕI GIẢI NGÂN", null, null, null],
      ["STT", "Nội dung", "Số tiền", "Ghi chú"],
      [1, "Đợt 1", 500, "đã chuyển"],
      [2, "Đợt 2", 700, "chờ"],
    ];
    const report = await check(rows);
    expect(allocated(report, "1")).toBe(12);
    expect(allocated(report, "2")).toBe(1200 * MILLION);
    expect(report.findings).toMatchObject([{ rule: "second-table", severity: "info", sheet: "Phân bổ", cell: "A9" }]);
    expect(messageOf(report.findings[0])).toMatch(/row 9 .*another table \("BẢNG THEO DÕI GIẢI NGÂN"\).*A2:D6/);
    const reading = (report as JsonReport & { reading: { table: string; ignored: unknown[] } }).reading;
    expect(reading.table).toBe("A2:D6");
    expect(reading.ignored).toEqual([{ at: "9", header: "BẢNG THEO DÕI GIẢI NGÂN", why: "second table" }]);
  });

  test("a very wide sheet (300 columns, the two plan lines among them) is read in time, totals right", async () => {
    const width = 300;
    const header: FixtureValue[] = ["STT", "Địa bàn"];
    for (let c = 2; c < width; c++) header.push(c === 150 ? "Tổ truyền thông cộng đồng" : c === 299 ? "Kinh phí hỗ trợ (triệu đồng)" : `Ghi chú ${c}`);
    const rows: FixtureValue[][] = [["BIỂU PHÂN BỔ"], header];
    CLEAN_LEAVES.forEach((leaf, i) => {
      const row: FixtureValue[] = [i + 1, `Xã ${leaf.name}`];
      for (let c = 2; c < width; c++) row.push(c === 150 ? leaf.count : c === 299 ? leaf.money : "x");
      rows.push(row);
    });
    const started = process.cpuUsage();
    const report = await check(rows);
    const cpu = process.cpuUsage(started);
    expect(allocated(report, "1")).toBe(12);
    expect(allocated(report, "2")).toBe(1200 * MILLION);
    expect(errors(report)).toEqual([]);
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(10);
  });

  test("a very long sheet (20 000 communes) is read in time; the total is the plain sum, the over-allocation named", async () => {
    const leaves: Leaf[] = Array.from({ length: 20_000 }, (_, i) => ({ name: `Thôn ${i + 1}`, count: (i % 3) + 1, money: 1 }));
    const started = process.cpuUsage();
    const report = await check(allocationRows(leaves));
    const cpu = process.cpuUsage(started);
    const plainCount = leaves.reduce((s, l) => s + (l.count as number), 0);
    expect(allocated(report, "1")).toBe(plainCount);
    expect(allocated(report, "2")).toBe(20_000 * MILLION);
    expect(report.findings.filter((x) => x.rule === "ceiling").map((x) => [x.indicator, x.severity])).toEqual([
      ["1", "error"],
      ["2", "error"],
    ]);
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(30);
  });
});
