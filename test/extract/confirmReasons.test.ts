/**
 * A target to confirm says why: read in running text, worked out from a quota
 * per area, a table column chosen among several, a figure per year, an
 * approximate figure, or a part of a target — not `đọc từ câu văn` for all.
 */
import { extractPlan } from "../../src/extract";
import { renderExtractedPlanText } from "../../src/extract/render";
import type { ConfirmReason } from "../../src/extract/types";
import { planWith, DISTRICT_PLAN_HEAD } from "./planText";

const inRunningText = [
  ...DISTRICT_PLAN_HEAD,
  "I. MỤC TIÊU",
  "- Thành lập 10 tổ truyền thông cộng đồng.",
  "II. NỘI DUNG",
  "Phấn đấu đến cuối năm 2024 có 85% phụ nữ mang thai được khám thai định kỳ.",
  "III. TỔ CHỨC THỰC HIỆN",
].join("\n");

const columnTable = [
  ...DISTRICT_PLAN_HEAD,
  "I. CHỈ TIÊU",
  "| TT | Chỉ tiêu | ĐVT | Tổng giai đoạn | Năm 2023 | Năm 2024 | Năm 2025 |",
  "| 1 | Tổ truyền thông cộng đồng | Tổ | 10 | 3 | 4 | 3 |",
  "II. TỔ CHỨC THỰC HIỆN",
  "Các xã báo cáo.",
].join("\n");

describe("why a target is to be confirmed", () => {
  test.each<[string, string, ConfirmReason, string]>([
    ["running text", inRunningText, "text", "đọc từ câu văn, cần xác nhận"],
    ["a quota with no areas listed", planWith(["- Mỗi xã thành lập 01 tổ truyền thông cộng đồng."]), "quota", "suy ra từ định mức theo địa bàn, cần xác nhận"],
    ["a figure per year", planWith(["- Mỗi năm tổ chức 02 lớp tập huấn cho cán bộ Hội."]), "yearly", "con số mỗi năm, tổng cả giai đoạn không nêu, cần xác nhận"],
    ["an approximate figure", planWith(["- Thu hút khoảng 500 phụ nữ tham gia các hoạt động."]), "approximate", "con số ước chừng (khoảng), cần xác nhận"],
    ["a part of a target", planWith(["- Đào tạo nghề cho 500 lao động, trong đó lao động nữ 250 người."]), "part", "phần của một chỉ tiêu (trong đó), cần xác nhận"],
  ])("%s", (_label, text, reason, words) => {
    const plan = extractPlan(text);
    const toConfirm = plan.indicators.filter((i) => (i.confidence ?? 1) < 0.8);
    expect(toConfirm.map((i) => i.confirmReason)).toContain(reason);
    expect(toConfirm.every((i) => i.confirmReason !== undefined)).toBe(true);
    expect(renderExtractedPlanText(plan, "vi")).toContain(`${words}]`);
  });

  test("a table column chosen among several figures", () => {
    const plan = extractPlan(columnTable);
    const toConfirm = plan.indicators.filter((i) => (i.confidence ?? 1) < 0.8);
    expect(toConfirm.map((i) => i.confirmReason)).toEqual(["column"]);
    const text = renderExtractedPlanText(plan, "vi");
    expect(text).toContain("cột số liệu được chọn trong nhiều cột của bảng, cần xác nhận");
    expect(text).not.toContain("đọc từ câu văn");
    expect(renderExtractedPlanText(plan, "en")).toContain("column chosen among several figures of the table, to confirm");
  });

  test("a quota line is not said to be read from running text", () => {
    const plan = extractPlan(planWith(["- Mỗi xã thành lập 01 tổ truyền thông cộng đồng."]));
    expect(renderExtractedPlanText(plan, "vi")).not.toContain("đọc từ câu văn");
  });
});
