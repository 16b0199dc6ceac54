/**
 * Shares of a target given to named places (`Thành lập mới 12 tổ, trong đó:
 * huyện A 05 tổ, huyện B 04 tổ`, or on the next line `Cụ thể: huyện A …`):
 * when they do not add up to the target, the document contradicts itself
 * (`share-total`). So do its shares by year (`năm 2026: 03 tổ; …`, or one
 * line per year under it).
 */
import { foldText } from "../core/text/fold";
import { issue, sourceOf } from "./issues";
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";
import { findQuantities, isPlaceShare, type Quantity } from "./quantities";
import { isYearShare, YEAR_LINE, yearLabelled } from "./yearShares";
import type { FoundTarget } from "./targets";
import type { ExtractIssue } from "./types";

function sharesOf(line: TextLine): { shares: Quantity[]; others: Quantity[]; byYear: boolean } {
  const marker = parseMarker(line.text);
  const offset = marker ? marker.length : 0;
  const text = line.text.slice(offset);
  const all = findQuantities(text, { unknownUnits: true }).filter((q) => q.kind !== "money" && q.role !== "rate");
  const places = all.filter((q) => isPlaceShare(text, q));
  // `Năm 2026: 03 tổ` on a line of its own is a share whatever comes before it; on the whole's line, after the whole.
  const years = all.filter((q) => !places.includes(q) && (YEAR_LINE.test(text) ? yearLabelled(text, q) : isYearShare(text, q, all)));
  const shares = places.length > 0 ? places : years;
  return { shares, others: all.filter((q) => !places.includes(q) && !years.includes(q)), byYear: places.length === 0 && years.length > 0 };
}

export function checkShares(body: readonly TextLine[], targets: readonly FoundTarget[]): ExtractIssue[] {
  const issues: ExtractIssue[] = [];
  for (const t of targets) {
    const ind = t.indicator;
    if (ind.kind !== "count" || ind.range !== undefined || t.perArea) continue;
    const line = body[t.lineIndex];
    // A table row's `Trong đó:` rows for places (`| | - Xã A | Tổ | 4 |`).
    const rows = t.tableShares ?? [];
    if (line?.cells && rows.length >= 2) {
      const sum = rows.reduce((s, r) => s + r.value, 0);
      if (sum !== ind.target) issues.push(shareIssue(ind, sum, rows.map((r) => r.raw), false, line.line));
      continue;
    }
    // `Kết nạp 160 hội viên: Quý I: 30; Quý II: 50; …`: quarters that do not come to the year's target.
    const quarters = t.quarterMismatch;
    if (quarters !== undefined) {
      issues.push(quarterIssue(ind, quarters, line?.line ?? 0));
      continue;
    }
    if (!line || line.cells) continue;
    const sameUnit = (q: Quantity) => foldText(q.unit) === foldText(ind.unit);
    const own = sharesOf(line);
    // One target of this unit on its line, so the shares can only be its own.
    if (own.others.filter(sameUnit).length !== 1) continue;
    let shares = own.shares.filter(sameUnit);
    let byYear = own.byYear;
    const next = body[t.lineIndex + 1];
    if (shares.length === 0 && next && !next.cells) {
      const following = sharesOf(next);
      if (following.others.length === 0) {
        shares = following.shares.filter(sameUnit);
        byYear = following.byYear;
      }
      // `+ Năm 2026: 03 tổ;` then one line per year.
      for (let i = t.lineIndex + 2; byYear && body[i] !== undefined && !body[i].cells; i++) {
        const more = sharesOf(body[i]);
        if (!more.byYear || more.others.length > 0) break;
        shares = [...shares, ...more.shares.filter(sameUnit)];
      }
    }
    if (shares.length < 2) continue;
    const sum = shares.reduce((s, q) => s + q.base, 0);
    if (sum === ind.target) continue;
    issues.push(shareIssue(ind, sum, shares.map((q) => q.raw), byYear, line.line));
  }
  return issues;
}

/**
 * `Đào tạo nghề cho 450 lao động, trong đó năm 2023: 150 người; năm 2024: …`: the years read as parts of a whole stated
 * before them (`yearPart`, listed right after it) that do not add up to it are told, as shares by year are; when they do,
 * nothing is.
 */
export function checkYearParts(targets: readonly FoundTarget[]): ExtractIssue[] {
  const issues: ExtractIssue[] = [];
  targets.forEach((whole, i) => {
    if (whole.yearPart === true || whole.indicator.kind !== "count" || whole.indicator.range !== undefined) return;
    const parts: FoundTarget[] = [];
    for (let k = i + 1; targets[k]?.yearPart === true; k++) parts.push(targets[k]);
    if (parts.length < 2 || parts.some((p) => p.indicator.kind !== "count")) return;
    const sum = parts.reduce((s, p) => s + p.indicator.target, 0);
    if (sum === whole.indicator.target) return;
    const raws = parts.map((p) => String(p.indicator.target));
    issues.push(shareIssue(whole.indicator, sum, raws, true, whole.indicator.line ?? 0));
  });
  return issues;
}

function shareIssue(ind: FoundTarget["indicator"], sum: number, raws: readonly string[], byYear: boolean, at: number): ExtractIssue {
  const among = byYear ? { vi: "các năm", en: "the years" } : { vi: "các địa bàn", en: "the places named" };
  return issue(
    "share-total",
    `Chỉ tiêu "${ind.name}" là ${ind.target} ${ind.unit} (dòng ${ind.line}) nhưng phần chia cho ${among.vi} cộng lại ${sum} ${ind.unit} (${raws.join(" + ")}).`,
    `Target "${ind.name}" is ${ind.target} ${ind.unit} (line ${ind.line}) but its shares for ${among.en} add up to ${sum} ${ind.unit} (${raws.join(" + ")}).`,
    { source: sourceOf(ind.line ?? at), expected: sum, actual: ind.target },
  );
}

function quarterIssue(ind: FoundTarget["indicator"], quarters: NonNullable<FoundTarget["quarterMismatch"]>, at: number): ExtractIssue {
  const how = quarters.running
    ? { vi: `số lũy kế đến quý cuối là ${quarters.reached} ${ind.unit} (${quarters.raws.join(", ")})`, en: `the running total to the last quarter is ${quarters.reached} ${ind.unit} (${quarters.raws.join(", ")})` }
    : { vi: `các quý cộng lại ${quarters.reached} ${ind.unit} (${quarters.raws.join(" + ")})`, en: `the quarters add up to ${quarters.reached} ${ind.unit} (${quarters.raws.join(" + ")})` };
  return issue(
    "share-total",
    `Chỉ tiêu "${ind.name}" cả năm là ${ind.target} ${ind.unit} (dòng ${ind.line}) nhưng ${how.vi}.`,
    `Target "${ind.name}" for the year is ${ind.target} ${ind.unit} (line ${ind.line}) but ${how.en}.`,
    { source: sourceOf(ind.line ?? at), expected: quarters.reached, actual: ind.target },
  );
}
