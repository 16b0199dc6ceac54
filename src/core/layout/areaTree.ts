/**
 * One reading of a single label column of areas (CONTRACT §2): each labelled
 * row is classed once (`RowFact`: a grand total, a `Cộng huyện …` subtotal,
 * a bare `Cộng`, or an area with the level its evidence gives), then built
 * into a total/group/leaf tree under a `Policy` that settles what the
 * evidence leaves open — whether a row of unknown level sits under the group
 * above it, and whether an unnamed subtotal closes the group before it or
 * heads the rows after it. `areaScore` decides between the policies by the
 * arithmetic.
 */
import type { AreaKind } from "../model/table";
import type { AreaEvidence, ReadingRole } from "../model/reading";
import { linkDrafts } from "./draftLinks";

/** `Cộng huyện`, `Cộng xã Ba Trại`, `Cộng I`, `Tổng huyện …`, `Tổng số huyện …` (folded word key). */
const SUBTOTAL = /^(?:cong|tong so|tong)\s+(huyen|quan|thi xa|thanh pho|tp|tx|xa|phuong|thi tran|tt|[ivxlc]+|\d+)(?:\s+(.+))?$/;

/** A subtotal label: null when the label is none; `name` is the folded name after the level word (`ba vi`), or "". */
export function subtotalLabel(wordKeyOfLabel: string): { name: string } | null {
  const match = SUBTOTAL.exec(wordKeyOfLabel);
  if (match === null) return null;
  const levelWord = /^(huyen|quan|thi xa|thanh pho|tp|tx|xa|phuong|thi tran|tt)$/.test(match[1]);
  return { name: levelWord ? (match[2] ?? "") : "" };
}

/** A bare `Cộng` / `Tổng`: a grand total, or the subtotal of the group above when there are several. */
export function isBareSubtotalWord(wordKeyOfLabel: string): boolean {
  return wordKeyOfLabel === "cong" || wordKeyOfLabel === "tong";
}

export type RowClass = "total" | "subtotal" | "bare" | "area";

export interface RowFact {
  /** Frame row. */
  readonly row: number;
  readonly label: string;
  readonly labelCol: number;
  /** Matching key; for a named subtotal, the key of the area it names. */
  readonly key: string;
  readonly cls: RowClass;
  /** A subtotal that names its area (`Cộng huyện Ba Vì`). */
  readonly named: boolean;
  /** For an area: `upper` (a district, a numbered group), `lower` (a commune), or null when nothing tells. */
  readonly level: "upper" | "lower" | null;
  readonly how: AreaEvidence;
  /** A role the user set (a correction): `heading` keeps the row a heading even with values. */
  readonly forced?: ReadingRole;
}

export interface Policy {
  /** A row of unknown level sits under the group above it (else it is a sibling of the groups). */
  readonly unknownUnder: boolean;
  /** An unnamed subtotal heads the rows after it (else it closes the group before it). */
  readonly before: boolean;
}

export const POLICIES: readonly Policy[] = [
  { unknownUnder: true, before: false },
  { unknownUnder: true, before: true },
  { unknownUnder: false, before: false },
  { unknownUnder: false, before: true },
];

export interface Draft {
  label: string;
  key: string;
  kind: AreaKind;
  index: number;
  labelRow: number;
  labelCol: number;
  parent: number | null;
  children: number[];
  district?: string;
  evidence: AreaEvidence;
  subtotalLabel?: string;
  headIndex?: number;
}

/** A subtotal row of a group whose own row already holds the values: read, scored, shown, but not an area. */
export interface MirrorRow {
  readonly row: number;
  readonly label: string;
  readonly labelCol: number;
  /** Index into the drafts of the group it repeats. */
  readonly group: number;
}

export interface Tree {
  readonly drafts: Draft[];
  readonly mirrors: MirrorRow[];
}

interface Pending {
  readonly draft: number;
  readonly group: number | null;
  readonly members: readonly number[];
}

/**
 * A new draft, made in one literal with the keys in an area entry's order
 * (`district` before `evidence`), so that it can serve as the entry itself.
 */
function draftOf(fact: RowFact, kind: AreaKind, how: AreaEvidence, parent: number | null = null, district?: string): Draft {
  if (district !== undefined) {
    return { label: fact.label, key: fact.key, kind, index: fact.row, labelRow: fact.row, labelCol: fact.labelCol, parent, children: [], district, evidence: how };
  }
  return { label: fact.label, key: fact.key, kind, index: fact.row, labelRow: fact.row, labelCol: fact.labelCol, parent, children: [], evidence: how };
}

/** Builds the tree of one reading; `blank(row)` tells whether a frame row's value cells are all blank. */
export function buildTree(facts: readonly RowFact[], policy: Policy, blank: (row: number) => boolean): Tree {
  const drafts: Draft[] = [];
  const mirrors: MirrorRow[] = [];
  // Members counted per draft (each fact makes at most one draft).
  const members = new Int32Array(facts.length);
  const pending: Pending[] = [];
  let headings = false;
  let grand: number | null = null;
  let group: number | null = null;
  let open: number[] = [];

  const openGroup = (draft: Draft) => {
    group = drafts.length;
    drafts.push(draft);
    open = [];
  };
  const push = (draft: Draft) => {
    drafts.push(draft);
    return drafts.length - 1;
  };

  for (let f = 0; f < facts.length; f++) {
    const fact = facts[f];
    if (fact.forced === "heading") headings = true;
    if (fact.cls === "total") {
      const index = push(draftOf(fact, "total", fact.forced === "total" ? "corrected" : "label"));
      if (grand === null) grand = index;
      group = null;
      open = [];
      continue;
    }
    if (fact.cls === "bare") {
      const head = group !== null && members[group] === 0 ? drafts[group] : null;
      if (head !== null && head.subtotalLabel === undefined && blank(head.index) && !blank(fact.row)) {
        // Right under its group's own row (values blank), before any member: the group's figures.
        head.headIndex = head.index;
        head.index = fact.row;
        head.subtotalLabel = fact.label;
        continue;
      }
      const index = push(draftOf(fact, "total", "label"));
      if (group !== null && members[group] > 0 && blank(drafts[group].index)) pending.push({ draft: index, group, members: [] });
      else if (group === null && open.length > 0) pending.push({ draft: index, group: null, members: open });
      else if (grand === null) grand = index;
      group = null;
      open = [];
      continue;
    }
    if (fact.cls === "subtotal") {
      const how: AreaEvidence = fact.forced === "subtotal" ? "corrected" : "label";
      const current: number | null = group;
      const canClose = current !== null ? members[current] > 0 : open.length > 0;
      const matches = fact.named && current !== null && drafts[current].key === fact.key;
      const closes = canClose && (matches || (current !== null && fact.named ? false : !policy.before));
      const head = current !== null && !closes && members[current] === 0 ? drafts[current] : null;
      if (head !== null && (matches || !fact.named) && head.subtotalLabel === undefined && blank(head.index)) {
        // Right under its group's own row (values blank), before any member: the group's figures.
        head.headIndex = head.index;
        head.index = fact.row;
        head.subtotalLabel = fact.label;
        continue;
      }
      if (!closes) {
        openGroup({ ...draftOf(fact, "group", how), subtotalLabel: fact.label });
        continue;
      }
      if (current !== null) {
        const owner = drafts[current];
        if (owner.subtotalLabel === undefined && blank(owner.index)) {
          owner.headIndex = owner.index;
          owner.index = fact.row;
          owner.subtotalLabel = fact.label;
        } else mirrors.push({ row: fact.row, label: fact.label, labelCol: fact.labelCol, group: current });
      } else {
        const index = push({ ...draftOf(fact, "group", how), subtotalLabel: fact.label });
        for (const member of open) drafts[member].parent = index;
        members[index] = open.length;
      }
      group = null;
      open = [];
      continue;
    }
    const level = fact.level ?? (policy.unknownUnder ? "lower" : "upper");
    const how: AreaEvidence = fact.level !== null ? fact.how : "position";
    if (level === "upper") {
      openGroup(draftOf(fact, "group", how));
      continue;
    }
    if (group !== null) {
      push(draftOf(fact, "leaf", how, group, drafts[group].label));
      members[group]++;
    } else open.push(push(draftOf(fact, "leaf", how)));
  }

  const removed = new Set<number>();
  if (pending.length > 0) {
    if (grand !== null || pending.length >= 2) {
      for (const { draft, group: owner, members: list } of pending) {
        const row = drafts[draft];
        if (owner !== null) {
          const g = drafts[owner];
          g.headIndex = g.index;
          g.index = row.index;
          g.subtotalLabel = row.label;
          removed.add(draft);
        } else {
          row.kind = "group";
          row.subtotalLabel = row.label;
          for (const member of list) drafts[member].parent = draft;
        }
      }
    } else grand = pending[0].draft;
  }
  linkDrafts(drafts, removed, grand, blank);
  if (headings) {
    const headings = new Set(facts.filter((fact) => fact.forced === "heading").map((fact) => fact.row));
    for (const d of drafts) if (headings.has(d.labelRow) && d.children.length > 0) d.kind = "heading";
  }
  if (removed.size === 0) return { drafts, mirrors };
  const map = new Map<number, number>();
  drafts.forEach((_d, i) => {
    if (!removed.has(i)) map.set(i, map.size);
  });
  const kept = drafts
    .filter((_d, i) => !removed.has(i))
    .map((d) => ({
      ...d,
      parent: d.parent === null ? null : (map.get(d.parent) ?? null),
      children: d.children.filter((c) => !removed.has(c)).map((c) => map.get(c)!),
    }));
  return { drafts: kept, mirrors: mirrors.map((m) => ({ ...m, group: map.get(m.group)! })) };
}
