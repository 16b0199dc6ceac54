/**
 * Whether the areas a plan lists are a chosen few of those it covers — the
 * list's heading or its own line calls them priority, pilot or key areas
 * (`Địa bàn ưu tiên`, `thí điểm`, `trọng điểm`, `xã điểm`) — so that a quota
 * per area (`mỗi huyện 01 mô hình`) cannot be totalled over them.
 */
import { foldText } from "../core/text/fold";
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";
import type { ExtractedArea } from "./types";

const CHOSEN = /\b(uu tien|trong diem|thi diem|lam diem|chon diem|(xa|huyen|thon|ban|dia ban) diem)\b/;

/** How many lines above a list its heading may sit. */
const LOOK_BACK = 3;

/** The listed areas' first line's index in `body`, its heading's and the lines between; true when any calls the areas chosen ones. */
export function isChosenAreaList(body: readonly TextLine[], lineIndexes: ReadonlySet<number>, areas: readonly ExtractedArea[] = []): boolean {
  if (lineIndexes.size === 0) return namedAsChosen(body, areas);
  const first = Math.min(...lineIndexes);
  for (let i = first; i >= Math.max(0, first - LOOK_BACK); i--) {
    const line = body[i];
    // Only the words before the list itself (`Địa bàn ưu tiên: xã A, xã B`), not the names it lists.
    const words = line.cells ? (i < first ? line.cells.join(" ") : "") : line.text.split(":")[0];
    if (CHOSEN.test(foldText(words))) return true;
    if (i < first && parseMarker(line.text) !== null) break;
  }
  return false;
}

/**
 * Areas named in passing (`…; ưu tiên các xã: Cô Ba, Thượng Hà`): chosen when the words of their
 * sentence before the first name call them so.
 */
function namedAsChosen(body: readonly TextLine[], areas: readonly ExtractedArea[]): boolean {
  const first = areas[0];
  const at = first?.source ? Number(/\d+/.exec(first.source)?.[0]) : NaN;
  if (!Number.isFinite(at)) return false;
  const line = body.find((l) => !l.cells && (l.line === at || l.breaks.some((b) => b.line === at)));
  if (line === undefined) return false;
  const name = first.commune ?? first.district;
  const upTo = line.text.indexOf(name);
  const lead = upTo >= 0 ? line.text.slice(0, upTo) : line.text;
  const sentence = lead.slice(Math.max(lead.lastIndexOf(";"), lead.lastIndexOf(".")) + 1);
  return CHOSEN.test(foldText(sentence));
}
