/**
 * A table header cell naming the places its rows are: `Huyện`, `Xã, thị trấn`, `Tên xã, thị trấn`, `Xã/Thị trấn`,
 * `Xã, TT`, `Huyện, TP`, `Đơn vị cấp xã`, `Địa bàn`, `Thôn, bản`. One reading for every table that lists places
 * (area lists, targets by place, budgets by place), so a spelling read in one is read in all.
 */
import { foldText } from "../core/text/fold";

export type PlaceLevel = "district" | "commune" | "village" | "either";

const DISTRICT_WORDS = new Set(["huyen", "quan", "thi xa", "thanh pho"]);
const COMMUNE_WORDS = new Set(["xa", "phuong", "thi tran"]);
const VILLAGE_WORDS = new Set(["thon", "ban", "xom", "to dan pho", "khu dan cu"]);
/** `Đơn vị`, `Địa bàn`: rows that say by their prefix what they are. */
const EITHER = /^(?:don vi|dia ban|ten don vi|don vi thuc hien|dia ban thuc hien|dia phuong|don vi hanh chinh)$/;
/** `TT`, `TP`, `TX` beside a level word (`Xã, TT`, `Huyện, TP`): the abbreviations of the level words. */
const ABBREVIATIONS: Readonly<Record<string, string>> = { tt: "thi tran", tp: "thanh pho", tx: "thi xa" };

/** The header's words, folded, with its brackets dropped and `/`, `-`, `;`, `và`, `hoặc` read as commas. */
function parts(cell: string): string[] {
  const folded = foldText(cell)
    .replace(/\(.*?\)/g, " ")
    .replace(/[/;]|\s[-–]\s|\s(?:va|hoac)\s/g, ",")
    .replace(/[^a-z ,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const words = folded
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  // Alone, `TT` is the row number's column (`STT`): only beside a level word is it `thị trấn`.
  return words.length >= 2 ? words.map((p) => ABBREVIATIONS[p] ?? p) : words;
}

/** The level of places a header cell names, or null when it names none. */
export function placeHeaderLevel(cell: string): PlaceLevel | null {
  const words = parts(cell);
  if (words.length === 0 || words.length > 4) return null;
  const whole = words.join(", ");
  if (words.length === 1 && EITHER.test(whole)) return "either";
  // `Tên xã, thị trấn`, `Danh sách xã`: the first word names the list, not a level.
  const first = words[0].replace(/^(?:ten|danh sach|cac)\s+/, "");
  const cap = /^don vi cap (huyen|xa)$/.exec(first);
  if (cap && words.length === 1) return cap[1] === "huyen" ? "district" : "commune";
  const levels = [first, ...words.slice(1)];
  if (levels.every((w) => DISTRICT_WORDS.has(w))) return "district";
  if (levels.every((w) => COMMUNE_WORDS.has(w))) return "commune";
  if (levels.every((w) => VILLAGE_WORDS.has(w))) return "village";
  return null;
}
