/**
 * A one-year plan's stages of one target on one line (`Tỷ lệ giải ngân: đến 30/6/2026 đạt 40%; đến 30/9/2026 đạt 70%;
 * đến 31/12/2026 đạt 100%`): the figures climb (or come down) towards the year's target, the last; the earlier ones are
 * the pace to it, no targets of their own. The line keeps the last, named by the line's label or by its words without the stage.
 */
import { foldText } from "../core/text/fold";
import { tidyName } from "./clauses";
import type { FoundTarget } from "./targets";

/** A point within the year: `đến 30/6/2026`, `hết quý II`, `6 tháng đầu năm`, `đến tháng 9`, `hết năm`, `cuối năm`. */
const STAGE = new RegExp(
  [
    "(?:đến|tới|hết|đến hết|trước|trong|vào|tính đến)?\\s*(?:ngày\\s+)?\\d{1,2}\\s*\\/\\s*\\d{1,2}(?:\\s*\\/\\s*(?:19|20)\\d{2})?",
    "(?:đến|tới|hết|đến hết|trong|cuối|trước)?\\s*quý\\s+(?:I{1,3}|IV|[1-4])(?![\\p{L}\\d])",
    "(?:\\d{1,2}|sáu|chín)\\s+tháng\\s+(?:đầu|cuối)\\s+năm",
    "(?:đến|tới|hết|đến hết|trước|trong|cuối)\\s+tháng\\s+\\d{1,2}",
    "(?:đến\\s+)?(?:hết|cuối)\\s+năm(?!\\s+(?:19|20)\\d{2}\\s*[-–])",
  ].join("|"),
  "iu",
);

/** Whether the words before a figure (its clause up to the figure) say a point within the year. */
function staged(clause: string): boolean {
  return STAGE.test(clause);
}

/**
 * Whether the words naming a part of a target are a point or span within the year and nothing else (`quý II`, `6 tháng
 * đầu năm`, `đến hết quý III năm 2026`): such a part is a stage of the target, not a part of it.
 */
export function isStageLabel(label: string): boolean {
  return new RegExp(`^\\s*(?:${STAGE.source})(?:\\s*(?:năm|\\/|-)\\s*(?:19|20)\\d{2})?\\s*[:,]?\\s*(?:(?:là|đạt|hoàn thành|thực hiện)\\s*)?$`, "iu").test(label);
}

/** The label a line gives before `:` (`Tỷ lệ giải ngân vốn sự nghiệp:`), when it holds no figure. */
function lineLabel(text: string): string | null {
  const m = /^\s*(?:(?:\d+(?:\.\d+)*|[a-zđ])[.)]\s*|[-+•*]\s*)?([^:;\d]*\p{L}[^:;\d]*):/u.exec(text);
  return m === null ? null : tidyName(m[1]);
}

/** The words of a stage's clause without the stage (`Đến tháng 6 năm 2026 hoàn thành khối lượng` → `Hoàn thành khối lượng`). */
function withoutStage(name: string): string {
  return tidyName(name.replace(new RegExp(`^(?:${STAGE.source})(?:\\s+năm\\s+(?:19|20)\\d{2})?\\s*[,:]?\\s*`, "iu"), ""));
}

/**
 * The targets of one line of a one-year plan with its stages folded into the last: two or more figures of one unit that
 * go one way, every one but the last said at a point within the year.
 */
export function foldStages(found: readonly FoundTarget[], text: string): FoundTarget[] {
  if (found.length < 2) return [...found];
  // `Di dời 64 hộ …: đến 30/6/2026 hoàn thành 30 hộ; …; đến 31/12/2026 hoàn thành 64 hộ`: the whole said first, then its
  // stages up to it — the whole is the target, with its own name.
  const [whole, ...rest] = found;
  if (rest.length >= 2 && !staged(whole.context) && whole.indicator.target === rest[rest.length - 1].indicator.target && foldStages(rest, "").length === 1 && foldText(whole.indicator.unit) === foldText(rest[0].indicator.unit))
    return [whole];
  const unit = foldText(found[0].indicator.unit);
  if (found.some((t) => foldText(t.indicator.unit) !== unit || t.indicator.kind === "money")) return [...found];
  // Stages climb (`đạt 40%, 70%, 100%`) or come down (`còn 9%, hết năm còn 7%`), one way.
  const steps = found.slice(1).map((t, k) => Math.sign(t.indicator.target - found[k].indicator.target));
  if (steps.includes(1) && steps.includes(-1)) return [...found];
  if (!found.slice(0, -1).every((t) => staged(t.context) || staged(t.indicator.name))) return [...found];
  const last = found[found.length - 1];
  const own = [...found].reverse().map((t) => withoutStage(t.indicator.name)).find((n) => /\p{L}{2,}/u.test(n) && !/^(?:đạt|là|hoàn thành)$/iu.test(n));
  const name = lineLabel(text) ?? own ?? last.indicator.name;
  return [{ ...last, indicator: { ...last.indicator, name } }];
}
