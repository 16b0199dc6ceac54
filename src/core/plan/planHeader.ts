/**
 * The header row of the plan table (CONTRACT §1): header cells matched case-,
 * spacing- and diacritics-insensitively, NFC or NFD alike, merged cells read
 * through their top-left cell.
 */
import { isBlankOnRow, shownText, type Grid } from "../layout/grid";
import { wordKey } from "../text/fold";
import { yearOfHeader } from "../text/years";
import { unitInParens } from "./headerUnit";
import { isUnitText } from "../layout/cells";
import { perAreaUnit } from "./planValues";

export type PlanRole = "code" | "name" | "unit" | "target" | "rule" | "quota";

export const REQUIRED_ROLES: readonly PlanRole[] = ["code", "name", "unit", "target"];

/** Accepted headers per role, as written in the contract (first = preferred), and their usual abbreviations (`TT`, `KH giai đoạn …`). */
export const PLAN_HEADERS: Readonly<Record<PlanRole, readonly string[]>> = {
  code: ["Mã", "Mã số", "Code", "STT", "TT", "Số TT", "Số thứ tự"],
  name: ["Chỉ tiêu", "Nội dung", "Tên chỉ tiêu", "Indicator", "Name", "Nhiệm vụ", "Tên nhiệm vụ", "Hạng mục", "Danh mục"],
  unit: ["Đơn vị tính", "ĐVT", "Đơn vị", "Unit", "ĐV tính", "Đ.vị tính"],
  target: ["Kế hoạch", "Chỉ tiêu kế hoạch", "Mục tiêu", "Trần", "Target", "Ceiling", "KH"],
  rule: ["So sánh", "Rule"],
  quota: ["Định mức", "Định mức/đơn vị", "Per area", "Quota"],
};

/** Roles whose header may carry more words after the accepted one (`Kế hoạch năm 2025`). */
const PREFIX_ROLES: ReadonlySet<PlanRole> = new Set(["name", "target", "quota"]);

/** How many rows from the top are searched for the header. */
export const PLAN_HEADER_SCAN = 40;

interface Alias {
  readonly role: PlanRole;
  readonly key: string;
  readonly rank: number;
}

const ALIASES: readonly Alias[] = (Object.keys(PLAN_HEADERS) as PlanRole[]).flatMap((role) =>
  PLAN_HEADERS[role].map((header, rank) => ({ role, key: wordKey(header), rank })),
);

/** Header text without a parenthesised unit or note: `Kế hoạch (triệu đồng)` → `ke hoach`. */
export function headerKey(text: string): string {
  return wordKey(text.replace(/\([^)]*\)/g, " "));
}

/** The role a header cell names, or null. Exact headers beat longer ones that start with one. */
export function matchPlanHeader(text: string): { role: PlanRole; exact: boolean; rank: number } | null {
  const key = headerKey(text);
  if (key === "") return null;
  let best: { role: PlanRole; exact: boolean; rank: number; length: number } | null = null;
  for (const alias of ALIASES) {
    const exact = key === alias.key;
    const prefix = !exact && PREFIX_ROLES.has(alias.role) && key.startsWith(alias.key + " ");
    if (!exact && !prefix) continue;
    const better =
      best === null ||
      (exact && !best.exact) ||
      (exact === best.exact && alias.key.length > best.length);
    if (better) best = { role: alias.role, exact, rank: alias.rank, length: alias.key.length };
  }
  return best && { role: best.role, exact: best.exact, rank: best.rank };
}

export interface PlanHeader {
  /** Row of the header (0-based). */
  readonly row: number;
  /** Last row the header occupies (merged header cells may span rows). */
  readonly bottom: number;
  readonly columns: Partial<Record<PlanRole, number>>;
  /**
   * The target column before an adjustment, when the header has both (`Kế
   * hoạch | Kế hoạch điều chỉnh`): `columns.target` is the adjusted one, in
   * force, and this one is read on the lines the adjustment leaves blank.
   */
  readonly firstTarget?: number;
  /**
   * A line's money beside its count (`Số lượng | Kinh phí (triệu đồng)`,
   * side by side or under one `Kế hoạch`): `columns.target` is the count
   * column and this the money column, each line giving both targets.
   */
  readonly moneyTarget?: number;
  /**
   * The row of the target's own header cell when it stands under a year
   * title on the header's row (`Năm 2025` over `Thực hiện | Kế hoạch`: the
   * `Kế hoạch` cell's row); the header's row otherwise.
   */
  readonly targetRow?: number;
}

/** The row of the target's own header cell (`PlanHeader.targetRow`). */
export function targetHeaderRow(header: PlanHeader): number {
  return header.targetRow ?? header.row;
}

/** `Kế hoạch điều chỉnh`, `KH sau điều chỉnh`, `Chỉ tiêu điều chỉnh`: the plan as adjusted (not a change `tăng/giảm`). */
const ADJUSTED = /^(?:(?:ke hoach|kh|chi tieu|muc tieu)\b.*\bdieu chinh|sau dieu chinh)\b/;
const CHANGE = /\b(?:tang|giam)\b/;

/** The header with its adjusted target column in force, the first one kept for lines it leaves blank; unchanged without one. */
function withAdjustedTarget(grid: Grid, header: PlanHeader, skipCols?: ReadonlySet<number>): PlanHeader {
  const target = header.columns.target;
  if (target === undefined) return header;
  const taken = new Set(Object.values(header.columns));
  for (let col = 0; col < grid.colCount; col++) {
    if (skipCols?.has(col) || taken.has(col)) continue;
    const merge = grid.mergeAt(header.row, col);
    if (merge && merge.left !== col) continue;
    const key = headerKey(shownText(grid, header.row, col));
    if (ADJUSTED.test(key) && !CHANGE.test(key)) return { ...header, columns: { ...header.columns, target: col }, firstTarget: target };
  }
  return header;
}

/** Roles found in one row, best cell per role. */
export function rolesInRow(grid: Grid, row: number, skipCols?: ReadonlySet<number>): PlanHeader {
  const candidates = new Map<PlanRole, { col: number; exact: boolean; rank: number; key: string }[]>();
  let bottom = row;
  for (let col = 0; col < grid.colCount; col++) {
    if (skipCols?.has(col)) continue;
    const merge = grid.mergeAt(row, col);
    if (merge && merge.left !== col) continue; // the merge was read at its first column
    const text = shownText(grid, row, col);
    const match = matchPlanHeader(text);
    if (!match) continue;
    const list = candidates.get(match.role) ?? [];
    list.push({ col, exact: match.exact, rank: match.rank, key: headerKey(text) });
    candidates.set(match.role, list);
    if (merge && merge.bottom > bottom) bottom = merge.bottom;
  }
  const names = candidates.get("name");
  if (!candidates.has("target") && names && names.length >= 2) {
    // `Nội dung | ĐVT | Chỉ tiêu`: the second name-like column holds the targets.
    // `Nội dung | ĐVT | Chỉ tiêu giao`: so too a `Chỉ tiêu …` beside a name header that is not one.
    let targetIndex = names.findIndex((c) => c.key === "chi tieu");
    if (targetIndex < 0 && names.some((c) => !c.key.startsWith("chi tieu"))) targetIndex = names.findIndex((c) => !c.exact && c.key.startsWith("chi tieu "));
    if (targetIndex >= 0) candidates.set("target", names.splice(targetIndex, 1));
  }
  if (!candidates.has("target")) {
    // `Nội dung | ĐVT | Kinh phí (triệu đồng)`: a plan of budget lines gives its ceilings under `Kinh phí`; so too `Số lượng`, `Giá trị`, one `Năm 2024`.
    const budget = budgetColumn(grid, row, candidates, skipCols);
    if (budget !== null) candidates.set("target", [budget]);
  }
  const targets = candidates.get("target");
  if (targets !== undefined && targets.length > 1) {
    const whole = wholePeriodTargets(grid, row, targets, skipCols);
    if (whole !== null) candidates.set("target", whole);
  }
  const columns: Partial<Record<PlanRole, number>> = {};
  for (const [role, list] of candidates) {
    if (list.length === 0) continue;
    const best = list.reduce((a, b) => (b.exact && !a.exact) || (b.exact === a.exact && b.rank < a.rank) ? b : a);
    columns[role] = best.col;
  }
  return withAdjustedTarget(grid, { row, bottom, columns }, skipCols);
}

/**
 * `Kinh phí`, `Kinh phí thực hiện`, `Tổng kinh phí`, `Số lượng`, `Giá trị`, `Dự toán (được) giao` — the finance office's
 * word for a budget line's ceiling —, `Giai đoạn 2022 - 2025` (a unit in parentheses dropped).
 */
const BUDGET_HEADER = /^(?:(?:tong )?kinh phi|so luong|gia tri|(?:tong )?du toan|(?:ca )?giai doan \d{4})\b/;

/**
 * The first column of the row headed `Kinh phí …`, `Số lượng`, `Giá trị`,
 * `Dự toán …`, `Giai đoạn …` that no role has taken, else the one column naming a year (`Năm 2024`),
 * as the target of a plan without a `Kế hoạch` column; null when none.
 */
function budgetColumn(grid: Grid, row: number, taken: ReadonlyMap<PlanRole, readonly { col: number }[]>, skipCols?: ReadonlySet<number>): { col: number; exact: boolean; rank: number; key: string } | null {
  const used = new Set([...taken.values()].flatMap((list) => list.map((c) => c.col)));
  const years: { col: number; exact: boolean; rank: number; key: string }[] = [];
  for (let col = 0; col < grid.colCount; col++) {
    if (skipCols?.has(col) || used.has(col)) continue;
    const merge = grid.mergeAt(row, col);
    if (merge && merge.left !== col) continue;
    const key = headerKey(shownText(grid, row, col));
    if (BUDGET_HEADER.test(key)) return { col, exact: false, rank: PLAN_HEADERS.target.length, key };
    if (yearOfHeader(key) !== null) years.push({ col, exact: false, rank: PLAN_HEADERS.target.length, key });
  }
  return years.length === 1 ? years[0] : null;
}

/** A column of the whole period's figure beside the year columns: `Tổng số`, `Tổng cộng`, `Cả giai đoạn`, `Giai đoạn 2022 - 2025`. */
const WHOLE_PERIOD = /^(?:tong(?: so| cong)?|cong|(?:tong |ca |trong )?giai doan(?: \d{4} \d{4})?)$/;

/**
 * Of several target headers some naming one year (`Kế hoạch năm 2022` …
 * `Kế hoạch giai đoạn 2022-2025`), the others: a year's column holds that
 * year's share, not the plan's target, whatever its place. When every one
 * names a year, a `Tổng số` / `Cả giai đoạn` column of the row holds the
 * target. Null when nothing tells them apart.
 */
function wholePeriodTargets<T extends { col: number; key: string }>(grid: Grid, row: number, targets: readonly T[], skipCols?: ReadonlySet<number>): T[] | null {
  const whole = targets.filter((candidate) => yearOfHeader(candidate.key) === null);
  if (whole.length > 0) return whole.length < targets.length ? whole : null;
  for (let col = 0; col < grid.colCount; col++) {
    if (skipCols?.has(col)) continue;
    const key = headerKey(shownText(grid, row, col));
    if (WHOLE_PERIOD.test(key) || TOTAL_PLAN.test(key)) return [{ ...targets[0], col, key }];
  }
  return null;
}

/**
 * What is read of a header beyond its row's roles, in order: the first
 * table's own roles, the period's total column, an unmerged split's rows
 * (before the steps that read the rows under the header), sub-headers, an
 * adjusted sub-column, money beside a count, a unit row.
 */
const HEADER_STEPS: readonly ((grid: Grid, header: PlanHeader) => PlanHeader)[] = [
  ownRoles,
  withPeriodTotal,
  withTargetUnderYearTitle,
  withSplitRow,
  withSubHeader,
  withAdjustedSubColumn,
  withMoneyBeside,
  withUnitRow,
  withTargetWordRow,
  withCodeUnderName,
];

/** The whole header read from the roles of its first row (`rolesInRow`): every header is completed the same way. */
function completeHeader(grid: Grid, roles: PlanHeader): PlanHeader {
  return HEADER_STEPS.reduce((header, step) => step(grid, header), roles);
}

/** The plan header whose first row is `row`, read as `findPlanHeader` reads the one it finds. */
export function planHeaderAt(grid: Grid, row: number): PlanHeader {
  return completeHeader(grid, rolesInRow(grid, row));
}

/** `(tổ)`, `(triệu đồng)`, `(ĐVT: người)`, `(triệu đồng/xã)`, or `tổ`, `triệu đồng` alone in a cell: a unit written under its column's header. */
function isUnitCell(text: string): boolean {
  const trimmed = text.trim();
  if (isUnitText(trimmed) || perAreaUnit(trimmed) !== null) return true;
  if (!/^\([^()]*\)$/.test(trimmed)) return false;
  const inner = trimmed.slice(1, -1).replace(/^\s*(đvt|dvt|đơn vị tính|đơn vị)\s*[:：]?\s*/i, "");
  return unitInParens(trimmed) !== null || perAreaUnit(inner) !== null;
}

/**
 * The row under the header giving the columns' units (`| | (tổ) | (triệu
 * đồng)` or `| | tổ | triệu đồng` under `STT | Nội dung | Số lượng | Kinh
 * phí`): part of the header, its units the columns' as if written in their
 * headers. Only a row whose code and name cells are blank, every cell a
 * unit, one under a target column.
 */
function withUnitRow(grid: Grid, header: PlanHeader): PlanHeader {
  const row = header.bottom + 1;
  if (row >= grid.rowCount) return header;
  const blank = (col: number | undefined): boolean => isBlankOnRow(grid, row, col);
  if (!blank(header.columns.code) || !blank(header.columns.name)) return header;
  const targets = new Set([header.columns.target, header.moneyTarget, header.firstTarget].filter((col) => col !== undefined));
  let under = false;
  for (let col = 0; col < grid.colCount; col++) {
    const merge = grid.mergeAt(row, col);
    if (merge && (merge.top !== row || merge.left !== col)) continue;
    const text = shownText(grid, row, col);
    if (text === "") continue;
    if (!isUnitCell(text)) return header;
    if (targets.has(col)) under = true;
  }
  return under ? { ...header, bottom: row } : header;
}

/**
 * The first column of `row` holding a code header (`Mã`, `STT`) right of a
 * code header and a name header before it: where a table beside the first
 * starts (`STT | Nội dung | ĐVT | Chỉ tiêu | | STT | Nội dung | ĐVT | Chỉ
 * tiêu`); null when none.
 */
function besideCodeColumn(grid: Grid, row: number): number | null {
  let code = false;
  let named = false;
  for (let col = 0; col < grid.colCount; col++) {
    const merge = grid.mergeAt(row, col);
    if (merge && merge.left !== col) continue;
    const role = matchPlanHeader(shownText(grid, row, col))?.role;
    if (role === "code" && code && named) return col;
    if (role === "code") code = true;
    else if (role === "name" && code) named = true;
  }
  return null;
}

/**
 * The first table's roles alone when a table beside it repeats its headers:
 * read over the whole row, the second table's `Chỉ tiêu` would be taken for
 * the first's name or target. Unchanged when there is no table beside, or
 * when the columns left of it lack a code, name or target header.
 */
function ownRoles(grid: Grid, header: PlanHeader): PlanHeader {
  const beside = besideCodeColumn(grid, header.row);
  if (beside === null) return header;
  const skip = new Set<number>();
  for (let col = beside; col < grid.colCount; col++) skip.add(col);
  const own = rolesInRow(grid, header.row, skip);
  const { code, name, target } = own.columns;
  return code !== undefined && name !== undefined && target !== undefined ? own : header;
}

/** The row (among the first `PLAN_HEADER_SCAN`) naming the most roles, completed; null when none names two. */
export function findPlanHeader(grid: Grid): PlanHeader | null {
  let best: PlanHeader | null = null;
  let bestScore = 1;
  const limit = Math.min(grid.rowCount, PLAN_HEADER_SCAN);
  for (let row = 0; row < limit; row++) {
    const header = rolesInRow(grid, row);
    const roles = Object.keys(header.columns) as PlanRole[];
    const score = roles.length + roles.filter((r) => REQUIRED_ROLES.includes(r)).length;
    if (roles.length >= 2 && score > bestScore) {
      best = header;
      bestScore = score;
    }
  }
  return best && completeHeader(grid, best);
}

/** `Điều chỉnh`, `Đã điều chỉnh` alone under a merged `Kế hoạch`: the adjusted plan, when no sub-column says so more plainly. */
const BARE_ADJUSTED = /^(?:da )?dieu chinh$/;
/** `(+/-)`, `(±)`, `(-)` in a header: a change, not a plan. */
const CHANGE_SIGN = /[±+]|\(\s*-\s*\)/;

/**
 * A merged `Kế hoạch` over `Ban đầu | Điều chỉnh` (`Giao đầu năm | Sau điều
 * chỉnh`, `Kế hoạch | Kế hoạch điều chỉnh`): the adjusted plan is the plan in
 * force, taken as the target, the other kept for lines it leaves blank. A
 * change column (`Điều chỉnh tăng/giảm`, `(+/-)`) is neither; a bare `Điều
 * chỉnh` beside a `Sau điều chỉnh` is the change. Unchanged when no single
 * sub-column is the adjusted plan (`Trung ương | Địa phương`).
 */
function withAdjustedSubColumn(grid: Grid, header: PlanHeader): PlanHeader {
  const target = header.columns.target;
  if (target === undefined || header.firstTarget !== undefined || header.moneyTarget !== undefined) return header;
  const split = targetSplitRow(grid, header);
  if (split === null || split.left !== target) return header;
  const { row } = split;
  const merge = { left: split.left, right: split.right };
  const taken = new Set(Object.entries(header.columns).filter(([role]) => role !== "target").map(([, col]) => col));
  const subs: { col: number; key: string; change: boolean }[] = [];
  for (let col = merge.left; col <= merge.right; col++) {
    if (taken.has(col)) continue;
    const cell = grid.mergeAt(row, col);
    if (cell && (cell.top !== row || cell.left !== col)) continue;
    const text = shownText(grid, row, col);
    if (text === "") continue;
    const key = headerKey(text);
    subs.push({ col, key, change: CHANGE.test(key) || CHANGE_SIGN.test(text) });
  }
  const plain = subs.filter((sub) => !sub.change && ADJUSTED.test(sub.key));
  const adjusted = plain.length > 0 ? plain : subs.filter((sub) => !sub.change && BARE_ADJUSTED.test(sub.key));
  if (adjusted.length !== 1) return header;
  const first = subs.find((sub) => !sub.change && !ADJUSTED.test(sub.key) && !BARE_ADJUSTED.test(sub.key));
  if (first === undefined) return header;
  return { ...header, bottom: Math.max(header.bottom, row), columns: { ...header.columns, target: adjusted[0].col }, firstTarget: first.col };
}

/**
 * A year written as a title over the year's columns (`Năm 2025` merged, or
 * written once, over `Thực hiện | Kế hoạch`): the one sub-column headed as a
 * target (`Kế hoạch`) holds the plan, the others the year's results, no
 * target. The target is read there, its own header cell on the row under
 * the title (where it may split further, into years). Unchanged when the
 * target header is no bare year, or when not exactly one sub-column is
 * headed as a target.
 */
function withTargetUnderYearTitle(grid: Grid, header: PlanHeader): PlanHeader {
  const target = header.columns.target;
  if (target === undefined || header.targetRow !== undefined || header.moneyTarget !== undefined || header.firstTarget !== undefined) return header;
  const title = shownText(grid, header.row, target);
  if (yearOfHeader(headerKey(title)) === null || matchPlanHeader(title)?.role === "target") return header;
  const split = targetSplitRow(grid, header);
  // The split right under the title (no group title between them).
  if (split === null || split.row !== (grid.mergeAt(header.row, target)?.bottom ?? header.row) + 1) return header;
  const taken = new Set(Object.entries(header.columns).filter(([role]) => role !== "target").map(([, col]) => col));
  const targets: number[] = [];
  let others = 0;
  for (let col = split.left; col <= split.right; col++) {
    if (taken.has(col)) continue;
    const cell = grid.mergeAt(split.row, col);
    if (cell && (cell.top !== split.row || cell.left !== col)) continue;
    const text = shownText(grid, split.row, col);
    if (text === "") continue;
    if (TOTAL_SUB_KEYS.has(headerKey(text))) return header;
    if (matchPlanHeader(text)?.role === "target") targets.push(col);
    else others++;
  }
  if (targets.length !== 1 || others === 0) return header;
  return { ...header, bottom: Math.max(header.bottom, split.row), targetRow: split.row, columns: { ...header.columns, target: targets[0] } };
}

/** How many group titles (`Năm 2025`, `Kế hoạch`) may stand between a merged target header and its sub-columns. */
const GROUP_LEVELS = 2;

/**
 * The row where the merged target header (`Kế hoạch` over `D:E`) splits
 * into its sub-columns, with the columns it spans: the row under the merge,
 * or under the group titles spanning the same columns between them (`Năm
 * 2025` over `Kế hoạch` over `Ban đầu | Điều chỉnh`). A row counts only
 * while the code and name cells are blank there. Null when the target
 * header is no merge over several columns.
 */
export function targetSplitRow(grid: Grid, header: PlanHeader): { row: number; left: number; right: number } | null {
  const target = header.columns.target;
  if (target === undefined) return null;
  const top = targetHeaderRow(header);
  const merge = grid.mergeAt(top, target);
  if (merge === undefined) return unmergedSplit(grid, header, target);
  if (merge.right === merge.left || merge.top !== top) return null;
  const blank = (row: number, col: number | undefined): boolean => isBlankOnRow(grid, row, col);
  let row = merge.bottom + 1;
  for (let level = 0; ; level++) {
    if (row >= grid.rowCount || !blank(row, header.columns.code) || !blank(row, header.columns.name)) return null;
    const group = grid.mergeAt(row, merge.left);
    const spansAll = group !== undefined && group.top === row && group.left === merge.left && group.right === merge.right && shownText(grid, row, merge.left) !== "";
    if (!spansAll || level >= GROUP_LEVELS) return { row, left: merge.left, right: merge.right };
    row = group.bottom + 1;
  }
}

/** A header word under a column: text with a letter, not a unit (`(tổ)`, `triệu đồng`) nor a figure; a role's header (`Định mức/xã`) is one. */
function isSubHeaderText(text: string): boolean {
  return /\p{L}/u.test(text) && (!isUnitCell(text) || matchPlanHeader(text) !== null);
}

/**
 * The same split written without merging (`Kế hoạch | (blank)` over
 * `Ngân sách trung ương | Ngân sách địa phương`): the target header cell
 * with blank header cells right of it, no role's, and on a row below (its
 * code and name cells blank) a header word under the target and under one
 * of them. Up to `GROUP_LEVELS` group titles may stand alone over the
 * target between them, as when merged (`Giai đoạn 2026 - 2030` over `Kế
 * hoạch` over the sources). The columns end at the last with a word on the
 * split row. Null otherwise (`Kế hoạch` over `(tổ)` or `Năm 2025` alone is
 * no split).
 */
function unmergedSplit(grid: Grid, header: PlanHeader, target: number): { row: number; left: number; right: number } | null {
  const taken = new Set(Object.values(header.columns));
  const top = targetHeaderRow(header);
  let limit = target;
  while (limit + 1 < grid.colCount && !taken.has(limit + 1) && grid.mergeAt(top, limit + 1) === undefined && shownText(grid, top, limit + 1) === "") limit++;
  if (limit === target) return null;
  for (let level = 0, row = top + 1; level <= GROUP_LEVELS && row < grid.rowCount; level++, row++) {
    if (!isBlankOnRow(grid, row, header.columns.code) || !isBlankOnRow(grid, row, header.columns.name)) return null;
    const wordAt = (col: number): boolean => grid.mergeAt(row, col) === undefined && isSubHeaderText(shownText(grid, row, col));
    if (!wordAt(target)) return null;
    let right = target;
    let blankBeside = true;
    for (let col = target + 1; col <= limit; col++) {
      if (wordAt(col)) right = col;
      else if (shownText(grid, row, col) !== "" || grid.mergeAt(row, col) !== undefined) blankBeside = false;
    }
    if (right > target) return { row, left: target, right };
    // A group title alone over the target's columns: the split, if any, is further down.
    if (!blankBeside) return null;
  }
  return null;
}

/**
 * The row where the target header splits (`targetSplitRow`), and the group
 * titles over it, are part of the header: its words are the target
 * columns' headers (a year under `Kế hoạch` is read as the target's),
 * merged or not, and whether the code and name cells are merged down to it
 * or left blank. Unchanged otherwise.
 */
function withSplitRow(grid: Grid, header: PlanHeader): PlanHeader {
  if (header.columns.target === undefined) return header;
  const split = targetSplitRow(grid, header);
  return split !== null && split.row > header.bottom ? { ...header, bottom: split.row } : header;
}

/**
 * A row under the header giving the target column a word of its own and
 * nothing else a figure (`Kế hoạch | Ghi chú` over `Năm 2025 |`): part of
 * the header, not a row of figures without a code. Only a row whose code
 * and name cells are blank, every cell on it a header word or a unit.
 */
function withTargetWordRow(grid: Grid, header: PlanHeader): PlanHeader {
  const row = header.bottom + 1;
  const target = header.columns.target;
  if (row >= grid.rowCount || target === undefined) return header;
  if (!isBlankOnRow(grid, row, header.columns.code) || !isBlankOnRow(grid, row, header.columns.name)) return header;
  if (grid.mergeAt(row, target) !== undefined || !isSubHeaderText(shownText(grid, row, target))) return header;
  for (let col = 0; col < grid.colCount; col++) {
    const merge = grid.mergeAt(row, col);
    if (merge && (merge.top !== row || merge.left !== col)) continue;
    const text = shownText(grid, row, col);
    if (text !== "" && !isSubHeaderText(text) && !isUnitCell(text)) return header;
  }
  return { ...header, bottom: row };
}

/** A line's code as staff type it: `1`, `1.2`, `I`, `II.`, `a`. */
const SHORT_CODE = /^(?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\.?$/i;
/** How many rows under the header are looked at for codes under a name header. */
const CODE_SCAN_ROWS = 10;

/**
 * No code header, the name header merged over two columns (`Nội dung` over
 * `A:B`): the first column holds the codes (`I`, `1`, `2`) and the second
 * the names, as under `STT | Nội dung`. Only when, on the rows under the
 * header, every filled cell of the first column is a code with a name
 * beside it, two at least. Unchanged otherwise (the code column is missing).
 */
function withCodeUnderName(grid: Grid, header: PlanHeader): PlanHeader {
  const { code, name } = header.columns;
  if (code !== undefined || name === undefined) return header;
  const merge = grid.mergeAt(header.row, name);
  if (merge === undefined || merge.top !== header.row || merge.right !== merge.left + 1) return header;
  let coded = 0;
  const last = Math.min(grid.rowCount, header.bottom + 1 + CODE_SCAN_ROWS);
  for (let row = header.bottom + 1; row < last; row++) {
    if (grid.mergeAt(row, merge.left) !== undefined) continue;
    const text = shownText(grid, row, merge.left).trim();
    if (text === "") continue;
    if (!SHORT_CODE.test(text) || !/\p{L}/u.test(shownText(grid, row, merge.right))) return header;
    coded++;
  }
  return coded >= 2 ? { ...header, columns: { ...header.columns, code: merge.left, name: merge.right } } : header;
}

/** `Số lượng`, `Số lượng (tổ)`: the count of a line. */
const COUNT_HEADER = /^so luong$/;
/** `Kinh phí`, `Tổng kinh phí`, `Kinh phí thực hiện`, `Dự toán`, `Số tiền`: the money of a line. */
const MONEY_HEADER = /^(?:(?:tong )?kinh phi|du toan|so tien)\b/;

/**
 * A header with a count column and a money column for the same lines
 * (`Số lượng | Kinh phí (triệu đồng)`, under one `Kế hoạch` or side by
 * side): the count column is the target and the money column the lines'
 * money target. Unchanged without both, or when the target column is
 * neither (a `Kế hoạch` column beside a `Kinh phí` one keeps its reading).
 */
function withMoneyBeside(grid: Grid, header: PlanHeader): PlanHeader {
  const target = header.columns.target;
  if (target === undefined || header.firstTarget !== undefined) return header;
  const taken = new Set(Object.entries(header.columns).filter(([role]) => role !== "target").map(([, col]) => col));
  const keyAt = (col: number): string => {
    for (let row = header.bottom; row >= header.row; row--) {
      const merge = grid.mergeAt(row, col);
      if (merge && merge.left !== col) continue;
      const text = shownText(grid, row, col);
      if (text !== "") return headerKey(text);
    }
    return "";
  };
  const counts: number[] = [];
  const money: number[] = [];
  // `Mã | Nội dung | Số lượng (tổ) | | Mã | Nội dung | Kinh phí (triệu đồng)`: a second code header starts another table, not this one's money.
  const end = nextTableColumn(grid, header);
  for (let col = 0; col < end; col++) {
    if (taken.has(col)) continue;
    const key = keyAt(col);
    if (COUNT_HEADER.test(key)) counts.push(col);
    else if (MONEY_HEADER.test(key)) money.push(col);
  }
  if (counts.length !== 1 || money.length !== 1 || (target !== counts[0] && target !== money[0])) return header;
  return { ...header, columns: { ...header.columns, target: counts[0] }, moneyTarget: money[0] };
}

/** The first column right of the header's code and name columns whose header cell is another code header (`Mã`, `STT`): where a table beside starts; the sheet's width when none. */
function nextTableColumn(grid: Grid, header: PlanHeader): number {
  const { code, name } = header.columns;
  if (code === undefined || name === undefined) return grid.colCount;
  for (let col = Math.max(code, name) + 1; col < grid.colCount; col++) if (matchPlanHeader(shownText(grid, header.row, col))?.role === "code") return col;
  return grid.colCount;
}

/** `Tổng KH giai đoạn`, `Tổng kế hoạch`: the whole plan's figure named with `Tổng` first. */
const TOTAL_PLAN = /^tong (?:kh|ke hoach|chi tieu)\b/;

/**
 * A header with no `Kế hoạch` column but the plan's years (`Tổng số | Chia
 * ra: Năm 2022 … Năm 2025`, `Giai đoạn 2022-2025 | Năm 2022 …`): the column
 * of the whole period's figure beside them is the target. Unchanged
 * without two year columns in the header or the row under it.
 */
function withPeriodTotal(grid: Grid, header: PlanHeader): PlanHeader {
  if (header.columns.target !== undefined) return header;
  const taken = new Set(Object.values(header.columns));
  const years = new Set<number>();
  const yearCols: { year: number; col: number }[] = [];
  let total: number | null = null;
  const last = Math.min(grid.rowCount - 1, header.bottom + 1);
  for (let row = header.row; row <= last; row++) {
    for (let col = 0; col < grid.colCount; col++) {
      if (taken.has(col)) continue;
      const merge = grid.mergeAt(row, col);
      if (merge && (merge.top !== row || merge.left !== col)) continue;
      const key = headerKey(shownText(grid, row, col));
      const year = yearOfHeader(key);
      if (year !== null) years.add(year);
      if (year !== null && row === header.row) yearCols.push({ year, col });
      else if (row === header.row && total === null && (WHOLE_PERIOD.test(key) || TOTAL_PLAN.test(key))) total = col;
    }
  }
  if (total !== null && years.size >= 2) return { ...header, columns: { ...header.columns, target: total } };
  // `Năm 2026 | Năm 2027 | … | Năm 2030` in the header row and no column for the whole: the plan's years, the target their sum (read from the first).
  const period = yearCols.length >= 3 && yearCols.every((entry, i) => i === 0 || entry.year === yearCols[i - 1].year + 1);
  return period ? { ...header, columns: { ...header.columns, target: yearCols[0].col } } : header;
}

/** Sub-headers under a merged `Kế hoạch` that name its total column: `Tổng số`, `Tổng`, `Cộng`, `Số lượng`. */
const TOTAL_SUB_KEYS = new Set(["tong so", "tong", "tong cong", "cong", "so luong", "tong muc"]);

/**
 * A header whose `Kế hoạch` spans sub-columns on the row below (`Tổng số |
 * Định mức/xã`): the total sub-column holds the targets and a `Định mức`
 * sub-column the per-area quota. The row below counts as a header row only
 * when its code and name cells are blank.
 */
function withSubHeader(grid: Grid, header: PlanHeader): PlanHeader {
  const columns = { ...header.columns };
  const taken = new Set(Object.values(columns));
  const target = columns.target;
  const span = target === undefined ? null : targetSpan(grid, targetHeaderRow(header), target, taken);
  let bottom = header.bottom;
  const isBlank = (row: number, col: number | undefined): boolean => isBlankOnRow(grid, row, col);
  const last = Math.min(grid.rowCount - 1, header.bottom + 1);
  for (let row = header.row + 1; row <= last; row++) {
    if (row > header.bottom && !(isBlank(row, columns.code) && isBlank(row, columns.name))) break;
    let named = false;
    for (let col = 0; col < grid.colCount; col++) {
      const merge = grid.mergeAt(row, col);
      if (merge && (merge.top !== row || merge.left !== col)) continue;
      const text = shownText(grid, row, col);
      if (text === "") continue;
      const inSpan = span !== null && col >= span.left && col <= span.right;
      if (matchPlanHeader(text)?.role === "quota" && (columns.quota === undefined || inSpan)) {
        columns.quota = col;
        named = true;
      } else if (inSpan && TOTAL_SUB_KEYS.has(headerKey(text))) {
        columns.target = col;
        named = true;
      }
    }
    if (named) bottom = Math.max(bottom, row);
  }
  return bottom === header.bottom && columns.target === header.columns.target && columns.quota === header.columns.quota
    ? header
    : { ...header, bottom, columns };
}

/** The columns a target header covers: its merge, else up to the next header text or role column. */
function targetSpan(grid: Grid, row: number, col: number, taken: ReadonlySet<number>): { left: number; right: number } {
  const merge = grid.mergeAt(row, col);
  if (merge && merge.right > merge.left) return { left: merge.left, right: merge.right };
  let right = col;
  while (right + 1 < grid.colCount && !taken.has(right + 1) && shownText(grid, row, right + 1) === "") right++;
  return { left: col, right };
}

/** `Mã / Mã số / Code / STT` — the accepted headers of a role, for messages. */
export function headerList(role: PlanRole): string {
  return PLAN_HEADERS[role].join(" / ");
}

/**
 * A merged target header over sub-columns that name neither its total
 * (`Tổng số`, `Cộng`), nor a count and its money, a quota or the plan's
 * years (`Kế hoạch` over `Trung ương | Địa phương`): which column holds the
 * target is not sure. The sub-header cells, or null when the
 * reading is sure. `skip`: columns already read as something else (years).
 */
export function unclearTargetSplit(grid: Grid, header: PlanHeader, skip: ReadonlySet<number>): { row: number; col: number; text: string }[] | null {
  const target = header.columns.target;
  if (target === undefined || header.moneyTarget !== undefined || header.firstTarget !== undefined) return null;
  const merge = grid.mergeAt(targetHeaderRow(header), target);
  const merged = merge !== undefined && merge.right > merge.left && merge.top === targetHeaderRow(header);
  // Under group titles spanning the same columns (`Năm 2025` over `Kế hoạch`), the row where it splits; unmerged, the split as written.
  const split = targetSplitRow(grid, header);
  if (!merged && split === null) return null;
  const span = split ?? { row: merge!.bottom + 1, left: merge!.left, right: merge!.right };
  const row = span.row;
  if (row >= grid.rowCount) return null;
  const taken = new Set(Object.entries(header.columns).filter(([role]) => role !== "target").map(([, col]) => col));
  const subs: { row: number; col: number; text: string }[] = [];
  for (let col = span.left; col <= span.right; col++) {
    if (taken.has(col) || skip.has(col)) continue;
    const cell = grid.mergeAt(row, col);
    if (cell && (cell.top !== row || cell.left !== col)) continue;
    const text = shownText(grid, row, col);
    if (text === "") continue;
    if (TOTAL_SUB_KEYS.has(headerKey(text)) || matchPlanHeader(text)?.role === "quota") return null;
    subs.push({ row, col, text });
  }
  return subs.length >= 2 && subs.some((sub) => sub.col === target) ? subs : null;
}


/**
 * The target's own heading over an unclear split (`Kế hoạch`), for the
 * refusal to name: the first cell in the target column, from the header's
 * row down to the split row, that reads as a target header; a group title
 * over it (`Giai đoạn 2026 - 2030`, `Năm 2025`) is not it. The header's
 * target cell when none does.
 */
export function targetHeading(grid: Grid, header: PlanHeader, splitRow: number): { row: number; col: number; text: string } {
  const col = header.columns.target!;
  for (let row = header.row; row < splitRow; row++) {
    const merge = grid.mergeAt(row, col);
    if (merge !== undefined && merge.top !== row) continue;
    const at = merge?.left ?? col;
    const text = shownText(grid, row, at);
    if (matchPlanHeader(text)?.role === "target") return { row, col: at, text };
  }
  return { row: header.row, col, text: shownText(grid, header.row, col) };
}
