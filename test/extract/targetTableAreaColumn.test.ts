/**
 * `| STT | Nội dung | Đơn vị tính | Số lượng | Địa bàn |`: a table of targets whose last column says where each is done.
 * A row whose `Địa bàn` names communes (`Xã Pha Long, Dìn Chin`) is a target like the others, not a row of a table of
 * places — the STT blank as Word's automatic numbering leaves it in the text, or typed.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

test.each(["", "2"])("the row naming communes where it is done stays a target (STT %p)", (stt) => {
  const plan = extractPlan(
    [
      ...DISTRICT_PLAN_HEAD,
      "I. CHỈ TIÊU",
      "| STT | Nội dung | Đơn vị tính | Số lượng | Địa bàn |",
      "|  | Thành lập mới tổ truyền thông cộng đồng | Tổ | 08 | 08 xã đặc biệt khó khăn |",
      `| ${stt} | Xây dựng địa chỉ tin cậy tại cộng đồng | Địa chỉ | 05 | Xã Pha Long, Dìn Chin |`,
      "|  | Tỷ lệ phụ nữ tham gia sinh hoạt tổ truyền thông | % | Tối thiểu 70 | Các xã có tổ |",
      "II. TỔ CHỨC THỰC HIỆN",
      "Các xã báo cáo.",
    ].join("\n"),
  );
  expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([
    [8, "Tổ"],
    [5, "Địa chỉ"],
    [70, "%"],
  ]);
  expect(plan.areas).toEqual([]);
});
