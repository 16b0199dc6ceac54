/**
 * Sheets shaped as staff make them, each right as it stands: what is read
 * (every area's role and parent, the lines) is what a person reads, the
 * totals are the plan's, no finding is made, and the reading is sure — or,
 * where the sheet cannot tell, says why.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { toJsonReport } from "../../../src/core/report";
import { ALL, BLANK, COMMUNES, HDR, MD, NO_AREAS, ONE, PLAN, QO } from "./staffShapeFixture";
import { sheet, type SheetOptions } from "./sheetBuilder";

const row = (stt: CellValue, name: string, figures: readonly CellValue[]): CellValue[] => [stt, name, ...figures];
const communeRows = (prefix: string, stt: (i: number) => CellValue, from = 0, to = 5): CellValue[][] => COMMUNES.slice(from, to).map((c, i) => row(stt(i), `${prefix}${c}`, ONE));
const districtTree = (qo: string, md: string, prefix: string, stt: [CellValue, CellValue], sub: (i: number) => CellValue, figures: [CellValue[], CellValue[]] = [QO, MD]): CellValue[][] => [
  row(stt[0], qo, figures[0]),
  ...communeRows(prefix, sub, 0, 3),
  row(stt[1], md, figures[1]),
  ...communeRows(prefix, sub, 3, 5),
];
const TITLE_BLOCK: CellValue[][] = [
  ["HỘI LHPN THÀNH PHỐ HÀ NỘI", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  [null, null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["BIỂU PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ THỰC HIỆN DỰ ÁN 8 NĂM 2025"],
  ["(Kèm theo Quyết định số 12/QĐ-HPN ngày 10/3/2025)"],
  [null, null, null, null, "ĐVT: triệu đồng"],
  [],
];
/** Areas as columns: communes under their district, merged over them in a 2-row header. */
const ACROSS_LINES: CellValue[][] = [
  [1, "Tổ truyền thông cộng đồng", "tổ"],
  [2, "CLB thủ lĩnh của sự thay đổi", "CLB"],
  [3, "Kinh phí hỗ trợ", "triệu đồng"],
];

interface Case {
  readonly plan?: typeof PLAN;
  readonly rows: CellValue[][];
  readonly options?: SheetOptions;
  readonly hiddenColumns?: number[];
  /** Every area as `at:role^parentAt`. */
  readonly areas: string;
  readonly findings?: string[];
  readonly unsure?: RegExp;
}

const CASES: Record<string, Case> = {
  "a 7-row title block with merges, the header in rows 8–9": {
    rows: [...TITLE_BLOCK, ["STT", "Đơn vị", "Chỉ tiêu", null, "Kinh phí hỗ trợ (triệu đồng)"], [null, null, "Tổ truyền thông cộng đồng (tổ)", "CLB thủ lĩnh của sự thay đổi (CLB)"], row(null, "Tổng cộng", ALL), ...districtTree("Huyện Quốc Oai", "Huyện Mỹ Đức", "Xã ", ["I", "II"], (i) => i + 1)],
    options: { merges: ["A1:C1", "D1:F1", "A4:E4", "A5:E5", "A8:A9", "B8:B9", "C8:D8", "E8:E9"] },
    areas: "10:total 11:group^10 12:leaf^11 13:leaf^11 14:leaf^11 15:group^10 16:leaf^15 17:leaf^15",
  },
  "STT as `1`, `1.1`, `a)`, `-`": {
    rows: [["BIỂU PHÂN BỔ"], HDR, row(null, "Tổng cộng", ALL), row(1, "Huyện Quốc Oai", QO), ...communeRows("Xã ", (i) => `1.${i + 1}`, 0, 3), row(2, "Huyện Mỹ Đức", MD), row("a)", "Xã An Phú", ONE), row("-", "Xã Hợp Tiến", ONE)],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
  },
  "bare district names with their figures (bold only), the plan listing the areas": {
    rows: [["BIỂU PHÂN BỔ"], HDR, row(null, "Tổng cộng", ALL), ...districtTree("Quốc Oai", "Mỹ Đức", "", [null, null], (i) => i + 1)],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
  },
  "bare district names left blank, the plan listing the areas": {
    rows: [["BIỂU PHÂN BỔ"], HDR, row(null, "Tổng cộng", ALL), ...districtTree("Quốc Oai", "Mỹ Đức", "", [null, null], (i) => i + 1, [BLANK, BLANK])],
    areas: "3:total 4:heading^3 5:leaf^4 6:leaf^4 7:leaf^4 8:heading^3 9:leaf^8 10:leaf^8",
  },
  "bare district names with their figures, no list of areas": {
    plan: NO_AREAS,
    rows: [["BIỂU PHÂN BỔ"], HDR, row(null, "Tổng cộng", ALL), ...districtTree("Quốc Oai", "Mỹ Đức", "", [null, null], (i) => i + 1)],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
  },
  "Roman districts, a total typed as text `1.000`": {
    rows: [["BIỂU PHÂN BỔ"], HDR, row(null, "Tổng cộng", [10, 5, "1.000"]), ...districtTree("Quốc Oai", "Mỹ Đức", "", ["I", "II"], (i) => i + 1)],
    areas: "3:total 4:group^3 5:leaf^4 6:leaf^4 7:leaf^4 8:group^3 9:leaf^8 10:leaf^8",
    findings: ["text-number@E3"],
  },
  "communes as columns, a 2-row header, each district merged over its communes": {
    rows: [["BIỂU PHÂN BỔ"], ["STT", "Nội dung", "ĐVT", "Tổng cộng", "Huyện Quốc Oai", null, null, "Huyện Mỹ Đức", null], [null, null, null, null, ...COMMUNES.map((c) => `Xã ${c}`)], ...ACROSS_LINES.map((l, i) => [...l, ALL[i], ...COMMUNES.map(() => ONE[i])])],
    options: { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:I2"] },
    areas: "D:total E:heading^D E:leaf^E F:leaf^E G:leaf^E H:heading^D H:leaf^H I:leaf^H",
  },
  "communes as columns, each district's total column on the left of its communes": {
    rows: [["BIỂU PHÂN BỔ"], ["STT", "Nội dung", "ĐVT", "Tổng cộng", "Huyện Quốc Oai", null, null, null, "Huyện Mỹ Đức", null, null], [null, null, null, null, "Tổng", ...COMMUNES.slice(0, 3).map((c) => `Xã ${c}`), "Tổng", ...COMMUNES.slice(3).map((c) => `Xã ${c}`)], ...ACROSS_LINES.map((l, i) => [...l, ALL[i], QO[i], ONE[i], ONE[i], ONE[i], MD[i], ONE[i], ONE[i]])],
    options: { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:K2"] },
    areas: "D:total E:group^D F:leaf^E G:leaf^E H:leaf^E I:group^D J:leaf^I K:leaf^I",
  },
  "communes as columns, the total on the right": {
    rows: [["BIỂU PHÂN BỔ"], ["STT", "Nội dung", ...COMMUNES.map((c) => `Xã ${c}`), "Tổng cộng"], ...ACROSS_LINES.map((l, i) => [l[0], `${String(l[1])} (${String(l[2])})`, ...COMMUNES.map(() => ONE[i]), ALL[i]])],
    areas: "C:leaf^H D:leaf^H E:leaf^H F:leaf^H G:leaf^H H:total",
  },
  "a hidden helper column of VLOOKUP codes, no header": {
    rows: [["BIỂU PHÂN BỔ"], [...HDR, null], row(null, "Tổng cộng", ALL), ...COMMUNES.map((c, i) => [...row(i + 1, `Xã ${c}`, ONE), 10001 + i])],
    options: { formulas: Object.fromEntries(COMMUNES.map((_c, i) => [`F${4 + i}`, `VLOOKUP(B${4 + i},DM!A:B,2,0)`])) },
    hiddenColumns: [5],
    areas: "3:total 4:leaf^3 5:leaf^3 6:leaf^3 7:leaf^3 8:leaf^3",
  },
  "a `Ghi chú` column holding a year and a number among its notes": {
    rows: [["BIỂU PHÂN BỔ"], [...HDR, "Ghi chú"], row(null, "Tổng cộng", ALL), ...COMMUNES.map((c, i) => [...row(i + 1, `Xã ${c}`, ONE), [3, 2024, null, "xã khó khăn", null][i]])],
    areas: "3:total 4:leaf^3 5:leaf^3 6:leaf^3 7:leaf^3 8:leaf^3",
  },
  "`Tổng` at the bottom, then a `Trong đó:` split by source": {
    rows: [["BIỂU PHÂN BỔ"], HDR, ...communeRows("Xã ", (i) => i + 1), row(null, "Tổng cộng", ALL), row(null, "Trong đó:", BLANK), row(null, "- Ngân sách trung ương", [0, 0, 700]), row(null, "- Ngân sách địa phương", [0, 0, 300])],
    areas: "3:leaf^8 4:leaf^8 5:leaf^8 6:leaf^8 7:leaf^8 8:total",
  },
  "`Tổng` at the bottom, signatures under it": {
    rows: [["BIỂU PHÂN BỔ"], HDR, ...communeRows("Xã ", (i) => i + 1), row(null, "Tổng", ALL), [], [null, "NGƯỜI LẬP BIỂU", null, "CHỦ TỊCH"], [], [], [null, "Nguyễn Thị A", null, "Trần Thị B"]],
    areas: "3:leaf^8 4:leaf^8 5:leaf^8 6:leaf^8 7:leaf^8 8:total",
  },
  "a numbering row and a units row under the header": {
    rows: [["BIỂU PHÂN BỔ"], ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "CLB thủ lĩnh của sự thay đổi", "Kinh phí hỗ trợ"], [null, null, "tổ", "CLB", "triệu đồng"], ["A", "B", "1", "2", "3"], row(null, "Tổng cộng", ALL), ...communeRows("Xã ", (i) => i + 1)],
    areas: "5:total 6:leaf^5 7:leaf^5 8:leaf^5 9:leaf^5 10:leaf^5",
  },
  "`Cộng huyện …` under each district's communes, `Tổng cộng` last": {
    rows: [["BIỂU PHÂN BỔ"], HDR, row(null, "Huyện Quốc Oai", BLANK), ...communeRows("Xã ", (i) => i + 1, 0, 3), row(null, "Cộng huyện Quốc Oai", QO), row(null, "Huyện Mỹ Đức", BLANK), ...communeRows("Xã ", (i) => i + 1, 3, 5), row(null, "Cộng huyện Mỹ Đức", MD), row(null, "Tổng cộng", ALL)],
    areas: "3:group^12 4:leaf^3 5:leaf^3 6:leaf^3 7:subtotal^3 8:group^12 9:leaf^8 10:leaf^8 11:subtotal^8 12:total",
  },
  "the province's share, the reserve and the communes' tier under the total": {
    rows: [["BIỂU PHÂN BỔ"], HDR, row(null, "Tổng cộng", ALL), row("I", "Cấp tỉnh", [0, 0, 100]), row("II", "Dự phòng", [0, 0, 100]), row("III", "Cấp xã", [10, 5, 800]), ...COMMUNES.map((c, i) => row(i + 1, `Xã ${c}`, [2, 1, 160]))],
    areas: "3:total 4:leaf^3 5:leaf^3 6:group^3 7:leaf^6 8:leaf^6 9:leaf^6 10:leaf^6 11:leaf^6",
  },
  "lettered fund sections, each closed by `Cộng A` / `Cộng B`, a total over both": {
    rows: [["BIỂU PHÂN BỔ"], HDR, row("A", "VỐN SỰ NGHIỆP", BLANK), ...COMMUNES.map((c, i) => row(i + 1, `Xã ${c}`, [2, 1, 100])), row(null, "Cộng A", [10, 5, 500]), row("B", "VỐN ĐẦU TƯ", BLANK), ...COMMUNES.map((c, i) => row(i + 1, `Xã ${c}`, [0, 0, 100])), row(null, "Cộng B", [0, 0, 500]), row(null, "Tổng cộng", ALL)],
    areas: "3:group^17 4:leaf^3 5:leaf^3 6:leaf^3 7:leaf^3 8:leaf^3 9:subtotal^3 10:group^17 11:leaf^10 12:leaf^10 13:leaf^10 14:leaf^10 15:leaf^10 16:subtotal^10 17:total",
  },
  "a fund's title over the total": {
    rows: [["BIỂU PHÂN BỔ"], HDR, [null, "NGUỒN VỐN SỰ NGHIỆP"], row(null, "Tổng cộng", ALL), ...communeRows("Xã ", (i) => i + 1)],
    areas: "4:total 5:leaf^4 6:leaf^4 7:leaf^4 8:leaf^4 9:leaf^4",
  },
  "sources split under `Kinh phí` in a 3-row header": {
    rows: [["BIỂU PHÂN BỔ"], [...HDR, null, null], [null, null, null, null, "Tổng số", "Trong đó", null], [null, null, null, null, null, "NSTW", "NSĐP"], row(null, "Tổng cộng", [...ALL, 700, 300]), ...COMMUNES.map((c, i) => row(i + 1, `Xã ${c}`, [...ONE, 140, 60]))],
    options: { merges: ["A2:A4", "B2:B4", "C2:C4", "D2:D4", "E2:G2", "E3:E4", "F3:G3"] },
    areas: "5:total 6:leaf^5 7:leaf^5 8:leaf^5 9:leaf^5 10:leaf^5",
  },
  "a block of the same communes under `B. VỐN ĐẦU TƯ`, the first block untitled: added, said": {
    rows: [["BIỂU PHÂN BỔ"], HDR, ...COMMUNES.map((c, i) => row(i + 1, `Xã ${c}`, [2, 1, 150])), row("B", "VỐN ĐẦU TƯ", BLANK), ...COMMUNES.map((c, i) => row(i + 1, `Xã ${c}`, [0, 0, 50]))],
    areas: "3:leaf 4:leaf 5:leaf 6:leaf 7:leaf 8:heading 9:leaf^8 10:leaf^8 11:leaf^8 12:leaf^8 13:leaf^8",
    unsure: /^Row 8 "VỐN ĐẦU TƯ" opens a block listing again the areas above/,
  },
};

describe("staff-made sheets, right as they stand", () => {
  test.each(Object.entries(CASES))("%s", (_label, c) => {
    const data = { ...sheet("Phân bổ", c.rows, c.options), ...(c.hiddenColumns !== undefined ? { hiddenColumns: c.hiddenColumns } : {}) };
    const json: unknown = toJsonReport(checkWorkbook({ sheets: [data] }, { plan: c.plan ?? PLAN, workbookName: "x.xlsx" }).report, "en");
    const got = (typeof json === "string" ? JSON.parse(json) : json) as {
      indicators: { code: string; allocated: number | null; status: string }[];
      findings: { rule: string; cell: string | null }[];
      reading: { areas: { at: string; role: string; parent: number | null }[]; lines: { code: string }[]; confidence: { level: string; reasons: string[] } };
    };
    const areas = got.reading.areas;
    expect(areas.map((a) => `${a.at}:${a.role}${a.parent === null ? "" : `^${areas[a.parent].at}`}`).join(" ")).toBe(c.areas);
    expect(got.reading.lines.map((l) => l.code)).toEqual(["1", "2", "3"]);
    expect(got.indicators.map((i) => [i.code, i.allocated, i.status])).toEqual([["1", 10, "ok"], ["2", 5, "ok"], ["3", 1000e6, "ok"]]);
    expect(got.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(c.findings ?? []);
    if (c.unsure === undefined) expect(got.reading.confidence.reasons).toEqual([]);
    else expect(got.reading.confidence.reasons).toEqual([expect.stringMatching(c.unsure)]);
  });
});
