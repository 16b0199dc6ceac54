/**
 * A decision with no budget part (`Điều 1. Giao dự toán …, tổng số tiền: …`): the list or table its money line opens
 * (`Chi tiết như sau:`, `…, chi tiết theo từng huyện như sau:`) holds the parts, up to the next `Điều`.
 */
import { extractPlan } from "../../src/extract";

function moneyOf(lines: string[]) {
  const plan = extractPlan(["QUYẾT ĐỊNH", "Về việc giao dự toán năm 2024", "QUYẾT ĐỊNH:", ...lines, "Điều 3. Quyết định có hiệu lực kể từ ngày ký."].join("\n"));
  return plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
}

test.each([
  [
    "a `Chi tiết như sau:` line, then numbered parts",
    ["Điều 1. Giao dự toán kinh phí năm 2024 cho Hội LHPN tỉnh, tổng số tiền: 900.000.000 đồng.", "Chi tiết như sau:", "1. Nội dung 1: Tuyên truyền: 500.000.000 đồng.", "2. Nội dung 2: Xây dựng mô hình: 400.000.000 đồng.", "Điều 2. Hội LHPN tỉnh sử dụng kinh phí đúng mục đích."],
  ],
  [
    "a money line ending `như sau:`, then bulleted parts",
    ["Điều 1. Phân bổ kinh phí năm 2024, tổng số 900 triệu đồng, như sau:", "- Tuyên truyền: 500 triệu đồng;", "- Xây dựng mô hình: 400 triệu đồng.", "Điều 2. Các đơn vị sử dụng kinh phí đúng mục đích."],
  ],
  [
    "a table by district under a unit note",
    ["Điều 1. Phân bổ vốn sự nghiệp ngân sách trung ương năm 2024, tổng số: 900 triệu đồng, chi tiết như sau:", "(Đơn vị: triệu đồng)", "STT\tĐơn vị\tSố vốn", "1\tHuyện A\t500", "2\tHuyện B\t400", "\tTổng cộng\t900", "Điều 2. UBND các huyện phân bổ chi tiết."],
  ],
])("%s", (_, lines) => {
  expect(moneyOf(lines)).toEqual([["KP", 900_000_000], ["KP.1", 500_000_000], ["KP.2", 400_000_000]]);
});

test("a paragraph after the money line is not read as its list", () => {
  expect(moneyOf(["Điều 1. Giao dự toán kinh phí năm 2024: 900.000.000 đồng.", "Hội LHPN tỉnh đã chi 200.000.000 đồng năm trước.", "Điều 2. Sử dụng đúng mục đích."])).toEqual([["KP", 900_000_000]]);
});
