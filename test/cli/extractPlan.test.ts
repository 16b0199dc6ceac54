/** `allocheck extract-plan`: the plan of a document as text or JSON, and as a workbook with -o (never over a file). */
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { readPlanFromWorkbook } from "../../src/core/plan";
import { makeTempDir } from "../helpers/xlsxFixture";
import { expectUnusable, filesIn, runCli } from "./runCli";

const SEED = join(__dirname, "../../../shared/seeds/000_92e6245beb6ba244.txt");

let dir: string;
beforeAll(() => {
  dir = makeTempDir("allocheck-cli-extract-");
  copyFileSync(SEED, join(dir, "kh257.txt"));
  writeFileSync(join(dir, "trong.txt"), "Văn bản này không có chỉ tiêu nào.\n");
});

describe("allocheck extract-plan", () => {
  test.each([
    [["extract-plan", "kh257.txt", "-o", "kh257.json"], /^allocheck: -o ghi kế hoạch thành sổ tính \.xlsx, không ghi JSON: kh257\.json — .*: allocheck extract-plan kh257\.txt --json > kh257\.json\n$/],
    [["extract-plan", "kh257.txt", "-o", "kế hoạch.JSON", "--lang", "en"], /^allocheck: -o writes the plan as an \.xlsx workbook, not as JSON: kế hoạch\.JSON — .*: allocheck extract-plan kh257\.txt --json > "kế hoạch\.JSON"\n$/],
  ])("-o naming a .json file is told how to get the JSON, nothing written: %j", async (argv, message) => {
    const before = filesIn(dir);
    expectUnusable(await runCli(argv, dir), message);
    expect(filesIn(dir)).toEqual(before);
  });

  test("prints the plan it found, in Vietnamese", async () => {
    const run = await runCli(["extract-plan", "kh257.txt"], dir);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    expect(run.stdout).toContain("257/KH-UBND");
    expect(run.stdout).toMatch(/Địa chỉ tin cậy/i);
  });

  test("--json: CONTRACT §6 on stdout and nothing else", async () => {
    const run = await runCli(["extract-plan", "kh257.txt", "--json"], dir);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["version", "title", "number", "date", "indicators", "areas", "issues"]);
    expect(json.number).toBe("257/KH-UBND");
    expect(json.date).toBe("2022-10-03");
    const indicators = json.indicators as Array<Record<string, unknown>>;
    expect(indicators.find((i) => i.target === 62)).toMatchObject({ kind: "count" });
    expect(indicators.find((i) => i.target === 9_490_000_000)).toMatchObject({ kind: "money" });
    expect((json.areas as unknown[]).length).toBe(14);
  });

  test("-o writes a workbook whose Kế hoạch sheet the engine reads back as the plan", async () => {
    const run = await runCli(["extract-plan", "kh257.txt", "-o", "ke-hoach.xlsx"], dir);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("ke-hoach.xlsx");
    const workbook = await readWorkbookFile(join(dir, "ke-hoach.xlsx"));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);
    const plan = readPlanFromWorkbook(workbook);
    expect(plan.lines.some((l) => l.target === 62 && l.kind === "count")).toBe(true);
    expect(plan.lines.some((l) => l.target === 9_490_000_000 && l.kind === "money")).toBe(true);
    expect(plan.areas).toHaveLength(14);
  });

  test("-o never writes over an existing file or the input", async () => {
    const before = readFileSync(join(dir, "ke-hoach.xlsx"));
    expectUnusable(await runCli(["extract-plan", "kh257.txt", "-o", "ke-hoach.xlsx"], dir), /đã có/);
    expect(readFileSync(join(dir, "ke-hoach.xlsx"))).toEqual(before);
    expectUnusable(await runCli(["extract-plan", "kh257.txt", "-o", "kh257.txt"], dir));
    expect(readFileSync(join(dir, "kh257.txt"), "utf8")).toBe(readFileSync(SEED, "utf8"));
  });

  test("a document with no numeric target gives an empty list that says so, not an error", async () => {
    const result = await runCli(["extract-plan", "trong.txt", "--json", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { indicators: unknown[]; issues: { rule: string }[] };
    expect(json.indicators).toEqual([]);
    expect(json.issues.map((issue) => issue.rule)).toContain("no-targets");
  });

  test.each([["vi", /^allocheck: không tìm thấy chỉ tiêu hay kinh phí nào trong trong\.txt — không ghi ke-hoach-trong\.xlsx; /], ["en", /^allocheck: no targets or budget lines found in trong\.txt — ke-hoach-trong\.xlsx not written; /]])(
    "-o with a document with no target: exit 2, one line naming both files, no empty plan sheet written (%s)",
    async (lang, message) => {
      const before = filesIn(dir);
      expectUnusable(await runCli(["extract-plan", "trong.txt", "-o", "ke-hoach-trong.xlsx", "--lang", lang], dir), message);
      expectUnusable(await runCli(["extract-plan", "trong.txt", "-o", "ke-hoach-trong.xlsx", "--json", "--lang", lang], dir), message);
      expect(filesIn(dir)).toEqual(before);
    },
  );

  test("unusable input: exit 2, one line, nothing written", async () => {
    const before = filesIn(dir);
    expectUnusable(await runCli(["extract-plan", "khong-co.txt", "-o", "a.xlsx"], dir), /khong-co\.txt/);
    expectUnusable(await runCli(["extract-plan", "ke-hoach.xlsx"], dir), /^allocheck: ke-hoach\.xlsx là sổ tính, không phải văn bản kế hoạch: .*--plan ke-hoach\.xlsx/);
    expect(filesIn(dir)).toEqual(before);
  });

  test.each<[string, string, RegExp]>([
    ["a plan in JSON", '{ "title": "Kế hoạch", "indicators": [{ "code": "1", "name": "Tổ", "unit": "tổ", "target": 3 }], "areas": [] }', /là kế hoạch dạng JSON.*--plan/],
    ["other JSON", '[{ "xa": "Bản Mế", "to": 1 }]', /chứa dữ liệu JSON, không phải văn bản kế hoạch/],
  ])("a .txt holding %s is told for what it is (exit 2), never read as a text with no target", async (_label, content, message) => {
    writeFileSync(join(dir, "ke-hoach-json.txt"), content);
    expectUnusable(await runCli(["extract-plan", "ke-hoach-json.txt", "--json"], dir), message);
  });
});

describe("a workbook or a JSON plan given to extract-plan", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "so tinh.xlsx"), "not read");
    writeFileSync(join(dir, "kh.json"), "{}");
  });
  test.each([
    [["extract-plan", "so tinh.xlsx"], /^allocheck: "so tinh\.xlsx" là sổ tính, không phải văn bản kế hoạch: extract-plan đọc văn bản \(\.txt, \.md, \.docx\)\. Kế hoạch trong sổ tính \(trang "Kế hoạch"\) được dùng để kiểm tra: allocheck check <sổ tính\.xlsx> --plan "so tinh\.xlsx"; để kiểm tra chính sổ tính này: allocheck check "so tinh\.xlsx"\n$/],
    [["extract-plan", "so tinh.xlsx", "--lang", "en"], /^allocheck: "so tinh\.xlsx" is a workbook, not a plan document: extract-plan reads documents \(\.txt, \.md, \.docx\)\. A plan in a workbook \(a "Kế hoạch" sheet\) is used to check: allocheck check <workbook\.xlsx> --plan "so tinh\.xlsx"; to check this workbook itself: allocheck check "so tinh\.xlsx"\n$/],
    [["extract-plan", "kh.json"], /^allocheck: kh\.json là kế hoạch JSON, không phải văn bản kế hoạch: extract-plan đọc văn bản \(\.txt, \.md, \.docx\)\. Kế hoạch JSON được dùng để kiểm tra: allocheck check <sổ tính\.xlsx> --plan kh\.json\n$/],
  ])("%j points to check --plan", async (argv, message) => {
    expectUnusable(await runCli(argv, dir), message);
  });
});
