import { buildHighlights } from "../../../src/core/summary";
import { REPORT } from "./fixture";

describe("buildHighlights", () => {
  const highlights = buildHighlights(REPORT, "vi");

  test("one per cell with findings; findings without a cell are left out", () => {
    expect(highlights.map((h) => h.cell)).toEqual(["C4", "E4", "C7", "E7", "C11", "E11"]);
    expect(highlights.every((h) => h.sheet === "Phân bổ")).toBe(true);
  });

  test("the worst severity wins and all messages are joined", () => {
    const c4 = highlights[0];
    expect(c4).toMatchObject({ row: 3, col: 2, severity: "error" });
    expect(c4.note).toBe("Còn thiếu 1 tổ so với kế hoạch\nTổng cộng 11 khác tổng các dòng con 9");
    expect(buildHighlights(REPORT, "en")[0].note).toBe("1 team short of the plan\nTotal 11 differs from the sum of its children 9");
    expect(highlights.find((h) => h.cell === "C7")!.severity).toBe("warning");
  });

  test("no findings, no highlights", () => {
    expect(buildHighlights({ ...REPORT, findings: [] }, "vi")).toEqual([]);
  });
});
