import { MemoryWorkbookHost } from "../../src/adapters/memory";
import {
  draftsFromExtracted,
  emptyDraft,
  indicatorsFromDrafts,
  withDrafts,
  writePlanSheet,
} from "../../src/app/planImport";
import { runCheck } from "../../src/app/runCheck";
import type { ExtractedPlan } from "../../src/extract/types";
import { buildSampleWorkbookData } from "../../src/sample";

function extracted(): ExtractedPlan {
  return {
    version: 1,
    title: "Kế hoạch thực hiện Dự án 8",
    number: "12/KH-UBND",
    date: "2024-03-05",
    indicators: [
      {
        code: "1",
        name: "Tổ truyền thông cộng đồng",
        unit: "tổ",
        target: 14,
        kind: "count",
        source: "line 7",
        quota: 1,
        sourceText: "Thành lập mới 14 tổ truyền thông cộng đồng (01 tổ/xã)",
      },
      { code: "2", name: "Tỷ lệ phụ nữ tham gia", unit: "%", target: 15, kind: "percent", source: "line 9", rule: ">=" },
      {
        code: "KP",
        name: "Tổng kinh phí",
        unit: "tỷ đồng",
        target: 9_490_000_000,
        kind: "money",
        scale: 1e9,
        source: "line 20",
      },
    ],
    areas: [
      { district: "Ba Vì", commune: "Khánh Thượng" },
      { district: "Ba Vì", commune: "Minh Quang" },
    ],
    issues: [],
  };
}

describe("plan drafts", () => {
  test("show values in the unit the document writes, in Vietnamese notation", () => {
    const drafts = draftsFromExtracted(extracted(), "vi");
    expect(drafts.map((d) => [d.code, d.target, d.quota, d.rule])).toEqual([
      ["1", "14", "1", ""],
      ["2", "15", "", ">="],
      ["KP", "9,49", "", ""],
    ]);
    expect(drafts[0].sourceText).toMatch(/01 tổ\/xã/);
    expect(draftsFromExtracted(extracted(), "en")[2].target).toBe("9.49");
    // Exact, grouped as typed: no float noise, no rounding.
    const big = { ...extracted(), indicators: [{ ...extracted().indicators[2], target: 1_234_567, scale: 1e6, unit: "triệu đồng" }] };
    expect(draftsFromExtracted(big, "vi")[0].target).toBe("1,234567");
    const many = { ...extracted(), indicators: [{ ...extracted().indicators[0], target: 1250 }] };
    expect(draftsFromExtracted(many, "vi")[0].target).toBe("1.250");
    expect(draftsFromExtracted(many, "en")[0].target).toBe("1,250");
  });

  test("round-trip to the same indicators when nothing is edited", () => {
    const plan = extracted();
    for (const lang of ["vi", "en"] as const) {
      const { indicators, problems } = indicatorsFromDrafts(draftsFromExtracted(plan, lang), lang);
      expect(problems).toEqual([]);
      expect(indicators.map((i) => [i.code, i.unit, i.kind, i.target, i.rule, i.quota])).toEqual(
        plan.indicators.map((i) => [i.code, i.unit, i.kind, i.target, i.rule, i.quota]),
      );
    }
  });

  test("edits change the base values exactly; a new unit changes the scale", () => {
    const drafts = draftsFromExtracted(extracted(), "vi");
    const edited = drafts.map((d) =>
      d.code === "KP" ? { ...d, target: "9.490", unit: "triệu đồng" } : d.code === "1" ? { ...d, target: "1.250" } : d,
    );
    const { indicators } = indicatorsFromDrafts(edited, "vi");
    expect(indicators.find((i) => i.code === "KP")).toMatchObject({ target: 9_490_000_000, scale: 1e6, kind: "money" });
    expect(indicators.find((i) => i.code === "1")?.target).toBe(1250);
  });

  test("a value that is not a number, or a missing name, is reported at its cell", () => {
    const drafts = draftsFromExtracted(extracted(), "vi");
    const bad = [{ ...drafts[0], target: "mười bốn" }, { ...drafts[1], quota: "abc" }, { ...emptyDraft(9), unit: "tổ", target: "3" }];
    const result = withDrafts(extracted(), bad, "vi");
    expect(result.plan).toBeNull();
    expect(result.problems).toEqual([
      { index: 0, field: "target" },
      { index: 1, field: "quota" },
      { index: 2, field: "code" },
      { index: 2, field: "name" },
    ]);
  });

  test("the corrected plan keeps the document's identity and areas", () => {
    const drafts = draftsFromExtracted(extracted(), "vi").filter((d) => d.code !== "2");
    const { plan } = withDrafts(extracted(), drafts, "vi");
    expect(plan?.number).toBe("12/KH-UBND");
    expect(plan?.areas).toHaveLength(2);
    expect(plan?.indicators.map((i) => i.code)).toEqual(["1", "KP"]);
  });
});

describe("writePlanSheet", () => {
  test("writes a new plan sheet next to an existing one, and the check can use it", async () => {
    const memory = new MemoryWorkbookHost(buildSampleWorkbookData());
    const name = await writePlanSheet(memory, extracted());
    expect(name).toBe("Kế hoạch (2)");
    expect(memory.getSheet("Kế hoạch")?.values).toEqual(buildSampleWorkbookData().sheets[0].values);
    const outcome = await runCheck(memory, { allocationSheet: "Phân bổ", planSheet: name });
    expect(outcome.plan.sheet).toBe(name);
    expect(outcome.plan.lines.map((l) => l.code)).toEqual(expect.arrayContaining(["1", "2", "KP"]));
    const kp = outcome.plan.lines.find((l) => l.code === "KP");
    expect(kp?.target).toBe(9_490_000_000);
  });

  test("takes the plain name in a workbook without a plan sheet", async () => {
    const memory = new MemoryWorkbookHost({ sheets: [{ name: "Phân bổ", values: [["x"]], merges: [] }] });
    expect(await writePlanSheet(memory, extracted())).toBe("Kế hoạch");
  });
});
