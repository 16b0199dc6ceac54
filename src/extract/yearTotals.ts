/**
 * Figures given only by year (`Năm 2023: 5 tổ; năm 2024: 6 tổ; năm 2025: 3 tổ`, or lines `+ Năm 2023: 05 tổ` under
 * `1. Thành lập mới tổ truyền thông cộng đồng:`) with no period total beside them: the period's target is their sum,
 * one target named by the line's label (or what the figures count), to confirm as a total worked out from the years.
 * Left as they are in a plan for one year, when the part states a target of that unit otherwise (the years may
 * be its shares), or when what they count is kept up each year (`duy trì`, `củng cố`: a stock, not added up).
 */
import { foldText } from "../core/text/fold";
import { tidyName } from "./clauses";
import type { FoundTarget } from "./targets";

/** What a year's figure belongs to: the label line above its year lines, when it stands under one. */
export interface YearLabel {
  readonly lineIndex: number;
  /** Its 1-based line in the document. */
  readonly line: number;
  readonly name: string;
  readonly label: string | null;
}

/** Words of a count kept up or counted so far (`lũy kế`, `số xã đạt chuẩn`) rather than added to. */
export const STOCK = /\b(?:duy tri|cung co|kien toan|tiep tuc|hien co|con hoat dong|nang cao chat luong|luy ke|dat chuan|tong so)\b/;

function withoutYear(name: string): string {
  const bare = tidyName(name.replace(/\s*\(\s*năm\s+(?:19|20)\d{2}\s*\)/giu, " ").replace(/^\s*năm\s+(?:19|20)\d{2}\s*[:–-]?\s*/iu, ""));
  return bare.charAt(0).toLocaleUpperCase("vi") + bare.slice(1);
}

/** The part's targets with each group of year-only figures (2 years or more, each once) replaced by their sum. */
export function sumYearFigures(found: readonly FoundTarget[], labels: ReadonlyMap<FoundTarget, YearLabel>, planYear: number | null): FoundTarget[] {
  // `Số hộ thoát cận nghèo: năm 2026: 60 hộ` in a plan for 2026: the plan's year's figure, alone on its line, is its
  // target — stated, not a figure per year whose period total is left open.
  if (planYear !== null) {
    const ownYear = (t: FoundTarget) =>
      t.year === planYear && t.why === "yearly" && t.indicator.kind === "count" && !found.some((o) => o !== t && o.lineIndex === t.lineIndex && o.year !== undefined);
    return found.map((t) => {
      if (!ownYear(t)) return t;
      const { running: _running, why: _why, ...rest } = t;
      return { ...rest, indicator: { ...t.indicator, name: withoutYear(t.indicator.name) } };
    });
  }
  const unitOf = (t: FoundTarget) => foldText(t.indicator.unit);
  const groups = new Map<string, FoundTarget[]>();
  for (const t of found) {
    if (t.year === undefined || t.indicator.kind !== "count") continue;
    const under = labels.get(t);
    const key = under ? `L${under.lineIndex}|${unitOf(t)}` : `${t.lineIndex}|${unitOf(t)}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const replaced = new Map<FoundTarget, FoundTarget | null>();
  // `Tỷ lệ …: năm 2023 đạt 50%, năm 2024 đạt 60%, năm 2025 đạt 70%`: milestones; the period's target is the last, to
  // confirm, as a table by year gives its last year's percent.
  const milestones = new Map<string, FoundTarget[]>();
  for (const t of found) {
    if (t.year === undefined || t.indicator.kind !== "percent") continue;
    const key = `${t.lineIndex}|${foldText(withoutYear(t.indicator.name))}`;
    milestones.set(key, [...(milestones.get(key) ?? []), t]);
  }
  for (const members of milestones.values()) {
    if (members.length < 2 || new Set(members.map((t) => t.year)).size !== members.length) continue;
    const last = members.reduce((a, b) => ((b.year ?? 0) > (a.year ?? 0) ? b : a));
    for (const t of members) replaced.set(t, t === last ? { ...t, running: true, why: t.why ?? "yearly" } : null);
  }
  for (const members of groups.values()) {
    const years = new Set(members.map((t) => t.year));
    if (members.length < 2 || years.size !== members.length) continue;
    // What is kept up each year (`năm 2023 duy trì 10 CLB, năm 2024 duy trì 12 CLB`) is a stock, not added up: each
    // year's figure stays, to confirm as one year's.
    if (members.some((t) => STOCK.test(foldText(`${labels.get(t)?.name ?? ""} ${t.indicator.name} ${t.context}`)))) {
      for (const t of members) {
        t.running = true;
        t.why ??= "yearly";
      }
      continue;
    }
    // A target of that unit stated otherwise in the part: the years may be its shares, left as they are — unless they
    // add up to it (`140 nhà …` then `Phân kỳ: năm 2026 hoàn thành 80 nhà; năm 2027 hoàn thành 60 nhà`): its stages then,
    // no targets of their own.
    const stated = found.filter((t) => t.year === undefined && t.indicator.kind === "count" && unitOf(t) === unitOf(members[0]));
    if (stated.length > 0) {
      const sum = members.reduce((s, t) => s + t.indicator.target, 0);
      if (stated.filter((t) => t.indicator.target === sum).length === 1) for (const t of members) replaced.set(t, null);
      continue;
    }
    const first = members[0];
    const under = labels.get(first);
    // The fullest of the years' names (`năm 2023 tổ chức 02 lớp tập huấn, năm 2024 … cho cán bộ Hội cơ sở`).
    const own = members.map((t) => withoutYear(t.indicator.name)).reduce((a, b) => (b.length > a.length ? b : a), "");
    const name = under?.name || (foldText(own) === unitOf(first) || own === "" ? first.indicator.unit : own);
    const { range: _range, rule, ...rest } = first.indicator;
    const sameRule = rule !== undefined && members.every((t) => t.indicator.rule === rule);
    const lines = [...new Set(members.map((t) => t.indicator.sourceText ?? ""))].filter((x) => x);
    const total: FoundTarget = {
      indicator: {
        ...rest,
        name: name.charAt(0).toLocaleUpperCase("vi") + name.slice(1),
        target: members.reduce((sum, t) => sum + t.indicator.target, 0),
        ...(sameRule ? { rule } : {}),
        ...(under ? { source: `line ${under.line}`, line: under.line } : {}),
        sourceText: lines.join(" "),
      },
      context: members.map((t) => t.context).join("; "),
      label: under ? under.label : first.label,
      lineIndex: under ? under.lineIndex : first.lineIndex,
      running: true,
      why: "yearSum",
    };
    members.forEach((t, i) => replaced.set(t, i === 0 ? total : null));
  }
  if (replaced.size === 0) return [...found];
  return found.flatMap((t) => {
    const r = replaced.get(t);
    return r === undefined ? [t] : r === null ? [] : [r];
  });
}
