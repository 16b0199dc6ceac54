/**
 * Rows of a table that are no place of the plan's list although they sit
 * among its areas: the district's own share beside its communes (`Cấp
 * huyện`, `Hội LHPN huyện`, `Phòng Lao động - TB&XH huyện Ba Vì`), kept by
 * a body of the level above the communes the plan lists, and a tier heading
 * over the communes (`Cấp xã`, `Các xã, thị trấn`), which names no district.
 */
import type { Plan } from "../model/plan";
import { areaPrefix, COMMUNE_PREFIXES, DISTRICT_PREFIXES, wordKey } from "../text/fold";
import { nameBeforeNote } from "../text/ownShare";

const NUMBERING = /^(?:[ivxlc]+|\d+(?: \d+)*|[a-z]) /;
const COMMUNE_WORD = "(?:xa|phuong|thi tran)";
/** `Cấp xã`, `Các xã`, `Khối xã, phường`, `Các đơn vị cấp xã`, `Xã, thị trấn`: the communes' tier, no place's name. */
const COMMUNE_TIER = new RegExp(`^(?:(?:cac|khoi|cap) )?(?:don vi )?(?:cap )?${COMMUNE_WORD}(?: ${COMMUNE_WORD})*$`);
/** `Cấp huyện`, `Khối huyện`, `Các đơn vị cấp huyện`. */
const DISTRICT_TIER = /^(?:(?:cac|khoi) )?(?:don vi )?(?:cap|khoi) (?:huyen|quan|thi xa)$/;
/** `Hội LHPN huyện`, `UBND huyện Ba Vì`, `Phòng … huyện`, `Trung tâm Y tế huyện`, `Huyện đoàn`: a body of the district. */
const DISTRICT_BODY =
  /^(?:(?:hoi|ban|uy ban|ubnd|van phong|phong|trung tam|cong an|bo chi huy|mat tran|ubmttq|lien doan|benh vien|doan)(?: [a-z0-9]+)*? (?:huyen|quan|thixa)(?: [a-z0-9]+){0,4}|huyen doan|huyen uy|quan doan|quan uy)$/;

function stripped(label: string): string {
  return wordKey(label).replace(NUMBERING, "");
}

/** A heading of the communes' tier (`Cấp xã`, `Các xã`): it names no district, misspelt or not. */
export function isCommuneTier(label: string): boolean {
  return COMMUNE_TIER.test(stripped(label));
}

/**
 * The district's own share (`Cấp huyện`, a body of the district): never a
 * commune (`Xã …`, `Phường …`), nor a body of a commune (`Hội LHPN xã Tân
 * Tỉnh`; `Xã hội` in a department's name aside).
 */
export function isDistrictShare(label: string): boolean {
  const named = nameBeforeNote(label);
  if (named !== label) return isDistrictShare(named);
  if (COMMUNE_PREFIXES.has(areaPrefix(label) ?? "")) return false;
  const key = stripped(label);
  // `Phòng Văn hóa - Thông tin`: a department of the district, `Phòng` with its diacritics (`Phong Điền` is a place).
  if (DISTRICT_TIER.test(key) || /^(?:(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.)]?\s+)?phòng\s/iu.test(label.normalize("NFC").trim())) return true;
  const joined = key.replace(/(^| )thi xa(?= |$)/g, "$1thixa");
  if (/ (?:xa|phuong|thi tran|tinh) /.test(` ${joined.replace(/(^| )xa hoi(?= |$)/g, " ")} `)) return false;
  return DISTRICT_BODY.test(joined);
}

/**
 * Whether the plan lists places below the district (communes): then a body
 * of the district is the level above them, its share counted but no place
 * the plan lacks. A list of districts, or of names that do not say, is not.
 */
export function planListsCommunes(plan: Plan): boolean {
  let communes = 0;
  for (const area of plan.areas) {
    if (area.commune !== undefined) return true;
    const prefix = areaPrefix(area.district) ?? "";
    if (DISTRICT_PREFIXES.has(prefix)) return false;
    if (COMMUNE_PREFIXES.has(prefix)) communes++;
  }
  return communes > 0;
}
