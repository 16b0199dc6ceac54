/**
 * Sections of the plan body: the indicator sections (`Chỉ tiêu đến năm 2025`,
 * `Chỉ tiêu cụ thể`, `Mục tiêu cụ thể`, …) and the budget section (`Kinh phí
 * thực hiện`), each as a range of body lines ending where a heading of the
 * same or higher rank begins.
 */
import { foldText } from "../core/text/fold";
import { headingRank, parseMarker, type Marker } from "./markers";
import type { TextLine } from "./normalize";
import { introducedLists } from "./introducedLists";
import { findQuantities } from "./quantities";
import { isUpperLine } from "./structure";

export interface Section {
  /** Index of the heading line in the body. */
  readonly heading: number;
  /** First and past-the-last content line (content may start on the heading line after `:`). */
  readonly start: number;
  readonly end: number;
  /** Text on the heading line after its `:`, if any. */
  readonly inline: string;
  readonly inlineOffset: number;
  /** A budget part that names the tasks too (`NỘI DUNG VÀ DỰ TOÁN KINH PHÍ`): its lines may state targets. */
  readonly withTasks?: boolean;
}

/** `ĐIỀU CHỈNH, BỔ SUNG CHỈ TIÊU` in a plan revising another: the targets as they now stand. */
const INDICATOR_HEADING =
  /^(?:(?:dieu chinh|bo sung|sua doi)(?:,?\s+(?:va\s+)?(?:dieu chinh|bo sung|sua doi))*\s+)?(?:(?:cac|mot so|nhung)\s+)?(?:chi tieu(?!\s+(?:so|\d))|muc tieu cu the|muc tieu va chi tieu|muc tieu, chi tieu|(?:noi dung|nhiem vu)(?:,| va) chi tieu|ket qua dau ra|dau ra|ket qua can dat|san pham dau ra)\b/;
/** `KINH PHÍ`, `DỰ TOÁN KINH PHÍ`, `NỘI DUNG VÀ DỰ TOÁN KINH PHÍ`, `TỔNG HỢP KINH PHÍ`, `NHU CẦU VỐN`, `NGUỒN LỰC THỰC HIỆN`, `Điều chỉnh kinh phí` (an amended plan's): the part holding the budget. */
const BUDGET_HEADING =
  /^(?:(?:dieu chinh|bo sung|sua doi)(?:,?\s+(?:va\s+)?(?:dieu chinh|bo sung|sua doi))*\s+)?(?:(?:noi dung|nhiem vu|hoat dong)(?: (?:hoat dong|thuc hien|chu yeu|trong tam))?(?:,| va) )?(?:du toan\s+|tong hop\s+|tong\s+|(?:phan bo|du kien|bo tri|ke hoach phan bo)\s+)?(?:kinh phi|nguon kinh phi|nguon von|nguon luc tai chinh|nguon luc thuc hien|nhu cau (?:kinh phi|von)|ngan sach thuc hien|du toan kinh phi)\b/;

interface Heading {
  readonly index: number;
  readonly marker: Marker | null;
  readonly rank: number;
  readonly content: string;
  readonly contentOffset: number;
}

function headingOf(line: TextLine, index: number): Heading | null {
  if (line.cells) return null;
  const marker = parseMarker(line.text);
  if (marker && marker.style === "bullet") return null;
  const content = marker ? line.text.slice(marker.length) : line.text;
  const rank = marker ? (headingRank(marker) ?? 9) : 9;
  // `Phụ lục PHÂN BỔ KINH PHÍ …`, `PHỤ LỤC 02: DỰ TOÁN KINH PHÍ …` (the appendix's name and its title on one line): the title heads it.
  const lead = marker ? null : APPENDIX_LEAD.exec(content);
  if (lead !== null && isUpperLine(content.slice(lead[0].length))) return { index, marker, rank, content: content.slice(lead[0].length), contentOffset: lead[0].length };
  return { index, marker, rank, content, contentOffset: marker ? marker.length : 0 };
}

/** `Phụ lục `, `PHỤ LỤC 02: `, `Phụ lục số I - ` before an appendix's title on its line. */
const APPENDIX_LEAD = /^\s*phụ lục(?:\s+(?:số\s+)?(?:\d{1,2}|[ivx]{1,4})[a-z]?)?\s*[:.\-–]?\s+/iu;

function lastNumber(label: string): number {
  if (/^\d/.test(label)) return Number(label.split(".").pop());
  if (/^[a-zđ]$/.test(label)) return label.charCodeAt(0) - 96;
  const roman: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = roman[label[i]] ?? 0;
    const n = roman[label[i + 1]] ?? 0;
    total += v < n ? -v : v;
  }
  return total;
}

/** The title of a plan's part (`Đối tượng`, `Địa bàn thực hiện: …`, `Nhiệm vụ`), never a target line. */
const PART_TITLE =
  /^(?:cac |mot so |nhung )?(?:doi tuong|dia ban|pham vi|nhiem vu|noi dung|giai phap|kinh phi|nguon|du toan|to chuc thuc hien|yeu cau|muc dich|muc tieu|chi tieu|thoi gian|tien do|phan cong|trach nhiem|du an|tieu du an|che do|bao cao|hoat dong|ket qua|dau ra|san pham)\b/;

/**
 * `2. Duy trì hoạt động 15 địa chỉ tin cậy.` numbered like the part heading above it (`1. Chỉ tiêu cụ thể`):
 * a target of that part, numbered as staff often do, not the next part — a count or percent with a known
 * unit, not a part's title, written as a sentence.
 */
function readsAsTarget(content: string): boolean {
  const folded = foldText(content).trim();
  if (PART_TITLE.test(folded)) return false;
  if (!/[.;]\s*$/.test(content) && folded.split(/\s+/).length < 6) return false;
  return findQuantities(content).some((q) => q.knownUnit && q.kind !== "money" && q.role === "target");
}

function sectionEnd(body: readonly TextLine[], h: Heading, targets = false): number {
  let nested = false;
  let inner = 0;
  let first = true;
  // A targets part whose content so far reads as targets goes on past a target line numbered like its heading.
  let holdsTargets = targets && readsAsTarget(h.content.slice(h.content.indexOf(":") + 1));
  for (let j = h.index + 1; j < body.length; j++) {
    const other = headingOf(body[j], j);
    if (!other || !other.marker) {
      if (targets && !holdsTargets && !body[j].cells) holdsTargets = readsAsTarget(other ? other.content : body[j].text);
      continue;
    }
    if (!h.marker) {
      if (other.rank <= 1) return j;
      continue;
    }
    if (other.rank < h.rank) return j;
    if (other.rank === h.rank && other.marker.style === h.marker.style) {
      const n = lastNumber(other.marker.label);
      if (first && n === 1 && lastNumber(h.marker.label) !== 0) {
        nested = true;
        inner = 1;
      } else if (nested && n === inner + 1) {
        inner = n;
      } else if (holdsTargets && readsAsTarget(other.content)) {
        continue;
      } else {
        return j;
      }
    }
    if (targets && !holdsTargets) holdsTargets = readsAsTarget(other.content);
    first = false;
  }
  return body.length;
}

/**
 * `- Chỉ tiêu: 04 lớp/năm.` under a task (`1. Tập huấn nâng cao năng lực`): a targets part of one line, its
 * target read after the colon.
 */
function taskTargetLines(body: readonly TextLine[]): Section[] {
  const out: Section[] = [];
  body.forEach((line, i) => {
    if (line.cells) return;
    const marker = parseMarker(line.text);
    if (marker?.style !== "bullet") return;
    const content = line.text.slice(marker.length);
    const m = /^(?:các\s+)?chỉ tiêu(?:\s+(?:cần đạt|phấn đấu|cụ thể))?\s*:\s*(?=\S)/iu.exec(content);
    if (m === null || !/\d/.test(content)) return;
    out.push({ heading: i, start: i + 1, end: i + 1, inline: content.slice(m[0].length), inlineOffset: marker.length + m[0].length });
  });
  return out;
}

function findSections(
  body: readonly TextLine[],
  pattern: RegExp,
  maxWords: number,
  targets = false,
  accept: (index: number) => boolean = () => true,
  upperTitles = false,
): Section[] {
  const out: Section[] = [];
  for (let i = 0; i < body.length; i++) {
    const h = headingOf(body[i], i);
    if (!h) continue;
    const colon = h.content.indexOf(":");
    const title = colon >= 0 ? h.content.slice(0, colon) : h.content;
    // `… như sau` closes a heading's words as a colon would.
    const folded = foldText(title).replace(/[^a-z0-9, ]/g, " ").replace(/\s+/g, " ").trim().replace(/\s+nhu sau$/, "");
    // A title in capitals (`PHÂN BỔ KINH PHÍ THỰC HIỆN TIỂU DỰ ÁN 1 DỰ ÁN 5 NĂM 2024`) may run to twice the words.
    const words = folded.split(" ").length;
    if (!pattern.test(folded) || (words > maxWords && !(upperTitles && !h.marker && words <= 2 * maxWords && isUpperLine(h.content)))) continue;
    // `Mục tiêu cụ thể đến hết năm 2025 trên địa bàn huyện như sau` introduces its list as a colon would.
    // `DỰ TOÁN KINH PHÍ THỰC HIỆN DỰ ÁN 8 NĂM 2024` under an appendix's `Phụ lục 02`: a title in capitals, however long.
    if (!h.marker && !(colon >= 0 || folded.split(" ").length <= 8 || /\s+nhu sau\s*$/.test(foldText(title)) || (upperTitles && isUpperLine(h.content)))) continue;
    if (out.some((s) => i >= s.start && i < s.end)) continue;
    if (!accept(i)) continue;
    const inline = colon >= 0 ? h.content.slice(colon + 1) : "";
    out.push({
      heading: i,
      start: i + 1,
      end: sectionEnd(body, h, targets),
      inline,
      inlineOffset: h.contentOffset + (colon >= 0 ? colon + 1 : h.content.length),
    });
  }
  return out;
}

/** `I. MỤC TIÊU` (or `MỤC TIÊU, NHIỆM VỤ`) with no `Mục tiêu chung` or `Chỉ tiêu` part of its own. */
/** Also with the time it aims at: `MỤC TIÊU ĐẾN NĂM 2025`, `MỤC TIÊU NĂM 2024`, `MỤC TIÊU GIAI ĐOẠN 2021 - 2025`; an amended plan's `MỤC TIÊU SAU ĐIỀU CHỈNH`. */
const BARE_AIMS = /^muc tieu(?:,? nhiem vu)?(?: (?:den(?: het| cuoi)? |trong )?(?:nam|giai doan) (?:19|20)\d{2}(?: (?:19|20)\d{2})?)?(?: (?:sau|duoc) dieu chinh(?:,? bo sung)?)?$/;
const GENERAL_AIMS = /^muc tieu chung\b/;

/** A heading that names tasks beside the targets (`CHỈ TIÊU, NHIỆM VỤ`, `NỘI DUNG VÀ CHỈ TIÊU`). */
const WITH_TASKS = /\b(?:nhiem vu|noi dung|giai phap|hoat dong)\b/;

/**
 * `II. CHỈ TIÊU, NHIỆM VỤ` with its own parts `1. Chỉ tiêu` and `2. Nhiệm vụ`: the targets are the `Chỉ tiêu` parts
 * only, the tasks are running text. So for `II. MỤC TIÊU, CHỈ TIÊU` with `1. Mục tiêu chung` and `2. Chỉ tiêu cụ thể`:
 * a paragraph of the `Chỉ tiêu` part is judged among its own lines, not beside the general aim's. Null when the
 * section has no such part of its own.
 */
function targetsSubparts(body: readonly TextLine[], s: Section): Section[] | null {
  const outer = headingOf(body[s.heading], s.heading);
  if (!outer?.marker) return null;
  const withTasks = WITH_TASKS.test(foldText(outer.content));
  const parts: Section[] = [];
  let others = false;
  for (let i = s.start; i < s.end; i++) {
    const h = headingOf(body[i], i);
    if (!h?.marker || h.rank <= outer.rank) continue;
    const colon = h.content.indexOf(":");
    const title = foldText(colon >= 0 ? h.content.slice(0, colon) : h.content).replace(/[^a-z0-9, ]/g, " ").replace(/\s+/g, " ").trim();
    if (title.split(" ").length > 6) continue;
    if (!INDICATOR_HEADING.test(title)) {
      // `1. Mục tiêu chung` beside `2. Chỉ tiêu cụ thể` under `II. MỤC TIÊU, CHỈ TIÊU`: the aims in words are no part of the list.
      if ((withTasks && WITH_TASKS.test(title)) || GENERAL_AIMS.test(title)) others = true;
      continue;
    }
    const end = Math.min(sectionEnd(body, h, true), s.end);
    parts.push({ heading: i, start: i + 1, end, inline: colon >= 0 ? h.content.slice(colon + 1) : "", inlineOffset: h.contentOffset + (colon >= 0 ? colon + 1 : h.content.length) });
    i = end - 1;
  }
  return parts.length > 0 && others ? parts : null;
}

/** A part of the aims named otherwise than `Mục tiêu cụ thể`: `Mục tiêu đến năm 2025`, `Mục tiêu cần đạt`, `Phấn đấu …`. */
const AIM_PART = /^(?:cac |mot so |nhung )?(?:muc tieu(?! chung)|phan dau|ket qua phan dau)\b/;

/** The heading at `index` is numbered, and a heading of its own rank before it, in the same part, is `Mục tiêu chung`. */
function followsGeneralAim(body: readonly TextLine[], index: number): boolean {
  const h = headingOf(body[index], index);
  if (!h?.marker) return false;
  for (let j = index - 1; j >= 0; j--) {
    const other = headingOf(body[j], j);
    if (!other?.marker) continue;
    if (other.rank < h.rank) return false;
    if (other.rank === h.rank && other.marker.style === h.marker.style && GENERAL_AIMS.test(foldText(other.content))) return true;
  }
  return false;
}

/** `đã`, `hiện có`, `hiện nay` before a clause's first figure (a year aside): what was done or what there is, not what is aimed at. */
const STATED_FACT = /^(?:\D|(?<!\d)(?:19|20)\d\d(?!\d))*?(?<!\p{L})(?:đã|hiện có|hiện nay|hiện đang|đến nay)\s/iu;

/**
 * `Thành lập mới 14 tổ …; duy trì 33 tổ; củng cố 170 tổ …` as the paragraphs of a part (one or a few, no markers):
 * targets listed in a run, each clause between `;` an action and its figure, as a bulleted list would.
 */
function isTargetRun(lines: readonly TextLine[]): boolean {
  // Sentences (`… đạt 55%. Phấn đấu giảm …`) are running text, whatever their figures.
  if (lines.length === 0 || lines.some((l) => l.cells || parseMarker(l.text) !== null || /[.!?]\s+\p{Lu}/u.test(l.text))) return false;
  // Each line a run of its own (`…; …`), after a lead ending in `:` whose one figure is a year (`Phấn đấu đến hết năm 2024: …`); within a clause,
  // figures after `, ` share its action (`thành lập mới 14 tổ …, 170 tổ …, 62 địa chỉ …`).
  const runs = lines.map((l) =>
    l.text
      .replace(/^(?:[^:;\d]|\b(?:19|20)\d\d\b)*:\s*/u, "")
      .split(";")
      .map((c) => c.split(/,\s+/u).map((p) => p.trim()).filter((p) => /\p{L}/u.test(p)))
      .filter((parts) => parts.length > 0),
  );
  // Each clause an action and its figure (`duy trì 33 tổ`), not an aim in words (`Góp phần giảm tỷ lệ hộ nghèo 4%/năm`);
  // each part after a comma opens with its figure, sharing the clause's action (not `…, chiếm 64,5%`, `…, mỗi tổ 12 …`).
  // A clause telling what was done or what there is (`Cả nước đã có 5.167 xã …; 64,5% …`, `… hiện có 230 tổ; 45 CLB`) is a
  // sentence of facts, whatever its figures, as it is between commas.
  return runs.every(
    (r) =>
      r.reduce((n, parts) => n + parts.length, 0) >= 2 &&
      r.every((parts) => /^(?:\p{L}+\s+){0,4}\d/u.test(parts[0]) && !STATED_FACT.test(parts[0]) && parts.slice(1).every((p) => /^\d/u.test(p))),
  );
}

export function indicatorSections(body: readonly TextLine[]): Section[] {
  const named = findSections(body, INDICATOR_HEADING, 12, true).flatMap((s) => targetsSubparts(body, s) ?? [s]);
  // `I. MỤC TIÊU` whose parts are numbered targets (`1. Tỷ lệ hộ nghèo giảm …`): the list is the targets,
  // when it names no general aim and holds no targets part of its own.
  const bare = findSections(body, BARE_AIMS, 10).filter((s) => {
    if (named.some((n) => n.heading >= s.heading && n.heading < s.end)) return false;
    const lines = body.slice(s.start, s.end);
    if (lines.some((l) => GENERAL_AIMS.test(foldText(l.text.slice(parseMarker(l.text)?.length ?? 0))))) return false;
    const figures = lines.filter((l) => !l.cells && parseMarker(l.text) !== null && /\d/.test(l.text.slice(parseMarker(l.text)?.length ?? 0)));
    const filled = lines.filter((l) => l.text.trim() !== "");
    // `I. MỤC TIÊU` over a single bullet with a figure and nothing else: a list of one target.
    return figures.length >= 2 || (figures.length === 1 && filled.length === 1) || isTargetRun(filled);
  });
  // `1. Mục tiêu chung` then `2. Mục tiêu đến năm 2025` (`… cần đạt`, `Phấn đấu đến hết năm 2025`): the part after
  // the general aim is the specific one, whatever its name, when it holds figures.
  const taken = [...named, ...bare];
  const specific = findSections(body, AIM_PART, 14, true, (i) => followsGeneralAim(body, i)).filter((s) => {
    if (taken.some((t) => s.heading >= t.heading && s.heading < t.end)) return false;
    return body.slice(s.start, s.end).some((l) => /\d/.test(l.text)) || /\d/.test(s.inline);
  });
  // `… phấn đấu đạt được các chỉ tiêu như sau:` over a list, outside any part named so: that list is a targets part.
  const introduced = introducedLists(body).filter((s) => ![...taken, ...specific].some((t) => s.heading >= t.heading && s.heading < t.end));
  const parts = [...taken, ...specific, ...introduced];
  const oneLine = taskTargetLines(body).filter((t) => !parts.some((s) => t.heading >= s.heading && t.heading < s.end));
  return [...parts, ...oneLine].sort((a, b) => a.heading - b.heading);
}

/** `NỘI DUNG VÀ …`, `NHIỆM VỤ, …` before the budget's words: a part of tasks with their amounts. */
const TASKS_FIRST = /^(?:noi dung|nhiem vu|hoat dong)(?: (?:hoat dong|thuc hien|chu yeu|trong tam))?(?:,| va) /;

export function budgetSections(body: readonly TextLine[]): Section[] {
  return findSections(body, BUDGET_HEADING, 14, false, () => true, true).map((s) => {
    const h = headingOf(body[s.heading], s.heading);
    const words = foldText(h?.content ?? "").replace(/[^a-z0-9, ]/g, " ").replace(/\s+/g, " ").trim();
    return TASKS_FIRST.test(words) ? { ...s, withTasks: true } : s;
  });
}
