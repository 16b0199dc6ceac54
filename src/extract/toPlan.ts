/** An extracted plan as the shared Plan model, and as the rows of a `Kế hoạch` plan sheet (CONTRACT §1). */
import type { Comparison, Plan, PlanArea, PlanLine } from "../core/model/plan";
import type { ExtractedIndicator, ExtractedPlan } from "./types";

export const PLAN_SHEET_HEADERS = ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "So sánh", "Định mức"] as const;

function defaultRule(ind: ExtractedIndicator): Comparison {
  return ind.rule ?? (ind.kind === "percent" ? ">=" : "<=");
}

function scaleOf(ind: ExtractedIndicator): number {
  return ind.kind === "money" && ind.scale !== undefined && ind.scale > 0 ? ind.scale : 1;
}

/** The parent code of a dotted code when that parent is among the codes. */
function parentOf(code: string, codes: ReadonlySet<string>): string | undefined {
  const dot = code.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const parent = code.slice(0, dot);
  return codes.has(parent) ? parent : undefined;
}

export function extractedPlanToPlan(extracted: ExtractedPlan, sourceName: string): Plan {
  const codes = new Set(extracted.indicators.map((i) => i.code));
  const lines: PlanLine[] = extracted.indicators.map((ind) => {
    const parentCode = parentOf(ind.code, codes);
    return {
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      kind: ind.kind,
      target: ind.target,
      rule: defaultRule(ind),
      scale: scaleOf(ind),
      ...(ind.quota !== undefined ? { quota: ind.quota } : {}),
      ...(parentCode !== undefined ? { parentCode } : {}),
      source: { note: ind.source },
    };
  });
  const areas: PlanArea[] = extracted.areas.map((a) => ({
    district: a.district,
    ...(a.commune !== null ? { commune: a.commune } : {}),
    ...(a.source ? { source: { note: a.source } } : {}),
  }));
  return {
    ...(extracted.title ? { title: extracted.title } : {}),
    ...(extracted.number ? { number: extracted.number } : {}),
    ...(extracted.date ? { date: extracted.date } : {}),
    lines,
    areas,
    source: `file:${sourceName}`,
  };
}

export type SheetRow = (string | number | null)[];

/**
 * Rows of a `Kế hoạch` sheet: the header row, one row per line with targets
 * in the unit the document writes (money `9,490 tỷ đồng` → 9.49 with unit
 * `tỷ đồng`), then a blank row and the areas table `Huyện | Xã`. Every row
 * has the same width, as Excel ranges need.
 */
export function extractedPlanToSheetRows(extracted: ExtractedPlan): SheetRow[] {
  const width = PLAN_SHEET_HEADERS.length;
  const pad = (row: SheetRow): SheetRow => [...row, ...Array<null>(Math.max(0, width - row.length)).fill(null)];
  const rows: SheetRow[] = [pad([...PLAN_SHEET_HEADERS])];
  for (const ind of extracted.indicators) {
    const scale = scaleOf(ind);
    rows.push(
      pad([
        ind.code,
        ind.name,
        ind.unit,
        ind.target / scale,
        defaultRule(ind),
        ind.quota !== undefined ? ind.quota / scale : null,
      ]),
    );
  }
  if (extracted.areas.length > 0) {
    rows.push(pad([]));
    rows.push(pad(["Huyện", "Xã"]));
    for (const a of extracted.areas) rows.push(pad([a.district, a.commune]));
  }
  return rows;
}
