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
import type { AreaEntry, AreaKind } from "../model/table";
import type { CellValue } from "../model/workbook";
import { wordKey } from "../text/fold";
import { isBareSubtotalWord, subtotalLabel } from "./areaTree";
import { isBlank } from "./cells";
import type { Frame } from "./frame";
import { cellText } from "./grid";
import { isRomanNumeral, labelFacts, stripNumbering, type LabelFacts } from "./labels";
import { linkDrafts } from "./draftLinks";

interface Draft {
  label: string;
  key: string;
  kind: AreaKind;
  index: number;
  labelRow: number;
  labelCol: number;
  parent: number | null;
  children: number[];
  district?: string;
}

/** Text of a label cell, or "" when the cell continues a merge started above (a carried-down district). */
export function ownText(frame: Frame, row: number, col: number): string {
  const merge = frame.grid.mergeAt(row, col);
  if (!merge) return cellText(frame.grid.value(row, col));
  return merge.top === row ? cellText(frame.grid.value(merge.top, merge.left)) : "";
}

export function romanStt(frame: Frame, row: number): boolean {
  if (frame.sttCol === null) return false;
  const value = frame.grid.value(row, frame.sttCol);
  return typeof value === "string" && isRomanNumeral(value);
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

function wholeNumberStt(value: CellValue): boolean {
  return (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && /^\s*\d+\.?\s*$/.test(value));
}

/** `1.1`, `-`, `+`, `a)`: the STT of an item under a numbered group. */
function subItemStt(value: CellValue): boolean {
  if (typeof value === "number") return !Number.isInteger(value);
  if (typeof value !== "string") return false;
  return /^\s*(\d+[.,]\d+[.\d]*|[-+*•–]|[a-zđ][.)]?)\s*$/.test(value);
}

/**
 * A row numbered `1`, `2` … whose next labelled row is numbered as its item
 * (`1.1`, `-`, `a`): a group, even without a district prefix.
 */
export function numberedGroup(frame: Frame, positions: readonly number[], k: number, labelCol: number): boolean {
  if (frame.sttCol === null || !wholeNumberStt(frame.grid.value(positions[k], frame.sttCol))) return false;
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    const row = positions[next];
    if (cellText(frame.grid.value(row, labelCol)) === "") continue;
    return subItemStt(frame.grid.value(row, frame.sttCol));
  }
  return false;
}

/** The area axis of a frame with two label columns (district, commune). */
export function buildTwoColumnAreas(frame: Frame, _plan: Plan, valueCols: readonly number[]): AreaEntry[] {
  const { grid } = frame;
  const allBlank = (row: number) => valueCols.every((col) => isBlank(grid.value(row, col)));

  const drafts: Draft[] = [];
  const pending: { total: number; group: number }[] = [];
  let group: number | null = null;
  let grand: number | null = null;
  let districtLabel: string | undefined;
  const two = frame.areaCols.length === 2;
  const positions = frame.areaPositions;
  for (let k = 0; k < positions.length; k++) {
    const row = positions[k];
    let label: string;
    let labelCol: number;
    let kind: AreaKind;
    let facts: LabelFacts;
    if (two) {
      const [districtCol, communeCol] = frame.areaCols;
      const districtMerge = grid.mergeAt(row, districtCol);
      const sameMerge = districtMerge !== undefined && districtMerge.right >= communeCol;
      const district = ownText(frame, row, districtCol);
      const commune = sameMerge ? "" : ownText(frame, row, communeCol);
      const communeFacts = commune !== "" ? labelFacts(commune) : null;
      if (communeFacts !== null && !communeFacts.total) {
        label = commune;
        labelCol = grid.mergeAt(row, communeCol)?.left ?? communeCol;
        kind = "leaf";
        facts = communeFacts;
        if (district !== "") {
          // A district without a row of its own (merged or carried down the
          // district column): a heading on the row of its first commune.
          districtLabel = district;
          const districtFacts = labelFacts(district);
          if (districtFacts.total) group = null;
          else {
            group = drafts.length;
            drafts.push({
              label: district,
              key: districtFacts.key,
              kind: "heading",
              index: row,
              labelRow: row,
              labelCol: districtCol,
              parent: null,
              children: [],
            });
          }
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
        if (current !== null && current.kind === "heading" && isSubtotalWord(commune)) {
          // The district's own subtotal row/column: the district's values live here.
          current.kind = "group";
          current.index = row;
          group = null;
          districtLabel = undefined;
          continue;
        }
        label = commune;
        labelCol = grid.mergeAt(row, communeCol)?.left ?? communeCol;
        facts = communeFacts;
        kind = "total";
      } else continue;
    } else break;
    const index = drafts.length;
    const draft: Draft = { label, key: facts.key, kind, index: row, labelRow: row, labelCol, parent: null, children: [] };
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
    } else if (kind === "group") {
      group = index;
      if (!two) districtLabel = label;
    } else {
      if (group !== null) draft.parent = group;
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
  }));
}
