/** Every reason the reading gives for leaving a row or column out has words in both languages (the text report's `--explain` and the pane say them). */
import { AREA_FIGURE, CHECK_ROW, GROUP_HEADING, HIDDEN_HELPER, LINES_TOTAL, NO_NAME, OF_WHICH, OUTSIDE_TOTAL, RATE, RUNNING_TOTAL, SECOND_TABLE, SPLIT_PART, TARGET_COPY, VILLAGE } from "../../../src/core/layout/detectTable";
import { ignoredWhyWords } from "../../../src/core/words/ignoredWhy";

const REASONS = ["text column", "no plan line", "corrected", "plan copy", "ratio to plan", AREA_FIGURE, RATE, CHECK_ROW, GROUP_HEADING, HIDDEN_HELPER, LINES_TOTAL, NO_NAME, OF_WHICH, OUTSIDE_TOTAL, RUNNING_TOTAL, SECOND_TABLE, SPLIT_PART, TARGET_COPY, VILLAGE];

test.each(REASONS)("%s: in Vietnamese and in English", (why) => {
  expect(ignoredWhyWords(why, "vi")).not.toBe(why);
  expect(ignoredWhyWords(why, "en")).toMatch(/\w/);
});

test("a reason without words is given as it is", () => {
  expect(ignoredWhyWords("something new", "vi")).toBe("something new");
});
