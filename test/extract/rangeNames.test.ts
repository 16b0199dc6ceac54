/** A range's lower end is no part of its target's name: `đạt 80 - 85%` names the target by the words before `đạt`. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

describe("the name of a target given as a range", () => {
  test.each<[string, string, [number, number]]>([
    ["- Tỷ lệ phụ nữ được khám sức khỏe sinh sản đạt 80 - 85%.", "Tỷ lệ phụ nữ được khám sức khỏe sinh sản", [80, 85]],
    ["- Tỷ lệ trẻ em được tiêm chủng đạt từ 80% đến 85%.", "Tỷ lệ trẻ em được tiêm chủng", [80, 85]],
    ["- Tổ chức từ 04 đến 06 cuộc đối thoại chính sách.", "Tổ chức cuộc đối thoại chính sách", [4, 6]],
    ["- Tỷ lệ hộ nghèo giảm bình quân 3 - 4%/năm.", "Tỷ lệ hộ nghèo giảm bình quân", [3, 4]],
  ])("%s", (line, name, range) => {
    const [first] = extractPlan(planWith([line])).indicators;
    expect([first.name, first.range]).toEqual([name, range]);
  });
});
