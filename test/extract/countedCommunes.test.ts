/**
 * Communes named after their count, placed in the document's district when the text lists none: in brackets, as
 * many as the count says (`04 xã (Thường Nga, Phú Lộc, …)`), or after `UBND 08 xã:` with the last name running into
 * the sentence's verb.
 */
import { extractPlan } from "../../src/extract";
import { DISTRICT_PLAN_HEAD } from "./planText";

const communes = (lines: readonly string[]) =>
  extractPlan([...DISTRICT_PLAN_HEAD, "I. CHỈ TIÊU", ...lines, "II. TỔ CHỨC THỰC HIỆN", "Các xã triển khai."].join("\n")).areas.map((a) => a.commune);

test.each<[string, string[], Array<string | null>]>([
  ["in brackets, as many as counted", ["- Số xã đạt chuẩn nông thôn mới nâng cao: 03 xã (Thường Nga, Phú Lộc, Thiên Lộc)."], ["Thường Nga", "Phú Lộc", "Thiên Lộc"]],
  ["in brackets, fewer than counted", ["- Số xã đạt chuẩn nông thôn mới nâng cao: 04 xã (Thường Nga, Phú Lộc)."], []],
  ["after UBND and a count", ["- Thành lập 03 tổ truyền thông.", "Hội LHPN huyện phối hợp với UBND 03 xã: Tam Chung, Pù Nhi, Tén Tằn tổ chức thực hiện."], ["Tam Chung", "Pù Nhi", "Tén Tằn"]],
])("%s", (_label, lines, expected) => {
  expect(communes(lines)).toEqual(expected);
});
