/**
 * `extract-plan`: a plan document's text → its number, date, issuer, title,
 * targets, budget lines, areas and the problems the document itself has.
 *
 * Modules, one job each: normalize (portal banners, `|` debris, Markdown,
 * wrapped lines → logical lines that remember their physical lines),
 * structure (header / title / body / trailer / appendix), header (number,
 * date, issuer, title), sections (indicator and budget sections), quantities
 * (what a number is: target, quota, rate, range, or nothing), clauses (spans
 * and short names), targets (lists and tables), areaTables (tables of places by indicators, whose total row gives the targets), prose (targets in running
 * text, with a confidence), budget, activityBudget (an activity table's budget column against the
 * budget part), areas and plainAreas (lists with or
 * without `xã` before each name), consistency (conflicts, quotas), shares
 * (a target's shares for named places that miss it),
 * toPlan (Plan model and `Kế hoạch` sheet rows), render (readable text),
 * readDocumentBuffer (.txt and .docx bytes), evaluate (scores against a
 * reader's expected extraction, for scripts/extract-eval.js).
 */
import { checkActivityBudget } from "./activityBudget";
import { extractAreas, checkAreaCounts } from "./areas";
import { isChosenAreaList } from "./areaSelection";
import { budgetPerArea } from "./areaBudget";
import { readAreaTables } from "./areaTables";
import { extractBudget, namesSourceOrYear, type Budget } from "./budget";
import { budgetWithoutTotal } from "./budgetTotal";
import { mergeYearBlocks } from "./yearBlocks";
import { budgetColumnTable } from "./budgetColumns";
import { budgetMentions } from "./budgetMentions";
import { joinCapitalTitles } from "./capitalTitles";
import { checkMentions, checkQuotas, mergeTableRepeats, resolvePerArea } from "./consistency";
import { extractHeader } from "./header";
import { issue, sourceOf } from "./issues";
import { normalizeText } from "./normalize";
import { checkNumberFormats } from "./numberFormats";
import { documentDistrict, extractPlainAreas } from "./plainAreas";
import { CONFIDENCE, CONFIRM_BELOW, extractProseTargets } from "./prose";
import { budgetSections, indicatorSections } from "./sections";
import { checkShares, checkYearParts } from "./shares";
import { pastResultLines } from "./pastParts";
import { checkYearColumns } from "./yearColumns";
import { checkSpelledAmounts } from "./spelledCheck";
import { checkTargetSplits } from "./targetSplits";
import { isReportHeading, splitDocument } from "./structure";
import { zeroTargets } from "./zeroTargets";
import { sumYearFigures } from "./yearTotals";
import { assignCodes, extractTargets, taskAbove, type FoundTarget } from "./targets";
import type { ExtractedIndicator, ExtractedPlan, ExtractIssue } from "./types";
import type { TextLine } from "./normalize";
import { foldText } from "../core/text/fold";
import { withoutRestatedBudget } from "./restatedBudget";
import { unplacedCommunes } from "./unplacedCommunes";

export type { ExtractedPlan, ExtractedIndicator, ExtractedArea, ExtractIssue, ExtractIssueRule } from "./types";
export { extractedPlanToPlan, extractedPlanToSheetRows, PLAN_SHEET_HEADERS } from "./toPlan";
export { renderExtractedPlanText } from "./render";
export { readPlanDocumentBuffer, htmlToPlainText } from "./readDocumentBuffer";
export { formatDong, formatInUnit } from "./money";

export function extractPlan(text: string): ExtractedPlan {
  const lines = normalizeText(text);
  const parts = splitDocument(lines);
  const header = extractHeader(lines, parts);
  const body = [...joinCapitalTitles(parts.body), ...parts.appendix];

  const home = documentDistrict([header.issuer, header.title]);
  const named = extractAreas(body, home);
  // Lists of names without `xã` before each: only when the text gives no prefixed list.
  const plain = named.areas.length === 0 ? extractPlainAreas(body, home) : null;
  // Communes named in passing (`… tại các xã A, B, C`) only when the text lists no areas.
  const areaList = plain && plain.areas.length > 0
    ? { areas: plain.areas, lineIndexes: plain.lineIndexes, issues: [...named.issues, ...plain.issues] }
    : named.areas.length === 0 && (named.mentioned ?? []).length > 0
      ? { ...named, areas: named.mentioned ?? [] }
      : named.areas.length === 0 && (named.passing ?? []).length > 0
        ? { ...named, areas: named.passing ?? [] }
        : named;
  // Districts named for one activity may be a few of the plan's: no quota is totalled or checked over them.
  const inPassing = areaList.areas === named.passing;
  // Priority or pilot areas (`Địa bàn ưu tiên`) are a few of those a quota per area means: nothing is totalled or checked over them.
  const chosen = !inPassing && isChosenAreaList(body, areaList.lineIndexes, areaList.areas);
  const totalAreas = inPassing || chosen ? [] : areaList.areas;
  const listed = chosen ? "chosen" : "none";

  const sections = indicatorSections(body);
  // A list of places (`Địa bàn: 07 xã gồm …`) counts areas, not a target, even inside a targets section.
  // `… năm 2025` (one year, not `giai đoạn 2021 - 2025`): the year a table by year is read at.
  const titleYears = [...(header.title ?? "").matchAll(/(?<![\d–-]\s*)\b(?:19|20)\d{2}\b(?!\s*[-–])/gu)].map((m) => Number(m[0]));
  const planYear = titleYears.length === 1 && !/giai đoạn/iu.test(header.title ?? "") ? titleYears[0] : null;
  // `… giai đoạn 2021 - 2025 năm 2024`: a plan for one year of a period (not `… định hướng đến năm 2030`): its figures by
  // year are never summed, and a pace per year counts once.
  const yearsNamed = [...(header.title ?? "").matchAll(/(?<!(?:đến|tới|hết)\s+)năm\s+((?:19|20)\d{2})\b(?!\s*[-–])/giu)];
  const oneYear = planYear ?? (yearsNamed.length === 1 ? Number(yearsNamed[0][1]) : null);
  // `… giai đoạn 2026 - 2030`: the first year the plan covers, before which a share said for a year is a result.
  const period = /(?<!\d)((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}(?!\d)/u.exec(header.title ?? "");
  // `… đến năm 2030` and no period or year of its own: a horizon, no first year before which a figure tells a result.
  const horizon = period === null && yearsNamed.length === 0 && /(?:đến|tới)\s+(?:hết\s+)?năm\s+(?:19|20)\d{2}/iu.test(header.title ?? "");
  const firstYear = horizon ? null : (oneYear ?? (period !== null ? Number(period[1]) : null));
  // The plan's number of years (`giai đoạn 2023 - 2025` → 3, `năm 2024` → 1), for a quota per area and per year.
  const span = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/u.exec(header.title ?? "");
  const periodYears = oneYear !== null ? 1 : span && Number(span[2]) > Number(span[1]) ? Number(span[2]) - Number(span[1]) + 1 : null;
  const merged = mergeTableRepeats(mergeYearBlocks(body, extractTargets(body, sections, planYear, oneYear, firstYear).filter((t) => !areaList.lineIndexes.has(t.lineIndex)), oneYear), periodYears);
  const stated = merged.targets;

  const allBudgetRanges = budgetSections(body);
  const linesOf = (ranges: typeof allBudgetRanges) => (ranges.length > 0 ? ranges.flatMap((s) => body.slice(s.heading, s.end)) : budgetMentions(body));
  const readBudget = (ranges: typeof allBudgetRanges) => extractBudget(linesOf(ranges), oneYear);
  // A part of tasks and amounts (`NỘI DUNG HOẠT ĐỘNG VÀ KINH PHÍ`) beside the budget part: its amounts are the total's
  // parts when, read together, they make one budget that adds up no worse than the budget part alone; else it is an
  // activity table checked against that budget (checkActivityBudget), as a part of tasks.
  const ownRanges = allBudgetRanges.filter((s) => s.withTasks !== true);
  let budgetRanges = allBudgetRanges;
  let tasksGap: ExtractIssue[] = [];
  let inText = readBudget(allBudgetRanges);
  if (ownRanges.length > 0 && ownRanges.length < allBudgetRanges.length) {
    const own = readBudget(ownRanges);
    const splits = (b: typeof own) => b.issues.filter((i) => i.rule === "budget-split").length;
    const oneBudget = inText.lines.filter((l) => l.code === "KP").length === 1;
    if (!oneBudget || splits(inText) > splits(own)) {
      // Tasks' amounts that miss the total: told, unless an activity table's check tells it below.
      if (oneBudget) tasksGap = inText.issues.filter((i) => i.rule === "budget-split");
      budgetRanges = ownRanges;
      inText = own;
    }
  }
  // A table with its money column outside the budget part (`STT | Nội dung | Số hộ | Kinh phí (triệu đồng)` under the
  // targets) whose total is the budget part's one total, told there only as a whole or by source: its rows are that total's parts
  // (what a worksheet allocates), the sources told with the total, as when the table stands in the budget part.
  if (budgetRanges.length > 0 && toldWithoutPurposes(inText)) {
    const inRanges = new Set(linesOf(budgetRanges).map((l) => l.line));
    const table = budgetColumnTable(body);
    const total = (b: typeof inText) => b.lines.filter((l) => l.code === "KP");
    const alone = table.length > 0 && !table.some((l) => inRanges.has(l.line)) ? extractBudget(table, oneYear) : null;
    // A table with no total row whose rows add up to the budget's total is as good as one with it.
    const rowsSum = alone !== null && total(alone).length === 0 ? alone.lines.filter((l) => /^KP\.\d+$/.test(l.code)).reduce((sum, l) => sum + l.target, 0) : null;
    if (alone !== null && ((total(alone).length === 1 && total(alone)[0].target === total(inText)[0].target) || (rowsSum !== null && alone.lines.length >= 2 && Math.abs(rowsSum - total(inText)[0].target) < 0.5))) {
      const together = extractBudget([...table, ...linesOf(budgetRanges)], oneYear);
      const splits = (b: typeof inText) => b.issues.filter((i) => i.rule === "budget-split").length;
      if (total(together).length === 1 && total(together)[0].target === total(inText)[0].target && !toldWithoutPurposes(together) && splits(together) <= splits(inText)) inText = together;
    }
  }
  // No budget part and no amount in the text: a budget column of an activity table is the budget.
  const found = budgetRanges.length === 0 && inText.lines.length === 0 ? extractBudget(budgetColumnTable(body)) : inText;
  const byTask = { ...found, lines: nameByTask(body, found.lines) };
  // No amount but one per area (`150 triệu đồng cho mỗi huyện`): totalled over the plan's areas, to confirm.
  const countAreas = (level: "district" | "commune", per: string) => {
    if (inPassing || chosen) return null;
    const listedCount = level === "commune" ? areaList.areas.filter((a) => a.commune !== null).length : new Set(areaList.areas.filter((a) => a.commune === null).map((a) => a.district)).size;
    return listedCount > 0 ? listedCount : statedAreaCount(body.map((l) => l.text).join("\n"), per);
  };
  const budget = byTask.lines.length === 0 ? { ...byTask, lines: budgetPerArea(linesOf(budgetRanges), countAreas) } : byTask;

  const bodyText = body.map((l) => l.text).join("\n");
  const perArea = resolvePerArea(stated, totalAreas, listed, periodYears, (per) => (inPassing || chosen ? null : statedAreaCount(bodyText, per)), (per) => listedPlaceCount(bodyText, per));
  const inSections = new Set<number>();
  // A part of tasks with their amounts (`NỘI DUNG VÀ KINH PHÍ`) may state targets in its sentences: read as running text.
  for (const s of [...sections, ...budgetRanges.filter((b) => b.withTasks !== true)]) for (let i = s.heading; i < s.end; i++) inSections.add(i);
  for (const i of areaList.lineIndexes) inSections.add(i);
  for (const t of perArea.targets) t.indicator = t.running ? { ...t.indicator, confidence: CONFIDENCE.frame, confirmReason: t.why ?? "text" } : { ...t.indicator, confidence: CONFIDENCE.section };
  // A part or a line telling past results (`1. Kết quả năm 2025: … đạt 52%`) states no target, in running text either.
  const past = pastResultLines(body);
  const read = extractProseTargets(body, new Set([...inSections, ...past]), perArea.targets);
  // A quota said in running text is totalled over the listed areas like a listed one, and confirmed.
  // The plan's own count of those areas (`tại 15 xã, thị trấn`) comes before the areas it happens to list.
  const counted = new Set<FoundTarget>();
  for (const t of read.targets) {
    const n = t.perArea && !(t.perYear && periodYears === null) ? statedAreaCount(bodyText, t.quotaPer) ?? wholeCount(bodyText, t.quotaPer) : null;
    if (n !== null) {
      // `mỗi xã … 01 cuộc mỗi năm`: over the plan's years too.
      const years = t.perYear ? (periodYears ?? 1) : 1;
      const quota = (t.indicator.quota ?? t.indicator.target) * years;
      t.indicator = { ...t.indicator, target: quota * n, ...(t.perYear ? { quota } : {}) };
      counted.add(t);
    }
  }
  const resolved = resolvePerArea(read.targets.filter((t) => !counted.has(t)), totalAreas, listed, periodYears);
  const proseTotals = { targets: read.targets.filter((t) => counted.has(t) || resolved.targets.includes(t)), issues: resolved.issues };
  for (const t of proseTotals.targets) if (t.perArea) t.indicator = { ...t.indicator, confidence: CONFIDENCE.frame, confirmReason: "quota" };
  // Any other target read in running text is to be confirmed for that.
  for (const t of proseTotals.targets) if (!t.perArea && (t.indicator.confidence ?? 1) < CONFIRM_BELOW) t.indicator = { ...t.indicator, confirmReason: t.why ?? "text" };
  // `năm 2023 thành lập mới 05 tổ, năm 2024 … 06 tổ` in running text: the period's target is their sum, as in a list.
  const proseTargets = sumYearFigures(proseTotals.targets, new Map(), oneYear);
  for (const t of proseTargets) if (t.why === "yearSum") t.indicator = { ...t.indicator, confidence: CONFIDENCE.frame, confirmReason: "yearSum" };
  const prose = { targets: proseTargets, issues: [...read.issues, ...proseTotals.issues] };
  // `Đào tạo nghề cho 450 lao động, trong đó năm 2023: 120 người; …`: a whole's years are checked against it, then left
  // out of the list, as those in the whole's own unit (`13 tổ (năm 2026: 03 tổ; …)`) are: a year's part listed beside
  // its whole would be read as one more target of the plan, the period's figure counted twice.
  const yearPartIssues = checkYearParts(perArea.targets);
  // `Không để xảy ra trường hợp tảo hôn` in a targets part: a target of none, in its place among the listed ones.
  const listedTargets = perArea.targets.filter((t) => t.yearPart !== true);
  for (const zero of zeroTargets(body, sections, areaList.lineIndexes)) {
    const at = listedTargets.findIndex((t) => t.lineIndex > zero.lineIndex);
    listedTargets.splice(at < 0 ? listedTargets.length : at, 0, zero);
  }
  // The listed targets keep the document's numbering; those read in running text follow them.
  assignCodes(listedTargets);
  const numbers = listedTargets.map((t) => Number.parseInt(t.indicator.code, 10)).filter((n) => Number.isFinite(n));
  let next = numbers.length > 0 ? Math.max(...numbers) + 1 : 1;
  for (const t of prose.targets) t.indicator = { ...t.indicator, code: String(next++) };
  const targets = [...listedTargets, ...prose.targets];

  const issues: ExtractIssue[] = [...header.issues, ...merged.issues, ...perArea.issues];
  // `BÁO CÁO Kết quả thực hiện …`: a report's figures may be results reached or money spent, not the plan's targets.
  const heading = parts.headingIndex >= 0 ? lines[parts.headingIndex] : undefined;
  if (heading !== undefined && isReportHeading(heading.text)) {
    issues.push(
      issue(
        "document-kind",
        `Văn bản là báo cáo (dòng ${heading.line}), không phải kế hoạch: các con số đọc được có thể là kết quả đã đạt hoặc kinh phí đã chi, không phải chỉ tiêu; cần đối chiếu với kế hoạch được giao.`,
        `The document is a report (line ${heading.line}), not a plan: the figures read may be results reached or money spent, not targets; check them against the plan assigned.`,
        { source: sourceOf(heading.line) },
      ),
    );
  }
  // A restatement the running-text reading found is reported once, whichever check saw it first.
  // A part telling the past year's results restates no target, whatever its figures.
  const mentions = checkMentions(body, new Set([...inSections, ...past]), targets);
  issues.push(...mentions);
  for (const found of prose.issues) {
    const name = /"[^"]*"/.exec(found.message)?.[0] ?? "";
    const same = (i: ExtractIssue) => i.source === found.source && i.expected === found.expected && i.actual === found.actual && i.message.includes(name);
    if (!mentions.some(same)) issues.push(found);
  }
  // Communes named on a target's line (`Xây dựng 03 mô hình … tại các xã A, B, C`) are that activity's, no base for
  // another target's quota: `Mỗi xã thành lập 01 CLB, toàn huyện 12 CLB` is not checked against those three communes.
  const mentionedAt = new Set(areaList.areas === named.mentioned ? totalAreas.map((a) => a.source) : []);
  const forActivity = targets.some((t) => mentionedAt.has(t.indicator.source));
  const quotaAreas = (t: FoundTarget) => (forActivity && !mentionedAt.has(t.indicator.source) ? [] : totalAreas);
  issues.push(...targets.flatMap((t) => checkQuotas([t], quotaAreas(t))));
  // Communes of a table with no district anywhere (a letterhead naming none): told, when the plan has no areas otherwise.
  if (areaList.areas.length === 0 && header.issuer) issues.push(...unplacedCommunes(named.unplaced ?? []));
  if (inPassing && areaList.areas.length > 0) {
    const where = areaList.areas[0].source ?? "";
    issues.push(
      issue(
        "areas-in-passing",
        `Văn bản không có danh sách địa bàn; ${areaList.areas.length} huyện được lấy từ các hoạt động (từ ${where.replace("line", "dòng")}) và có thể chưa đủ, cần xác nhận.`,
        `The text lists no areas; ${areaList.areas.length} districts are taken from activities (from ${where}) and may not be all of them; confirm.`,
        { source: where },
      ),
    );
  }
  issues.push(...checkShares(body, targets));
  issues.push(...yearPartIssues);
  issues.push(...checkTargetSplits(targets.map((t) => t.indicator)));
  issues.push(...budget.issues);
  issues.push(...checkYearColumns(linesOf(budgetRanges)));
  const noTotal = budgetWithoutTotal(budget.lines);
  if (noTotal !== null) issues.push(noTotal);
  if (found === inText) {
    const activity = checkActivityBudget(body, budgetRanges, budget);
    issues.push(...activity, ...(activity.some((i) => i.rule === "budget-split") ? [] : tasksGap));
  }
  issues.push(...checkAreaCounts(body, areaList, chosen));
  for (const column of readAreaTables(body).unread) {
    // With no total row the figure is the rows' sum, worked out: said as such, with the table's lines, not one row's.
    const rows = column.summed;
    const whereVi = rows ? `dòng ${column.line}, các dòng ${rows.firstRow}–${rows.lastRow} không có dòng tổng cộng; cộng ${rows.rows} dòng: ${column.figure}` : `dòng ${column.line}: ${column.figure}`;
    const whereEn = rows ? `line ${column.line}; lines ${rows.firstRow}–${rows.lastRow} have no total row; the ${rows.rows} rows add up to ${column.figure}` : `line ${column.line}: ${column.figure}`;
    issues.push(
      issue(
        "unread-column",
        `Cột "${column.header}" của bảng (${whereVi}) không nói rõ đếm gì (không có đơn vị) nên chưa được đọc thành chỉ tiêu; cần xác nhận đơn vị và nhập chỉ tiêu bằng tay.`,
        `The table's column "${column.header}" (${whereEn}) does not say what it counts (no unit), so it is not read as a target; confirm its unit and enter the target by hand.`,
        { source: `line ${column.line}` },
      ),
    );
  }
  issues.push(...checkNumberFormats(body));
  issues.push(...checkSpelledAmounts(body));
  // `… tại phụ lục đính kèm` with no appendix in the text: targets may be missing.
  if (parts.appendix.length === 0) {
    const mention = parts.body.find((l) => /\b(phu luc (dinh )?kem|tai phu luc|theo phu luc|phu luc (so )?[0-9ivx]+ kem)\b/.test(foldText(l.text)));
    if (mention) {
      issues.push(
        issue(
          "missing-appendix",
          `Văn bản dẫn chiếu phụ lục kèm theo (dòng ${mention.line}) nhưng văn bản được đọc không có phụ lục; các chỉ tiêu trong phụ lục có thể còn thiếu.`,
          `The document refers to an attached appendix (line ${mention.line}) that the text read does not contain; targets given there may be missing.`,
          { source: `line ${mention.line}` },
        ),
      );
    }
  }
  if (targets.length === 0) {
    issues.push(
      issue(
        "no-targets",
        "Văn bản không nêu chỉ tiêu bằng số (không có mục chỉ tiêu có số liệu); cần nhập chỉ tiêu bằng tay.",
        "The document states no numeric targets (no indicator section with figures); the targets must be entered by hand.",
      ),
    );
  }
  // A budget table left unread for want of its unit is told as such (budget-unit), not as no budget.
  if (budget.lines.length === 0 && !issues.some((i) => i.rule === "budget-unit")) {
    issues.push(
      issue(
        "no-budget",
        "Văn bản không nêu số tiền kinh phí.",
        "The document states no budget amount.",
      ),
    );
  }
  return {
    version: 1,
    title: header.title,
    number: header.number,
    date: header.date,
    issuer: header.issuer,
    indicators: [...targets.map((t) => t.indicator), ...withoutRestatedBudget(budget.lines, targets.map((t) => t.indicator))],
    areas: areaList.areas,
    issues,
  };
}

/** `tại 15 xã, thị trấn`, `trên địa bàn 12 huyện`: how many areas of a kind the plan says it covers, when it says so once. */
function statedAreaCount(text: string, per: string | undefined): number | null {
  if (!per) return null;
  const phrase = per.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s*,\s*/g, "\\s*,\\s*").replace(/\s+/g, "\\s+");
  const found = new Set<number>();
  for (const m of text.matchAll(new RegExp(`(?:tại|ở|trên địa bàn|cho|của|các)\\s+(\\d{1,3})\\s+${phrase}(?!\\p{L})`, "giu"))) found.add(Number(m[1]));
  return found.size === 1 ? [...found][0] : null;
}

/**
 * `(toàn tỉnh 38 trường)`, `toàn huyện có 45 trường`: how many schools or facilities (not areas) the whole plan's place
 * has, when the text says so once, for a quota per school said in another line.
 */
function wholeCount(text: string, per: string | undefined): number | null {
  if (!per || !/^(?:trường|cơ sở)$/iu.test(per)) return null;
  const found = new Set<number>();
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})toàn\\s+(?:tỉnh|huyện|thành phố|thị xã|xã|ngành)\\s*(?:,\\s*)?(?:hiện\\s+)?(?:có\\s+)?(\\d{1,3})\\s+${per}(?!\\p{L})`, "giu"))) found.add(Number(m[1]));
  return found.size === 1 ? [...found][0] : null;
}

/**
 * `09 thôn: Phìn Hồ, Tả Chải, …`, `Địa bàn: 09 thôn, gồm …`: the plan's count of the places `per` names, from a line
 * that counts them and goes on to name them (one such count in the text), or null.
 */
function listedPlaceCount(text: string, per: string | undefined): number | null {
  if (!per) return null;
  const phrase = per.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  // `Toàn xã có 09 thôn: …`, `Xã có 09 thôn, gồm: …`: the count after a few words that say so.
  const listed = new RegExp(`^[\\s\\-+•*]*(?:[\\p{L} ]{1,30}:\\s*)?(?:[\\p{L} ]{1,30}\\s(?:có|gồm)\\s+)?(\\d{1,3})\\s+${phrase}\\s*(?::|,?\\s*gồm(?!\\p{L})\\s*:?)\\s*\\p{L}`, "gimu");
  const found = new Set([...text.matchAll(listed)].map((m) => Number(m[1])));
  return found.size === 1 ? [...found][0] : null;
}

/**
 * `- Kinh phí: 150 triệu đồng.` under each task (`1. Nội dung 1: Tuyên truyền, vận động …`), several so: each amount
 * is named by its task, not all `Kinh phí`.
 */
function nameByTask(body: readonly TextLine[], lines: readonly ExtractedIndicator[]): ExtractedIndicator[] {
  const bare = (i: ExtractedIndicator) => /^(kinh phi|kinh phi thuc hien|du toan kinh phi|du toan)$/.test(foldText(i.name).trim()) && i.code !== "KP";
  if (lines.filter(bare).length < 2) return [...lines];
  return lines.map((i) => {
    if (!bare(i) || i.line === undefined) return i;
    let at = -1;
    for (let j = 0; j < body.length && body[j].line <= (i.line ?? 0); j++) at = j;
    const task = at >= 0 ? taskAbove(body, at) : null;
    return task ? { ...i, name: task } : i;
  });
}

/** One total with no parts, or whose parts all name a source or a year (`Ngân sách trung ương`, `Năm 2024`), and no other budget line. */
function toldWithoutPurposes(budget: Budget): boolean {
  const parts = budget.lines.filter((l) => l.code !== "KP");
  // `Tổng kinh phí: 27,24 tỷ đồng (chi tiết theo huyện tại bảng trên)`: a total with no parts at all is told no other way.
  return budget.lines.filter((l) => l.code === "KP").length === 1 && (parts.length === 0 || (parts.length >= 2 && parts.every((l) => /^KP\.\d+$/.test(l.code) && namesSourceOrYear(l.name))));
}
