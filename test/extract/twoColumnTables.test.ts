/**
 * A table of two columns between bars (`| Nội dung | Kinh phí (triệu đồng) |` over `| Tập huấn | 120 |`) is a table
 * when two rows or more end in a figure; a letterhead set in two cells stays two lines.
 */
import { extractPlan } from "../../src/extract";
import { normalizeText } from "../../src/extract/normalize";
import { planWith } from "./planText";

const money = (text: string) => extractPlan(text).indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.name]);

test("a Vietnamese budget table of two columns", () => {
  const text = planWith(["- Thành lập mới 10 tổ truyền thông cộng đồng."], {
    after: ["IV. KINH PHÍ", "| Nội dung | Kinh phí (triệu đồng) |", "|---|---|", "| 1. Hỗ trợ tổ truyền thông | 300 |", "| 2. Tập huấn | 120 |", "| Tổng cộng | 420 |"],
  }).replace("III. TỔ CHỨC THỰC HIỆN\n", "");
  expect(money(text)).toEqual([
    ["KP", 420_000_000, "Tổng kinh phí"],
    ["KP.1", 300_000_000, "Hỗ trợ tổ truyền thông"],
    ["KP.2", 120_000_000, "Tập huấn"],
  ]);
});

test("an English budget table of two columns", () => {
  const intro =
    "This annual work plan supports the project on gender equality and the prevention of child marriage in ethnic minority communities of the province. It is implemented by the Provincial Women's Union with the support of the district authorities.";
  const text = ["ANNUAL WORK PLAN 2025", "Date: 14 March 2025", intro, "3. BUDGET", "Budget (VND)", "| Budget line | Amount |", "| 1.1 Training of trainers | 300,000,000 |", "| 1.2 Community dialogues | 120,000,000 |", "| Total | 420,000,000 |"].join("\n");
  expect(money(text)).toEqual([
    ["KP", 420_000_000, "Tổng kinh phí"],
    ["KP.1", 300_000_000, "Training of trainers"],
    ["KP.2", 120_000_000, "Community dialogues"],
  ]);
});

test("a letterhead in two cells is no table", () => {
  const lines = normalizeText(["| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "| HUYỆN MƯỜNG CHÀ | Độc lập - Tự do - Hạnh phúc |", "| Số: 12/KH-UBND | Mường Chà, ngày 06 tháng 3 năm 2024 |"].join("\n"));
  expect(lines.every((l) => l.cells === undefined)).toBe(true);
});
