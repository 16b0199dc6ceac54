/**
 * Planned versus achieved sub-columns: a line's header often splits one
 * indicator into `Kế hoạch | Thực hiện` (or `Phân bổ | Giải ngân`). Both name
 * the indicator equally well; the allocation sheet's value is the planned
 * one, a results sheet's the achieved one.
 */
import { wordKey } from "../text/fold";

export type LineStage = "planned" | "achieved";

const PLANNED = /^(ke hoach|kh|phan bo|so phan bo|duoc phan bo|du kien phan bo|du kien|phuong an phan bo|giao|so giao|duoc giao|von giao|chi tieu giao|du toan|muc tieu|dinh muc phan bo|planned|plan|allocated|target)( |$)/;
const ACHIEVED = /^(thuc hien|th|da thuc hien|uoc thuc hien|uoc th|ket qua|ket qua thuc hien|kq|giai ngan|da giai ngan|so giai ngan|von da giai ngan|luy ke|disbursed|achieved|actual)( |$)/;

/** The stage a header's most specific part names, or null: `Tổ truyền thông / Thực hiện` → achieved. */
export function lineStage(parts: readonly string[]): LineStage | null {
  if (parts.length < 2) return null;
  const key = wordKey(parts[parts.length - 1].replace(/\([^)]*\)/g, " "));
  if (PLANNED.test(key)) return "planned";
  if (ACHIEVED.test(key)) return "achieved";
  return null;
}

/** The stage words a one-part header may open with, then the indicator's name. */
const PLANNED_LEAD = new RegExp(`${PLANNED.source.replace("( |$)", "")} (.+)$`);
const ACHIEVED_LEAD = new RegExp(`${ACHIEVED.source.replace("( |$)", "")} (.+)$`);

/**
 * A one-part header that opens with a stage and goes on to name the
 * indicator (`Kế hoạch tổ truyền thông`, `Thực hiện tổ truyền thông`, `Lũy kế
 * kinh phí …`): the stage, its words and the rest of the header (folded), or
 * null. Whether those words are a stage or the start of a plan line's own
 * name (`Giao ban …`) is for the caller to say.
 */
export function leadingStage(header: string): { stage: LineStage; words: string; rest: string } | null {
  const key = wordKey(header.replace(/\([^)]*\)/g, " "));
  const planned = PLANNED_LEAD.exec(key);
  if (planned !== null) return { stage: "planned", words: planned[1], rest: planned[2] };
  const achieved = ACHIEVED_LEAD.exec(key);
  if (achieved !== null) return { stage: "achieved", words: achieved[1], rest: achieved[2] };
  return null;
}

/**
 * A position labelled as the plan's own figure (`Kế hoạch`, `Kế hoạch giao`,
 * `KH năm 2025`, `Chỉ tiêu giao`, `Dự toán giao`) copies the targets beside
 * the allocation: it is no area and no total of the areas; and a line's
 * sub-column so labelled beside one that is not (`Tổ truyền thông | Chỉ tiêu
 * giao | Phân bổ`) is the target given, not the figure allocated.
 */
const PLAN_COPY = /^(ke hoach|kh|ke hoach giao|kh giao|ke hoach duoc giao|chi tieu giao|chi tieu duoc giao|chi tieu ke hoach|du toan giao|du toan duoc giao|so giao|so duoc giao|muc giao)( nam \d{4}| \d{4}| giai doan [\d -]+)?$/;

/** Every `PLAN_COPY` opening begins with k, c, d, s or m (Đ folds to d): most labels are ruled out by their first letter. */
const PLAN_COPY_START = /^\s*[KkCcDdĐđSsMm]/;

export function isPlanCopyLabel(text: string): boolean {
  return PLAN_COPY_START.test(text) && PLAN_COPY.test(wordKey(text.replace(/\([^)]*\)/g, " ")));
}

/** `luy ke`, `cong don` as words of a header's word key. */
const CUMULATIVE = /(?:^| )(?:luy ke|cong don)(?: |$)/;

/**
 * A running total (`Lũy kế`, `Lũy kế đến nay`, `Thực hiện lũy kế`, `Cộng
 * dồn`): what was reached so far, never a part of the allocation's split nor
 * the figure allocated; not a rate of it (`Tỷ lệ lũy kế (%)`).
 */
export function isCumulativeLabel(text: string): boolean {
  const key = wordKey(text.replace(/\([^)]*\)/g, " "));
  return CUMULATIVE.test(key) && !key.startsWith("ty le") && !key.includes("%");
}
