/** A count per year in a target list (`02 lớp tập huấn/năm`) is a yearly target, read like `mỗi năm …` and confirmed — never dropped. */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { planWith } from "./planText";

type Row = [number, string, string, string | undefined];

describe("a count per year in a target list", () => {
  test.each<[string, Row[]]>([
    ["- Tổ chức tối thiểu 02 lớp tập huấn/năm cho cán bộ cơ sở.", [[2, "lớp tập huấn", "Tổ chức lớp tập huấn cho cán bộ cơ sở (mỗi năm)", ">="]]],
    ["- Tư vấn cho 500 lượt người/năm.", [[500, "lượt người", "Tư vấn cho lượt người (mỗi năm)", undefined]]],
    ["- Mỗi năm tổ chức ít nhất 02 lớp tập huấn cho cán bộ.", [[2, "lớp tập huấn", "Tổ chức lớp tập huấn cho cán bộ (mỗi năm)", ">="]]],
    ["- Tổ chức từ 04 đến 06 cuộc đối thoại chính sách mỗi năm.", [[4, "cuộc", "Tổ chức cuộc đối thoại chính sách mỗi năm", ">="]]],
    // A range per year is read like a single count per year.
    ["- Tổ chức từ 2 - 3 lớp tập huấn/năm.", [[2, "lớp tập huấn", "Tổ chức lớp tập huấn (mỗi năm)", ">="]]],
    ["- Tổ chức từ 02 đến 04 buổi truyền thông/năm.", [[2, "buổi", "Tổ chức buổi truyền thông (mỗi năm)", ">="]]],
  ])("%s", (line, expected) => {
    const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
    expect(read.map((i): Row => [i.target, i.unit, i.name, i.rule])).toEqual(expected);
    for (const i of read) if (i.name.includes("mỗi năm")) expect(i.confidence ?? 1).toBeLessThan(CONFIRM_BELOW);
  });
});

describe("a pace per year before a range", () => {
  test.each<[string, Array<[number, string, readonly [number, number] | undefined]>]>([
    ["- Mỗi năm giảm từ 2 - 3% số cặp tảo hôn.", [[2, "%", [2, 3]]]],
    ["- Mỗi năm tổ chức từ 04 đến 06 cuộc đối thoại chính sách.", [[4, "cuộc", [4, 6]]]],
    ["- Duy trì 12 tổ, mỗi tổ từ 7 đến 10 thành viên.", [[12, "tổ", undefined]]],
  ])("%s", (line, expected) => {
    const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
    expect(read.map((i) => [i.target, i.unit, i.range])).toEqual(expected);
  });
});

test.each([
  "- Mỗi năm thành lập mới 03 tổ, cả giai đoạn thành lập mới 15 tổ.",
  "- Mỗi năm thành lập mới 03 tổ, giai đoạn 2026 - 2030 thành lập mới 15 tổ.",
  "- Mỗi năm thành lập mới 03 tổ, đến năm 2030 thành lập mới 15 tổ.",
])("the whole period said after a pace per year is no yearly figure: %s", (line) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.target, i.confirmReason ?? null])).toEqual([
    [3, "yearly"],
    [15, null],
  ]);
});

test.each([
  ["- Thành lập mới 15 tổ truyền thông cộng đồng, mỗi năm 03 tổ.", "Thành lập mới tổ truyền thông cộng đồng"],
  ["- Hỗ trợ xây mới, sửa chữa 400 căn nhà ở cho hộ nghèo, mỗi năm 80 căn.", "Hỗ trợ xây mới, sửa chữa căn nhà ở cho hộ nghèo"],
])("a pace naming only its unit after the whole is the whole's pace, named by it: %s", (line, name) => {
  const read = extractPlan(planWith([line])).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.confirmReason ?? null])).toEqual([
    [name, null],
    [`${name} (mỗi năm)`, "yearly"],
  ]);
});
