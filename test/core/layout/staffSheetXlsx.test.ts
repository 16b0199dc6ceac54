/**
 * A sheet made the way staff make one, written with ExcelJS and read back
 * through the .xlsx reader: a title block of six rows merged across (the
 * unit's name, the national motto, the title, `(Kèm theo Kế hoạch …)`,
 * `Đơn vị tính: triệu đồng` on the right), a header over three rows (lines
 * merged over `Tổng số | Trong đó: NSTW | NSĐP`, then `Lũy kế` beside), a
 * numbering row `A | B | (1) | (2) | (3)=(4)+(5) | (4) | (5) | (6)`, a
 * `Nguồn vốn` column of `NSTW` / `NSĐP`, districts numbered `I`, `II`,
 * communes `Xã`, `TT.`: the plain reading, read surely, nothing told — and a
 * commune's NSTW mistyped, told once, at its cell.
 */
import { checkWorkbook } from "../../../src/core/check";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { planOf } from "../../helpers/allocationFixture";
import { buildWorkbook, type FixtureValue } from "../../helpers/xlsxFixture";

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 10 },
  { code: "KP", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1000 },
]);
const BODY: [FixtureValue, string, number, number][] = [
  [null, "Tổng cộng", 10, 1000],
  ["I", "Huyện Ba Vì", 6, 600],
  [1, "Xã Ba Trại", 2, 200],
  [2, "Xã Tản Lĩnh", 2, 200],
  [3, "TT. Tây Đằng", 2, 200],
  ["II", "Huyện Thạch Thất", 4, 400],
  [1, "Xã Yên Bình", 2, 200],
  [2, "Xã Yên Trung", 2, 200],
];

async function check(slip?: [number, number, FixtureValue]) {
  const rows: FixtureValue[][] = [
    ["HỘI LHPN HUYỆN BA VÌ", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null, null, null],
    ["BAN THƯỜNG VỤ", null, null, null, "Độc lập - Tự do - Hạnh phúc", null, null, null],
    [null, null, null, null, null, null, null, null],
    ["BIỂU PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ DỰ ÁN 8 NĂM 2025", null, null, null, null, null, null, null],
    ["(Kèm theo Kế hoạch số 25/KH-HLHPN ngày 15/3/2025)", null, null, null, null, null, null, null],
    [null, null, null, null, null, null, "Đơn vị tính: triệu đồng", null],
    ["STT", "Đơn vị", "Tổ truyền thông\ncộng đồng", "Kinh phí hỗ trợ", null, null, "Lũy kế", "Nguồn vốn"],
    [null, null, null, "Tổng số", "Trong đó", null, null, null],
    [null, null, null, null, "NSTW", "NSĐP", null, null],
    ["A", "B", "(1)", "(2)=(3)+(4)", "(3)", "(4)", "(5)", "(6)"],
    ...BODY.map(([stt, name, teams, money], i): FixtureValue[] => [stt, name, teams, money, money * 0.7, money * 0.3, money * 2, i === 0 ? null : i % 2 === 0 ? "NSTW" : "NSĐP"]),
  ];
  if (slip !== undefined) rows[slip[0]][slip[1]] = slip[2];
  const merges = ["A1:D1", "E1:H1", "A2:D2", "E2:H2", "A4:H4", "A5:H5", "G6:H6", "A7:A9", "B7:B9", "C7:C9", "D7:F7", "D8:D9", "E8:F8", "G7:G9", "H7:H9"];
  const buffer = Buffer.from(await buildWorkbook([{ name: "Phân bổ", rows, merges }]).xlsx.writeBuffer());
  const book = await readWorkbookBuffer(buffer, "t.xlsx");
  return checkWorkbook(book, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report;
}

test("the plain reading, read surely, nothing told", async () => {
  const report = await check();
  const reading = report.reading!;
  expect(reading.headerRows).toEqual([7, 8, 9, 10]);
  expect(reading.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["KP", "D"]]);
  expect(reading.areas.map((a) => [a.name, a.role])).toEqual([
    ["Tổng cộng", "total"],
    ["Huyện Ba Vì", "group"],
    ["Xã Ba Trại", "leaf"],
    ["Xã Tản Lĩnh", "leaf"],
    ["TT. Tây Đằng", "leaf"],
    ["Huyện Thạch Thất", "group"],
    ["Xã Yên Bình", "leaf"],
    ["Xã Yên Trung", "leaf"],
  ]);
  expect(reading.ignored.map((i) => [i.at, i.why])).toEqual([
    ["E", "split of the line before"],
    ["F", "split of the line before"],
    ["G", "running total"],
    ["H", "text column"],
  ]);
  expect(reading.confidence).toEqual({ level: "high", reasons: [] });
  expect(report.findings).toEqual([]);
  expect(report.indicators.map((i) => i.allocated)).toEqual([10, 1_000_000_000]);
});

test("a commune's NSTW mistyped (150 for 140): one finding, at its cell", async () => {
  const report = await check([12, 4, 150]);
  expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["subtotal", "E13"]]);
});
