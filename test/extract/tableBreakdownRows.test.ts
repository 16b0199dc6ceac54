/**
 * A targets table whose numbered row is broken down by the rows under a `Trong đó:` row: rows naming places are the
 * row's shares (checked against it, never targets); other rows are its parts, read as targets to confirm, as a part
 * in running text is; the next numbered row ends the breakdown. Rows marked as points (`a`, `b)`, `+`) right under a
 * numbered row break it down too, with no `Trong đó:` row. Parts are numbered under their row (`1.1`).
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { planWith } from "./planText";

function read(rows: readonly string[]) {
  const plan = extractPlan(planWith(["| STT | Nội dung | Đơn vị tính | Chỉ tiêu năm 2023 |", ...rows]));
  return {
    targets: plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, (i.confidence ?? 1) < CONFIRM_BELOW]),
    shares: plan.issues.filter((i) => i.rule === "share-total").map((i) => [i.expected, i.actual]),
  };
}

const head = "| 1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 12 |";
const next = "| 2 | Tập huấn cho thành viên tổ | Lớp | 3 |";

test.each<[string, string[], Array<[number, string, boolean]>, Array<[number | undefined, number | undefined]>]>([
  ["places that add up", [head, "| | Trong đó: | | |", "| | - Xã Mường Và | Tổ | 4 |", "| | - Xã Nậm Lạnh | Tổ | 8 |", next], [[12, "Tổ", false], [3, "Lớp", false]], []],
  ["places that miss the row", [head, "| | Trong đó | | |", "| | Xã Mường Và | Tổ | 4 |", "| | Xã Nậm Lạnh | Tổ | 6 |", next], [[12, "Tổ", false], [3, "Lớp", false]], [[10, 12]]],
  ["parts that are no places", [head, "| | Chia ra: | | |", "| | + Tổ ở thôn, bản | Tổ | 9 |", "| | + Tổ ở tổ dân phố | Tổ | 3 |", next], [[12, "Tổ", false], [9, "Tổ", true], [3, "Tổ", true], [3, "Lớp", false]], []],
  ["the breakdown opened on its first sub-row", [head, "| | Trong đó: Xã Mường Và | Tổ | 4 |", "| | Xã Nậm Lạnh | Tổ | 6 |", next], [[12, "Tổ", false], [3, "Lớp", false]], [[10, 12]]],
  ["sub-rows lettered a, b", [head, "| | Trong đó: | | |", "| a | Xã Mường Và | Tổ | 4 |", "| b | Xã Nậm Lạnh | Tổ | 8 |", next], [[12, "Tổ", false], [3, "Lớp", false]], []],
  ["parts lettered right under the row, no `Trong đó:`", [head, "| a | Thành lập ở thôn, bản | Tổ | 9 |", "| b | Thành lập ở tổ dân phố | Tổ | 3 |", next], [[12, "Tổ", false], [9, "Tổ", true], [3, "Tổ", true], [3, "Lớp", false]], []],
  ["parts marked - right under the row", [head, "| - | Ở thôn, bản | Tổ | 9 |", "| - | Ở tổ dân phố | Tổ | 3 |", next], [[12, "Tổ", false], [9, "Tổ", true], [3, "Tổ", true], [3, "Lớp", false]], []],
  ["parts marked + right under the row", [head, "| + | Ở thôn, bản | Tổ | 9 |", "| + | Ở tổ dân phố | Tổ | 3 |", next], [[12, "Tổ", false], [9, "Tổ", true], [3, "Tổ", true], [3, "Lớp", false]], []],
  ["places marked + before their names right under the row", [head, "| | + Xã Mường Và | Tổ | 4 |", "| | + Xã Nậm Lạnh | Tổ | 6 |", next], [[12, "Tổ", false], [3, "Lớp", false]], [[10, 12]]],
])("%s", (_label, rows, targets, shares) => {
  expect(read(rows)).toEqual({ targets, shares });
});

test("the parts are numbered under their row, so the rows after keep the document's numbers", () => {
  const plan = extractPlan(planWith(["| STT | Nội dung | Đơn vị tính | Chỉ tiêu năm 2023 |", head, "| a | Thành lập ở thôn, bản | Tổ | 9 |", "| b | Thành lập ở tổ dân phố | Tổ | 3 |", next]));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => i.code)).toEqual(["1", "1.1", "1.2", "2"]);
});

test("parts that do not add up to their row (some of it) are numbered after the other lines, never as its children, and the rows keep the document's numbers", () => {
  const plan = extractPlan(planWith(["| STT | Nội dung | Đơn vị tính | Chỉ tiêu năm 2023 |", "| 1 | Đào tạo nghề cho lao động | Người | 500 |", "| | Trong đó: | | |", "| | + Lao động nữ | Người | 250 |", next]));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.code, i.target])).toEqual([
    ["1", 500],
    ["2", 3],
    ["3", 250],
  ]);
});

test("a row numbered under another and said to be some of it (`1.1 | Trong đó: lao động nữ`) is its part to confirm, never its child, numbered after the document's rows", () => {
  const plan = extractPlan(planWith(["| STT | Nội dung | Đơn vị tính | Chỉ tiêu năm 2023 |", "| 1 | Đào tạo nghề cho lao động | Người | 500 |", "| 1.1 | Trong đó: lao động nữ | Người | 250 |", next]));
  expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.code, i.target, (i.confidence ?? 1) < CONFIRM_BELOW])).toEqual([
    ["1", 500, false],
    ["2", 3, false],
    ["3", 250, true],
  ]);
});
