/**
 * A targets table by kind (`Loại vắc xin | ĐVT | Đợt 1 | Đợt 2 | Cả năm`): the rows are named by the `Loại …` column and
 * the year's target is the `Cả năm` column, not a round's.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each([["Cả năm"], ["Tổng cả năm"], ["Cộng cả năm"]])("the %s column gives each row's target", (total) => {
  const read = extractPlan(
    planWith([`STT | Loại vắc xin | ĐVT | Đợt 1 | Đợt 2 | ${total}`, "1 | Lở mồm long móng trâu, bò | Liều | 6.500 | 6.300 | 12.800", "2 | Dịch tả lợn | Liều | 4.200 | 4.000 | 8.200"]),
  ).indicators.filter((i) => i.kind !== "money");
  expect(read.map((i) => [i.name, i.target, i.unit.toLocaleLowerCase("vi")])).toEqual([
    ["Lở mồm long móng trâu, bò", 12800, "liều"],
    ["Dịch tả lợn", 8200, "liều"],
  ]);
});
