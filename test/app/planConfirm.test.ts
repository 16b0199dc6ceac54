/** Targets read from running text: shown first to confirm, written in the document's order once confirmed. */
import { draftsFromExtracted, unconfirmed, withDrafts } from "../../src/app/planImport";
import { extractPlan } from "../../src/extract";
import type { ExtractedPlan } from "../../src/extract/types";

const text = [
  "KẾ HOẠCH",
  "Thử",
  "I. MỤC TIÊU",
  "1. Chỉ tiêu cụ thể",
  "- 14 tổ truyền thông cộng đồng được thành lập mới.",
  "II. NỘI DUNG",
  "- Hỗ trợ 40 hộ gia đình chuyển đổi sinh kế.",
  "- Phấn đấu 70% hộ có việc làm.",
].join("\n");

describe("uncertain targets first", () => {
  const plan: ExtractedPlan = extractPlan(text);
  const drafts = draftsFromExtracted(plan);

  test("the running-text targets come first, marked to confirm; the listed one after", () => {
    expect(drafts.map((d) => [d.target, d.toConfirm === true, d.sourceText])).toEqual([
      ["40", true, "Hỗ trợ 40 hộ gia đình chuyển đổi sinh kế."],
      ["70", true, "Phấn đấu 70% hộ có việc làm."],
      ["14", false, "14 tổ truyền thông cộng đồng được thành lập mới."],
    ]);
    expect(unconfirmed(drafts)).toBe(2);
  });

  test("confirmed, they are written in the document's order", () => {
    const confirmed = drafts.map((d) => ({ ...d, toConfirm: false }));
    expect(unconfirmed(confirmed)).toBe(0);
    const result = withDrafts(plan, confirmed);
    expect(result.plan?.indicators.map((i) => [i.code, i.target])).toEqual([["1", 14], ["2", 40], ["3", 70]]);
  });

  test("a plan read only from lists has nothing to confirm", () => {
    const listed = extractPlan(["KẾ HOẠCH", "Thử", "1. Chỉ tiêu cụ thể", "- 14 tổ truyền thông."].join("\n"));
    expect(unconfirmed(draftsFromExtracted(listed))).toBe(0);
  });
});
