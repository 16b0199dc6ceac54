/**
 * A quota per village or per commune (`mỗi bản 01 buổi`, `mỗi xã 01 buổi`) beside the count of places it applies to
 * (`tại 08 bản`): the places are no target; the total is the quota times the places, worked out and to be confirmed. A
 * quota per village with no count of villages (`Mỗi bản tổ chức 01 buổi truyền thông/năm`) is no total of one: only
 * told (quota-only), as villages are no areas of a plan.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Read = [string, number, string, number | null, string | null];

function read(line: string): { targets: Read[]; issues: string[] } {
  const plan = extractPlan(planWith([line, "- Thành lập mới 03 tổ truyền thông cộng đồng."]));
  return {
    targets: plan.indicators.filter((i) => i.kind === "count").map((i) => [i.name, i.target, i.unit, i.quota ?? null, i.confirmReason ?? null]),
    issues: plan.issues.filter((i) => i.rule !== "no-budget").map((i) => i.rule),
  };
}

const TEAMS: Read = ["Thành lập mới tổ truyền thông cộng đồng", 3, "tổ", null, null];

test.each<[string, { targets: Read[]; issues: string[] }]>([
  ["- Tổ chức truyền thông tại 08 bản, mỗi bản 01 buổi;", { targets: [["Tổ chức truyền thông", 8, "buổi", 1, "quota"], TEAMS], issues: [] }],
  ["- Tổ chức truyền thông tại 08 thôn, mỗi thôn 01 buổi;", { targets: [["Tổ chức truyền thông", 8, "buổi", 1, "quota"], TEAMS], issues: [] }],
  ["- Tổ chức truyền thông tại 08 xã, mỗi xã 01 buổi;", { targets: [["Tổ chức truyền thông", 8, "buổi", 1, "quota"], TEAMS], issues: [] }],
  ["- Mỗi bản tổ chức 01 buổi truyền thông/năm;", { targets: [TEAMS], issues: ["quota-only"] }],
  ["- Mỗi thôn tổ chức 01 buổi truyền thông/năm;", { targets: [TEAMS], issues: ["quota-only"] }],
  ["- Tổ chức 12 buổi truyền thông về bình đẳng giới tại 12 bản (mỗi bản 01 buổi);", { targets: [["Tổ chức buổi truyền thông về bình đẳng giới tại 12 bản", 12, "buổi", 1, null], TEAMS], issues: [] }],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

test.each<[string, { targets: Read[]; issues: string[] }]>([
  // planWith is a plan for 2023: four quarters.
  ["- Truyền thông tại 08 bản đặc biệt khó khăn (mỗi bản 01 buổi/quý);", { targets: [["Truyền thông tại 08 bản đặc biệt khó khăn", 32, "buổi", 4, "quota"], TEAMS], issues: [] }],
  ["- Tổ chức truyền thông tại 08 bản, mỗi bản 01 buổi/quý;", { targets: [["Tổ chức truyền thông", 32, "buổi", 4, "quota"], TEAMS], issues: [] }],
  ["- Mỗi xã tổ chức 01 buổi sinh hoạt chuyên đề/quý;", { targets: [["Tổ chức buổi sinh hoạt chuyên đề", 4, "buổi", 4, "quota"], TEAMS], issues: ["quota-only"] }],
  ["- Mỗi bản tổ chức 01 buổi sinh hoạt/tháng;", { targets: [TEAMS], issues: ["quota-only"] }],
])("a quota per area and per quarter or month, never dropped as a frequency: %s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

test.each<[string, { targets: Read[]; issues: string[] }]>([
  ["- Tổ chức các buổi truyền thông tại 08 thôn, mỗi thôn 01;", { targets: [["Tổ chức các buổi truyền thông", 8, "buổi", 1, "quota"], TEAMS], issues: [] }],
  ["- Tổ chức các buổi truyền thông tại các thôn, mỗi thôn 01;", { targets: [TEAMS], issues: ["quota-only"] }],
  ["- Tổ chức 16 buổi truyền thông tại 08 thôn, mỗi thôn 02.", { targets: [["Tổ chức buổi truyền thông tại 08 thôn", 16, "buổi", 2, null], TEAMS], issues: [] }],
  ["- Mở 02 lớp tập huấn cho các hội viên tại 02 xã, mỗi xã 01.", { targets: [["Mở lớp tập huấn cho các hội viên tại 02 xã", 2, "lớp tập huấn", null, null], TEAMS], issues: [] }],
])("a quota per area whose noun is said only earlier in the sentence takes that noun, when it is one: %s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

// The plan counts the villages it names on a line of their own (`09 thôn: A, B, …`): a quota per village is totalled
// over that count, worked out and to be confirmed; with no such line, or two that disagree, it is only told.
test.each<[string[], { targets: Read[]; issues: string[] }]>([
  [["09 thôn: Phìn Hồ, Tả Chải, Sín Chải, Lao Chải, Ma Sán, Chỉn Chu Lìn, Mào Phìn, Nậm Khum, Khoa San."], { targets: [["Tổ chức buổi truyền thông", 9, "buổi", 1, "quota"], TEAMS], issues: [] }],
  [["Địa bàn: 04 thôn, gồm Phìn Hồ, Tả Chải, Sín Chải, Lao Chải."], { targets: [["Tổ chức buổi truyền thông", 4, "buổi", 1, "quota"], TEAMS], issues: [] }],
  [["Toàn xã có 09 thôn: Phìn Hồ, Tả Chải, Sín Chải, Lao Chải, Ma Sán, Chỉn Chu Lìn, Mào Phìn, Nậm Khum, Khoa San."], { targets: [["Tổ chức buổi truyền thông", 9, "buổi", 1, "quota"], TEAMS], issues: [] }],
  [["Xã có 04 thôn, gồm: Phìn Hồ, Tả Chải, Sín Chải, Lao Chải."], { targets: [["Tổ chức buổi truyền thông", 4, "buổi", 1, "quota"], TEAMS], issues: [] }],
  [["Trên địa bàn có nhiều thôn đặc biệt khó khăn."], { targets: [TEAMS], issues: ["quota-only"] }],
  [["04 thôn: Phìn Hồ, Tả Chải, Sín Chải, Lao Chải.", "05 thôn: Ma Sán, Chỉn Chu Lìn, Mào Phìn, Nậm Khum, Khoa San."], { targets: [TEAMS], issues: ["quota-only"] }],
])("a quota per village over the villages the plan counts and names: %s", (areaLines, expected) => {
  const plan = extractPlan(planWith(["- Mỗi thôn tổ chức 01 buổi truyền thông.", "- Thành lập mới 03 tổ truyền thông cộng đồng."], { after: ["IV. ĐỊA BÀN THỰC HIỆN", ...areaLines] }));
  expect({
    targets: plan.indicators.filter((i) => i.kind === "count").map((i): Read => [i.name, i.target, i.unit, i.quota ?? null, i.confirmReason ?? null]),
    issues: plan.issues.filter((i) => i.rule !== "no-budget").map((i) => i.rule),
  }).toEqual(expected);
});

// The count of all the places said in the quota's own sentence (`Toàn xã có 09 thôn, mỗi thôn …`), or right before it
// past a `;`, is what the quota is totalled over, and no target of its own; places that are aimed at (`05 thôn đạt
// chuẩn`) stay a target.
test.each<[string, { targets: Read[]; issues: string[] }]>([
  ["- Toàn xã có 09 thôn, mỗi thôn duy trì 01 tổ công nghệ số cộng đồng.", { targets: [["Duy trì tổ công nghệ số cộng đồng", 9, "tổ", 1, "quota"], TEAMS], issues: [] }],
  ["- Toàn xã có 09 thôn; mỗi thôn duy trì 01 tổ công nghệ số cộng đồng.", { targets: [["Duy trì tổ công nghệ số cộng đồng", 9, "tổ", 1, "quota"], TEAMS], issues: [] }],
  ["- Tổ chức truyền thông tại 08 bản; mỗi bản 01 buổi.", { targets: [["Tổ chức truyền thông", 8, "buổi", 1, "quota"], TEAMS], issues: [] }],
  ["- Phấn đấu 05 thôn đạt chuẩn văn hóa; mỗi thôn tổ chức 01 buổi truyền thông.", { targets: [["Thôn đạt chuẩn văn hóa", 5, "thôn", null, null], TEAMS], issues: ["quota-only"] }],
])("the places of a quota counted in its sentence: %s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
