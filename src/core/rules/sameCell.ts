/**
 * One cell, one finding: a number typed as text whose cell already has an
 * error of its own (a subtotal that disagrees, a quota or percent missed) is
 * told in that error's finding — the `text-number` warning joins its message
 * instead of standing beside it at the same cell. A negative or fractional
 * figure typed as text is one finding too: its `invalid-value` error, which
 * the `text-number` error of a formula total skipping it joins. A hidden
 * row's `hidden` info joins a finding at its label the same way.
 */
import type { Finding } from "../model/finding";
import { localized } from "../model/text";

const key = (finding: Finding): string | null => (finding.cell === null ? null : `${finding.sheet ?? ""}!${finding.cell}`);

export function sameCell(findings: readonly Finding[]): Finding[] {
  return hiddenJoined(textJoined(findings));
}

/**
 * A hidden row's (or column's) `hidden` info at a label that has a finding of
 * its own (an area the plan lacks, a repeat): it joins that finding's message,
 * saying why nobody saw the figures, instead of standing beside it.
 */
function hiddenJoined(findings: readonly Finding[]): Finding[] {
  const hidden = new Map<string, Finding>();
  for (const finding of findings) {
    const at = key(finding);
    if (at !== null && finding.rule === "hidden") hidden.set(at, finding);
  }
  if (hidden.size === 0) return [...findings];
  const joined = new Set<Finding>();
  const out = findings.map((finding) => {
    const at = key(finding);
    const info = at === null || finding.rule === "hidden" ? undefined : hidden.get(at);
    if (info === undefined || joined.has(info)) return finding;
    joined.add(info);
    return { ...finding, message: localized(`${finding.message.vi} ${info.message.vi}`, `${finding.message.en} ${info.message.en}`) };
  });
  return joined.size === 0 ? out : out.filter((finding) => !joined.has(finding));
}

function textJoined(findings: readonly Finding[]): Finding[] {
  const warnings = new Map<string, Finding>();
  for (const finding of findings) {
    const at = key(finding);
    if (at !== null && finding.rule === "text-number" && finding.severity === "warning") warnings.set(at, finding);
  }
  // A negative or fractional figure typed as text that a formula total skips: its `text-number` error joins the cell's `invalid-value`.
  const invalid = new Set<string>();
  for (const finding of findings) {
    const at = key(finding);
    if (at !== null && finding.rule === "invalid-value") invalid.add(at);
  }
  if (invalid.size > 0) {
    for (const finding of findings) {
      const at = key(finding);
      if (at !== null && finding.rule === "text-number" && finding.severity === "error" && invalid.has(at)) warnings.set(at, finding);
    }
  }
  if (warnings.size === 0) return [...findings];
  const joined = new Set<Finding>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const at = key(finding);
    let text = at !== null && finding.severity === "error" && finding.rule !== "text-number" ? warnings.get(at) : undefined;
    if (text !== undefined && text.severity === "error" && finding.rule !== "invalid-value") text = undefined;
    if (text === undefined || joined.has(text)) {
      out.push(finding);
      continue;
    }
    joined.add(text);
    out.push({ ...finding, message: localized(`${finding.message.vi} ${text.message.vi}`, `${finding.message.en} ${text.message.en}`) });
  }
  return joined.size === 0 ? out : out.filter((finding) => !joined.has(finding));
}
