/**
 * Budget parts with no total (`STT | Tiểu dự án | … | Kinh phí (đồng)` with no `Tổng cộng` row, and no `Tổng kinh
 * phí` in the text): the plan's ceiling is not stated. Nothing is worked out in its place — the parts may be all of
 * the money or only some of it — and the reader is told so, with the parts' sum, to confirm the total.
 */
import { issue } from "./issues";
import { formatDong, formatInUnit } from "./money";
import type { ExtractedIndicator, ExtractIssue } from "./types";

export function budgetWithoutTotal(lines: readonly ExtractedIndicator[]): ExtractIssue | null {
  if (lines.some((l) => l.code === "KP")) return null;
  const parts = lines.filter((l) => /^KP\.\d+$/.test(l.code));
  if (parts.length < 2) return null;
  const sum = parts.reduce((t, l) => t + l.target, 0);
  const amounts = parts.map((l) => formatInUnit(l.target, l.scale ?? 1)).join(" + ");
  const codes = `${parts[0].code}–${parts[parts.length - 1].code}`;
  return issue(
    "budget-no-total",
    `Văn bản nêu ${parts.length} khoản kinh phí (${codes}: ${amounts} = ${formatDong(sum)} đồng) nhưng không nêu tổng kinh phí; chưa rõ đó có phải toàn bộ kinh phí của kế hoạch hay không, cần xác nhận tổng kinh phí.`,
    `The document gives ${parts.length} budget parts (${codes}: ${amounts} = ${formatDong(sum)} đồng) but states no total budget; whether they are all of the plan's money is unclear, so confirm the total.`,
    { source: parts[0].source, expected: sum },
  );
}
