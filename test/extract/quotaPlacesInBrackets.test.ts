/**
 * A quota per commune followed by the number of communes in brackets (`Mỗi xã có ít nhất 01 tổ … (14 xã)`,
 * `(toàn huyện 14 xã)`) is totalled over them: 14 tổ at 1 per commune, not a target of 14 xã.
 */
import { extractPlan } from "../../src/extract";

const targetsOf = (line: string) =>
  extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. CHỈ TIÊU", line, "II. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit, i.quota]);

test.each([
  "1. Mỗi xã có ít nhất 01 tổ truyền thông cộng đồng (14 xã).",
  "1. Mỗi xã thành lập ít nhất 01 tổ truyền thông cộng đồng (toàn huyện 14 xã).",
  "1. Thành lập 01 tổ truyền thông cộng đồng/xã (14 xã).",
])("%s", (line) => {
  expect(targetsOf(line)).toEqual([[14, "tổ", 1]]);
});

test("a count of another unit in brackets stays its own target", () => {
  expect(targetsOf("1. Tổ chức 14 buổi truyền thông (khoảng 700 người).").map((t) => t[1])).not.toContain("xã");
});
