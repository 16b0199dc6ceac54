/**
 * Planned versus achieved sub-columns: a line's header often splits one
 * indicator into `Kế hoạch | Thực hiện` (or `Phân bổ | Giải ngân`). Both name
 * the indicator equally well; the allocation sheet's value is the planned
 * one, a results sheet's the achieved one.
 */
import { wordKey } from "../text/fold";

export type LineStage = "planned" | "achieved";

const PLANNED = /^(ke hoach|kh|phan bo|so phan bo|duoc phan bo|giao|so giao|duoc giao|von giao|chi tieu giao|du toan|muc tieu|dinh muc phan bo|planned|plan|allocated|target)( |$)/;
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
