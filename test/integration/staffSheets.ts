/**
 * Allocation sheets laid out the way district and provincial staff type them
 * by hand, beside the seeded generator of generator.ts: a title block, an
 * `Đơn vị tính: đồng` line above the header, district rows by Roman STT, by a
 * STT written into the label (`I. Huyện …`, `II - HUYỆN …`) or by a heading
 * merged across the table closed by a `Cộng` row; district names in upper
 * case; communes numbered across the sheet, from 1 in each district or not at
 * all; a district with a single commune; the same commune name in two
 * districts (two areas, not a repeat); names with trailing or doubled spaces,
 * non-breaking spaces, in upper or lower case, with or without `Xã`; a money
 * line in đồng; an empty column between the line columns; a `Ghi chú` column
 * holding text or bare numbers; the grand total first or last, typed or a
 * formula over the district cells; district subtotals typed or formulas.
 *
 * Cell values and formulas as staff type them (CONTRACT §2): a nil figure left
 * blank, typed `0` or `-`; district formulas as `SUM` of a range, a chain
 * `C8+C9+C10`, `SUBTOTAL(9,…)`, `SUMIF`, absolute `$C$8:$C$10`; formulas with
 * or without saved values (without: only the plain arithmetic CONTRACT §2
 * evaluates); one line's commune figures linked from a sheet `Số liệu`; the
 * total and district labels written in the STT column merged over the name
 * column; a hidden commune row (an info `hidden` finding at its label) and a
 * hidden empty column; the money line in đồng (`#,##0`), in đồng shown as
 * thousands (`#,##0,`, header in nghìn đồng) or in triệu đồng with a decimal;
 * a percent line (rates as fractions shown `0%`, or as points; districts and
 * the total leave it blank). Drawn from a stream of their own (a shape without
 * them lays out as before): a title block of 3–6 rows merged across the table
 * (letterhead, motto, title, the decision's number and date, place and date);
 * a signature block under it (a footnote, place and date, `Người lập biểu`,
 * `Thủ trưởng đơn vị`, `(Ký, ghi rõ họ tên)`, the signers' names past a gap);
 * districts written `Huyện`, `H.`, `Quận`, `Thị xã`, `Thành phố` with their
 * communes `Xã`, `Phường`, `Thị trấn`, `TT.` (a town named after its
 * district); a numbering row (`A | B | 1 | 2`, `(1) (2)`) or a units row under
 * the header; districts lettered `A`, `B`; blank rows between districts; a
 * district closed by `Cộng huyện X` after its communes, with or without a row
 * naming it over them; a `Ghi chú` column of free text with numbers in it;
 * counts of people in thousands (`1.250` typed as text); a line in another
 * unit (`mô hình`, `lớp`, `hội viên`). From a third stream: the header rows
 * (with the numbering or units row) typed again over the second district, as
 * a printed page repeats them; a `Trong đó: …` row under the grand total or
 * under each district's figures (a part of them, no area); a district's STT
 * merged down over its communes; a second money line in the other unit (đồng
 * beside triệu đồng, or triệu đồng with a decimal beside đồng). From the
 * shape's `axis`: the same lines and areas turned, the lines as rows and the
 * districts as groups of columns with their communes (staffColumns.ts). Drawn
 * after all the others (so that the fields above draw as before), for areas
 * down the rows: communes numbered `1.1`, `1.2` under districts `1`, `2`, or
 * lettered `a`, `b` in each district; a hidden helper column (last year's
 * figures, the communes' codes) naming no plan line; the districts' names in
 * a column of their own, each merged down over its communes' rows. Drawn last
 * (both orientations): the `Đơn vị tính` line at the right, at the left or
 * merged across the table; a district closed after its communes by a row (or
 * column) naming it alone (`Huyện Bắc Hà`, no `Cộng`). Each case
 * also gives its structure as built (where each commune, district and the
 * total sit), for `scripts/staff-hunt.js` to check the reading against.
 *
 * Each sheet carries at most one planted problem whose finding is known from
 * CONTRACT.md alone: a line over (or under) its plan, a district subtotal
 * typed wrong, a district's SUM stopping a row short of its last commune, a
 * commune's number typed as text in one of its many forms (`1.200.000`,
 * `1,200,000`, `1 200 000` with plain or no-break spaces, `1.200,5`, `'5`,
 * `5  `, `1,2 tr.đ`, `5 tổ`), a commune written twice in its district, a plan
 * commune missing from the sheet, a negative number, an `x` for a figure, a
 * commune's rate under the percent target. Everything else is right, so the report must hold exactly
 * the planted finding, at its cell, and nothing more.
 */
import fc from "fast-check";
import { f, nfd, type FixtureSheet, type FixtureValue, type FormulaValue } from "../helpers/xlsxFixture";
import { columnLetters } from "../../src/core/model/address";
import { staffWriter } from "./staffWriter";
import { prng, shuffled } from "../helpers/prng";
import { ceilingIndicator, type ExpectedFinding, type ExpectedIndicator } from "./support";
import { layoutColumns } from "./staffColumns";

export const PLANTS = ["none", "over", "under", "subtotal", "shortSum", "text", "duplicate", "missing", "negative", "invalid", "percent"] as const;
export type Plant = (typeof PLANTS)[number];

/** How a commune's name is typed. */
export const NAME_STYLES = ["prefixed", "bare", "lower", "upper", "trailing", "double", "nbsp", "nfd"] as const;
export type NameStyle = (typeof NAME_STYLES)[number];

/** How the planted number typed as text is written (its figure as shown in the line's unit). */
export const TEXT_FORMS = ["dot", "comma", "space", "nbsp", "apostrophe", "trailing", "unit", "plain"] as const;
export type TextForm = (typeof TEXT_FORMS)[number];

/** How a district subtotal that is a formula is written. */
export const SUM_FORMS = ["range", "chain", "subtotal", "sumif", "absolute"] as const;
export type SumForm = (typeof SUM_FORMS)[number];

export interface StaffShape {
  /** Title lines above the table (0–3). */
  readonly titleRows: number;
  /** With a money line: an `Đơn vị tính: đồng` line above the header, the money header then without its unit. */
  readonly unitLine: boolean;
  readonly twoHeaderRows: boolean;
  readonly totalFirst: boolean;
  readonly totalLabel: string;
  /**
   * Where a district's figures sit: on its own row, on a `Cộng` row after a heading merged across the table, or on a
   * row `Cộng huyện Bắc Hà` after its communes with no row over them (`subAfter`), or under a row naming the
   * district (its figures blank, not merged) by such a row after its communes (`headSub`).
   */
  readonly district: "row" | "mergedHead" | "subAfter" | "headSub";
  /** A district's STT: Roman in column A, a letter (`A`, `B`) there, none, or written into the label (`I. Huyện Bắc Hà`). */
  readonly districtStt: "roman" | "letter" | "none" | "inLabel";
  readonly districtUpper: boolean;
  readonly communeStt: "running" | "restart" | "none";
  /** The same commune name in the first two districts. */
  readonly sharedName: boolean;
  /** The last district has a single commune. */
  readonly singleCommune: boolean;
  /** Bit k: district k's subtotal is a SUM formula (else typed). */
  readonly districtFormulas: number;
  /** The grand total a formula adding up the district cells (else typed as the communes add up). */
  readonly totalFormula: boolean;
  /** An empty column (no header, no values) after this line column, or -1. */
  readonly spacerAfter: number;
  /** A `Ghi chú` column: texts, bare numbers, or free text with numbers in it (`Bổ sung 2 tổ so với năm 2024`). */
  readonly note: "none" | "text" | "numbers" | "free";
  readonly money: boolean;
  readonly countLines: number;
  /** The plan lists its areas below its lines (`Huyện`, `Xã`). */
  readonly areaList: boolean;
  /** The commune name styles drawn from, in turn. */
  readonly nameStyles: readonly NameStyle[];
  /** How a commune's nil figure is typed: left blank, `0`, `-`, or any of them. */
  readonly nil: "either" | "blank" | "zero" | "dash" | "mixed";
  readonly textForm: TextForm;
  readonly sumForm: SumForm;
  /** Formulas carry their saved values; without, only plain arithmetic (SUM of a range, `+`) is written. */
  readonly cached: boolean;
  /** One line's commune figures are links to a sheet `Số liệu` (with their saved values). */
  readonly linked: boolean;
  /** The total and district labels written in the STT column, merged over the name column. */
  readonly mergedLabels: boolean;
  /** One commune row hidden, and the empty column when there is one. */
  readonly hidden: boolean;
  /** The money line: in đồng (plain, `#,##0` or an accounting format), in đồng shown as thousands (`#,##0,`, header in nghìn đồng), in triệu đồng (`#,##0.0`). */
  readonly moneyUnit: "dong" | "grouped" | "accounting" | "thousands" | "trieu";
  /** A percent line: none, rates as fractions shown `0%`, or as points. */
  readonly percent: "none" | "fraction" | "points";
  /** A title block of this many rows (3–6) merged across the table, with the decision's number and date, or 0 (then `titleRows`). */
  readonly titleBlock: number;
  /** A signature block below the table: a place and date, `Người lập biểu` and `Thủ trưởng đơn vị`, their names. */
  readonly signature: boolean;
  /**
   * Districts written `Huyện`, `H.`, `Quận`, `Thị xã`, `Thành phố` and their communes `Xã`, `Phường`, `Thị trấn`,
   * `TT.` as their district goes; a district's first commune maybe a `Thị trấn` named after it.
   */
  readonly areaWords: boolean;
  /** A row under the header: the columns' numbers (`A | B | 1 | 2`, `(1) (2) (3)`), or each line's unit (then not in its header). */
  readonly subHeader: "none" | "numbers" | "units";
  /** A blank row between districts. */
  readonly spacerRows: boolean;
  /** Count lines of people in hundreds and thousands (`1.250` when typed as text: 1250, CONTRACT §1). */
  readonly bigCounts: boolean;
  /** One more count line in another unit (`mô hình`, `lớp`, `hội viên`). */
  readonly extraUnit: boolean;
  /** The header rows (with the numbering or units row) typed again over the second district, as for a printed page. */
  readonly repeatHeader: boolean;
  /** A `Trong đó: …` row right under the grand total or under each district's figures: a part of them (the figures of its first commune or of each district's), no area. */
  readonly ofWhichRow: "none" | "total" | "district";
  /** A district's Roman or lettered STT merged down over its communes' rows (theirs then unnumbered). */
  readonly mergedStt: boolean;
  /** With a money line: a second one beside it in the other unit (đồng beside triệu đồng, or triệu đồng beside đồng). */
  readonly secondMoney: boolean;
  /**
   * Where the areas run: down the rows (lines as columns), or across the columns (lines as rows, districts as
   * column groups with their communes: see staffColumns.ts).
   */
  readonly axis: "rows" | "columns";
  readonly plant: Plant;
  readonly seed: number;
  /**
   * Areas down the rows: the STT as drawn, or districts numbered `1`, `2` (for a Roman or lettered STT) with their
   * communes `1.1`, `1.2`; or communes lettered `a`, `b` in each district.
   */
  readonly sttForm: "drawn" | "dotted" | "letters";
  /** Areas down the rows: a hidden helper column after the lines (last year's figures, the communes' codes), no plan line. */
  readonly helper: "none" | "lastYear" | "codes";
  /**
   * Areas down the rows, each district on a row of its own: the districts' names in a column of their own
   * (`Huyện`), each merged down over its communes' rows, the communes named in the next column (`Xã`).
   */
  readonly districtColumn: boolean;
  /** Where the `Đơn vị tính` line sits above the header: at the right, at the left, or merged across the table. */
  readonly unitPlace: "right" | "left" | "merged";
  /** A district's row after its communes (`subAfter`) labelled with a word (`Cộng huyện X`) or bare, the district named alone (`Huyện X`). */
  readonly subWord: "drawn" | "bare";
}

export interface StaffCase {
  readonly shape: StaffShape;
  readonly workbook: FixtureValue[][];
  readonly merges: string[];
  readonly plan: FixtureValue[][];
  /** The workbook's sheets, ready to write: `Phân bổ` (with its merges and hidden rows and columns), `Kế hoạch`, maybe `Số liệu`. */
  readonly sheets: FixtureSheet[];
  readonly findings: ExpectedFinding[];
  readonly loose: ExpectedFinding[];
  readonly indicators: ExpectedIndicator[];
  /** Where each commune, district and the total sit (row number, or column letter across) and the role the reading must give it. */
  readonly structure: StaffPlace[];
}

/** A place of the area axis as built: a commune is a leaf, a district a group or subtotal, the total the total. */
export interface StaffPlace {
  readonly at: string;
  readonly role: "total" | "district" | "leaf";
}

const DISTRICTS = ["Bắc Hà", "Mường Khương", "Văn Bàn", "Bảo Yên", "Than Uyên", "Phong Thổ"];
const COMMUNES = [
  "Nậm Lúc", "Bản Liền", "Cốc Ly", "Lùng Phình", "Pha Long", "Tả Gia Khâu", "Nậm Chày", "Dần Thàng",
  "Minh Lương", "Nghĩa Đô", "Vĩnh Yên", "Mường Kim", "Khoen On", "Sính Phình", "Trung Thu", "Cán Tỷ",
];
const SHARED = "Tân Lập";
const COUNT_LINES: ReadonlyArray<readonly [string, string]> = [
  ["Tổ truyền thông cộng đồng", "tổ"],
  ["Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB"],
  ["Địa chỉ tin cậy tại cộng đồng", "địa chỉ"],
  ["Người được tập huấn kỹ năng", "người"],
];
const ROMAN = ["I", "II", "III", "IV"];
const LETTERS = ["A", "B", "C", "D"];

/** The shapes, drawn by fast-check (each flag shrinks on its own). */
export const staffShape: fc.Arbitrary<StaffShape> = fc.record({
  titleRows: fc.integer({ min: 0, max: 3 }),
  unitLine: fc.boolean(),
  twoHeaderRows: fc.boolean(),
  totalFirst: fc.boolean(),
  totalLabel: fc.constantFrom("Tổng cộng", "TỔNG CỘNG", "Tổng số", "Toàn tỉnh", "Cộng"),
  district: fc.constantFrom("row", "mergedHead", "subAfter", "headSub"),
  districtStt: fc.constantFrom("roman", "letter", "none", "inLabel"),
  districtUpper: fc.boolean(),
  communeStt: fc.constantFrom("running", "restart", "none"),
  sharedName: fc.boolean(),
  singleCommune: fc.boolean(),
  districtFormulas: fc.integer({ min: 0, max: 7 }),
  totalFormula: fc.boolean(),
  spacerAfter: fc.integer({ min: -1, max: 2 }),
  note: fc.constantFrom("none", "text", "numbers", "free"),
  money: fc.boolean(),
  countLines: fc.integer({ min: 1, max: 3 }),
  areaList: fc.boolean(),
  nameStyles: fc.array(fc.constantFrom(...NAME_STYLES), { minLength: 1, maxLength: 4 }),
  nil: fc.constantFrom("either", "blank", "zero", "dash", "mixed"),
  textForm: fc.constantFrom(...TEXT_FORMS),
  sumForm: fc.constantFrom(...SUM_FORMS),
  cached: fc.boolean(),
  linked: fc.boolean(),
  mergedLabels: fc.boolean(),
  hidden: fc.boolean(),
  moneyUnit: fc.constantFrom("dong", "grouped", "accounting", "thousands", "trieu"),
  percent: fc.constantFrom("none", "fraction", "points"),
  titleBlock: fc.constantFrom(0, 3, 4, 5, 6),
  signature: fc.boolean(),
  areaWords: fc.boolean(),
  subHeader: fc.constantFrom("none", "numbers", "units"),
  spacerRows: fc.boolean(),
  bigCounts: fc.boolean(),
  extraUnit: fc.boolean(),
  repeatHeader: fc.boolean(),
  ofWhichRow: fc.constantFrom("none", "total", "district"),
  mergedStt: fc.boolean(),
  secondMoney: fc.boolean(),
  axis: fc.constantFrom("rows", "columns"),
  plant: fc.constantFrom(...PLANTS),
  seed: fc.integer({ min: 1, max: 0x7fffffff }),
  // Drawn after the others, so that the fields above draw as before.
  sttForm: fc.constantFrom("drawn", "dotted", "letters"),
  helper: fc.constantFrom("none", "lastYear", "codes"),
  districtColumn: fc.boolean(),
  unitPlace: fc.constantFrom("right", "left", "merged"),
  subWord: fc.constantFrom("drawn", "bare"),
});

/** Vietnamese notation: 1234.5 → `1.234,5`. */
function vn(n: number): string {
  const fixed = n.toFixed(6).replace(/0+$/, "").replace(/\.$/, "");
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** A commune's name typed in `style`, after its level's word (`Xã`, `Phường`, `Thị trấn`, `TT.`). */
export function styled(name: string, style: NameStyle, word = "Xã"): string {
  switch (style) {
    case "prefixed":
      return `${word} ${name}`;
    case "bare":
      return name;
    case "lower":
      return `${word.toLowerCase()} ${name}`;
    case "upper":
      return `${word} ${name}`.toUpperCase();
    case "trailing":
      return `${word} ${name}  `;
    case "double":
      return `${word}  ${name.replace(" ", "  ")}`;
    case "nbsp":
      return `${word}\u00a0${name}`;
    case "nfd":
      return nfd(`${word} ${name}`);
  }
}

export interface Line {
  readonly code: string;
  readonly name: string;
  readonly planUnit: string;
  readonly kind: "count" | "money" | "percent";
  readonly header: string;
  /** Đồng per unit its figures are shown in (1000 for nghìn đồng); 1 for counts and rates. */
  readonly shownIn: number;
  /** What a figure's value is divided by to be stored (1e6 for a line typed in triệu đồng, 100 for rates as fractions). */
  readonly storedIn: number;
  /** The number format of its cells, or null. */
  readonly format: string | null;
  /** A money line's unit as the sheet writes it, when not the shape's `moneyUnit`. */
  readonly unit?: string;
}

export interface Commune {
  readonly name: string;
  label: string;
  /** The word of its level (`Xã`, `Phường`, `Thị trấn`, `TT.`). */
  readonly word: string;
  /** Per line: a count, whole đồng, or percentage points. */
  values: number[];
  /** Line typed as text (the plant), or -1. */
  text: number;
  negative: number;
  /** Line holding an `x` for its figure (the plant), or -1. */
  invalid: number;
}

export interface District {
  readonly name: string;
  label: string;
  communes: Commune[];
  formula: boolean;
  form: SumForm;
  /** Per line, the amount its typed subtotal is off. */
  error: number[];
  /** The label of its subtotal row after its communes, under a row naming it (`headSub`). */
  sub?: string;
  /** Its SUM stops a row short of its last commune (on every line). */
  short: boolean;
}

const EXTRA_LINES: ReadonlyArray<readonly [string, string]> = [
  ["Mô hình sinh kế cho phụ nữ", "mô hình"],
  ["Lớp tập huấn kỹ năng số", "lớp"],
  ["Hội viên phát triển mới", "hội viên"],
];
const PERCENT_LINE = "Tỷ lệ hộ gia đình được tiếp cận thông tin";
const MONEY_LINE = "Kinh phí hỗ trợ hoạt động";
const SECOND_MONEY_LINE = "Kinh phí mua sắm trang thiết bị";
const OF_WHICH = ["Trong đó: xã khu vực III", "Trong đó: Các xã đặc biệt khó khăn", "- Trong đó: xã biên giới", "Trong đó, xã ATK:"];
const UNIT_WORDS = { dong: "đồng", grouped: "đồng", accounting: "đồng", thousands: "nghìn đồng", trieu: "triệu đồng" } as const;

/** US notation, `1,200,000` or `1,200.5`: with one comma alone (`1,200`) the contract reads a decimal comma, so only when that cannot be. */
function us(n: number): string | null {
  const text = n.toLocaleString("en-US", { maximumFractionDigits: 6 });
  return (text.match(/,/g) ?? []).length >= 2 || (text.includes(",") && text.includes(".")) ? text : null;
}

/** The figure `v` of line `l` typed as text in `form`. */
function typedText(l: Line, v: number, form: TextForm): string {
  const shown = v / l.shownIn;
  switch (form) {
    case "dot":
      return vn(shown);
    case "comma":
      // `500,000` in a line of whole đồng groups thousands (a fraction of a đồng is never written).
      return us(shown) ?? (l.kind === "money" && l.shownIn === 1 ? shown.toLocaleString("en-US") : vn(shown));
    case "space":
      return vn(shown).replace(/\./g, " ");
    case "nbsp":
      return vn(shown).replace(/\./g, "\u00a0");
    case "apostrophe":
      return `'${vn(shown)}`;
    case "trailing":
      return `${vn(shown)}  `;
    case "unit":
      return l.kind === "money" ? `${vn(v / 1e6)} tr.đ` : `${vn(v)} ${l.planUnit}`;
    case "plain":
      return vn(shown).replace(/\./g, "");
  }
}

/** The forms that group thousands: planted in the money line when there is one. */
const GROUPING: ReadonlySet<TextForm> = new Set(["dot", "comma", "space", "nbsp", "plain"]);

/** The sheet of `shape` and the findings CONTRACT.md gives for it. */
export function buildStaff(shape: StaffShape): StaffCase {
  const rnd = prng(shape.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const planted = shape.plant;
  // The shapes added later draw from a stream of their own, so that a shape without them lays out as before.
  const rnd2 = prng(shape.seed ^ 0x68e31da4);
  const pick2 = <T>(xs: readonly T[]): T => xs[Math.floor(rnd2() * xs.length)];

  // Lines: counts, maybe a rate, then maybe a money line typed in đồng (or shown in thousands, or in triệu đồng) against a plan in triệu đồng.
  const count = (name: string, unit: string): Line => ({
    code: "",
    name,
    planUnit: unit,
    kind: "count",
    header: rnd() < 0.5 ? `${name} (${unit})` : name,
    shownIn: 1,
    storedIn: 1,
    format: null,
  });
  const drafts: Line[] = shuffled(rnd, COUNT_LINES)
    .slice(0, shape.countLines)
    .map(([name, unit]) => count(name, unit));
  if (shape.extraUnit) drafts.push(count(...pick2(EXTRA_LINES)));
  const percent = planted === "percent" && shape.percent === "none" ? "points" : shape.percent;
  if (percent !== "none") {
    drafts.push({ code: "", name: PERCENT_LINE, planUnit: "%", kind: "percent", header: `${PERCENT_LINE} (%)`, shownIn: 1, storedIn: percent === "fraction" ? 100 : 1, format: percent === "fraction" ? "0%" : null });
  }
  const money = shape.money;
  const unitLine = money && shape.unitLine;
  if (money) {
    const unit = UNIT_WORDS[shape.moneyUnit];
    const format = { dong: null, grouped: "#,##0", accounting: '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', thousands: "#,##0,", trieu: "#,##0.0" }[shape.moneyUnit];
    drafts.push({
      code: "",
      name: MONEY_LINE,
      planUnit: "triệu đồng",
      kind: "money",
      header: unitLine ? MONEY_LINE : `${MONEY_LINE} (${unit})`,
      shownIn: shape.moneyUnit === "thousands" ? 1000 : shape.moneyUnit === "trieu" ? 1e6 : 1,
      storedIn: shape.moneyUnit === "trieu" ? 1e6 : 1,
      format,
    });
  }
  // The variations added after those draw from a third stream of their own.
  const rnd3 = prng(shape.seed ^ 0x3c6ef372);
  if (money && shape.secondMoney) {
    // In triệu đồng with a decimal beside a line in đồng (or in thousands), else in whole đồng beside triệu đồng.
    const inTrieu = shape.moneyUnit !== "trieu";
    const unit = inTrieu ? "triệu đồng" : "đồng";
    drafts.push({ code: "", name: SECOND_MONEY_LINE, planUnit: "triệu đồng", kind: "money", header: `${SECOND_MONEY_LINE} (${unit})`, shownIn: inTrieu ? 1e6 : 1, storedIn: inTrieu ? 1e6 : 1, format: inTrieu ? "#,##0.0" : "#,##0", unit });
  }
  const lines: Line[] = drafts.map((l, i) => ({ ...l, code: String(i + 1) }));
  const percentTarget = percent === "none" ? 0 : int(60, 85);
  const drawValue = (l: Line) =>
    l.kind === "money" ? int(5, shape.moneyUnit === "trieu" ? 30_000 : 300) * 100_000 : l.kind === "percent" ? int(percentTarget, 100) : rnd() < 0.15 ? 0 : shape.bigCounts ? int(50, 2500) : int(1, 9);
  const step = (l: Line) => (l.kind === "money" ? 100_000 : 1);

  // Areas.
  const districtNames = shuffled(rnd, DISTRICTS).slice(0, int(2, 3));
  const pool = shuffled(rnd, COMMUNES);
  let styleAt = 0;
  const nextStyle = () => shape.nameStyles[styleAt++ % shape.nameStyles.length];
  const commune = (name: string, label: string, word = "Xã"): Commune => ({ name, label, word, values: lines.map(drawValue), text: -1, negative: -1, invalid: -1 });
  const sumForm = !shape.cached && (shape.sumForm === "subtotal" || shape.sumForm === "sumif") ? "range" : shape.sumForm;
  // Each district's word and the words its communes take (`Quận` → `Phường`; `Huyện` → `Xã`, or `Thị trấn` for its first).
  const AREA_WORDS = [["Huyện", "Xã"], ["H.", "Xã"], ["Quận", "Phường"], ["Thị xã", "Phường"], ["Thị xã", "Xã"], ["Thành phố", "Phường"]] as const;
  const words = districtNames.map(() => (shape.areaWords ? pick2(AREA_WORDS) : AREA_WORDS[0]));
  const districts: District[] = districtNames.map((name, k) => {
    const n = shape.singleCommune && k === districtNames.length - 1 ? 1 : int(2, 4);
    const names = Array.from({ length: n }, () => pool.pop() ?? `Xã ${k}`);
    if (shape.sharedName && k < 2) names[k === 0 ? names.length - 1 : 0] = SHARED;
    const [districtWord, communeWord] = words[k];
    const town = shape.areaWords && (districtWord === "Huyện" || districtWord === "H.") && rnd2() < 0.6 ? pick2(["Thị trấn", "TT.", "TT"]) : null;
    // A district's town is often named after it, written with its word (a bare name would be the district's own).
    const ownTown = town !== null && names[0] !== SHARED && rnd2() < 0.5;
    if (ownTown) names[0] = name;
    const communes = names.map((c, i) => {
      const style = nextStyle();
      const word = i === 0 && town !== null ? town : communeWord;
      return commune(c, styled(c, style === "bare" && ownTown && i === 0 ? "prefixed" : style, word), word);
    });
    return { name, label: "", communes, formula: ((shape.districtFormulas >> k) & 1) === 1, form: sumForm, error: lines.map(() => 0), short: false };
  });
  districts.forEach((d, k) => {
    const word = words[k][0];
    const base = shape.districtUpper ? `${word.toUpperCase()} ${d.name.toUpperCase()}` : `${word} ${d.name}`;
    d.label = shape.districtStt === "inLabel" ? `${ROMAN[k]}${pick([". ", " - ", ". "])}${base}` : base;
    // Closed by a row naming it after its communes (none over them): that row's label names the district.
    if (shape.district === "subAfter" || shape.district === "headSub") {
      const level = word === "H." ? "huyện" : word.toLowerCase();
      const sub = `${pick2(["Cộng", "Tổng", "Cộng", "Tổng cộng"])} ${level} ${d.name}`;
      // Or named alone after its communes, as its heading would be (`Huyện Bắc Hà`), its figures theirs.
      const written = shape.district === "subAfter" && shape.subWord === "bare" ? d.label : shape.districtUpper ? sub.toUpperCase() : sub;
      if (shape.district === "subAfter") d.label = written;
      else d.sub = written;
    }
  });

  // The plant: on a line of figures (a count or money line), or for `percent` on the rate line.
  const figureLines = lines.map((l, j) => (l.kind === "percent" ? -1 : j)).filter((j) => j >= 0);
  const moneyAt = lines.findIndex((l) => l.kind === "money");
  const drawn = pick(figureLines);
  const lineIndex = planted === "percent" ? lines.findIndex((l) => l.kind === "percent") : planted === "text" && GROUPING.has(shape.textForm) && moneyAt >= 0 ? moneyAt : drawn;
  const target = districts[int(0, districts.length - 1)];
  let duplicate: Commune | null = null;
  let missing: string | null = null;
  let plantedAt: Commune | null = null;
  if (planted === "subtotal") {
    target.formula = false;
    const error = pick([-2, -1, 1, 3]) * step(lines[lineIndex]);
    // A subtotal typed below zero is no typo staff make: off upwards then.
    target.error[lineIndex] = target.communes.reduce((s, c) => s + c.values[lineIndex], 0) + error < 0 ? -error : error;
  } else if (planted === "shortSum") {
    // The district's SUM leaves out its last commune (a row inserted under the range): its last commune holds figures.
    const word = target.communes[target.communes.length - 1].word;
    if (target.communes.length === 1) target.communes.unshift(commune(pool.pop() ?? "Nậm Xé", "", word === "Phường" ? word : "Xã"));
    target.communes[0].label ||= styled(target.communes[0].name, nextStyle(), target.communes[0].word);
    const lastCommune = target.communes[target.communes.length - 1];
    lastCommune.values = lastCommune.values.map((v, j) => (v === 0 ? step(lines[j]) : v));
    target.formula = true;
    target.short = true;
    plantedAt = lastCommune;
  } else if (planted === "text") {
    const c = pick(target.communes);
    if (c.values[lineIndex] === 0) c.values[lineIndex] = int(1, 9);
    c.text = lineIndex;
    plantedAt = c;
  } else if (planted === "invalid") {
    const c = pick(target.communes);
    c.values[lineIndex] = 0;
    c.invalid = lineIndex;
    plantedAt = c;
  } else if (planted === "percent") {
    const c = pick(target.communes);
    c.values[lineIndex] = int(Math.max(0, percentTarget - 20), percentTarget - 1);
    plantedAt = c;
  } else if (planted === "negative") {
    const c = pick(target.communes.filter((x) => x.name !== SHARED).length > 0 ? target.communes.filter((x) => x.name !== SHARED) : target.communes);
    c.values[lineIndex] = -Math.max(1, Math.abs(c.values[lineIndex]));
    c.negative = lineIndex;
    plantedAt = c;
    // The line still adds up to a plan above zero: another commune of the sheet holds more.
    const sum = districts.reduce((s, d) => s + d.communes.reduce((t, x) => t + x.values[lineIndex], 0), 0);
    const other = districts.flatMap((d) => d.communes).find((x) => x !== c);
    if (sum <= 0 && other !== undefined) other.values[lineIndex] += 1 - sum + int(1, 5) * step(lines[lineIndex]);
  } else if (planted === "duplicate") {
    const first = pick(target.communes);
    // (A town named after its district is not repeated bare: that is the district's name.)
    const styles = NAME_STYLES.filter((st) => st !== "bare" || !districtNames.includes(first.name));
    const others = styles.map((st) => styled(first.name, st, first.word)).filter((x) => x.normalize("NFC").trim() !== first.label.normalize("NFC").trim());
    duplicate = { name: first.name, label: pick(others), word: first.word, values: [...first.values], text: -1, negative: -1, invalid: -1 };
    target.communes.splice(target.communes.indexOf(first) + 1, 0, duplicate);
    plantedAt = first;
  } else if (planted === "missing") {
    missing = pool.pop() ?? "Nậm Xé";
  }
  // Excel's `+` cannot take text (`#VALUE!`): a chain of cells is written only over figures and blanks.
  for (const d of districts) if (d.form === "chain" && d.communes.some((c) => c.text >= 0 || c.invalid >= 0)) d.form = "range";
  const areaList = shape.areaList || planted === "missing";
  // A line of figures linked from `Số liệu`, never the planted one.
  const linkLine = shape.linked && shape.cached ? (figureLines.find((j) => !["text", "invalid", "negative"].includes(planted) || j !== lineIndex) ?? -1) : -1;

  const leafSum = (d: District, j: number) => d.communes.reduce((s, c) => s + c.values[j], 0);
  const excelSum = (d: District, j: number) => d.communes.reduce((s, c, i) => s + (c.text === j || (d.short && i === d.communes.length - 1) ? 0 : c.values[j]), 0);
  const districtCell = (d: District, j: number) => (d.formula ? excelSum(d, j) : leafSum(d, j) + d.error[j]);
  const totals = lines.map((_, j) => districts.reduce((s, d) => s + leafSum(d, j), 0));
  const shown = lines.map((_, j) => districts.reduce((s, d) => s + districtCell(d, j), 0));
  const off = lines.map(() => 0);
  if (planted === "over" || planted === "under") {
    const unit = step(lines[lineIndex]);
    off[lineIndex] = int(1, 3) * unit * (planted === "over" ? 1 : -1);
    if (totals[lineIndex] - off[lineIndex] <= 0) off[lineIndex] = -int(1, 3) * unit; // a plan of at least 1
  }
  // A commune row hidden: not the plant's, nor a repeat; nor one whose figures are each exactly a line's excess over
  // its ceiling (an old row kept out of sight that the totals still count: that is then the cause told).
  const oldRow = (c: Commune) => figureLines.some((j) => c.values[j] !== 0) && figureLines.every((j) => c.values[j] === 0 || c.values[j] === off[j]);
  const hiddenCommune = shape.hidden ? (districts.flatMap((d) => d.communes).find((c) => c !== plantedAt && c !== duplicate && !oldRow(c)) ?? null) : null;
  // Plan targets: each line's total, but the planted line over (target under the total) or under.
  const targets = totals.map((t, j) => (lines[j].kind === "percent" ? percentTarget : t - off[j]));

  // The plan sheet.
  const plan: FixtureValue[][] = [["Mã số", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"]];
  lines.forEach((l, j) => plan.push([l.code, l.name, l.planUnit, l.kind === "money" ? (Number.isInteger(targets[j] / 1e6) ? targets[j] / 1e6 : vn(targets[j] / 1e6)) : targets[j]]));
  const listCells: string[] = [];
  if (areaList) {
    plan.push([]);
    plan.push(["Huyện", "Xã"]);
    for (const d of districts) {
      for (const c of d.communes) if (c !== duplicate) plan.push([d.name, c.name]);
      if (missing !== null && d === target) {
        plan.push([d.name, missing]);
        listCells.push(`A${plan.length}`, `B${plan.length}`);
      }
    }
  }

  const indicators: ExpectedIndicator[] = lines.map((l, j) => {
    if (l.kind !== "percent") return ceilingIndicator(l.code, l.kind === "money", targets[j], totals[j], shape.totalFormula ? shown[j] : totals[j], 1);
    const lowest = Math.min(...districts.flatMap((d) => d.communes.map((c) => c.values[j])));
    return { code: l.code, kind: "percent", rule: ">=", target: percentTarget, allocated: lowest, difference: lowest - percentTarget, status: lowest < percentTarget ? "under" : "ok" };
  });
  if (shape.axis === "columns") {
    const model = { shape: { ...shape, areaList }, lines, districts, plan, listCells, targets, totals, shown, off, duplicate, missing, hiddenCommune, linkLine, percentTarget, indicators };
    return layoutColumns(model, { rnd, pick, int, rnd2, pick2, rnd3, typedText });
  }

  // Columns: STT, the label, the lines (an empty column after one of them), then `Ghi chú`.
  const lineCols: number[] = [];
  let spacerCol = -1;
  // The districts' own column, merged down over their communes, the communes named in the next.
  const byColumn = shape.districtColumn && shape.district === "row" && !shape.mergedLabels && shape.ofWhichRow !== "district";
  const nameCol = byColumn ? 2 : 1;
  let col = nameCol + 1;
  lines.forEach((_, j) => {
    lineCols.push(col++);
    if (shape.spacerAfter === j && j < lines.length - 1) spacerCol = col++;
  });
  const helperCol = shape.helper === "none" ? -1 : col++;
  const noteCol = shape.note === "none" ? -1 : col++;
  const lastCol = col - 1;

  const { workbook, linked, merges, put, set, addr } = staffWriter();
  /** A figure of line `l` as its cell holds it: stored in the line's unit, with its format. */
  const figure = (l: Line, v: number | FormulaValue): FixtureValue => {
    const stored = typeof v === "number" ? v / l.storedIn : v;
    return l.format === null ? stored : { value: stored, numFmt: l.format };
  };
  /** Saved value of a formula in line `l` (none in a file never opened in Excel). */
  const saved = (l: Line, v: number) => (shape.cached ? v / l.storedIn : undefined);
  const titles = ["UBND TỈNH LÀO CAI", "BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025", "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2025)"];
  const mergeRow = (r: number, from: number, to: number, text: string | null) => {
    set(r, from, text);
    if (to > from && text !== null) merges.push(`${addr(r, from)}:${addr(r, to)}`);
  };
  if (shape.titleBlock > 0) {
    // The letterhead (the body on the left, the national motto on the right), the title, the decision it goes with
    // (its number and date), the place and date; each row merged across the table.
    const block: Array<() => void> = [
      () => {
        mergeRow(workbook.length, 0, 1, pick2(["HỘI LHPN TỈNH LÀO CAI", "UBND HUYỆN BẮC HÀ", "HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH LÀO CAI"]));
        mergeRow(workbook.length - 1, 2, lastCol, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      },
      () => {
        mergeRow(workbook.length, 0, 1, pick2(["BAN THƯỜNG VỤ", "Số: 45/BC-HPN", null]));
        mergeRow(workbook.length - 1, 2, lastCol, "Độc lập - Tự do - Hạnh phúc");
      },
      () => mergeRow(workbook.length, 0, lastCol, pick2(["BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025", "BIỂU PHÂN BỔ CHỈ TIÊU, KINH PHÍ THỰC HIỆN DỰ ÁN 8 NĂM 2025"])),
      () => mergeRow(workbook.length, 0, lastCol, pick2(["(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2025 của UBND tỉnh)", "(Ban hành kèm theo Kế hoạch số 15/KH-HLHPN ngày 03 tháng 10 năm 2024)"])),
      () => mergeRow(workbook.length, 2, lastCol, pick2(["Lào Cai, ngày 15 tháng 01 năm 2025", "Bắc Hà, ngày 20/01/2025"])),
      () => workbook.push([]),
    ];
    for (let t = 0; t < shape.titleBlock; t++) block[t]();
  } else for (let t = 0; t < shape.titleRows; t++) set(t, t === 0 ? 0 : 1, titles[t]);
  if (unitLine) {
    const unit = UNIT_WORDS[shape.moneyUnit];
    const text = pick([`Đơn vị tính: ${unit}`, `ĐVT: ${unit}`, `(Đơn vị tính: ${unit})`]);
    if (shape.unitPlace === "merged") mergeRow(workbook.length, 0, lastCol, text);
    else set(workbook.length, shape.unitPlace === "left" ? 0 : lastCol, text);
  }
  const headerTop = workbook.length;
  const header = shape.twoHeaderRows ? headerTop + 1 : headerTop;
  set(headerTop, 0, "STT");
  set(headerTop, 1, pick(["Đơn vị", "Tên đơn vị", "Địa bàn"]));
  if (byColumn) {
    set(headerTop, 1, pick2(["Huyện", "Đơn vị cấp huyện", "Huyện, thị xã"]));
    set(headerTop, 2, pick2(["Xã", "Tên xã", "Xã, phường, thị trấn"]));
    if (shape.twoHeaderRows) merges.push(`C${headerTop + 1}:C${headerTop + 2}`);
  }
  // Under a row of units, a line's header names it alone.
  lines.forEach((l, j) => set(header, lineCols[j], shape.subHeader === "units" ? l.name : l.header));
  if (noteCol >= 0) set(headerTop, noteCol, "Ghi chú");
  if (helperCol >= 0) set(headerTop, helperCol, shape.helper === "codes" ? pick2(["Mã xã", "Mã ĐVHC"]) : pick2(["Năm 2024", "Số liệu năm trước", "TH 2024"]));
  if (shape.twoHeaderRows) {
    set(headerTop, lineCols[0], "Chỉ tiêu phân bổ");
    merges.push(`A${headerTop + 1}:A${headerTop + 2}`, `B${headerTop + 1}:B${headerTop + 2}`);
    if (lineCols[lineCols.length - 1] > lineCols[0]) merges.push(`${addr(headerTop, lineCols[0])}:${addr(headerTop, lineCols[lineCols.length - 1])}`);
    if (noteCol >= 0) merges.push(`${addr(headerTop, noteCol)}:${addr(header, noteCol)}`);
  }

  const findings: Array<ExpectedFinding & { row: number; col: number }> = [];
  const loose: ExpectedFinding[] = [];
  let row = header + 1;
  if (shape.subHeader === "numbers") {
    const form = pick2(["letters", "parens", "plain"] as const);
    let n = 0;
    for (let c = 0; c <= lastCol; c++) {
      if (c === spacerCol) continue;
      n++;
      set(row, c, form === "letters" ? (c <= nameCol ? LETTERS[c] : n - nameCol - 1) : form === "parens" ? `(${n})` : n);
    }
    row++;
  } else if (shape.subHeader === "units") {
    lines.forEach((l, j) => set(row, lineCols[j], l.kind === "percent" ? "%" : l.kind === "money" ? (l.unit ?? UNIT_WORDS[shape.moneyUnit]) : l.planUnit));
    row++;
  }
  const districtRow = new Map<District, number>();
  const communeRow = new Map<Commune, number>();
  let totalRow = -1;
  /** A label in the name column, or written in the STT column merged over the name column (to `right`). */
  const label = (r: number, text: string, right = 1) => {
    if (!shape.mergedLabels) {
      set(r, 1, text);
      if (right > 1) merges.push(`${addr(r, 1)}:${addr(r, right)}`);
      return;
    }
    set(r, 0, text);
    merges.push(`${addr(r, 0)}:${addr(r, right)}`);
  };
  /** The header rows as typed (with the numbering or units row), to type again over the second district. */
  const headerBlock = { from: headerTop, to: row - 1 };
  /** `Trong đó` rows: the total's (its part the first commune of each district), each district's (its first commune). */
  let ofWhichRow = -1;
  const ofWhichRows = new Map<District, number>();
  const ofWhichLabel = () => OF_WHICH[Math.floor(rnd3() * OF_WHICH.length)];
  const totalAt = () => {
    totalRow = row++;
    label(totalRow, shape.totalLabel, nameCol);
    if (shape.ofWhichRow === "total") {
      ofWhichRow = row++;
      set(ofWhichRow, 1, ofWhichLabel());
    }
  };
  if (shape.totalFirst) totalAt();
  let running = 0;
  // The STT merged from the district's own row (numbered, not a heading merged across) down to its last row.
  const sttMerged = shape.mergedStt && shape.district === "row" && (shape.districtStt === "roman" || shape.districtStt === "letter") && shape.ofWhichRow !== "district" && !shape.mergedLabels;
  districts.forEach((d, k) => {
    if (shape.spacerRows && k > 0) row++;
    if (shape.repeatHeader && k === 1) {
      // The header copied as it stands, merges and all, as Excel's rows to repeat print it.
      const shift = row - headerBlock.from;
      for (let r = headerBlock.from; r <= headerBlock.to; r++) (workbook[r] ?? []).forEach((v, c) => set(r + shift, c, v));
      for (const m of [...merges]) {
        const [a, b] = m.split(":").map((x) => /^([A-Z]+)(\d+)$/.exec(x)!);
        const top = Number(a[2]) - 1;
        if (top >= headerBlock.from && top <= headerBlock.to) merges.push(`${a[1]}${top + shift + 1}:${b[1]}${Number(b[2]) + shift}`);
      }
      row += headerBlock.to - headerBlock.from + 1;
    }
    const right = shape.district === "mergedHead" ? lastCol : 1;
    if (shape.district !== "subAfter") {
      const headRow = row++;
      if (shape.districtStt === "roman" || shape.districtStt === "letter") {
        set(headRow, 0, shape.sttForm === "dotted" ? k + 1 : (shape.districtStt === "roman" ? ROMAN : LETTERS)[k]);
        set(headRow, 1, d.label);
        if (right > 1) merges.push(`${addr(headRow, 1)}:${addr(headRow, right)}`);
      } else label(headRow, d.label, right);
      if (shape.district === "row") districtRow.set(d, headRow);
      if (shape.district === "row" && shape.ofWhichRow === "district") {
        ofWhichRows.set(d, row);
        set(row++, 1, ofWhichLabel());
      }
    }
    const firstCommuneRow = row;
    d.communes.forEach((c, i) => {
      const r = row++;
      communeRow.set(c, r);
      running++;
      if (sttMerged) {
        // Under the district's STT merged down over them: no number of their own.
      } else if (shape.communeStt !== "none" && shape.sttForm === "dotted") set(r, 0, `${k + 1}.${i + 1}`);
      else if (shape.communeStt !== "none" && shape.sttForm === "letters") set(r, 0, "abcdefgh"[i]);
      else if (shape.communeStt === "running") set(r, 0, running);
      else if (shape.communeStt === "restart") set(r, 0, i + 1);
      set(r, nameCol, c.label);
    });
    if (byColumn) merges.push(`${addr(firstCommuneRow - 1, 1)}:${addr(row - 1, 1)}`);
    if (shape.district === "mergedHead") {
      const r = row++;
      districtRow.set(d, r);
      label(r, pick(["Cộng", "Cộng huyện", `Cộng ${ROMAN[k]}`]));
    } else if (shape.district === "subAfter" || shape.district === "headSub") {
      const r = row++;
      districtRow.set(d, r);
      label(r, d.sub ?? d.label);
    }
    if (sttMerged) merges.push(`${addr(firstCommuneRow - 1, 0)}:${addr(row - 1, 0)}`);
    if (shape.district !== "row" && shape.ofWhichRow === "district") {
      ofWhichRows.set(d, row);
      set(row++, 1, ofWhichLabel());
    }
  });
  if (!shape.totalFirst) totalAt();

  // Figures, notes and the findings they give.
  const area = (c: Commune) => ({ oneOf: [c.label, c.label.normalize("NFC"), c.label.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim()] });
  const nil = (d: District): FixtureValue => {
    if (shape.nil === "either") return rnd() < 0.5 ? null : 0;
    const form = shape.nil === "mixed" ? pick(["blank", "zero", "dash"] as const) : shape.nil;
    return form === "zero" ? 0 : form === "dash" && d.form !== "chain" ? "-" : null;
  };
  lines.forEach((l, j) => {
    const c0 = lineCols[j];
    for (const d of districts) {
      const first = communeRow.get(d.communes[0]) ?? 0;
      const last = communeRow.get(d.communes[d.communes.length - (d.short ? 2 : 1)]) ?? 0;
      for (const c of d.communes) {
        const r = communeRow.get(c) ?? 0;
        const v = c.values[j];
        const at = { row: r, col: c0, cell: addr(r, c0), indicator: l.code, area: area(c) };
        if (c.text === j) {
          set(r, c0, typedText(l, v, shape.textForm));
          findings.push({ ...at, rule: "text-number", severity: d.formula ? "error" : "warning", expected: null, actual: { oneOf: [null, v] } });
        } else if (c.invalid === j) {
          set(r, c0, pick(["x", "X"]));
          findings.push({ ...at, rule: "invalid-value", severity: "error", expected: null, actual: { oneOf: [null, 0] } });
        } else if (j === linkLine) {
          put(linked, r, 1, c.label);
          if (v !== 0) put(linked, r, c0, figure(l, v));
          set(r, c0, figure(l, f(`'Số liệu'!${addr(r, c0)}`, v / l.storedIn)));
        } else {
          set(r, c0, v === 0 ? nil(d) : figure(l, v));
          if (c.negative === j) findings.push({ ...at, rule: "invalid-value", severity: "error", expected: null, actual: { oneOf: [null, v] } });
          if (l.kind === "percent" && v < percentTarget) findings.push({ ...at, rule: "percent", severity: "error", expected: percentTarget, actual: v });
        }
      }
      // Districts and the total leave a rate blank.
      if (l.kind === "percent") continue;
      const dr = districtRow.get(d) ?? 0;
      const range = d.form === "absolute" ? `$${columnLetters(c0)}$${first + 1}:$${columnLetters(c0)}$${last + 1}` : `${addr(first, c0)}:${addr(last, c0)}`;
      const chain = Array.from({ length: last - first + 1 }, (_, i) => addr(first + i, c0)).join("+");
      const formula = { range: `SUM(${range})`, absolute: `SUM(${range})`, chain, subtotal: `SUBTOTAL(9,${range})`, sumif: `SUMIF($B$${first + 1}:$B$${last + 1},"<>",${range})` }[d.form];
      set(dr, c0, figure(l, d.formula ? f(formula, saved(l, excelSum(d, j))) : districtCell(d, j)));
      // One cause, one finding: the SUM copied along the row misses the row on every line, told at its first cell.
      if (d.short && j === 0) {
        findings.push({ row: dr, col: c0, rule: "subtotal", severity: "error", cell: addr(dr, c0), indicator: l.code, area: d.label, expected: leafSum(d, j), actual: excelSum(d, j) });
      }
      if (d.error[j] !== 0) {
        findings.push({ row: dr, col: c0, rule: "subtotal", severity: "error", cell: addr(dr, c0), indicator: l.code, area: d.label, expected: leafSum(d, j), actual: districtCell(d, j) });
      }
    }
    if (l.kind === "percent") return;
    // A part of the total: the first commune of each district, typed.
    if (ofWhichRow >= 0) set(ofWhichRow, c0, figure(l, districts.reduce((s, d) => s + d.communes[0].values[j], 0)));
    for (const [d, r] of ofWhichRows) set(r, c0, figure(l, d.communes[0].values[j]));
    if (shape.totalFormula) set(totalRow, c0, figure(l, f(districts.map((d) => addr(districtRow.get(d) ?? 0, c0)).join("+"), saved(l, shown[j]))));
    else set(totalRow, c0, figure(l, totals[j]));
    if (off[j] !== 0) {
      findings.push({ row: totalRow, col: c0, rule: "ceiling", severity: off[j] > 0 ? "error" : "warning", cell: addr(totalRow, c0), indicator: l.code, area: null, expected: targets[j], actual: totals[j] });
    }
  });
  if (noteCol >= 0) {
    for (const d of districts) {
      for (const c of d.communes) {
        if (rnd() < 0.5) continue;
        const r = communeRow.get(c) ?? 0;
        const free = ["Bổ sung 2 tổ so với năm 2024", "Theo QĐ 135/QĐ-TTg", "Giảm 1 CLB", "3 thôn ĐBKK", "Năm 2024 đã có 2 tổ", "Xã khu vực III, 5 thôn", "Đã giao 15/3"];
        set(r, noteCol, shape.note === "numbers" ? pick([135, 30, 2024, int(1, 20)]) : shape.note === "free" ? pick2(free) : pick(["Xã ATK", "Xã biên giới", "Đạt chuẩn NTM", "Xã khu vực III"]));
      }
    }
  }
  if (duplicate !== null) {
    const r = communeRow.get(duplicate) ?? 0;
    findings.push({ row: r, col: nameCol, rule: "duplicate", severity: "error", cell: addr(r, nameCol), indicator: null, area: area(duplicate), expected: null, actual: null });
  }
  if (shape.signature) {
    // Below the table, after a blank row or two: a footnote maybe, the place and date, who drew it up and who signs, their names.
    let r = workbook.length + 1 + Math.floor(rnd2() * 2);
    if (rnd2() < 0.5) set(r++, 1, pick2(["Ghi chú: Số liệu tính đến ngày 31/12/2024.", "* Ghi chú: 02 xã chưa có số liệu năm 2024", "Lưu ý: các xã gửi báo cáo trước ngày 15/02/2025"]));
    const right = Math.max(2, lastCol - 1);
    mergeRow(r++, right, lastCol, pick2(["Lào Cai, ngày 20 tháng 01 năm 2025", "Bắc Hà, ngày 20/01/2025", "ngày      tháng     năm 2025"]));
    set(r, 1, pick2(["Người lập biểu", "NGƯỜI LẬP BIỂU", "Người lập"]));
    mergeRow(r++, right, lastCol, pick2(["Thủ trưởng đơn vị", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "THỦ TRƯỞNG ĐƠN VỊ", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"]));
    set(r, 1, "(Ký, ghi rõ họ tên)");
    mergeRow(r++, right, lastCol, "(Ký tên, đóng dấu)");
    r += 3;
    set(r, 1, pick2(["Nguyễn Thị Hoa", "Lò Thị Mai"]));
    mergeRow(r, right, lastCol, pick2(["Vàng Thị Dung", "Hoàng Thị Lan"]));
  }
  const hiddenRows: number[] = [];
  if (hiddenCommune !== null) {
    const r = communeRow.get(hiddenCommune) ?? 0;
    hiddenRows.push(r);
    findings.push({ row: r, col: nameCol, rule: "hidden", severity: "info", cell: addr(r, nameCol), indicator: null, area: area(hiddenCommune), expected: null, actual: null });
  }
  if (missing !== null) {
    loose.push({ rule: "coverage", severity: "warning", sheet: { oneOf: ["Phân bổ", "Kế hoạch", null] }, cell: { oneOf: [null, ...listCells] }, indicator: null, area: { oneOf: [missing, `Xã ${missing}`] }, expected: null, actual: null });
  }
  // The hidden helper column: its header, then a figure (or code) on each commune row.
  if (helperCol >= 0) {
    let code = 3001 + int(0, 50) * 10;
    for (const c of districts.flatMap((d) => d.communes)) set(communeRow.get(c) ?? 0, helperCol, shape.helper === "codes" ? (code += 7) : c.values[0] + int(0, 3));
  }
  const hiddenColumns = [...(shape.hidden && spacerCol >= 0 ? [spacerCol] : []), ...(helperCol >= 0 ? [helperCol] : [])];
  findings.sort((a, b) => a.row - b.row || a.col - b.col);

  const sheets: FixtureSheet[] = [
    { name: "Phân bổ", rows: workbook, merges, ...(hiddenRows.length > 0 ? { hiddenRows } : {}), ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}) },
    { name: "Kế hoạch", rows: plan },
    ...(linked.length > 0 ? [{ name: "Số liệu", rows: linked }] : []),
  ];
  const structure: StaffPlace[] = [
    { at: String(totalRow + 1), role: "total" },
    ...[...districtRow.values()].map((r): StaffPlace => ({ at: String(r + 1), role: "district" })),
    ...[...communeRow.values()].map((r): StaffPlace => ({ at: String(r + 1), role: "leaf" })),
  ];
  return { shape: { ...shape, areaList }, workbook, merges, plan, sheets, findings: findings.map(({ row: _r, col: _c, ...x }) => x), loose, indicators, structure };
}
