/**
 * A table of trades (`Ngành, nghề đào tạo | Số lớp | Số học viên (người)`) with a total row gives a target for each
 * count column; a column's total restating the text's count of its unit is that target, no second one. A cost
 * estimate by trade (`Định mức/học viên`, `Thành tiền`) gives none: its counts are what the money buys.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const counts = (lines: string[]) =>
  extractPlan(planWith(lines))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.name, i.target, i.unit]);

const table = (header: string) => [header, "1 | Trồng trọt | 6 | 210", "2 | Chăn nuôi | 5 | 175", "Tổng cộng | | 11 | 385"];

test.each([["STT | Ngành, nghề đào tạo | Số lớp | Số học viên (người)"], ["TT | Nghề đào tạo | Số lớp | Số học viên (người)"], ["STT | Tên nghề | Số lớp | Số học viên (người)"]])(
  "%s: both columns' totals",
  (header) => {
    expect(counts(table(header))).toEqual([
      ["Số lớp", 11, "lớp"],
      ["Số học viên", 385, "người"],
    ]);
  },
);

test("a column's total restating the text's count is that target", () => {
  const read = counts(["- Tuyển sinh, đào tạo 385 người.", ...table("STT | Ngành, nghề đào tạo | Số lớp | Số học viên (người)")]);
  expect(read.map(([, target, unit]) => [target, unit])).toEqual([
    [385, "người"],
    [11, "lớp"],
  ]);
});

test("a cost estimate by trade gives no targets", () => {
  const read = counts(["- Tỷ lệ có việc làm sau đào tạo đạt 80%.", "STT | Nghề đào tạo | Số lớp | Số học viên | Định mức/học viên | Thành tiền", "1 | Trồng trọt | 3 | 90 | 4.200 | 378.000", "2 | May | 2 | 60 | 6.800 | 408.000", " | Tổng cộng | 5 | 150 | | 786.000"]);
  expect(read).toEqual([["Tỷ lệ có việc làm sau đào tạo", 80, "%"]]);
});
