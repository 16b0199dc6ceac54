/**
 * A budget table with no unit in its header and no `ĐVT` note, under a sentence stating the total with its unit
 * (`Tổng kinh phí … là 1.250 triệu đồng, phân bổ như sau:`): the table is in that unit when its total row (or the
 * sum of its rows) is that amount in it (a total row saying another is then a conflict to confirm); otherwise its
 * figures stay unread rather than guessed (and that is reported).
 */
import { extractPlan } from "../../src/extract";

function budgetOf(lead: string, rows: string[]) {
  const plan = extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", "- Thành lập mới 08 tổ truyền thông cộng đồng.", "II. KINH PHÍ THỰC HIỆN", lead, ...rows, "III. TỔ CHỨC THỰC HIỆN", "Hội LHPN huyện chủ trì."].join("\n"));
  return plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target]);
}

const header = "STT | Nội dung | Kinh phí";
const rows = ["1 | Tổ truyền thông cộng đồng | 560", "2 | Địa chỉ tin cậy | 390", "3 | Truyền thông thay đổi nếp nghĩ, cách làm | 300"];
const parts = [["KP", 1_250_000_000], ["KP.1", 560_000_000], ["KP.2", 390_000_000], ["KP.3", 300_000_000]];

test.each([
  ["with a total row", "Tổng kinh phí thực hiện năm 2024 là 1.250 triệu đồng, phân bổ cho các nội dung như sau:", [header, ...rows, " | Tổng cộng | 1.250"]],
  ["without a total row", "Tổng kinh phí thực hiện năm 2024 là 1.250 triệu đồng, phân bổ cho các nội dung như sau:", [header, ...rows]],
  ["in tỷ đồng", "Tổng kinh phí thực hiện: 1,25 tỷ đồng. Chi tiết như sau:", ["TT | Nội dung | Số tiền", "1 | Tổ truyền thông cộng đồng | 0,56", "2 | Địa chỉ tin cậy | 0,39", "3 | Truyền thông | 0,3", " | Cộng | 1,25"]],
])("a table %s is read in the unit of the total above it", (_, lead, table) => {
  expect(budgetOf(lead, table)).toEqual(parts);
});

test("a table in nghìn đồng under a total in triệu đồng is read in the unit its total row matches", () => {
  const inThousands = ["1 | Tổ truyền thông cộng đồng | 560.000", "2 | Địa chỉ tin cậy | 390.000", "3 | Truyền thông | 300.000", " | Tổng cộng | 1.250.000"];
  expect(budgetOf("Tổng kinh phí thực hiện năm 2024 là 1.250 triệu đồng, phân bổ như sau:", [header, ...inThousands])).toEqual(parts);
});

test("a table whose rows come to the stated total but whose total row says another is read, the two totals reported", () => {
  const lead = "Tổng kinh phí thực hiện năm 2024 là 1.250 triệu đồng, phân bổ như sau:";
  expect(budgetOf(lead, [header, ...rows, " | Tổng cộng | 1.200"])).toEqual(parts);
});

test("a table whose figures come to the stated total in no unit is not read", () => {
  const lead = "Tổng kinh phí thực hiện năm 2024 là 1.250 triệu đồng, phân bổ như sau:";
  expect(budgetOf(lead, [header, ...rows.slice(0, 2), "3 | Truyền thông | 250", " | Tổng cộng | 1.200"])).toEqual([["KP", 1_250_000_000]]);
});

test("a table with no unit over the sentence stating its total is read in that sentence's unit", () => {
  const plan = extractPlan(
    ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", "- Thành lập mới 08 tổ truyền thông cộng đồng.", "II. KINH PHÍ", "STT | Nội dung | Kinh phí", "1 | Tổ truyền thông | 300", "2 | Địa chỉ tin cậy | 200", " | Tổng cộng | 500", "Tổng kinh phí thực hiện là 500 triệu đồng từ nguồn ngân sách trung ương.", "III. TỔ CHỨC THỰC HIỆN", "Hội chủ trì."].join("\n"),
  );
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([["KP", 500_000_000], ["KP.1", 300_000_000], ["KP.2", 200_000_000]]);
});
