/**
 * Rows among the areas that are no place: the province's own share, kept by
 * a provincial body or tier (`Cấp tỉnh`, `Hội LHPN tỉnh`, `Văn phòng Hội`,
 * `Sở Y tế`), the reserve kept back (`Dự phòng`), and an adjustment
 * (`Điều chỉnh giảm`). Their money counts in
 * the totals, but they are no commune: never a member of a district, never
 * an area the plan's list lacks, no per-area quota or rate for them.
 */
import { wordKey } from "./fold";

const NUMBERING = /^(?:[ivxlc]+|\d+(?: \d+)*|[a-z]) /;

/**
 * A level's share named with a note in brackets (`Cấp tỉnh (Hội LHPN tỉnh)`,
 * `Cấp huyện [Phòng LĐTBXH]`): the note says who carries it, the name before
 * it decides. The label itself when it has no note, or is nothing but one.
 */
export function nameBeforeNote(label: string): string {
  const named = label.replace(/\s*[([][^)\]]*[)\]]/g, " ").trim();
  return named === "" || named === label.trim() ? label : named;
}

/**
 * The province's own share, kept by a provincial body or tier: `Cấp tỉnh`,
 * `Hội LHPN tỉnh`, `Ban Dân tộc tỉnh`, `UBND thành phố` (a body of the
 * province named by its level word, no name after it, `Tỉnh đoàn`), the
 * union's own office (`Văn phòng Hội`, `Cơ quan Hội`), or a department
 * (`Sở …`).
 */
export function isProvinceShare(label: string): boolean {
  const named = nameBeforeNote(label);
  if (named !== label) return isProvinceShare(named);
  const key = wordKey(label).replace(NUMBERING, "");
  if (/^(?:cap tinh|cap thanh pho|tinh doan|tinh uy|thanh doan|thanh uy)$/.test(key) || isDepartment(label)) return true;
  // The union's own office, named by no place: `Văn phòng Hội`, `Cơ quan Hội LHPN`, `Văn phòng Hội Liên hiệp Phụ nữ`.
  if (/^(?:van phong|co quan)(?: trung uong| tinh)? hoi(?: lhpn| lien hiep phu nu)?$/.test(key)) return true;
  // A body of a district or commune (`Hội LHPN xã Tân Tỉnh`) is no share of the province (`xã hội`, social, and `cơ quan`, a body, aside).
  if (/ (?:huyen|quan|thi xa|xa|phuong|thi tran) /.test(` ${key.replace(/(^| )xa hoi(?= |$)/g, " ").replace(/^co quan /, "")} `)) return false;
  return /^(?:hoi|ban|uy ban|ubnd|van phong|co quan|trung tam|cong an|tinh doan|tinh uy|bo chi huy|mat tran|ubmttq|lien doan)(?: [a-z0-9]+)* (?:tinh|thanh pho|tp)$/.test(key);
}

/** `Sở Y tế`, `2. Sở Lao động - …`: a department of the province, `Sở` with its diacritics (`Số liệu …`, `Số hộ …` fold the same). */
function isDepartment(label: string): boolean {
  return /^(?:(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.)]?\s+)?sở\s/iu.test(label.normalize("NFC").trim());
}

/** `Dự phòng`, `Kinh phí dự phòng`, `Dự phòng chung`, `Nguồn dự phòng`: a reserve, numbered or not. */
export function isReserveLabel(label: string): boolean {
  return /^(?:(?:[ivxlc]+|\d+(?: \d+)*|[a-z]) )?(?:kinh phi |nguon |von )?du phong(?: chung| chua phan bo)?$/.test(wordKey(label));
}

/**
 * `Điều chỉnh giảm`, `Điều chỉnh tăng`, `Giảm`, `Tăng`, `Giảm trừ`, numbered
 * or not: an adjustment written as a row among the areas, money of the table
 * (often only negative figures) that is no place.
 */
export function isAdjustmentLabel(label: string): boolean {
  return /^(?:(?:[ivxlc]+|\d+(?: \d+)*|[a-z]) )?(?:dieu chinh )?(?:giam|tang)(?: tru)?$/.test(wordKey(label));
}

/**
 * `Tăng`, `Giảm` alone (numbered or not): an adjustment row, or a commune of
 * that name written without its prefix — an area where the plan's list names it.
 */
export function isBareAdjustmentWord(label: string): boolean {
  return /^(?:(?:[ivxlc]+|\d+(?: \d+)*|[a-z]) )?(?:giam|tang)$/.test(wordKey(label));
}

/** The province's own share, the reserve or an adjustment: money of the table, no place. */
export function isOwnShare(label: string): boolean {
  return isReserveLabel(label) || isProvinceShare(label) || isAdjustmentLabel(label);
}

/**
 * A cheap first look at an area's folded key (`areaKey`) before `isOwnShare`
 * reads its label: false only where the label cannot be such a row.
 */
export function mayBeOwnShare(key: string): boolean {
  return /du phong|tinh|thanh pho|\btp$|hoi|\bso\b|doan$|uy$|giam|tang/.test(key);
}
