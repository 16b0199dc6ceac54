/**
 * Criteria (`tiêu chí`) of the nông thôn mới programme: added or averaged per commune (`Bình quân mỗi xã đạt thêm ít
 * nhất 02 tiêu chí`, `17 tiêu chí/xã`) or met out of all (`xã đạt 19/19 tiêu chí`) they are a target; met by places
 * counted in the same sentence (`05 xã đạt chuẩn (19/19 tiêu chí)`) or said as a floor (`không còn xã dưới 15 tiêu chí`)
 * they describe those places and are none.
 */
import { extractPlan } from "../../src/extract";

const targetsOf = (line: string) =>
  extractPlan(["KẾ HOẠCH", "Xây dựng nông thôn mới giai đoạn 2024 - 2025", "I. MỤC TIÊU", "1. Có thêm 02 xã đạt chuẩn nông thôn mới.", `2. ${line}`, "II. TỔ CHỨC THỰC HIỆN", "Văn phòng Điều phối chủ trì."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

test.each([
  ["Bình quân mỗi xã đạt thêm ít nhất 02 tiêu chí.", [2, "tiêu chí"]],
  ["Mỗi xã tăng thêm 03 tiêu chí so với năm 2023.", [3, "tiêu chí"]],
  ["Số tiêu chí bình quân đạt 17,5 tiêu chí/xã.", [17.5, "tiêu chí"]],
  ["Xã Quảng Hòa đạt chuẩn nông thôn mới nâng cao, hoàn thành 19/19 tiêu chí.", [19, "tiêu chí"]],
  ["Phấn đấu đến năm 2025 xã đạt 19/19 tiêu chí.", [19, "tiêu chí"]],
  ["Có 17/19 tiêu chí đạt chuẩn.", [17, "tiêu chí"]],
])("%s is a target", (line, wanted) => {
  expect(targetsOf(line)).toContainEqual(wanted);
});

test.each([
  "Có thêm 05 xã đạt chuẩn nông thôn mới (19/19 tiêu chí).",
  "100% số xã đạt 19/19 tiêu chí.",
  "Phấn đấu không còn xã dưới 15 tiêu chí.",
  "Thực hiện đạt 19 tiêu chí theo Bộ tiêu chí quốc gia.",
])("%s counts no criteria", (line) => {
  expect(targetsOf(line).filter(([, unit]) => unit === "tiêu chí")).toEqual([]);
});

test.each([
  ["Bình quân toàn huyện đạt 15,5 tiêu chí/xã.", 15.5],
  ["Bình quân mỗi xã đạt thêm ít nhất 02 tiêu chí.", 2],
  ["Số lượt người được tư vấn trung bình 30 người/xã.", 30],
])("an average per commune (%s) is the target itself, not totalled over the listed communes", (line, wanted) => {
  const plan = extractPlan(
    ["KẾ HOẠCH", "Xây dựng nông thôn mới năm 2024", "I. ĐỊA BÀN", "Thực hiện tại 03 xã: Quyết Tiến, Thái An, Đông Hà.", "II. MỤC TIÊU", "1. Có thêm 02 xã đạt chuẩn nông thôn mới.", `2. ${line}`, "III. TỔ CHỨC THỰC HIỆN", "Văn phòng Điều phối chủ trì."].join("\n"),
  );
  const average = plan.indicators.find((i) => i.code === "2");
  expect([average?.target, average?.quota]).toEqual([wanted, undefined]);
});

// Said as the plan's general aim, in running text under `Mục tiêu chung`: criteria met out of all are the aim, to confirm.
test.each(["Đến năm 2028 xã đạt chuẩn nông thôn mới nâng cao, hoàn thành 19/19 tiêu chí.", "Xã đạt chuẩn nông thôn mới nâng cao, hoàn thành 19/19 tiêu chí."])("%s under Mục tiêu chung", (line) => {
  const plan = extractPlan(["KẾ HOẠCH", "Xây dựng nông thôn mới nâng cao giai đoạn 2026 - 2028", "I. MỤC TIÊU", "1. Mục tiêu chung", line, "2. Chỉ tiêu cụ thể", "- Có thêm 04 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.", "II. TỔ CHỨC THỰC HIỆN", "Văn phòng Điều phối chủ trì."].join("\n"));
  const criteria = plan.indicators.find((i) => i.unit === "tiêu chí");
  expect([criteria?.target, (criteria?.confidence ?? 1) < 0.8]).toEqual([19, true]);
});

test("hoàn thành before a percent of a task in running text sets no target", () => {
  const plan = extractPlan(["KẾ HOẠCH", "Xây dựng nông thôn mới nâng cao giai đoạn 2026 - 2028", "I. MỤC TIÊU", "- Có thêm 04 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.", "II. TỔ CHỨC THỰC HIỆN", "Các thôn hoàn thành 100% kế hoạch được giao trước ngày 15/12 hằng năm."].join("\n"));
  expect(plan.indicators.map((i) => i.target)).toEqual([4]);
});
