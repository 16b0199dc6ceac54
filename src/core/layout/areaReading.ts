/**
 * The area axis read from all the evidence (CONTRACT §2). With two label
 * columns (district, commune) the columns say the levels. With one, each
 * row's level comes from the plan's area list first, then its prefix
 * (Huyện/Xã…), then its STT (Roman numerals, `1` over `1.1`); `Cộng huyện …`
 * rows are their group's subtotal. What that leaves open — a row of unknown
 * level under a group or beside it, an unnamed subtotal after its group or
 * before it — is settled by building each reading and keeping the one under
 * which the typed subtotals and totals add up (ties go to the plain reading:
 * unknown rows under the group above, subtotals after their group).
 */
import { isNoteText } from "./trailer";
import type { Plan } from "../model/plan";
import type { AreaEvidence, ReadingRole } from "../model/reading";
import type { AreaEntry } from "../model/table";
import type { CellValue } from "../model/workbook";
import { areaKey, wordKey } from "../text/fold";
import { buildTwoColumnAreas, showsNoText, twoColumnLabels } from "./areas";
import { arithmeticHint, arithmeticLevels, oneLineGroupsHint, summedUnderDistricts } from "./arithmeticGroups";
import { numberOf, same, scoreTree, scoreValue, withPlanTotals, type TreeScore } from "./areaScore";
import {
  BOTTOM_UP,
  buildTree,
  CLS_AREA,
  CLS_BARE,
  CLS_SUBTOTAL,
  CLS_TOTAL,
  isBareSubtotalWord,
  LEVEL_LOWER,
  LEVEL_TIER,
  LEVEL_UNKNOWN,
  LEVEL_UPPER,
  LEVEL_VILLAGE,
  LEVEL_ZONE,
  namedAfterSubtotalWord,
  namedAfterWholeWord,
  POLICIES,
  RowFacts,
  subtotalLabel,
  type Draft,
  type Tree,
} from "./areaTree";
import { isBlank, isNumeric } from "./cells";
import type { Frame } from "./frame";
import { addedBlocks, cellText } from "./grid";
import { areaLevel, isPeriodLabel, isTotalLabel, isVillage, labelFacts, letterAfterOneOf, markLetter, readRowLabel, readTidyRowLabel, stripNumbering, type RowLabel } from "./labels";
import { areaNameOf, mayOpenWithOrganisation } from "./areaName";
import { addCommonRow, isCommonRow, mayNameAGroup, readCommonRows, type CommonRowSheet } from "./commonRow";
import { SttMarks } from "./sttMarks";
import { namesFundingSource } from "./sourceColumns";
import { isTypingSlip } from "./typingSlip";
import { levelWordTiers } from "./levelWordTiers";
import { itemNumberedSiblings } from "./itemSiblings";
import { villageLinesDisagree } from "./villageLines";
import { isOwnShare, mayBeOwnShare } from "../text/ownShare";
import { communesNamedLikeAdjustments } from "./communesNamedLikeAdjustments";

/** A user's correction of a row (frame position): its role, or leave it out. */
export type AreaOverride = ReadingRole | "ignore";

/** A `Cộng …` row repeating a group whose own row holds its values (shown in the reading, checked by the score). */
export interface MirrorSubtotal {
  readonly label: string;
  /** Sheet row (areas-as-rows) or column of the subtotal. */
  readonly index: number;
  /** Index into the areas of the group it repeats. */
  readonly group: number;
}

export interface AreaReading {
  readonly areas: AreaEntry[];
  readonly mirrors: readonly MirrorSubtotal[];
  /** Distinct readings built and scored (1 when the evidence left nothing open). */
  readonly candidates: number;
  /** The best and the runner-up reading scored (nearly) alike. */
  readonly nearTie: boolean;
  /** Frame positions the user's corrections left out. */
  readonly ignored: readonly number[];
  /** What was left out at each of `ignored`, where a row holds more than one label (district | commune). */
  readonly ignoredLabels?: ReadonlyMap<number, string>;
  /** Frame positions with figures but no name (and no total word in the STT column): left out of every total, to be said. */
  readonly unnamed: readonly number[];
  /** Frame positions of `Trong đó: …` rows (a part of the row above, already in it): left out, said in the reading. */
  readonly ofWhich: readonly number[];
  /** Frame positions of villages (`Thôn 1`, `Bản Mới`) listed under a commune whose own row holds the figures: parts of it, left out, said. */
  readonly villages?: readonly number[];
  /** Frame positions of rows naming a group of areas (`Các xã khu vực III`), their figures blank: headings, no area. */
  readonly groupHeadings?: readonly number[];
  /** Frame positions of note rows among the areas (`Ghi chú: …`), their figures or none: no area, left out, said. */
  readonly notes?: readonly number[];
  /** Every district holds one commune with the same figures, and only their order told which row is the district. */
  readonly pairedByPosition?: boolean;
  /** One line, no total row, read flat past the plan's target, where some rows add up the rows after them like districts. */
  readonly groupsUnsure?: boolean;
  /**
   * Frame positions of communes whose figure is not their villages' sum, the villages then read as the allocation,
   * on a sheet whose villages hold figures on one line only: nothing else tells that reading from the villages as a
   * mistyped breakdown of the commune's figure.
   */
  readonly villagesUnsure?: readonly number[];
  /** With `villagesUnsure`: the villages hold figures on several lines, adding up to the commune's on one and not on another. */
  readonly villageLinesDisagree?: true;
}

/** Two readings nearly tie when their scores differ by at most this share of the checks (and by at most 0 on few checks). */
const TIE_SHARE = 0.05;

function levelsFromPlan(plan: Plan): { upper: Set<string>; lower: Set<string> } {
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const area of plan.areas) {
    // A one-column list of communes (`Xã Phong Phú` under a `Xã` or `Địa bàn` header) names communes, not districts.
    if (area.commune === undefined && areaLevel(area.district) === "commune") lower.add(areaKey(area.district));
    else upper.add(areaKey(area.district));
    if (area.commune !== undefined) lower.add(areaKey(area.commune));
  }
  return { upper, lower };
}

/** The label of the row being read (one object, refilled row after row). */
const ROW_LABEL: RowLabel = { key: "", folded: null, total: false, level: null, romanPrefix: false };

function rowFacts(
  frame: Frame,
  plan: Plan,
  overrides: ReadonlyMap<number, AreaOverride>,
  ignored: number[],
  blank: (row: number) => boolean,
  unnamed: number[],
  ofWhich: number[],
  villages: number[] = [],
  owners: number[] = [],
  split: ReadonlySet<number> = new Set(),
  headings: number[] = [],
  romans: number[] = [],
  letters: number[] = [],
  valueCols: readonly number[] = [],
  notes: number[] = [],
): RowFacts {
  const { upper, lower } = levelsFromPlan(plan);
  const col = frame.areaCols[0];
  const positions = frame.areaPositions;
  const facts = new RowFacts(col === undefined ? 0 : positions.length);
  if (col === undefined) return facts;
  const grid = frame.grid;
  const anyOverride = overrides.size > 0;
  const stt = new SttMarks(frame, col);
  /** The key of the last row read as a group (district), which a `Cộng <its name>` row closes. */
  let upperKey: string | null = null;
  /** `upperKey` before the last group row read (restored when that row turns out a commune). */
  let upperBefore: string | null = null;
  /** A zone of the district open has been read (`a | Vùng ven sông`): the next lettered row may be its next zone. */
  let zoneOpen = false;
  /** `zoneOpen` as it was before the last row read as a group by the common case. */
  let zoneBeforeUpper = false;
  /** The plan's communes' districts (keys), made when first asked. */
  let districtOf: ReadonlyMap<string, string> | undefined;
  /** An unbulleted bare name over bulleted ones (`Ba Vì` over `- Khánh Thượng`) is open: a bulleted name is its item. */
  let bulletGroupOpen = false;
  // The STT (`2`) of the last row read as a district by its numbered items alone, while no other district follows it.
  let numberedOpen: string | null = null;
  /** The row read as that district names a level of government (`2 | Cấp huyện`): its items are districts, no communes. */
  let numberedTier = false;
  /** The fact of that row. */
  let numberedFact = -1;
  /** The last row read as a district was numbered by a Roman numeral and names a place (`I | Phong Thổ`). */
  let romanOpen = false;
  /** The open district is named by its prefix on a row the STT leaves unnumbered (`Huyện Bắc Hà` over `1 | …`). */
  let unnumberedOpen = false;
  /** Names indented by leading spaces under unindented ones tell the levels as bullets do (see `indentTells`). */
  const indented = indentTells(frame) ? (k: number) => indentOf(grid.value(positions[k], col)) > 0 : null;
  /** Periods (`Năm 2024`) have been read inside a district, each a zone of it, not a tier over the districts. */
  let periodsInDistricts = false;
  /** A `Trong đó:` row without figures was just read: the rows naming kinds of areas after it are its parts. */
  let ofWhichOpen = false;
  /** A `Trong đó` row, or a total (`Tổng cộng`, `Cộng`), or a part of either, was just read: rows naming a funding source after it are its parts. */
  let sourcesOpen = false;
  /** The one letters numbering a label read so far (`A. Ba Vì`), as `markLetter` marks them. */
  const labelLetters = new Uint32Array(2);
  /** The sheet's common rows told by `isCommonRow`, the user's corrections left to the full reading. */
  const common: CommonRowSheet = { frame, col, stt, blank, upper, lower, corrected: anyOverride ? overrides : null, label: ROW_LABEL };
  /** Any unbulleted row (nor indented under an unindented name) closes the bulleted items of the name before it. */
  const closeBullets = (label: string, k: number): void => {
    if (bulletGroupOpen && !isBulletedLabel(label) && !(indented !== null && indented(k))) bulletGroupOpen = false;
  };
  /**
   * One row of the area axis read, whatever its shape. A common row is read by `readCommonRows` while no run of parts
   * or bullets is open; in one (`askCommon`), the row is asked whether it is one once weighed as the run's part.
   */
  const readRow = (k: number, askCommon: boolean): void => {
      const row = positions[k];
      // `ownText`, looking the merge up once for the label and its column.
      const merge = grid.mergeAt(row, col);
      const value = merge === undefined ? grid.value(row, col) : merge.top === row ? grid.value(merge.top, merge.left) : null;
      // A tidy text is its own label (`cellText`), and is read as one in the pass that finds it tidy.
      const tidy = typeof value === "string" && value !== "" && readTidyRowLabel(value, ROW_LABEL);
      let label = tidy ? value : cellText(value);
      let labelCol = merge?.left ?? col;
      if (label === "") {
        // `Tổng cộng`, `Cộng huyện` typed in the STT column, the name cell blank: the row's label.
        let inStt = totalInStt(frame, row);
        let inCol = frame.sttCol;
        if (inStt === null && merge === undefined) {
          // `Tổng số` in the header row above the areas' names (areas as columns), over no name of its own: the total.
          const before = totalBefore(frame, row);
          if (before !== null) ({ text: inStt, col: inCol } = before);
        }
        if (inStt === null) {
          // The first or last row, nameless, its figures the sum of the named rows (or half of it, districts and their
          // communes both counted) on every line: the grand total, its label left blank.
          if (merge === undefined && !(anyOverride && overrides.has(row)) && !blank(row) && unnamedTotal(frame, k, valueCols, blank)) {
            facts.add(row, UNNAMED_TOTAL, col, wordKey(UNNAMED_TOTAL), CLS_TOTAL, false, LEVEL_UNKNOWN, "arithmetic");
            return;
          }
          // A row with figures and no name cannot be placed: said, not dropped. So too a row under a name merged down over it
          // with figures of its own (not merged with the name's row): nothing tells whose they are. A nameless row of text
          // alone (`Trang 1/2`, a remark typed over the figures' columns) holds nothing to count: no area, nothing to say.
          if (!blank(row) && valueCols.some((c) => isNumeric(grid.value(row, c)))) unnamed.push(row);
          return;
        }
        label = inStt;
        labelCol = inCol!;
      }
      const override = anyOverride ? overrides.get(row) : undefined;
      if (override === "ignore") {
        ignored.push(row);
        return;
      }
      if (override === undefined && isNoteText(label)) {
        // `Ghi chú: …` between the areas, its figures or none: a note, no area — left out, said.
        notes.push(row);
        return;
      }
      const facts0 = tidy ? ROW_LABEL : readRowLabel(label, ROW_LABEL);
      if (!tidy) {
        // `C. Sơn Tây` after `A. Ba Vì`, `B. Thạch Thất`: the third letter of their series, not the Roman numeral 100.
        const letter = letterNumbering(label);
        if (letter !== "" && facts0.romanPrefix && letterAfterOneOf(labelLetters, letter)) facts0.romanPrefix = false;
        if (letter !== "") markLetter(labelLetters, letter);
      }
      const folded = facts0.folded;
      if (override === undefined && folded !== null && isOfWhich(folded) && !lower.has(facts0.key) && !upper.has(facts0.key)) {
        // `Trong đó: xã khu vực III` — a part of the row above, already counted in it: no area, never added again.
        ofWhich.push(row);
        ofWhichOpen = blank(row);
        sourcesOpen = true;
        return;
      }
      if (override === undefined && folded !== null && isSplitInto(folded) && !lower.has(facts0.key) && !upper.has(facts0.key)) {
        // `Chia ra:`, `Bao gồm:` — a connective before the rows that split the row above (`Cấp tỉnh`, `Cấp huyện`),
        // figures or none: no area; the rows after it are read as they are.
        headings.push(row);
        return;
      }
      if (ofWhichOpen && override === undefined && !lower.has(facts0.key) && !upper.has(facts0.key) && namesAPart(label, folded, facts0, upper.size + lower.size > 0)) {
        // `Trong đó:` alone, then `- Các xã đặc biệt khó khăn`: parts of the row above it, already counted in it.
        ofWhich.push(row);
        return;
      }
      if (sourcesOpen && override === undefined && !lower.has(facts0.key) && !upper.has(facts0.key) && namesFundingSource(label) && !headsBlock(frame, k, valueCols) && !blankHeading(frame, k, blank)) {
        // `Tổng cộng` (or `Trong đó:`), then `- Vốn NSTW`, `- Vốn đối ứng địa phương`: the total split by funding
        // source, already counted in it — no areas.
        ofWhich.push(row);
        return;
      }
      ofWhichOpen = false;
      sourcesOpen = false;
      if (askCommon && isCommonRow(common, k)) {
        // No part of the run: a common row, read as `readCommonRows` reads it.
        closeBullets(label, k);
        addCommonRow(common, k, facts);
        return;
      }
      if (override === undefined && blank(row) && isLoneLevelHeading(facts, label) && nextHasFigures(frame, k, blank)) {
        // `A. CẤP HUYỆN`, `CẤP XÃ` with no figures over the rows after it, after no level of its own (the levels with
        // figures before the districts are `levelWordTiers`'): a heading, no area allocated nothing.
        headings.push(row);
        return;
      }
      if (override === undefined && blank(row) && namesAGroup(folded, facts0.level === "commune" ? facts0.key : null) && !lower.has(facts0.key) && !upper.has(facts0.key)) {
        // `Các xã khu vực III`, `Nhóm xã đặc biệt khó khăn` over the communes it groups, no figures: a heading, no area.
        headings.push(row);
        return;
      }
      if (override === undefined && upperKey !== null && !facts0.romanPrefix && !stt.roman(k) && zoneMayOpen(facts, zoneOpen) && mayNameAGroup(folded, facts0.level === "commune" ? facts0.key : null) && namesAGroup(folded, facts0.level === "commune" ? facts0.key : null) && !lower.has(facts0.key) && !upper.has(facts0.key)) {
        // `Khu vực I`, `Các xã khu vực III` inside a district, with figures of its own: a zone grouping the communes after it.
        if (stt.smallLetter(k) && numberedBeforeZone(facts, zoneBeforeUpper, stt, k)) upperKey = upperBefore;
        facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, LEVEL_ZONE, "label");
        zoneOpen = true;
        return;
      }
      const bare = override === undefined && folded !== null && facts0.level === null && !lower.has(facts0.key) && !upper.has(facts0.key);
      // Right under the district's row, or after the communes of a zone before it (never right under a commune: its village).
      if (bare && upperKey !== null && stt.smallLetter(k) && zoneMayOpen(facts, zoneOpen) && !blank(row) && leadsNumberedRun(frame, k, stt, valueCols)) {
        // `a | Vùng ven sông` inside a district, its figures the sum of the communes numbered `1`, `2` after it: a zone of them.
        if (numberedBeforeZone(facts, zoneBeforeUpper, stt, k)) upperKey = upperBefore;
        if (upperKey !== null) {
          facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, LEVEL_ZONE, "stt");
          zoneOpen = true;
          return;
        }
      }
      const villageWords = bare && isVillage(folded, lower.size > 0);
      // `Bản Mới`, `Làng Nủ` (a commune's name too) right under a commune named by its prefix whose figures are blank.
      // Not the commune's own name typed again right after its blank row (`Xã Bản Liền` blank, then `Bản Liền` with the
      // figures, no village after it): the commune twice, one row blank — read beside it, the repeat told as such.
      const villageUnderHeading = bare && !villageWords && isVillage(folded, true) && !repeatsBlankCommune(frame, facts, facts0.key, k, col, blank);
      // A commune's name the plan lists, numbered as an item (`1.1.1 | Nậm Cười`) right under that commune's row
      // (`1.1 | Nậm Cười`): its village named after it, not the commune again.
      const namedAfterCommune = override === undefined && folded !== null && facts0.level === null && lower.has(facts0.key) && !upper.has(facts0.key) && stt.subItem(k);
      // A bare name numbered as an item (`-`, `1.1`, `a`) under a commune reads as one of its villages too.
      if (villageWords || villageUnderHeading || (bare && stt.subItem(k)) || namedAfterCommune) {
        const found = communeAbove(facts, lower);
        // A bare name is a village only when numbered one level below the commune (`1` over `-`, `1.2` over `1.2.1`), not beside it.
        const nested =
          found >= 0 &&
          (!namedAfterCommune || facts.key[found] === facts0.key) &&
          (villageWords || (villageUnderHeading && blank(facts.row[found])) || sttDepth(sttValue(frame, row)) > sttDepth(sttValue(frame, facts.row[found])));
        // `Bản Liền`, `Làng Nủ` are communes' names too: read as a village by that word alone under a commune whose own
        // figures are not theirs (`split`), it would make the commune a subtotal that does not add up — a commune beside it.
        const beside =
          nested &&
          folded !== null &&
          split.has(facts.row[found]) &&
          !isVillage(folded, false) &&
          sttDepth(sttValue(frame, row)) <= sttDepth(sttValue(frame, facts.row[found]));
        const owner = nested && !beside ? found : -1;
        if (owner >= 0) {
          const ownerRow = facts.row[owner];
          // Under a commune whose row holds the figures and matches theirs: a part of it, left out (villages add no fact:
          // the last fact is the commune they follow). Under one whose figures are blank, or differ from the villages'
          // sum (`split`), the villages hold them: a third level under it, the commune's own figures their subtotal.
          const held = !blank(ownerRow) && !split.has(ownerRow);
          if (!held || (owner === facts.length - 1 && villageOwner(villages, ownerRow, row))) {
            if (facts.level[owner] === LEVEL_UPPER) {
              // Its STT (`1` over the villages' `-`) made the commune a numbered group; its prefix or the plan's list says commune.
              facts.level[owner] = LEVEL_LOWER;
              facts.how[owner] = lower.has(facts.key[owner]) ? "area-list" : "prefix";
            }
            if (held) {
              villages.push(row);
              owners.push(ownerRow);
            } else facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, LEVEL_VILLAGE, villageWords || villageUnderHeading ? "prefix" : "stt");
            return;
          }
        }
      }
      if (bare && folded !== null && isPeriodLabel(folded) && upperKey !== null && (periodsInDistricts || leadsOpenDistrict(facts, upperKey))) {
        // `Năm 2024` right under the district's row (and each period after it while a district is open): the district's
        // communes split by period, each period a zone of its district — the communes repeated in the next period no duplicates.
        facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, LEVEL_ZONE, "label");
        periodsInDistricts = true;
        zoneOpen = true;
        return;
      }
      if (bare && folded !== null && isPeriodLabel(folded)) {
        // `Năm 2024`, `Giai đoạn 2022 - 2025` over the areas: the period the rows after it are allocated in, a tier
        // over them (a heading when its figures are blank) — no area, and no commune of the district before it.
        facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, LEVEL_TIER, "label");
        upperBefore = upperKey;
        upperKey = null;
        zoneOpen = false;
        return;
      }
      if (bare && lower.size > 0 && blank(row) && nextListedElsewhere(frame, k, (districtOf ??= communeDistricts(plan)), upperKey, blank)) {
        // A bare name without figures over communes the plan lists under another district than the one open (`Quoc Ooai`
        // over Quốc Oai's communes): that district, misspelt — not a commune of the district before it.
        facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, LEVEL_UPPER, "position");
        upperBefore = upperKey;
        upperKey = facts0.key;
        zoneOpen = false;
        return;
      }
      if (bare && upperKey !== null && blank(row) && ((stt.headsNumberedRows(k) && nextHasFigures(frame, k, blank)) || (lower.size > 0 && stt.unnumbered(k) && nextListed(frame, k, (districtOf ??= communeDistricts(plan)), upperKey, blank)))) {
        if (numberingRestarts(frame, facts, k) && districtClosed(frame, facts, valueCols, blank)) {
          // The communes after it numbered from `1` again: a district of its own (its prefix left out), heading them.
          facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, LEVEL_UPPER, "stt");
          upperBefore = upperKey;
          upperKey = facts0.key;
          zoneOpen = false;
          return;
        }
        // `Khu vực I`, `Vùng thấp` inside a district, unnumbered and without figures, over numbered communes that hold them
        // (or, named by no list, over communes of the plan's list that do): a heading of the rows after it, no area allocated nothing.
        headings.push(row);
        return;
      }
      // Subtotal words lead the label: test the regex only on labels that start like one (never one led by a prefix).
      const subtotalLed = folded !== null && (folded.startsWith("cong ") || folded.startsWith("tong "));
      let sub = subtotalLed ? subtotalLabel(folded) : null;
      if (subtotalLed && sub === null && !lower.has(facts0.key)) {
        // `Cộng Ba Vì`, `Tổng cộng Ba Vì`: the subtotal of the district it names (the group above, or one of the plan's), never
        // an area; a name no group bears (`Cộng Hòa`) is the area's own.
        const name = namedAfterSubtotalWord(folded);
        if (name !== null && (name === upperKey || upper.has(name))) sub = { name };
      } else if (folded !== null && folded.startsWith("toan ")) {
        // `Toàn huyện Ba Vì` naming the district above (or one of the plan's): its subtotal, not a grand total.
        const name = namedAfterWholeWord(folded);
        if (name !== null && (name === upperKey || upper.has(name))) sub = { name };
      }
      if (override === undefined && sub === null && !facts0.total && (folded === null || !isBareSubtotalWord(folded))) {
        // A part lettered `A`, `B` naming no area (`A. Cấp tỉnh`): maybe a tier over the districts.
        if (bare && stt.capitalLetter(k)) letters.push(facts.length);
        // The common case (one per body row), without intermediate objects.
        let level = LEVEL_UNKNOWN;
        let how: AreaEvidence = "position";
        let opensBullets = false;
        let numberedUpper = false;
        let underTier = false;
        // A commune named after its district (`Xã Ba Vì` in Huyện Ba Vì): its own prefix beats a list naming only the district.
        const communeOfListedDistrict = facts0.level === "commune" && !lower.has(facts0.key);
        if ((upper.size > 0 || lower.size > 0) && upper.has(facts0.key) !== lower.has(facts0.key) && !communeOfListedDistrict) {
          level = upper.has(facts0.key) ? LEVEL_UPPER : LEVEL_LOWER;
          how = "area-list";
          // A Roman numeral over a district of the plan's list (`III. Mỹ Đức`) numbers the districts: no tiers.
          if (level === LEVEL_UPPER && (facts0.romanPrefix || stt.roman(k))) romans.push(~facts.length);
        } else if (facts0.level === null && upper.has(facts0.key) && lower.has(facts0.key) && upperKey === facts0.key && !facts0.romanPrefix && !stt.roman(k)) {
          // A bare name the plan lists as a district and as one of its communes (`Ba Vì` in Ba Vì), that district open:
          // the commune named after it.
          level = LEVEL_LOWER;
          how = "area-list";
        } else if (
          facts0.level === null && upper.has(facts0.key) && lower.has(facts0.key) && !facts0.romanPrefix && !stt.roman(k) && !stt.numberedGroup(k) &&
          !afterCommuneOf(facts, (districtOf ??= communeDistricts(plan)), facts0.key) && leadsListedRun(frame, k, districtOf, facts0.key, valueCols, facts0.key)
        ) {
          // The same name, no district of it open, over the plan's communes of it whose figures it adds up: the district.
          // Else the district's commune of that name (`Quốc Oai` before `Phú Mãn` in Quốc Oai), as in a commune column.
          level = LEVEL_UPPER;
          how = "area-list";
        } else if (
          bare &&
          (romanOpen ? !facts0.romanPrefix && !stt.roman(k) && stt.numberedGroup(k) : numberedOpen !== null && !numberedTier && stt.smallLetter(k)) &&
          holdsItsItems(frame, k, valueCols, blank)
        ) {
          // `1 | Nậm Cười` under `I | Phong Thổ`, or `a | Nậm Cười` under `1 | Phong Thổ`, over its items (`1.1`, `-`) whose
          // figures it holds: the district's commune over its villages, numbered a level below it — not a district beside it.
          level = LEVEL_LOWER;
          how = "stt";
        } else if (bare && (romanOpen || unnumberedOpen) && !facts0.romanPrefix && stt.whole(k) && !stt.numberedGroup(k)) {
          // `5 | Sính Phình` under `II | Huyện Bắc Hà` (or an unnumbered `Huyện Bắc Hà`), numbered as its communes are: the
          // district's commune, whatever its figures (a district's SUM stopping short of it makes it no unit beside the districts).
          level = LEVEL_LOWER;
          how = "stt";
        } else if (facts0.romanPrefix || stt.roman(k) || stt.numberedGroup(k)) {
          level = LEVEL_UPPER;
          how = "stt";
          numberedUpper = !facts0.romanPrefix && !stt.roman(k) && stt.numberedGroup(k);
          // A Roman numeral over a label naming no district (`I. Cấp tỉnh`): maybe a tier over the districts. One over
          // an area's name (`II. Huyện Ba Vì`, its bitwise complement kept) numbers the districts themselves: no tiers.
          if (facts0.romanPrefix || stt.roman(k)) romans.push(facts0.level === null && !upper.has(facts0.key) && !lower.has(facts0.key) ? facts.length : ~facts.length);
        } else if (
          facts0.level === null &&
          numberedOpen !== null &&
          itemNumberOf(sttValue(frame, row), numberedOpen) &&
          nestsItems(frame, k, col) &&
          (numberedTier || nextItemLevel(frame, k, col) === "commune")
        ) {
          // `1.1 | Phong Thổ` under `1 | Vùng Tây Bắc` (or `2 | Cấp huyện`) over communes `1.1.1 | Xã Nậm Cười`: a district,
          // the row numbering it a tier over the districts.
          level = LEVEL_UPPER;
          how = "stt";
          underTier = true;
        } else if (
          facts0.level === null &&
          numberedOpen !== null &&
          itemNumberOf(sttValue(frame, row), numberedOpen) &&
          (!nestsItems(frame, k, col) || (!numberedTier && holdsItsItems(frame, k, valueCols, blank)))
        ) {
          // `2.1 | Nghĩa Đô` under `2 | Phong Thổ` read as a district by its numbered items: its item, whatever the figures
          // (a district's short SUM equal to its first commune's row makes it no sibling of its district). Not one with
          // items of its own (`1.1` over `1.1.1`: a level between) — unless its figures are their sum (or blank, theirs
          // holding them): the commune over its villages (`1.1 | Nậm Cười` over `1.1.1 | Pa Thắng`), as a village's word tells.
          level = LEVEL_LOWER;
          how = "stt";
        } else if (facts0.level !== null) {
          level = facts0.level === "district" ? LEVEL_UPPER : LEVEL_LOWER;
          how = "prefix";
          // `2.1 | Huyện Phong Thổ` numbered under `2 | Cấp huyện`: a district under a tier.
          underTier = level === LEVEL_UPPER && numberedOpen !== null && itemNumberOf(sttValue(frame, row), numberedOpen);
        } else if (bare && stt.capitalLetter(k) && stt.wholeNext(k)) {
          // `A | Bắc Hà` over rows numbered `1`, `2`: a group of them, as a Roman numeral is (a tier over the districts
          // when districts come under it, see `romanTiers`).
          level = LEVEL_UPPER;
          how = "stt";
        } else if (bare && frame.sttCol === null) {
          // Bare names, no numbering column: a name led by a bullet (`- Khánh Thượng`) is an item of the unbulleted
          // name above it, which leads the bulleted names after it (its figures, stale or not, its items' subtotal).
          // So too a name indented by leading spaces under an unindented one (told by the label as typed).
          if (isBulletedLabel(label)) {
            if (bulletGroupOpen) {
              level = LEVEL_LOWER;
              how = "stt";
            }
          } else if (indented !== null && indented(k)) {
            if (bulletGroupOpen) {
              level = LEVEL_LOWER;
              how = "label";
            }
          } else if (nextIsBulleted(frame, k)) {
            level = LEVEL_UPPER;
            how = "stt";
            opensBullets = true;
          } else if (indented !== null && nextLabelled(frame, k, indented)) {
            level = LEVEL_UPPER;
            how = "label";
            opensBullets = true;
          }
        }
        if (opensBullets) bulletGroupOpen = true;
        else closeBullets(label, k);
        if (level === LEVEL_UPPER && facts0.key === upperKey && organisationOf(label)) {
          // `Hội LHPN huyện Ba Vì` under `Huyện Ba Vì`: the district's own body, an item of the district, not the district again.
          level = LEVEL_LOWER;
          how = "label";
        } else if (
          level === LEVEL_UPPER &&
          how === "area-list" &&
          lower.size > 0 &&
          !blank(row) &&
          organisationOf(label) &&
          !leadsListedRun(frame, k, (districtOf ??= communeDistricts(plan)), facts0.key, valueCols)
        ) {
          // `Trung tâm Y tế huyện Ba Vì` with figures of its own, not adding up the plan's communes of Ba Vì after it: the
          // district's own body, an item beside the communes, not the district over the rows after it.
          level = LEVEL_LOWER;
          how = "label";
        }
        if (level === LEVEL_UPPER && !underTier) {
          // A district numbered by a Roman numeral and named as a place (not `I. Cấp tỉnh`, `II. Các huyện`): its communes are numbered `1`, `2`.
          romanOpen = (facts0.romanPrefix || stt.roman(k)) && facts0.level !== "commune" && !LEVEL_LABEL.test(wordKey(stripNumbering(label)).replace(/:$/, "")) && !isOwnShare(label) && !namesAGroup(folded, null);
          unnumberedOpen = how === "prefix" && facts0.level === "district" && stt.unnumbered(k);
        }
        if (underTier) {
          // The row numbering the districts is a tier over them (its items stay numbered under it).
          facts.level[numberedFact] = LEVEL_TIER;
          facts.how[numberedFact] = "stt";
        } else if (level === LEVEL_UPPER) {
          numberedOpen = numberedUpper && how === "stt" ? sttText(sttValue(frame, row)) : null;
          numberedTier = numberedOpen !== null && LEVEL_LABEL.test(wordKey(stripNumbering(label)).replace(/:$/, ""));
          numberedFact = facts.length;
        }
        if (level === LEVEL_UPPER) {
          upperBefore = upperKey;
          upperKey = facts0.key;
          zoneBeforeUpper = zoneOpen;
          if (facts0.level !== "commune") zoneOpen = false;
        }
        facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, level, how);
        return;
      }
      if (override !== undefined) {
        const forced = override;
        if (forced === "total") facts.add(row, label, labelCol, facts0.key, CLS_TOTAL, false, LEVEL_UNKNOWN, "label", forced);
        else if (forced === "subtotal") facts.add(row, label, labelCol, sub?.name || facts0.key, CLS_SUBTOTAL, sub !== null && sub.name !== "", LEVEL_UNKNOWN, "label", forced);
        else facts.add(row, label, labelCol, facts0.key, CLS_AREA, false, forced === "leaf" ? LEVEL_LOWER : LEVEL_UPPER, "corrected", forced);
        return;
      }
      if (sub !== null && sub.name === "" && folded !== null && folded.includes(" toan ")) {
        // `Cộng toàn huyện`, `Tổng cộng toàn huyện`: like a bare `Cộng`, the grand total once, each group's subtotal when repeated.
        facts.add(row, label, labelCol, facts0.key, CLS_BARE, false, LEVEL_UNKNOWN, "label");
        sourcesOpen = true;
        return;
      }
      if (sub !== null) {
        facts.add(row, label, labelCol, sub.name !== "" ? sub.name : facts0.key, CLS_SUBTOTAL, sub.name !== "", LEVEL_UNKNOWN, "label");
        return;
      }
      if (folded !== null && isBareSubtotalWord(folded)) {
        facts.add(row, label, labelCol, facts0.key, CLS_BARE, false, LEVEL_UNKNOWN, "label");
        sourcesOpen = true;
        return;
      }
      if (facts.length === 0 && blank(row) && totalWithFiguresAfter(frame, k, blank)) {
        // `TỔNG CỘNG` without figures over the body, the total with figures at its foot: a title, no second total.
        headings.push(row);
        return;
      }
      facts.add(row, label, labelCol, facts0.key, CLS_TOTAL, false, LEVEL_UNKNOWN, "label");
      sourcesOpen = true;
  };
  // The common rows (`isCommonRow`: a commune named by its prefix, with figures, …) read by a small loop of their own
  // while no run is open, the other rows by `readRow`.
  for (let k = 0; k < positions.length; k++) {
    const runOpen = ofWhichOpen || sourcesOpen || bulletGroupOpen;
    if (!runOpen) k = readCommonRows(common, k, facts);
    if (k < positions.length) readRow(k, runOpen);
  }
  return facts;
}

/**
 * The one letter numbering a label (`A. Ba Vì`, `c) Vùng cao`), or "". Read by its first characters only.
 */
function letterNumbering(label: string): string {
  let i = 0;
  while (i < label.length && label.charCodeAt(i) === 32) i++;
  const mark = label.charCodeAt(i + 1);
  if (i + 2 >= label.length || (mark !== 46 && mark !== 41 && mark !== 47) || label.charCodeAt(i + 2) !== 32) return "";
  const c = label.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? label[i] : "";
}

/** True when an organisation's name opens the label (`UBND huyện …`, `Hội LHPN huyện …`). */
function organisationOf(label: string): boolean {
  return areaNameOf(stripNumbering(label)) !== stripNumbering(label) && mayOpenWithOrganisation(wordKey(stripNumbering(label)));
}


/** A whole-number STT as typed, without a trailing mark (`2.` → `2`). */
function sttText(value: CellValue): string | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim().replace(/[./]$/, "") : "";
  return /^\d+$/.test(text) ? text : null;
}

/** `2.1`, `2,3` (typed, or a number Excel keeps as 2.1): an item numbered under `2`, one level down. */
function itemNumberOf(value: CellValue, group: string): boolean {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  return text.length > group.length + 1 && text.startsWith(group) && (text[group.length] === "." || text[group.length] === ",") && /^\d+$/.test(text.slice(group.length + 1));
}

/**
 * The next labelled row (of the three after) is numbered a level deeper (`1.1.1` after `1.1`) and is no village by
 * its word (`1.1.1 | Bản Mới` under `1.1 | Nghĩa Đô`: the commune's village, so the commune no level between).
 */
function nestsItems(frame: Frame, k: number, labelCol: number): boolean {
  const positions = frame.areaPositions;
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    const label = frame.grid.value(positions[next], labelCol);
    if (showsNoText(label)) continue;
    const value = sttValue(frame, positions[next]);
    if (typeof value !== "string" || !/^\s*\d+[.,]\d+[.,]\d+/.test(value)) return false;
    const folded = typeof label === "string" ? readRowLabel(label, { ...ROW_LABEL }).folded : null;
    return folded === null || !isVillage(folded, true);
  }
  return false;
}

/**
 * The `k`th row's bare name is the name of the commune row right before it,
 * whose figures are blank (`Xã Bản Liền` over `Bản Liền`), and the next
 * labelled row (of the three after) is no village by its word: the same
 * commune typed twice, not its one village named after it.
 */
function repeatsBlankCommune(frame: Frame, facts: RowFacts, key: string, k: number, labelCol: number, blank: (row: number) => boolean): boolean {
  const last = facts.length - 1;
  if (last < 0 || facts.cls[last] !== CLS_AREA || facts.key[last] !== key || !blank(facts.row[last]) || areaLevel(facts.label[last]) !== "commune") return false;
  const positions = frame.areaPositions;
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    const label = frame.grid.value(positions[next], labelCol);
    if (showsNoText(label)) continue;
    const folded = typeof label === "string" ? readRowLabel(label, { ...ROW_LABEL }).folded : null;
    return folded === null || !isVillage(folded, true);
  }
  return true;
}

/**
 * The `k`th row's items (the rows right after it numbered a level deeper, `1.1.1`, `1.1.2` under `1.1`, `-` under `a`
 * or `1`, one at least, none named by a prefix)
 * add up to its figures on every value column but one at most (a cell mistyped, told at it), or its figures are
 * blank and theirs are not (the items hold them).
 */
function holdsItsItems(frame: Frame, k: number, valueCols: readonly number[], blank: (row: number) => boolean): boolean {
  if (valueCols.length === 0) return false;
  const positions = frame.areaPositions;
  const grid = frame.grid;
  const depth = sttDepth(sttValue(frame, positions[k]));
  if (depth === 0) return false;
  const sums = new Float64Array(valueCols.length);
  let members = 0;
  let figures = false;
  for (let next = k + 1; next < positions.length; next++) {
    const row = positions[next];
    if (showsNoText(grid.value(row, frame.areaCols[0]))) continue;
    if (sttDepth(sttValue(frame, row)) <= depth) break;
    // An item named a commune or district by its prefix (`1.1.1 | Xã Nậm Cười`): the row over it is no commune.
    if (areaLevel(cellText(grid.value(row, frame.areaCols[0]))) !== null) return false;
    members++;
    if (!blank(row)) figures = true;
    for (let c = 0; c < valueCols.length; c++) sums[c] += numberOf(grid.value(row, valueCols[c]));
  }
  if (members === 0) return false;
  return blank(positions[k]) ? figures : addsUpToSums(grid, positions[k], valueCols, sums);
}

/** The level its prefix names (`Xã Nậm Cười`: commune) of the next labelled row (of the three after the `k`th), or null. */
function nextItemLevel(frame: Frame, k: number, labelCol: number): "district" | "commune" | null {
  const positions = frame.areaPositions;
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    const label = frame.grid.value(positions[next], labelCol);
    if (showsNoText(label)) continue;
    return areaLevel(cellText(label));
  }
  return null;
}

function sttValue(frame: Frame, row: number): CellValue {
  return frame.sttCol === null ? null : frame.grid.value(row, frame.sttCol);
}

/**
 * How deep a list number nests: none 0, `1` 1, `1.2` 2, `1.2.3` 3, a letter
 * (`a`, `b)`) 8, a mark (`-`, `+`, `•`) 9 — marks list the items of any
 * numbered row.
 */
function sttDepth(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === "number") return Number.isInteger(value) ? 1 : 2;
  if (typeof value !== "string") return 0;
  const text = value.trim().replace(/[.)/]$/, "");
  if (text === "") return 0;
  if (/^\d+(?:[.,]\d+)*$/.test(text)) return text.split(/[.,]/).length;
  if (/^[a-zđ]$/i.test(text)) return 8;
  if (/^[-+*•–]$/.test(text)) return 9;
  return 0;
}

/**
 * The fact of the commune that a village row belongs to: the area fact just
 * above (past the villages already under it) named a commune by its prefix
 * or the plan's list — and not a district of the plan. -1 when there is none.
 */
function communeAbove(facts: RowFacts, lower: ReadonlySet<string>): number {
  let f = facts.length - 1;
  while (f >= 0 && facts.cls[f] === CLS_AREA && facts.level[f] === LEVEL_VILLAGE) f--;
  if (f < 0 || facts.cls[f] !== CLS_AREA) return -1;
  const how = facts.how[f];
  if (how === "area-list") return facts.level[f] === LEVEL_LOWER ? f : -1;
  if (lower.has(facts.key[f])) return f;
  // Named a commune by its prefix, or a bare name its STT reads as a district's item (`1.1 | Nghĩa Đô` under `1`).
  if (how === "stt" && facts.level[f] === LEVEL_LOWER) return f;
  return (how === "prefix" || how === "stt") && areaLevel(facts.label[f]) === "commune" ? f : -1;
}

/**
 * The commune rows (of `owners`, each the commune of the village row at the
 * same place in `villages`) whose figures differ from their villages' sum in
 * some value column: the villages are then no mere breakdown of a figure
 * already counted, but the allocation itself, which the commune's row totals —
 * unless the villages leave blank a column the commune has a figure in.
 */
function communesApartFromVillages(
  villages: readonly number[],
  owners: readonly number[],
  valueCols: readonly number[],
  value: (row: number, col: number) => CellValue,
): Set<number> {
  const apart = new Set<number>();
  const leavesFigureBehind = (start: number, end: number, commune: number): boolean => {
    let anyHeld = false;
    let behind = false;
    for (const col of valueCols) {
      let held = false;
      for (let k = start; k <= end && !held; k++) held = !isBlank(value(villages[k], col));
      anyHeld ||= held;
      if (!held) {
        const own = numberOf(value(commune, col));
        if (Number.isFinite(own) && own !== 0) behind = true;
      }
    }
    return anyHeld && behind;
  };
  for (let start = 0; start < villages.length; ) {
    let end = start;
    while (end + 1 < villages.length && owners[end + 1] === owners[start]) end++;
    const commune = owners[start];
    // Villages read as the allocation itself would drop the commune's figure on a column they all leave blank (the
    // teams counted for the commune, the money split by village): they then stay a breakdown of the commune's row.
    if (leavesFigureBehind(start, end, commune)) {
      start = end + 1;
      continue;
    }
    // A column the villages all leave blank is not broken down (the money split by village, the teams counted for the
    // commune; rows with no figure at all, `b | Các xã khu vực I, II`, break nothing down): only the others are compared.
    for (const col of valueCols) {
      let held = false;
      let sum = 0;
      for (let k = start; k <= end; k++) {
        const cell = value(villages[k], col);
        if (isBlank(cell)) continue;
        held = true;
        sum += numberOf(cell);
      }
      if (!held) continue;
      const own = numberOf(value(commune, col));
      if (Number.isFinite(own) && Number.isFinite(sum) && !same(own, sum)) {
        apart.add(commune);
        break;
      }
    }
    start = end + 1;
  }
  return apart;
}

/** True when every row between the commune's row and `row` was read as one of its villages (the list runs on unbroken). */
function villageOwner(villages: readonly number[], communeRow: number, row: number): boolean {
  let k = villages.length - 1;
  for (let r = row - 1; r > communeRow; r--) {
    while (k >= 0 && villages[k] > r) k--;
    if (k < 0 || villages[k] !== r) return false;
  }
  return true;
}

/**
 * A label that names a group of areas rather than one: a plural (`Các xã …`,
 * `Các thôn …`), a named group (`Nhóm …`) — `folded`, the whole label — or
 * communes of a kind (`Xã khu vực III`, `Xã đặc biệt khó khăn`, `Xã khác`) —
 * `communeKey`, the name after a commune's prefix.
 */
/**
 * A row under a `Trong đó:` heading naming a part of the row above, not an
 * area: a kind of areas (`Các xã đặc biệt khó khăn`, `Xã khu vực III`), or,
 * where the plan lists its areas, a bulleted name without a prefix that is
 * none of them (`- Vùng đồng bào dân tộc`).
 */
function namesAPart(label: string, folded: string | null, facts: RowLabel, listed: boolean): boolean {
  const communeKey = facts.level === "commune" ? facts.key : null;
  return namesAGroup(folded, communeKey) || (listed && facts.level === null && isBulletedLabel(label));
}

function namesAGroup(folded: string | null, communeKey: string | null): boolean {
  if (communeKey !== null) return COMMUNE_KIND.test(communeKey);
  if (folded === null) return false;
  const first = folded.charCodeAt(0);
  // Only labels opening with `c` or `n` are tried.
  return (first === 99 || first === 110 || first === 107 || first === 118 || first === 100) && GROUP_LABEL.test(folded);
}
/** `Cấp tỉnh`, `Cấp huyện`, `Cấp xã` as a whole label (word key). */
const LEVEL_LABEL = /^cap (?:tinh|huyen|xa)$/;

/** A label naming a level of government (`Cấp huyện`), the row read before it naming none. */
function isLoneLevelHeading(facts: RowFacts, label: string): boolean {
  const first = label.trimStart().charCodeAt(0) | 0x20;
  if (first !== 99 || !LEVEL_LABEL.test(wordKey(label).replace(/:$/, ""))) return false;
  return facts.length === 0 || !LEVEL_LABEL.test(wordKey(facts.label[facts.length - 1]));
}

const GROUP_LABEL =
  /^(cac (xa|phuong|thi tran|thon|ban|huyen|don vi|dia ban)|nhom (xa|thon|huyen|don vi|dia ban)|khu vuc (i|ii|iii)|kv (i|ii|iii)|vung (cao|thap|sau|xa|dac biet|kho khan|bien gioi|dong bao|dan toc|ven bien|trung du|mien nui|nui|dong bang|i|ii|iii|1|2|3)|dia ban (dac biet|kho khan|vung|khu vuc|bien gioi|ngheo|con lai|khac))( |$)/;
// `khác` only alone (`Xã khác`), `vùng` only before a kind of land (`Xã vùng cao`): `Xã Khắc Niệm`, `Xã Vũng …` are communes.
const COMMUNE_KIND =
  /^(thuoc )?(khu vuc|vung (?:cao|thap|sau|xa|dac biet|kho khan|bien gioi|dong bao|dan toc|ven bien|trung du|mien nui|nui|dong bang|i|ii|iii)|dac biet|bien gioi|an toan khu|ngheo|con lai|khac$)( |$)/;

/** A whole number in an STT cell (`3`, `3.`), else NaN. */
function sttNumber(value: CellValue): number {
  if (typeof value === "number") return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value !== "string") return Number.NaN;
  const text = value.trim().replace(/\.$/, "");
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * The next labelled row after the `k`th is numbered no higher than the last
 * area read before it, itself numbered and no group: the numbering starts
 * again, as under a new district (never inside one, where it runs on).
 */
function numberingRestarts(frame: Frame, facts: RowFacts, k: number): boolean {
  if (frame.sttCol === null) return false;
  const last = facts.length - 1;
  if (last < 0 || facts.cls[last] !== CLS_AREA || facts.level[last] === LEVEL_UPPER) return false;
  const before = sttNumber(frame.grid.value(facts.row[last], frame.sttCol));
  const positions = frame.areaPositions;
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    if (cellText(frame.grid.value(positions[next], frame.areaCols[0])) === "") continue;
    return sttNumber(frame.grid.value(positions[next], frame.sttCol)) <= before;
  }
  return false;
}

/**
 * The district open (the last group row read) is closed by the areas read
 * since it: its figures blank (a heading, as the row after it may be), or on
 * every value column the sum of those areas.
 */
function districtClosed(frame: Frame, facts: RowFacts, valueCols: readonly number[], blank: (row: number) => boolean): boolean {
  let head = facts.length - 1;
  while (head >= 0 && !(facts.cls[head] === CLS_AREA && facts.level[head] === LEVEL_UPPER)) head--;
  if (head < 0) return false;
  if (blank(facts.row[head])) return true;
  for (const col of valueCols) {
    let sum = 0;
    for (let f = head + 1; f < facts.length; f++) if (facts.cls[f] === CLS_AREA && facts.level[f] !== LEVEL_VILLAGE) sum += numberOf(frame.grid.value(facts.row[f], col));
    if (!same(numberOf(frame.grid.value(facts.row[head], col)), sum)) return false;
  }
  return valueCols.length > 0;
}

/** The next labelled row after the `k`th of the area axis holds figures. */
function nextHasFigures(frame: Frame, k: number, blank: (row: number) => boolean): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    if (cellText(frame.grid.value(positions[next], col)) === "") continue;
    return !blank(positions[next]);
  }
  return false;
}

/** A zone may open here: after the communes of a zone before it, or right under the district's row (not under a commune's). */
/** The last row read is the district row open (`upperKey`): a row read now is the first under it. */
function leadsOpenDistrict(facts: RowFacts, upperKey: string): boolean {
  const last = facts.length - 1;
  return last >= 0 && facts.cls[last] === CLS_AREA && facts.level[last] === LEVEL_UPPER && facts.key[last] === upperKey;
}

/**
 * The row before a zone lettered `b`, `c` (row `k`), read as a numbered group only because a letter follows its
 * whole number: a commune (by its prefix, or bare where a zone of the district was open before it, `zoneBefore`)
 * — made one again, the district still open. True when it was so.
 */
function numberedBeforeZone(facts: RowFacts, zoneBefore: boolean, stt: SttMarks, k: number): boolean {
  const last = facts.length - 1;
  if (last < 0 || facts.cls[last] !== CLS_AREA || facts.level[last] !== LEVEL_UPPER || facts.how[last] !== "stt" || k < 1 || !stt.whole(k - 1)) return false;
  const level = areaLevel(facts.label[last]);
  if (level !== "commune" && !(level === null && zoneBefore)) return false;
  facts.level[last] = LEVEL_LOWER;
  facts.how[last] = level === "commune" ? "prefix" : "stt";
  return true;
}

function zoneMayOpen(facts: RowFacts, zoneOpen: boolean): boolean {
  if (zoneOpen) return true;
  const last = facts.length - 1;
  return last >= 0 && facts.cls[last] === CLS_AREA && facts.level[last] === LEVEL_UPPER && areaLevel(facts.label[last]) !== "commune";
}

/**
 * The `k`th row's figures are, on every value column but one at most, the
 * sum of the rows numbered `1`, `2` … right after it (their items `-`, `1.1`
 * passed over, up to any other mark), one at least, a figure not zero among
 * those that add up: it groups that run.
 */
function leadsNumberedRun(frame: Frame, k: number, stt: SttMarks, valueCols: readonly number[]): boolean {
  if (valueCols.length === 0) return false;
  const positions = frame.areaPositions;
  const grid = frame.grid;
  const sums = new Float64Array(valueCols.length);
  let members = 0;
  for (let next = k + 1; next < positions.length; next++) {
    if (stt.whole(next)) {
      members++;
      for (let c = 0; c < valueCols.length; c++) sums[c] += numberOf(grid.value(positions[next], valueCols[c]));
      continue;
    }
    if (stt.smallLetter(next) || !stt.subItem(next)) break;
  }
  // One column may be off (a cell mistyped, to be told at the zone), when another adds up.
  return members > 0 && addsUpToSums(grid, positions[k], valueCols, sums);
}

/** A label led by a bullet (`- Khánh Thượng`, `+ Yên Bình`, `• Tản Lĩnh`), not by a signed number. */
function isBulletedLabel(label: string): boolean {
  let i = 0;
  while (i < label.length && label.charCodeAt(i) <= 32) i++;
  const c = label.charCodeAt(i);
  // - – + • *
  if (c !== 45 && c !== 0x2013 && c !== 43 && c !== 0x2022 && c !== 42) return false;
  i++;
  while (i < label.length && label.charCodeAt(i) <= 32) i++;
  const next = label.charCodeAt(i);
  return i < label.length && !(next >= 48 && next <= 57);
}

/** Leading white space of a text cell (spaces, tabs, no-break spaces): how far its name is indented. */
function indentOf(value: CellValue): number {
  if (typeof value !== "string") return 0;
  let i = 0;
  while (i < value.length && (value.charCodeAt(i) <= 32 || value.charCodeAt(i) === 0xa0 || value.charCodeAt(i) === 0x3000)) i++;
  return i < value.length ? i : 0;
}

/**
 * Names indented by leading spaces (`   Ba Trại`) under names that are not
 * (`Ba Vì`), one label column: the indented names are the items of the name
 * above them, as bulleted ones are — where at least two unindented names each
 * lead indented ones, and two names at least are indented (a stray space on
 * one name tells nothing).
 */
function indentTells(frame: Frame): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  let indentedNames = 0;
  let leads = 0;
  // The last unindented name since the last indented one: a total label (`Tổng cộng`) leads nothing. Told only
  // when an indented name follows it, not for every row of a large table.
  let previous: string | null = null;
  for (let k = 0; k < positions.length; k++) {
    const value = frame.grid.value(positions[k], col);
    if (typeof value !== "string") continue;
    // A printable ASCII character first (`Xã …`, most names): some text, not indented — without trimming it.
    const first = value.charCodeAt(0);
    if (first > 32 && first < 127) {
      previous = value;
      continue;
    }
    if (value.trim() === "") continue;
    if (indentOf(value) > 0) {
      indentedNames++;
      if (previous !== null && !isTotalLabel(previous.trim())) leads++;
      previous = null;
    } else previous = value;
  }
  return leads >= 2 && indentedNames >= leads;
}

/** The next labelled row after the `k`th of the area axis is one `test` holds for. */
function nextLabelled(frame: Frame, k: number, test: (k: number) => boolean): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    if (cellText(frame.grid.value(positions[next], col)) === "") continue;
    return test(next);
  }
  return false;
}

/** The next labelled row after the `k`th of the area axis is bulleted. */
function nextIsBulleted(frame: Frame, k: number): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    const text = cellText(frame.grid.value(positions[next], col));
    if (text === "") continue;
    return isBulletedLabel(text);
  }
  return false;
}

/** The last area read is a commune of the plan's list in `district` (a flat list of its communes, no row of it open). */
function afterCommuneOf(facts: RowFacts, districtOf: ReadonlyMap<string, string>, district: string): boolean {
  const last = facts.length - 1;
  return last >= 0 && facts.cls[last] === CLS_AREA && facts.level[last] !== LEVEL_UPPER && districtOf.get(facts.key[last]) === district;
}

/**
 * The rows right after the `k`th are communes of the plan's list in
 * `district` (one at least), and the `k`th's figures are their sum on every
 * value column but one (a mistyped subtotal, to be told at it).
 *
 * With `ownName`, the `k`th's name, which the plan lists as one of those
 * communes too (`Quốc Oai` in Quốc Oai): the row may as well be that commune,
 * first of its district's. Its figures must then be their sum on every column
 * — on all but one only where the commune of that name is among the rows
 * after it (the row then cannot be it).
 */
function leadsListedRun(frame: Frame, k: number, districtOf: ReadonlyMap<string, string>, district: string, valueCols: readonly number[], ownName?: string): boolean {
  if (valueCols.length === 0) return false;
  const positions = frame.areaPositions;
  const grid = frame.grid;
  const col = frame.areaCols[0];
  const sums = new Float64Array(valueCols.length);
  let members = 0;
  let ownNameListed = false;
  for (let next = k + 1; next < positions.length; next++) {
    const text = cellText(grid.value(positions[next], col));
    if (text === "") continue;
    const key = labelFacts(text).key;
    if (districtOf.get(key) !== district) break;
    members++;
    if (key === ownName) ownNameListed = true;
    for (let c = 0; c < valueCols.length; c++) sums[c] += numberOf(grid.value(positions[next], valueCols[c]));
  }
  return members > 0 && addsUpToSums(grid, positions[k], valueCols, sums, ownName === undefined || ownNameListed);
}

/**
 * The figures of `row` in `valueCols` are `sums` on every column but one at
 * most (a cell mistyped, to be told at it; on every column unless
 * `oneMistyped`), one that agrees not zero.
 */
function addsUpToSums(grid: Frame["grid"], row: number, valueCols: readonly number[], sums: Float64Array, oneMistyped = true): boolean {
  let agree = 0;
  let off = 0;
  for (let c = 0; c < valueCols.length; c++) {
    const own = numberOf(grid.value(row, valueCols[c]));
    if (!same(own, sums[c])) off++;
    else if (own !== 0) agree++;
  }
  return agree > 0 && off <= (oneMistyped && valueCols.length > 1 ? 1 : 0);
}

/** The district (key) of each commune (key) of the plan's list. */
function communeDistricts(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  for (const area of plan.areas) if (area.commune !== undefined) out.set(areaKey(area.commune), areaKey(area.district));
  return out;
}

/**
 * The next labelled row after the `k`th of the area axis is a commune of the
 * plan's list in a district other than the one open (`district`, none before
 * the first), and holds figures.
 */
function nextListedElsewhere(frame: Frame, k: number, districtOf: ReadonlyMap<string, string>, district: string | null, blank: (row: number) => boolean): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    const text = cellText(frame.grid.value(positions[next], col));
    if (text === "") continue;
    const owner = districtOf.get(labelFacts(text).key);
    return owner !== undefined && owner !== district && !blank(positions[next]);
  }
  return false;
}

/** The next labelled row after the `k`th of the area axis is a commune of the plan's list in the district open (`district`), and holds figures. */
function nextListed(frame: Frame, k: number, districtOf: ReadonlyMap<string, string>, district: string, blank: (row: number) => boolean): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  for (let next = k + 1; next < positions.length && next <= k + 3; next++) {
    const text = cellText(frame.grid.value(positions[next], col));
    if (text === "") continue;
    return districtOf.get(labelFacts(text).key) === district && !blank(positions[next]);
  }
  return false;
}

/**
 * With two label columns, the positions labelled `Trong đó: …` alone (in
 * either column, the other blank or merged with it): a part of the row above,
 * already counted in it — no area, as with one label column.
 */
function ofWhichRowsOfTwo(frame: Frame, overrides: ReadonlyMap<number, AreaOverride>): number[] {
  const out: number[] = [];
  for (const position of frame.areaPositions) {
    if (overrides.has(position)) continue;
    const { district, commune } = twoColumnLabels(frame, position);
    const label = commune === "" ? district : district === "" ? commune : "";
    if (label === "") continue;
    const folded = labelFacts(label).folded;
    if (folded !== null && isOfWhich(folded)) out.push(position);
  }
  return out;
}

/**
 * With two label columns (a header row over another, districts across the
 * top), the positions under a `Trong đó` label that each name a funding
 * source (`Tổng số | Trong đó: Vốn NSTW | Vốn NSĐP | Huyện …`): parts of the
 * total before them, already counted in it — no areas.
 */
function sourcesUnderOfWhich(frame: Frame, overrides: ReadonlyMap<number, AreaOverride>): number[] {
  const [upperCol, lowerCol] = frame.areaCols;
  const sources: number[] = [];
  let under = false;
  for (const position of frame.areaPositions) {
    const upper = cellText(frame.grid.value(position, upperCol));
    if (upper !== "") {
      const folded = labelFacts(upper).folded;
      under = folded !== null && isOfWhich(folded);
    }
    if (!under || overrides.has(position)) continue;
    const lower = cellText(frame.grid.value(position, lowerCol));
    if (lower !== "" && namesFundingSource(lower)) sources.push(position);
    else under = false;
  }
  return sources;
}

/**
 * `Chia ra:` (`Bao gồm:`) rows left out as headings whose figures are not
 * those of the grand total above them on some line: a second typing of that
 * total, checked against what its parts add up to as a `Cộng` row repeating a
 * group is (a mirror of it) — never left out silently. A copy equal to the
 * total stays a connective, left out.
 */
function splitRowsApartFromTotal(frame: Frame, drafts: readonly Draft[], headings: readonly number[], cols: readonly number[]): MirrorSubtotal[] {
  const out: MirrorSubtotal[] = [];
  const col = frame.areaCols[0];
  if (headings.length === 0 || col === undefined) return out;
  const { grid } = frame;
  for (const row of headings) {
    const label = cellText(grid.value(row, col));
    const folded = readRowLabel(label, ROW_LABEL).folded;
    if (folded === null || !isSplitInto(folded)) continue;
    let total = -1;
    for (let d = 0; d < drafts.length && drafts[d].index < row; d++) if (drafts[d].kind === "total") total = d;
    if (total < 0) continue;
    const differs = cols.some((c) => {
      const own = grid.value(row, c);
      if (isBlank(own)) return false;
      const a = numberOf(own);
      const b = numberOf(grid.value(drafts[total].index, c));
      return !Number.isNaN(a) && !Number.isNaN(b) && !same(a, b);
    });
    if (differs) out.push({ label, index: row, group: total });
  }
  return out;
}

/** `Chia ra`, `Bao gồm`, `Gồm` (folded label, a note after it allowed): the row above split into the rows after it. */
function isSplitInto(folded: string): boolean {
  return folded === "chia ra" || folded.startsWith("chia ra ") || folded === "bao gom" || folded === "gom";
}

/** `Trong đó`, `Trong số đó`, `Trong đó có …` (folded label): the part of the row above that it names. */
function isOfWhich(folded: string): boolean {
  return folded.charCodeAt(0) === 116 && (folded === "trong do" || folded.startsWith("trong do ") || folded === "trong so do" || folded.startsWith("trong so do "));
}

/**
 * Whether a row after the area row at `k` is labelled a grand total
 * (`Tổng cộng`, `Tổng số`, in the name or the STT column) and has figures.
 */
function totalWithFiguresAfter(frame: Frame, k: number, blank: (row: number) => boolean): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  for (let i = k + 1; i < positions.length; i++) {
    const row = positions[i];
    if (blank(row)) continue;
    const name = cellText(frame.grid.value(row, col));
    if (name !== "" ? isTotalLabel(name) : isTotalLabel(totalInStt(frame, row) ?? "")) return true;
  }
  return false;
}

/** A total's or subtotal's label (`Tổng cộng`, `Cộng huyện`) written in the STT column of a row, or null. */
/**
 * The first text left of the row's blank name, among the two label columns
 * before it, when it names a grand total (`Tổng số` typed once in the upper
 * header row over the areas, its cell not merged down to the row of names).
 */
function totalBefore(frame: Frame, row: number): { text: string; col: number } | null {
  if (!frame.grid.transposed) return null;
  const col = frame.areaCols[0];
  for (let c = col - 1; c >= 0 && c >= col - 2; c--) {
    if (frame.grid.mergeAt(row, c) !== undefined) return null;
    const value = frame.grid.value(row, c);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    if (typeof value !== "string") return null;
    const text = cellText(value);
    return isTotalLabel(text) ? { text, col: c } : null;
  }
  return null;
}

/** The label given to a grand total row whose name cell is blank. */
export const UNNAMED_TOTAL = "Tổng (dòng không ghi tên)";

/**
 * Whether the area row at `k` (its name and STT blank) is the grand total:
 * the first or the last row with figures, its figures the sum of the named rows' — or
 * half of it (groups and their members both named) — by one factor on most
 * lines with figures and two at least (a stale figure may be off); or, last
 * of a table with two lines, one line exactly and the other off by a typing
 * slip (see `isTypingSlip`).
 */
function unnamedTotal(frame: Frame, k: number, valueCols: readonly number[], blank: (row: number) => boolean): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  if (col === undefined || valueCols.length === 0) return false;
  // A row numbered in the STT column is an area whose name is missing, never the total.
  if (frame.sttCol !== null && !isBlank(frame.grid.value(positions[k], frame.sttCol))) return false;
  // Rows with figures on both sides: not first nor last (each search stops at the first such row).
  let before = false;
  for (let i = 0; i < k && !before; i++) before = !blank(positions[i]);
  let after = false;
  for (let i = k + 1; i < positions.length && !after && before; i++) after = !blank(positions[i]);
  if (before && after) return false;
  const cols = valueCols.slice(0, SUM_SAMPLE);
  const sums = cols.map(() => 0);
  for (let i = 0; i < positions.length; i++) {
    const row = positions[i];
    if (i === k || cellText(frame.grid.value(row, col)) === "" || blank(row)) continue;
    cols.forEach((c, j) => (sums[j] += numberOf(frame.grid.value(row, c))));
  }
  const own = cols.map((c) => numberOf(frame.grid.value(positions[k], c)));
  if (own.some((v) => Number.isNaN(v)) || sums.some((v) => Number.isNaN(v))) return false;
  const figured = own.filter((v, j) => v !== 0 || sums[j] !== 0).length;
  // By the factor most lines agree on: a stale figure of the total (told as its `subtotal` finding) may be off.
  const agree = (factor: number) => own.filter((v, j) => (v !== 0 || sums[j] !== 0) && same(v / factor, sums[j])).length;
  const best = Math.max(agree(1), agree(0.5));
  if (best >= 2 && best > figured - best) return true;
  // Last in a table of two lines: one line adding up exactly, the other off by a slip of the keyboard (`15` for `14`).
  if (!before || after || figured !== 2 || best !== 1 || valueCols.length > SUM_SAMPLE) return false;
  const factor = agree(1) === 1 ? 1 : 0.5;
  const wrong = own.findIndex((v, j) => (v !== 0 || sums[j] !== 0) && !same(v / factor, sums[j]));
  return wrong >= 0 && isTypingSlip(own[wrong], sums[wrong] * factor);
}

/** Lines compared to tell a nameless grand total. */
const SUM_SAMPLE = 8;

function totalInStt(frame: Frame, row: number): string | null {
  if (frame.sttCol === null) return null;
  const value = frame.grid.value(row, frame.sttCol);
  if (typeof value !== "string") return null;
  const text = cellText(value);
  if (text === "") return null;
  return isTotalLabel(text) || subtotalLabel(wordKey(stripNumbering(text))) !== null ? text : null;
}

/**
 * Bare names with blank figures heading the rows after them (`Ba Vì` over
 * `Xã Khánh Thượng`, `Xã Ba Trại`…, or over communes whose villages hold the
 * figures), where nothing else names a district
 * (no district prefix, no Roman STT, no plan area list): the districts,
 * their figures left to their communes — not communes allocated nothing.
 * Read so only when the first area row is such a name and each is followed
 * by a row with figures; the other unnamed-level rows are then their communes.
 * Levels set here are settled (`position`), left to no policy. Returns
 * `unsure` when the communes are bare names too (nothing but their place
 * tells them from communes allocated nothing), `sure` when each of them
 * carries a commune's prefix (or the STT numbers them, or a subtotal row
 * closes each head's members), null when nothing was set.
 */
function blankNamesHeadGroups(
  facts: RowFacts,
  blank: (row: number) => boolean,
  numbered: ((row: number) => boolean) | null,
  cols: readonly number[],
  value: (row: number, col: number) => CellValue,
): "sure" | "unsure" | null {
  let first = -1;
  let heads = 0;
  let members = 0;
  let bareMembers = 0;
  // The STT column numbers every member and no head: it tells them apart as a prefix would.
  let told = numbered !== null;
  // Each head's members closed by a subtotal row (`Cộng huyện`, or a bare `Cộng`) before the next head: a group, told
  // as a prefix would.
  let closed = true;
  let open = false;
  /** Members since the last head, and the first fact after it. */
  let since = 0;
  let groupFrom = 0;
  /** Bare blank names among a group's members, the row closing the group still to come: its communes allocated nothing. */
  const inside = new Set<number>();
  /** The areas with figures each blank bare name would head, worked out when first asked. */
  let headed: Int32Array | null = null;
  for (let f = 0; f < facts.length; f++) {
    if (facts.cls[f] === CLS_SUBTOTAL || facts.cls[f] === CLS_BARE) open = false;
    if (facts.cls[f] !== CLS_AREA || ownShareRow(facts, f)) continue;
    const level = facts.level[f];
    // A district named by its prefix, left blank (`Thành phố Sơn La` among bare `Mộc Châu`, `Yên Châu`): a head as they are.
    if ((level === LEVEL_UPPER && !blank(facts.row[f])) || facts.forced.has(f)) return null;
    if (first < 0) first = f;
    const member = level !== LEVEL_UPPER && (level !== LEVEL_UNKNOWN || !blank(facts.row[f]));
    // A blank bare name inside a group that would head one area alone (`Bản Vược` between `A Mú Sung` and `Cốc Mỳ`
    // under `Bát Xát`): a commune allocated nothing, as a district of one commune is not.
    if (!member && open && since > 0 && headed === null) headed = figuredHeaded(facts, blank);
    const lone = !member && open && since > 0 && level === LEVEL_UNKNOWN && headed![f] < 2;
    if (member || inside.has(f) || lone || (open && since > 0 && closesAcross(facts, f, groupFrom, cols, value))) {
      if (!member) inside.add(f);
      since++;
      members++;
      if (level === LEVEL_UNKNOWN) bareMembers++;
      if (told && !numbered!(facts.row[f])) told = false;
      continue;
    }
    if (told && numbered!(facts.row[f])) told = false;
    if (open) closed = false;
    open = true;
    since = 0;
    groupFrom = f + 1;
    // A blank bare name: the next area with figures comes after it, past its communes allocated nothing (`A Mú Sung`
    // blank right under `Bát Xát`), or a commune whose villages after it hold them.
    const next = pastBlankCommunes(facts, f, blank);
    if (next >= facts.length || facts.cls[next] !== CLS_AREA) return null;
    if (blank(facts.row[next]) && !villagesHold(facts, next)) return null;
    for (let g = f + 1; g < next; g++) inside.add(g);
    heads++;
  }
  // One head alone (the sheet's one district, its name bare) only over communes each named so by its prefix or the list.
  const fewest = bareMembers === 0 && members >= 2 ? 1 : 2;
  // One blank bare name first over bare communes: their district's heading, or a commune allocated nothing among them
  // — read flat, but said unsure.
  if (heads === 1 && fewest === 2 && bareMembers >= 2 && first >= 0 && facts.level[first] === LEVEL_UNKNOWN && blank(facts.row[first]) && !upperOnly(facts, blank)) return "unsure";
  if (heads < fewest || first < 0 || facts.level[first] === LEVEL_LOWER || !blank(facts.row[first]) || members < heads || upperOnly(facts, blank)) return null;
  for (let f = 0; f < facts.length; f++) {
    if (facts.cls[f] !== CLS_AREA || facts.level[f] !== LEVEL_UNKNOWN || ownShareRow(facts, f)) continue;
    facts.level[f] = blank(facts.row[f]) && !inside.has(f) ? LEVEL_UPPER : LEVEL_LOWER;
  }
  return bareMembers > 0 && !told && !(closed && !open) ? "unsure" : "sure";
}

/** Fact `f` a commune by its prefix whose villages are listed right after it (the villages hold its figures). */
function villagesHold(facts: RowFacts, f: number): boolean {
  return facts.level[f] === LEVEL_LOWER && f + 1 < facts.length && facts.level[f + 1] === LEVEL_VILLAGE && facts.cls[f + 1] === CLS_AREA;
}

/** A blank commune (bare or prefixed) that a head right before it may look past: not a commune over its villages. */
function blankCommune(facts: RowFacts, f: number, blank: (row: number) => boolean): boolean {
  const level = facts.level[f];
  return (
    facts.cls[f] === CLS_AREA &&
    (level === LEVEL_UNKNOWN || level === LEVEL_LOWER) &&
    blank(facts.row[f]) &&
    !villagesHold(facts, f) &&
    !facts.forced.has(f) &&
    !ownShareRow(facts, f)
  );
}

/** The first fact after `f` that is not a blank commune (the end of the facts when there is none). */
function pastBlankCommunes(facts: RowFacts, f: number, blank: (row: number) => boolean): number {
  let next = f + 1;
  while (next < facts.length && blankCommune(facts, next, blank)) next++;
  return next;
}

/**
 * For each fact, the areas with figures it would head read as a head: past the blank communes right after it, up to
 * the next district, row that is no area, or blank bare name heading two or more itself — one heading fewer is a
 * commune allocated nothing among them. One pass from the last fact up.
 */
function figuredHeaded(facts: RowFacts, blank: (row: number) => boolean): Int32Array {
  const n = facts.length;
  const headed = new Int32Array(n);
  /** From each fact on, the areas with figures before the next boundary. */
  const from = new Int32Array(n + 1);
  /** The first fact after each that is not a blank commune. */
  const past = new Int32Array(n);
  from[n] = 0;
  for (let f = n - 1; f >= 0; f--) {
    past[f] = f + 1 < n && blankCommune(facts, f + 1, blank) ? past[f + 1] : f + 1;
    headed[f] = from[past[f]];
    const level = facts.level[f];
    if (facts.cls[f] !== CLS_AREA || level === LEVEL_UPPER) from[f] = 0;
    else if (!blank(facts.row[f])) from[f] = 1 + from[f + 1];
    else if (level === LEVEL_UNKNOWN && headed[f] >= 2 && !ownShareRow(facts, f)) from[f] = 0;
    else from[f] = from[f + 1];
  }
  return headed;
}

/**
 * After fact `f`, a subtotal row (`Cộng`, `Cộng huyện`) comes before any district's row, and its figures do not add up
 * to the rows between `f` and it alone while the members from `from` on hold figures: `f` sits inside the group it
 * closes. A `Cộng` equal to the rows after `f` alone closes a group `f` heads (bare `Mộc Châu` over its communes).
 */
function closesAcross(facts: RowFacts, f: number, from: number, cols: readonly number[], value: (row: number, col: number) => CellValue): boolean {
  for (let g = f + 1; g < facts.length; g++) {
    if (facts.cls[g] === CLS_SUBTOTAL || facts.cls[g] === CLS_BARE) return !headsUpTo(facts, from, f, g, cols, value);
    if (facts.cls[g] !== CLS_AREA || facts.level[g] === LEVEL_UPPER) return false;
  }
  return false;
}

/** On every line with figures, subtotal `g` equals the rows strictly between `f` and it, and not with the rows from `from`. */
function headsUpTo(facts: RowFacts, from: number, f: number, g: number, cols: readonly number[], value: (row: number, col: number) => CellValue): boolean {
  let told = 0;
  for (const col of cols) {
    const typed = numberOf(value(facts.row[g], col));
    let after = 0;
    for (let t = f + 1; t < g; t++) if (facts.cls[t] === CLS_AREA) after += numberOf(value(facts.row[t], col));
    let before = 0;
    for (let t = from; t < f; t++) if (facts.cls[t] === CLS_AREA) before += numberOf(value(facts.row[t], col));
    if ([typed, after, before].some(Number.isNaN) || typed === 0) continue;
    if (!same(typed, after) || same(typed, after + before)) return false;
    told++;
  }
  return told > 0;
}

/** Every blank head is named a district by its prefix: nothing bare to settle (the policies read such sheets as they are). */
function upperOnly(facts: RowFacts, blank: (row: number) => boolean): boolean {
  for (let f = 0; f < facts.length; f++) if (facts.cls[f] === CLS_AREA && facts.level[f] === LEVEL_UNKNOWN && blank(facts.row[f]) && !ownShareRow(facts, f)) return false;
  return true;
}

/**
 * The province's own share or the reserve (`Văn phòng Hội LHPN tỉnh`, `Dự phòng`) of no level told: no district nor
 * commune — left to the tree, which puts it under the total.
 */
function ownShareRow(facts: RowFacts, f: number): boolean {
  return facts.level[f] === LEVEL_UNKNOWN && !facts.forced.has(f) && mayBeOwnShare(facts.key[f]) && isOwnShare(facts.label[f]) && !facts.namedLikeAdjustment.has(f);
}

/**
 * Bare names with figures (`Đồng Sổ`, `Hợp Nhất`) each listed right after a
 * commune named by its prefix or the plan's list whose own figures are blank,
 * where no such commune holds figures of its own (at least two communes,
 * each with such rows under it): the communes' villages, a third level —
 * not communes allocated nothing beside communes named bare. Levels set here
 * are settled (`position`), left to no policy.
 */
function bareVillagesUnderBlankCommunes(facts: RowFacts, blank: (row: number) => boolean): void {
  const villages: number[] = [];
  let communes = 0;
  /** Whether a commune is open, and whether a row under it holds figures. */
  let open = false;
  let figures = false;
  for (let f = 0; f < facts.length; f++) {
    const level = facts.level[f];
    if (facts.cls[f] === CLS_AREA && level === LEVEL_UNKNOWN && !facts.forced.has(f)) {
      if (!open) return;
      villages.push(f);
      if (!blank(facts.row[f])) figures = true;
      continue;
    }
    if (facts.cls[f] === CLS_AREA && level === LEVEL_VILLAGE) continue;
    // Any other row closes the open commune, which must have had figures under it.
    if (open && !figures) return;
    open = false;
    if (facts.cls[f] !== CLS_AREA || level !== LEVEL_LOWER) continue;
    const how = facts.how[f];
    // A commune with figures of its own, or named only by its place: no such sheet.
    if ((how !== "prefix" && how !== "area-list") || !blank(facts.row[f])) return;
    communes++;
    open = true;
    figures = false;
  }
  if ((open && !figures) || communes < 2 || villages.length === 0) return;
  for (const f of villages) facts.level[f] = LEVEL_VILLAGE;
}

/**
 * Rows numbered `I`, `II` (or lettered `A`, `B`) that name no district
 * (`Cấp tỉnh`, `Cấp huyện`), where a row after one of them, before the next,
 * is a district by its prefix or the plan's list (or, under letters, a row of
 * `numbered`, Roman-numbered): tiers over the districts
 * (`romans`, their fact indexes), each heading the districts and units up to
 * the next — not districts beside them. None when a Roman numeral numbers an
 * area (`II. Huyện Ba Vì`, its fact index complemented in `romans`).
 */
function romanTiers(facts: RowFacts, romans: readonly number[], numbered: ReadonlySet<number> = new Set()): void {
  for (const f of romans) if (f < 0) return;
  let over = false;
  for (let r = 0; r < romans.length && !over; r++) {
    const end = r + 1 < romans.length ? romans[r + 1] : facts.length;
    for (let f = romans[r] + 1; f < end && !over; f++) {
      if (facts.cls[f] === CLS_TOTAL) break;
      if (facts.cls[f] !== CLS_AREA || facts.level[f] !== LEVEL_UPPER) continue;
      // A row numbered `I`, `II` under a part lettered `A`, `B` is a level below it, whatever it names; a bare name
      // numbered `1` over its items under `II | Cấp huyện` is a district (see `holdsDistrictsByWord`).
      over =
        numbered.has(f) ||
        facts.how[f] === "area-list" ||
        ((facts.how[f] === "prefix" || facts.how[f] === "stt") && areaLevel(facts.label[f]) === "district") ||
        (facts.how[f] === "stt" && numbered.size === 0 && holdsDistrictsByWord(facts.label[romans[r]]));
    }
  }
  if (!over) return;
  for (const f of romans) {
    facts.level[f] = LEVEL_TIER;
    facts.how[f] = "stt";
  }
}

/** A tier's label naming the districts' level (`Cấp huyện`, `Các huyện, thị xã`): the numbered groups under it are districts. */
const DISTRICTS_WORD = /^(cap (huyen|xa)|cac (huyen|quan|thi xa|thanh pho|don vi cap huyen|dia phuong)|khoi huyen)( |,|:|$)/;
function holdsDistrictsByWord(label: string): boolean {
  return DISTRICTS_WORD.test(wordKey(stripNumbering(label)));
}

function hasTotalRow(facts: RowFacts): boolean {
  for (let f = 0; f < facts.length; f++) if (facts.cls[f] === CLS_TOTAL) return true;
  return false;
}

/** True when an area row of a lower or unknown level comes before the first group row, with a group row after it. */
function lowerBeforeUpper(facts: RowFacts): boolean {
  let lower = false;
  for (let f = 0; f < facts.length; f++) {
    if (facts.cls[f] !== CLS_AREA) {
      if (facts.cls[f] !== CLS_TOTAL) return false;
      continue;
    }
    if (facts.level[f] === LEVEL_UPPER) return lower;
    lower = true;
  }
  return false;
}

/**
 * True when some district row holds figures: a bottom-up reading rests on them (each the sum of the communes above
 * it). District rows all blank are headings over the rows after them (`Văn phòng Hội` before the first of them is
 * the total's, not a commune of it closed bottom-up).
 */
function someUpperHolds(facts: RowFacts, blank: (row: number) => boolean): boolean {
  for (let f = 0; f < facts.length; f++) if (facts.cls[f] === CLS_AREA && facts.level[f] === LEVEL_UPPER && !blank(facts.row[f])) return true;
  return false;
}

/**
 * True when the last area row is a district row right after a commune row,
 * and every district row has figures (none is a heading): a bottom-up sheet whose first district has no commune before
 * it (allocated as a whole) closes so, as does a top-down one whose last
 * district stands alone — the figures tell them apart.
 */
function closesWithUpper(facts: RowFacts, blank: (row: number) => boolean): boolean {
  let last = -1;
  for (let f = facts.length - 1; f >= 0; f--) {
    if (facts.cls[f] === CLS_AREA) {
      last = f;
      break;
    }
  }
  if (last < 1 || facts.level[last] !== LEVEL_UPPER) return false;
  const before = last - 1;
  if (facts.cls[before] !== CLS_AREA || facts.level[before] === LEVEL_UPPER) return false;
  // A district row with blank figures is a heading over the rows after it: no bottom-up sheet.
  for (let f = 0; f <= last; f++) if (facts.cls[f] === CLS_AREA && facts.level[f] === LEVEL_UPPER && blank(facts.row[f])) return false;
  return true;
}

function signature(tree: Tree): string {
  return tree.drafts.map((d) => `${d.kind}:${d.index}:${d.parent ?? "-"}`).join("|") + `#${tree.mirrors.length}`;
}

function toEntries(drafts: Draft[], transposed: boolean): AreaEntry[] {
  if (!transposed) {
    let same = true;
    for (let i = 0; i < drafts.length && same; i++) same = drafts[i].subtotalLabel === undefined && drafts[i].headIndex === undefined;
    // Every draft is its entry (see `toEntry`): the list itself, no copy.
    if (same) return drafts;
  }
  // A plain loop rather than `map`: this runs once, over every area.
  const entries: AreaEntry[] = [];
  for (let i = 0; i < drafts.length; i++) entries.push(toEntry(drafts[i], transposed));
  return entries;
}

function toEntry(d: Draft, transposed: boolean): AreaEntry {
  // A draft made by `draftOf` and left without a subtotal row is the entry itself (same keys, same order).
  if (!transposed && d.subtotalLabel === undefined && d.headIndex === undefined) return d;
  if (d.subtotalLabel === undefined && d.headIndex === undefined && d.village === undefined) {
    // The common case in one literal (no property added after it is made), in the same key order.
    const labelRow = transposed ? d.labelCol : d.labelRow;
    const labelCol = transposed ? d.labelRow : d.labelCol;
    if (d.district !== undefined) {
      return { label: d.label, key: d.key, kind: d.kind, index: d.index, labelRow, labelCol, parent: d.parent, children: d.children, district: d.district, evidence: d.evidence };
    }
    return { label: d.label, key: d.key, kind: d.kind, index: d.index, labelRow, labelCol, parent: d.parent, children: d.children, evidence: d.evidence };
  }
  // Built in this key order (the report's): optional keys only when set, without spreading objects per area.
  const entry: { -readonly [K in keyof AreaEntry]: AreaEntry[K] } = {
    label: d.label,
    key: d.key,
    kind: d.kind,
    index: d.index,
    labelRow: transposed ? d.labelCol : d.labelRow,
    labelCol: transposed ? d.labelRow : d.labelCol,
    parent: d.parent,
    children: d.children,
  } as AreaEntry;
  if (d.district !== undefined) entry.district = d.district;
  entry.evidence = d.evidence;
  if (d.subtotalLabel !== undefined) entry.subtotalLabel = d.subtotalLabel;
  if (d.headIndex !== undefined) entry.headIndex = d.headIndex;
  if (d.village !== undefined) entry.village = d.village;
  return entry;
}

/**
 * A formula adding up cells as subtotals are made — `=SUM(…)`, `=SUBTOTAL(9,…)`, `=SUMIF(…)`, or a chain of cells
 * `=C8+C9+C10` —, not a plain reference or other arithmetic.
 */
function isSumFormula(formula: string | undefined): boolean {
  return formula !== undefined && (/^\s*=?\s*(SUM|SUBTOTAL|SUMIFS?)\s*\(/i.test(formula) || CELL_CHAIN.test(formula));
}

/** One cell alone (`=C4`, `=$C$4`). */
const CELL_REF = /^\s*=?\s*\$?[A-Z]{1,3}\$?\d+\s*$/i;

/** Two or more cells joined by `+`. */
const CELL_CHAIN = /^\s*=?\s*\$?[A-Z]{1,3}\$?\d+(\s*\+\s*\$?[A-Z]{1,3}\$?\d+)+\s*$/i;

export function readAreas(
  frame: Frame,
  plan: Plan,
  valueCols: readonly number[],
  overrides: ReadonlyMap<number, AreaOverride> = new Map(),
  headOverrides: ReadonlyMap<number, AreaOverride> = new Map(),
  /**
   * The lines whose figures add up over the areas, which alone weigh a reading by its arithmetic: a
   * percent line's subtotal cells are left blank or hold an average (CONTRACT §2). All of them by default.
   */
  summableCols: readonly number[] = valueCols,
  /** The plan's target of the line in each summable column, in the column's own unit (see `arithmeticLevels`). */
  planTotals?: ReadonlyMap<number, number>,
): AreaReading {
  const { grid } = frame;
  // A plain loop, no closure made per call: this runs several times per body row.
  const blank = (row: number): boolean => {
    for (let c = 0; c < valueCols.length; c++) if (!isBlank(grid.value(row, valueCols[c]))) return false;
    return true;
  };
  if (frame.areaCols.length === 2) {
    const left = new Map<number, string>();
    const corrected = overrides.size > 0 || headOverrides.size > 0 ? { values: overrides, heads: headOverrides, ignored: left } : undefined;
    const unnamed: number[] = [];
    const sources = [...ofWhichRowsOfTwo(frame, overrides), ...sourcesUnderOfWhich(frame, overrides)].sort((a, b) => a - b);
    const read = sources.length === 0 ? frame : { ...frame, areaPositions: frame.areaPositions.filter((position) => !sources.includes(position)) };
    const areas = buildTwoColumnAreas(read, plan, valueCols, corrected, unnamed);
    return { areas, mirrors: [], candidates: 1, nearTie: false, ignored: [...left.keys()], ignoredLabels: left, unnamed, ofWhich: sources };
  }
  const ignored: number[] = [];
  const unnamed: number[] = [];
  const ofWhich: number[] = [];
  let villages: number[] = [];
  const owners: number[] = [];
  const groupHeadings: number[] = [];
  const notes: number[] = [];
  let romans: number[] = [];
  let letters: number[] = [];
  let facts = rowFacts(frame, plan, overrides, ignored, blank, unnamed, ofWhich, villages, owners, new Set(), groupHeadings, romans, letters, summableCols, notes);
  // Villages under a commune whose own figures are not their sum: read as its third level, the commune's figures checked.
  const split = communesApartFromVillages(villages, owners, valueCols, (row, col) => grid.value(row, col));
  const splitVillages = villages;
  const villageLines = valueCols.filter((col) => splitVillages.some((row) => !isBlank(grid.value(row, col)))).length;
  // Several lines, one adding up over the villages and another not: no more telling than one line.
  const linesDisagree = split.size > 0 && villageLines > 1 && villageLinesDisagree(splitVillages, owners, valueCols, (row, col) => grid.value(row, col));
  const villagesUnsure = split.size > 0 && (villageLines === 1 || linesDisagree) ? [...split].sort((a, b) => a - b) : [];
  if (split.size > 0) {
    ignored.length = 0;
    unnamed.length = 0;
    ofWhich.length = 0;
    villages = [];
    groupHeadings.length = 0;
    notes.length = 0;
    romans = [];
    letters = [];
    facts = rowFacts(frame, plan, overrides, ignored, blank, unnamed, ofWhich, villages, [], split, groupHeadings, romans, letters, summableCols, notes);
  }
  // Parts lettered `A`, `B` over the Roman-numbered rows, else Roman-numbered rows naming no area, may be tiers.
  if (letters.length > 0) romanTiers(facts, letters, new Set(romans.map((f) => (f < 0 ? ~f : f))));
  else if (romans.length > 0) romanTiers(facts, romans);
  // Unnumbered `Cấp tỉnh`, `Cấp huyện` with figures of their own right before the districts: tiers too.
  levelWordTiers(facts, blank, summableCols, (row, col) => grid.value(row, col));
  // Bare districts over bare communes add up as well read as communes allocated nothing: said, not guessed silently.
  const blankHeads = blankNamesHeadGroups(facts, blank, frame.sttCol === null ? null : (row) => !isBlank(sttValue(frame, row)), summableCols, (row, col) =>
    grid.value(row, col),
  );
  bareVillagesUnderBlankCommunes(facts, blank);
  // A bare name numbered `1.4` among communes numbered `1.1`–`1.3`: their sibling, a commune.
  itemNumberedSiblings(facts, (row) => sttValue(frame, row));
  // A bare `Tăng` / `Giảm` allocated as the communes beside it under a district heading: a commune of that name.
  for (const f of communesNamedLikeAdjustments(facts, blank, valueCols, (row, col) => grid.value(row, col))) facts.namedLikeAdjustment.add(f);
  // Plain loops: this runs once, over every body row.
  let unknown = false;
  let subtotals = false;
  for (let f = 0; f < facts.length; f++) {
    const cls = facts.cls[f];
    if (cls === CLS_AREA && facts.level[f] === LEVEL_UNKNOWN) unknown = true;
    else if (cls === CLS_SUBTOTAL && !facts.forced.has(f)) subtotals = true;
  }
  const adds = grid.formula === undefined ? undefined : (row: number, col: number) => (isSumFormula(grid.formula!(row, col)) ? addedBlocks(grid, row, col) : null);
  // Bare rows a district named as such adds up by a `SUM` starting right below it: its communes in every reading. So
  // too under a plain reference to the cell right below it (`=C4`): a district's sum of its first commune alone.
  const addsBelow =
    grid.formula === undefined ? undefined : (row: number, col: number) => (isSumFormula(grid.formula!(row, col)) || CELL_REF.test(grid.formula!(row, col) ?? "") ? addedBlocks(grid, row, col) : null);
  if (unknown && addsBelow !== undefined) for (const f of summedUnderDistricts(facts, summableCols, addsBelow)) facts.summedUnder.add(f);
  const policies = POLICIES.filter((p) => (unknown || p.unknownUnder) && (subtotals || !p.before));
  const trees: { tree: Tree; score: TreeScore | null }[] = [];
  const seen = new Set<string>();
  for (const policy of policies) {
    const tree = buildTree(facts, policy, blank);
    const key = policies.length > 1 ? signature(tree) : "";
    if (seen.has(key)) continue;
    seen.add(key);
    trees.push({ tree, score: null });
  }
  // Communes listed before the first district row (after any total), or the last area a district row right after
  // communes: the reading in which each district row closes the communes above it (a bottom-up sheet) is scored too.
  if ((lowerBeforeUpper(facts) && someUpperHolds(facts, blank)) || closesWithUpper(facts, blank)) {
    const tree = buildTree(facts, BOTTOM_UP, blank);
    if (!trees.some((entry) => signature(entry.tree) === signature(tree))) trees.push({ tree, score: null });
  }
  // Nothing names a level: the reading in which rows are the subtotals of the rows after them, if one adds up.
  const grouped = unknown ? arithmeticLevels(facts, summableCols, (row, col) => grid.value(row, col), "before", planTotals, adds) : null;
  // Districts of a single commune each, told from their communes by order alone: said, if that reading is taken.
  let pairedTree: string | null = null;
  if (grouped !== null) {
    const tree = buildTree(grouped.facts, POLICIES[0], blank);
    if (grouped.pairedByPosition) pairedTree = signature(tree);
    if (!trees.some((entry) => signature(entry.tree) === signature(tree))) trees.push({ tree, score: null });
  }
  // The same, each group row after its members (bottom-up subtotals), when the rows do not add up top-down.
  const groupedAfter = unknown && grouped === null ? arithmeticLevels(facts, summableCols, (row, col) => grid.value(row, col), "after", planTotals, adds) : null;
  if (groupedAfter !== null) {
    const tree = buildTree(groupedAfter.facts, BOTTOM_UP, blank);
    if (!trees.some((entry) => signature(entry.tree) === signature(tree))) trees.push({ tree, score: null });
  }
  // Every row a figure and the total their sum: the flat list adds up, whatever the labels say (`Hội LHPN huyện …`
  // among the other units a programme's funds go to); weighed with the rest.
  const flat = flatListAddsUp(facts, summableCols, (row, col) => grid.value(row, col), blank) ? flatFacts(facts) : null;
  if (flat !== null) {
    const tree = buildTree(flat, POLICIES[0], blank);
    if (!trees.some((entry) => signature(entry.tree) === signature(tree))) trees.push({ tree, score: null });
  }
  let best = 0;
  let nearTie = false;
  if (trees.length > 1) {
    for (const entry of trees) entry.score = scoreTree(entry.tree, summableCols, (row, col) => grid.value(row, col));
    // No grand total row: a reading whose leaves come to the plan's target on a line has that line's total right.
    if (planTotals !== undefined && planTotals.size > 0 && !hasTotalRow(facts)) {
      for (const entry of trees) entry.score = withPlanTotals(entry.score!, entry.tree, summableCols, planTotals, (row, col) => grid.value(row, col));
    }
    const values = trees.map((entry) => scoreValue(entry.score!));
    // Districts named by their prefix, their figures blank and no area under them (two at least: one alone may be a
    // district allocated nothing among districts named bare): no reading a person takes while another puts the names
    // after each under it (the sums alike either way).
    // Counted only for readings that tie or nearly tie (a large table's leaves are many).
    const emptyCounts = new Map<number, number>();
    let numberedUpper: ReadonlySet<number> | undefined;
    const empty = (i: number): number => {
      let n = emptyCounts.get(i);
      if (n === undefined) {
        n = emptyDistricts(trees[i].tree, blank, (numberedUpper ??= numberedUpperRows(facts)));
        if (n < 2) n = 0;
        emptyCounts.set(i, n);
      }
      return n;
    };
    for (let i = 1; i < trees.length; i++) if (values[i] > values[best] || (values[i] === values[best] && empty(i) < empty(best))) best = i;
    const checks = trees[best].score!.agree + trees[best].score!.disagree;
    const margin = Math.floor(checks * TIE_SHARE);
    nearTie = values.some((value, i) => i !== best && values[best] - value <= margin && empty(i) <= empty(best));
    if (best !== 0) {
      // Where the winner differs from the plain reading, the arithmetic decided.
      const plain = trees[0].tree.drafts;
      const byRow = new Map(plain.map((d) => [d.labelRow, d]));
      const winner = trees[best].tree.drafts;
      for (const d of winner) {
        if (d.evidence === "corrected") continue;
        const other = byRow.get(d.labelRow);
        const parentRow = (list: readonly Draft[], p: number | null) => (p === null ? -1 : list[p].labelRow);
        if (other === undefined || other.kind !== d.kind || parentRow(plain, other.parent) !== parentRow(winner, d.parent) || other.index !== d.index) {
          d.evidence = "arithmetic";
        }
      }
    }
  }
  if (blankHeads === "unsure") nearTie = true;
  const chosen = trees[best].tree;
  const pairedByPosition = pairedTree !== null && signature(chosen) === pairedTree;
  // Bare names read as one list, no total, where some rows add up the rows after them like districts over their
  // communes (not unmistakably enough to be taken): said to be unsure, the rival reading counted.
  const hinted = unknown && grouped === null && groupedAfter === null && !chosen.drafts.some((d) => d.kind === "group" || d.kind === "heading") && arithmeticHint(facts, summableCols, (row, col) => grid.value(row, col));
  if (hinted) nearTie = true;
  // One line, no total row, read flat past the plan's target where some rows add up the rows after them: said unsure.
  const groupsUnsure =
    unknown &&
    !hinted &&
    grouped === null &&
    groupedAfter === null &&
    planTotals !== undefined &&
    planTotals.size > 0 &&
    !chosen.drafts.some((d) => d.kind === "group" || d.kind === "heading") &&
    oneLineGroupsHint(facts, summableCols, (row, col) => grid.value(row, col), planTotals);
  // `Chia ra:` with figures that are not the grand total's: a second typing of the total, checked as one.
  const splitCopies = splitRowsApartFromTotal(frame, chosen.drafts, groupHeadings, summableCols);
  const headings = splitCopies.length === 0 ? groupHeadings : groupHeadings.filter((row) => !splitCopies.some((m) => m.index === row));
  return {
    areas: toEntries(chosen.drafts, grid.transposed),
    mirrors: [...chosen.mirrors.map((m) => ({ label: m.label, index: m.row, group: m.group })), ...splitCopies],
    // The unsure reading of blank bare names has its rival: the same rows as communes allocated nothing.
    candidates: blankHeads === "unsure" || hinted ? Math.max(trees.length, 2) : trees.length,
    nearTie,
    ignored,
    unnamed,
    ofWhich,
    ...(villages.length > 0 ? { villages } : {}),
    ...(headings.length > 0 ? { groupHeadings: headings } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(pairedByPosition ? { pairedByPosition } : {}),
    ...(groupsUnsure ? { groupsUnsure } : {}),
    ...(villagesUnsure.length > 0 ? { villagesUnsure } : {}),
    ...(linesDisagree ? { villageLinesDisagree: true } : {}),
  };
}

/**
 * Districts named by their prefix (`Huyện Ba Vì`) or numbered as groups in the STT column (`I`, `II`, `1` over
 * `1.1`) read as areas of their own with blank figures.
 */
function emptyDistricts(tree: Tree, blank: (row: number) => boolean, numberedUpper: ReadonlySet<number>): number {
  let n = 0;
  for (const d of tree.drafts) if (d.kind === "leaf" && blank(d.index) && (areaLevel(d.label) === "district" || numberedUpper.has(d.labelRow))) n++;
  return n;
}

/** The rows the STT column numbers as groups (`I`, `II`, `1` over `1.1`): districts, whatever their names say. */
function numberedUpperRows(facts: RowFacts): ReadonlySet<number> {
  const rows = new Set<number>();
  for (let f = 0; f < facts.length; f++) if (facts.cls[f] === CLS_AREA && facts.level[f] === LEVEL_UPPER && facts.how[f] === "stt") rows.add(facts.row[f]);
  return rows;
}

/**
 * True when the rows read as one flat list add up: one grand total, no
 * subtotal row, no row without figures, no level told by the STT or the
 * plan's area list, the forced roles of none, and on
 * the columns compared the total equal to the sum of all the other rows —
 * on one of them at least, not zero; one column may be off by less than
 * half the total (one mistyped cell; a reading with groups would count
 * their subtotals twice, the sum near twice the total on every column).
 */
function flatListAddsUp(facts: RowFacts, cols: readonly number[], value: (row: number, col: number) => CellValue, blank: (row: number) => boolean): boolean {
  if (facts.forced.size > 0 || cols.length === 0) return false;
  let totalAt = -1;
  let areas = 0;
  for (let f = 0; f < facts.length; f++) {
    const cls = facts.cls[f];
    if (cls === CLS_TOTAL) {
      if (totalAt >= 0) return false;
      totalAt = f;
    } else if (cls !== CLS_AREA || facts.level[f] === LEVEL_VILLAGE || facts.level[f] === LEVEL_ZONE) return false;
    // Levels the STT (`I`, `1`) or the plan's area list tell are not overruled by a sum.
    else if (facts.how[f] === "stt" || facts.how[f] === "area-list") return false;
    else areas++;
  }
  if (totalAt < 0 || areas < 2) return false;
  // The sums first, a column at a time: a sheet of groups over their members is ruled out by its first column.
  let agree = 0;
  let off = 0;
  for (const col of cols) {
    const total = numberOf(value(facts.row[totalAt], col));
    if (Number.isNaN(total)) return false;
    let sum = 0;
    for (let f = 0; f < facts.length; f++) {
      if (f === totalAt) continue;
      const v = numberOf(value(facts.row[f], col));
      if (Number.isNaN(v)) return false;
      sum += v;
    }
    if (same(sum, total)) {
      if (total !== 0) agree++;
    } else if (Math.abs(sum - total) < Math.abs(total) / 2 && off === 0) off++;
    else return false;
  }
  if (agree === 0) return false;
  for (let f = 0; f < facts.length; f++) if (f !== totalAt && blank(facts.row[f])) return false;
  return true;
}

/** The facts with every area a leaf of the total, by the arithmetic. */
function flatFacts(facts: RowFacts): RowFacts {
  const level = facts.level.slice();
  const how = facts.how.slice();
  for (let f = 0; f < facts.length; f++) {
    if (facts.cls[f] !== CLS_AREA) continue;
    if (level[f] !== LEVEL_LOWER) how[f] = "arithmetic";
    level[f] = LEVEL_LOWER;
  }
  return facts.withLevels(level, how);
}

/**
 * Whether the row at `positions[k]`, naming a funding source unbulleted (`A. Vốn sự nghiệp` under the grand total),
 * heads the rows after it rather than splitting the row above: its figures are, on most value columns, the sum of
 * the rows after it up to the next row naming a source or a total (or half of it, districts and their communes
 * both counted), one row at least. A split of the total (`- Vốn NSTW`, `- Vốn địa phương`) is followed by its other
 * sources, or by areas adding up to the whole.
 */
function headsBlock(frame: Frame, k: number, valueCols: readonly number[]): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  if (col === undefined || valueCols.length === 0) return false;
  const grid = frame.grid;
  const row = positions[k];
  if (/^\s*[-–+•*]/.test(cellText(grid.value(row, col)))) return false;
  const own = valueCols.map((c) => numberOf(grid.value(row, c)));
  if (own.some((n) => !Number.isFinite(n)) || own.every((n) => n === 0)) return false;
  const sums = valueCols.map(() => 0);
  let rows = 0;
  for (let j = k + 1; j < positions.length; j++) {
    const label = cellText(grid.value(positions[j], col));
    if (label !== "" && (namesFundingSource(label) || isTotalLabel(label))) break;
    rows++;
    valueCols.forEach((c, i) => {
      const n = numberOf(grid.value(positions[j], c));
      if (Number.isFinite(n)) sums[i] += n;
    });
  }
  if (rows === 0) return false;
  // Most columns agree (a mistyped figure on one is the block's subtotal finding, not a reason to read it otherwise).
  return [1, 2].some((factor) => {
    const agree = own.filter((n, i) => n !== 0 && same(n * factor, sums[i])).length;
    const differ = own.filter((n, i) => !same(n * factor, sums[i])).length;
    return agree > 0 && agree > differ;
  });
}

/**
 * Whether the row at `positions[k]`, naming a funding source unbulleted with no figures (`A. Vốn sự nghiệp` under
 * the grand total), is a heading over the rows after it: the next row names no source (a split of the total lists
 * its sources one after the other, with their figures).
 */
function blankHeading(frame: Frame, k: number, blank: (row: number) => boolean): boolean {
  const positions = frame.areaPositions;
  const col = frame.areaCols[0];
  if (col === undefined || !blank(positions[k]) || k + 1 >= positions.length) return false;
  const grid = frame.grid;
  if (/^\s*[-–+•*]/.test(cellText(grid.value(positions[k], col)))) return false;
  const next = cellText(grid.value(positions[k + 1], col));
  return next !== "" && !namesFundingSource(next) && !isTotalLabel(next);
}
