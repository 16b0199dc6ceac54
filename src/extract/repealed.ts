/**
 * `4. Bãi bỏ chỉ tiêu tại điểm d, khoản 2, Mục I (hỗ trợ 20 hộ nghèo làm nhà ở)`, `Không thực hiện chỉ tiêu …`: what an
 * amending plan takes out of the plan it amends is no target of it, whatever figures the clause recalls.
 */

/**
 * `bãi bỏ chỉ tiêu`, `bỏ điểm d`, `không thực hiện chỉ tiêu`, `thôi thực hiện`, `đưa ra khỏi kế hoạch`: a repeal of a part
 * of the plan — not `bãi bỏ hủ tục`, `xóa bỏ định kiến`, what a plan's activities do away with.
 */
const REPEAL = /(?<!\p{L})(?:(?:(?:bãi|loại)\s+)?bỏ\s+(?:các\s+)?(?:chỉ tiêu|nội dung|điểm|khoản|mục|tiết)|không thực hiện\s+(?:các\s+)?(?:chỉ tiêu|nội dung)|thôi thực hiện|đưa ra khỏi kế hoạch)(?!\p{L})/iu;

/** The text with everything from a repeal to the end of its sentence (the next `.` before a space, or the end) blanked, same length. */
export function withoutRepealed(text: string): string {
  const m = REPEAL.exec(text);
  if (m === null) return text;
  const from = m.index;
  const stop = /\.(?:\s|$)/u.exec(text.slice(from));
  const to = stop === null ? text.length : from + stop.index;
  return text.slice(0, from) + " ".repeat(to - from) + withoutRepealed(text.slice(to));
}
