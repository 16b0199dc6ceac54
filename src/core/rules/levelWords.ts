/**
 * The word of the table's top group level (`các huyện`, `các quận`, `các
 * thị xã`, `các thành phố`, or two together: `các huyện, thị xã`), read
 * from the prefixes the groups are written with; `các huyện` ("the
 * districts") when none is written.
 */
import type { LocalizedText } from "../model/text";
import { areaPrefix } from "../text/fold";
import type { RuleContext } from "./context";

const WORDS: ReadonlyMap<string, { readonly vi: string; readonly en: string }> = new Map([
  ["huyen", { vi: "huyện", en: "districts" }],
  ["h", { vi: "huyện", en: "districts" }],
  ["quan", { vi: "quận", en: "urban districts" }],
  ["q", { vi: "quận", en: "urban districts" }],
  ["thi xa", { vi: "thị xã", en: "towns" }],
  ["tx", { vi: "thị xã", en: "towns" }],
  ["thanh pho", { vi: "thành phố", en: "cities" }],
  ["tp", { vi: "thành phố", en: "cities" }],
]);

/** `các quận` / "the urban districts" for the groups at the top of the table (those under the grand total, or with no parent). */
export function groupLevelWords(context: RuleContext): LocalizedText {
  const { areas } = context.table;
  const words: { vi: string; en: string }[] = [];
  for (const entry of areas) {
    if (entry.kind !== "group" || (entry.parent !== null && entry.parent !== context.grandTotal)) continue;
    const word = WORDS.get(areaPrefix(entry.label) ?? "");
    if (word !== undefined && !words.some((w) => w.vi === word.vi)) words.push(word);
  }
  if (words.length === 0) words.push(WORDS.get("huyen")!);
  return {
    vi: `các ${words.map((w) => w.vi).join(", ")}`,
    en: `the ${words.map((w) => w.en).join(" and ")}`,
  };
}
