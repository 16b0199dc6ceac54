/**
 * A count given by quarter on one line (`Quý I: 30 hội viên; Quý II: 50 hội viên; …`, `đến hết Quý II đạt 200 lớp;
 * đến hết Quý IV đạt 300`, `Kết nạp 160 hội viên mới: Quý I: 30; …`): the quarters are the year's target's stages,
 * never targets of their own. Running totals (`đến hết`, `lũy kế`) give the year's target as the last; figures of each
 * quarter give it as their sum. A year total stated beside them is the target, and quarters that do not come to it are
 * told. Where the words leave it open whether the figures run on or stand each for its quarter, the reading is marked
 * for confirmation.
 */
import { foldText } from "../core/text/fold";
import { normalizeVietnameseNumber } from "../core/text/vnNumber";
import { tidyName } from "./clauses";
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";
import type { FoundTarget } from "./targets";

/** One quarter's (or the whole year's) figure on the line. */
export interface QuarterFigure {
  /** 1–4, or 0 for the year (`cả năm`, `hết năm`). */
  readonly quarter: number;
  readonly value: number;
  readonly raw: string;
  /** The unit written after it, or null when left out (`Quý II: 200;`). */
  readonly unit: string | null;
  /** Said as a running total (`đến hết Quý II`, `lũy kế`). */
  readonly running: boolean;
  /** Said as within its quarter (`trong Quý I`). */
  readonly within: boolean;
  readonly start: number;
  /** Where its words begin (`đến hết Quý II …`, or the figure itself when it comes first). */
  readonly from: number;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const QUARTER = "quý\\s+(IV|I{1,3}|[1-4])(?![\\p{L}\\d])(?:\\s*(?:\\/|-|năm)\\s*(?:19|20)\\d{2})?";
const WHEN = "(?:lũy kế|luỹ kế|cộng dồn)?\\s*(?:tính\\s+)?(?:đến hết|đến cuối|đến|tới|hết|cuối|trong|vào)?";
const NUMBER = "(\\d+(?:[.,]\\d+)*)(?![\\d%])";
/** `đến hết Quý II đạt 200`, `Quý I: 30`, `Quý III năm 2026 mở 20`. */
const LABEL_FIRST = new RegExp(`(?<![\\p{L}])(${WHEN})\\s*${QUARTER}\\s*[:\\-–]?\\s*(?:(?:phấn đấu|đạt|là|có|hoàn thành|thực hiện|được|mở|tổ chức|thành lập|kết nạp|hỗ trợ)\\s+){0,2}(?:(?:ít nhất|tối thiểu|khoảng)\\s+)?${NUMBER}`, "giu");
/** `100 lớp trong Quý I`, `200 lớp vào Quý II`. */
const FIGURE_FIRST = new RegExp(`${NUMBER}\\s*([^\\d;,.:()]{0,30}?)\\s+(trong|vào|đến hết|hết|đến)\\s+${QUARTER}\\s*(?=[;,.]|$)`, "giu");
/** `cả năm 400 lớp`, `hết năm đạt 400`: the year after its quarters. */
const YEAR_END = new RegExp(`(?<![\\p{L}])((?:đến\\s+)?(?:cả|hết|cuối)\\s+năm(?:\\s+(?:19|20)\\d{2})?)\\s*[:\\-–]?\\s*(?:(?:đạt|là|có|hoàn thành)\\s+)?${NUMBER}`, "giu");
/** Words saying the figures run on through the year. */
const RUNNING_WORDS = /(?:^|[^\p{L}])(?:lũy kế|luỹ kế|cộng dồn)(?!\p{L})/iu;

function quarterNumber(s: string): number {
  return ROMAN[s.toLowerCase()] ?? Number(s);
}

/** The unit written right after a figure, up to the clause's end (`lớp`, `hội viên`), or null. */
function unitAfter(text: string, end: number): string | null {
  const m = /^\s*([^\d;,.:()]*?)\s*(?=[;,.:()]|$|\s(?:trong|vào|đến|hết)\s)/u.exec(text.slice(end));
  const unit = m === null ? "" : m[1].trim();
  return /\p{L}/u.test(unit) ? unit : null;
}

/** The figures by quarter on a line, in order, or none when fewer than two quarters give one. */
export function quarterFigures(text: string): QuarterFigure[] {
  const figures: QuarterFigure[] = [];
  for (const m of text.matchAll(LABEL_FIRST)) {
    const when = foldText(m[1] ?? "");
    const at = (m.index ?? 0) + m[0].length - m[3].length;
    const value = Number(normalizeVietnameseNumber(m[3]) ?? NaN);
    if (!Number.isFinite(value)) continue;
    figures.push({ quarter: quarterNumber(m[2]), value, raw: m[3], unit: unitAfter(text, at + m[3].length), running: /den|toi|het|cuoi|luy ke|cong don/.test(when) && !/trong|vao/.test(when), within: /trong|vao/.test(when), start: at, from: m.index ?? 0 });
  }
  if (figures.length === 0)
    for (const m of text.matchAll(FIGURE_FIRST)) {
      const value = Number(normalizeVietnameseNumber(m[1]) ?? NaN);
      if (!Number.isFinite(value)) continue;
      const when = foldText(m[3]);
      figures.push({ quarter: quarterNumber(m[4]), value, raw: m[1], unit: /\p{L}/u.test(m[2]) ? m[2].trim() : null, running: /den|het/.test(when), within: /trong|vao/.test(when), start: m.index ?? 0, from: m.index ?? 0 });
    }
  if (figures.length < 2) return [];
  const last = figures[figures.length - 1];
  for (const m of text.matchAll(YEAR_END)) {
    const at = (m.index ?? 0) + m[0].length - m[2].length;
    if (at <= last.start) continue;
    const value = Number(normalizeVietnameseNumber(m[2]) ?? NaN);
    if (Number.isFinite(value)) figures.push({ quarter: 0, value, raw: m[2], unit: unitAfter(text, at + m[2].length), running: true, within: false, start: at, from: m.index ?? 0 });
    break;
  }
  return figures;
}

/** What the quarters say of the year's target, and whether they agree with a total stated beside them. */
export interface QuarterReading {
  readonly target: number;
  /** Why the reading is to be confirmed, if it is. */
  readonly why?: "quarterSum" | "quarterStages" | "quarterShares";
  /** The quarters' own figures, when they miss the stated total: what they come to, and how (`sum` or the last running total). */
  readonly mismatch?: { readonly reached: number; readonly raws: readonly string[]; readonly running: boolean };
}

/** The year's target from its quarters' figures and the total stated beside them (if any). */
export function readQuarters(figures: readonly QuarterFigure[], stated: number | null, runningWords: boolean): QuarterReading {
  const quarters = figures.filter((f) => f.quarter > 0);
  const values = quarters.map((f) => f.value);
  const year = figures.find((f) => f.quarter === 0);
  const whole = stated ?? year?.value ?? null;
  const sum = values.reduce((a, b) => a + b, 0);
  const last = values[values.length - 1];
  const rising = values.every((v, k) => k === 0 || v > values[k - 1]);
  const neverFalling = values.every((v, k) => k === 0 || v >= values[k - 1]);
  const running = runningWords || quarters.some((f) => f.running);
  const within = quarters.some((f) => f.within);
  // Quarters up to the third leave the rest of the year open: a running total below the year's, or a sum below it, agrees.
  const open = quarters[quarters.length - 1].quarter < 4;
  const every = new Set(quarters.map((f) => f.quarter)).size === 4;
  if (whole !== null) {
    if (!within && neverFalling && (whole === last || (open && last < whole))) return { target: whole };
    if (!running && (whole === sum || (!every && sum < whole))) return { target: whole };
    const asRunning = running && !within;
    return { target: whole, why: "quarterShares", mismatch: { reached: asRunning ? last : sum, raws: quarters.map((f) => f.raw), running: asRunning } };
  }
  if (running && !within) return { target: last };
  if (!within && rising) return { target: last, why: "quarterStages" };
  return { target: sum, why: "quarterSum" };
}

/**
 * The targets of one line with its figures by quarter folded into the year's one target: the quarters' own figures
 * go, a stated total of their unit stays (checked against them), or the target is worked out from them.
 */
export function foldQuarters(found: readonly FoundTarget[], text: string): FoundTarget[] {
  const figures = quarterFigures(text);
  if (figures.length === 0) return [...found];
  const units = [...new Set(figures.map((f) => f.unit).filter((u): u is string => u !== null).map(foldText))];
  // Quarters of percent or money, or of two units, are left to the other readings.
  if (units.length !== 1 || figures.some((f) => f.unit !== null && /%|đồng|\bđ\b/u.test(f.unit))) return [...found];
  const unit = units[0];
  // `300 hộ gia đình …: Quý I: 50 hộ; …`, `150 lượt cơ sở: Quý I: 50 lượt; …`: quarters may name only the head of the unit.
  const ofUnit = (t: FoundTarget) => t.indicator.kind === "count" && (foldText(t.indicator.unit) === unit || foldText(t.indicator.unit).startsWith(`${unit} `));
  // The quarters' own figures among the targets read (a figure whose unit was left out may have been read with the words after it).
  const left = figures.map((f) => f.value);
  const quarterTargets = new Set<FoundTarget>();
  // From the line's end: a whole said before its quarters (`06 điểm …: quý IV hoàn thành 06 điểm`) keeps its own name.
  for (const t of [...found].reverse()) {
    const k = left.indexOf(t.indicator.target);
    if (k >= 0 && (ofUnit(t) || /quý/iu.test(t.indicator.name))) {
      quarterTargets.add(t);
      left.splice(k, 1);
    }
  }
  const rest = found.filter((t) => !quarterTargets.has(t));
  const wholes = rest.filter(ofUnit);
  if (wholes.length > 1 || (quarterTargets.size === 0 && wholes.length === 0)) return [...found];
  const whole = wholes[0];
  const reading = readQuarters(figures, whole?.indicator.target ?? null, RUNNING_WORDS.test(text));
  const model = whole ?? [...quarterTargets].find(ofUnit) ?? [...quarterTargets][0];
  const kept = model.indicator;
  const name = whole !== undefined ? kept.name : quartersName(text, figures[0].from) ?? kept.unit;
  const quarterly: FoundTarget = {
    ...model,
    indicator: { ...kept, name, target: reading.target, ...(whole === undefined ? { unit: kept.kind === "count" && ofUnit(model) ? kept.unit : (figures.find((f) => f.unit !== null)?.unit ?? kept.unit) } : {}) },
    ...(reading.why !== undefined ? { running: true, why: reading.why } : {}),
    ...(reading.mismatch !== undefined ? { quarterMismatch: reading.mismatch } : {}),
  };
  return found.flatMap((t) => (t === model ? [quarterly] : quarterTargets.has(t) || t === whole ? [] : [t]));
}

/** The words before the first quarter naming what is counted (`Mở lớp xóa mù chữ:` → `Mở lớp xóa mù chữ`), or null. */
function quartersName(text: string, firstAt: number): string | null {
  const before = text
    .slice(0, firstAt)
    .replace(/[\s,;:\-–]*(?:trong đó|cụ thể|chia ra|phấn đấu)?[\s,;:\-–]*$/iu, "");
  const name = tidyName(before);
  if (!/\p{L}{2,}/u.test(name)) return null;
  return name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
}

/** `- Quý I: 100 lớp;`, `+ Đến hết quý II: 200 lớp`, `- Cả năm: 400 lớp`: a line giving one quarter's (or the year's) figure. */
const QUARTER_LINE = new RegExp(`^\\s*(?:(?:lũy kế|luỹ kế|cộng dồn)\\s+)?(?:(?:tính\\s+)?(?:đến hết|đến cuối|đến|tới|hết|cuối|trong)\\s+)?quý\\s+(?:IV|I{1,3}|[1-4])(?![\\p{L}\\d])[^\\d]*\\d`, "iu");
const YEAR_LINE = /^\s*(?:đến\s+)?(?:cả|hết|cuối)\s+năm(?:\s+(?:19|20)\d{2})?\s*[:\-–]?[^\d]*\d/iu;

const ownText = (line: TextLine) => line.text.slice(parseMarker(line.text)?.length ?? 0).trim();

/**
 * A line ending with `:` (`1. Mở lớp xóa mù chữ:`, `1. Kết nạp 160 hội viên mới, cụ thể:`) over lines of one quarter
 * each (`- Quý I: 100 lớp;` …): read as the one line they make, the year's target from its quarters.
 */
export function foldQuarterLines(found: readonly FoundTarget[], body: readonly TextLine[], start: number, end: number): FoundTarget[] {
  let out = [...found];
  for (let i = start; i < end; i++) {
    if (body[i].cells || !/:\s*$/u.test(body[i].text)) continue;
    let j = i + 1;
    while (j < end && !body[j].cells && QUARTER_LINE.test(ownText(body[j]))) j++;
    if (j - i - 1 < 2) continue;
    if (j < end && !body[j].cells && YEAR_LINE.test(ownText(body[j]))) j++;
    const group = out.filter((t) => t.lineIndex >= i && t.lineIndex < j);
    const combined = [ownText(body[i]), ...body.slice(i + 1, j).map((l) => ownText(l).replace(/[;.,]?\s*$/u, ";"))].join(" ");
    const folded = foldQuarters(group, combined);
    if (folded.length === group.length && folded.every((t, k) => t === group[k])) continue;
    const marker = parseMarker(body[i].text);
    const label = marker !== null && marker.style !== "bullet" ? marker.label : null;
    const placed = folded.map((t) =>
      t.lineIndex === i || group.includes(t) ? t : { ...t, lineIndex: i, label: t.label ?? label, indicator: { ...t.indicator, source: `line ${body[i].line}`, line: body[i].line, sourceText: combined } },
    );
    const at = out.findIndex((t) => group.includes(t));
    out = [...out.slice(0, at).filter((t) => !group.includes(t)), ...placed, ...out.slice(at).filter((t) => !group.includes(t))];
    i = j - 1;
  }
  return out;
}
