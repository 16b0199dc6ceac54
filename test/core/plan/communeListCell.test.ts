/**
 * The plan's areas as staff list them under the lines: `STT | Huyện | Số xã
 * | Tên xã`, whose header sits in the lines' target column, with each
 * district's communes in one cell separated by commas.
 */
import { readPlanFromWorkbook } from "../../../src/core/plan";
import type { CellValue } from "../../../src/core/model/workbook";

function planOf(rows: CellValue[][]) {
  return readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values: [["STT", "Nội dung", "ĐVT", "Kế hoạch"], [1, "Tổ truyền thông", "tổ", 5], [], ...rows], merges: [] }] });
}

test.each<[string, CellValue[][]]>([
  ["Tên xã in the target column, communes by commas", [["STT", "Huyện", "Số xã", "Tên xã"], [1, "Ba Vì", 2, "Khánh Thượng, Minh Quang"], [2, "Quốc Oai", 3, "Phú Mãn; Đông Xuân, Sài Sơn"]]],
  ["Huyện | Xã, communes by commas", [["STT", "Huyện", "Xã"], [1, "Ba Vì", "Khánh Thượng,Minh Quang"], [2, "Quốc Oai", "Phú Mãn, Đông Xuân, Sài Sơn"]]],
])("%s", (_name, rows) => {
  const plan = planOf(rows);
  expect(plan.lines.map((line) => line.code)).toEqual(["1"]);
  expect(plan.areas.map((area) => `${area.district}/${area.commune}`)).toEqual([
    "Ba Vì/Khánh Thượng",
    "Ba Vì/Minh Quang",
    "Quốc Oai/Phú Mãn",
    "Quốc Oai/Đông Xuân",
    "Quốc Oai/Sài Sơn",
  ]);
});
