/**
 * The area axis: grand totals (`Tổng cộng`, `Toàn tỉnh` …, top or bottom),
 * groups (Roman-numeral STT, `Huyện`/`Thành phố`/`Thị xã`/`Quận` names, or a
 * plan district), leaves (communes). A group whose value cells are all blank
 * is a heading; a group without children is a leaf; with no group rows the
 * leaves attach to the total. A district named only in a district column
 * (merged down over its communes, no row of its own) is a heading sharing the
 * row of its first commune: it parents them but carries no values.
 */
import type { Plan } from "../model/plan";
import type { AreaEvidence, ReadingRole } from "../model/reading";
import type { AreaEntry, AreaKind } from "../model/table";
import type { CellValue } from "../model/workbook";
import { areaKey, wordKey } from "../text/fold";
import { isBareSubtotalWord, namedAfterSubtotalWord, namedAfterWholeWord, subtotalLabel, type Draft as TreeDraft } from "./areaTree";
import { isBlank } from "./cells";
import { numberOf, same } from "./areaScore";
import type { Frame } from "./frame";
import { cellText } from "./grid";
import { areaLevel, isPeriodLabel, isRomanNumeral, isVillage, letterAfterOneOf, markLetter, labelFacts, stripNumbering, type LabelFacts } from "./labels";
import { linkDrafts } from "./draftLinks";

/** An area of the two-column reading as it is built: `areaTree`'s draft, its evidence given only where a correction decided it. */
type Draft = Omit<TreeDraft, "evidence"> & { evidence?: AreaEvidence };

/** Text of a label cell, or "" when the cell continues a merge started above (a carried-down district). */
export function ownText(frame: Frame, row: number, col: number): string {
  const merge = frame.grid.mergeAt(row, col);
  if (!merge) return cellText(frame.grid.value(row, col));
  return merge.top === row ? cellText(frame.grid.value(merge.top, merge.left)) : "";
}

export function romanStt(frame: Frame, row: number): boolean {
  if (frame.sttCol === null) return false;
  const value = frame.grid.value(row, frame.sttCol);
  if (typeof value !== "string" || !isRomanNumeral(value)) return false;
  // One letter (`C`, `I`) in a column holding the letter before it (`B`, `H`): a letter of a lettered series.
  const letters = new Uint32Array(2);
  for (const r of frame.areaPositions) {
    const other = frame.grid.value(r, frame.sttCol);
    if (typeof other === "string") markLetter(letters, other);
  }
  return !letterAfterOneOf(letters, value.trim().replace(/[.)/]$/, ""));
}

/** `Cộng`, `Tổng`: a subtotal of the group above rather than a grand total. */
function isSubtotalWord(label: string): boolean {
  const key = wordKey(stripNumbering(label));
  return isBareSubtotalWord(key) || subtotalLabel(key) !== null;
}

/** Drafts without the removed ones, parent and children renumbered. */
function compact(drafts: readonly Draft[], removed: ReadonlySet<number>): Draft[] {
  const map = new Map<number, number>();
  drafts.forEach((_d, i) => {
    if (!removed.has(i)) map.set(i, map.size);
  });
  return drafts
    .filter((_d, i) => !removed.has(i))
    .map((d) => ({
      ...d,
      parent: d.parent === null ? null : (map.get(d.parent) ?? null),
      children: d.children.filter((c) => !removed.has(c)).map((c) => map.get(c)!),
    }));
}

export function wholeNumberStt(value: CellValue): boolean {
  return (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && /^\s*\d+[./]?\s*$/.test(value));
}

/** `1.1`, `-`, `+`, `a)`: the STT of an item under a numbered group. */
export function subItemStt(value: CellValue): boolean {
  if (typeof value === "number") return !Number.isInteger(value);
  if (typeof value !== "string") return false;
  return /^\s*(\d+[.,]\d+[.\d]*|[-+*•–]|[a-zđ][.)/]?)\s*$/.test(value);
}

/** `cellText(value) === ""`, without tidying the text (`trim` removes the same white space as `\s`). */
export function showsNoText(value: CellValue): boolean {
  if (value === null) return true;
  return typeof value === "string" ? value.trim() === "" : cellText(value) === "";
}

/**
 * A row numbered `1`, `2` … whose next labelled row is numbered as its item
 * (`1.1`, `-`, `a`): a group, even without a district prefix.
 */
export function numberedGroup(frame: Frame, positions: readonly number[], k: number, labelCol: number): boolean {
  if (frame.sttCol === null || !wholeNumberStt(frame.grid.value(positions[k], frame.sttCol))) return false;
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    const row = positions[next];
    if (showsNoText(frame.grid.value(row, labelCol))) continue;
    return subItemStt(frame.grid.value(row, frame.sttCol));
  }
  return false;
}

/**
 * The district and commune labels of a row of a two-label-column axis ("" where none; a label merged over both is the district's).
 * A commune cell that repeats the district (`Huyện Ba Vì` over its columns, `Huyện Ba Vì` again over the first: its subtotal), written
 * the same or with a district's prefix, is the district's own row, not a commune of it (`Xã Ba Vì` under `Huyện Ba Vì` stays a commune).
 */
export function twoColumnLabels(frame: Frame, row: number): { district: string; commune: string } {
  const [districtCol, communeCol] = frame.areaCols;
  const districtMerge = frame.grid.mergeAt(row, districtCol);
  const sameMerge = districtMerge !== undefined && districtMerge.right >= communeCol;
  const district = ownText(frame, row, districtCol);
  const commune = sameMerge ? "" : ownText(frame, row, communeCol);
  if (district === "" || commune === "") return { district, commune };
  const ofDistrict = labelFacts(district);
  const ofCommune = labelFacts(commune);
  const repeats = ofCommune.key === ofDistrict.key && (ofCommune.folded === ofDistrict.folded || ofCommune.level === "district");
  return { district, commune: repeats ? "" : commune };
}

/**
 * The user's corrections of a two-label-column axis (frame position → role or
 * `ignore`): `values` for the area whose values sit on the row (the commune,
 * or a district or total with a row of its own), `heads` for a district
 * written beside its first commune (a heading sharing that row).
 */
export interface TwoColumnOverrides {
  readonly values: ReadonlyMap<number, ReadingRole | "ignore">;
  readonly heads: ReadonlyMap<number, ReadingRole | "ignore">;
  /** Filled with the positions and labels left out. */
  readonly ignored?: Map<number, string>;
}

/** The area axis of a frame with two label columns (district, commune). */
export function buildTwoColumnAreas(
  frame: Frame,
  _plan: Plan,
  valueCols: readonly number[],
  overrides?: TwoColumnOverrides,
  /** Filled with the positions that hold figures but no label in either column. */
  unnamed?: number[],
): AreaEntry[] {
  const { grid } = frame;
  const allBlank = (row: number) => valueCols.every((col) => isBlank(grid.value(row, col)));

  const drafts: Draft[] = [];
  const pending: { total: number; group: number }[] = [];
  let group: number | null = null;
  let grand: number | null = null;
  let districtLabel: string | undefined;
  /** Leaves read since the last total or group that have no district. */
  let open: number[] = [];
  const forcedHeadings = new Set<number>();
  /** A period (`Năm 2024`) in the commune column under the open district, and that district: the communes after it are its. */
  let period: number | null = null;
  let periodOf: number | null = null;
  /** A period in a column before the districts': the tier the districts read since are under. */
  let tier: number | null = null;
  /** A district written beside its first commune: a heading on that row (null when its label is a total). */
  const openHeading = (district: string, row: number, districtCol: number, corrected: boolean): number | null => {
    districtLabel = district;
    const districtFacts = labelFacts(district);
    if (districtFacts.total) return null;
    open = [];
    drafts.push({
      label: district,
      key: districtFacts.key,
      kind: "heading",
      index: row,
      labelRow: row,
      labelCol: districtCol,
      parent: null,
      children: [],
      ...(corrected ? { evidence: "corrected" as const } : {}),
    });
    return drafts.length - 1;
  };
  /** The district column repeats the open district on the next commune's row (a flat list): the same group. */
  const sameDistrict = (district: string): boolean => {
    const current = group !== null ? drafts[group] : null;
    if (current === null || (current.kind !== "heading" && current.kind !== "group")) return false;
    return district === current.label || labelFacts(district).key === current.key;
  };
  /** A subtotal label (`Cộng`, `Cộng huyện …`), or `Cộng <name>`, `Toàn huyện <name>` naming the open district. */
  const subtotalOfOpen = (text: string): boolean => {
    if (isSubtotalWord(text)) return true;
    const folded = labelFacts(text).folded;
    const named = /^(?:cong|tong)\b/.test(folded) ? namedAfterSubtotalWord(folded) : namedAfterWholeWord(folded);
    return named !== null && group !== null && drafts[group].key === named;
  };
  /**
   * The open district's name again in the commune column (`Huyện Ba Vì` over its subtotal column, after its communes):
   * its subtotal. Written bare (`Ba Vì`), it may as well be the district's commune of the same name (`Xã Ba Vì` in
   * `Huyện Ba Vì`): a subtotal only where its figures add up the communes read under the district.
   */
  const repeatsOpen = (facts: LabelFacts, row: number): boolean => {
    const current = group !== null ? drafts[group] : null;
    if (current === null || (current.kind !== "heading" && current.kind !== "group") || current.key !== facts.key) return false;
    if (facts.level === "district") return true;
    return labelFacts(current.label).folded === facts.folded && addsUpMembers(group!, row);
  };
  /**
   * The commune cell of `row` where it names the district beside it bare (`Ba Vì | Ba Vì`) and is the district's
   * commune of the same name (`Xã Ba Vì` in `Huyện Ba Vì`), the district a heading on its row: in the middle of the
   * rows repeating the district's name, or first of the rows its name is merged down (or repeated) over, its figures
   * not their sum. Else "" (the district's own row).
   */
  const communeNamedLikeDistrict = (k: number, district: string): string => {
    const [districtCol, communeCol] = frame.areaCols;
    const row = positions[k];
    const merge = grid.mergeAt(row, districtCol);
    if (merge !== undefined && (merge.top !== row || merge.right >= communeCol)) return "";
    const commune = ownText(frame, row, communeCol);
    const facts = labelFacts(commune);
    if (commune === "" || facts.level === "district" || facts.folded !== labelFacts(district).folded) return "";
    const sameDistrictAt = (j: number): boolean => j >= 0 && j < positions.length && labelFacts(ownText(frame, positions[j], districtCol)).key === facts.key;
    // The district's name repeated on the row before: a commune among the district's (its own row comes first).
    if (merge === undefined && sameDistrictAt(k - 1)) return commune;
    const under: number[] = [];
    if (merge !== undefined) for (let j = k + 1; j < positions.length && positions[j] <= merge.bottom; j++) under.push(positions[j]);
    else for (let j = k + 1; sameDistrictAt(j); j++) under.push(positions[j]);
    if (under.length === 0) return "";
    for (const col of valueCols) {
      const own = numberOf(grid.value(row, col));
      if (Number.isNaN(own) || own === 0) continue;
      let sum = 0;
      for (const r of under) sum += numberOf(grid.value(r, col)) || 0;
      if (!same(own, sum)) return commune;
    }
    return "";
  };
  /** Whether `row`'s figures are the sum of the communes read so far under draft `owner`, on every line with a figure. */
  const addsUpMembers = (owner: number, row: number): boolean => {
    const members = drafts.filter((d) => d.parent === owner && d.kind === "leaf");
    if (members.length === 0) return false;
    let compared = 0;
    for (const col of valueCols) {
      const own = numberOf(grid.value(row, col));
      if (Number.isNaN(own)) continue;
      let sum = 0;
      for (const member of members) sum += numberOf(grid.value(member.index, col)) || 0;
      if (!same(own, sum)) return false;
      if (own !== 0) compared++;
    }
    return compared > 0;
  };
  const two = frame.areaCols.length === 2;
  const positions = frame.areaPositions;
  /**
   * Rows whose district cell alone holds a bare `Cộng`/`Tổng`: one per
   * district is each district's subtotal, a single one closes the table
   * (its grand total, as a bare `Cộng` is in the one-column axis).
   */
  let bareInDistrictColumn = 0;
  if (two) {
    for (let k = 0; k < positions.length; k++) {
      const { district, commune } = twoColumnLabels(frame, positions[k]);
      if (commune === "" && district !== "" && isBareSubtotalWord(wordKey(district))) bareInDistrictColumn++;
    }
  }
  for (let k = 0; k < positions.length; k++) {
    const row = positions[k];
    let label: string;
    let labelCol: number;
    let kind: AreaKind;
    let facts: LabelFacts;
    if (two) {
      const [districtCol, communeCol] = frame.areaCols;
      let { district, commune } = twoColumnLabels(frame, row);
      if (commune === "" && district !== "") commune = communeNamedLikeDistrict(k, district);
      const valueOverride = overrides?.values.get(row);
      const headOverride = overrides?.heads.get(row);
      if (overrides !== undefined && (valueOverride === "ignore" || headOverride === "ignore")) {
        const left: string[] = [];
        if (headOverride === "ignore" && district !== "" && commune !== "") {
          left.push(district);
          district = "";
          group = null;
          districtLabel = undefined;
        }
        if (valueOverride === "ignore") {
          const own = commune !== "" ? commune : district;
          left.push(own);
          if (commune !== "") commune = "";
          else {
            district = "";
            group = null;
            districtLabel = undefined;
          }
        }
        overrides.ignored?.set(row, left.join(" / "));
        if (commune === "" && district !== "") {
          // The commune of this row left out: its district still heads the rows after it.
          group = openHeading(district, row, districtCol, headOverride !== undefined);
          continue;
        }
        if (commune === "" && district === "") continue;
      }
      let moved = false;
      if (commune === "" && district !== "" && valueOverride === undefined && subtotalOfOpen(district) && (bareInDistrictColumn > 1 || !isBareSubtotalWord(wordKey(district)))) {
        // `Cộng huyện Ba Vì` (or a bare `Cộng` repeated for each district) written in the district column after the communes: the same subtotal row.
        commune = district;
        district = "";
        moved = true;
      }
      const communeFacts = commune !== "" ? labelFacts(commune) : null;
      // `Cộng`, `Cộng huyện`, `Cộng xã`, `Cộng <the district's name>`… in the commune column is a subtotal, never a commune.
      const subtotalWord = communeFacts !== null && ((/^(?:cong|tong)\b/.test(communeFacts.folded) && subtotalOfOpen(commune)) || (district === "" && repeatsOpen(communeFacts, row)));
      if (communeFacts !== null && !communeFacts.total && !subtotalWord) {
        label = commune;
        labelCol = grid.mergeAt(row, communeCol)?.left ?? communeCol;
        kind = "leaf";
        facts = communeFacts;
        const periodText = frame.periodCol !== undefined ? ownText(frame, row, frame.periodCol) : "";
        const newPeriod = periodText !== "" && isPeriodLabel(labelFacts(periodText).folded);
        if (newPeriod && frame.periodCol! < districtCol) {
          // A period before the district column: a tier over the districts after it (the same districts again in the next).
          drafts.push({ label: periodText, key: labelFacts(periodText).key, kind: "heading", index: row, labelRow: row, labelCol: frame.periodCol!, parent: null, children: [] });
          tier = drafts.length - 1;
          group = null;
        }
        if (district !== "" && !sameDistrict(district)) {
          // A district without a row of its own (merged or carried down the
          // district column): a heading on the row of its first commune.
          group = openHeading(district, row, districtCol, headOverride !== undefined);
          if (group !== null && tier !== null) drafts[group].parent = tier;
        }
        if (newPeriod && frame.periodCol! > districtCol && group !== null) {
          // A period between the district and commune columns: a group of the district's communes after it.
          drafts.push({ label: periodText, key: labelFacts(periodText).key, kind: "heading", index: row, labelRow: row, labelCol: frame.periodCol!, parent: group, children: [] });
          period = drafts.length - 1;
          periodOf = group;
        }
      } else if (district !== "") {
        label = district;
        labelCol = districtCol;
        facts = labelFacts(district);
        kind = facts.total ? "total" : "group";
        districtLabel = kind === "group" ? district : undefined;
      } else if (communeFacts !== null) {
        // `Cộng` / `Tổng cộng` in the commune column, the district column blank.
        const current = group !== null ? drafts[group] : null;
        // `Tổng số` under the open district's merged name (after its communes): no grand total sits under one district.
        const districtMerge = grid.mergeAt(row, districtCol);
        const underOpen = current !== null && districtMerge !== undefined && districtMerge.top <= current.labelRow && current.labelRow <= districtMerge.bottom && districtMerge.left <= current.labelCol && current.labelCol <= districtMerge.right;
        if (valueOverride === undefined && current !== null && current.kind === "heading" && (subtotalOfOpen(commune) || repeatsOpen(communeFacts, row) || (communeFacts.total && underOpen))) {
          // The district's own subtotal row/column: the district's values live here. Its name stays where it is
          // written (the row of its first commune), so the reading shows this row as the subtotal it is (`Cộng`).
          current.kind = "group";
          current.headIndex = current.index;
          current.subtotalLabel = commune;
          current.index = row;
          group = null;
          districtLabel = undefined;
          continue;
        }
        if (valueOverride === undefined && current !== null && current.kind === "group" && current.subtotalLabel === undefined && allBlank(current.index) && (subtotalOfOpen(commune) || repeatsOpen(communeFacts, row))) {
          // A district on a row of its own, its values blank: its figures on this `Cộng` row, right under
          // it (the group stays open for its communes) or after its communes (closing it).
          current.headIndex = current.index;
          current.index = row;
          current.subtotalLabel = commune;
          if (group !== drafts.length - 1) {
            group = null;
            districtLabel = undefined;
          }
          continue;
        }
        label = commune;
        labelCol = moved ? districtCol : (grid.mergeAt(row, communeCol)?.left ?? communeCol);
        facts = communeFacts;
        kind = "total";
      } else {
        // Figures with no name in either column (not the continuation of a merged name): said, not dropped.
        if (unnamed !== undefined && !allBlank(row) && grid.mergeAt(row, frame.areaCols[1]) === undefined && grid.mergeAt(row, frame.areaCols[0]) === undefined) unnamed.push(row);
        continue;
      }
    } else break;
    const index = drafts.length;
    const draft: Draft = { label, key: facts.key, kind, index: row, labelRow: row, labelCol, parent: null, children: [] };
    const role = two ? overrides?.values.get(row) : undefined;
    if (role !== undefined && role !== "ignore") {
      draft.evidence = "corrected";
      if (role === "subtotal") {
        const owner = group !== null ? drafts[group] : null;
        if (owner !== null) {
          // The values of the group above sit on this row.
          owner.headIndex = owner.index;
          owner.index = row;
          owner.kind = "group";
          owner.subtotalLabel = label;
          owner.evidence = "corrected";
        } else {
          // The subtotal of the rows before it that have no district.
          draft.kind = "group";
          draft.subtotalLabel = label;
          for (const member of open) drafts[member].parent = index;
          drafts.push(draft);
        }
        group = null;
        districtLabel = undefined;
        open = [];
        continue;
      }
      if (role === "leaf" && kind !== "leaf") {
        // A district or total row that is an area of its own: under the grand total, heading nothing.
        group = null;
        districtLabel = undefined;
      }
      if (role === "group" || role === "heading") {
        if (role === "heading") forcedHeadings.add(index);
        group = index;
        districtLabel = label;
        open = [];
        drafts.push({ ...draft, kind: "group" });
        continue;
      }
      kind = role === "leaf" ? "leaf" : "total";
      draft.kind = kind;
    }
    if (
      kind === "total" &&
      !two &&
      group !== null &&
      drafts.length - 1 > group &&
      isSubtotalWord(label) &&
      allBlank(drafts[group].index)
    ) {
      // `Cộng` closing a district whose own row is blank: maybe its subtotal
      // (decided at the end: there must be a grand total besides).
      pending.push({ total: index, group });
      group = null;
      districtLabel = undefined;
    } else if (kind === "total") {
      if (grand === null) grand = index;
      group = null;
      districtLabel = undefined;
      open = [];
    } else if (kind === "group") {
      group = index;
      if (!two) districtLabel = label;
      open = [];
    } else if (two && group !== null && isPeriodLabel(facts.folded) && role === undefined) {
      // `Năm 2024` in the commune column under a district: the district's communes split by period, each period a
      // group of the communes after it (a heading when its figures are blank), so the next period's are no duplicates.
      draft.kind = "group";
      draft.parent = group;
      period = index;
      periodOf = group;
    } else {
      if (group !== null) draft.parent = period !== null && periodOf === group ? period : group;
      else open.push(index);
      if (districtLabel !== undefined) draft.district = districtLabel;
    }
    drafts.push(draft);
  }
  const removed = new Set<number>();
  if (pending.length > 0) {
    if (grand !== null || pending.length >= 2) {
      for (const { total, group: owner } of pending) {
        drafts[owner].index = drafts[total].index;
        removed.add(total);
      }
    } else if (grand === null) grand = pending[0].total;
  }
  linkDrafts(drafts, removed, grand, allBlank);
  for (const index of forcedHeadings) if (drafts[index].children.length > 0) drafts[index].kind = "heading";
  markVillages(drafts, _plan);
  const kept = removed.size === 0 ? drafts : compact(drafts, removed);
  const swap = grid.transposed;
  if (!swap) return kept;
  return kept.map((d) => ({
    label: d.label,
    key: d.key,
    kind: d.kind,
    index: d.index,
    labelRow: swap ? d.labelCol : d.labelRow,
    labelCol: swap ? d.labelRow : d.labelCol,
    parent: d.parent,
    children: d.children,
    ...(d.district !== undefined ? { district: d.district } : {}),
    ...(d.evidence !== undefined ? { evidence: d.evidence } : {}),
    ...(d.subtotalLabel !== undefined ? { subtotalLabel: d.subtotalLabel } : {}),
    ...(d.headIndex !== undefined ? { headIndex: d.headIndex } : {}),
    ...(d.village !== undefined ? { village: d.village } : {}),
  }));
}

/**
 * Villages (`Thôn 1`) in the second label column under a commune in the
 * first (`Xã …`, or a commune of the plan): parts of the commune, which the
 * per-area rules check as a whole.
 */
function markVillages(drafts: Draft[], plan: Plan): void {
  const communes = new Set<string>();
  for (const area of plan.areas) if (area.commune !== undefined) communes.add(areaKey(area.commune));
  for (const d of drafts) {
    if (d.kind !== "leaf" || d.parent === null) continue;
    const owner = drafts[d.parent];
    if (owner.kind === "total" || (areaLevel(owner.label) !== "commune" && !communes.has(owner.key))) continue;
    if (isVillage(labelFacts(d.label).folded, communes.size > 0) && !communes.has(d.key)) d.village = true;
  }
}
