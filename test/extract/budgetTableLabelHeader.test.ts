/**
 * A budget table under a unit note (`ĐVT: triệu đồng`) whose label column is headed by what its rows are
 * (`Dự án`, `Tiểu dự án`, `Hoạt động`, `Nhiệm vụ`) is read like one headed `Nội dung`: before, it was skipped and the
 * plan had no budget at all.
 */
import { extractPlan } from "../../src/extract";

function moneyOf(table: string[]) {
  const plan = extractPlan(["KẾ HOẠCH", "Thực hiện X năm 2024", "I. CHỈ TIÊU", "1. Hỗ trợ 12 dự án.", "II. KINH PHÍ", "ĐVT: triệu đồng", ...table, "III. TỔ CHỨC THỰC HIỆN", "Phòng chủ trì."].join("\n"));
  return plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
}

test.each([
  ["Dự án", ["TT\tDự án\tTổng cộng\tNSTW\tNSĐP", "1\tDự án 2: Sinh kế\t5.200\t4.800\t400", "2\tDự án 4: Việc làm\t1.100\t1.000\t100", "\tTổng số\t6.300\t5.800\t500"]],
  ["Tiểu dự án", ["TT\tTiểu dự án\tTổng số", "1\tTiểu dự án 1\t5.200", "2\tTiểu dự án 2\t1.100", "\tTổng số\t6.300"]],
  ["Hoạt động", ["TT\tHoạt động\tKinh phí", "1\tTập huấn\t5.200", "2\tTruyền thông\t1.100", "\tCộng\t6.300"]],
  ["Nhiệm vụ", ["| STT | Nhiệm vụ | Số tiền |", "| 1 | Tập huấn | 5.200 |", "| 2 | Truyền thông | 1.100 |", "| | Cộng | 6.300 |"]],
])("label column headed `%s`", (_, table) => {
  expect(moneyOf(table)).toEqual([["KP", 6_300_000_000], ["KP.1", 5_200_000_000], ["KP.2", 1_100_000_000]]);
});
