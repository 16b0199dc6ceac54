/**
 * A realistic areas-as-rows allocation sheet (title block, STT column, Roman
 * district rows with typed subtotals, communes as leaves, a grand total row),
 * written the many ways staff write it, and the plan it splits.
 */
import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

export const DISTRICTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Ba Vì", ["Khánh Thượng", "Ba Trại", "Tản Lĩnh"]],
  ["Mỹ Đức", ["An Phú", "Hợp Tiến"]],
  ["Thạch Thất", ["Tiến Xuân", "Yên Bình", "Yên Trung", "Cổ Đông"]],
];

/** Every commune's values: teams, addresses, money (triệu đồng). */
export const VALUES = [1, 1, 20] as const;

export const PLAN = readPlanJson(
  {
    title: "Kế hoạch thử",
    indicators: [
      { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 9 },
      { code: "2", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 9 },
      { code: "3", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 180 },
    ],
    areas: DISTRICTS.flatMap(([district, communes]) => communes.map((commune) => ({ district, commune }))),
  },
  "plan.json",
);

export interface ShapeOptions {
  readonly title?: CellValue[][];
  readonly header?: CellValue[];
  readonly totalLabel?: string;
  /** The total's label in the STT column, the name column blank. */
  readonly totalInStt?: boolean;
  readonly totalAtBottom?: boolean;
  readonly district?: (name: string, i: number) => string;
  readonly commune?: (name: string, j: number, district: string) => string;
  /** District rows after their communes. */
  readonly bottomUp?: boolean;
  /** District rows left blank, their figures on a subtotal row after the communes with this label. */
  readonly subtotalAfter?: (district: string) => string;
  /** Every body row (after its STT) rewritten: a column added beside the names… */
  readonly row?: (cells: CellValue[], kind: "total" | "district" | "commune" | "subtotal", name: string) => CellValue[];
  /** Rows added after the sheet is built, before `row` is applied. */
  readonly edit?: (rows: CellValue[][]) => void;
  /** Values of one commune replaced (by its plan name). */
  readonly values?: Readonly<Record<string, readonly CellValue[]>>;
}

const ROMAN = ["I", "II", "III", "IV", "V"];

/** The allocation sheet's rows (title, header, body). */
export function shapeRows(o: ShapeOptions = {}): CellValue[][] {
  const title = o.title ?? [["BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 NĂM 2024"], ["(Kèm theo Kế hoạch số 12/KH-HLHPN)"]];
  const header = o.header ?? ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"];
  const body: { cells: CellValue[]; kind: "total" | "district" | "commune" | "subtotal"; name: string }[] = [];
  const communeValues = (name: string): CellValue[] => [...(o.values?.[name] ?? VALUES)];
  const sum = (names: readonly string[]) => VALUES.map((_v, i) => names.reduce((s, n) => s + Number(communeValues(n)[i] ?? 0), 0));
  const all = DISTRICTS.flatMap(([, cs]) => cs);
  const totalLabel = o.totalLabel ?? "Tổng cộng";
  const total = { cells: [o.totalInStt ? totalLabel : null, o.totalInStt ? null : totalLabel, ...sum(all)], kind: "total" as const, name: totalLabel };
  if (!o.totalAtBottom) body.push(total);
  DISTRICTS.forEach(([district, communes], i) => {
    const label = o.district ? o.district(district, i) : `Huyện ${district}`;
    const head = { cells: [ROMAN[i], label, ...(o.subtotalAfter ? [null, null, null] : sum(communes))], kind: "district" as const, name: district };
    const leaves = communes.map((c, j) => ({ cells: [j + 1, o.commune ? o.commune(c, j, district) : `Xã ${c}`, ...communeValues(c)], kind: "commune" as const, name: c }));
    if (o.bottomUp) body.push(...leaves, head);
    else body.push(head, ...leaves);
    if (o.subtotalAfter) body.push({ cells: [null, o.subtotalAfter(district), ...sum(communes)], kind: "subtotal", name: district });
  });
  if (o.totalAtBottom) body.push(total);
  const rows = body.map((b) => (o.row ? o.row(b.cells, b.kind, b.name) : b.cells));
  o.edit?.(rows);
  return [...title, header, ...rows];
}

export function shapeSheet(o: ShapeOptions = {}): SheetData {
  return sheet("Phân bổ", shapeRows(o));
}

export function checkShape(o: ShapeOptions = {}, plan = PLAN): CheckResult {
  return checkWorkbook(workbook(shapeSheet(o)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
}

/** `[label, kind, parent label]` of every area. */
export function treeOf(result: CheckResult): [string, string, string | null][] {
  const areas = result.table.areas;
  return areas.map((a) => [a.label.normalize("NFC"), a.kind, a.parent === null ? null : areas[a.parent].label.normalize("NFC")]);
}

/** `rule@cell` of every finding. */
export function findingsOf(result: CheckResult): string[] {
  return result.report.findings.map((f) => `${f.rule}@${f.cell ?? "-"}`);
}

/** The tree of the plain sheet: total, three districts under it, their communes. */
export function plainTree(district = (d: string) => `Huyện ${d}`, commune = (c: string) => `Xã ${c}`, total = "Tổng cộng"): [string, string, string | null][] {
  const out: [string, string, string | null][] = [[total, "total", null]];
  for (const [d, cs] of DISTRICTS) {
    out.push([district(d), "group", total]);
    for (const c of cs) out.push([commune(c), "leaf", district(d)]);
  }
  return out;
}
