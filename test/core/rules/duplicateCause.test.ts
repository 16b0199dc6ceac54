/**
 * An area listed twice is counted twice in every line's allocated total: a
 * line over its plan only because of it is told by the `duplicate` finding
 * alone; a line over without it keeps its `ceiling` finding.
 */
import { evaluateRules } from "../../../src/core/rules";
import { brief, context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

const LINES = [
  { header: "Tổ truyền thông", planCode: "1" },
  { header: "Địa chỉ tin cậy", planCode: "2" },
];
/** Tổng cộng, Huyện Ba Vì with Ba Trại, Tản Lĩnh and Ba Trại again (rows 2..6); the totals are SUMs that count the repeat. */
const rows = (repeat: [number, number]): RowSpec[] => [
  { label: "Tổng cộng", kind: "total", parent: null, values: [2 + repeat[0], 5 + repeat[1]] },
  { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [2 + repeat[0], 5 + repeat[1]] },
  { label: "Xã Ba Trại", kind: "leaf", parent: 1, values: [1, 2] },
  { label: "Xã Tản Lĩnh", kind: "leaf", parent: 1, values: [1, 3] },
  { label: "Xã Ba Trại", kind: "leaf", parent: 1, values: repeat },
];

describe("a repeated area and the plan", () => {
  test.each<[string, [number, number], [number, number], string[]]>([
    ["every line over only by the repeat: the duplicate alone", [2, 5], [1, 2], ["duplicate A6"]],
    ["a line over even without the repeat keeps its ceiling finding", [1, 5], [1, 2], ["ceiling B2", "duplicate A6"]],
    ["a line under the plan keeps its warning", [4, 5], [1, 2], ["ceiling B2", "duplicate A6"]],
  ])("%s", (_name, targets, repeat, expected) => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", targets[0]), planLine("2", "Địa chỉ tin cậy", "địa chỉ", targets[1])]);
    const findings = evaluateRules(context(p, table(LINES, rows(repeat))));
    expect(findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(expected);
  });

  test("the duplicate names the plan lines it puts over", () => {
    const p = plan([planLine("1", "Tổ truyền thông", "tổ", 2), planLine("2", "Địa chỉ tin cậy", "địa chỉ", 5)]);
    const [finding] = evaluateRules(context(p, table(LINES, rows([1, 2]))));
    expect(brief(finding)).toEqual(["duplicate", "error", SHEET, "A6", null, "Xã Ba Trại", null, null]);
    expect(finding.message.vi).toContain("Số liệu bị cộng hai lần làm tổng phân bổ vượt kế hoạch ở: Tổ truyền thông (B2), Địa chỉ tin cậy (C2); bỏ dòng trùng thì khớp.");
    expect(finding.message.en).toContain("Counted twice, it puts the allocated total over the plan for: Tổ truyền thông (B2), Địa chỉ tin cậy (C2); without the repeat it fits.");
  });
});
