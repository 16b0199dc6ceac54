import { readPlanJson } from "../../../src/core/plan";
import { inputError } from "../../helpers/inputError";


describe("readPlanJson", () => {
  test("reads indicators in their units, rules, quotas, hierarchy and areas", () => {
    const plan = readPlanJson(
      {
        title: "KH 257",
        indicators: [
          { code: "1", name: "Tổ truyền thông", unit: "tổ", target: 14, rule: "=", quota: 1 },
          { code: "7", name: "Cán bộ nữ tập huấn", unit: "%", target: "100" },
          { code: "KP", name: "Kinh phí", unit: "tỷ đồng", target: "9,490" },
          { code: "KP.1", name: "Bình đẳng giới", unit: "tỷ đồng", target: 3.1 },
          { code: "KP.5", name: "Dạy nghề", unit: "triệu đồng", target: "500", rule: "≤" },
        ],
        areas: [{ district: "Ba Vì", commune: "Ba Trại" }, { district: "Mỹ Đức" }],
      },
      "plan.json",
    );
    expect(plan.source).toBe("file:plan.json");
    expect(plan.title).toBe("KH 257");
    expect(plan.lines.map((l) => [l.code, l.kind, l.target, l.rule, l.quota ?? null, l.scale, l.parentCode ?? null])).toEqual([
      ["1", "count", 14, "=", 1, 1, null],
      ["7", "percent", 100, ">=", null, 1, null],
      ["KP", "money", 9_490_000_000, "<=", null, 1e9, null],
      ["KP.1", "money", 3_100_000_000, "<=", null, 1e9, "KP"],
      ["KP.5", "money", 500_000_000, "<=", null, 1e6, "KP"],
    ]);
    expect(plan.areas).toEqual([{ district: "Ba Vì", commune: "Ba Trại" }, { district: "Mỹ Đức" }]);
  });

  test.each([
    ["extract-plan's JSON (version, kind): money in whole đồng", { version: 1 }, "money", 9_490_000_000, 9_490_000_000],
    ["a plan of §1 with no version: money in the unit given", {}, undefined, 9.49, 9_490_000_000],
    ["a version but no kind: money in the unit given", { version: 1 }, undefined, 9.49, 9_490_000_000],
  ])("%s", (_label, head, kind, target, expected) => {
    const plan = readPlanJson(
      { ...head, indicators: [{ code: "KP", name: "Kinh phí", unit: "tỷ đồng", target, ...(kind ? { kind } : {}) }, { code: "1", name: "Tổ", unit: "tổ", target: 14, ...(kind ? { kind: "count" } : {}) }] },
      "plan.json",
    );
    expect(plan.lines.map((l) => [l.code, l.target, l.scale])).toEqual([
      ["KP", expected, 1e9],
      ["1", 14, 1],
    ]);
  });

  test.each([
    ["`≥85%`", "%", "≥85%", undefined, 85, ">="],
    ["`Tối thiểu 85%`", "%", "Tối thiểu 85%", undefined, 85, ">="],
    ["`85% trở lên`", "%", "85% trở lên", undefined, 85, ">="],
    ["`không quá 300 triệu` in triệu đồng", "triệu đồng", "không quá 300", undefined, 300_000_000, "<="],
    ["`Tối thiểu 14` tổ", "tổ", "Tối thiểu 14", undefined, 14, ">="],
    ["a `rule` still wins over the target's words", "%", "Tối thiểu 85%", "=", 85, "="],
    ["a bare target keeps the unit's default", "%", "85", undefined, 85, ">="],
  ])("a target written with its comparison sets the rule, as on the plan sheet: %s", (_name, unit, target, rule, value, expected) => {
    const plan = readPlanJson({ indicators: [{ code: "1", name: "A", unit, target, ...(rule !== undefined ? { rule } : {}) }] }, "plan.json");
    expect([plan.lines[0].target, plan.lines[0].rule]).toEqual([value, expected]);
  });

  test.each([
    ["`1 tổ/xã`", "tổ", "1 tổ/xã", 1],
    ["`01/xã`", "tổ", "01/xã", 1],
    ["`100 triệu đồng/xã`", "triệu đồng", "100 triệu đồng/xã", 100_000_000],
    ["a number", "tổ", 2, 2],
  ])("a quota written per area reads as the plan sheet's `Định mức` column: %s", (_name, unit, quota, expected) => {
    const plan = readPlanJson({ indicators: [{ code: "1", name: "A", unit, target: 10, quota }] }, "plan.json");
    expect(plan.lines[0].quota).toBe(expected);
  });

  test.each([
    ["a year as a number key", { "2024": 4, "2025": 4 }, undefined, { "2024": 4, "2025": 4 }],
    ["`Năm 2024` keys, text in Vietnamese notation", { "Năm 2024": "1.250", "năm 2025": "750" }, undefined, { "2024": 1250, "2025": 750 }],
    ["blank years left out", { "2024": 4, "2025": "", "2026": null }, undefined, { "2024": 4 }],
    ["`yearTargets`, money in its unit", undefined, { "2024": "0,5", "2025": 1 }, { "2024": 500_000_000, "2025": 1_000_000_000 }],
    ["no years", undefined, undefined, undefined],
  ])("per-year targets, like the plan sheet's year columns: %s", (_name, years, yearTargets, expected) => {
    const money = yearTargets !== undefined;
    const plan = readPlanJson(
      { indicators: [{ code: "1", name: "A", unit: money ? "tỷ đồng" : "tổ", target: money ? 2 : 2000, ...(years !== undefined ? { years } : {}), ...(yearTargets !== undefined ? { yearTargets } : {}) }] },
      "plan.json",
    );
    expect(plan.lines[0].yearTargets).toEqual(expected);
  });

  test.each([
    [null, "the plan must be a JSON object"],
    [{}, '"indicators" is missing'],
    [{ indicators: [] }, '"indicators" is missing'],
    [{ indicators: [5] }, "indicators[0]: must be an object"],
    [{ indicators: [{ name: "A", unit: "tổ", target: 1 }] }, 'indicators[0]: "code" is missing'],
    [{ indicators: [{ code: "1", unit: "tổ", target: 1 }] }, 'indicators[0]: "name" is missing'],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ" }] }, 'indicators[0]: "target" is missing'],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: "mười" }] }, 'indicators[0].target: "mười" is not a number'],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: -1 }] }, "indicators[0].target: must not be negative"],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 1, rule: "<" }] }, 'indicators[0].rule: "<" is not'],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 1, quota: [] }] }, "indicators[0].quota: must be a number"],
    [
      { indicators: [{ code: "1", name: "A", unit: "tổ", target: 1 }, { code: "1", name: "B", unit: "tổ", target: 1 }] },
      'indicators[1]: code "1" repeats',
    ],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 1 }], areas: {} }, "areas: must be a list"],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 4, years: [1, 3] }] }, 'indicators[0].years: must be { "2024": number'],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 4, years: { "Quý 1": 1 } }] }, 'indicators[0].years["Quý 1"]: is not a year'],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 4, years: { "2024": "bốn" } }] }, 'indicators[0].years["2024"]: "bốn" is not a number'],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 4, yearTargets: { "2024": -1 } }] }, 'indicators[0].yearTargets["2024"]: must not be negative'],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 4, years: { "2024": 1, "Năm 2024": 2 } }] }, "year 2024 is given twice"],
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 1 }], areas: [{ commune: "" }] }, 'areas[0]: "district" is missing'],
  ])("%j is refused: %s", (json, message) => {
    const error = inputError(() => readPlanJson(json, "plan.json"));
    expect(error.code).toBe("bad-plan");
    expect(error.text.en).toContain("plan.json");
    expect(error.text.en).toContain(message);
    expect(error.text.vi).toContain("plan.json");
  });
});

describe("a line with no unit", () => {
  const refusal = (json: unknown): string => {
    try {
      readPlanJson(json, "plan.json");
    } catch (error) {
      return (error as { text: { en: string } }).text.en;
    }
    return "read";
  };
  test.each<[string, Record<string, unknown>]>([
    ["missing", { code: "1", name: "Tổ", target: 3 }],
    ["empty", { code: "1", name: "Tổ", unit: "", target: 3 }],
    ["blank", { code: "1", name: "Tổ", unit: "  ", target: 3 }],
    ["null", { code: "1", name: "Tổ", unit: null, target: 3 }],
  ])("%s in a hand-written plan: refused naming indicators[i].unit", (_name, second) => {
    expect(refusal({ indicators: [{ code: "0", name: "Khác", unit: "tổ", target: 1 }, second] })).toMatch(/^plan\.json, indicators\[1\]\.unit: "unit" is missing/);
  });

  test("in extract-plan output (version, kind): read, its kind given", () => {
    const plan = readPlanJson({ version: 1, indicators: [{ code: "1", name: "Tổ", unit: "", target: 3, kind: "count" }] }, "plan.json");
    expect(plan.lines.map((l) => [l.code, l.target])).toEqual([["1", 3]]);
  });
});

describe("a dash in a plan file, as on the plan sheet", () => {
  test.each(["-", "–", "—"])("target %j: none planned, 0, said with the indicator; a quota's dash is no quota; a year's dash is 0", (dash) => {
    const plan = readPlanJson(
      {
        indicators: [
          { code: "1", name: "Câu lạc bộ", unit: "CLB", target: 10, quota: dash },
          { code: "2", name: "Hội thảo", unit: "cuộc", target: dash },
          { code: "3", name: "Kinh phí", unit: "triệu đồng", target: "600", years: { "2026": dash, "2027": 600 } },
          { code: "4", name: "Tỷ lệ hộ được tuyên truyền", unit: "%", target: ` ${dash} ` },
        ],
      },
      "plan.json",
    );
    expect(plan.lines.map((l) => [l.code, l.target, l.rule, l.quota ?? null, l.yearTargets ?? null])).toEqual([
      ["1", 10, "<=", null, null],
      ["2", 0, "<=", null, null],
      ["3", 600e6, "<=", null, { "2026": 0, "2027": 600e6 }],
      ["4", 0, ">=", null, null],
    ]);
    expect(plan.doubts?.map((d) => d.en)).toEqual([
      `plan.json, indicators[1].target: the dash "${dash}" (none planned) is read as 0 for line 2, so any figure allocated to it is over the plan. If the line has a target, type it.`,
      `plan.json, indicators[3].target: the dash "${dash}" (none planned) is read as 0 for line 4. If the line has a target, type it.`,
    ]);
  });

  test("a file with no dash says nothing", () => {
    const plan = readPlanJson({ indicators: [{ code: "1", name: "Câu lạc bộ", unit: "CLB", target: 10 }] }, "plan.json");
    expect(plan.doubts).toBeUndefined();
  });
});
