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
