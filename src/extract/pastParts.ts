/**
 * `I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024`, `I. KẾT QUẢ THỰC HIỆN …`, `I. TÌNH HÌNH THỰC HIỆN …`: a part telling what was done
 * before the plan. Its figures (`65% nữ cán bộ … được tập huấn`, `thành lập 06 câu lạc bộ`) are results, never a second
 * statement of a target. `KẾT QUẢ CẦN ĐẠT`, `KẾT QUẢ ĐẦU RA`, `KẾT QUẢ DỰ KIẾN` are aims, not such a part.
 */
import { foldText } from "../core/text/fold";
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";

const PAST_PART = /(?:^|\s)(?:danh gia |so ket |tong ket )?(?:ket qua (?:thuc hien|trien khai|dat duoc|nam (?:19|20)\d\d|giai doan)|tinh hinh (?:thuc hien|trien khai)|thuc trang)(?:\s|$)|^(?:danh gia|so ket|tong ket)(?:\s|$)/;

/** Indexes of the lines under a roman-numbered part telling past results, up to the next roman-numbered part. */
export function pastResultLines(body: readonly TextLine[]): Set<number> {
  const out = new Set<number>();
  let inPast = false;
  body.forEach((line, i) => {
    const marker = line.cells ? null : parseMarker(line.text);
    if (marker?.style === "roman") {
      const words = foldText(line.text.slice(marker.length)).replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim();
      inPast = PAST_PART.test(words);
      return;
    }
    if (inPast) out.add(i);
  });
  return out;
}
