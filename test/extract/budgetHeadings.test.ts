/** `II. PHÂN BỔ KINH PHÍ`, `DỰ KIẾN KINH PHÍ`, `BỐ TRÍ KINH PHÍ`: a budget part, its table read under the unit note above it. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

test.each(["II. PHÂN BỔ KINH PHÍ", "II. DỰ KIẾN KINH PHÍ", "II. BỐ TRÍ KINH PHÍ", "II. KINH PHÍ"])("%s", (heading) => {
  const read = extractPlan(
    planWith(["- Thành lập mới 10 tổ truyền thông cộng đồng."], {
      after: [heading, "(Đơn vị tính: triệu đồng)", "| TT | Đơn vị | Kinh phí |", "| | Tổng cộng | 1.700 |", "| 1 | Huyện Mường Chà | 900 |", "| 2 | Huyện Tủa Chùa | 800 |"],
    }).replace("III. TỔ CHỨC THỰC HIỆN\n", ""),
  );
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 1_700_000_000],
    ["KP.1", 900_000_000],
    ["KP.2", 800_000_000],
  ]);
});
