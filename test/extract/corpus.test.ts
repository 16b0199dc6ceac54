/**
 * The corpus of plan texts in test/extract/corpus (`NAME.txt`, or a Word
 * `NAME.docx` read as the command reads it), each with what a careful reader
 * writes down from it (`NAME.expected.json`), scored as
 * `scripts/extract-eval.js` scores it: the scores must not fall below the
 * floors recorded in `corpus/thresholds.json`, and the budget, number, date,
 * areas and issues expected must all be found — unless the text's floor
 * records how many of those the reading still misses (`budget`, `other`).
 */
import * as fs from "fs";
import * as path from "path";
import { extractPlan } from "../../src/extract";
import { scorePlan, type ExpectedPlan, type PlanScore } from "../../src/extract/evaluate";
import { readPlanDocumentBytes } from "../../src/extract/readDocumentBuffer";

const DIR = path.join(__dirname, "corpus");
interface Floor {
  readonly recall: number;
  readonly spurious: number;
  /** Least budget lines right, where not all are yet. */
  readonly budget?: number;
  /** Most number, date, area, issue, rule, range, quota and confirmation misses, where some remain. */
  readonly other?: number;
}
const thresholds = JSON.parse(fs.readFileSync(path.join(DIR, "thresholds.json"), "utf8")) as Record<string, Floor>;
const files = fs.readdirSync(DIR).filter((f) => /\.(txt|docx)$/.test(f)).sort();
const names = files.map((f) => f.replace(/\.(txt|docx)$/, ""));

test("every corpus text has its expected reading and a recorded floor", () => {
  expect(names.length).toBeGreaterThanOrEqual(5);
  for (const name of names) {
    expect(fs.existsSync(path.join(DIR, `${name}.expected.json`))).toBe(true);
    expect(thresholds[name]).toBeDefined();
  }
});

describe.each(files)("%s", (file) => {
  const name = file.replace(/\.(txt|docx)$/, "");
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as ExpectedPlan;
  let score: PlanScore;
  beforeAll(async () => {
    const text = await readPlanDocumentBytes(fs.readFileSync(path.join(DIR, file)), file);
    score = scorePlan(extractPlan(text), expected);
  });

  test("recall and spurious targets hold their floors", () => {
    const floor = thresholds[name];
    expect(score.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(score.spurious).toBeLessThanOrEqual(floor.spurious);
  });

  test("budget lines, number, date, areas and issues as expected", () => {
    const floor = thresholds[name];
    if (floor.budget === undefined) expect(score.budgetRight).toBe(score.budgetExpected);
    else expect(score.budgetRight).toBeGreaterThanOrEqual(floor.budget);
    if (floor.other === undefined) expect(score.otherMisses).toEqual([]);
    else expect(score.otherMisses.length).toBeLessThanOrEqual(floor.other);
  });
});

describe("scorePlan", () => {
  const plan = extractPlan(["KẾ HOẠCH", "Thử", "I. MỤC TIÊU", "- Phấn đấu 80% hộ gia đình đạt chuẩn; thành lập mới 10 tổ."].join("\n"));

  test("a target is found by value and unit; one not expected is spurious; one not found is missed", () => {
    const score = scorePlan(plan, { targets: [{ target: 80, unit: "%" }, { target: 5, unit: "tổ" }] });
    expect([score.found, score.expected, score.recall, score.spurious]).toEqual([1, 2, 0.5, 1]);
    expect(score.missed).toEqual([{ target: 5, unit: "tổ" }]);
    expect(score.extra.map((x) => [x.target, x.unit])).toEqual([[10, "tổ"]]);
  });

  test("a target or budget line whose comparison the reader wrote must carry it", () => {
    const bounded = extractPlan(["KẾ HOẠCH", "Thử", "I. CHỈ TIÊU", "- Duy trì trên 30 câu lạc bộ; thành lập mới 10 tổ.", "II. KINH PHÍ", "Tổng kinh phí là 2 tỷ đồng."].join("\n"));
    const score = scorePlan(bounded, {
      targets: [
        { target: 30, unit: "CLB", rule: ">=" },
        { target: 10, unit: "tổ", rule: ">=" },
      ],
      budget: [{ code: "KP", target: 2_000_000_000, rule: ">=" }],
    });
    expect(score.recall).toBe(1);
    expect(score.otherMisses).toEqual(["rule of 10 tổ: none", "rule of KP: none"]);
  });

  test("a range, a quota or a confirmation the reader wrote must be carried; districts are counted", () => {
    const read = extractPlan(
      ["KẾ HOẠCH", "Thử", "I. CHỈ TIÊU", "- Thành lập mới từ 10 đến 12 CLB; thành lập mới 14 tổ (mỗi xã 01 tổ).", "II. NỘI DUNG HOẠT ĐỘNG", "1. Tổ chức 02 hội nghị tập huấn.", "Huyện Ba Vì: xã Ba Trại, xã Tản Lĩnh."].join("\n"),
    );
    const right = scorePlan(read, {
      targets: [
        { target: 10, unit: "CLB", range: [10, 12] },
        { target: 14, unit: "tổ", quota: 1 },
        { target: 2, unit: "hội nghị", confirm: true },
      ],
      districts: 1,
      communes: 2,
    });
    expect(right.otherMisses).toEqual([]);
    const wrong = scorePlan(read, {
      targets: [
        { target: 10, unit: "CLB", range: [10, 15] },
        { target: 14, unit: "tổ", quota: 2 },
        { target: 2, unit: "hội nghị" },
      ],
      districts: 2,
    });
    expect(wrong.otherMisses).toEqual(["range of 10 CLB: 10-12", "quota of 14 tổ: 1", "districts 1"]);
    const listed = scorePlan(read, { targets: [{ target: 14, unit: "tổ", confirm: true }] });
    expect(listed.otherMisses).toEqual(["14 tổ not marked for confirmation"]);
    const asked = scorePlan(read, { targets: [{ target: 2, unit: "hội nghị", confirm: false }, { target: 14, unit: "tổ", confirm: false }] });
    expect(asked.otherMisses).toEqual(["2 hội nghị marked for confirmation"]);
  });

  test("a wrong number, date or missing issue is named", () => {
    const score = scorePlan(plan, { targets: [], number: "1/KH", date: "2024-01-01", issues: ["budget-split"] });
    expect(score.otherMisses).toEqual(["number null", "date null", "issue budget-split missing"]);
  });
});
