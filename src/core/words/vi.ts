/** Vietnamese words for rules, severities and statuses. */
import type { Words } from "./types";

export const vi: Words = {
  rules: {
    ceiling: "Vượt / chưa đạt kế hoạch",
    percent: "Tỷ lệ (%) không đạt",
    quota: "Định mức từng địa bàn",
    subtotal: "Cộng gộp sai",
    "budget-split": "Kinh phí thành phần không khớp tổng",
    "invalid-value": "Giá trị không hợp lệ",
    "text-number": "Số lưu dạng văn bản",
    duplicate: "Địa bàn trùng",
    coverage: "Địa bàn thiếu / thừa",
    unmapped: "Chỉ tiêu không có trong biểu",
    "no-value": "Công thức chưa có giá trị",
    hidden: "Hàng, cột bị ẩn",
    "second-table": "Bảng khác trên cùng trang",
    cumulative: "Lũy kế sai",
    rate: "Tỷ lệ thực hiện sai",
    "plan-copy": "Kế hoạch chép sai",
    pace: "Chậm tiến độ",
    overspend: "Giải ngân vượt",
    "area-progress": "Tiến độ từng địa bàn",
  },
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  severities: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  status: { ok: "Đạt", over: "Vượt kế hoạch", under: "Còn thiếu", unmapped: "Không có cột/dòng" },
  underMinimum: "Không đạt",
  sheetTotal: (shown, counted) => `bảng tính ghi ${shown}, đếm được ${counted}`,
};
