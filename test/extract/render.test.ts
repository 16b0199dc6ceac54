/** The readable output of extract-plan. */
import { extractPlan, renderExtractedPlanText } from "../../src/extract";
import { seedText } from "./seedText";

describe("renderExtractedPlanText", () => {
  const plan = extractPlan(seedText("000_"));

  test("Vietnamese", () => {
    const text = renderExtractedPlanText(plan, "vi");
    expect(text).toContain("Số: 257/KH-UBND    Ngày: 03/10/2022");
    expect(text).toContain("Chỉ tiêu (11):");
    expect(text).toContain("  1. Tổ truyền thông cộng đồng được thành lập mới: 14 tổ [định mức 1 tổ] (dòng 30)");
    expect(text).toContain("  4. Hỗ trợ giới thiệu thành viên của Tổ hiện có tiếp cận với các định chế tài chính chính thức: 15% [tính trên: thành viên của Tổ hiện có] (dòng 31)");
    expect(text).toContain("Kinh phí (6):");
    expect(text).toContain("  KP. Tổng kinh phí: 9,49 tỷ đồng (9.490.000.000 đồng) (dòng 78)");
    expect(text).toContain("    KP.5. Tổ chức dạy nghề cho phụ nữ: 500 triệu đồng (500.000.000 đồng) (dòng 83)");
    expect(text).toContain("Địa bàn (5 huyện, 14 xã):");
    expect(text).toContain("  Ba Vì: Khánh Thượng, Minh Quang, Ba Vì, Ba Trại, Tản Lĩnh, Vân Hòa, Yên Bài");
    expect(text).toContain("Vấn đề của văn bản (3):");
    expect(text).toMatch(/\[target-conflict\] Chỉ tiêu 4 .* là 15% \(dòng 31\) nhưng dòng 51 ghi 20%\./);
  });

  test("English", () => {
    const text = renderExtractedPlanText(plan, "en");
    expect(text).toContain("Number: 257/KH-UBND    Date: 2022-10-03");
    expect(text).toContain("Targets (11):");
    expect(text).toContain("Budget (6):");
    expect(text).toContain("Areas (5 districts, 14 communes):");
    expect(text).toMatch(/\[target-conflict\] Target 5 .* is 15% \(line 31\) but line 51 says 20%\./);
  });

  test("a target's line is said in the reader's language, and is the line its issue names (1-based)", () => {
    const vi = renderExtractedPlanText(plan, "vi");
    expect(vi).not.toMatch(/\(line \d+\)/);
    expect(vi).toMatch(/ {2}5\. Hỗ trợ thành viên của Tổ hiện có phát triển sinh kế: 15%.* \(dòng 31\)\n/);
    expect(vi).toMatch(/\[target-conflict\] Chỉ tiêu 5 .* là 15% \(dòng 31\)/);
    const en = renderExtractedPlanText(plan, "en");
    expect(en).not.toMatch(/\(dòng \d+\)/);
    expect(en).toMatch(/ {2}5\. Hỗ trợ thành viên của Tổ hiện có phát triển sinh kế: 15%.* \(line 31\)\n/);
    expect(en).toMatch(/\[target-conflict\] Target 5 .* is 15% \(line 31\)/);
    expect(seedText("000_").split("\n")[30]).toMatch(/15%/); // line 31, counted from 1
  });

  test("a plan with nothing says so", () => {
    const text = renderExtractedPlanText(extractPlan(seedText("004_")), "vi");
    expect(text).toContain("Chỉ tiêu (0):\n  (không có)");
    expect(text).toContain("[no-targets]");
    const en = renderExtractedPlanText(extractPlan(seedText("003_")), "en");
    expect(en).toContain("Number: (none)    Date: (none)");
    expect(en).toContain("[missing-date] The date of issue is incomplete");
  });
});

describe("renderExtractedPlanText: targets read in running text", () => {
  const plan = extractPlan(["KẾ HOẠCH", "Thử", "I. MỤC TIÊU", "Nâng cao đời sống người dân nông thôn.", "- Phấn đấu tỷ lệ hộ dùng nước sạch đạt từ 60 đến 70%."].join("\n"));

  test("marked to confirm, with their range, in both languages", () => {
    expect(renderExtractedPlanText(plan, "vi")).toContain("60% [>=; khoảng 60–70; đọc từ câu văn, cần xác nhận]");
    expect(renderExtractedPlanText(plan, "en")).toContain("60% [>=; range 60–70; read from running text, to confirm]");
  });
});
