/**
 * `Năm 2023 đã đạt 12/14 xã …`, `Kết quả năm 2023 đạt 10/14 xã`, `toàn huyện đã thành lập 20 tổ`: what was already
 * achieved, said on a line of a target list beside what is aimed at, is a result, never a target. A ratio of places
 * aimed at (`Phấn đấu 14/14 xã đạt chuẩn`, `năm 2024 tăng lên 13/14 xã`) stays one; so does a count whose subject
 * only says what was done to it (`Tỷ lệ lao động đã qua đào tạo đạt 70%`).
 */
import { findQuantities, type Quantity } from "./quantities";

/** `phấn đấu`, `mục tiêu`, `chỉ tiêu`, `kế hoạch`, `đến năm`: the clause sets an aim after the past it tells. */
const AIM_AFTER = /(?<!\p{L})(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|đến (?:hết |cuối )?năm|tăng lên|nâng lên|lên)(?!\p{L})/iu;

/**
 * `đã đạt `, `đã thành lập được `: `đã` and at most three words right before the figure (not `đã qua`, `đã được`). Not
 * `đã thực hiện`, `đã giải ngân`, `đã chi`, `đã sử dụng`: their figure is the planned one once the done one before `/`
 * is blanked (`Đã thực hiện 12/14 xã`, spentOfPlanned), which a line no longer tells from its own.
 */
const DONE_BEFORE = /(?<!\p{L})đã\s+(?!qua(?!\p{L})|được(?!\p{L})|thực hiện(?!\p{L})|giải ngân(?!\p{L})|chi(?!\p{L})|sử dụng(?!\p{L}))(?:\p{L}+\s+){0,3}?$/iu;

/** A clause opening on a count's label: `Số hộ …`, `- Tổng số lao động …`. */
const COUNT_LABEL = /^[\s\-+•*]*(?:tổng\s+)?số\s/iu;

/** Words before a ratio that tell a result: `đã`, `hiện có`, `đến nay`, `kết quả thực hiện`, `kết quả năm 2023`. */
const RESULT_WORDS = /(?<!\p{L})(?:đã|hiện có|hiện nay|đến nay|kết quả(?=\s+(?:thực hiện|năm\s+(?:19|20)\d\d)))(?!\p{L})/giu;

/** A figure of a listed line that tells what was achieved, in its own clause (from the last `;`, `,`, `.` or `(`). */
export function achieved(text: string, q: Pick<Quantity, "start" | "unitEnd" | "kind">, planYear: number | null = null): boolean {
  if (q.kind === "money") return false;
  const from = Math.max(...[";", ",", "(", "."].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
  const lead = text.slice(from, q.start).normalize("NFC");
  // `Năm 2024 toàn huyện có 10/16 xã đạt tiêu chí; năm 2025 phấn đấu …` in a plan for 2025: so many of all the places in
  // a year before the plan's is where things stand.
  const year = /^\s*(?:trong\s+)?năm\s+((?:19|20)\d{2})(?!\d)/iu.exec(lead);
  if (year !== null && planYear !== null && Number(year[1]) < planYear && text.slice(q.start, q.unitEnd).includes("/") && !AIM_AFTER.test(lead)) return true;
  const results = [...lead.matchAll(RESULT_WORDS)];
  const last = results[results.length - 1];
  if (last === undefined || AIM_AFTER.test(lead.slice((last.index ?? 0) + last[0].length))) return false;
  // `12/14 xã`: so many of all the places, after words of a result, counts what was reached.
  if (text.slice(q.start, q.unitEnd).includes("/")) return true;
  // `Tỷ lệ phụ nữ đã sinh con đạt 95%`: a verb of its own before the figure sets it; `đã` only told who is counted.
  const done = DONE_BEFORE.exec(lead);
  if (done === null) return false;
  // `Số hộ đã thoát nghèo 120 hộ`: a label counting those it was done to (`số …`) names the figure aimed at, unless
  // its verb is one of reaching (`Số xã đã đạt 9 xã`).
  if (COUNT_LABEL.test(lead) && !/^đã\s+(?:đạt|có)(?!\p{L})/iu.test(done[0])) return false;
  return !/^đã\s+\p{L}+.*\s(?:đạt|là|chiếm)\s+$/iu.test(done[0]);
}

/**
 * The line with each clause telling what was achieved (in a year before `planYear`, the plan's one year, for a ratio
 * with no `đã`) blanked out (same length, so every position stays): from the
 * clause's start (after `;`, `,`, `(`, `.` or a label's `:`) to the next `,` or `;`, or the line's end. `Tỷ lệ hộ dùng
 * nước sạch: năm 2024 đã đạt 85%, năm 2025 phấn đấu đạt 90%` keeps its label and its aim, as if the result were not
 * said; the line itself when no clause tells one.
 */
export function withoutAchieved(text: string, planYear: number | null = null): string {
  let out = text;
  for (const q of findQuantities(text, { unknownUnits: true })) {
    if (q.kind === "money" || q.role === "rate" || !achieved(text, q, planYear)) continue;
    const from = Math.max(...[";", ",", "(", ".", ":"].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
    const ends = [",", ";"].map((c) => text.indexOf(c, q.unitEnd)).filter((i) => i >= 0);
    const to = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}
