/**
 * An appendix after the signature headed as staff head it (`BIỂU PHÂN BỔ …`, `BIỂU SỐ 01`, `BIỂU CHI TIẾT …`,
 * `DANH SÁCH …`, not only `PHỤ LỤC`): its table of communes gives the areas; a heading in lower case is no appendix.
 */
import { extractPlan } from "../../src/extract";

const plan = (heading: string) =>
  extractPlan(
    [
      "ỦY BAN NHÂN DÂN",
      "HUYỆN SI MA CAI",
      "Số: 301/QĐ-UBND",
      "Si Ma Cai, ngày 22 tháng 3 năm 2024",
      "QUYẾT ĐỊNH",
      "Về việc giao chỉ tiêu Dự án 8 năm 2024",
      "QUYẾT ĐỊNH:",
      "Điều 1. Giao chỉ tiêu: thành lập mới 03 tổ truyền thông cộng đồng (chi tiết theo biểu đính kèm).",
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Sần Văn Thạch",
      heading,
      "STT\tĐơn vị\tTổ truyền thông (tổ)\tĐịa chỉ tin cậy (địa chỉ)",
      "1\tXã Nàn Sán\t1\t1",
      "2\tXã Sín Chéng\t1\t0",
      "3\tXã Cán Cấu\t1\t1",
      "\tTổng cộng\t3\t2",
    ].join("\n"),
  );

test.each(["PHỤ LỤC", "BIỂU PHÂN BỔ KINH PHÍ VÀ CHỈ TIÊU DỰ ÁN 8 NĂM 2024", "BIỂU SỐ 01", "BIỂU CHI TIẾT CHỈ TIÊU", "DANH SÁCH CÁC XÃ THỰC HIỆN"])("%s", (heading) => {
  expect(plan(heading).areas.map((a) => a.commune)).toEqual(["Nàn Sán", "Sín Chéng", "Cán Cấu"]);
});

/** A numbered `Phụ lục 01`, `Phụ lục số 2`, `Phụ lục I: …`, or `Phụ lục` alone or before its bracketed reference, is the appendix whatever its case. */
test.each(["Phụ lục 01", "Phụ lục số 2", "Phụ lục I: Chỉ tiêu giao cho các xã", "Phụ lục 1.", "Phụ lục", "Phụ lục:", "Phụ lục (Kèm theo Quyết định số 301/QĐ-UBND ngày 22/3/2024)", "Phụ lục\nBIỂU GIAO CHỈ TIÊU NĂM 2024"])("%s", (heading) => {
  expect(plan(heading).areas.map((a) => a.commune)).toEqual(["Nàn Sán", "Sín Chéng", "Cán Cấu"]);
});

test.each(["Biểu phân bổ chỉ tiêu", "Phụ lục kèm theo gồm các biểu sau"])("a heading in lower case after the signature is no appendix: %s", (heading) => {
  expect(plan(heading).areas).toEqual([]);
});
