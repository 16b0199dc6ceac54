/**
 * `Tổng cộng`, `Cộng`, `Toàn huyện`: a label of a table's total row. Told by its marks where the words are short:
 * `Tông Qua Lìn`, `Tông Lệnh` (communes) are no `Tổng`, and `Cộng Hòa` (a commune) is no `Cộng` either; a text typed
 * without marks still gives `Tong cong`, `Tong so`, or `Tong` / `Cong` alone.
 */
import { foldText } from "../core/text/fold";

const MARKED = /^(?:tổng(?:\s+(?:cộng|số))?|cộng(?!\s+hòa)(?:\s+chung)?|toàn\s+(?:huyện|tỉnh|xã|thành phố|thị xã)|cả\s+xã)(?![\p{L}\p{N}])/u;
const FOLDED = /^(?:tong cong|tong so|cong chung|toan (?:huyen|tinh|xa|thanh pho|thi xa)|ca xa)\b|^(?:tong|cong)$/;

/** Whether `label` (as written, any case, NFC or NFD) opens a total row's label. */
export function isTotalLabel(label: string): boolean {
  const text = label.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  return MARKED.test(text) || FOLDED.test(foldText(text).replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim());
}
