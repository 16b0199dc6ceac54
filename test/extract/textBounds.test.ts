/** Bounds written as symbols in running text (`≤ 10%`, `>= 80%`) give the rule and stay out of the name; `đạt từ 70% trở lên` names the target without `đạt từ`. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [number, string, string | undefined];

describe("bounds in the text", () => {
  test.each<[string, Row]>([
    ["- Tỷ lệ hộ nghèo ≤ 10%.", [10, "Tỷ lệ hộ nghèo", "<="]],
    ["- Tỷ lệ phụ nữ được khám thai ≥ 80%.", [80, "Tỷ lệ phụ nữ được khám thai", ">="]],
    ["- Tỷ lệ trẻ em được tiêm chủng >= 95%.", [95, "Tỷ lệ trẻ em được tiêm chủng", ">="]],
    ["- Tỷ lệ hộ tái nghèo < 1%.", [1, "Tỷ lệ hộ tái nghèo", "<="]],
    ["- Tỷ lệ phụ nữ được khám sàng lọc đạt từ 70% trở lên.", [70, "Tỷ lệ phụ nữ được khám sàng lọc", ">="]],
  ])("%s", (line, expected) => {
    const [first] = extractPlan(planWith([line])).indicators;
    expect([first.target, first.name, first.rule]).toEqual(expected);
  });
});
