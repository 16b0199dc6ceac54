/**
 * Rows numbered under a numbered target row (`1.1`, `1.2` under `1`): a row naming a place (`Xã Bản Phố`) is that
 * place's share of the row — the allocation, checked as a share (share-total), never a plan line; other sub-rows are
 * the row's children, and children that miss their parent are told (budget-split), as budget lines are.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const HEADER = "STT | Nội dung | ĐVT | Kế hoạch";
const LAST = "3 | Địa chỉ tin cậy | Địa chỉ | 62";

function read(rows: readonly string[]): { codes: [string, number][]; issues: string[] } {
  const plan = extractPlan(planWith([HEADER, ...rows, LAST]));
  return {
    codes: plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.code, i.target]),
    issues: plan.issues.filter((i) => i.rule !== "no-budget").map((i) => i.rule),
  };
}

test.each<[string, readonly string[], { codes: [string, number][]; issues: string[] }]>([
  [
    "communes under a row that they add up to",
    ["1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 9", "1.1 | Xã Bản Phố | Tổ | 5", "1.2 | Xã Nậm Đét | Tổ | 4"],
    { codes: [["1", 9], ["3", 62]], issues: [] },
  ],
  [
    "communes under a row that they miss",
    ["1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 14", "1.1 | Xã Bản Phố | Tổ | 5", "1.2 | Xã Nậm Đét | Tổ | 4"],
    { codes: [["1", 14], ["3", 62]], issues: ["share-total"] },
  ],
  [
    "sub-targets that add up",
    ["2 | Duy trì tổ/nhóm tiết kiệm | Tổ | 170", "2.1 | Tổ nhóm do phụ nữ DTTS làm chủ | Tổ | 110", "2.2 | Tổ nhóm khác | Tổ | 60"],
    { codes: [["2", 170], ["2.1", 110], ["2.2", 60], ["3", 62]], issues: [] },
  ],
  [
    "sub-targets that miss their parent",
    ["2 | Duy trì tổ/nhóm tiết kiệm | Tổ | 170", "2.1 | Tổ nhóm do phụ nữ DTTS làm chủ | Tổ | 100", "2.2 | Tổ nhóm khác | Tổ | 60"],
    { codes: [["2", 170], ["2.1", 100], ["2.2", 60], ["3", 62]], issues: ["budget-split"] },
  ],
])("%s", (_label, rows, expected) => {
  expect(read(rows)).toEqual(expected);
});
