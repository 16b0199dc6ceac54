/**
 * Amounts whose thousands are grouped by spaces (`1 250 000 000 đồng`, often non-breaking spaces from PDF or Word) are
 * one figure, as with dots; before, the reading took `000 đồng` for the total (0 đồng) and reported a false budget-split.
 */
import { extractPlan } from "../../src/extract";

const budget = (total: string) =>
  extractPlan(
    ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2025", "I. CHỈ TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", "II. KINH PHÍ", `Tổng kinh phí: ${total}.`, "- Ngân sách trung ương: 1.000 triệu đồng;", "- Ngân sách địa phương: 250 triệu đồng.", "III. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"),
  );

test.each(["1 250 000 000 đồng", "1\u00a0250\u00a0000\u00a0000 đồng", "1 250 000 000đ", "1 250 triệu đồng", "1 250 000 nghìn đồng"])("%s", (total) => {
  const read = budget(total);
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 1_250_000_000],
    ["KP.1", 1_000_000_000],
    ["KP.2", 250_000_000],
  ]);
  expect(read.issues.map((i) => i.rule)).toEqual([]);
});

test("figures spaced apart that are no amount stay apart", () => {
  const read = extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2025", "I. CHỈ TIÊU", "- Năm 2025 thành lập mới 12 tổ truyền thông cộng đồng, 150 200 hộ được tuyên truyền.", "II. TỔ CHỨC THỰC HIỆN", "Chủ trì."].join("\n"));
  expect(read.indicators.map((i) => i.target)).not.toContain(150_200);
});

test.each([
  ["bars", ["STT | Nội dung | Kinh phí", "1 | Tuyên truyền | 750 000 000", "2 | Tập huấn | 500 000 000", " | Tổng cộng | 1 250 000 000"]],
  ["tabs", ["STT\tNội dung\tKinh phí", "1\tTuyên truyền\t750 000 000", "2\tTập huấn\t500 000 000", "\tTổng cộng\t1 250 000 000"]],
])("a table's cells grouped by spaces (%s)", (_, rows) => {
  const read = extractPlan(
    ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2025", "I. CHỈ TIÊU", "- Thành lập mới 05 tổ truyền thông cộng đồng.", "II. KINH PHÍ", "(Đơn vị tính: đồng)", ...rows, "III. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"),
  );
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 1_250_000_000],
    ["KP.1", 750_000_000],
    ["KP.2", 500_000_000],
  ]);
});
