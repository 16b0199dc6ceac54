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

/**
 * `năm 2024`, a year said bare (not `đến năm`, `so với năm`, `từ năm`): `tính đến năm` and `trong năm` are bare too. A
 * date or a month says its year as well (`ngày 31/12/2025`, `31/12/2025`, `tháng 12/2025`), only after `đến`, `tính đến`.
 */
const YEAR = /(?<![\p{L}\d/])(?:năm\s+|(?:ngày\s+)?\d{1,2}\/\d{1,2}\/|tháng\s+\d{1,2}\/)((?:19|20)\d{2})(?!\d)/giu;
const NOT_BARE = /(?<!\p{L})(?:(?<!tính\s+)đến|tới|hết|cuối|đầu|với|từ|sau|trước|giai đoạn)\s+$/iu;
/** `đến hết năm`, `tính đến cuối năm`, `cuối năm`, `đến năm`: a year said as the time by which something stands. */
const BY_YEAR = /(?<!\p{L})(?:(?:tính\s+)?(?:đến|tới)(?:\s+(?:hết|cuối))?|hết|cuối)\s+$/iu;
/**
 * `có`, `đạt`, `hiện có`, `đã …`: right after a year by which something stands (`Đến hết năm 2025 có 8 CLB`, `Tính
 * đến cuối năm 2025 toàn huyện có 6 tổ`), a verb of what stands then, not of what is to be done (`Đến năm 2025 thành
 * lập 10 tổ hợp tác` stays an aim).
 */
const STATE_VERB = /(?<!\p{L})(?:đã|có|đạt|là)(?!\p{L})/iu;
/** `phấn đấu`, `mục tiêu`: an aim said before the year (`Phấn đấu đến hết năm 2025 có 8 CLB`). */
const AIM_BEFORE = /(?<!\p{L})(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch)(?!\p{L})/iu;

/**
 * `có`, `thành lập`, `tổ chức`, …: a verb telling what exists or was done, which makes a plain count said for an earlier
 * year a result (`Năm 2025 thành lập 10 tổ hợp tác`, `năm 2025 toàn huyện có 8 câu lạc bộ`). Not `tăng`, `giảm`,
 * `phấn đấu`: a change or an aim.
 */
const DONE_VERB = /(?<!\p{L})(?:có|đạt|thành lập|xây dựng|tổ chức|hỗ trợ|đào tạo|tập huấn|giải quyết|duy trì|hoàn thành|ra mắt|kết nạp|vận động|cấp)(?!\p{L})/iu;

/**
 * `Năm 2024 toàn huyện có 10/16 xã đạt tiêu chí` in a plan for 2025, `Tỷ lệ hộ nghèo năm 2025 là 12%`, `Năm 2025, tỷ lệ
 * hộ nghèo 12%` in one for 2026 - 2030: a share (so many of all the places, a percentage) said for a year before the
 * first the plan covers (`firstYear`) is where things stand; so is a plain count said for such a year with a verb of
 * what exists or was done between the year and it ({@link DONE_VERB}: `Năm 2025 thành lập 10 tổ hợp tác`), and any
 * figure said to stand by such a year, a date or a month ({@link BY_YEAR}, {@link STATE_VERB}: `Đến hết năm 2025 có 8
 * CLB`, `Tính đến ngày 31/12/2025, toàn huyện có 8 CLB`). The year is
 * the last said bare or as a year by which before the figure in its sentence part (from the last `;`, `.` or `(`, and
 * after any figure before it), with no words of an aim between. Where that year is said (with its `đến hết`), or null
 * when the figure is none such. `Đến năm 2025 thành lập 10 tổ`, `Phấn đấu đến hết năm 2025 có 8 CLB`, `giảm 2% so với
 * năm 2024`: no year of the figure's own.
 */
function pastShareYear(text: string, q: Pick<Quantity, "start" | "unitEnd" | "kind">, firstYear: number | null): { start: number; end: number } | null {
  if (firstYear === null) return null;
  const share = q.kind === "percent" || text.slice(q.start, q.unitEnd).includes("/");
  let from = Math.max(...[";", "(", "."].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
  for (const o of findQuantities(text, { unknownUnits: true })) if (o.unitEnd <= q.start && o.unitEnd > from) from = o.unitEnd;
  const part = text.slice(from, q.start);
  const bare = (m: RegExpMatchArray) => !NOT_BARE.test(part.slice(0, m.index));
  // A date said bare is a document's (`Kế hoạch số 253/KH-UBND ngày 11/11/2021`): only one by which something stands counts.
  const dated = (m: RegExpMatchArray) => !/^năm/iu.test(m[0]);
  const years = [...part.matchAll(YEAR)].filter((m) => (bare(m) && !dated(m)) || BY_YEAR.test(part.slice(0, m.index)));
  const last = years[years.length - 1];
  if (last === undefined || Number(last[1]) >= firstYear) return null;
  const at = last.index ?? 0;
  const after = part.slice(at + last[0].length);
  if (AIM_AFTER.test(after)) return null;
  const before = part.slice(0, at);
  if (!bare(last)) {
    // A year by which something stands: only what stands then (`có`, `đạt`), with no aim said before it.
    if (!STATE_VERB.test(after) || AIM_BEFORE.test(before)) return null;
  } else if (!share && !DONE_VERB.test(after)) return null;
  // The words that say the year (`đến hết`, `tính đến`) go with it.
  const start = BY_YEAR.exec(before)?.index ?? at;
  return { start: from + start, end: from + at + last[0].length };
}

/** The verb and bound words right before a figure: `đã đạt `, `là `, `còn khoảng `. */
const VERB_BEFORE = /(?<!\p{L})(?:(?:đã\s+)?(?:đạt|là|có|chiếm|còn|ở mức)\s+)?(?:(?:khoảng|trên|dưới|gần)\s+)?$/iu;
/** Where a measure's name opens: `tỷ lệ …`, `số …`. */
const MEASURE = /(?<!\p{L})(?:tỷ lệ|tổng số|số)(?!\p{L})/iu;

/** A figure of a listed line that tells what was achieved, in its own clause (from the last `;`, `,`, `.` or `(`). */
export function achieved(text: string, q: Pick<Quantity, "start" | "unitEnd" | "kind">, planYear: number | null = null): boolean {
  if (q.kind === "money") return false;
  const from = Math.max(...[";", ",", "(", "."].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
  const lead = text.slice(from, q.start).normalize("NFC");
  if (pastShareYear(text, q, planYear) !== null) return true;
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

/** `đến năm 2030 đạt`, `năm 2030 phấn đấu đạt trên`: words of a time and a verb only, before an aim's figure. */
const BARE_AIM = /^[\s,]*(?:(?:(?:tính\s+)?(?:đến|tới|vào)(?:\s+(?:hết|cuối))?\s+)?năm\s+(?:19|20)\d{2}(?!\d))?[\s,]*(?:phấn đấu\s+)?(?:(?:đạt|là|lên|tăng lên|nâng lên)\s+)?(?:(?:khoảng|trên|ít nhất|tối thiểu)\s+)?$/iu;

/**
 * The clause from `at` holds an aim naming what it counts on its own: a measure before its figure (`; đến năm 2030 tỷ lệ
 * hộ dùng nước sạch đạt 98%`) or, for a percent, the counted words after it (`, phấn đấu 100% xã có CLB`). Such an aim
 * needs no measure from a past share before it.
 */
function namesOwn(text: string, at: number): boolean {
  const next = findQuantities(text, { unknownUnits: true }).find((o) => o.start >= at);
  if (next === undefined || next.kind !== "percent") return false;
  const lead = text.slice(at, next.start);
  if (/[;.(]/u.test(lead)) return false;
  if (MEASURE.test(lead)) return true;
  return /^\s*(?!(?:trở|so|mỗi|hằng|hàng|trong|vào|theo|trên|dưới|năm)(?!\p{L}))\p{L}/u.test(text.slice(next.unitEnd));
}

/** The clause from `at` holds one percent aim naming nothing (`; đến năm 2030 đạt 98%.`), to be named by the clause before. */
function namesNext(text: string, at: number): boolean {
  const next = findQuantities(text, { unknownUnits: true }).find((o) => o.start >= at);
  if (next === undefined || next.kind !== "percent" || !BARE_AIM.test(text.slice(at, next.start))) return false;
  return !/^[^,;.(]*\p{L}/u.test(text.slice(next.unitEnd));
}

/**
 * The line with each clause telling what was achieved (also with no `đã`: a share, or a count with a verb of what was
 * done, in a year before `planYear`, the first the plan covers) blanked out (same length, so every position stays): from
 * the clause's start (after `;`, `,`, `(`, `.` or a label's `:`) to the next `,` or `;`, or the line's end. `Tỷ lệ hộ dùng
 * nước sạch: năm 2024 đã đạt 85%, năm 2025 phấn đấu đạt 90%` keeps its label and its aim, as if the result were not
 * said; the line itself when no clause tells one. A share known past by its year keeps the measure's name said in
 * its clause (`Năm 2024 tỷ lệ trẻ em đến trường đạt 90%; đến năm 2030 đạt 98%`, `Tỷ lệ hộ nghèo năm 2025 là 12%, …`):
 * only the year, and the figure with its verb to the clause's end, go.
 */
export function withoutAchieved(text: string, planYear: number | null = null): string {
  let out = text;
  const blank = (from: number, to: number) => (out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to));
  for (const q of findQuantities(text, { unknownUnits: true })) {
    if (q.kind === "money" || q.role === "rate") continue;
    const ends = [",", ";"].map((c) => text.indexOf(c, q.unitEnd)).filter((i) => i >= 0);
    const to = ends.length > 0 ? Math.min(...ends) + 1 : text.length;
    const from = Math.max(...[";", ",", "(", ".", ":"].map((c) => text.lastIndexOf(c, q.start - 1))) + 1;
    const year = pastShareYear(text, q, planYear);
    if (year === null && !achieved(text, q, planYear)) continue;
    const verb = year === null ? null : VERB_BEFORE.exec(text.slice(from, q.start));
    const measure = verb === null ? null : MEASURE.exec(text.slice(from, from + (verb.index ?? 0)));
    if (year !== null && verb !== null && measure === null && q.kind === "percent" && /\p{L}/u.test(text.slice(q.unitEnd, to)) && namesNext(text, to)) {
      // `Năm 2025 toàn huyện có 95% hộ dùng nước hợp vệ sinh; đến năm 2030 đạt 98%`: no measure said before the share,
      // the words after it name what is counted (`hộ dùng nước hợp vệ sinh`) and stay, as a measure's name does, for
      // the aim after it that names nothing of its own.
      blank(Math.min(from, year.start), q.unitEnd);
      if (/[,;]/u.test(text.charAt(to - 1))) blank(to - 1, to);
      continue;
    }
    if (year === null || verb === null || measure === null || namesOwn(text, to)) {
      // `Tính đến ngày 31/12/2025, toàn huyện có 8 CLB`: the year set off by a comma goes with its clause. So does a
      // past share's measure when the aim after it names its own (`Năm 2025 tỷ lệ hộ dùng nước hợp vệ sinh đạt 95%;
      // đến năm 2030 tỷ lệ hộ dùng nước sạch đạt 98%`), rather than run into the aim's name.
      blank(year === null ? from : Math.min(from, year.start), to);
      continue;
    }
    blank(from, from + (measure.index ?? 0));
    blank(year.start, year.end);
    blank(from + (verb.index ?? 0), to);
  }
  return out;
}
