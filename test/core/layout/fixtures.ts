/** Plans and allocation sheets shared by the layout tests. */
import type { Plan } from "../../../src/core/model/plan";
import { readPlanJson } from "../../../src/core/plan";

export const PLAN: Plan = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 7 },
      { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 6 },
      { code: "3", name: "Tỷ lệ phụ nữ tham gia sinh hoạt", unit: "%", target: 60 },
      { code: "KP", name: "Kinh phí hỗ trợ", unit: "tỷ đồng", target: "1,2" },
    ],
    areas: [
      { district: "Ba Vì", commune: "Ba Trại" },
      { district: "Ba Vì", commune: "Tản Lĩnh" },
      { district: "Quốc Oai", commune: "Phú Mãn" },
    ],
  },
  "plan.json",
);

/** Areas as rows: title block, `ĐVT` note, a 2-row merged header with line breaks, Roman STT, total on top. */
export const AREAS_AS_ROWS: ReadonlyArray<ReadonlyArray<string | number | null>> = [
  ["UBND HUYỆN", null, null, null, null, null],
  ["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025"],
  [null, null, null, null, "ĐVT: triệu đồng"],
  ["STT", "Đơn vị", "Chỉ tiêu", null, null, "Kinh phí\nhỗ trợ"],
  [null, null, "Tổ truyền thông\ncộng đồng (tổ)", "Địa chỉ\ntin cậy", "Tỷ lệ phụ nữ\ntham gia (%)", null],
  [null, "Tổng cộng", 3, 2, null, 1000],
  ["I", "Huyện Ba Vì", 2, 1, null, 700],
  [1, "Xã Ba Trại", 1, 1, 65, 300],
  [2, "Xã Tản Lĩnh", 1, 0, 70, 400],
  ["II", "Huyện Quốc Oai", 1, 1, null, 300],
  [3, "Xã Phú Mãn", 1, 1, 55, 300],
  [],
  [null, "Người lập biểu", null, null, "Thủ trưởng đơn vị"],
];

export const AREAS_AS_ROWS_MERGES = ["A1:C1", "A2:F2", "E3:F3", "A4:A5", "B4:B5", "C4:E4", "F4:F5"];
