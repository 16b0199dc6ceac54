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
    [{ indicators: [{ code: "1", name: "A", unit: "tổ", target: 1 }], areas: [{ commune: "" }] }, 'areas[0]: "district" is missing'],
  ])("%j is refused: %s", (json, message) => {
    const error = inputError(() => readPlanJson(json, "plan.json"));
    expect(error.code).toBe("bad-plan");
    expect(error.text.en).toContain("plan.json");
    expect(error.text.en).toContain(message);
    expect(error.text.vi).toContain("plan.json");
  });
});
