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
import { isOwnShare, mayBeOwnShare } from "../text/ownShare";
import type { AreaKind } from "../model/table";
import type { AreaEvidence, ReadingRole } from "../model/reading";
import { linkDrafts } from "./draftLinks";
import { wordKey } from "../text/fold";

/**
 * `Cộng huyện`, `Cộng xã Ba Trại`, `Cộng I`, `Cộng A` (a lettered section), `Tổng huyện …`, `Tổng số huyện …`,
 * `Tổng cộng huyện …`, `Cộng toàn huyện`, `Cộng H. Ba Vì` (folded word key).
 */
const SUBTOTAL = /^(?:cong|tong cong|tong so|tong)\s+(?:toan\s+)?(huyen|quan|thi xa|thanh pho|tp|tx|h|xa|phuong|thi tran|tt|[ivxlc]+|[a-h]|\d+)(?:\s+(.+))?$/;

/** A subtotal label: null when the label is none; `name` is the folded name after the level word (`ba vi`), or "". */
export function subtotalLabel(wordKeyOfLabel: string): { name: string } | null {
  const match = SUBTOTAL.exec(wordKeyOfLabel);
  if (match === null) return null;
  const levelWord = /^(huyen|quan|thi xa|thanh pho|tp|tx|h|xa|phuong|thi tran|tt)$/.test(match[1]);
  return { name: levelWord ? (match[2] ?? "") : "" };
}

/** `Toàn huyện Ba Vì` (folded): the name after the level word. */
const WHOLE_NAMED = /^toan (?:huyen|quan|thi xa|thanh pho|tp|tx|xa|phuong|thi tran|tt) (.+)$/;

/** The folded name in `Toàn huyện Ba Vì`, or null: a subtotal when it names a district the caller knows, else a grand total. */
export function namedAfterWholeWord(wordKeyOfLabel: string): string | null {
  if (!wordKeyOfLabel.startsWith("toan ")) return null;
  return WHOLE_NAMED.exec(wordKeyOfLabel)?.[1] ?? null;
}

/** The words that open a subtotal written with the area's bare name (`Cộng Ba Vì`), longest first. */
const SUBTOTAL_WORDS = ["tong cong ", "tong so ", "cong ", "tong "];

/**
 * The folded name after a subtotal word (`Cộng Ba Vì` → `ba vi`), or null:
 * the caller decides whether it names a group (a commune may be called
 * `Cộng Hòa`).
 */
export function namedAfterSubtotalWord(wordKeyOfLabel: string): string | null {
  for (const word of SUBTOTAL_WORDS) if (wordKeyOfLabel.startsWith(word) && wordKeyOfLabel.length > word.length) return wordKeyOfLabel.slice(word.length);
  return null;
}

/** A bare `Cộng` / `Tổng`: a grand total, or the subtotal of the group above when there are several. */
export function isBareSubtotalWord(wordKeyOfLabel: string): boolean {
  return wordKeyOfLabel === "cong" || wordKeyOfLabel === "tong";
}

export type RowClass = "total" | "subtotal" | "bare" | "area";

/** `RowFacts.cls` codes. */
export const CLS_TOTAL = 0;
export const CLS_SUBTOTAL = 1;
export const CLS_BARE = 2;
export const CLS_AREA = 3;
/** `RowFacts.level` codes: nothing tells, `upper` (a district, a numbered group), `lower` (a commune), `village`. */
export const LEVEL_UNKNOWN = 0;
export const LEVEL_UPPER = 1;
export const LEVEL_LOWER = 2;
/** A village (`Thôn 1`, `Tổ dân phố 3`) under the commune row before it, whose own figures are blank: the commune heads it. */
export const LEVEL_VILLAGE = 3;
/** A tier over the districts (`I. Cấp tỉnh`, `II. Cấp huyện`): the districts and units after it, up to the next tier, are its members. */
export const LEVEL_TIER = 4;
/** A zone inside a district with figures of its own (`Khu vực I`, `Các xã khu vực III`): the communes after it, up to the next zone or district, are its members. */
export const LEVEL_ZONE = 5;

/**
 * The classed labelled rows of the axis, one column per fact and fact `i` at
 * index `i` of each (no object per row: there is a fact per body row).
 */
export class RowFacts {
  length = 0;
  /** Frame rows. */
  readonly row: Int32Array;
  /** Sized to the capacity, like the columns below (no copies as they grow): read only below `length`. */
  readonly label: string[];
  readonly labelCol: Int32Array;
  /** Matching keys; for a named subtotal, the key of the area it names. */
  readonly key: string[];
  /** `CLS_…` codes. */
  readonly cls: Uint8Array;
  /** 1 for a subtotal that names its area (`Cộng huyện Ba Vì`). */
  readonly named: Uint8Array;
  /** For an area, `LEVEL_…` codes. */
  level: Uint8Array;
  how: AreaEvidence[];
  /** Roles the user set (a correction), by fact: `heading` keeps the row a heading even with values. */
  readonly forced = new Map<number, ReadingRole>();
  /** Tiers (facts) that sit inside the tier open before them (`Cấp xã` blank under `Cấp huyện` adding up the districts). */
  readonly nestedTiers = new Set<number>();
  /** Bare `Tăng` / `Giảm` rows allocated as the communes beside them under a district heading: communes of that name, no adjustment. */
  readonly namedLikeAdjustment = new Set<number>();
  /**
   * Bare rows a district named as such (STT, prefix) makes its communes by a `SUM` starting right below it: under
   * that district in every reading, never districts beside it (see `summedUnderDistricts`).
   */
  readonly summedUnder = new Set<number>();

  /** Room for `capacity` facts. */
  constructor(capacity: number) {
    this.row = new Int32Array(capacity);
    this.label = new Array<string>(capacity);
    this.key = new Array<string>(capacity);
    this.how = new Array<AreaEvidence>(capacity);
    this.labelCol = new Int32Array(capacity);
    this.cls = new Uint8Array(capacity);
    this.named = new Uint8Array(capacity);
    this.level = new Uint8Array(capacity);
  }

  add(row: number, label: string, labelCol: number, key: string, cls: number, named: boolean, level: number, how: AreaEvidence, forced?: ReadingRole): void {
    const i = this.length++;
    this.row[i] = row;
    this.label[i] = label;
    this.labelCol[i] = labelCol;
    this.key[i] = key;
    this.cls[i] = cls;
    this.named[i] = named ? 1 : 0;
    this.level[i] = level;
    this.how[i] = how;
    if (forced !== undefined) this.forced.set(i, forced);
  }

  /** The same facts with other levels and evidence. */
  withLevels(level: Uint8Array, how: AreaEvidence[]): RowFacts {
    const copy: RowFacts = Object.create(RowFacts.prototype);
    Object.assign(copy, this, { level, how });
    return copy;
  }
}

export interface Policy {
  /** A row of unknown level sits under the group above it (else it is a sibling of the groups). */
  readonly unknownUnder: boolean;
  /** An unnamed subtotal heads the rows after it (else it closes the group before it). */
  readonly before: boolean;
  /** A group row closes the rows before it (its communes written above it, a bottom-up sheet), else it heads the rows after it. */
  readonly groupAfter?: boolean;
}

/** The reading of a sheet whose district rows follow their communes (each district's figures under its list). */
export const BOTTOM_UP: Policy = { unknownUnder: true, before: false, groupAfter: true };

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
  village?: true;
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
 * A new draft of fact `f`, made in one literal with the keys in an area
 * entry's order (`district` before `evidence`), so that it can serve as the
 * entry itself.
 */
function draftOf(facts: RowFacts, f: number, kind: AreaKind, how: AreaEvidence, parent: number | null = null, district?: string): Draft {
  const row = facts.row[f];
  if (district !== undefined) {
    return { label: facts.label[f], key: facts.key[f], kind, index: row, labelRow: row, labelCol: facts.labelCol[f], parent, children: [], district, evidence: how };
  }
  return { label: facts.label[f], key: facts.key[f], kind, index: row, labelRow: row, labelCol: facts.labelCol[f], parent, children: [], evidence: how };
}

/**
 * With no grand total, a subtotal row (`Tổng cộng huyện Ba Vì`, `Cộng toàn
 * huyện`) over every other area — a district's own sheet — is the sheet's
 * grand total.
 */
function promoteLoneSubtotal(drafts: Draft[], removed: ReadonlySet<number>): void {
  let root: Draft | null = null;
  for (let i = 0; i < drafts.length; i++) {
    if (removed.has(i) || drafts[i].parent !== null) continue;
    if (root !== null) return;
    root = drafts[i];
  }
  if (root !== null && root.kind === "group" && root.subtotalLabel === root.label && root.headIndex === undefined && root.evidence !== "corrected") root.kind = "total";
}

/** Folded openings of a commune's subtotal (`Cộng xã`, `Tổng số phường …`). */
const COMMUNE_SUBTOTAL = /^(?:cong|tong cong|tong so|tong)\s+(?:toan\s+)?(?:xa|phuong|thi tran|tt)(?:\s|$)/;

/**
 * True when the subtotal row of fact `f`, right after the villages of a
 * commune heading them, is that commune's: `Cộng xã`, `Cộng <its name>`, or a
 * bare `Cộng` where the district's own row already holds the district's figures.
 */
function closesCommune(facts: RowFacts, f: number, commune: Draft, districtHeld: boolean): boolean {
  const cls = facts.cls[f];
  if (cls === CLS_BARE) return districtHeld;
  if (cls !== CLS_SUBTOTAL) return false;
  if (facts.named[f] === 1 && facts.key[f] === commune.key) return true;
  return COMMUNE_SUBTOTAL.test(wordKey(facts.label[f]));
}

/** Builds the tree of one reading; `blank(row)` tells whether a frame row's value cells are all blank. */
export function buildTree(facts: RowFacts, policy: Policy, blank: (row: number) => boolean): Tree {
  const drafts: Draft[] = [];
  const mirrors: MirrorRow[] = [];
  // Members counted per draft (each fact makes at most one draft).
  const members = new Int32Array(facts.length);
  const pending: Pending[] = [];
  let grand: number | null = null;
  let group: number | null = null;
  let open: number[] = [];
  /** The draft of the last commune (lower-level row), which the villages after it belong to. */
  let lastLower: number | null = null;
  /** The draft of the open tier over the districts (`II. Cấp huyện`), the parent of the groups and units after it. */
  let tier: number | null = null;
  /** The draft of the open zone inside a district (`Khu vực I`), and the district's draft it lies in (open while that group is). */
  let zone: number | null = null;
  let zoneGroup: number | null = null;
  /** The last area or grand total fact: a bare `Cộng` with areas or a `Tổng cộng` after it closes a group, never the table. */
  let lastArea = -1;
  for (let f = facts.length - 1; f >= 0 && lastArea < 0; f--) if (facts.cls[f] === CLS_AREA || facts.cls[f] === CLS_TOTAL) lastArea = f;
  /** A bare `Cộng` was read as its group's figures again: the sheet's way, so the last one after a group is too. */
  let mirroredBare = false;

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
    const cls = facts.cls[f];
    const forced = facts.forced.size > 0 ? facts.forced.get(f) : undefined;
    if (cls !== CLS_AREA && lastLower !== null) {
      const commune = drafts[lastLower];
      if (forced === undefined && commune.kind === "group" && commune.subtotalLabel === undefined && blank(commune.index) && !blank(facts.row[f]) && closesCommune(facts, f, commune, group !== null && !blank(drafts[group].index))) {
        // `Cộng xã` after the villages of a commune whose own row is blank: the commune's figures.
        commune.headIndex = commune.index;
        commune.index = facts.row[f];
        commune.subtotalLabel = facts.label[f];
        lastLower = null;
        continue;
      }
      lastLower = null;
    }
    if (cls === CLS_TOTAL) {
      // A total told by its figures alone (its name blank) keeps that evidence.
      const index = push(draftOf(facts, f, "total", forced === "total" ? "corrected" : facts.how[f] === "arithmetic" ? "arithmetic" : "label"));
      if (grand === null) grand = index;
      group = null;
      open = [];
      tier = null;
      continue;
    }
    if (cls === CLS_BARE) {
      const head = group !== null && members[group] === 0 ? drafts[group] : null;
      if (head !== null && head.subtotalLabel === undefined && blank(head.index) && !blank(facts.row[f])) {
        // Right under its group's own row (values blank), before any member: the group's figures.
        head.headIndex = head.index;
        head.index = facts.row[f];
        head.subtotalLabel = facts.label[f];
        continue;
      }
      if ((grand !== null || f < lastArea || mirroredBare) && group !== null && members[group] > 0 && !blank(drafts[group].index)) {
        // After a group whose own row holds its figures, the grand total already read (or more areas, or a `Tổng
        // cộng`, to come: no grand total; or the groups before it closed the same way): the group's figures again.
        mirroredBare = true;
        mirrors.push({ row: facts.row[f], label: facts.label[f], labelCol: facts.labelCol[f], group });
        group = null;
        open = [];
        continue;
      }
      const index = push(draftOf(facts, f, "total", "label"));
      if (group !== null && members[group] > 0 && blank(drafts[group].index)) pending.push({ draft: index, group, members: [] });
      else if (group === null && open.length > 0) pending.push({ draft: index, group: null, members: open });
      else if (grand === null) grand = index;
      group = null;
      open = [];
      continue;
    }
    if (cls === CLS_SUBTOTAL) {
      const how: AreaEvidence = forced === "subtotal" ? "corrected" : "label";
      const named = facts.named[f] === 1;
      const row = facts.row[f];
      const label = facts.label[f];
      const current: number | null = group;
      const canClose = current !== null ? members[current] > 0 : open.length > 0;
      const matches = named && current !== null && drafts[current].key === facts.key[f];
      // Read as opening the communes after it, a subtotal needs one right after it: followed by the grand total, the
      // next district's row (or nothing), it closes the rows above (`Cộng huyện` under a district's communes), never a
      // place of its own.
      const areaAfter = f + 1 < facts.length && facts.cls[f + 1] === CLS_AREA && facts.level[f + 1] !== LEVEL_UPPER;
      const closes = canClose && (matches || (current !== null && named ? false : !policy.before || !areaAfter));
      const head = current !== null && !closes && members[current] === 0 ? drafts[current] : null;
      if (head !== null && (matches || !named) && head.subtotalLabel === undefined && blank(head.index)) {
        // Right under its group's own row (values blank), before any member: the group's figures.
        head.headIndex = head.index;
        head.index = row;
        head.subtotalLabel = label;
        continue;
      }
      if (!closes) {
        openGroup({ ...draftOf(facts, f, "group", how), subtotalLabel: label });
        continue;
      }
      if (current !== null) {
        const owner = drafts[current];
        if (owner.subtotalLabel === undefined && blank(owner.index)) {
          owner.headIndex = owner.index;
          owner.index = row;
          owner.subtotalLabel = label;
        } else mirrors.push({ row, label, labelCol: facts.labelCol[f], group: current });
      } else {
        const index = push({ ...draftOf(facts, f, "group", how), subtotalLabel: label });
        for (const member of open) drafts[member].parent = index;
        members[index] = open.length;
      }
      group = null;
      open = [];
      continue;
    }
    const known = facts.level[f];
    const how: AreaEvidence = known !== LEVEL_UNKNOWN ? facts.how[f] : "position";
    if (known === LEVEL_VILLAGE && lastLower !== null) {
      // A village under its commune: the commune (its figures blank) heads it, a third level.
      const owner = lastLower;
      drafts[owner].kind = "group";
      push({ ...draftOf(facts, f, "leaf", how, owner, drafts[owner].label), village: true });
      continue;
    }
    lastLower = null;
    if (known === LEVEL_TIER && policy.groupAfter !== true) {
      // A tier heads the groups and units after it, up to the next tier or total (inside the open one when nested).
      tier = push(draftOf(facts, f, "group", how, tier !== null && facts.nestedTiers.has(f) ? tier : null));
      group = null;
      open = [];
      continue;
    }
    if (known === LEVEL_ZONE && policy.groupAfter !== true && group !== null) {
      // A zone of the district open, with figures of its own: the group of the communes after it.
      zone = push(draftOf(facts, f, "group", how, group, drafts[group].label));
      zoneGroup = group;
      members[group]++;
      continue;
    }
    if (known === LEVEL_UNKNOWN && forced === undefined && mayBeOwnShare(facts.key[f]) && isOwnShare(facts.label[f]) && !facts.namedLikeAdjustment.has(f) && (group === null || !isOwnShare(drafts[group].label))) {
      // The province's own share or the reserve (`Văn phòng Hội`, `Dự phòng`), nothing else telling its level: a unit
      // beside the districts, never a commune of the one before it nor a group over the ones after it (a unit of the
      // province's own group or tier, `Hội LHPN tỉnh` under `I. Cấp tỉnh`, stays in it).
      lastLower = push(draftOf(facts, f, "leaf", how, tier !== null && isOwnShare(drafts[tier].label) ? tier : null));
      group = null;
      continue;
    }
    const level =
      known === LEVEL_VILLAGE ? LEVEL_LOWER : known === LEVEL_TIER || known === LEVEL_ZONE ? LEVEL_UPPER : known !== LEVEL_UNKNOWN ? known : policy.unknownUnder || facts.summedUnder.has(f) ? LEVEL_LOWER : LEVEL_UPPER;
    if (level === LEVEL_UPPER) {
      if (policy.groupAfter === true) {
        // The rows since the last group or total are its members; the rows after it wait for the next group.
        const index = push(draftOf(facts, f, "group", how));
        for (const member of open) {
          drafts[member].parent = index;
          drafts[member].district = facts.label[f];
        }
        members[index] = open.length;
        group = null;
        open = [];
        continue;
      }
      openGroup(draftOf(facts, f, "group", how, tier));
      continue;
    }
    if (group !== null) {
      lastLower = push(draftOf(facts, f, "leaf", how, zone !== null && zoneGroup === group ? zone : group, drafts[group].label));
      members[group]++;
    } else if (tier !== null) {
      // A unit straight under its tier (`Hội LHPN tỉnh` under `I. Cấp tỉnh`).
      lastLower = push(draftOf(facts, f, "leaf", how, tier));
    } else open.push((lastLower = push(draftOf(facts, f, "leaf", how))));
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
  if (grand === null) promoteLoneSubtotal(drafts, removed);
  if (facts.forced.size > 0) {
    const headings = new Set<number>();
    for (const [f, role] of facts.forced) if (role === "heading") headings.add(facts.row[f]);
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
