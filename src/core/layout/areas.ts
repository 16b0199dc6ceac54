/**
 * The area axis: grand totals (`Tổng cộng`, `Toàn tỉnh` …, top or bottom),
 * groups (Roman-numeral STT, `Huyện`/`Thành phố`/`Thị xã`/`Quận` names, or a
 * plan district), leaves (communes). A group whose value cells are all blank
 * is a heading; a group without children is a leaf; with no group rows the
 * leaves attach to the total.
 */
import type { Plan } from "../model/plan";
import type { AreaEntry, AreaKind } from "../model/table";
import { areaKey } from "../text/fold";
import { isBlank } from "./cells";
import type { Frame } from "./frame";
import { cellText } from "./grid";
import { areaLevel, hasRomanPrefix, isRomanNumeral, isTotalLabel, stripNumbering } from "./labels";

interface Draft {
  label: string;
  key: string;
  kind: AreaKind;
  index: number;
  labelRow: number;
  labelCol: number;
  parent: number | null;
  children: number[];
}

/** Text of a label cell, or "" when the cell continues a merge started above (a carried-down district). */
function ownText(frame: Frame, row: number, col: number): string {
  const merge = frame.grid.mergeAt(row, col);
  if (!merge) return cellText(frame.grid.value(row, col));
  return merge.top === row ? cellText(frame.grid.value(merge.top, merge.left)) : "";
}

export function buildAreas(frame: Frame, plan: Plan, valueCols: readonly number[]): AreaEntry[] {
  const { grid } = frame;
  const districtKeys = new Set<string>();
  const communeKeys = new Set<string>();
  for (const area of plan.areas) {
    if (area.commune) {
      communeKeys.add(areaKey(area.commune));
      if (area.district) districtKeys.add(areaKey(area.district));
    }
  }
  const allBlank = (row: number) => valueCols.every((col) => isBlank(grid.value(row, col)));

  const drafts: Draft[] = [];
  let group: number | null = null;
  let grand: number | null = null;
  const two = frame.areaCols.length === 2;
  for (const row of frame.areaPositions) {
    const stt = frame.sttCol !== null ? cellText(grid.value(row, frame.sttCol)) : "";
    let label: string;
    let labelCol: number;
    let kind: AreaKind;
    if (two) {
      const [districtCol, communeCol] = frame.areaCols;
      const sameMerge = (() => {
        const m = grid.mergeAt(row, districtCol);
        return m !== undefined && m.right >= communeCol;
      })();
      const district = ownText(frame, row, districtCol);
      const commune = sameMerge ? "" : ownText(frame, row, communeCol);
      if (commune !== "" && !isTotalLabel(commune)) {
        label = commune;
        labelCol = grid.mergeAt(row, communeCol)?.left ?? communeCol;
        kind = "leaf";
        if (district !== "") group = null; // a district without a row of its own
      } else if (district !== "") {
        label = district;
        labelCol = districtCol;
        kind = isTotalLabel(district) ? "total" : "group";
      } else continue;
    } else {
      const col = frame.areaCols[0];
      if (col === undefined) break;
      label = ownText(frame, row, col);
      labelCol = grid.mergeAt(row, col)?.left ?? col;
      if (label === "") continue;
      const key = areaKey(stripNumbering(label));
      if (isTotalLabel(label)) kind = "total";
      else if (
        isRomanNumeral(stt) ||
        hasRomanPrefix(label) ||
        areaLevel(label) === "district" ||
        (districtKeys.has(key) && !communeKeys.has(key))
      )
        kind = "group";
      else kind = "leaf";
    }
    const index = drafts.length;
    const draft: Draft = {
      label,
      key: areaKey(stripNumbering(label)),
      kind,
      index: row,
      labelRow: row,
      labelCol,
      parent: null,
      children: [],
    };
    if (kind === "total") {
      if (grand === null) grand = index;
      group = null;
    } else if (kind === "group") {
      group = index;
    } else if (group !== null) {
      draft.parent = group;
    }
    drafts.push(draft);
  }
  drafts.forEach((d, i) => {
    if (d.parent === null && d.kind !== "total" && grand !== null && i !== grand) d.parent = grand;
  });
  for (let i = 0; i < drafts.length; i++) {
    const parent = drafts[i].parent;
    if (parent !== null) drafts[parent].children.push(i);
  }
  for (const d of drafts) {
    if (d.kind !== "group") continue;
    if (d.children.length === 0) d.kind = "leaf";
    else if (allBlank(d.index)) d.kind = "heading";
  }
  const swap = grid.transposed;
  return drafts.map((d) => ({
    label: d.label,
    key: d.key,
    kind: d.kind,
    index: d.index,
    labelRow: swap ? d.labelCol : d.labelRow,
    labelCol: swap ? d.labelRow : d.labelCol,
    parent: d.parent,
    children: d.children,
  }));
}
