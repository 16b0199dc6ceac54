/**
 * Communes a table lists (`| STT | Xã | Số tổ |`) when neither a district row above them nor the letterhead says
 * which district they are in (a province's plan): every area of a plan names its district (CONTRACT §1), so they are
 * not made areas, and the document is told to leave that unclear — the user adds the districts (a `Huyện` column on
 * the `Kế hoạch` sheet) for the worksheet's areas to be checked against them.
 */
import { issue, sourceOf } from "./issues";
import type { ExtractIssue } from "./types";

/** Fewer than this many named communes make no list worth telling. */
const LEAST = 2;
/** Names quoted in the message before `…`. */
const SHOWN = 5;

export function unplacedCommunes(unplaced: ReadonlyArray<{ readonly commune: string; readonly line: number }>): ExtractIssue[] {
  if (unplaced.length < LEAST) return [];
  const first = unplaced[0].line;
  const names = unplaced.slice(0, SHOWN).map((u) => u.commune).join(", ") + (unplaced.length > SHOWN ? ", …" : "");
  return [
    issue(
      "areas-without-district",
      `Bảng từ dòng ${first} liệt kê ${unplaced.length} xã (${names}) nhưng văn bản không ghi các xã này thuộc huyện nào, nên chưa đưa vào danh sách địa bàn (mỗi địa bàn cần có huyện); cần ghi huyện cho từng xã (cột Huyện ở sheet Kế hoạch) để kiểm tra địa bàn của biểu phân bổ.`,
      `The table from line ${first} lists ${unplaced.length} communes (${names}) but the text does not say which district each is in, so they are not taken as the plan's areas (every area needs its district); add each commune's district (a Huyện column on the Kế hoạch sheet) for the worksheet's areas to be checked.`,
      { source: sourceOf(first), actual: unplaced.length },
    ),
  ];
}
