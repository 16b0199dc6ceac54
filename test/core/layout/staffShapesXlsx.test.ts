/**
 * Clean sheets made the way staff make them, written with ExcelJS and read
 * back through the .xlsx reader, in both orientations: a title block with the
 * year (`Năm 2024`), a footer (`Hà Nội, ngày … tháng … năm …`, `Người lập
 * biểu`, `Thủ trưởng đơn vị`, the signers' names), hidden rows and columns, a
 * notes column with numbers in its text (`Ghi chú: 2 tổ`), label cells merged
 * over STT and name, districts written `TP. Sơn Tây`, `TX Sơn Tây`, `Q. Hà
 * Đông`, communes `P.`, `TT.`, numbered `Xã 1`, a numbering row `(1) (2)
 * (3)=(1)+(2)`, headers wrapped over three rows. Each is read surely, every
 * area in its place, with no finding.
 */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { planOf } from "../../helpers/allocationFixture";

type Cell = string | number | null;

const PLAN = planOf([
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 12 },
  { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 1200 },
]);

interface Area {
  readonly stt: Cell;
  readonly name: string;
  readonly role: "total" | "group" | "leaf";
  /** The group it sits under (for a leaf), by name. */
  readonly under?: string;
}

interface Shape {
  readonly name: string;
  readonly districts: readonly { readonly name: string; readonly communes: readonly string[] }[];
  /** Header rows over `STT | name | line 1 | line 2 | notes` (1 to 3), and their merges (in table rows, 1-based from the first header row). */
  readonly header?: { readonly rows: Cell[][]; readonly merges: readonly string[] };
  /** A numbering row under the header. */
  readonly numbering?: Cell[];
  /** The notes column's text on each leaf row. */
  readonly note?: (i: number) => Cell;
  /** Label cells merged over STT and name on the total and district rows. */
  readonly mergedLabels?: true;
  /** Hide the first commune row of the first district (its figures still count, as Excel's SUM counts them). */
  readonly hiddenRow?: true;
  /** Names typed with a line break, wrapped in their cells (`Huyện\nQuốc Oai`). */
  readonly wrapNames?: true;
  /** The footer right under the table, no blank row before it. */
  readonly tightFooter?: true;
  /** The grand total at the bottom, under this label. */
  readonly totalBelow?: string;
  /** Districts numbered `1`, `2`, their communes `1.1`, `1.2` (no Roman numerals). */
  readonly decimalStt?: true;
  /** A hidden column of helper figures after the lines (an old year's), header `Năm 2023`. */
  readonly hiddenColumn?: true;
}

const DISTRICTS = [
  { name: "Huyện Quốc Oai", communes: ["Xã Phú Mãn", "Xã Đông Xuân"] },
  { name: "Huyện Mỹ Đức", communes: ["Xã An Phú", "TT. Đại Nghĩa"] },
];

const SHAPES: Shape[] = [
  { name: "plain, with title and footer", districts: DISTRICTS },
  { name: "a city written short", districts: [{ name: "TP. Sơn Tây", communes: ["P. Lê Lợi", "P. Quang Trung"] }, { name: "Huyện Ba Vì", communes: ["Xã Ba Trại", "Xã Tản Lĩnh"] }] },
  { name: "a town written short", districts: [{ name: "Huyện Thạch Thất", communes: ["Xã Yên Bình", "TT. Liên Quan"] }, { name: "TX Sơn Tây", communes: ["Xã Cổ Đông", "Xã Kim Sơn"] }] },
  { name: "an urban district and a district", districts: [{ name: "Q. Hà Đông", communes: ["P. Vạn Phúc", "P. Yết Kiêu"] }, { name: "Huyện Ba Vì", communes: ["TT. Tây Đằng", "Xã Ba Trại"] }] },
  { name: "numbered communes", districts: [{ name: "Huyện Quốc Oai", communes: ["Xã 1", "Xã 2"] }, { name: "Huyện Mỹ Đức", communes: ["Xã 1", "Xã 2"] }] },
  { name: "a notes column with numbers in its text", districts: DISTRICTS, note: (i) => (i % 2 === 0 ? "Ghi chú: 2 tổ" : "Thêm 1 CLB năm 2024") },
  { name: "a notes column with a bare number in one row", districts: DISTRICTS, note: (i) => (i === 1 ? 2 : i === 2 ? "Xã khó khăn" : null) },
  { name: "a notes column with years and dates", districts: DISTRICTS, note: (i) => (i === 0 ? 2024 : i === 1 ? "15/3/2024" : "Năm 2025 bổ sung") },
  { name: "label cells merged over STT and name", districts: DISTRICTS, mergedLabels: true },
  { name: "a hidden commune row", districts: DISTRICTS, hiddenRow: true },
  { name: "a hidden column of last year's figures", districts: DISTRICTS, hiddenColumn: true },
  { name: "the grand total at the bottom, `Cộng`", districts: DISTRICTS, totalBelow: "Cộng" },
  { name: "the footer right under the table", districts: DISTRICTS, tightFooter: true },
  { name: "the footer right under a total at the bottom", districts: DISTRICTS, tightFooter: true, totalBelow: "Tổng cộng" },
  { name: "the grand total at the bottom, `Toàn huyện`", districts: DISTRICTS, totalBelow: "Toàn huyện" },
  { name: "districts numbered 1, 2 and communes 1.1, 1.2", districts: DISTRICTS, decimalStt: true },
  { name: "names wrapped over lines in their cells", districts: DISTRICTS, wrapNames: true },
  { name: "a numbering row (1) (2) (3)=(1)+(2)", districts: DISTRICTS, numbering: ["A", "B", "(1)", "(2)", "(3)"] },
  {
    name: "a header wrapped over three rows, the year in it",
    districts: DISTRICTS,
    header: {
      rows: [
        ["STT", "Đơn vị", "Chỉ tiêu, nhiệm vụ năm 2024", null, "Ghi chú"],
        [null, null, "Tổ truyền thông\ncộng đồng\n(tổ)", "Kinh phí\nhỗ trợ\n(triệu đồng)", null],
        [null, null, null, null, null],
      ],
      merges: ["A1:A3", "B1:B3", "C1:D1", "C2:C3", "D2:D3", "E1:E3"],
    },
  },
];

const TITLE: Cell[][] = [
  ["UBND HUYỆN QUỐC OAI", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null],
  ["PHÒNG LAO ĐỘNG", null, null, "Độc lập - Tự do - Hạnh phúc", null],
  [null, null, null, null, null],
  ["BIỂU PHÂN BỔ CHỈ TIÊU, KINH PHÍ NĂM 2024", null, null, null, null],
  [null, null, null, "ĐVT: triệu đồng", null],
];
const FOOTER: Cell[][] = [
  [null, null, null, null, null],
  [null, null, null, "Hà Nội, ngày 15 tháng 3 năm 2024", null],
  [null, "Người lập biểu", null, "Thủ trưởng đơn vị", null],
  [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)", null],
  [null, null, null, null, null],
  [null, "Nguyễn Văn An", null, "Trần Thị Bình", null],
];

/** The table (header, numbering, body) as rows, its merges, the expected areas, the row (in the table) to hide. */
function tableOf(shape: Shape): { rows: Cell[][]; merges: string[]; areas: Area[]; hide: number | null; numbering: Cell[] | null } {
  const header = shape.header ?? { rows: [["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ", "Ghi chú"]], merges: [] };
  const rows: Cell[][] = header.rows.map((r) => [...r]);
  const merges = [...header.merges];
  const numbering = shape.numbering !== undefined ? [...shape.numbering] : null;
  if (numbering !== null) rows.push(numbering);
  const areas: Area[] = [{ stt: null, name: "Tổng cộng", role: "total" }];
  const leaves = shape.districts.reduce((n, d) => n + d.communes.length, 0);
  const each = 12 / leaves;
  const label = (stt: Cell, name: string): Cell[] => (shape.mergedLabels === true ? [name, null] : [stt, name]);
  const mergeLabel = () => {
    if (shape.mergedLabels === true) merges.push(`A${rows.length}:B${rows.length}`);
  };
  if (shape.totalBelow === undefined) {
    rows.push([...label(null, "Tổng cộng"), 12, 1200, null]);
    mergeLabel();
  }
  let hide: number | null = null;
  let k = 0;
  shape.districts.forEach((d, i) => {
    const roman = shape.decimalStt === true ? i + 1 : ["I", "II", "III"][i];
    const wrap = (name: string) => (shape.wrapNames === true ? name.replace(" ", "\n") : name);
    rows.push([...label(roman, wrap(d.name)), each * d.communes.length, 100 * each * d.communes.length, null]);
    mergeLabel();
    areas.push({ stt: roman, name: d.name, role: "group" });
    d.communes.forEach((c, j) => {
      rows.push([shape.decimalStt === true ? `${i + 1}.${j + 1}` : j + 1, wrap(c), each, 100 * each, shape.note?.(k++) ?? null]);
      if (i === 0 && j === 0 && shape.hiddenRow === true) hide = rows.length;
      areas.push({ stt: j + 1, name: c, role: "leaf", under: d.name });
    });
  });
  if (shape.totalBelow !== undefined) {
    rows.push([...label(null, shape.totalBelow), 12, 1200, null]);
    mergeLabel();
    areas.push(areas.shift()!);
    areas[areas.length - 1] = { stt: null, name: shape.totalBelow, role: "total" };
  }
  return { rows, merges, areas, hide, numbering };
}

function shift(range: string, rows: number, cols: number): string {
  return range.replace(/([A-Z]+)(\d+)/g, (_m, col: string, row: string) => `${String.fromCharCode(col.charCodeAt(0) + cols)}${Number(row) + rows}`);
}

function transpose(rows: Cell[][]): Cell[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return Array.from({ length: width }, (_v, c) => rows.map((r) => r[c] ?? null));
}

function transposeRange(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, (_m, col: string, row: string) => `${String.fromCharCode(64 + Number(row))}${col.charCodeAt(0) - 64}`);
}

async function read(shape: Shape, across: boolean) {
  const table = tableOf(shape);
  let body = table.rows;
  let merges = table.merges;
  if (across) {
    body = transpose(table.rows.filter((r) => r !== table.numbering));
    merges = merges.map(transposeRange);
    // Across, the columns are numbered in a row under the areas' names.
    if (table.numbering !== null) body.splice(2, 0, body[0].map((_v, c) => (c === 0 ? "A" : `(${c})`)));
  }
  const top = TITLE.length;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phân bổ");
  const all = [...TITLE, ...body, ...(shape.tightFooter === true ? FOOTER.slice(1) : FOOTER)];
  all.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (typeof value === "string" && value.includes("\n")) cell.alignment = { wrapText: true };
    }),
  );
  ws.mergeCells("A4:E4");
  for (const range of merges) ws.mergeCells(shift(range, top, 0));
  if (table.hide !== null) {
    if (across) ws.getColumn(table.hide).hidden = true;
    else ws.getRow(top + table.hide).hidden = true;
  }
  if (shape.hiddenColumn === true) {
    // Last year's figures in a hidden column (a hidden row across), beside the lines.
    const at = across ? top + body.length + 1 : 6;
    if (across) {
      ws.spliceRows(at, 0, ["Năm 2023", null, 10, 5, 900, 2, 3, 1, 4]);
      ws.getRow(at).hidden = true;
    } else {
      ws.spliceColumns(at, 0, [...TITLE.map(() => null), "Năm 2023", 10, 5, 2, 3, 5, 1, 4, ...FOOTER.map(() => null)]);
      ws.getColumn(at).hidden = true;
    }
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const book = await readWorkbookBuffer(buffer, "t.xlsx");
  return { report: checkWorkbook(book, { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" }).report, areas: table.areas };
}

describe.each(SHAPES)("$name", (shape) => {
  test.each([
    ["areas as rows", false],
    ["areas as columns", true],
  ])("%s: every area in its place, read surely, nothing to report", async (_label, across) => {
    const { report, areas } = await read(shape, across);
    const reading = report.reading!;
    expect(report.orientation).toBe(across ? "indicators-as-rows" : "areas-as-rows");
    expect(reading.areas.map((a) => [a.name, a.role, a.parent === null ? null : reading.areas[a.parent].name])).toEqual(
      areas.map((a) => [a.name, a.role, a.role === "total" ? null : a.role === "group" ? (shape.totalBelow ?? "Tổng cộng") : a.under]),
    );
    // A hidden row is told (its figures count), as information only.
    expect(report.findings.filter((f) => f.rule !== "hidden" || f.severity !== "info").map((f) => [f.rule, f.cell, f.message.en])).toEqual([]);
    expect(report.findings.filter((f) => f.rule === "hidden").length).toBe(shape.hiddenRow === true ? 1 : 0);
    expect(reading.confidence).toEqual({ level: "high", reasons: [] });
    expect(report.indicators.map((i) => i.allocated)).toEqual([12, 1200e6]);
  });
});
