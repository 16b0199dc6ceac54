/**
 * `Mỗi xã thành lập mới 01 tổ` over `các xã A, B, C và thị trấn D`: a quota said per xã counts the xã only; a
 * thị trấn or phường the text names as such is none. `mỗi xã, thị trấn` (the sentence naming thị trấn or phường)
 * counts them all.
 */
import { areaKey, foldText } from "../core/text/fold";
import type { ExtractedArea } from "./types";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Listed communes the text calls a thị trấn or phường (`thị trấn Bát Xát`, `TT. Bát Xát`), by {@link areaKey}: one of
 * each name. Listed once and called a xã too, a name is no thị trấn; listed twice (`…, Trạm Tấu, …, thị trấn Trạm Tấu`),
 * one is the xã and one the thị trấn.
 */
export function townsOf(text: string, areas: readonly ExtractedArea[]): Set<string> {
  const folded = foldText(text);
  const towns = new Set<string>();
  for (const a of areas) {
    if (a.commune === null || towns.has(areaKey(a.commune))) continue;
    const name = escape(foldText(a.commune).trim());
    if (name === "") continue;
    const town = new RegExp(`(?:^|[^a-z0-9])(?:thi tran|tt\\.?|phuong)\\s+${name}(?![a-z0-9])`).test(folded);
    const commune = new RegExp(`(?:^|[^a-z0-9])(?<!thi )xa\\s+${name}(?![a-z0-9])`).test(folded);
    const listed = areas.filter((o) => o.commune !== null && areaKey(o.commune) === areaKey(a.commune ?? "")).length;
    if (town && (!commune || listed > 1)) towns.add(areaKey(a.commune));
  }
  return towns;
}

/**
 * The listed communes a quota per `per` counts: per xã, the xã only, unless its sentence names thị trấn or phường too
 * (`mỗi xã, thị trấn`); `towns` tells whether any was left out.
 */
export function communesCounted(per: string | undefined, sentence: string, areas: readonly ExtractedArea[], towns: ReadonlySet<string>): { count: number; townsLeftOut: number } {
  const communes = areas.filter((a) => a.commune !== null);
  const level = foldText(per ?? "xa").trim();
  if (level !== "xa" || towns.size === 0 || /(?:^|[^a-z])(?:thi tran|phuong)(?![a-z])/.test(foldText(sentence))) return { count: communes.length, townsLeftOut: 0 };
  // One thị trấn of each name: `Trạm Tấu` listed as a xã and as a thị trấn leaves one out.
  const left = new Set(communes.map((a) => areaKey(a.commune ?? "")).filter((key) => towns.has(key))).size;
  return { count: communes.length - left, townsLeftOut: left };
}
