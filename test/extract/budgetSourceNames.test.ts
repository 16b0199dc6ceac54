/** Sources named in one sentence without a total (`Kinh phí thực hiện từ nguồn NSTW … và NSĐP …`) are named by the sources alone. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each<[string, Array<[string, string]>]>([
  ["Kinh phí thực hiện từ nguồn NSTW 1,1 tỷ đồng và NSĐP 150 triệu đồng.", [["KP.1", "NSTW"], ["KP.2", "NSĐP"]]],
  ["Kinh phí do ngân sách tỉnh 900 triệu đồng, ngân sách huyện 100 triệu đồng.", [["KP.1", "Ngân sách tỉnh"], ["KP.2", "Ngân sách huyện"]]],
  // The source named after each amount (`… đồng từ nguồn …`) is its name, the words between two amounts the first one's.
  ["Kinh phí: 850 triệu đồng từ nguồn ngân sách trung ương và 150 triệu đồng vốn lồng ghép.", [["KP.1", "Ngân sách trung ương"], ["KP.2", "Vốn lồng ghép"]]],
  ["Kinh phí: 1 tỷ đồng từ nguồn ngân sách tỉnh, 200 triệu đồng từ nguồn ngân sách huyện.", [["KP.1", "Ngân sách tỉnh"], ["KP.2", "Ngân sách huyện"]]],
])("%s", (line, expected) => {
  const plan = extractPlan(planWith(["- Thành lập 05 tổ."]).replace("III. TỔ CHỨC THỰC HIỆN", `III. KINH PHÍ\n${line}\nIV. TỔ CHỨC THỰC HIỆN`));
  expect(plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.name])).toEqual(expected);
});
