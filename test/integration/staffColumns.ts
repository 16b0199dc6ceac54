/**
 * Staff-made allocation sheets turned the other way (see staffSheets.ts, whose
 * lines, areas and planted problem they share): the lines as rows (`STT |
 * Nội dung | ĐVT`), the areas across the columns — the grand total first or
 * last, then each district as a group of columns with its communes: a
 * district column holding its figures before its communes; communes closed
 * by a `Cộng huyện …` column; or the district's name merged across its
 * communes in an upper header row, its figures in a `Cộng` column after them
 * or a `Tổng số` column before them. Under the header maybe a numbering row;
 * an empty row between two lines, a blank column between districts, a `Ghi
 * chú` column at the right; a title block over the table and a signature
 * block under it. The same plants give the same findings, each at the cell
 * where this layout puts it: the figure's cell at its line's row and its
 * commune's column, a subtotal at the district's column, a ceiling at the
 * total column, a repeat or a hidden commune at its header cell. What only
 * a table of area rows has (numbered communes, a district's STT in column A
 * or merged down, labels merged from the STT column, `Trong đó` rows, the
 * header typed again for a printed page) is left out here. The shape's newer
 * fields as they go across: `sttForm` numbers the lines `1.1`, `1.2` under
 * headings `1`, `2`, or letters them `a`, `b`; `helper` is a hidden row under
 * the lines (last year's figures, the communes' codes) naming no plan line;
 * `districtColumn` has no counterpart (a district merged over its communes in
 * a header row of its own is the `mergedHead` and `headSub` layouts).
 */
import { f, type FixtureSheet, type FixtureValue, type FormulaValue } from "../helpers/xlsxFixture";
import { columnLetters } from "../../src/core/model/address";
import { staffWriter } from "./staffWriter";
import { prng } from "../helpers/prng";
import type { Commune, District, Line, StaffCase, StaffPlace, StaffShape, TextForm } from "./staffSheets";
import type { ExpectedFinding, ExpectedIndicator } from "./support";

/** What staffSheets.ts drew: the lines, the areas with their figures, the plan and the plant. */
export interface ColumnsModel {
  readonly shape: StaffShape;
  readonly lines: readonly Line[];
  readonly districts: readonly District[];
  readonly plan: FixtureValue[][];
  readonly listCells: readonly string[];
  readonly targets: readonly number[];
  readonly totals: readonly number[];
  readonly shown: readonly number[];
  readonly off: readonly number[];
  readonly duplicate: Commune | null;
  readonly missing: string | null;
  readonly hiddenCommune: Commune | null;
  readonly linkLine: number;
  readonly percentTarget: number;
  readonly indicators: ExpectedIndicator[];
}

/** The random draws and helpers of staffSheets.ts, passed in so that this file imports only its types. */
export interface Draws {
  readonly rnd: () => number;
  readonly pick: <T>(xs: readonly T[]) => T;
  readonly int: (lo: number, hi: number) => number;
  readonly rnd2: () => number;
  readonly pick2: <T>(xs: readonly T[]) => T;
  readonly rnd3: () => number;
  readonly typedText: (l: Line, v: number, form: TextForm) => string;
}

type Entry =
  | { readonly kind: "total" }
  | { readonly kind: "gap" }
  | { readonly kind: "district"; readonly d: District }
  | { readonly kind: "commune"; readonly d: District; readonly c: Commune };

const UNIT_WORDS = { dong: "đồng", grouped: "đồng", accounting: "đồng", thousands: "nghìn đồng", trieu: "triệu đồng" } as const;

/** The sheet of `m.shape` with the areas across the columns, and the findings CONTRACT.md gives for it. */
export function layoutColumns(m: ColumnsModel, draw: Draws): StaffCase {
  const { shape, lines, districts, targets, totals, shown, off } = m;
  const { rnd, pick, int, pick2 } = draw;
  // Where a district's figures sit among its columns, and whether its name is merged across them above.
  const merged = shape.district === "mergedHead" || shape.district === "headSub";
  const before = shape.district === "row" || shape.district === "headSub";

  // The area axis, left to right.
  const entries: Entry[] = [];
  if (shape.totalFirst) entries.push({ kind: "total" });
  districts.forEach((d, k) => {
    if (shape.spacerRows && k > 0) entries.push({ kind: "gap" });
    if (before) entries.push({ kind: "district", d });
    for (const c of d.communes) entries.push({ kind: "commune", d, c });
    if (!before) entries.push({ kind: "district", d });
  });
  if (!shape.totalFirst) entries.push({ kind: "total" });

  // Variations of this layout alone, from a stream of their own: headings over the lines, a unit column (`ĐVT`)
  // beside their names, a district merged over its communes named bare.
  const rnd4 = prng(shape.seed ^ 0x27d4eb2f);
  const pick4 = <T>(xs: readonly T[]): T => xs[Math.floor(rnd4() * xs.length)];
  const headings = rnd4() < 0.35;
  const unitColumn = shape.subHeader === "units" || rnd4() < 0.4;
  const bareMerged = merged && rnd4() < 0.3;
  // A parent header (`Chia ra`, `Trong đó`, `Phân bổ cho các địa phương`) over the areas' columns: over the districts'
  // names merged across their communes, a third header row.
  const parentRow = merged ? rnd4() < 0.3 : shape.twoHeaderRows;
  const headerRows = 1 + (parentRow ? 1 : 0) + (merged ? 1 : 0);

  const districtLabel = (d: District) => (bareMerged && shape.districtStt !== "inLabel" ? (shape.districtUpper ? d.name.toUpperCase() : d.name) : d.label);

  // Columns: STT, the line's name, maybe its unit, the areas, maybe `Ghi chú`.
  const unitCol = unitColumn ? 2 : -1;
  const firstArea = unitCol >= 0 ? 3 : 2;
  const colOf = (i: number) => firstArea + i;
  const noteCol = shape.note === "none" ? -1 : colOf(entries.length);
  const lastCol = noteCol >= 0 ? noteCol : colOf(entries.length - 1);
  const communeCol = new Map<Commune, number>();
  const districtCol = new Map<District, number>();
  let totalCol = -1;
  entries.forEach((e, i) => {
    if (e.kind === "commune") communeCol.set(e.c, colOf(i));
    else if (e.kind === "district") districtCol.set(e.d, colOf(i));
    else if (e.kind === "total") totalCol = colOf(i);
  });

  const { workbook, linked, merges, put, set, addr } = staffWriter();
  const mergeRow = (r: number, from: number, to: number, text: string | null) => {
    set(r, from, text);
    if (to > from && text !== null) merges.push(`${addr(r, from)}:${addr(r, to)}`);
  };
  const figure = (l: Line, v: number | FormulaValue): FixtureValue => {
    const stored = typeof v === "number" ? v / l.storedIn : v;
    return l.format === null ? stored : { value: stored, numFmt: l.format };
  };
  const saved = (l: Line, v: number) => (shape.cached ? v / l.storedIn : undefined);

  // Title: a block merged across the table (the body, the motto, the title, the decision), or a few lines.
  if (shape.titleBlock > 0) {
    const block: Array<() => void> = [
      () => {
        mergeRow(workbook.length, 0, 1, pick2(["HỘI LHPN TỈNH LÀO CAI", "UBND HUYỆN BẮC HÀ"]));
        mergeRow(workbook.length - 1, firstArea, lastCol, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      },
      () => mergeRow(workbook.length, firstArea, lastCol, "Độc lập - Tự do - Hạnh phúc"),
      () => mergeRow(workbook.length, 0, lastCol, pick2(["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025", "PHÂN BỔ CHỈ TIÊU, KINH PHÍ CHO CÁC ĐỊA PHƯƠNG NĂM 2025"])),
      () => mergeRow(workbook.length, 0, lastCol, "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2025 của UBND tỉnh)"),
      () => mergeRow(workbook.length, firstArea, lastCol, "Lào Cai, ngày 15 tháng 01 năm 2025"),
      () => workbook.push([]),
    ];
    for (let t = 0; t < shape.titleBlock; t++) block[t]();
  } else {
    const titles = ["UBND TỈNH LÀO CAI", "BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025", "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2025)"];
    for (let t = 0; t < shape.titleRows; t++) set(t, t === 0 ? 0 : 1, titles[t]);
  }
  if (shape.money && shape.unitLine) {
    const unit = UNIT_WORDS[shape.moneyUnit];
    const text = pick([`Đơn vị tính: ${unit}`, `ĐVT: ${unit}`, `(Đơn vị tính: ${unit})`]);
    if (shape.unitPlace === "merged") mergeRow(workbook.length, 0, lastCol, text);
    else set(workbook.length, shape.unitPlace === "left" ? 0 : lastCol, text);
  }

  // The header: the label columns and the total (merged down over the header rows), the districts and their communes.
  const headerTop = workbook.length;
  const header = headerTop + headerRows - 1;
  set(headerTop, 0, "STT");
  set(headerTop, 1, pick(["Nội dung", "Chỉ tiêu", "Tên chỉ tiêu"]));
  if (unitCol >= 0) set(headerTop, unitCol, "ĐVT");
  if (noteCol >= 0) set(headerTop, noteCol, "Ghi chú");
  const sideCols = [0, 1, ...(unitCol >= 0 ? [unitCol] : []), ...(noteCol >= 0 ? [noteCol] : [])];
  if (headerRows > 1) for (const c of sideCols) merges.push(`${addr(headerTop, c)}:${addr(header, c)}`);
  entries.forEach((e, i) => {
    const c = colOf(i);
    if (e.kind === "total") {
      set(headerTop, c, shape.totalLabel);
      if (headerRows > 1) merges.push(`${addr(headerTop, c)}:${addr(header, c)}`);
    } else if (e.kind === "commune") set(header, c, e.c.label);
    else if (e.kind === "district" && !merged) set(header, c, e.d.label);
  });
  if (merged) {
    districts.forEach((d, k) => {
      const cols = [districtCol.get(d) ?? 0, ...d.communes.map((c) => communeCol.get(c) ?? 0)];
      const from = Math.min(...cols);
      const to = Math.max(...cols);
      mergeRow(header - 1, from, to, districtLabel(d));
      // Under the district's name, its figures' column: `Cộng` after its communes, `Tổng số` before them.
      const sub = shape.district === "mergedHead" ? pick(["Cộng", "Cộng huyện", `Cộng ${["I", "II", "III", "IV"][k]}`]) : pick2(["Tổng số", "Cộng", d.sub ?? "Cộng"]);
      set(header, districtCol.get(d) ?? 0, sub);
    });
  }
  if (parentRow) {
    const areaCols = entries.flatMap((e, i) => (e.kind === "district" || e.kind === "commune" ? [colOf(i)] : []));
    const parent = merged ? pick4(["Chia ra", "Trong đó", "Phân bổ cho các huyện"]) : pick2(["Chia ra", "Phân bổ cho các địa phương", "Chi tiết theo địa bàn"]);
    mergeRow(headerTop, Math.min(...areaCols), Math.max(...areaCols), parent);
  }
  let row = header + 1;
  if (shape.subHeader === "numbers") {
    const form = pick2(["letters", "parens", "plain"] as const);
    let n = 0;
    for (let c = 0; c <= lastCol; c++) {
      if (c >= firstArea && entries[c - firstArea]?.kind === "gap") continue;
      n++;
      set(row, c, form === "letters" ? (c < 2 ? ["A", "B"][c] : n - 2) : form === "parens" ? `(${n})` : n);
    }
    row++;
  }

  // The lines, one row each (an empty row after one of them), maybe under headings of their own (`I | CHỈ TIÊU`,
  // `II | KINH PHÍ`, their figures blank), numbered from 1 under each or across the table.
  const lineRow: number[] = [];
  let spacerRow = -1;
  const restart = rnd4() < 0.5;
  let number = 0;
  let headingAt = 0;
  lines.forEach((l, j) => {
    const heading = !headings ? null : j === 0 ? 0 : l.kind === "money" && lines[j - 1].kind !== "money" ? 1 : null;
    if (heading !== null) {
      // Under headings numbered `1`, `2`, their lines `1.1`, `1.2` (`dotted`); else Roman headings.
      set(row, 0, shape.sttForm === "dotted" ? heading + 1 : ["I", "II"][heading]);
      set(row, 1, heading === 0 ? pick4(["CHỈ TIÊU", "Các chỉ tiêu hoạt động", "Chỉ tiêu phân bổ"]) : pick4(["KINH PHÍ", "Kinh phí thực hiện", "Kinh phí"]));
      row++;
      headingAt = heading + 1;
      if (restart || shape.sttForm !== "drawn") number = 0;
    }
    lineRow.push(row);
    number++;
    // The lines numbered as drawn, `1.1` under their heading, or lettered `a`, `b`.
    set(row, 0, shape.sttForm === "dotted" && headingAt > 0 ? `${headingAt}.${number}` : shape.sttForm === "letters" ? "abcdefgh"[number - 1] : number);
    set(row, 1, unitCol >= 0 ? l.name : l.header);
    if (unitCol >= 0) set(row, unitCol, l.kind === "percent" ? "%" : l.kind === "money" ? (l.unit ?? UNIT_WORDS[shape.moneyUnit]) : l.planUnit);
    row++;
    if (shape.spacerAfter === j && j < lines.length - 1) spacerRow = row++;
  });
  // A hidden helper row under the lines (last year's figures, the communes' codes), naming no plan line.
  const rnd5 = prng(shape.seed ^ 0x165667b1);
  const helperRow = shape.helper === "none" ? -1 : row++;
  if (helperRow >= 0) {
    const pick5 = <T>(xs: readonly T[]): T => xs[Math.floor(rnd5() * xs.length)];
    set(helperRow, 1, shape.helper === "codes" ? pick5(["Mã xã", "Mã ĐVHC"]) : pick5(["Năm 2024", "Số liệu năm trước", "TH 2024"]));
    let code = 3001 + Math.floor(rnd5() * 50) * 10;
    for (const c of districts.flatMap((d) => d.communes)) set(helperRow, communeCol.get(c) ?? 0, shape.helper === "codes" ? (code += 7) : c.values[0] + Math.floor(rnd5() * 4));
  }

  // Figures and the findings they give.
  const findings: Array<ExpectedFinding & { row: number; col: number }> = [];
  const loose: ExpectedFinding[] = [];
  const area = (c: Commune) => ({ oneOf: [c.label, c.label.normalize("NFC"), c.label.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim()] });
  const nil = (d: District): FixtureValue => {
    if (shape.nil === "either") return rnd() < 0.5 ? null : 0;
    const form = shape.nil === "mixed" ? pick(["blank", "zero", "dash"] as const) : shape.nil;
    return form === "zero" ? 0 : form === "dash" && d.form !== "chain" ? "-" : null;
  };
  const leafSum = (d: District, j: number) => d.communes.reduce((s, c) => s + c.values[j], 0);
  const excelSum = (d: District, j: number) => d.communes.reduce((s, c, i) => s + (c.text === j || (d.short && i === d.communes.length - 1) ? 0 : c.values[j]), 0);
  const districtCell = (d: District, j: number) => (d.formula ? excelSum(d, j) : leafSum(d, j) + d.error[j]);
  lines.forEach((l, j) => {
    const r = lineRow[j];
    for (const d of districts) {
      const first = communeCol.get(d.communes[0]) ?? 0;
      const last = communeCol.get(d.communes[d.communes.length - (d.short ? 2 : 1)]) ?? 0;
      for (const c of d.communes) {
        const col = communeCol.get(c) ?? 0;
        const v = c.values[j];
        const at = { row: r, col, cell: addr(r, col), indicator: l.code, area: area(c) };
        if (c.text === j) {
          set(r, col, draw.typedText(l, v, shape.textForm));
          findings.push({ ...at, rule: "text-number", severity: d.formula ? "error" : "warning", expected: null, actual: { oneOf: [null, v] } });
        } else if (c.invalid === j) {
          set(r, col, pick(["x", "X"]));
          findings.push({ ...at, rule: "invalid-value", severity: "error", expected: null, actual: { oneOf: [null, 0] } });
        } else if (j === m.linkLine) {
          put(linked, header, col, c.label);
          if (v !== 0) put(linked, r, col, figure(l, v));
          set(r, col, figure(l, f(`'Số liệu'!${addr(r, col)}`, v / l.storedIn)));
        } else {
          set(r, col, v === 0 ? nil(d) : figure(l, v));
          if (c.negative === j) findings.push({ ...at, rule: "invalid-value", severity: "error", expected: null, actual: { oneOf: [null, v] } });
          if (l.kind === "percent" && v < m.percentTarget) findings.push({ ...at, rule: "percent", severity: "error", expected: m.percentTarget, actual: v });
        }
      }
      // Districts and the total leave a rate blank.
      if (l.kind === "percent") continue;
      const dc = districtCol.get(d) ?? 0;
      const range = d.form === "absolute" ? `$${columnLetters(first)}$${r + 1}:$${columnLetters(last)}$${r + 1}` : `${addr(r, first)}:${addr(r, last)}`;
      const chain = Array.from({ length: last - first + 1 }, (_, i) => addr(r, first + i)).join("+");
      const labels = `$${columnLetters(first)}$${header + 1}:$${columnLetters(last)}$${header + 1}`;
      const formula = { range: `SUM(${range})`, absolute: `SUM(${range})`, chain, subtotal: `SUBTOTAL(9,${range})`, sumif: `SUMIF(${labels},"<>",${range})` }[d.form];
      set(r, dc, figure(l, d.formula ? f(formula, saved(l, excelSum(d, j))) : districtCell(d, j)));
      // One cause, one finding: the SUM copied down the column misses the commune on every line, told at its first cell.
      if (d.short && j === 0) {
        findings.push({ row: r, col: dc, rule: "subtotal", severity: "error", cell: addr(r, dc), indicator: l.code, area: districtLabel(d), expected: leafSum(d, j), actual: excelSum(d, j) });
      }
      if (d.error[j] !== 0) {
        findings.push({ row: r, col: dc, rule: "subtotal", severity: "error", cell: addr(r, dc), indicator: l.code, area: districtLabel(d), expected: leafSum(d, j), actual: districtCell(d, j) });
      }
    }
    if (l.kind === "percent") return;
    if (shape.totalFormula) set(r, totalCol, figure(l, f(districts.map((d) => addr(r, districtCol.get(d) ?? 0)).join("+"), saved(l, shown[j]))));
    else set(r, totalCol, figure(l, totals[j]));
    if (off[j] !== 0) {
      findings.push({ row: r, col: totalCol, rule: "ceiling", severity: off[j] > 0 ? "error" : "warning", cell: addr(r, totalCol), indicator: l.code, area: null, expected: targets[j], actual: totals[j] });
    }
  });
  if (noteCol >= 0) {
    const free = ["Bổ sung 2 tổ so với năm 2024", "Theo QĐ 135/QĐ-TTg", "Giảm 1 CLB", "3 thôn ĐBKK", "Đã giao 15/3"];
    lines.forEach((_, j) => {
      if (rnd() < 0.5) return;
      set(lineRow[j], noteCol, shape.note === "numbers" ? pick([135, 30, 2024, int(1, 20)]) : shape.note === "free" ? pick2(free) : pick(["Giao đủ các xã", "Ưu tiên xã biên giới", "Theo định mức"]));
    });
  }
  if (m.duplicate !== null) {
    const c = communeCol.get(m.duplicate) ?? 0;
    findings.push({ row: header, col: c, rule: "duplicate", severity: "error", cell: addr(header, c), indicator: null, area: area(m.duplicate), expected: null, actual: null });
  }
  if (shape.signature) {
    let r = workbook.length + 1 + Math.floor(draw.rnd2() * 2);
    if (draw.rnd2() < 0.5) set(r++, 1, pick2(["Ghi chú: Số liệu tính đến ngày 31/12/2024.", "Lưu ý: các xã gửi báo cáo trước ngày 15/02/2025"]));
    const right = Math.max(firstArea, lastCol - 1);
    mergeRow(r++, right, lastCol, pick2(["Lào Cai, ngày 20 tháng 01 năm 2025", "ngày      tháng     năm 2025"]));
    set(r, 1, pick2(["Người lập biểu", "NGƯỜI LẬP BIỂU"]));
    mergeRow(r++, right, lastCol, pick2(["Thủ trưởng đơn vị", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"]));
    set(r, 1, "(Ký, ghi rõ họ tên)");
    mergeRow(r++, right, lastCol, "(Ký tên, đóng dấu)");
    r += 3;
    set(r, 1, pick2(["Nguyễn Thị Hoa", "Lò Thị Mai"]));
    mergeRow(r, right, lastCol, pick2(["Vàng Thị Dung", "Hoàng Thị Lan"]));
  }
  const hiddenColumns: number[] = [];
  if (m.hiddenCommune !== null) {
    const c = communeCol.get(m.hiddenCommune) ?? 0;
    hiddenColumns.push(c);
    findings.push({ row: header, col: c, rule: "hidden", severity: "info", cell: addr(header, c), indicator: null, area: area(m.hiddenCommune), expected: null, actual: null });
  }
  if (m.missing !== null) {
    loose.push({ rule: "coverage", severity: "warning", sheet: { oneOf: ["Phân bổ", "Kế hoạch", null] }, cell: { oneOf: [null, ...m.listCells] }, indicator: null, area: { oneOf: [m.missing, `Xã ${m.missing}`] }, expected: null, actual: null });
  }
  const hiddenRows = [...(shape.hidden && spacerRow >= 0 ? [spacerRow] : []), ...(helperRow >= 0 ? [helperRow] : [])];
  findings.sort((a, b) => a.row - b.row || a.col - b.col);

  const sheets: FixtureSheet[] = [
    { name: "Phân bổ", rows: workbook, merges, ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}), ...(hiddenRows.length > 0 ? { hiddenRows } : {}) },
    { name: "Kế hoạch", rows: m.plan },
    ...(linked.length > 0 ? [{ name: "Số liệu", rows: linked }] : []),
  ];
  const structure: StaffPlace[] = [
    { at: columnLetters(totalCol), role: "total" },
    ...[...districtCol.values()].map((c): StaffPlace => ({ at: columnLetters(c), role: "district" })),
    ...[...communeCol.values()].map((c): StaffPlace => ({ at: columnLetters(c), role: "leaf" })),
  ];
  return { shape, workbook, merges, plan: m.plan, sheets, findings: findings.map(({ row: _r, col: _c, ...x }) => x), loose, indicators: m.indicators, structure };
}
