/**
 * `Kinh phí: 2.450.000.000 đồng (…), chi tiết như sau:` over a budget table with its own `Tổng cộng`: the line states the
 * table's total, never a part beside its rows; stated with another amount than the table's, it is a target-conflict.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const plan = (line: string, total: string) =>
  planWith(["- Tổ chức 12 phiên giao dịch việc làm."], {
    after: [],
    before: [],
  }).replace(
    "III. TỔ CHỨC THỰC HIỆN",
    ["III. KINH PHÍ", line, "Đơn vị tính: đồng", "| TT | Nội dung | Số tiền |", "| 1 | Tư vấn việc làm | 450.000.000 |", "| 2 | Phiên giao dịch việc làm | 360.000.000 |", `|  | Tổng cộng | ${total} |`, "IV. TỔ CHỨC THỰC HIỆN"].join("\n"),
  );

test.each<[string, string, number, string[]]>([
  ["Kinh phí: 810.000.000 đồng (Tám trăm mười triệu đồng), nguồn ngân sách trung ương, chi tiết như sau:", "810.000.000", 810_000_000, []],
  ["Kinh phí: 800.000.000 đồng (Tám trăm triệu đồng), chi tiết như sau:", "810.000.000", 810_000_000, ["target-conflict"]],
])("%s", (line, total, expected, issues) => {
  const read = extractPlan(plan(line, total));
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", expected],
    ["KP.1", 450_000_000],
    ["KP.2", 360_000_000],
  ]);
  expect(read.issues.map((i) => i.rule)).toEqual(issues);
});
