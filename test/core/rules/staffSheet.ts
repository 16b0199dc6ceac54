/**
 * An allocation workbook made the way provincial finance and Women's Union
 * staff make it: a plan sheet (`Kế hoạch`) and an areas sheet (`Địa bàn`),
 * and the allocation sheet with a title block, a one- to three-row header
 * (merged group cells, a column-numbering row), an `ĐVT` note, an STT column
 * (`I`, `II` for districts, `1`, `2` for communes), district rows `Huyện …`
 * whose totals are typed, SUM formulas or left blank, and `Tổng cộng` at the
 * top or the bottom — areas down the rows, or indicators down the rows and
 * areas across the columns. Typed totals are typed from the sheet as planned
 * (before the planted mistake); formulas' saved values follow the sheet as
 * it stands.
 */
import { checkWorkbook } from "../../../src/core/check";
import { columnLetters, parseA1 } from "../../../src/core/model/address";
import type { Finding } from "../../../src/core/model/finding";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { formulaSheet, type Typed } from "./formulaSheet";

export interface StaffLine {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly target: number;
  readonly quota?: number;
  /** The allocation sheet's header for the line, where it differs from the plan's (another unit). */
  readonly header?: string;
  /** The unit the allocation sheet's ĐVT column gives the line (plan lines down the rows), where it differs from the plan's. */
  readonly sheetUnit?: string;
}

export interface StaffCommune {
  readonly name: string;
  readonly values: readonly CellValue[];
  /** The row (column) hidden in the sheet. */
  readonly hidden?: boolean;
  /** The label as written, where it is not `Xã <name>` (a row that is no commune). */
  readonly label?: string;
}

export interface StaffDistrict {
  readonly name: string;
  /** The district's label as written on the sheet (default `Huyện <name>`). */
  readonly label?: string;
  readonly communes: readonly StaffCommune[];
}

export interface StaffLayout {
  readonly orientation: "areas-as-rows" | "indicators-as-rows";
  /** Where `Tổng cộng` stands; `none`: no grand total. */
  readonly grand: "top" | "bottom" | "none";
  /** How the grand total is written (typed from the plan, or a formula over the districts). */
  readonly grandTotals: "typed" | "formula";
  /** How the districts' totals are written: typed, SUM formulas, or blank (a heading). */
  readonly districtTotals: "typed" | "formula" | "none";
  readonly headerRows: 1 | 2 | 3;
}

/** The sheet as planned, with what the mistake changed. */
export interface StaffSheet {
  /** The communes as the sheet shows them. */
  readonly actual: readonly StaffDistrict[];
  /** The figures the typed district totals were typed from (default: the clean sheet). */
  readonly typedDistricts?: readonly StaffDistrict[];
  /** The figures the typed grand total was typed from (default: the clean sheet). */
  readonly typedGrand?: readonly StaffDistrict[];
  /** A row (areas across the columns: a column) left right under (beside) the table: its label and figures. */
  readonly leftover?: { readonly label: CellValue; readonly values: readonly CellValue[] };
}

export const STAFF_LINES: readonly StaffLine[] = [
  { code: "1", name: "Thành lập mới tổ truyền thông cộng đồng", unit: "tổ", target: 11, quota: 1 },
  { code: "2", name: "Xây dựng địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 25 },
  { code: "3", name: "Tỷ lệ phụ nữ được tuyên truyền", unit: "%", target: 80 },
  { code: "4", name: "Kinh phí hỗ trợ hoạt động", unit: "triệu đồng", target: 1265 },
];

/** Eleven communes in three districts; each commune's figures meet the plan exactly. */
export const STAFF_DISTRICTS: readonly StaffDistrict[] = [
  {
    name: "Ba Vì",
    communes: [
      { name: "Khánh Thượng", values: [1, 3, 85, 120] },
      { name: "Minh Quang", values: [1, 2, 90, 95] },
      { name: "Ba Trại", values: [1, 2, 82, 110] },
      { name: "Tản Lĩnh", values: [1, 3, 88, 130] },
    ],
  },
  {
    name: "Mỹ Đức",
    communes: [
      { name: "An Phú", values: [1, 2, 80, 105] },
      { name: "Hùng Tiến", values: [1, 2, 86, 115] },
      { name: "Phù Lưu", values: [1, 3, 84, 125] },
      { name: "Hợp Thanh", values: [1, 2, 91, 100] },
    ],
  },
  {
    name: "Quốc Oai",
    communes: [
      { name: "Sài Sơn", values: [1, 2, 83, 140] },
      { name: "Cấn Hữu", values: [1, 2, 87, 115] },
      { name: "Đông Yên", values: [1, 2, 81, 110] },
    ],
  },
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

const num = (v: CellValue): number => (typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : 0);

/** Where each part of the table landed: 1-based rows and columns, A1 addresses by `at`. */
export interface Placed {
  readonly sheets: SheetData[];
  /** A commune's cell: district, commune (index in `actual`), line. */
  readonly cell: (d: number, c: number, line: number) => string;
  readonly label: (d: number, c: number) => string;
  readonly district: (d: number, line: number) => string;
  readonly grand: (line: number) => string;
  /** The leftover row's (column's) label cell and its cell on a line. */
  readonly leftoverLabel: () => string;
  readonly leftoverCell: (line: number) => string;
}

export function lineHeader(line: StaffLine): string {
  if (line.header !== undefined) return line.header;
  return line.unit === "%" ? `${line.name} (%)` : line.unit === "triệu đồng" ? `${line.name} (triệu đồng)` : `${line.name} (${line.unit})`;
}

/** The workbook: plan sheet, areas sheet and the allocation sheet `Phân bổ`. */
export function staffWorkbook(lines: readonly StaffLine[], planned: readonly StaffDistrict[], sheet: StaffSheet, layout: StaffLayout): Placed {
  const byRows = layout.orientation === "areas-as-rows";
  const title: CellValue[][] = [
    ["UBND THÀNH PHỐ HÀ NỘI"],
    ["HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ"],
    [],
    ["BIỂU PHÂN BỔ CHỈ TIÊU, KINH PHÍ THỰC HIỆN DỰ ÁN 8 NĂM 2025"],
    ["(Kèm theo Kế hoạch số 45/KH-HLHPN ngày 12/3/2025)"],
  ];
  const width = byRows ? 2 + lines.length : 3 + 1 + sheet.actual.reduce((s, d) => s + 1 + d.communes.length, 0);
  title.push([...Array.from({ length: width - 1 }, () => null), "ĐVT: triệu đồng"]);
  const top = title.length; // 0-based row where the header starts
  const merges: string[] = [`A4:${columnLetters(width - 1)}4`, `A5:${columnLetters(width - 1)}5`];
  const grid: Typed[][] = title.map((r) => [...r]);
  const put = (row: number, col: number, value: Typed) => {
    while (grid.length <= row) grid.push([]);
    grid[row][col] = value;
  };
  const addr = (row: number, col: number) => `${columnLetters(col)}${row + 1}`;

  // The body's order of areas: grand (top), then each district and its communes, then grand (bottom).
  type Slot = { kind: "grand" } | { kind: "district"; d: number } | { kind: "commune"; d: number; c: number };
  const slots: Slot[] = [];
  if (layout.grand === "top") slots.push({ kind: "grand" });
  sheet.actual.forEach((district, d) => {
    slots.push({ kind: "district", d });
    district.communes.forEach((_, c) => slots.push({ kind: "commune", d, c }));
  });
  if (layout.grand === "bottom") slots.push({ kind: "grand" });

  const headerRows = layout.headerRows;
  // Areas as rows: the header fills `headerRows` rows from `top`; body rows follow; columns: STT, Đơn vị, lines.
  // Indicators as rows: header rows give the area names; columns: STT, Chỉ tiêu, ĐVT, areas; rows: lines.
  const firstBody = top + headerRows;
  const areaPos = (slot: number) => (byRows ? firstBody + slot : 3 + slot);
  const linePos = (line: number) => (byRows ? 2 + line : firstBody + line);
  const at = (slot: number, line: number) => (byRows ? addr(areaPos(slot), linePos(line)) : addr(linePos(line), areaPos(slot)));
  const labelAt = (slot: number): [number, number] => (byRows ? [areaPos(slot), 1] : [top + headerRows - 1, areaPos(slot)]);
  const slotOf = (pred: (s: Slot) => boolean) => slots.findIndex(pred);

  // Header.
  if (byRows) {
    const counts = lines.map((l, i) => [l, i] as const).filter(([l]) => l.unit !== "triệu đồng");
    const money = lines.map((l, i) => [l, i] as const).filter(([l]) => l.unit === "triệu đồng");
    put(top, 0, "STT");
    put(top, 1, "Đơn vị");
    if (headerRows === 1) lines.forEach((l, i) => put(top, linePos(i), lineHeader(l)));
    else {
      merges.push(`A${top + 1}:A${top + 2}`, `B${top + 1}:B${top + 2}`);
      if (counts.length > 0) {
        put(top, linePos(counts[0][1]), "Chỉ tiêu");
        if (counts.length > 1) merges.push(`${columnLetters(linePos(counts[0][1]))}${top + 1}:${columnLetters(linePos(counts[counts.length - 1][1]))}${top + 1}`);
        counts.forEach(([l, i]) => put(top + 1, linePos(i), `${l.name} (${l.unit})`));
      }
      if (money.length > 0) {
        put(top, linePos(money[0][1]), "Kinh phí");
        money.forEach(([l, i]) => put(top + 1, linePos(i), l.header ?? l.name));
      }
      if (headerRows === 3) {
        put(top + 2, 0, "A");
        put(top + 2, 1, "B");
        lines.forEach((_, i) => put(top + 2, linePos(i), `(${i + 1})`));
      }
    }
  } else {
    const row = top + headerRows - 1;
    put(top, 0, "STT");
    put(top, 1, "Chỉ tiêu");
    put(top, 2, "ĐVT");
    if (headerRows > 1) {
      merges.push(`A${top + 1}:A${top + headerRows}`, `B${top + 1}:B${top + headerRows}`, `C${top + 1}:C${top + headerRows}`);
      const firstArea = areaPos(0);
      put(top, firstArea, "Chia ra");
      merges.push(`${columnLetters(firstArea)}${top + 1}:${columnLetters(areaPos(slots.length - 1))}${top + 1}`);
      if (headerRows === 3) slots.forEach((s, i) => put(top + 1, areaPos(i), s.kind === "district" ? ROMAN[s.d] : s.kind === "commune" ? s.c + 1 : null));
    }
    slots.forEach((s, i) => {
      if (s.kind === "grand") put(row, areaPos(i), "Tổng cộng");
    });
    lines.forEach((l, i) => {
      put(linePos(i), 0, i + 1);
      put(linePos(i), 1, l.name);
      put(linePos(i), 2, l.sheetUnit ?? l.unit);
    });
  }

  // Body.
  const typedDistricts = sheet.typedDistricts ?? planned;
  const typedGrand = sheet.typedGrand ?? planned;
  const hidden: number[] = [];
  slots.forEach((s, i) => {
    const [lr, lc] = labelAt(i);
    if (s.kind === "grand") {
      if (byRows) put(lr, lc, "Tổng cộng");
    } else if (s.kind === "district") {
      if (byRows) put(lr, 0, ROMAN[s.d]);
      put(lr, lc, sheet.actual[s.d].label ?? `Huyện ${sheet.actual[s.d].name}`);
    } else {
      if (byRows) put(lr, 0, s.c + 1);
      put(lr, lc, sheet.actual[s.d].communes[s.c].label ?? `Xã ${sheet.actual[s.d].communes[s.c].name}`);
      if (sheet.actual[s.d].communes[s.c].hidden === true) hidden.push(byRows ? lr : lc);
    }
    lines.forEach((line, l) => {
      const [r, c] = byRows ? [areaPos(i), linePos(l)] : [linePos(l), areaPos(i)];
      const percent = line.unit === "%";
      if (s.kind === "commune") put(r, c, sheet.actual[s.d].communes[s.c].values[l] ?? null);
      else if (s.kind === "district") {
        const district = sheet.actual[s.d];
        if (layout.districtTotals === "none" || percent) return;
        if (layout.districtTotals === "typed") put(r, c, typedDistricts[s.d].communes.reduce((sum, commune) => sum + num(commune.values[l]), 0));
        else put(r, c, `=SUM(${at(i + 1, l)}:${at(i + district.communes.length, l)})`);
      } else {
        if (percent) return;
        if (layout.grandTotals === "typed") put(r, c, typedGrand.reduce((sum, d) => sum + d.communes.reduce((t, commune) => t + num(commune.values[l]), 0), 0));
        else if (layout.districtTotals !== "none") put(r, c, `=${sheet.actual.map((_, d) => at(slotOf((x) => x.kind === "district" && x.d === d), l)).join("+")}`);
        else {
          const first = slots.findIndex((x) => x.kind !== "grand");
          const last = slots.length - 1 - [...slots].reverse().findIndex((x) => x.kind !== "grand");
          put(r, c, `=SUM(${at(first, l)}:${at(last, l)})`);
        }
      }
    });
  });
  // A row left under the table (a column beside it), as the sheet was before.
  const leftoverAt = byRows ? grid.length : areaPos(slots.length);
  if (sheet.leftover !== undefined) {
    const { label, values } = sheet.leftover;
    if (byRows) put(leftoverAt, 1, label);
    else put(top + headerRows - 1, leftoverAt, label);
    lines.forEach((_, l) => {
      const [r, c] = byRows ? [leftoverAt, linePos(l)] : [linePos(l), leftoverAt];
      if (values[l] !== undefined && values[l] !== null) put(r, c, values[l]);
    });
  }
  // Signature block under the table.
  const end = grid.length + 1;
  put(end, byRows ? 2 : 4, "NGƯỜI LẬP BIỂU");
  put(end, byRows ? 2 + Math.max(1, lines.length - 1) : 8, "TM. BAN THƯỜNG VỤ");

  const allocation = formulaSheet("Phân bổ", grid, merges);
  const withHidden: SheetData = hidden.length === 0 ? allocation : byRows ? { ...allocation, hiddenRows: hidden } : { ...allocation, hiddenColumns: hidden };
  const planSheet: SheetData = {
    name: "Kế hoạch",
    merges: [],
    values: [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Định mức"],
      ...lines.map((l) => [l.code, l.name, l.unit, l.target, l.quota ?? null]),
    ],
  };
  const areasSheet: SheetData = {
    name: "Địa bàn",
    merges: [],
    values: [["STT", "Huyện", "Xã"], ...planned.flatMap((d) => d.communes.map((c) => [null, d.name, c.name] as CellValue[])).map((r, i) => [i + 1, r[1], r[2]])],
  };
  const slotIndex = (d: number, c: number) => slotOf((x) => x.kind === "commune" && x.d === d && x.c === c);
  return {
    sheets: [planSheet, areasSheet, withHidden],
    cell: (d, c, line) => at(slotIndex(d, c), line),
    label: (d, c) => {
      const [r, col] = labelAt(slotIndex(d, c));
      return addr(r, col);
    },
    district: (d, line) => at(slotOf((x) => x.kind === "district" && x.d === d), line),
    grand: (line) => at(slotOf((x) => x.kind === "grand"), line),
    leftoverLabel: () => (byRows ? addr(leftoverAt, 1) : addr(top + headerRows - 1, leftoverAt)),
    leftoverCell: (line) => (byRows ? addr(leftoverAt, linePos(line)) : addr(linePos(line), leftoverAt)),
  };
}

/** The findings of the check of the workbook (plan read from its own sheets). */
export function checkStaff(placed: Placed): readonly Finding[] {
  return checkWorkbook({ sheets: placed.sheets }, { workbookName: "t.xlsx" }).report.findings;
}

/** Every layout the staff make: both orientations, totals at the top, bottom or none, typed / formula / no district totals, 1–3 header rows. */
export function staffLayouts(): StaffLayout[] {
  const out: StaffLayout[] = [];
  for (const orientation of ["areas-as-rows", "indicators-as-rows"] as const)
    for (const grand of ["top", "bottom"] as const)
      for (const grandTotals of ["typed", "formula"] as const)
        for (const districtTotals of ["typed", "formula", "none"] as const)
          for (const headerRows of [1, 2, 3] as const) {
            if (grandTotals === "typed" && districtTotals === "formula") continue;
            out.push({ orientation, grand, grandTotals, districtTotals, headerRows });
          }
  return out;
}

/** A copy of the districts with one commune's figure changed. */
export function setFigure(districts: readonly StaffDistrict[], d: number, c: number, line: number, value: CellValue): StaffDistrict[] {
  return districts.map((district, i) => ({
    ...district,
    communes: district.communes.map((commune, j) => (i === d && j === c ? { ...commune, values: commune.values.map((v, l) => (l === line ? value : v)) } : commune)),
  }));
}

/** A copy with one district's communes replaced. */
export function setCommunes(districts: readonly StaffDistrict[], d: number, communes: readonly StaffCommune[]): StaffDistrict[] {
  return districts.map((district, i) => (i === d ? { ...district, communes } : district));
}

export const tell = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.cell ?? f.area ?? ""}`).sort();

/** The placed workbook with the allocation sheet's cells typed over (A1 address, value). */
export function withEdits(placed: Placed, edits: readonly [string, CellValue][]): Placed {
  const [plan, areas, allocation] = placed.sheets;
  const values = allocation.values.map((row) => [...(row ?? [])]);
  for (const [address, value] of edits) {
    const { row, col } = parseA1(address);
    while (values[row].length <= col) values[row].push(null);
    values[row][col] = value;
  }
  return { ...placed, sheets: [plan, areas, { ...allocation, values }] };
}
