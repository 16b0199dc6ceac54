/**
 * Area lists whose names carry no `xã` before each one: `Địa bàn thực hiện:
 * 09 xã gồm Thượng Lâm, Khuôn Hà, Lăng Can, …`. The district comes from the
 * sentence (`… thuộc huyện Lâm Bình`) or else from the document's issuer or
 * title (`ỦY BAN NHÂN DÂN HUYỆN LÂM BÌNH`); the count the sentence states is
 * held against the list.
 */
import { issue, sourceOf } from "./issues";
import { parseMarker } from "./markers";
import { lineAt, type TextLine } from "./normalize";
import type { ExtractedArea, ExtractIssue } from "./types";

const NAME_WORD = "[\\p{Lu}\\d][\\p{L}\\d'’]*";
const NAME = `${NAME_WORD}(?:[ -]${NAME_WORD}){0,4}`;
/**
 * `Địa bàn (thực hiện): [tại] [gồm] 09 xã [, thị trấn] gồm|là|gồm:|: A, B, C`; `5 huyện gồm …` lists districts. The level
 * after the first may be abbreviated (`03 xã, TT:`, `xã/TT`): beside a level word `TT` is `thị trấn`.
 */
const PLAIN_LIST = /^(?:địa bàn|phạm vi|địa bàn thực hiện|địa bàn triển khai)[^:]{0,40}:\s*(?:tại\s+)?(?:(?:gồm|bao gồm)\s+)?(?:(\d{1,3})\s+(xã|phường|thị trấn|xã, thị trấn|xã, phường, thị trấn|đơn vị|huyện|quận|thị xã|quận, huyện|huyện, thị xã|quận, huyện, thị xã)(?:\s*[,/]\s*(?:thị trấn|phường|thị xã|huyện|TT|TX|TP)\.?)?\s*)?(?:thuộc\s+(?:huyện|quận|thị xã)\s+(\S[^,:]*?)\s*)?[,]?\s*(?:gồm có|bao gồm|gồm|là|:|(?<=\d\s+\p{L}[\p{L}, ]*)\()\s*:?\s*(?:các\s+(?:xã|phường|thị trấn|huyện|quận)\s*[:]?\s*)?(.+)$/iu;
/** `Địa bàn thực hiện: xã A (bản …), xã B`: the names right after the colon. */
const BARE_LIST = /^(?:địa bàn|phạm vi|địa bàn thực hiện|địa bàn triển khai)[^:]{0,40}:\s*()()()(.+)$/iu;
/** A count unit naming district-level areas (`huyện`, `quận`, `thị xã`). */
const DISTRICT_UNIT = /^(?:huyện|quận|thị xã)/iu;
const DISTRICT_IN = new RegExp(`(?:huyện|quận|thị xã|HUYỆN|QUẬN|THỊ XÃ)\\s+(${NAME})`, "u");

const OFFICE_AFTER = /\s+(?:PHÒNG|Phòng|BAN|Ban|HỘI|Hội|TRUNG TÂM|Trung tâm|ĐOÀN|Đoàn|SỞ|Sở|ỦY BAN|Ủy ban|UBND|ĐẢNG ỦY|Đảng ủy|HUYỆN ỦY|Huyện ủy|CÔNG AN|Công an|TRƯỜNG|Trường|BỆNH VIỆN|Bệnh viện|MẶT TRẬN|Mặt trận)(?:\s.*)?$/u;

function titleCase(name: string): string {
  if (name !== name.toLocaleUpperCase("vi")) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1))
    .join(" ");
}

function isName(item: string): boolean {
  return new RegExp(`^${NAME}$`, "u").test(item);
}

/** The district a document is about, from its issuer or title, or null. */
export function documentDistrict(context: readonly (string | null | undefined)[]): string | null {
  for (const text of context) {
    const m = text ? DISTRICT_IN.exec(text) : null;
    // `UBND HUYỆN THUẬN CHÂU PHÒNG VĂN HÓA VÀ THÔNG TIN`: the issuing office's name is no part of the district's.
    if (m) return titleCase(m[1].replace(OFFICE_AFTER, "").trim());
  }
  return null;
}

/** The line just above is a heading naming the areas (`II. ĐỊA BÀN THỰC HIỆN`, `2. Phạm vi`). */
function underAreaHeading(body: readonly TextLine[], index: number): boolean {
  const above = body[index - 1];
  if (above === undefined || above.cells) return false;
  const marker = parseMarker(above.text);
  if (marker === null || marker.style === "bullet") return false;
  return /^(?:địa bàn|phạm vi)(?:\s+(?:thực hiện|triển khai|áp dụng|và đối tượng|thụ hưởng|ưu tiên|trọng điểm|thí điểm))*\s*:?\s*$/iu.test(above.text.slice(marker.length).trim());
}

export interface PlainAreaList {
  readonly areas: ExtractedArea[];
  readonly lineIndexes: Set<number>;
  readonly issues: ExtractIssue[];
}

export function extractPlainAreas(body: readonly TextLine[], fallbackDistrict: string | null): PlainAreaList {
  const areas: ExtractedArea[] = [];
  const lineIndexes = new Set<number>();
  const issues: ExtractIssue[] = [];
  body.forEach((line, index) => {
    if (line.cells) return;
    const marker = parseMarker(line.text);
    const offset = marker ? marker.length : 0;
    const text = line.text.slice(offset);
    // `II. ĐỊA BÀN THỰC HIỆN` then `13 xã: A, B, …` or `Gồm 03 xã: …`: the heading is the list's label.
    const labelled = underAreaHeading(body, index) ? `Địa bàn: ${text.replace(/^(?:gồm|bao gồm|thực hiện|triển khai)(?:\s+(?:tại|ở))?\s+/iu, "")}` : null;
    // `Triển khai tại xã A, xã B và thị trấn C.` under the heading: names each with its prefix.
    const prefixed = labelled !== null ? BARE_LIST.exec(labelled) : null;
    const eachPrefixed = prefixed !== null && prefixed[4].split(/\s*[,;]\s*|\s+và\s+/u).every((item) => /^(?:xã|phường|thị trấn)\s+\p{Lu}/u.test(item.trim()));
    const m = PLAIN_LIST.exec(text) ?? BARE_LIST.exec(text) ?? (labelled !== null ? PLAIN_LIST.exec(labelled) : null) ?? (eachPrefixed ? prefixed : null);
    if (!m) return;
    // `xã Pa Tần (bản Pa Tần, bản Huổi Hoi), xã Nậm Pì (bản Nậm Pì)`: the villages in brackets go before the split.
    const items = m[4]
      .replace(/\([^()]*\)/g, "")
      .replace(/[.…]+\s*$/u, "")
      // `05 xã (A, B, C).`: the list in brackets after its count.
      .replace(/\)\s*[.…]*\s*$/u, "")
      .split(/\s*[,;]\s*|\s+và\s+/u)
      .map((s) => s.replace(/^(?:xã|phường|thị trấn)\s+/iu, "").trim())
      .filter((s) => s.length > 0);
    // Names only: a sentence (`… gồm các hoạt động …`) is no list of places.
    if (items.length < 2 || !items.every(isName)) return;
    const at = lineAt(line, offset);
    if (m[2] !== undefined && DISTRICT_UNIT.test(m[2])) {
      // `5 huyện gồm Ba Vì, Thạch Thất …`: the names are districts of their own.
      for (const d of items) areas.push({ district: d, commune: null, source: sourceOf(at) });
    } else {
      const district = m[3] ? titleCase(m[3].trim()) : fallbackDistrict ?? "";
      for (const c of items) areas.push({ district, commune: c, source: sourceOf(at) });
    }
    lineIndexes.add(index);
    const stated = m[1] ? Number(m[1]) : null;
    if (stated !== null && stated !== items.length) {
      issues.push(
        issue(
          "area-count",
          `Địa bàn được ghi là ${stated} ${m[2]} (dòng ${at}) nhưng danh sách kèm theo có ${items.length} tên.`,
          `The areas are said to be ${stated} (line ${at}) but the list names ${items.length}.`,
          { source: sourceOf(at), expected: items.length, actual: stated },
        ),
      );
    }
  });
  return { areas, lineIndexes, issues };
}
