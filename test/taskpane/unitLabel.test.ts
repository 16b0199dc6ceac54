/** The unit the pane writes beside a line's figures: the plan's words, money said in English in English. */
import { unitLabel } from "../../src/taskpane/components/unitLabel";

describe("unitLabel", () => {
  test.each([
    ["count, Vietnamese", { unit: "tổ", kind: "count", scale: 1 }, "vi", "tổ"],
    ["count, English: the plan's own word", { unit: "địa chỉ", kind: "count", scale: 1 }, "en", "địa chỉ"],
    ["money, Vietnamese: the plan's own words", { unit: "Tr.đồng", kind: "money", scale: 1e6 }, "vi", "Tr.đồng"],
    ["money in millions, English", { unit: "triệu đồng", kind: "money", scale: 1e6 }, "en", "million VND"],
    ["money in billions, English", { unit: "tỷ đồng", kind: "money", scale: 1e9 }, "en", "billion VND"],
    ["percent", { unit: "%", kind: "percent", scale: 1 }, "en", "%"],
  ] as const)("%s", (_label, line, lang, expected) => {
    expect(unitLabel(line, lang)).toBe(expected);
  });
});
