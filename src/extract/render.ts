/** The readable (non-JSON) output of `extract-plan`, in Vietnamese or English. */
import type { Lang } from "../core/model/text";
import { sourceLabel } from "../i18n/documentRefs";
import { CONFIRM_REASONS } from "../i18n/planConfirm";
import { formatDong, formatInUnit } from "./money";
import { CONFIRM_BELOW } from "./prose";
import type { ExtractedIndicator, ExtractedPlan } from "./types";

const LABELS = {
  vi: {
    plan: "Kế hoạch",
    number: "Số",
    date: "Ngày",
    issuer: "Cơ quan ban hành",
    none: "(không có)",
    targets: "Chỉ tiêu",
    budget: "Kinh phí",
    areas: "Địa bàn",
    issues: "Vấn đề của văn bản",
    noIssues: "Không phát hiện vấn đề.",
    quota: "định mức",
    base: "tính trên",
    districts: "huyện",
    communes: "xã",
    range: "khoảng",
  },
  en: {
    plan: "Plan",
    number: "Number",
    date: "Date",
    issuer: "Issued by",
    none: "(none)",
    targets: "Targets",
    budget: "Budget",
    areas: "Areas",
    issues: "Problems in the document",
    noIssues: "No problems found.",
    quota: "quota",
    base: "of",
    districts: "districts",
    communes: "communes",
    range: "range",
  },
} as const;

function isoToVi(date: string): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}

function value(ind: ExtractedIndicator, lang: Lang): string {
  if (ind.kind === "money") {
    const scale = ind.scale ?? 1;
    const written = formatInUnit(ind.target, scale);
    return scale === 1 ? `${formatDong(ind.target)} đồng` : `${written} (${formatDong(ind.target)} đồng)`;
  }
  const n = lang === "vi" ? String(ind.target).replace(".", ",") : String(ind.target);
  return ind.unit === "%" ? `${n}%` : `${n} ${ind.unit}`;
}

export function renderExtractedPlanText(extracted: ExtractedPlan, lang: Lang): string {
  const L = LABELS[lang];
  const out: string[] = [];
  out.push(`${L.plan}: ${extracted.title ?? L.none}`);
  out.push(`${L.number}: ${extracted.number ?? L.none}    ${L.date}: ${extracted.date ? (lang === "vi" ? isoToVi(extracted.date) : extracted.date) : L.none}`);
  if (extracted.issuer) out.push(`${L.issuer}: ${extracted.issuer}`);
  const targets = extracted.indicators.filter((i) => i.kind !== "money");
  const money = extracted.indicators.filter((i) => i.kind === "money");
  out.push("", `${L.targets} (${targets.length}):`);
  if (targets.length === 0) out.push(`  ${L.none}`);
  for (const t of targets) {
    const extras: string[] = [];
    if (t.rule) extras.push(t.rule);
    if (t.base) extras.push(`${L.base}: ${t.base}`);
    if (t.quota !== undefined) extras.push(`${L.quota} ${t.quota} ${t.unit}`);
    if (t.range) extras.push(`${L.range} ${t.range[0]}–${t.range[1]}`);
    if (t.confidence !== undefined && t.confidence < CONFIRM_BELOW) extras.push(CONFIRM_REASONS[t.confirmReason ?? "text"].short[lang]);
    out.push(`  ${t.code}. ${t.name}: ${value(t, lang)}${extras.length ? ` [${extras.join("; ")}]` : ""} (${sourceLabel(t.source, lang)})`);
  }
  out.push("", `${L.budget} (${money.length}):`);
  if (money.length === 0) out.push(`  ${L.none}`);
  for (const m of money) {
    const depth = m.code.split(".").length - 1;
    const extras = [...(m.rule ? [m.rule] : []), ...(m.confidence !== undefined && m.confidence < CONFIRM_BELOW ? [CONFIRM_REASONS[m.confirmReason ?? "text"].short[lang]] : [])];
    out.push(`  ${"  ".repeat(depth)}${m.code}. ${m.name}: ${value(m, lang)}${extras.length ? ` [${extras.join("; ")}]` : ""} (${sourceLabel(m.source, lang)})`);
  }
  const districts = new Map<string, string[]>();
  for (const a of extracted.areas) {
    const list = districts.get(a.district) ?? [];
    if (a.commune !== null) list.push(a.commune);
    districts.set(a.district, list);
  }
  const communeCount = extracted.areas.filter((a) => a.commune !== null).length;
  out.push("", `${L.areas} (${districts.size} ${L.districts}, ${communeCount} ${L.communes}):`);
  if (districts.size === 0) out.push(`  ${L.none}`);
  for (const [district, communes] of districts) out.push(`  ${district}${communes.length ? `: ${communes.join(", ")}` : ""}`);
  out.push("", `${L.issues} (${extracted.issues.length}):`);
  if (extracted.issues.length === 0) out.push(`  ${L.noIssues}`);
  for (const i of extracted.issues) out.push(`  - [${i.rule}] ${i.text[lang]}`);
  return out.join("\n") + "\n";
}
