/**
 * `I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024`, `I. KẾT QUẢ THỰC HIỆN …`, `I. TÌNH HÌNH THỰC HIỆN …`: a part telling what was done
 * before the plan. Its figures (`65% nữ cán bộ … được tập huấn`, `thành lập 06 câu lạc bộ`) are results, never a second
 * statement of a target. `KẾT QUẢ CẦN ĐẠT`, `KẾT QUẢ ĐẦU RA`, `KẾT QUẢ DỰ KIẾN` are aims, not such a part.
 */
import { foldText } from "../core/text/fold";
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";

const PAST_PART = /(?:^|\s)(?:danh gia |so ket |tong ket )?(?:ket qua (?:thuc hien|trien khai|dat duoc|nam (?:19|20)\d\d|giai doan)|tinh hinh (?:thuc hien|trien khai)|thuc trang)(?:\s|$)|^(?:danh gia|so ket|tong ket)(?:\s|$)/;

/** A label of results: `Kết quả năm 2025`, `Kết quả thực hiện năm 2025`, `Kết quả đạt được giai đoạn 2021 - 2025`. */
const PAST_LABEL = /^(?:danh gia |so ket |tong ket )?ket qua (?:thuc hien |trien khai |dat duoc )?(?:nam (?:19|20)\d\d|giai doan (?:19|20)\d\d(?: (?:19|20)\d\d)?)$/;

/**
 * Indexes of the lines under a roman-numbered part telling past results, up to the next roman-numbered part; and of a
 * line of its own that opens on such words as its label (`1. Kết quả năm 2025: tỷ lệ lao động qua đào tạo đạt 52%; 8/12
 * xã …`), in whatever part it stands.
 */
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
    else if (!line.cells) {
      const own = line.text.slice(marker?.length ?? 0);
      const colon = own.indexOf(":");
      if (colon > 0 && /\d/.test(own.slice(colon)) && PAST_LABEL.test(foldText(own.slice(0, colon)).replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim())) out.add(i);
    }
  });
  return out;
}
