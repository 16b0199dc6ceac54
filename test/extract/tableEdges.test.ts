/**
 * A table typed without `|` at the ends of its rows (`STT | Nội dung | …`) whose total row starts with an empty first
 * cell (` | Tổng cộng | | | 354.000.000 |`): the end bars part that row's empty first and last cells, so its amount
 * stays in its column — the reading neither shifts it nor stops on it.
 */
import { extractPlan } from "../../src/extract";
import { normalizeText } from "../../src/extract/normalize";
import { DISTRICT_PLAN_HEAD } from "./planText";

const TABLE = [
  "STT | Nội dung hoạt động | Đơn vị tính | Chỉ tiêu | Kinh phí (đồng) | Đơn vị thực hiện",
  "1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 11 | 165.000.000 | Hội LHPN huyện",
  "2 | Tập huấn cho cán bộ Hội cơ sở | Lớp | 3 | 90.000.000 | Hội LHPN huyện",
  " | Tổng cộng | | | 255.000.000 |",
];

test("the total row keeps its columns", () => {
  const rows = normalizeText(TABLE.join("\n"));
  expect(rows[3].cells).toEqual(["", "Tổng cộng", "", "", "255.000.000", ""]);
  expect(normalizeText("| a | b | c |").map((l) => l.cells)).toEqual([["a", "b", "c"]]);
});

test("the plan is read: targets and the table's budget with its total", () => {
  const plan = extractPlan([...DISTRICT_PLAN_HEAD, "I. NỘI DUNG, CHỈ TIÊU VÀ KINH PHÍ", ...TABLE, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n"));
  expect(plan.indicators.map((i) => [i.code, i.target, i.unit])).toEqual([
    ["1", 11, "Tổ"],
    ["2", 3, "Lớp"],
    ["KP", 255_000_000, "đồng"],
    ["KP.1", 165_000_000, "đồng"],
    ["KP.2", 90_000_000, "đồng"],
  ]);
});

test("a row shorter than its header's target column is read from the figures it has, never stops the reading", () => {
  const text = [...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", "| STT | Chỉ tiêu | ĐVT | Ghi chú | Kế hoạch |", "| 1 | Thành lập mới tổ truyền thông | Tổ | 12 |", "| 2 | Duy trì câu lạc bộ | CLB | | 20 |", "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n");
  expect(extractPlan(text).indicators.map((i) => [i.target, i.unit])).toEqual([
    [12, "Tổ"],
    [20, "CLB"],
  ]);
});
