/**
 * A plan given as JSON (`--plan plan.json`, CONTRACT §1):
 * `{ title, indicators: [{ code, name, unit, target, rule?, quota? }], areas: [{ district, commune? }] }`,
 * targets in the unit given (a number, or text in Vietnamese notation). Like
 * the plan sheet's `Năm 2024` columns, an indicator may split its target over
 * the plan's years: `"years": { "2024": 4, "2025": "4" }` (also `yearTargets`;
 * a key `2024` or `Năm 2024`), read in the same unit. The JSON
 * `extract-plan --json` writes (CONTRACT §6) is read too: its money is in
 * whole đồng, whatever unit it shows.
 */
import type { Comparison, Plan, PlanArea, PlanLine } from "../model/plan";
import type { CellValue } from "../model/workbook";
import { parseUnit } from "../text/units";
import { planError } from "./planErrors";
import { findParentCode } from "./planCodes";
import { perAreaOf, perAreaUnit, readAmount, readCode, readQuota, readRule, type AmountReading } from "./planValues";
import { perAreaUnitDoubtAt, planAreaCounts, sizeByPlanAreas } from "./perAreaTargets";
import { wholeWhereAreasCount } from "./wholeByAreaCount";
import { defaultRule } from "./defaultRule";
import { headerKey } from "./planHeader";
import { yearOfHeader } from "../text/years";
import { dashedDoubtAt, isDash } from "./dashedTargets";
import type { LocalizedText } from "../model/text";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(fileName: string, where: string, vi: string, en: string): never {
  throw planError("bad-plan", `${fileName}, ${where}: ${vi}`, `${fileName}, ${where}: ${en}`);
}

/** A field given: neither absent, null nor blank text. */
function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

export function readPlanJson(json: unknown, fileName: string): Plan {
  if (!isObject(json)) {
    throw planError(
      "bad-plan",
      `${fileName}: kế hoạch phải là một đối tượng JSON { "title", "indicators", "areas" }.`,
      `${fileName}: the plan must be a JSON object { "title", "indicators", "areas" }.`,
    );
  }
  const indicators = json.indicators;
  if (!Array.isArray(indicators) || indicators.length === 0) {
    throw planError(
      "bad-plan",
      `${fileName}: thiếu danh sách "indicators" (chỉ tiêu).`,
      `${fileName}: "indicators" is missing or empty.`,
    );
  }
  const seen = new Set<string>();
  const extracted = isExtractedPlan(json);
  /** Targets given as a dash (`"-"`): none planned, read as 0 and said, as on the plan sheet. */
  const doubts: LocalizedText[] = [];
  const lines: PlanLine[] = indicators.map((item, i) => {
    const where = `indicators[${i}]`;
    if (!isObject(item)) fail(fileName, where, "phải là một đối tượng.", "must be an object.");
    const code = readCode(text(item.code));
    if (code === "") fail(fileName, where, 'thiếu "code" (mã).', '"code" is missing.');
    if (seen.has(code)) fail(fileName, where, `mã "${code}" bị trùng.`, `code "${code}" repeats.`);
    seen.add(code);
    const name = text(item.name);
    if (name === null || name === "") fail(fileName, where, 'thiếu "name" (tên chỉ tiêu).', '"name" is missing.');
    const unitText = item.unit === undefined || item.unit === null ? "" : text(item.unit);
    if (unitText === null) fail(fileName, where, '"unit" phải là chữ.', '"unit" must be text.');
    // A hand-written plan with no unit would be read as a count in silence (money as a number of things): refused.
    // `extract-plan --json` says each line's kind, so its lines are read whatever their unit.
    if (unitText === "" && !extracted) {
      fail(
        fileName,
        `${where}.unit`,
        'thiếu "unit" (đơn vị tính: tổ, người, %, triệu đồng …); không biết chỉ tiêu này đếm gì hay là tiền.',
        '"unit" is missing (tổ, người, %, triệu đồng …); whether the line counts things or is money is unknown.',
      );
    }
    // `"unit": "tổ/xã"`, `"triệu đồng/xã"` with no quota given: the target is the figure for each area, in the unit before the slash (as on the plan sheet).
    // With a quota, a dash or a target written per area, the target is read as it is written, in the unit before the slash.
    const slashUnit = extracted ? null : perAreaUnit(unitText);
    const unitPerArea = hasValue(item.quota) || isDash(item.target as CellValue) || (typeof item.target === "string" && perAreaOf(item.target) !== null) ? null : slashUnit;
    const lineUnit = slashUnit?.unit ?? unitText;
    const shownUnit = parseUnit(lineUnit);
    // `extract-plan --json` (CONTRACT §6) gives money in whole đồng whatever unit it shows: its figures are read at scale 1.
    const unit = extracted && item.kind === "money" && shownUnit.kind === "money" ? { kind: shownUnit.kind, scale: 1 } : shownUnit;
    // `01 tổ/xã` as the target: the figure for each area, the whole sized by the areas (as on the plan sheet).
    const perArea = unitPerArea?.perArea ?? (typeof item.target === "string" ? perAreaOf(item.target) : null);
    const norm =
      perArea === null
        ? undefined
        : unitPerArea !== null
          ? reading(item.target, unit, fileName, `${where}.target`, readAmount)
          : reading(item.target, unit, fileName, `${where}.target`, (value, u) => readQuota(value, u, unitText));
    const byUnit = unitPerArea !== null && norm !== undefined ? perAreaUnitDoubtAt(`${fileName}, ${where}.target`, { vi: `${where}.unit`, en: `${where}.unit` }, unitText, unitPerArea) : null;
    if (byUnit !== null) doubts.push(byUnit);
    // `"-"`, `"–"`: none planned, a target of 0 (as a dash typed on the plan sheet).
    const dashed = isDash(item.target as CellValue);
    const read = norm !== undefined || dashed ? { value: 0 } : reading(item.target, unit, fileName, `${where}.target`, readAmount);
    if (read === undefined) fail(fileName, where, 'thiếu "target" (kế hoạch).', '"target" is missing.');
    const target = read.value;
    // A target written with its comparison (`≥85%`, `Tối thiểu 85%`) gives the rule, as on the plan sheet; a `rule` still wins.
    let rule = read.rule ?? defaultRule(unit.kind);
    if (item.rule !== undefined && item.rule !== null) {
      const read = typeof item.rule === "string" ? readRule(item.rule) : null;
      if (read === null) {
        fail(fileName, `${where}.rule`, `"${String(item.rule)}" không phải là <=, = hoặc >=.`, `"${String(item.rule)}" is not <=, = or >=.`);
      }
      if (read !== undefined) rule = read;
    }
    // `1 tổ/xã`, `100 triệu đồng/xã`: a per-area norm as the plan sheet's `Định mức` column reads it.
    if (dashed) doubts.push(dashedDoubtAt(`${fileName}, ${where}.target`, String(item.target).trim(), code, target, rule));
    // `"quota": "-"`: no per-area figure (as a blank), never a quota of 0 at every area.
    const quota = reading(isDash(item.quota as CellValue) ? undefined : item.quota, unit, fileName, `${where}.quota`, (value, u) => readQuota(value, u, lineUnit))?.value ?? norm?.value;
    const yearTargets = readYearTargets(item.years ?? item.yearTargets, unit, fileName, `${where}.${item.years !== undefined ? "years" : "yearTargets"}`);
    return {
      code,
      name,
      unit: lineUnit,
      kind: unit.kind,
      target,
      rule,
      ...(quota !== undefined ? { quota } : {}),
      ...(perArea !== null && norm !== undefined ? { perArea } : {}),
      ...(byUnit !== null ? { perAreaByUnit: byUnit } : {}),
      scale: shownUnit.kind === "money" ? shownUnit.scale : 1,
      source: { note: `${fileName} ${where}` },
      ...(yearTargets !== null ? { yearTargets } : {}),
    };
  });
  const codes = new Set(lines.map((l) => l.code));
  const withParents = lines.map((line) => {
    const parentCode = findParentCode(line.code, codes);
    return parentCode === undefined ? line : { ...line, parentCode };
  });
  const title = json.title === undefined || json.title === null ? undefined : text(json.title);
  if (title === null) fail(fileName, "title", '"title" phải là chữ.', '"title" must be text.');
  const areas = readAreas(json.areas, fileName);
  // `"unit": "tổ/xã"` beside as many as the plan's communes: the whole, one each (plan/wholeByAreaCount.ts).
  return wholeWhereAreasCount({
    ...(title ? { title } : {}),
    ...(typeof json.number === "string" ? { number: json.number } : {}),
    ...(typeof json.date === "string" ? { date: json.date } : {}),
    lines: sizeByPlanAreas(withParents, areas),
    areas,
    source: `file:${fileName}`,
    ...(doubts.length > 0 ? { doubts } : {}),
  }, { ...planAreaCounts(areas), from: "plan" });
}

type Unit = ReturnType<typeof parseUnit>;

/**
 * Whether the file is what `extract-plan --json` writes (CONTRACT §6: a
 * `version`, and each indicator's `kind`), whose money targets are whole đồng
 * (`9,490 tỷ đồng` → 9490000000) — not a plan of §1, whose targets are in the
 * unit given.
 */
function isExtractedPlan(json: Json): boolean {
  return typeof json.version === "number" && Array.isArray(json.indicators) && json.indicators.some((item) => isObject(item) && typeof item.kind === "string");
}

function amount(value: unknown, unit: Unit, fileName: string, where: string): number | undefined {
  return reading(value, unit, fileName, where, readAmount)?.value;
}

/** A target or quota in base units, with the comparison it was written with; undefined when blank. */
function reading(
  value: unknown,
  unit: Unit,
  fileName: string,
  where: string,
  read: (value: CellValue, unit: Unit) => AmountReading,
): { value: number; rule?: Comparison } | undefined {
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return undefined;
  if (typeof value !== "number" && typeof value !== "string") {
    fail(fileName, where, "phải là một số.", "must be a number.");
  }
  const result = read(value as CellValue, unit);
  if (!result.ok) fail(fileName, where, `"${result.shown}" không phải là số.`, `"${result.shown}" is not a number.`);
  if (result.value < 0) fail(fileName, where, "không được âm.", "must not be negative.");
  return result.rule === undefined ? { value: result.value } : { value: result.value, rule: result.rule };
}

/** `{ "2024": 4, "Năm 2025": "1.250" }` → targets by year in base units; null when absent or empty. */
function readYearTargets(value: unknown, unit: ReturnType<typeof parseUnit>, fileName: string, where: string): Record<string, number> | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) fail(fileName, where, 'phải là { "2024": số, … }.', 'must be { "2024": number, … }.');
  let out: Record<string, number> | null = null;
  for (const [key, figure] of Object.entries(value)) {
    const year = yearOfHeader(headerKey(key));
    if (year === null) fail(fileName, `${where}["${key}"]`, "không phải là một năm (như 2024).", "is not a year (such as 2024).");
    // `"2026": "-"`: none planned that year, 0 (as a year's dash on the plan sheet).
    const read = isDash(figure as CellValue) ? 0 : amount(figure, unit, fileName, `${where}["${key}"]`);
    if (read === undefined) continue;
    if (out !== null && out[String(year)] !== undefined) fail(fileName, `${where}["${key}"]`, `năm ${year} bị ghi hai lần.`, `year ${year} is given twice.`);
    out ??= {};
    out[String(year)] = read;
  }
  return out;
}

function readAreas(value: unknown, fileName: string): PlanArea[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(fileName, "areas", "phải là một danh sách.", "must be a list.");
  return value.map((item, i) => {
    const where = `areas[${i}]`;
    if (typeof item === "string" && item.trim() !== "") return { district: item.trim() };
    if (!isObject(item)) fail(fileName, where, "phải là { district, commune? }.", "must be { district, commune? }.");
    const district = item.district === undefined || item.district === null ? "" : text(item.district);
    const commune = item.commune === undefined || item.commune === null ? undefined : text(item.commune);
    if (district === null || commune === null) fail(fileName, where, "tên phải là chữ.", "names must be text.");
    if (district === "" && (commune === undefined || commune === "")) {
      fail(fileName, where, 'thiếu "district" (huyện).', '"district" is missing.');
    }
    return commune ? { district, commune } : { district };
  });
}
