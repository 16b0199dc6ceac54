/** Page marks, running headers and footers of a plan text converted from PDF are no part of its text. */
import { extractPlan } from "../../src/extract";
import { normalizeText } from "../../src/extract/normalize";

const texts = (lines: string[]) => normalizeText(lines.join("\n")).map((l) => l.text);

describe("page marks of a PDF conversion", () => {
  test.each([
    ["-- 1 of 4 --"],
    ["--2 of 12--"],
    ["Trang 2/5"],
    ["Trang 3"],
    ["Page 7 of 9"],
    ["3/4"],
    ["Sở LĐTBXH tỉnh Lai Châu     Kế hoạch số 1125/KH-SLĐTBXH     Trang 3"],
    ["Kế hoạch số 12/KH-UBND\tTrang 4"],
  ])("`%s` is dropped, and the sentence it cut is joined", (mark) => {
    expect(texts(["- Tổ chức 10 lớp tập huấn cho", "", mark, "", "cán bộ cơ sở.", "- Thành lập 05 tổ."])).toEqual([
      "- Tổ chức 10 lớp tập huấn cho cán bộ cơ sở.",
      "- Thành lập 05 tổ.",
    ]);
  });

  test("a footer that comes back on every page, whatever its number", () => {
    expect(texts(["- Thành lập 05 tổ.", "Kế hoạch số 12/KH-UBND Trang 4", "- Duy trì 09 CLB.", "Kế hoạch số 12/KH-UBND Trang 5"])).toEqual(["- Thành lập 05 tổ.", "- Duy trì 09 CLB."]);
  });

  test("a sentence that names a page stays", () => {
    expect(texts(["Chi tiết xem tại trang 3", "Biểu số 2 Trang 4"])).toEqual(["Chi tiết xem tại trang 3", "Biểu số 2 Trang 4"]);
  });

  test("a page mark in a targets list is no target", () => {
    const plan = extractPlan(["KẾ HOẠCH", "Về việc X", "II. CHỈ TIÊU", "1. Thành lập 05 tổ truyền thông.", "", "-- 1 of 3 --", "", "2. Duy trì 09 câu lạc bộ."].join("\n"));
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([[5, "tổ"], [9, "CLB"]]);
  });
});
