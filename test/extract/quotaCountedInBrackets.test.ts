/**
 * `Mỗi chi hội (06 chi hội) giúp đỡ ít nhất 01 hộ`: a quota per unit whose units are counted in brackets right after
 * `mỗi …` is totalled over them (6 hộ, the quota 1, to confirm) — never read as a target of 1. A bracket counting
 * something else, or a norm per unit of a count before it, is read as before.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

function read(line: string) {
  return extractPlan(planWith([line, "- Thành lập mới 03 tổ truyền thông cộng đồng."]))
    .indicators.filter((i) => i.kind === "count")
    .map((i) => [i.target, i.unit, i.quota ?? null, i.confirmReason ?? null]);
}

const TEAMS = [3, "tổ", null, null];

test.each<[string, unknown[][]]>([
  ["- Mỗi chi hội (06 chi hội) giúp đỡ ít nhất 01 hộ phụ nữ nghèo.", [[6, "hộ", 1, "quota"], TEAMS]],
  ["- Mỗi trường (04 trường) thành lập 01 câu lạc bộ.", [[4, "CLB", 1, "quota"], TEAMS]],
  ["- Mỗi xã (05 xã) tổ chức 02 buổi truyền thông.", [[10, "buổi", 2, "quota"], TEAMS]],
  ["- Mỗi bản (05 bản) tổ chức 02 buổi truyền thông.", [[10, "buổi", 2, "quota"], TEAMS]],
  // `tổ dân phố`, `khu phố` are places counted whole, never the unit `tổ` or `khu` with words after it.
  ["- Mỗi tổ dân phố (05 tổ dân phố) tổ chức 02 buổi truyền thông.", [[10, "buổi", 2, "quota"], TEAMS]],
  ["- Tổ chức truyền thông tại 05 tổ dân phố, mỗi tổ dân phố 02 buổi.", [[10, "buổi", 2, "quota"], TEAMS]],
  ["- Xây dựng 04 khu phố văn minh.", [[4, "khu phố", null, null], TEAMS]],
  ["- Hỗ trợ 25 hộ nghèo, mỗi hộ 02 con lợn giống.", [[25, "hộ", null, null], TEAMS]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
