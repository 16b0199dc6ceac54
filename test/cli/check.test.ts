/** `allocheck check`: exit status, the readable report, `--json` alone on stdout, and unusable input. */
import { unlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { buildSampleSpec } from "../../src/sample";
import { samplePlanJson } from "../../src/sample/kh257Data";
import { makeTempDir, writeFixture } from "../helpers/xlsxFixture";
import { CLEAN_SHEETS, expectUnusable, filesIn, runCli, writeCleanWorkbook } from "./runCli";

const REPORT_KEYS = ["version", "workbook", "allocationSheet", "orientation", "planSource", "indicators", "findings", "counts", "reading"];
const READING_KEYS = ["table", "headerRows", "labelColumn", "lines", "areas", "ignored", "corrections", "confidence"];
const SEED = join(__dirname, "../../../shared/seeds/000_92e6245beb6ba244.txt");

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-cli-check-");
  await writeCleanWorkbook(dir, "sach.xlsx");
  await writeWorkbookSpec(buildSampleSpec(), join(dir, "mau.xlsx"));
  // The clean allocation sheet alone, without a plan sheet.
  await writeFixture(dir, "khong-ke-hoach.xlsx", [CLEAN_SHEETS[1]]);
  // The plan on a sheet named like a plan with more words (found by its table, not its name).
  await writeFixture(dir, "kh-nam.xlsx", [{ ...CLEAN_SHEETS[0], name: "Kế hoạch năm 2024" }, CLEAN_SHEETS[1]]);
  writeFileSync(join(dir, "khong-phai.xlsx"), "đây không phải sổ tính");
  writeFileSync(join(dir, "trong.txt"), "Văn bản này giao nhiệm vụ nhưng không có chỉ tiêu bằng số.\n");
  writeFileSync(
    join(dir, "plan.json"),
    JSON.stringify({
      title: "Kế hoạch thử",
      indicators: [
        { code: "1", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 6 },
        { code: "KP", name: "Kinh phí hỗ trợ", unit: "tỷ đồng", target: "1,25" },
      ],
      areas: [{ district: "Quốc Oai", commune: "Phú Mãn" }, { district: "Quốc Oai", commune: "Đông Xuân" }, { district: "Mỹ Đức", commune: "An Phú" }],
    }),
  );
  writeFileSync(join(dir, "hong.json"), "{ not json");
  writeFileSync(join(dir, "kh257.json"), JSON.stringify(samplePlanJson(), null, 2));
});

describe("allocheck check", () => {
  test("--json carries the reading (CONTRACT §5) with its keys in order", async () => {
    const run = await runCli(["check", "mau.xlsx", "--json"], dir);
    const reading = (JSON.parse(run.stdout) as { reading: Record<string, unknown> & { areas: Record<string, unknown>[]; lines: Record<string, unknown>[] } }).reading;
    expect(Object.keys(reading)).toEqual(READING_KEYS);
    expect(Object.keys(reading.areas[0])).toEqual(["name", "at", "role", "parent", "planArea", "how"]);
    expect(Object.keys(reading.lines[0])).toEqual(["code", "at", "header", "how", "score"]);
    expect(reading.areas[0]).toMatchObject({ name: "Tổng cộng", role: "total", parent: null, how: "label" });
  });

  test.each([
    ["vi", ["Cách đọc biểu", "Điều chỉnh cách đọc đã lưu trong sổ tính (từ add-in): không có — biểu được đọc tự động.", "Chỉ tiêu → cột/dòng", "Cột (dòng)", "Địa bàn:", "Dòng (cột)", "Huyện Ba Vì", "tổng cộng"]],
    ["en", ["How the sheet was read", "Reading corrections saved in the workbook (from the add-in): none — the sheet was read on its own.", "Plan lines → columns/rows", "Code  Column (row)", "Areas:", "Row (column)", "Huyện Ba Vì", "total"]],
  ])("--explain prints the reading as a table before the report (%s)", async (lang, words) => {
    const run = await runCli(["check", "mau.xlsx", "--explain", "--lang", lang], dir);
    expect(run.code).toBe(1);
    for (const word of words) expect(run.stdout).toContain(word);
    expect(run.stdout.indexOf(words[0])).toBeLessThan(run.stdout.indexOf("allocheck —"));
    // Match scores in the report's own notation: 1,00 in Vietnamese, 1.00 in English.
    const score = lang === "vi" ? / [01],\d\d\s*$/m : / [01]\.\d\d\s*$/m;
    const other = lang === "vi" ? / [01]\.\d\d\s*$/m : / [01],\d\d\s*$/m;
    expect(run.stdout).toMatch(score);
    expect(run.stdout).not.toMatch(other);
  });

  test("a clean workbook: exit 0 and a readable Vietnamese report", async () => {
    const run = await runCli(["check", "sach.xlsx"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("sach.xlsx");
    expect(run.stdout).toContain("Phân bổ");
  });

  test("the sample: exit 1 (it has errors)", async () => {
    const run = await runCli(["check", "mau.xlsx"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("G6");
  });

  test("--json: only the CONTRACT §5 report on stdout", async () => {
    const run = await runCli(["check", "mau.xlsx", "--json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    // The sample has results sheets: the report carries CONTRACT §7's `progress` too.
    expect(Object.keys(report)).toEqual([...REPORT_KEYS, "progress"]);
    expect(report.version).toBe(1);
    expect(report.workbook).toBe("mau.xlsx");
    expect(report.allocationSheet).toBe("Phân bổ");
    expect(report.orientation).toBe("areas-as-rows");
    expect(report.planSource).toBe("sheet:Kế hoạch");
    const counts = report.counts as Record<string, number>;
    expect(Object.keys(counts).sort()).toEqual(["error", "info", "warning"]);
    expect(counts.error).toBeGreaterThan(0);
    const findings = report.findings as Array<Record<string, unknown>>;
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(["actual", "area", "cell", "expected", "indicator", "message", "rule", "severity", "sheet"]);
      expect(typeof f.message).toBe("string");
    }
    const kp = (report.indicators as Array<Record<string, unknown>>).find((i) => i.code === "KP.3");
    expect(kp).toMatchObject({ kind: "money", unit: "triệu đồng", target: 3_290_000_000, allocated: 3_290_000_000, status: "ok" });
  });

  test("--json --lang en: messages in English", async () => {
    const run = await runCli(["check", "mau.xlsx", "--json", "--lang", "en"], dir);
    const report = JSON.parse(run.stdout) as { findings: Array<{ message: string; area: string | null }> };
    const vi = JSON.parse((await runCli(["check", "mau.xlsx", "--json"], dir)).stdout) as typeof report;
    expect(report.findings.length).toBe(vi.findings.length);
    report.findings.forEach((f, i) => {
      // English words around the plan's own names and units (kept, as in Vietnamese).
      expect(f.message).not.toBe(vi.findings[i].message);
      expect(f.message).toMatch(/\b(the|is|are|of|not|has|shows|exceeds|counts|appears|allocated)\b/);
      if (f.area !== null && vi.findings[i].message.includes(f.area)) expect(f.message).toContain(f.area);
    });
  });

  test("--plan plan.json on a workbook without a plan sheet", async () => {
    const run = await runCli(["check", "khong-ke-hoach.xlsx", "--plan", "plan.json", "--json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { planSource: string; indicators: Array<{ code: string; target: number }> };
    expect(report.planSource).toMatch(/plan\.json/);
    expect(report.indicators.find((i) => i.code === "KP")?.target).toBe(1_250_000_000);
  });

  test("--plan kh257.json finds on the sample what its own plan sheet finds", async () => {
    const fromSheet = JSON.parse((await runCli(["check", "mau.xlsx", "--json"], dir)).stdout) as Record<string, unknown>;
    const run = await runCli(["check", "mau.xlsx", "--plan", "kh257.json", "--json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const fromJson = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(fromJson.planSource).toMatch(/kh257\.json/);
    expect(fromJson.findings).toEqual(fromSheet.findings);
    expect(fromJson.indicators).toEqual(fromSheet.indicators);
  });

  test("--plan with a plan document (.txt) is read as extract-plan reads it", async () => {
    const run = await runCli(["check", "mau.xlsx", "--plan", SEED, "--sheet", "Phân bổ", "--json"], dir);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    const report = JSON.parse(run.stdout) as { planSource: string; indicators: Array<{ code: string; target: number }> };
    expect(report.planSource).toMatch(/000_92e6245beb6ba244\.txt/);
    expect(report.indicators.some((i) => i.target === 9_490_000_000)).toBe(true);
  });

  test("--plan with the JSON extract-plan wrote (money in whole đồng, CONTRACT §6) checks as the document itself does", async () => {
    const extracted = await runCli(["extract-plan", SEED, "--json"], dir);
    expect(extracted.stderr).toBe("");
    writeFileSync(join(dir, "trich-xuat.json"), extracted.stdout);
    const fromJson = await runCli(["check", "mau.xlsx", "--plan", "trich-xuat.json", "--sheet", "Phân bổ", "--json"], dir);
    const fromText = await runCli(["check", "mau.xlsx", "--plan", SEED, "--sheet", "Phân bổ", "--json"], dir);
    expect(fromJson.stderr).toBe("");
    const json = JSON.parse(fromJson.stdout) as { findings: unknown[]; indicators: Array<{ code: string; target: number; allocated: number }> };
    const text = JSON.parse(fromText.stdout) as typeof json;
    expect(json.indicators.find((i) => i.code === "KP")?.target).toBe(9_490_000_000);
    expect(json.indicators.map((i) => [i.code, i.target, i.allocated])).toEqual(text.indicators.map((i) => [i.code, i.target, i.allocated]));
    expect(json.findings.length).toBe(text.findings.length);
    unlinkSync(join(dir, "trich-xuat.json"));
  });

  describe("unusable input: exit 2, one line on stderr, nothing on stdout", () => {
    test("missing file", async () => {
      expectUnusable(await runCli(["check", "khong-co.xlsx"], dir), /khong-co\.xlsx/);
      expectUnusable(await runCli(["check", "khong-co.xlsx", "--json", "--lang", "en"], dir), /not found: khong-co\.xlsx/);
    });
    test("not a workbook", async () => {
      expectUnusable(await runCli(["check", "khong-phai.xlsx", "--json"], dir), /^allocheck: khong-phai\.xlsx /); // named as given, not by its full path
    });
    test("a folder", async () => {
      expectUnusable(await runCli(["check", "."], dir));
    });
    test("no plan", async () => {
      expectUnusable(await runCli(["check", "khong-ke-hoach.xlsx", "--json"], dir), /^allocheck: khong-ke-hoach\.xlsx: Không tìm thấy trang kế hoạch/);
      expectUnusable(await runCli(["check", "khong-ke-hoach.xlsx", "--lang", "en"], dir), /^allocheck: khong-ke-hoach\.xlsx: No plan sheet found/);
    });
    test("a sheet that does not exist", async () => {
      expectUnusable(await runCli(["check", "sach.xlsx", "--sheet", "Không có"], dir), /^allocheck: sach\.xlsx: Không có trang tính "Không có"/);
    });
    test.each([
      [["check", "sach.xlsx", "--sheet", "Kế hoạch"], /^allocheck: sach\.xlsx: Trang "Kế hoạch" là trang kế hoạch .*không phải biểu phân bổ.*các trang khác: "Phân bổ"\)\. \(tùy chọn --sheet\)\n$/],
      [["check", "mau.xlsx", "--sheet", "ke hoach", "--json", "--lang", "en"], /^allocheck: mau\.xlsx: Sheet "Kế hoạch" is the plan sheet .*other sheets: "Phân bổ"\)\. \(option --sheet\)\n$/],
      [["summary", "sach.xlsx", "--sheet", "Kế hoạch", "-o", "ke-hoach-nham.xlsx"], /trang kế hoạch/],
      [["check", "kh-nam.xlsx", "--sheet", "Kế hoạch năm 2024"], /^allocheck: kh-nam\.xlsx: Trang "Kế hoạch năm 2024" là trang kế hoạch .*các trang khác: "Phân bổ"\)/],
    ])("--sheet naming the plan's own sheet is no allocation sheet: %j", async (argv, message) => {
      expectUnusable(await runCli(argv, dir), message);
    });
    test("plan file missing, broken JSON, both --plan and --plan-sheet", async () => {
      expectUnusable(await runCli(["check", "sach.xlsx", "--plan", "khong-co.json"], dir), /khong-co\.json/);
      expectUnusable(await runCli(["check", "sach.xlsx", "--plan", "hong.json"], dir), /hong\.json/);
      expectUnusable(await runCli(["check", "sach.xlsx", "--plan", "plan.json", "--plan-sheet", "Kế hoạch"], dir), /--plan-sheet/);
    });
    test("a plan document with no numeric target is no plan to check against", async () => {
      expectUnusable(await runCli(["check", "sach.xlsx", "--plan", "trong.txt", "--lang", "en"], dir), /no targets/);
    });
    test("writes nothing", async () => {
      expect(filesIn(dir)).toEqual(["hong.json", "kh-nam.xlsx", "kh257.json", "khong-ke-hoach.xlsx", "khong-phai.xlsx", "mau.xlsx", "plan.json", "sach.xlsx", "trong.txt"]);
    });
  });
});
