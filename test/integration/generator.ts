/**
 * The workbook generator of the generated end-to-end tests: a seeded generator lays out allocation tables the way
 * real ones vary (orientation, title block, 1–2 header rows with a merged
 * parent, total first or last, district rows by Roman STT or `Huyện`, typed
 * or formula subtotals, commune names with or without `Xã`, NFD or lower
 * case, money in triệu đồng / tr.đ / trđ / nghìn đồng against a plan in tỷ,
 * tỷ đồng, triệu đồng or trđ) and plants
 * problems whose findings it knows from the contract alone: numbers typed as
 * text (text-number; a formula subtotal over them caches Excel's SUM, which
 * skips them: then a text-number error naming it, and no subtotal finding), wrong typed subtotals (subtotal), `#REF!`, negative
 * numbers and fractional counts (invalid-value; `#REF!` counts as zero),
 * totals over or under the plan (ceiling), percent lines with communes under
 * target (percent), quota breaks (quota), a commune written twice in its
 * district (duplicate), a column the plan lacks and a plan line the sheet
 * lacks (unmapped), communes missing from or added to the plan (coverage).
 * The shapes added later (see `Shape`) draw from a second random stream, so
 * a seed given none of them lays out as before: subtotal rows (`Cộng huyện`,
 * `Cộng`, `Cộng xã`, `Cộng I`, `Tổng huyện …`, `Tổng số huyện …`) after or
 * before their communes, with or without a row naming the district (its
 * values blank; right under that row, a bare `Cộng` too), or closing a district merged over its communes (two label
 * columns); districts only (one level), bare and prefixed mixed, the
 * plan's area list (below the plan's lines or on a sheet `Địa bàn`) saying
 * they are districts; district names bare, lower case or NFD where the list
 * or the STT tells their level; STT in Roman numerals, `1`/`1.1`, dashes or
 * none; every formula without a saved value; a grand total that is a SUM
 * over the areas (skipping text numbers: one text-number error each, and the
 * indicator's `sheetTotal`). Later still, from a third stream: a bare `Cộng`
 * right under the row naming its district, blank rows between districts, a
 * second table below the allocation table (left out: one `second-table` info
 * finding at its title), a money line whose every commune amount is text
 * with its unit (`150 triệu`, `150tr`, `150.000.000 đ`: one text-number each).
 * From a fourth stream: a `Tổng kinh phí` line before or after two money lines
 * (matching no plan line, it adds them up), maybe with one commune's cell of it
 * typed wrong while its parts are right — one subtotal finding at that cell and
 * nothing at the district or grand total it puts off (one cause, one finding).
 * The engine's report must match exactly.
 */
import { err, f, nfd, pct, type FixtureValue } from "../helpers/xlsxFixture";
import { columnLetters } from "../../src/core/model/address";
import { prng, shuffled } from "../helpers/prng";
import { ceilingIndicator, type ExpectedFinding, type ExpectedIndicator } from "./support";

const DISTRICTS = ["Bắc Hà", "Mường Khương", "Văn Bàn", "Bảo Yên", "Than Uyên", "Phong Thổ", "Tủa Chùa", "Quản Bạ"];
const COMMUNES = [
  "Nậm Lúc", "Bản Liền", "Cốc Ly", "Lùng Phình", "Pha Long", "Tả Gia Khâu", "Nậm Chày", "Dần Thàng",
  "Khánh Yên Hạ", "Minh Lương", "Nghĩa Đô", "Vĩnh Yên", "Mường Kim", "Khoen On", "Sì Lở Lầu", "Mồ Sì San",
  "Sính Phình", "Trung Thu", "Lùng Tám", "Cán Tỷ", "Bát Đại Sơn", "Nghĩa Thuận", "Thanh Vân", "Quyết Tiến",
];
const COUNT_LINES: ReadonlyArray<readonly [string, string]> = [
  ["Tổ truyền thông cộng đồng", "tổ"],
  ["Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB"],
  ["Địa chỉ tin cậy tại cộng đồng", "địa chỉ"],
  ["Người được tập huấn kỹ năng", "người"],
  ["Cuộc đối thoại chính sách", "cuộc"],
];
const MONEY_LINES = ["Kinh phí truyền thông", "Kinh phí hỗ trợ sinh kế", "Kinh phí giám sát đánh giá"];
const ROMAN = ["I", "II", "III", "IV", "V"];

interface Line {
  code: string;
  name: string;
  unit: string; // the plan's unit
  money: boolean;
  /** Money: đồng per unit of the sheet (1e6 for triệu đồng, 1e3 for nghìn đồng) and how the sheet writes it. */
  sheetScale?: number;
  sheetUnit?: string;
  /** Money: đồng per unit of the plan. */
  planScale?: number;
  header: string;
  /** A sheet line the plan does not have (a column or row that matches no plan line). */
  extra?: boolean;
  /** A `Tổng kinh phí` line: each area's sum of the money lines next to it; no plan line of its own. */
  total?: boolean;
  /** A percent indicator (rule `>=`, checked per leaf). */
  percent?: boolean;
  /** Per-leaf quota (count lines only). */
  quota?: number;
}

interface Leaf {
  name: string;
  label: string;
  values: number[]; // per line, sheet units (count, triệu); what allocheck counts
  text: boolean[]; // typed as text
  /** An invalid value planted on one line: `#REF!` (counts 0), a negative number, a fractional count. */
  invalid?: { line: number; kind: "ref" | "negative" | "fraction" };
  /** Its `Tổng kinh phí` cell typed wrong by `amount` (its parts right): the one cell to fix. */
  typo?: { line: number; amount: number };
}

interface Group {
  district: string;
  label: string;
  stt: string;
  /** The label of its subtotal row (subtotal after or before the group), when it has one. */
  subLabel?: string;
  leaves: Leaf[];
  formula: boolean;
  /** Per line: typed subtotal error added (sheet units), 0 for none. */
  error: number[];
}

export interface Case {
  seed: number;
  rows: boolean; // areas as rows
  merged: boolean; // districts only as merged labels
  /** The shapes drawn from the second stream (see `build`). */
  shape: Shape;
  workbook: FixtureValue[][];
  merges: string[];
  plan: FixtureValue[][];
  /** The plan's areas on a sheet `Địa bàn` of their own, when not below the plan's lines. */
  areas?: FixtureValue[][];
  /** One label column or header row: the reading's areas (CONTRACT §5) as `at`, role and the parent's `at`. */
  structure?: StructureRow[];
  findings: ExpectedFinding[];
  /** Findings without a cell of their own (see support.ts). */
  loose: ExpectedFinding[];
  indicators: ExpectedIndicator[];
}

export interface StructureRow {
  readonly at: string;
  readonly role: string;
  readonly parent: string | null;
}

export interface Shape {
  /** Districts only: the districts are the areas (one level), prefixed or bare. */
  readonly flat: boolean;
  /** District labels merged over their communes, each closed by a `Cộng` row or column holding its figures. */
  readonly mergedSub: boolean;
  /** Where a district's figures sit: its own row, or a subtotal row after or before its communes. */
  readonly subStyle: "row" | "after" | "before";
  /** With a subtotal row: whether a row naming the district (its values blank) heads the group. */
  readonly headRow: boolean;
  /** Subtotals before their communes, right under the row naming the district, labelled a bare `Cộng`. */
  readonly bareBefore: boolean;
  /** Areas as rows: one or two blank rows between districts (the table goes on after them). */
  readonly gapRows: boolean;
  /** A second table below the allocation table (a blank gap, its own title, header and rows): left out, said so. */
  readonly secondTable: boolean;
  /** A money line whose every commune amount is text with its unit (`300 triệu`, `300.000.000 đ`): one text-number each. */
  readonly suffixedMoney: boolean;
  /** A `Tổng kinh phí` line beside the money lines (matching no plan line, it adds them up); maybe one commune's cell of it typed wrong. */
  readonly moneyTotal: boolean;
  readonly stt: "roman" | "numeric" | "none" | "dash";
  /** District names bare, prefixed, lower case or NFD, mixed in one sheet. */
  readonly mixedNames: boolean;
  /** Every formula written without a saved value (a file written by a script, never opened in Excel). */
  readonly bareFormulas: boolean;
  /** Without group rows: the grand total a SUM over the areas (else typed). */
  readonly totalFormula: boolean;
  /** With group rows: the grand total typed as the communes add up (else a sum of the district cells). */
  readonly typedTotal: boolean;
  readonly withAreas: boolean;
  readonly areaSheet: boolean;
}

/** A non-negative amount in Vietnamese notation, exactly: 1234.5 → `1.234,5`; 0.123 → `0,123`. */
function decimalText(n: number): string {
  const fixed = n.toFixed(6).replace(/0+$/, "").replace(/\.$/, "");
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

function textOf(n: number): string {
  return n >= 1000 ? `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, "0")}` : String(n);
}

/** The workbook of `seed` (its allocation sheet `Phân bổ` and plan sheet `Kế hoạch`) with what allocheck must report. */
export function build(seed: number): Case {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

  const rows = chance(0.5);
  // Districts as rows/columns of their own with subtotals, or only as labels merged over their communes
  // (a `Huyện` column merged down; a district header merged across) with no subtotal of their own.
  const merged = chance(0.3);
  // The shapes added later draw from a second stream, so that a seed given none of them lays out as before.
  const rnd2 = prng(seed ^ 0x5bd1e995);
  const pick2 = <T>(xs: readonly T[]): T => xs[Math.floor(rnd2() * xs.length)];
  const chance2 = (p: number) => rnd2() < p;
  // Districts only (one level): the districts are the areas, with no commune under them.
  const flat = !merged && chance2(0.25);
  // Districts merged over their communes, each followed by a `Cộng` row (column) in the commune column
  // (row) holding the district's figures.
  const mergedSub = merged && chance2(0.4);
  const noGroupRows = (merged && !mergedSub) || flat;
  // Where a district's figures sit: on its own row, or on a subtotal row after or before its communes
  // (`Cộng huyện`, `Cộng`, `Cộng I`, `Tổng huyện …`), with or without a row naming the district.
  const drawnStyle: Shape["subStyle"] = noGroupRows ? "row" : mergedSub ? "after" : pick2(["row", "after", "before"] as const);
  // A merged district label heads its communes from their first row: no row of its own.
  const drawnHead = drawnStyle === "row" || (!merged && chance2(0.6));
  const stt: Shape["stt"] = pick2(["roman", "roman", "numeric", "none", "dash"] as const);
  const mixedNames = chance2(0.5);
  const bareFormulas = chance2(0.2);
  const totalFormula = noGroupRows && chance2(0.7);
  const areaSheet = chance2(0.3);
  // A third stream for the shapes added after those, so that a seed given none of them keeps its layout:
  // a bare `Cộng` right under the row naming its district, before the communes.
  const rnd3 = prng(seed ^ 0x2545f491);
  const draw3 = rnd3();
  const bareBefore = !noGroupRows && !merged && (drawnStyle === "before" && drawnHead ? draw3 < 0.5 : draw3 < 0.12);
  const subStyle: Shape["subStyle"] = bareBefore ? "before" : drawnStyle;
  const headRow = bareBefore || drawnHead;
  const gapRows = rows && !merged && rnd3() < 0.3;
  const gapSize = 1 + Math.floor(rnd3() * 2);
  const secondTable = rnd3() < 0.2;
  // One workbook in five is clean: no text numbers, subtotals right, every total on its plan.
  const clean = chance(0.2);
  const textRate = clean ? 0 : chance(0.3) ? 0 : 0.12;
  // Lines.
  const counts = shuffled(rnd, COUNT_LINES).slice(0, int(2, 4));
  const money = shuffled(rnd, MONEY_LINES).slice(0, int(0, 2));
  const lines: Line[] = [
    ...counts.map(([name, unit]) => ({ name, unit, money: false })),
    ...money.map((name) => {
      const [unit, planScale] = pick([["tỷ đồng", 1e9], ["tỷ", 1e9], ["triệu đồng", 1e6], ["trđ", 1e6], ["Triệu đồng", 1e6]] as const);
      const [sheetUnit, sheetScale] = pick([["triệu đồng", 1e6], ["tr.đ", 1e6], ["trđ", 1e6], ["nghìn đồng", 1e3]] as const);
      return { name, unit, money: true, planScale, sheetScale, sheetUnit };
    }),
    ...(chance(0.4) ? [{ name: "Tỷ lệ phụ nữ tham gia sinh hoạt", unit: "%", money: false, percent: true }] : []),
  ].map((l: Omit<Line, "code" | "header">, i) => {
    const display = chance(0.3) ? nfd(l.name) : l.name;
    const header = l.money ? `${display}\n(${l.sheetUnit ?? ""})` : l.percent === true || chance(0.5) ? `${display} (${l.unit})` : display;
    return { ...l, code: String(i + 1), header };
  });
  // A fourth stream for the `Tổng kinh phí` line, so that a seed given none of it keeps its layout: with two
  // money lines, a total line before or after them (it matches no plan line and adds up the block next to it).
  const rnd4 = prng(seed ^ 0x1b873593);
  const drawTotal = rnd4();
  const totalAfter = rnd4() < 0.5;
  const moneyTotal = money.length >= 2 && drawTotal < 0.6;
  if (moneyTotal) {
    const firstMoney = lines.findIndex((l) => l.money);
    const at = totalAfter ? firstMoney + money.length : firstMoney;
    const header = rnd4() < 0.5 ? "Tổng kinh phí\n(triệu đồng)" : "Tổng kinh phí (triệu đồng)";
    lines.splice(at, 0, { name: "Tổng kinh phí", unit: "triệu đồng", money: true, total: true, sheetScale: 1e6, sheetUnit: "triệu đồng", code: "", header });
  }
  const countLines = lines.filter((l) => !l.money && l.percent !== true);
  if (countLines.length > 0 && chance(0.3)) pick(countLines).quota = int(1, 2);
  const plain = (l: Line) => l.extra !== true && l.total !== true && l.percent !== true && l.quota === undefined;
  const percentTarget = int(65, 85);
  // A column/row the plan does not have, and a plan line with no column/row.
  if (!clean && chance(0.3)) {
    lines.push({ name: "Số hộ nghèo được rà soát", unit: "hộ", money: false, code: "", header: "Số hộ nghèo được rà soát (hộ)", extra: true });
  }
  const planLines = lines.filter((l) => l.extra !== true && l.total !== true);
  // Each plan line's index among the sheet's lines (a `Tổng kinh phí` line may sit between them).
  const lineAt = (l: Line) => lines.indexOf(l);
  const unused = COUNT_LINES.filter(([name]) => !counts.some(([c]) => c === name));
  const missingLine = !clean && unused.length > 0 && chance(0.3) ? pick(unused) : null;

  // Areas.
  const districtNames = shuffled(rnd, DISTRICTS).slice(0, int(2, 3));
  const communePool = shuffled(rnd, COMMUNES);
  // Districts only: one group with no row of its own, whose areas are districts.
  const namePool = flat ? shuffled(rnd, DISTRICTS) : communePool;
  const [W, w] = flat ? ["Huyện", "huyện"] : ["Xã", "xã"];
  const groups: Group[] = (flat ? [""] : districtNames).map((d, g) => {
    const leaves: Leaf[] = [];
    const n = flat ? int(3, 6) : int(2, 4);
    for (let k = 0; k < n; k++) {
      const name = namePool.pop() ?? `Xã ${g}-${k}`;
      const styled = pick([`${W} ${name}`, name, `${w} ${name}`, nfd(`${W} ${name}`)]);
      const values = lines.map((l) =>
        l.money ? int(10, 200) * (l.sheetScale === 1e3 ? 1000 : 1) : l.percent === true ? (clean ? int(percentTarget, 100) : int(60, 100)) : l.quota !== undefined ? l.quota : chance(0.15) ? 0 : int(1, 9),
      );
      const text = lines.map((l) => plain(l) && chance(textRate));
      leaves.push({ name, label: styled, values, text });
    }
    return {
      district: d,
      label: rows && chance(0.5) ? pick([d, `Huyện ${d}`]) : `Huyện ${d}`,
      stt: ROMAN[g],
      leaves,
      formula: chance(0.5),
      error: lines.map(() => 0),
    };
  });
  // A money line whose communes' amounts are all written with their unit (`1.250 triệu`, `150tr`, `300.000.000 đ`).
  const moneyLine = lines.findIndex((l) => l.money && l.extra !== true && l.total !== true);
  const suffixLine = !clean && moneyLine >= 0 && rnd3() < 0.3 ? moneyLine : -1;
  if (suffixLine >= 0) for (const g of groups) for (const leaf of g.leaves) leaf.text[suffixLine] = true;
  const suffixed = (v: number, l: Line) => {
    const forms =
      l.sheetScale === 1e3
        ? [`${decimalText(v)} nghìn đồng`, `${decimalText(v * 1e3)} đ`, `${decimalText(v * 1e3)}đ`]
        : [`${decimalText(v)} triệu`, `${decimalText(v)}tr`, `${decimalText(v * 1e6)} đ`, `${decimalText(v / 1000)} tỷ đồng`];
    return forms[Math.floor(rnd3() * forms.length)];
  };
  // Quota breaks: one or two communes off the per-commune quota.
  const quotaLine = lines.findIndex((l) => l.quota !== undefined);
  if (!clean && quotaLine >= 0) {
    const quota = lines[quotaLine].quota ?? 1;
    for (let b = int(0, 2); b > 0; b--) pick(pick(groups).leaves).values[quotaLine] = pick([0, quota + 1, quota + 2]);
  }
  // A commune written twice in its district (another spelling of the same name).
  const duplicates: Leaf[] = [];
  if (!clean && chance(0.25)) {
    const g = pick(groups);
    const first = pick(g.leaves);
    const label = pick([`${W} ${first.name}`, first.name, nfd(first.name), `${w} ${first.name}`].filter((x) => x !== first.label));
    const copy: Leaf = { name: first.name, label, values: lines.map((l, j) => (l.quota !== undefined ? l.quota : l.percent === true ? int(percentTarget, 100) : first.values[j])), text: lines.map(() => false) };
    g.leaves.splice(g.leaves.indexOf(first) + 1 + int(0, g.leaves.length - 1 - g.leaves.indexOf(first)), 0, copy);
    duplicates.push(copy);
  }
  // Plant at most one wrong typed subtotal per workbook.
  const typedGroups = noGroupRows ? [] : groups.filter((g) => !g.formula);
  const summed = planLines.map((l) => ({ l, j: lineAt(l) })).filter(({ l }) => l.percent !== true);
  if (!clean && typedGroups.length > 0 && summed.length > 0 && chance(0.6)) {
    const g = pick(typedGroups);
    const j = pick(summed).j;
    const error = pick([-2, -1, 1, 3]) * (chance(0.5) ? 1 : 5);
    // A typed subtotal showing what another cause gives is that cause, told at its cell (CONTRACT §3): short by
    // exactly its communes' numbers typed as text, it shows Excel's SUM (a SUM pasted as values); on a quota line,
    // showing the quota times its communes, it says the communes off the quota are the cells to fix. A typo of
    // its own is planted the other way.
    const textSum = g.leaves.reduce((s, leaf) => s + (leaf.text[j] ? leaf.values[j] : 0), 0);
    const quota = lines[j].quota;
    const offQuota = quota === undefined ? 0 : g.leaves.reduce((s, leaf) => s + leaf.values[j] - quota, 0);
    const mimics = (e: number) => (textSum > 0 && e === -textSum) || (offQuota !== 0 && e === -offQuota);
    g.error[j] = mimics(error) ? -error : error;
  }

  // Plant at most one invalid value, in a typed group's leaf, on a line whose subtotal there is right.
  if (!clean && chance(0.5)) {
    const candidates = (noGroupRows ? groups : typedGroups).flatMap((g) => planLines.map((l) => ({ g, j: lineAt(l), l })).filter(({ g, j, l }) => plain(l) && g.error[j] === 0));
    if (candidates.length > 0) {
      const { g, j } = pick(candidates);
      // Not in a commune written twice: the repeat is a copy of its first row's figures (CONTRACT §3 tells a repeat
      // with other figures as a commune's name typed over another's when the plan misses one there).
      const leaf = pick(g.leaves.filter((x) => !duplicates.includes(x) && !duplicates.some((d) => d.name === x.name)));
      // Under a SUM over the areas, `#REF!` would make the total an error too: only numbers there.
      const kinds = lines[j].money ? (["ref", "negative"] as const) : (["ref", "negative", "fraction"] as const);
      const kind = pick(totalFormula ? kinds.filter((k) => k !== "ref") : kinds);
      leaf.text[j] = false;
      leaf.invalid = { line: j, kind };
      const v = Math.max(1, leaf.values[j]);
      leaf.values[j] = kind === "ref" ? 0 : kind === "negative" ? -v : v + 0.5;
    }
  }

  // The `Tổng kinh phí` line: each commune's money lines added up (in triệu đồng), then maybe one commune's cell
  // of it typed wrong while its parts are right. Its district's cell, when typed, stays right (the sum of the
  // right figures); a formula over the communes shows what they show. One finding, at the mistyped cell.
  const totalLine = lines.findIndex((l) => l.total === true);
  if (totalLine >= 0) {
    for (const g of groups) {
      for (const leaf of g.leaves) {
        leaf.values[totalLine] = lines.reduce((sum, l, j) => (l.money && l.total !== true ? sum + (leaf.values[j] * (l.sheetScale ?? 1e6)) / 1e6 : sum), 0);
      }
    }
    const candidates = groups.flatMap((g) => g.leaves).filter((leaf) => leaf.invalid === undefined && !duplicates.includes(leaf));
    const drawTypo = rnd4();
    const which = rnd4();
    const amounts = [-3, 2, 5, 10];
    const drawn = Math.floor(rnd4() * 4);
    // Not the amount a district's money subtotal is typed off by: the two would cancel in the grand total's own
    // `Tổng kinh phí` check, which then agrees by chance and hides where each one lies.
    const offBy = new Set(groups.flatMap((g) => lines.flatMap((l, j) => (l.money && l.total !== true && g.error[j] !== 0 ? [(g.error[j] * (l.sheetScale ?? 1e6)) / 1e6] : []))));
    const amount = [0, 1, 2, 3].map((k) => amounts[(drawn + k) % 4]).find((a) => !offBy.has(a)) ?? amounts[drawn];
    if (!clean && candidates.length > 0 && drawTypo < 0.7) candidates[Math.floor(which * candidates.length)].typo = { line: totalLine, amount };
  }
  const typoOf = (leaf: Leaf, j: number) => (leaf.typo?.line === j ? leaf.typo.amount : 0);
  const leafSum = (g: Group, j: number) => g.leaves.reduce((s, l) => s + l.values[j], 0);
  // What Excel's SUM over the communes shows: text left out, a mistyped cell as typed.
  const excelSum = (g: Group, j: number) => g.leaves.reduce((s, l) => s + (l.text[j] ? 0 : l.values[j] + typoOf(l, j)), 0);
  const groupCell = (g: Group, j: number) => (g.formula ? excelSum(g, j) : leafSum(g, j) + g.error[j]);
  const totals = lines.map((_, j) => groups.reduce((s, g) => s + leafSum(g, j), 0));

  // Plan targets: equal, over or under the allocated total.
  const deltas = lines.map(() => (clean ? 0 : pick([0, 0, 1, -1, 4, -3])));
  const targets = lines.map((l, j) => Math.max(1, totals[j] + deltas[j] * (l.money ? (l.sheetScale === 1e3 ? 5000 : 5) : 1)));
  const percentLeaves = (j: number) => groups.flatMap((g) => g.leaves.map((leaf) => leaf.values[j]));
  const leafCount = groups.reduce((n, g) => n + g.leaves.length, 0);
  lines.forEach((l, j) => {
    if (l.percent === true) targets[j] = percentTarget;
    // A quota line's target is kept off quota × communes when the workbook has planted problems: when the
    // two are equal the engine lets the quota findings speak for the total (no ceiling finding), a choice
    // CONTRACT.md leaves open; the named fixtures cover that case.
    if (l.quota !== undefined && !clean) targets[j] = l.quota * leafCount + pick([1, 2, -1]);
  });
  // With district rows, some grand totals are typed as the communes add up (not a sum of the districts).
  // A wrong typed subtotal whose district cells add up to the plan (the grand total a sum of them shows the plan)
  // while the communes do not reads as one cause: a commune or the subtotal typed wrong, told at the subtotal
  // alone (CONTRACT §3). A line off its plan besides is planted only where the shown total is off the plan too.
  const typedTotal = !noGroupRows && prng(seed ^ 0x7f4a7c15)() < 0.3;
  if (!typedTotal) {
    lines.forEach((_, j) => {
      const shown = groups.reduce((s, g) => s + groupCell(g, j), 0);
      if (groups.some((g) => g.error[j] !== 0) && shown === targets[j] && targets[j] !== totals[j]) targets[j] = totals[j];
    });
  }
  // A negative figure whose sign alone puts its line on the plan (short by exactly twice it) is that one cause, told
  // at the cell (CONTRACT §3): such a line is drawn on its plan instead.
  lines.forEach((_, j) => {
    const negative = groups.some((g) => g.leaves.some((leaf) => leaf.invalid?.line === j && leaf.invalid.kind === "negative" && targets[j] - totals[j] === -2 * leaf.values[j]));
    // A line the negative figure takes to zero or below has no such plan: drawn off by one more than the sign's error.
    if (negative) targets[j] = totals[j] >= 1 ? totals[j] : totals[j] + 1 - 2 * Math.min(...groups.flatMap((g) => g.leaves.map((leaf) => (leaf.invalid?.line === j ? leaf.values[j] : 0))));
  });
  const plan: FixtureValue[][] = [["Mã số", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Định mức"]];
  // Where each plan line's target sits in the plan, and how it is written (text in the plan's unit or a number).
  const targetCells = new Map<number, { row: number; asText: boolean }>();
  const planTarget = (l: Line, asText: boolean): FixtureValue => {
    const j = lineAt(l);
    const inPlanUnit = l.money ? decimalText((targets[j] * (l.sheetScale ?? 1)) / (l.planScale ?? 1)) : null;
    return inPlanUnit === null ? targets[j] : asText || /,/.test(inPlanUnit) ? inPlanUnit : Number(inPlanUnit.replace(/\./g, ""));
  };
  planLines.forEach((l) => {
    const j = lineAt(l);
    // Money targets in the plan's unit, written in Vietnamese notation (`1,234` tỷ) or, when whole, as numbers.
    const inPlanUnit = l.money ? decimalText((targets[j] * (l.sheetScale ?? 1)) / (l.planScale ?? 1)) : null;
    const asText = inPlanUnit !== null && (/,/.test(inPlanUnit) || chance(0.5));
    targetCells.set(j, { row: plan.length, asText });
    plan.push([l.code, l.name, l.unit, planTarget(l, asText), l.quota ?? null]);
  });
  const missingTarget = int(3, 20);
  const missingCode = String(planLines.length + 1);
  if (missingLine !== null) plan.push([missingCode, missingLine[0], missingLine[1], missingTarget]);

  // The plan's areas, as a second table: maybe without one commune of the sheet, maybe with one it lacks.
  const allLeaves = groups.flatMap((g) => g.leaves);
  // Districts only, bare and prefixed mixed: the plan's list of areas says they are all districts.
  const withAreas = (flat && mixedNames) || chance(0.4);
  const single = allLeaves.filter((leaf) => allLeaves.filter((x) => x.name === leaf.name).length === 1);
  const notInPlan = withAreas && !clean && chance(0.5) && single.length > 0 ? pick(single) : null;
  // A row the plan does not count (a repeat, a commune the plan's list lacks) counted by the sheet's totals while
  // the plan lines are over by exactly its figures is one cause, told at the row (CONTRACT §3): a line drawn over
  // its plan by just that figure is drawn on its plan instead, so that the row and the ceilings stay apart.
  const counted = [...duplicates, ...(notInPlan !== null ? [notInPlan] : [])];
  planLines.forEach((l) => {
    const j = lineAt(l);
    if (l.percent === true || l.quota !== undefined || counted.length === 0) return;
    const figures = [...counted.map((leaf) => leaf.values[j]), counted.reduce((sum, leaf) => sum + leaf.values[j], 0)];
    if (!figures.some((v) => v > 0 && totals[j] - targets[j] === v)) return;
    targets[j] = totals[j];
    const cell = targetCells.get(j);
    if (cell !== undefined) plan[cell.row][3] = planTarget(l, cell.asText);
  });
  // A commune off its quota whose figure on another plan line is the quota, the two lines off their plan by just what
  // swapping the two cells moves, reads as the two figures typed into each other's cells: one cause, told at the
  // commune (CONTRACT §3). The other line is drawn on its plan instead, so that the quota and the ceilings stay apart.
  const quotaAt = lines.findIndex((l) => l.quota !== undefined);
  if (quotaAt >= 0) {
    const swappable = (l: Line) => l.extra !== true && l.total !== true && l.percent !== true;
    for (const leaf of groups.flatMap((g) => g.leaves)) {
      const q = leaf.values[quotaAt];
      if (q === lines[quotaAt].quota || leaf.text[quotaAt] || leaf.invalid?.line === quotaAt) continue;
      lines.forEach((l, o) => {
        const v = leaf.values[o];
        if (o === quotaAt || !swappable(l) || v !== lines[quotaAt].quota || leaf.text[o] || leaf.invalid?.line === o) return;
        // Swapped back (each figure as it stands, in the sheet's units), both lines come exactly on their plan.
        if (targets[quotaAt] - totals[quotaAt] !== v - q || targets[o] - totals[o] !== q - v) return;
        targets[o] = totals[o];
        const cell = targetCells.get(o);
        if (cell !== undefined) plan[cell.row][3] = planTarget(l, cell.asText);
      });
    }
  }
  // A plan commune with no row while two lines (or a quota line) are under their plan reads as that commune's row
  // deleted, one cause told by the coverage finding alone (CONTRACT §3): planted only where the totals cannot say so.
  const under = planLines.filter((l) => l.percent !== true && targets[lineAt(l)] > totals[lineAt(l)]);
  const readsDeleted = under.length >= 2 || under.some((l) => l.quota !== undefined);
  const onlyInPlan = withAreas && !clean && chance(0.5) && !readsDeleted ? (namePool.pop() ?? null) : null;
  let onlyInPlanLabel = onlyInPlan;
  // The list below the plan's lines, or on a sheet `Địa bàn` of its own.
  const areaRows: FixtureValue[][] = areaSheet ? [] : plan;
  if (withAreas && flat) {
    // One `Địa bàn` column of districts, written bare or with their prefix.
    if (!areaSheet) areaRows.push([]);
    areaRows.push(["STT", "Địa bàn"]);
    const listed = allLeaves.filter((leaf) => leaf !== notInPlan && !duplicates.includes(leaf)).map((leaf) => leaf.name);
    if (onlyInPlan !== null) listed.push(onlyInPlan);
    listed.forEach((name, k) => {
      const label = chance2(0.5) ? `Huyện ${name}` : name;
      if (name === onlyInPlan) onlyInPlanLabel = label;
      areaRows.push([k + 1, label]);
    });
  } else if (withAreas) {
    if (!areaSheet) areaRows.push([]);
    areaRows.push(["Huyện", "Xã"]);
    for (const g of groups) for (const leaf of g.leaves) if (leaf !== notInPlan && !duplicates.includes(leaf)) areaRows.push([g.district, leaf.name]);
    if (onlyInPlan !== null) areaRows.push([groups[0].district, onlyInPlan]);
  }
  // District labels: bare names only where something else tells they are districts (the plan's list, a
  // Roman or numbered STT on the district's own row); with `mixedNames`, every spelling in one sheet.
  const sttOk = rows && headRow && (stt === "roman" || stt === "dash" || (stt === "numeric" && subStyle !== "before"));
  const bareOk = withAreas || sttOk;
  for (const g of groups) {
    const d = g.district;
    if (mixedNames) g.label = pick2(bareOk ? [d, nfd(d), `Huyện ${d}`, `huyện ${d}`, nfd(`Huyện ${d}`)] : [`Huyện ${d}`, `huyện ${d}`, nfd(`Huyện ${d}`)]);
    else if (!bareOk && g.label === d) g.label = `Huyện ${d}`;
  }
  // Subtotal rows: one way of writing them per workbook. Before its communes only a label naming the
  // district or a row naming it above tells whose subtotal it is.
  if (subStyle !== "row") {
    const named = [(d: string) => `Cộng huyện ${d}`, (d: string) => `Tổng huyện ${d}`, (d: string) => `Tổng số huyện ${d}`];
    const unnamed = [() => "Cộng huyện", () => "Cộng", (_d: string, n: string) => `Cộng ${n}`, () => "Cộng xã"];
    const beforeUnnamed = [() => "Cộng huyện", (_d: string, n: string) => `Cộng ${n}`, () => "Cộng xã"];
    let style = merged ? pick2([() => "Cộng", () => "Cộng huyện", () => "Cộng xã"]) : pick2(subStyle === "before" ? (headRow ? [...named, ...beforeUnnamed] : named) : [...named, ...unnamed]);
    if (bareBefore) style = () => "Cộng";
    const spelled = chance2(0.3) ? nfd : (x: string) => x;
    groups.forEach((g, k) => (g.subLabel = style(spelled(g.district), stt === "numeric" ? String(k + 1) : ROMAN[k])));
  }

  // Layout along the area axis: the total, then each group followed by its leaves (or total last).
  // `group`: a district's row with its figures; `head`: a row naming the district, its values blank; `sub`:
  // the district's subtotal row (after or before its communes) with its figures.
  type Entry = { kind: "total" } | { kind: "gap" } | { kind: "group"; g: Group } | { kind: "head"; g: Group } | { kind: "sub"; g: Group } | { kind: "leaf"; g: Group; leaf: Leaf };
  const totalFirst = chance(0.5);
  // Some tables have no grand total at all.
  const noTotal = chance(0.15);
  const entries: Entry[] = [];
  if (totalFirst && !noTotal) entries.push({ kind: "total" });
  for (const g of groups) {
    if (gapRows && g !== groups[0]) for (let k = 0; k < gapSize; k++) entries.push({ kind: "gap" });
    if (!noGroupRows && subStyle === "row") entries.push({ kind: "group", g });
    if (!noGroupRows && subStyle !== "row" && headRow) entries.push({ kind: "head", g });
    if (!noGroupRows && subStyle === "before") entries.push({ kind: "sub", g });
    for (const leaf of g.leaves) entries.push({ kind: "leaf", g, leaf });
    if (!noGroupRows && subStyle === "after") entries.push({ kind: "sub", g });
  }
  if (!totalFirst && !noTotal) entries.push({ kind: "total" });

  const titleRows = int(0, 3);
  const twoHeader = (merged && !rows) || chance(0.5);
  const workbook: FixtureValue[][] = [];
  const merges: string[] = [];
  const titles = ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH", "BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025", "(Kèm theo Kế hoạch số 15/KH-HLHPN)"];
  for (let t = 0; t < titleRows; t++) workbook.push([titles[t]]);
  const headerTop = workbook.length;
  const bodyStart = headerTop + (twoHeader ? 2 : 1);
  const findings: Array<ExpectedFinding & { row: number; col: number }> = [];
  const loose: ExpectedFinding[] = [];
  const areaHeaderRow = twoHeader ? headerTop + 1 : headerTop;

  // Positions: areas-as-rows → area i at row bodyStart+i, line j at col 2+j; transposed otherwise.
  const labelCol = 1;
  const leafLabelCol = rows && merged ? 2 : labelCol;
  const lineCol = (j: number) => (merged ? 3 : 2) + j;
  const at = (i: number, j: number) => (rows ? { row: bodyStart + i, col: lineCol(j) } : { row: bodyStart + j, col: labelCol + 2 + i });
  const leafLabelAt = (i: number) => (rows ? { row: bodyStart + i, col: leafLabelCol } : { row: areaHeaderRow, col: labelCol + 2 + i });
  const addr = (p: { row: number; col: number }) => `${columnLetters(p.col)}${p.row + 1}`;
  const set = (p: { row: number; col: number }, v: FixtureValue) => {
    while (workbook.length <= p.row) workbook.push([]);
    const r = workbook[p.row];
    while (r.length <= p.col) r.push(null);
    r[p.col] = v;
  };
  // The entry holding each district's figures, and the entries of its first and last communes.
  const groupIndex = new Map(groups.map((g) => [g, entries.findIndex((e) => (e.kind === "group" || e.kind === "sub") && e.g === g)]));
  const leafSpan = (g: Group) => {
    const first = entries.findIndex((e) => e.kind === "leaf" && e.g === g);
    return { first, last: first + g.leaves.length - 1 };
  };
  const allLeafSpan = { first: entries.findIndex((e) => e.kind === "leaf"), last: entries.length - 1 - [...entries].reverse().findIndex((e) => e.kind === "leaf") };
  // A formula as Excel saves it (with its value), or as a script writes it (without).
  const formula = (text: string, cached: number) => f(text, bareFormulas ? undefined : cached);

  // A line's STT (indicators as rows): its number among the plan's lines; a `Tổng kinh phí` line has none.
  const lineStt = (j: number) => (lines[j].total === true ? null : lines.slice(0, j).filter((l) => l.total !== true).length + 1);

  // Headers and labels.
  if (rows) {
    set({ row: headerTop, col: 0 }, "STT");
    if (merged) {
      set({ row: headerTop, col: 1 }, "Huyện");
      set({ row: headerTop, col: 2 }, "Xã");
    } else set({ row: headerTop, col: labelCol }, "Đơn vị");
    lines.forEach((l, j) => set({ row: areaHeaderRow, col: lineCol(j) }, l.header));
    if (twoHeader) {
      set({ row: headerTop, col: lineCol(0) }, "Chỉ tiêu phân bổ");
      for (let c = 0; c < lineCol(0); c++) merges.push(`${columnLetters(c)}${headerTop + 1}:${columnLetters(c)}${headerTop + 2}`);
      if (lines.length > 1) merges.push(`${columnLetters(lineCol(0))}${headerTop + 1}:${columnLetters(lineCol(lines.length - 1))}${headerTop + 1}`);
    }
    entries.forEach((e, i) => {
      const row = bodyStart + i;
      if (e.kind === "gap") return;
      if (e.kind === "total") {
        set({ row, col: labelCol }, pick(["Tổng cộng", "Toàn tỉnh", "Cộng"]));
        if (merged) merges.push(`B${row + 1}:C${row + 1}`);
      } else if (e.kind === "group" || e.kind === "head") {
        // STT of a district: Roman (`I`), a number (`1`, its communes `1.1`), or none.
        if (stt !== "none") set({ row, col: 0 }, stt === "numeric" ? groups.indexOf(e.g) + 1 : e.g.stt);
        set({ row, col: labelCol }, e.g.label);
      } else if (e.kind === "sub") {
        set({ row, col: leafLabelCol }, e.g.subLabel ?? "");
      } else {
        const running = entries.slice(0, i + 1).filter((x) => x.kind === "leaf").length;
        if (stt === "roman" || (stt === "numeric" && noGroupRows)) set({ row, col: 0 }, running);
        else if (stt === "numeric") set({ row, col: 0 }, `${groups.indexOf(e.g) + 1}.${e.g.leaves.indexOf(e.leaf) + 1}`);
        else if (stt === "dash") set({ row, col: 0 }, "-");
        set({ row, col: leafLabelCol }, e.leaf.label);
        if (merged && e.g.leaves[0] === e.leaf) {
          e.g.label = chance(0.5) ? e.g.district : `Huyện ${e.g.district}`;
          set({ row, col: 1 }, e.g.label);
          if (e.g.leaves.length > 1) merges.push(`B${row + 1}:B${row + e.g.leaves.length}`);
        }
      }
    });
  } else if (merged) {
    set({ row: headerTop, col: 0 }, "TT");
    set({ row: headerTop, col: labelCol }, "Chỉ tiêu");
    set({ row: headerTop, col: labelCol + 1 }, "ĐVT");
    merges.push(`A${headerTop + 1}:A${headerTop + 2}`, `B${headerTop + 1}:B${headerTop + 2}`, `C${headerTop + 1}:C${headerTop + 2}`);
    entries.forEach((e, i) => {
      const col = labelCol + 2 + i;
      const letter = columnLetters(col);
      if (e.kind === "gap") return;
      if (e.kind === "total") {
        set({ row: headerTop, col }, "Tổng số");
        merges.push(`${letter}${headerTop + 1}:${letter}${headerTop + 2}`);
      } else if (e.kind === "sub") {
        set({ row: areaHeaderRow, col }, e.g.subLabel ?? "");
      } else if (e.kind === "leaf") {
        set({ row: areaHeaderRow, col }, e.leaf.label);
        if (e.g.leaves[0] === e.leaf) {
          e.g.label = `Huyện ${e.g.district}`;
          set({ row: headerTop, col }, e.g.label);
          if (e.g.leaves.length > 1) merges.push(`${letter}${headerTop + 1}:${columnLetters(col + e.g.leaves.length - 1)}${headerTop + 1}`);
        }
      }
    });
    lines.forEach((l, j) => {
      set({ row: bodyStart + j, col: 0 }, lineStt(j));
      set({ row: bodyStart + j, col: labelCol }, l.header.replace("\n", " "));
      set({ row: bodyStart + j, col: labelCol + 1 }, l.money ? (l.sheetUnit ?? "") : l.unit);
    });
  } else {
    set({ row: headerTop, col: 0 }, "TT");
    set({ row: headerTop, col: labelCol }, "Chỉ tiêu");
    entries.forEach((e, i) => {
      const col = labelCol + 2 + i;
      if (e.kind === "gap") return;
      set({ row: areaHeaderRow, col }, e.kind === "total" ? "Tổng số" : e.kind === "leaf" ? e.leaf.label : e.kind === "sub" ? (e.g.subLabel ?? "") : e.g.label);
    });
    set({ row: headerTop, col: labelCol + 1 }, "ĐVT");
    if (twoHeader) {
      set({ row: headerTop, col: labelCol + 2 }, "Phân bổ");
      merges.push(`A${headerTop + 1}:A${headerTop + 2}`, `B${headerTop + 1}:B${headerTop + 2}`, `C${headerTop + 1}:C${headerTop + 2}`);
      merges.push(`D${headerTop + 1}:${columnLetters(labelCol + 1 + entries.length)}${headerTop + 1}`);
    }
    lines.forEach((l, j) => {
      set({ row: bodyStart + j, col: 0 }, lineStt(j));
      set({ row: bodyStart + j, col: labelCol }, l.header.replace("\n", " "));
      set({ row: bodyStart + j, col: labelCol + 1 }, l.money ? (l.sheetUnit ?? "") : l.unit);
    });
  }

  // Findings about the sheet's lines and areas themselves.
  lines.forEach((l, j) => {
    if (l.extra !== true) return;
    const p = rows ? { row: areaHeaderRow, col: lineCol(j) } : { row: bodyStart + j, col: labelCol };
    findings.push({ ...p, rule: "unmapped", severity: "warning", cell: addr(p), indicator: null, area: null, expected: null, actual: null });
  });
  if (missingLine !== null) {
    const cells = ["A", "B", "C", "D"].map((c) => `${c}${planLines.length + 2}`);
    loose.push({ rule: "unmapped", severity: "warning", sheet: { oneOf: ["Phân bổ", "Kế hoạch"] }, cell: { oneOf: [null, ...cells] }, indicator: missingCode, area: null, expected: null, actual: null });
  }
  for (const dup of duplicates) {
    const p = leafLabelAt(entries.findIndex((e) => e.kind === "leaf" && e.leaf === dup));
    findings.push({ ...p, rule: "duplicate", severity: "error", cell: addr(p), indicator: null, area: dup.label, expected: null, actual: null });
  }
  if (notInPlan !== null) {
    const p = leafLabelAt(entries.findIndex((e) => e.kind === "leaf" && e.leaf === notInPlan));
    findings.push({ ...p, rule: "coverage", severity: "warning", cell: addr(p), indicator: null, area: notInPlan.label, expected: null, actual: null });
  }
  if (onlyInPlan !== null) {
    const listCells = areaSheet ? areaRows.flatMap((_, r) => [`A${r + 1}`, `B${r + 1}`]) : plan.map((_, r) => `B${r + 1}`);
    loose.push({ rule: "coverage", severity: "warning", sheet: { oneOf: ["Phân bổ", "Kế hoạch", "Địa bàn", null] }, cell: { oneOf: [null, ...listCells] }, indicator: null, area: { oneOf: [onlyInPlan, onlyInPlanLabel] }, expected: null, actual: null });
  }

  // Without a grand total, a line's total has no cell of its own: the finding names the line's header or no cell.
  if (noTotal) {
    planLines.forEach((l) => {
      const j = lineAt(l);
      if (l.percent === true || totals[j] === targets[j]) return;
      const header = rows ? { row: areaHeaderRow, col: lineCol(j) } : { row: bodyStart + j, col: labelCol };
      const over = totals[j] > targets[j];
      const s = l.money ? (l.sheetScale ?? 1) : 1;
      loose.push({ rule: "ceiling", severity: over ? "error" : "warning", cell: { oneOf: [null, addr(header)] }, indicator: l.code, area: null, expected: targets[j] * s, actual: totals[j] * s });
    });
  }

  // Values and the findings they must give.
  const scale = (l: Line) => (l.money ? (l.sheetScale ?? 1) : 1);
  lines.forEach((l, j) => {
    entries.forEach((e, i) => {
      const p = at(i, j);
      if (e.kind === "gap") return;
      if (e.kind === "leaf") {
        const v = e.leaf.values[j];
        const invalid = e.leaf.invalid?.line === j ? e.leaf.invalid.kind : undefined;
        if (invalid !== undefined) {
          set(p, invalid === "ref" ? err("#REF!") : v);
          const actual = invalid === "ref" ? null : { oneOf: [null, v * scale(l)] };
          findings.push({ ...p, rule: "invalid-value", severity: "error", cell: addr(p), indicator: l.code, area: e.leaf.label, expected: null, actual });
        } else if (e.leaf.text[j]) {
          set(p, j === suffixLine ? suffixed(v, l) : textOf(v));
          // One cause, one finding: a formula subtotal whose SUM skips the text makes it an error at the text cell.
          // Without group rows, the grand total's SUM over the areas skips it.
          const skipped = v !== 0 && (noGroupRows ? totalFormula && !noTotal : e.g.formula);
          findings.push({ ...p, rule: "text-number", severity: skipped ? "error" : "warning", cell: addr(p), indicator: l.code, area: e.leaf.label, expected: null, actual: { oneOf: [null, v * scale(l)] } });
        } else if (l.percent === true) {
          set(p, chance(0.5) ? pct(v / 100) : v);
          if (v < percentTarget) {
            findings.push({ ...p, rule: "percent", severity: "error", cell: addr(p), indicator: l.code, area: e.leaf.label, expected: percentTarget, actual: v });
          }
        } else {
          const typo = typoOf(e.leaf, j);
          set(p, v === 0 && typo === 0 && chance(0.5) ? null : v + typo);
          if (typo !== 0) {
            findings.push({ ...p, rule: "subtotal", severity: "error", cell: addr(p), indicator: null, area: e.leaf.label, expected: v * scale(l), actual: (v + typo) * scale(l) });
          }
          if (l.quota !== undefined && v !== l.quota) {
            findings.push({ ...p, rule: "quota", severity: "error", cell: addr(p), indicator: l.code, area: e.leaf.label, expected: l.quota, actual: v });
          }
        }
      } else if (l.percent === true || e.kind === "head") {
        // Districts and the total leave a percent line blank; a row naming a district leaves all blank.
      } else if (e.kind === "group" || e.kind === "sub") {
        const span = leafSpan(e.g);
        const first = at(span.first, j);
        const last = at(span.last, j);
        const cached = groupCell(e.g, j);
        set(p, e.g.formula ? formula(`SUM(${addr(first)}:${addr(last)})`, cached) : cached);
        // A formula subtotal is right as a formula: what it skips is told at the text cells.
        if (!e.g.formula && cached !== leafSum(e.g, j)) {
          // The group is named by the row naming the district, else by its subtotal's label.
          const area = e.kind === "sub" && !headRow && !merged ? (e.g.subLabel ?? "") : e.g.label;
          findings.push({ ...p, rule: "subtotal", severity: "error", cell: addr(p), indicator: l.code, area, expected: leafSum(e.g, j) * scale(l), actual: cached * scale(l) });
        }
      } else {
        if (noGroupRows && totalFormula) {
          // A SUM over the areas: Excel's figure skips the text numbers.
          set(p, formula(`SUM(${addr(at(allLeafSpan.first, j))}:${addr(at(allLeafSpan.last, j))})`, groups.reduce((s, g) => s + excelSum(g, j), 0)));
        } else if (noGroupRows) set(p, totals[j]); // typed: the communes' sum as allocheck counts it
        else if (typedTotal) set(p, totals[j]); // typed from the communes, right even where a district's subtotal is not
        else {
          const parts = groups.map((g) => addr(at(groupIndex.get(g) ?? 0, j)));
          set(p, formula(parts.join("+"), groups.reduce((s, g) => s + groupCell(g, j), 0)));
        }
        if (l.extra !== true && l.total !== true && totals[j] !== targets[j]) {
          const over = totals[j] > targets[j];
          findings.push({ ...p, rule: "ceiling", severity: over ? "error" : "warning", cell: addr(p), indicator: l.code, area: null, expected: targets[j] * scale(l), actual: totals[j] * scale(l) });
        }
      }
    });
  });

  // A second table below, after a blank gap: its title, a header naming every column, two rows of figures.
  if (secondTable) {
    const width = Math.max(...workbook.map((r) => r.length));
    const title = workbook.length + gapSize;
    const titles2 = ["BẢNG 2: KINH PHÍ THEO HOẠT ĐỘNG", "Phân bổ năm sau", "THEO DÕI GIẢI NGÂN"];
    set({ row: title, col: 0 }, titles2[Math.floor(rnd3() * titles2.length)]);
    const words = ["STT", "Hoạt động", ...Array.from({ length: Math.max(0, width - 2) }, (_, c) => `Nội dung ${c + 1}`)];
    words.forEach((word, col) => set({ row: title + 1, col }, word));
    for (let k = 0; k < 2; k++) words.forEach((_, col) => set({ row: title + 2 + k, col }, col === 0 ? k + 1 : col === 1 ? `Hoạt động ${k + 1}` : 1 + Math.floor(rnd3() * 90)));
    findings.push({ row: title, col: 0, rule: "second-table", severity: "info", cell: `A${title + 1}`, indicator: null, area: null, expected: null, actual: null });
  }

  // A negative commune figure (or, with no totals at all, an unread one) on a line under its plan, the sheet's only plan
  // comparison off and nothing else told on the line: the line's total is not known while the cell stands so — the
  // shortfall is told in the cell's invalid-value error, not as a ceiling of its own (CONTRACT §3, one cause).
  const offPlan = [...findings, ...loose].filter((x) => x.rule === "ceiling");
  if (offPlan.length === 1 && offPlan[0].severity === "warning") {
    const code = offPlan[0].indicator;
    const j = lines.findIndex((l) => l.code === code);
    const open = groups.some((g) => g.leaves.some((leaf) => leaf.invalid?.line === j && (leaf.invalid.kind === "negative" || (leaf.invalid.kind === "ref" && noTotal && noGroupRows))));
    // A number typed as text is counted as it stands (a SUM skipping it moves the sheet's figure, not the plan comparison).
    const besides = findings.some((x) => x.indicator === code && x.rule !== "ceiling" && x.rule !== "invalid-value" && x.rule !== "text-number");
    if (open && !besides) {
      const drop = (list: ExpectedFinding[]) => {
        const k = list.indexOf(offPlan[0] as never);
        if (k >= 0) list.splice(k, 1);
      };
      drop(findings);
      drop(loose);
    }
  }
  findings.sort((a, b) => a.row - b.row || a.col - b.col || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));

  // The structure the reading must recover (one label column or header row): each row's (column's) role and
  // the row its parent is named on — a district's row (or, without one, its subtotal row) for its communes.
  const atOf = (i: number) => (rows ? String(bodyStart + i + 1) : columnLetters(labelCol + 2 + i));
  const totalAt = entries.findIndex((e) => e.kind === "total");
  const ownerAt = (g: Group) => entries.findIndex((e) => (e.kind === "group" || e.kind === "head" || (e.kind === "sub" && !headRow)) && e.g === g);
  const structure: StructureRow[] | undefined = merged
    ? undefined
    : entries.flatMap((e, i): StructureRow[] => {
        const top = totalAt >= 0 ? atOf(totalAt) : null;
        if (e.kind === "gap") return [];
        if (e.kind === "total") return [{ at: atOf(i), role: "total", parent: null }];
        if (e.kind === "leaf") return [{ at: atOf(i), role: "leaf", parent: noGroupRows ? top : atOf(ownerAt(e.g)) }];
        if (e.kind === "sub") return [{ at: atOf(i), role: "subtotal", parent: headRow ? atOf(ownerAt(e.g)) : top }];
        return [{ at: atOf(i), role: "group", parent: top }];
      });
  const indicators: ExpectedIndicator[] = planLines.map((l) => {
    const j = lineAt(l);
    if (l.percent === true) {
      const lowest = Math.min(...percentLeaves(j));
      return { code: l.code, kind: "percent", rule: ">=", target: percentTarget, allocated: lowest, difference: lowest - percentTarget, status: lowest < percentTarget ? "under" : "ok" };
    }
    // The figure the grand total shows (the sum of the district cells as written), when it differs.
    const shown = noTotal ? totals[j] : noGroupRows ? (totalFormula ? groups.reduce((sum, g) => sum + excelSum(g, j), 0) : totals[j]) : typedTotal ? totals[j] : groups.reduce((sum, g) => sum + groupCell(g, j), 0);
    return ceilingIndicator(l.code, l.money, targets[j], totals[j], shown, scale(l));
  });
  if (missingLine !== null) {
    indicators.push({ code: missingCode, kind: "count", rule: "<=", target: missingTarget, allocated: null, difference: null, status: "unmapped" });
  }
  return {
    seed,
    rows,
    merged,
    shape: { flat, mergedSub, subStyle, headRow, bareBefore, gapRows, secondTable, suffixedMoney: suffixLine >= 0, moneyTotal, stt, mixedNames, bareFormulas, totalFormula, typedTotal, withAreas, areaSheet: withAreas && areaSheet },
    workbook,
    merges,
    plan,
    ...(withAreas && areaSheet ? { areas: areaRows } : {}),
    findings: findings.map(({ row: _row, col: _col, ...x }) => x),
    ...(structure !== undefined ? { structure } : {}),
    loose,
    indicators,
  };
}

/** Seeds of the generated tests: 120 by default, `GEN_COUNT=400` for more; `GEN_FROM=2000` starts at the 2000th (a longer hunt in pieces). */
export const SEEDS: readonly number[] = Array.from({ length: Number(process.env.GEN_COUNT ?? 120) }, (_, i) => 1000 + (i + Number(process.env.GEN_FROM ?? 0)) * 7919);
