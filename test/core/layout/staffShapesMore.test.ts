/**
 * More sheets shaped as staff make them, each right as it stands: every
 * area's role and parent is what a person reads, the totals are the plan's,
 * nothing is reported, and the reading is sure. (Shapes beside those of
 * `staffShapesReading`: Roman and Arabic STT over bare names, districts
 * merged down a column of their own, `Trong đó` sub-columns, notes holding
 * numbers in text, a total on top over `Cộng` rows, helper columns, levels
 * three deep, formulas without saved values, abbreviated prefixes.)
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { ALL, BLANK as NONE, COMMUNES as C, HDR, MD, NO_AREAS, ONE, PLAN, QO } from "./staffShapeFixture";
import { sheet, type SheetOptions } from "./sheetBuilder";

/** Communes `from`…`to` as rows: their STT, their name with `prefix`, their figures. */
const communes = (stt: (i: number) => CellValue, prefix = "Xã ", from = 0, to = 5): CellValue[][] => C.slice(from, to).map((c, i) => [stt(i), `${prefix}${c}`, ...ONE]);

interface Case {
  readonly plan?: typeof PLAN;
  readonly rows: CellValue[][];
  readonly options?: SheetOptions;
  /** Every area as `at:role^parentAt`. */
  readonly areas: string;
  /** The reading's ignored rows and columns as `at:why`. */
  readonly ignored?: string[];
}

const CASES: Record<string, Case> = {
  "Roman STT over bare district names, Arabic over bare communes, no total, no list of areas": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, ["I", "Quốc Oai", ...QO], ...communes((i) => i + 1, "", 0, 3), ["II", "Mỹ Đức", ...MD], ...communes((i) => i + 1, "", 3, 5)],
    areas: "3:group 4:leaf^3 5:leaf^3 6:leaf^3 7:group 8:leaf^7 9:leaf^7",
  },
  "districts merged down column A, communes in B, the total last across A:B": {
    rows: [["BIỂU PHÂN BỔ"], ["Huyện", "Xã", ...HDR.slice(2)], ...C.map((c, i) => [i === 0 ? "Quốc Oai" : i === 3 ? "Mỹ Đức" : null, c, ...ONE]), ["Tổng cộng", null, ...ALL]],
    options: { merges: ["A3:A5", "A6:A7", "A8:B8"] },
    areas: "3:heading^8 3:leaf^3 4:leaf^3 5:leaf^3 6:heading^8 6:leaf^6 7:leaf^6 8:total",
  },
  "districts merged down column B with their prefix, STT in A, communes in C, no list": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], ["STT", "Huyện", "Xã", ...HDR.slice(2)], [null, "Tổng cộng", null, ...ALL], ...C.map((c, i) => [i + 1, i === 0 ? "Huyện Quốc Oai" : i === 3 ? "Huyện Mỹ Đức" : null, `Xã ${c}`, ...ONE])],
    options: { merges: ["B3:C3", "B4:B6", "B7:B8"] },
    areas: "3:total 4:heading^3 4:leaf^4 5:leaf^4 6:leaf^4 7:heading^3 7:leaf^7 8:leaf^7",
  },
  "`I. Huyện Quốc Oai` merged down column A over its communes": {
    rows: [["BIỂU PHÂN BỔ"], ["Huyện", "Xã", ...HDR.slice(2)], ["Tổng cộng", null, ...ALL], ...C.map((c, i) => [i === 0 ? "I. Huyện Quốc Oai" : i === 3 ? "II. Huyện Mỹ Đức" : null, `Xã ${c}`, ...ONE])],
    options: { merges: ["A3:B3", "A4:A6", "A7:A8"] },
    areas: "3:total 4:heading^3 4:leaf^4 5:leaf^4 6:leaf^4 7:heading^3 7:leaf^7 8:leaf^7",
  },
  "bare districts merged down column A over `Cộng` rows of their own, no list": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], ["Huyện", "Xã", ...HDR.slice(2)], ...C.slice(0, 3).map((c, i) => [i === 0 ? "Quốc Oai" : null, c, ...ONE]), [null, "Cộng", ...QO], ...C.slice(3).map((c, i) => [i === 0 ? "Mỹ Đức" : null, c, ...ONE]), [null, "Cộng", ...MD], ["Tổng cộng", null, ...ALL]],
    options: { merges: ["A3:A6", "A7:A9", "A10:B10"] },
    areas: "3:group^10 3:leaf^3 4:leaf^3 5:leaf^3 6:subtotal^3 7:group^10 7:leaf^7 8:leaf^7 9:subtotal^7 10:total",
  },
  "a Roman district in A, its name in B merged across B:C, communes in C": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], ["STT", "Huyện", "Xã", ...HDR.slice(2)], [null, "Tổng cộng", null, ...ALL], ["I", "Quốc Oai", null, ...QO], ...C.slice(0, 3).map((c, i) => [i + 1, null, c, ...ONE]), ["II", "Mỹ Đức", null, ...MD], ...C.slice(3).map((c, i) => [i + 1, null, c, ...ONE])],
    options: { merges: ["B3:C3", "B4:C4", "B8:C8"] },
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
    ignored: ["B:text column"],
  },
  "`Trong đó: NSTW | NSĐP` sub-columns beside the money line": {
    rows: [["BIỂU PHÂN BỔ"], [...HDR, "Trong đó", null], [null, null, null, null, null, "NSTW", "NSĐP"], [null, "Tổng cộng", ...ALL, 700, 300], ...C.map((c, i) => [i + 1, `Xã ${c}`, ...ONE, 140, 60])],
    options: { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2"] },
    areas: "4:total 5:leaf^4 6:leaf^4 7:leaf^4 8:leaf^4 9:leaf^4",
    ignored: ["F:split of the line before", "G:split of the line before"],
  },
  "`Tổng số | Trong đó: thành lập mới` under a count line": {
    rows: [["BIỂU PHÂN BỔ"], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", null, "CLB thủ lĩnh của sự thay đổi (CLB)", "Kinh phí hỗ trợ (triệu đồng)"], [null, null, "Tổng số", "Trong đó: thành lập mới", null, null], [null, "Tổng cộng", 10, 6, 5, 1000], ...C.map((c, i) => [i + 1, `Xã ${c}`, 2, i < 3 ? 2 : 0, 1, 200])],
    options: { merges: ["A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"] },
    areas: "4:total 5:leaf^4 6:leaf^4 7:leaf^4 8:leaf^4 9:leaf^4",
    ignored: ["D:of which"],
  },
  "a `Ghi chú` column of notes holding numbers (`12 hộ nghèo`, `QĐ 125/QĐ-UBND`)": {
    rows: [["BIỂU PHÂN BỔ"], [...HDR, "Ghi chú"], [null, "Tổng cộng", ...ALL, null], ...C.map((c, i) => [i + 1, `Xã ${c}`, ...ONE, ["Gồm 3 thôn", "12 hộ nghèo", "QĐ 125/QĐ-UBND", null, "2 tổ cũ"][i]])],
    areas: "3:total 4:leaf^3 5:leaf^3 6:leaf^3 7:leaf^3 8:leaf^3",
    ignored: ["F:text column"],
  },
  "the total on top, blank district headings, a bare `Cộng` closing each": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", ...ALL], [null, "Huyện Quốc Oai", ...NONE], ...communes((i) => i + 1, "Xã ", 0, 3), [null, "Cộng", ...QO], [null, "Huyện Mỹ Đức", ...NONE], ...communes((i) => i + 1, "Xã ", 3, 5), [null, "Cộng", ...MD]],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:subtotal^4 9:group^3 10:leaf^9 11:leaf^9 12:subtotal^9",
  },
  "a `Mã xã` column of commune codes between the names and the figures": {
    rows: [["BIỂU PHÂN BỔ"], ["STT", "Đơn vị", "Mã xã", ...HDR.slice(2)], [null, "Tổng cộng", null, ...ALL], ...C.map((c, i) => [i + 1, `Xã ${c}`, 10101 + i, ...ONE])],
    areas: "3:total 4:leaf^3 5:leaf^3 6:leaf^3 7:leaf^3 8:leaf^3",
  },
  "an `Đơn vị thực hiện` column naming each area's union": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], [...HDR, "Đơn vị thực hiện"], [null, "Tổng cộng", ...ALL, null], ["I", "Huyện Quốc Oai", ...QO, "Hội LHPN huyện Quốc Oai"], ...C.slice(0, 3).map((c, i) => [i + 1, `Xã ${c}`, ...ONE, `Hội LHPN xã ${c}`]), ["II", "Huyện Mỹ Đức", ...MD, "Hội LHPN huyện Mỹ Đức"], ...C.slice(3).map((c, i) => [i + 1, `Xã ${c}`, ...ONE, `Hội LHPN xã ${c}`])],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
    ignored: ["F:text column"],
  },
  "three levels: Roman zones, Arabic districts, dashed communes": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", ...ALL], ["I", "Vùng đồng bằng", ...QO], [1, "Huyện Quốc Oai", ...QO], ...communes(() => "-", "Xã ", 0, 3), ["II", "Vùng miền núi", ...MD], [1, "Huyện Mỹ Đức", ...MD], ...communes(() => "-", "Xã ", 3, 5)],
    areas: "3:total 4:group^3 5:group^4 6:leaf^5 7:leaf^5 8:leaf^5 9:group^3 10:group^9 11:leaf^10 12:leaf^10",
  },
  "communes numbered on across the districts (4, 5 under the second)": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", ...ALL], ["I", "Huyện Quốc Oai", ...QO], ...communes((i) => i + 1, "Xã ", 0, 3), ["II", "Huyện Mỹ Đức", ...MD], ...communes((i) => i + 4, "Xã ", 3, 5)],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
  },
  "Roman districts, lettered communes (a, b, c), bare names": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", ...ALL], ["I", "Quốc Oai", ...QO], ...communes((i) => "abc"[i], "", 0, 3), ["II", "Mỹ Đức", ...MD], ...communes((i) => "ab"[i], "", 3, 5)],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
  },
  "`1`, `2` districts, `1.1` communes, `TỔNG CỘNG` in capitals, no list": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, [null, "TỔNG CỘNG", ...ALL], [1, "Quốc Oai", ...QO], ...communes((i) => `1.${i + 1}`, "", 0, 3), [2, "Mỹ Đức", ...MD], ...communes((i) => `2.${i + 1}`, "", 3, 5)],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
  },
  "the totals as formulas never calculated (a file written by a script)": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", ...NONE], ["I", "Huyện Quốc Oai", ...NONE], ...communes((i) => i + 1, "Xã ", 0, 3), ["II", "Huyện Mỹ Đức", ...NONE], ...communes((i) => i + 1, "Xã ", 3, 5)],
    options: { formulas: { C3: "C4+C8", D3: "D4+D8", E3: "E4+E8", C4: "SUM(C5:C7)", D4: "SUM(D5:D7)", E4: "SUM(E5:E7)", C8: "SUM(C9:C10)", D8: "SUM(D9:D10)", E8: "SUM(E9:E10)" } },
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
  },
  "abbreviated prefixes (`TX.`, `H.`, `P.`, `X.`, `TT.`)": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", ...ALL], [null, "TX. Sơn Tây", ...QO], [null, "P. Lê Lợi", ...ONE], [null, "P. Ngô Quyền", ...ONE], [null, "X. Xuân Sơn", ...ONE], [null, "H. Ba Vì", ...MD], [null, "TT. Tây Đằng", ...ONE], [null, "X. Ba Trại", ...ONE]],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
  },
  "a `Kiểm tra` row of zeros under the total at the bottom": {
    rows: [["BIỂU PHÂN BỔ"], HDR, ...communes((i) => i + 1), [null, "Tổng cộng", ...ALL], [null, "Kiểm tra", 0, 0, 0]],
    areas: "3:leaf^8 4:leaf^8 5:leaf^8 6:leaf^8 7:leaf^8 8:total",
    ignored: ["9:check row"],
  },
};

function report(sheets: SheetData[], plan: typeof PLAN) {
  const json: unknown = toJsonReport(checkWorkbook({ sheets }, { plan, workbookName: "x.xlsx" }).report, "en");
  return (typeof json === "string" ? JSON.parse(json) : json) as {
    allocationSheet: string;
    indicators: { code: string; allocated: number | null; status: string }[];
    findings: { rule: string; cell: string | null }[];
    reading: { areas: { at: string; role: string; parent: number | null }[]; ignored: { at: string; why: string }[]; lines: { code: string }[]; confidence: { level: string; reasons: string[] } };
  };
}

describe("more staff-made sheets, right as they stand", () => {
  test.each(Object.entries(CASES))("%s", (_label, c) => {
    const got = report([sheet("Phân bổ", c.rows, c.options)], c.plan ?? PLAN);
    const areas = got.reading.areas;
    expect(areas.map((a) => `${a.at}:${a.role}${a.parent === null ? "" : `^${areas[a.parent].at}`}`).join(" ")).toBe(c.areas);
    expect(got.reading.ignored.map((i) => `${i.at}:${i.why}`)).toEqual(c.ignored ?? []);
    expect(got.reading.lines.map((l) => l.code)).toEqual(["1", "2", "3"]);
    expect(got.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([["1", 10, "ok"], ["2", 5, "ok"], ["3", 1000e6, "ok"]]);
    expect(got.findings).toEqual([]);
    expect(got.reading.confidence.reasons).toEqual([]);
  });
});

describe("the allocation on the second sheet, the first summing it up by district", () => {
  const summary = sheet("Sheet1", [["TỔNG HỢP THEO HUYỆN"], ["STT", "Huyện", ...HDR.slice(2)], [1, "Huyện Quốc Oai", ...QO], [2, "Huyện Mỹ Đức", ...MD], [null, "Tổng", ...ALL]]);
  const detail = sheet("Sheet2", [["BIỂU PHÂN BỔ CHI TIẾT"], HDR, [null, "Tổng cộng", ...ALL], ["I", "Huyện Quốc Oai", ...QO], ...communes((i) => i + 1, "Xã ", 0, 3), ["II", "Huyện Mỹ Đức", ...MD], ...communes((i) => i + 1, "Xã ", 3, 5)]);

  test.each([
    ["with the plan's list of areas", PLAN],
    ["without one", NO_AREAS],
  ])("%s: the detail read, the summary no sheet of other areas, nothing told", (_label, plan) => {
    const got = report([summary, detail], plan);
    expect(got.allocationSheet).toBe("Sheet2");
    const areas = got.reading.areas;
    expect(areas.map((a) => `${a.at}:${a.role}${a.parent === null ? "" : `^${areas[a.parent].at}`}`).join(" ")).toBe("3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8");
    expect(got.findings).toEqual([]);
    expect(got.reading.confidence.reasons).toEqual([]);
  });

  test("a sheet of other districts beside it is still said to split the areas", () => {
    const other = sheet("Sheet1", [["BIỂU PHÂN BỔ"], HDR, [null, "Tổng cộng", ...ALL], ["I", "Huyện Ba Vì", ...QO], [1, "Xã Ba Trại", ...ONE], [2, "Xã Tản Lĩnh", ...ONE], [3, "Xã Vân Hòa", ...ONE], ["II", "Huyện Thạch Thất", ...MD], [1, "Xã Yên Bình", ...ONE], [2, "Xã Yên Trung", ...ONE]]);
    const got = report([other, detail], NO_AREAS);
    expect(got.reading.confidence.reasons.join(" ")).toMatch(/one sheet per group of areas/);
  });
});
