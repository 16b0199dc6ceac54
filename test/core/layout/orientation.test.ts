import fc from "fast-check";
import { detectTable } from "../../../src/core/layout";
import { MATCH_THRESHOLD } from "../../../src/core/layout/matchLines";
import { axisScorer, decideOrientation } from "../../../src/core/layout/orientation";
import { nameSimilarity, nameTokens } from "../../../src/core/layout/similarity";
import { findUnitInText } from "../../../src/core/text/units";
import { wordKey } from "../../../src/core/text/fold";
import { readPlanJson } from "../../../src/core/plan";
import { sheet } from "./sheetBuilder";

const plan = readPlanJson(
  {
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 7 },
      { code: "3", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 6 },
    ],
  },
  "p.json",
);

describe("orientation", () => {
  test.each([
    [["Xã A", "Xã B", "Tổng cộng"], ["Tổ truyền thông", "CLB thủ lĩnh"], "areas-as-rows"],
    [["Tổ truyền thông", "Kinh phí (triệu đồng)"], ["Tổng số", "Huyện Ba Vì", "Xã Ba Trại"], "indicators-as-rows"],
    [["Ba Trại", "Tản Lĩnh"], ["Cột 1", "Cột 2"], "areas-as-rows"],
    [["TTCĐ", "CLB TLTĐ"], ["Ba Trại", "Tản Lĩnh"], "indicators-as-rows"],
  ])("rows %j, columns %j → %s", (rows, cols, expected) => {
    expect(decideOrientation(rows, cols, plan)).toBe(expected);
  });

  test("a unit column beside unknown labels says the rows are lines; a units row says the columns are", () => {
    expect(decideOrientation(["Mục A", "Mục B"], ["Nơi 1", "Nơi 2"], plan, { unitColumn: true })).toBe("indicators-as-rows");
    expect(decideOrientation(["Nơi 1", "Nơi 2"], ["Mục A", "Mục B"], plan, { unitsRow: true })).toBe("areas-as-rows");
  });

  test("abbreviated indicator rows with a ĐVT column and plain area names across", () => {
    const t = detectTable(
      sheet("S", [
        ["Nội dung", "ĐVT", "Ba Trại", "Tản Lĩnh", "Phú Mãn"],
        ["TTCĐ", "tổ", 1, 1, 1],
        ["CLB TLTĐ", "CLB", 1, 1, 1],
      ]),
      plan,
    );
    expect(t.orientation).toBe("indicators-as-rows");
    expect(t.lines.map((l) => [l.header, l.unit, l.planCode])).toEqual([
      ["TTCĐ", "tổ", "1"],
      ["CLB TLTĐ", "CLB", "3"],
    ]);
    expect(t.areas.map((a) => [a.label, a.kind])).toEqual([
      ["Ba Trại", "leaf"],
      ["Tản Lĩnh", "leaf"],
      ["Phú Mãn", "leaf"],
    ]);
  });

  test("two sub-columns per indicator under a merged header: count and money told apart", () => {
    const money = readPlanJson(
      {
        indicators: [
          { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 7 },
          { code: "2", name: "Kinh phí tổ truyền thông", unit: "triệu đồng", target: 100 },
        ],
      },
      "p.json",
    );
    const t = detectTable(
      sheet(
        "S",
        [
          ["STT", "Địa bàn", "Tổ truyền thông cộng đồng", null],
          [null, null, "Số tổ", "Kinh phí (trđ)"],
          [1, "Xã A", 1, 10],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:D1"] },
      ),
      money,
    );
    expect(t.lines.map((l) => [l.header, l.planCode, l.kind, l.scale])).toEqual([
      ["Tổ truyền thông cộng đồng / Số tổ", "1", "count", 1],
      ["Tổ truyền thông cộng đồng / Kinh phí (trđ)", "2", "money", 1e6],
    ]);
  });

  test("a label looks like a plan line exactly when its name matches one of them, comparing it only with the lines it shares a word with", () => {
    const lines = readPlanJson(
      {
        indicators: [
          { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 7 },
          { code: "2", name: "Câu lạc bộ thủ lĩnh của sự thay đổi", unit: "CLB", target: 6 },
          { code: "3", name: "Mô hình sinh kế cho phụ nữ", unit: "mô hình", target: 4 },
          { code: "4", name: "Chương trình 2 hỗ trợ phụ nữ dân tộc thiểu số", unit: "lượt", target: 9 },
          { code: "5", name: "Kinh phí truyền thông (triệu đồng)", unit: "triệu đồng", target: 90 },
        ],
      },
      "p.json",
    );
    const planTokens = lines.lines.map((line) => nameTokens(line.name));
    // The definition: any plan line's name alike enough, after the unit and line-word tests.
    const byDefinition = (label: string) =>
      findUnitInText(label) !== null || /\b(kinh phi|du toan|ngan sach|so tien|chi tieu|so luong|ty le|so nguoi|so to|mo hinh|hoat dong)\b/.test(wordKey(label)) || planTokens.some((p) => nameSimilarity(nameTokens(label), p) >= MATCH_THRESHOLD);
    const scorer = axisScorer(lines);
    const words = ["Tổ", "truyền", "thông", "cộng", "đồng", "Câu", "lạc", "bộ", "CLB", "thủ", "lĩnh", "phụ", "nữ", "DTTS", "Xã", "Tân", "Lập", "2", "3", "Chương", "trình", "sinh", "kế", "hỗ", "trợ", "Huyện", "Ba", "Vì", "(tổ)", "TTCĐ"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 7 }), (picked) => {
        const label = picked.join(" ");
        expect(scorer.lineLike(label)).toBe(byDefinition(label));
      }),
      { numRuns: 500 },
    );
    for (const label of ["Xã Tân Lập 22-7", "Tổ truyền thông", "CLB thủ lĩnh", "Chương trình 3 hỗ trợ phụ nữ", "phụ nữ", ""]) expect(scorer.lineLike(label)).toBe(byDefinition(label));
  });
});
