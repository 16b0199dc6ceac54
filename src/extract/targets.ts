/** Targets of the indicator sections: value, unit, short name, line, percent base, quota. */
import { foldText } from "../core/text/fold";
import { parseUnit } from "../core/text/units";
import { normalizeVietnameseNumber, scaleDecimal } from "../core/text/vnNumber";
import { nameSpan, spanPredicate, spanTail, targetSpans } from "./clauses";
import { parseMarker } from "./markers";
import { lineAt, type TextLine } from "./normalize";
import { findQuantities, type Quantity } from "./quantities";
import type { Section } from "./sections";
import type { ExtractedIndicator } from "./types";
import { CLASSIFIERS } from "./vocabulary";
import { foldedWords } from "./words";

/** A target with the clause it was read from (for matching it elsewhere in the text). */
export interface FoundTarget {
  indicator: ExtractedIndicator;
  /** The clause text, for comparing with other mentions. */
  readonly context: string;
  /** Marker label of its line (`1`, `a`) when the line is numbered. */
  readonly label: string | null;
  readonly lineIndex: number;
  /** Area word of its quota (`xã`). */
  quotaPer?: string;
  /** Stated only per area (`01 lớp tập huấn/huyện`): the total depends on the areas. */
  perArea?: boolean;
}

/** Quantities of a text that may be targets: known units anywhere, other nouns only at a clause start. */
export function candidateQuantities(text: string): Quantity[] {
  return findQuantities(text, { unknownUnits: true }).filter((q) => {
    if (q.knownUnit) return true;
    const clauseStart = Math.max(...[";", ":", ".", "(", ","].map((c) => text.lastIndexOf(c, q.start - 1)));
    return foldedWords(text.slice(clauseStart + 1, q.start)).length <= 3;
  });
}

/** Whether an offset lies inside a `( … )` group of the text. */
function inParentheses(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** `(năm 2025)` for targets of one line that differ only by their milestone year. */
function milestone(text: string, from: number, to: number): string | null {
  const years = [...text.slice(from, to).matchAll(/năm\s+(\d{4})/giu)].map((m) => m[1]);
  return years.length > 0 ? years[years.length - 1] : null;
}

function fromLine(line: TextLine, lineIndex: number, text: string, offset: number, label: string | null): FoundTarget[] {
  let quantities = candidateQuantities(text).filter((q) => q.role !== "rate");
  // A bracketed figure beside a target explains it (`(tăng 5% so với năm 2020)`); it is no target of its own.
  const outside = quantities.filter((q) => q.role === "target" && !inParentheses(text, q.start));
  if (outside.length > 0) quantities = quantities.filter((q) => q.role !== "target" || !inParentheses(text, q.start));
  const spans = targetSpans(text, quantities);
  const out: FoundTarget[] = [];
  const names = spans.map((span, i) => {
    let shared: string | undefined;
    for (let j = i + 1; j < spans.length && shared === undefined; j++) shared = spanPredicate(text, spans[j]);
    let tail: string | undefined;
    for (let j = i + 1; j < spans.length && !tail; j++) tail = spanTail(text, spans[j]) || undefined;
    return nameSpan(text, span, shared, tail);
  });
  spans.forEach((span, i) => {
    let { name } = names[i];
    const { base } = names[i];
    if (names.some((n, j) => j !== i && n.name === name)) {
      const year = milestone(text, span.start, span.quantity.start);
      if (year) name = `${name} (năm ${year})`;
    }
    const q = span.quantity;
    const quota = span.quotas[0];
    const at = lineAt(line, offset + q.start);
    const indicator: ExtractedIndicator = {
      code: "",
      name,
      unit: q.unit,
      target: q.base,
      kind: q.kind,
      source: `line ${at}`,
      line: at,
      ...(q.rule ? { rule: q.rule } : {}),
      ...(quota && quota.unit === q.unit ? { quota: quota.base } : {}),
      ...(base ? { base } : {}),
      ...(q.kind === "money" ? { scale: q.scale } : {}),
      sourceText: text.trim(),
    };
    out.push({ indicator, context: text.slice(span.start, span.end), label, lineIndex, quotaPer: quota?.per });
  });
  // A quota with no total beside it (`ít nhất 01 lớp tập huấn/huyện`) is a target stated per area.
  const attached = new Set(spans.flatMap((s) => s.quotas));
  const lone = quantities.filter((q) => q.role === "quota" && !attached.has(q));
  if (lone.length > 0) {
    const asTargets = lone.map((q) => ({ ...q, role: "target" as const }));
    for (const span of targetSpans(text, asTargets)) {
      const q = span.quantity;
      const perCut = { ...q, start: q.unitEnd };
      const { name } = nameSpan(text, { ...span, quotas: [perCut] });
      const at = lineAt(line, offset + q.start);
      const indicator: ExtractedIndicator = {
        code: "",
        name,
        unit: q.unit,
        target: q.base,
        kind: q.kind,
        source: `line ${at}`,
        line: at,
        ...(q.rule ? { rule: q.rule } : {}),
        quota: q.base,
        sourceText: text.trim(),
      };
      out.push({ indicator, context: text.slice(span.start, span.end), label, lineIndex, quotaPer: q.per, perArea: true });
    }
  }
  return out;
}

const HEADER_CELLS = /^(stt|tt|ma|ma so|chi tieu|noi dung|ten chi tieu|don vi tinh|dvt|don vi|ke hoach|muc tieu|ghi chu)$/;

function fromTableRow(line: TextLine, lineIndex: number, cells: readonly string[]): FoundTarget[] {
  const folded = cells.map((c) => foldText(c));
  if (folded.filter((c) => HEADER_CELLS.test(c)).length >= 2) return [];
  const numeric = cells.map((c) => normalizeVietnameseNumber(c.replace(/%$/, "")));
  let valueIndex = -1;
  for (let i = cells.length - 1; i > 0; i--) if (numeric[i] !== null) {
    valueIndex = i;
    break;
  }
  if (valueIndex < 0) return [];
  const isCode = (c: string) => /^(\d+(\.\d+)*\.?|[a-zđ][.)]?|[IVX]+\.?)$/.test(c);
  let unitIndex = -1;
  cells.forEach((c, i) => {
    if (i === valueIndex || unitIndex >= 0 || isCode(c)) return;
    const f = foldText(c);
    if (c.trim() === "%" || parseUnit(c).kind === "money" || CLASSIFIERS.includes(f)) unitIndex = i;
  });
  let nameIndex = -1;
  cells.forEach((c, i) => {
    if (i === valueIndex || i === unitIndex || isCode(c) || !/\p{L}/u.test(c)) return;
    if (nameIndex < 0 || c.length > cells[nameIndex].length) nameIndex = i;
  });
  if (nameIndex < 0) return [];
  const unit = unitIndex >= 0 ? cells[unitIndex].trim() : /%$/.test(cells[valueIndex]) ? "%" : "";
  if (unit === "") return [];
  const info = parseUnit(unit);
  const canonical = numeric[valueIndex] as string;
  const target = info.kind === "money" ? scaleDecimal(canonical, info.scale) : Number(canonical);
  const label = isCode(cells[0]) ? cells[0].replace(/[.)]$/, "") : null;
  const indicator: ExtractedIndicator = {
    code: "",
    name: cells[nameIndex].trim(),
    unit,
    target,
    kind: info.kind,
    source: `line ${line.line}`,
    line: line.line,
    ...(info.kind === "money" ? { scale: info.scale } : {}),
    sourceText: cells.join(" | "),
  };
  return [{ indicator, context: cells[nameIndex], label, lineIndex }];
}

/** The targets of the indicator sections, coded as the document numbers them or `1`, `2`, …. */
export function extractTargets(body: readonly TextLine[], sections: readonly Section[]): FoundTarget[] {
  const found: FoundTarget[] = [];
  for (const section of sections) {
    if (section.inline.trim()) {
      found.push(...fromLine(body[section.heading], section.heading, section.inline, section.inlineOffset, null));
    }
    for (let i = section.start; i < section.end; i++) {
      const line = body[i];
      if (line.cells) {
        found.push(...fromTableRow(line, i, line.cells));
        continue;
      }
      const marker = parseMarker(line.text);
      const offset = marker ? marker.length : 0;
      // `- Chỉ tiêu 2: Tỷ lệ …` numbers the target as much as `2.` does.
      const named = /^chỉ tiêu\s+(\d+(?:\.\d+)*)\s*[:.)]/iu.exec(line.text.slice(offset));
      const label = named ? named[1] : marker && marker.style !== "bullet" ? marker.label : null;
      found.push(...fromLine(line, i, line.text.slice(offset), offset, label));
    }
  }
  return found;
}

/**
 * The document's numbering when every target line has one and no two lines
 * share it (a line with several targets gives `2.1`, `2.2`); else `1`, `2`, ….
 */
export function assignCodes(found: FoundTarget[]): void {
  const perLine = new Map<number, number>();
  for (const t of found) perLine.set(t.lineIndex, (perLine.get(t.lineIndex) ?? 0) + 1);
  const lineLabels = new Map<number, string | null>();
  for (const t of found) lineLabels.set(t.lineIndex, t.label);
  const labels = [...lineLabels.values()];
  const ownNumbering = found.length > 0 && labels.every((l) => l !== null) && new Set(labels).size === labels.length;
  const seen = new Map<number, number>();
  found.forEach((t, i) => {
    const k = (seen.get(t.lineIndex) ?? 0) + 1;
    seen.set(t.lineIndex, k);
    const own = perLine.get(t.lineIndex) === 1 ? (t.label as string) : `${t.label}.${k}`;
    t.indicator = { ...t.indicator, code: ownNumbering ? own : String(i + 1) };
  });
}
