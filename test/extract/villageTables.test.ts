/** A commune's plan giving its targets to villages in a table (`Thôn`, `Tên bản`, `Thôn, bản`): the total row gives the targets. */
import { extractPlan } from "../../src/extract";

const plan = (table: string[]) =>
  extractPlan(["UBND HUYỆN VĂN BÀN", "ỦY BAN NHÂN DÂN XÃ NẬM XÉ", "Số: 45/KH-UBND", "KẾ HOẠCH", "Phát triển sản xuất năm 2025", "II. CHỈ TIÊU", "1. Giảm tỷ lệ hộ nghèo còn dưới 28%.", "2. Chỉ tiêu giao cho các bản:", ...table, "III. KINH PHÍ", "Kinh phí: 85 triệu đồng."].join("\n"));
const targets = (p: ReturnType<typeof extractPlan>) => p.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);

const rows = ["| 1 | Bản Nậm Xé | 12 | 6 |", "| 2 | Bản Tà Chì | 10 | 5 |", "| 3 | Bản Khe Cốc | 8 | 4 |"];

test.each(["Tên bản", "Thôn", "Thôn, bản", "Thôn, bản, tổ dân phố", "Tên thôn", "Xóm", "Bản"])("%s", (header) => {
  const read = plan([`| TT | ${header} | Trồng mới quế (ha) | Hộ thoát nghèo (hộ) |`, ...rows, "| | Cộng | 30 | 15 |"]);
  expect(targets(read)).toEqual([
    [28, "%"],
    [30, "ha"],
    [15, "hộ"],
  ]);
});

test.each(["Thôn", "Xã"])("a table of places with a unit column (%s | ĐVT | …): the total row's figure is the target, the rows none", (header) => {
  const read = plan([`| TT | ${header} | ĐVT | Số hộ thoát nghèo |`, "| 1 | Nà Sài | hộ | 6 |", "| 2 | Pác Ngòi | hộ | 5 |", "| | Cộng | hộ | 11 |"]);
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.name])).toEqual([
    [28, "%", "Giảm tỷ lệ hộ nghèo"],
    [11, "hộ", "Số hộ thoát nghèo"],
  ]);
});
