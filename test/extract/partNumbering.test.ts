/**
 * A part of some of a listed target (`trong đó 250 lao động nữ`, a `- Lao động nữ: 250 người` bullet under `…, trong
 * đó:`, a table's `Trong đó:` row) is no target of the list's own numbering: the document's numbers stay as written
 * (`1`, `2`, `3`), the part is numbered after them, to be confirmed. Parts that add up to their target are its
 * children (`1.1`, `1.2` under `1`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const REST = ["2. Duy trì 170 tổ/nhóm tiết kiệm và vay vốn.", "3. Xây dựng 62 địa chỉ tin cậy tại cộng đồng."];
const REST_READ: [string, number, string | null][] = [
  ["2", 170, null],
  ["3", 62, null],
];

function codes(lines: readonly string[]): [string, number, string | null][] {
  return extractPlan(planWith(lines))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.code, i.target, i.confirmReason ?? null]);
}

test.each<[string, readonly string[], [string, number, string | null][]]>([
  [
    "a part on its target's line",
    ["1. Đào tạo nghề cho 500 lao động nông thôn, trong đó 250 lao động nữ;", ...REST],
    [["1", 500, null], ...REST_READ, ["4", 250, "part"]],
  ],
  [
    "a bullet under `…, trong đó:`",
    ["1. Đào tạo nghề cho 500 lao động nông thôn, trong đó:", "- Lao động nữ: 250 người;", ...REST],
    [["1", 500, null], ...REST_READ, ["4", 250, "part"]],
  ],
  [
    "bullets under `…, trong đó:` that add up to it",
    ["1. Thành lập mới 14 tổ truyền thông cộng đồng, trong đó:", "- Tổ truyền thông tại thôn: 10 tổ;", "- Tổ truyền thông tại trường học: 04 tổ.", ...REST],
    [["1", 14, null], ["1.1", 10, "part"], ["1.2", 4, "part"], ...REST_READ],
  ],
  [
    "a table's `Trong đó:` row",
    ["STT | Chỉ tiêu | ĐVT | Kế hoạch", "1 | Thành lập mới tổ truyền thông cộng đồng | Tổ | 14", " | Trong đó: | | ", " | - Tổ nữ | Tổ | 3", "2 | Duy trì tổ/nhóm tiết kiệm | Tổ | 170", "3 | Địa chỉ tin cậy | Địa chỉ | 62"],
    [["1", 14, null], ...REST_READ, ["4", 3, "part"]],
  ],
])("%s", (_label, lines, expected) => {
  expect(codes(lines)).toEqual(expected);
});

test("lettered targets keep their letters; a part is numbered after them", () => {
  expect(codes(["a) Đào tạo nghề cho 500 lao động nông thôn, trong đó 250 lao động nữ;", "b) Duy trì 170 tổ/nhóm tiết kiệm và vay vốn."])).toEqual([
    ["a", 500, null],
    ["b", 170, null],
    ["1", 250, "part"],
  ]);
});

test("parts on their target's line that add up to it are its children", () => {
  expect(codes(["d) Cứng hóa thêm 4,2 km đường giao thông nông thôn, trong đó đường trục thôn 2,5 km, đường ngõ xóm 1,7 km;", "đ) Duy trì 170 tổ/nhóm tiết kiệm và vay vốn."])).toEqual([
    ["d", 4.2, null],
    ["d.1", 2.5, "part"],
    ["d.2", 1.7, "part"],
    ["đ", 170, null],
  ]);
});
