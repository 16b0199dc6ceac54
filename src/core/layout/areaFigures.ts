/**
 * Columns (rows) that describe the areas rather than allocate a plan line:
 * `Số thôn`, `Số hộ`, `Số hộ nghèo`, `Dân số`, `Diện tích (ha)`, `Số hội
 * viên` — figures typed beside the allocation to explain it — and the rate
 * it is worked out with (`Định mức (triệu đồng/tổ)`, `Đơn giá`, `Mức hỗ
 * trợ/xã`). Matching no plan line, they are left out of the check and said
 * so in the reading, not reported as columns the plan lacks.
 */
import { wordKey } from "../text/fold";

const COUNTED = "(thon|ban|lang|ap|to dan pho|tdp|khu pho|thon ban|thon to|thon to dan pho|thon ban to dan pho|thon ban tdp|thon tdp|xa|phuong|xa phuong|xa thi tran|xa phuong thi tran|don vi|ho|ho dan|ho gia dinh|ho ngheo|ho can ngheo|ho dan toc thieu so|ho dtts|khau|nhan khau|dan|nguoi|phu nu|hoi vien|hoi vien phu nu|chi hoi|to hoi|can bo|nguoi dan toc thieu so|dan toc thieu so)";
const AREA_FIGURE = new RegExp(
  `^(?:tong )?(?:so ${COUNTED}|dan so|nhan khau|dien tich|dien tich tu nhien|ho ngheo|ho can ngheo|ty le ho ngheo|ty le ho can ngheo|ty le ho ngheo da chieu|mat do dan so)(?: nam \\d{4}| \\d{4})?$`,
);

/** The parts under a figure of the area that only split it: `Tổng số`, `Nam | Nữ`, `Trong đó …`. */
const SPLIT_WORD = /^(?:tong so|tong|cong|tong cong|so luong|sl|nam|nu|trong do(?: .*)?)$/;

function partKey(part: string): string {
  return wordKey(part.replace(/\([^)]*\)/g, " "));
}

/**
 * A header naming a figure of the area: its last part (its unit in
 * parentheses aside) one (`Số hộ nghèo (hộ)`, `Dân số năm 2023`), or its
 * first part one split by the parts under it (`Số hộ / Tổng số`, `Dân số / Nữ`).
 */
export function isAreaFigureHeader(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1];
  if (last === undefined) return false;
  const key = partKey(last);
  if (key.length > 0 && AREA_FIGURE.test(key)) return true;
  return parts.length >= 2 && SPLIT_WORD.test(key) && AREA_FIGURE.test(partKey(parts[0]));
}

const RATE = /^(?:dinh muc|don gia|muc ho tro|muc chi|muc phan bo|muc kinh phi|muc khoan)(?: |$)/;
/** A unit per something in brackets or after a comma: `(triệu đồng/tổ)`, `(đồng/người/ngày)`. */
const PER_UNIT = /\(\s*[^()]*\p{L}\s*\/\s*\p{L}[^()]*\)/u;

/** A header's last part names a rate (`Định mức (triệu đồng/tổ)`, `Đơn giá`, `Mức hỗ trợ (triệu đồng/xã)`), not an amount. */
export function isRateHeader(parts: readonly string[]): boolean {
  const last = parts[parts.length - 1];
  if (last === undefined) return false;
  const key = wordKey(last.replace(/\([^)]*\)/g, " "));
  return RATE.test(key) || (PER_UNIT.test(last) && /^(?:muc|dinh|don gia)/.test(key));
}
