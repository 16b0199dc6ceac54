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
 * Each sheet carries at most one planted problem whose finding is known from
 * CONTRACT.md alone: a line over (or under) its plan, a district subtotal
 * typed wrong, a district's SUM stopping a row short of its last commune, a commune's number typed as text (`1.250.000`), a commune
 * written twice in its district, a plan commune missing from the sheet, a
 * negative number. Everything else is right, so the report must hold exactly
 * the planted finding, at its cell, and nothing more.
 */
import fc from "fast-check";
import { f, nfd, type FixtureValue } from "../helpers/xlsxFixture";
import { columnLetters } from "../../src/core/model/address";
import { prng, shuffled } from "../helpers/prng";
import { ceilingIndicator, type ExpectedFinding, type ExpectedIndicator } from "./support";

export const PLANTS = ["none", "over", "under", "subtotal", "shortSum", "text", "duplicate", "missing", "negative"] as const;
export type Plant = (typeof PLANTS)[number];

/** How a commune's name is typed. */
export const NAME_STYLES = ["prefixed", "bare", "lower", "upper", "trailing", "double", "nbsp", "nfd"] as const;
export type NameStyle = (typeof NAME_STYLES)[number];

export interface StaffShape {
  /** Title lines above the table (0–3). */
  readonly titleRows: number;
  /** With a money line: an `Đơn vị tính: đồng` line above the header, the money header then without its unit. */
  readonly unitLine: boolean;
  readonly twoHeaderRows: boolean;
  readonly totalFirst: boolean;
  readonly totalLabel: string;
  /** Where a district's figures sit: on its own row, or on a `Cộng` row after a heading merged across the table. */
  readonly district: "row" | "mergedHead";
  /** A district's STT: Roman in column A, none, or written into the label (`I. Huyện Bắc Hà`). */
  readonly districtStt: "roman" | "none" | "inLabel";
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
  readonly note: "none" | "text" | "numbers";
  readonly money: boolean;
  readonly countLines: number;
  /** The plan lists its areas below its lines (`Huyện`, `Xã`). */
  readonly areaList: boolean;
  /** The commune name styles drawn from, in turn. */
  readonly nameStyles: readonly NameStyle[];
  readonly plant: Plant;
  readonly seed: number;
}

export interface StaffCase {
  readonly shape: StaffShape;
  readonly workbook: FixtureValue[][];
  readonly merges: string[];
  readonly plan: FixtureValue[][];
  readonly findings: ExpectedFinding[];
  readonly loose: ExpectedFinding[];
  readonly indicators: ExpectedIndicator[];
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

/** The shapes, drawn by fast-check (each flag shrinks on its own). */
export const staffShape: fc.Arbitrary<StaffShape> = fc.record({
  titleRows: fc.integer({ min: 0, max: 3 }),
  unitLine: fc.boolean(),
  twoHeaderRows: fc.boolean(),
  totalFirst: fc.boolean(),
  totalLabel: fc.constantFrom("Tổng cộng", "TỔNG CỘNG", "Tổng số", "Toàn tỉnh", "Cộng"),
  district: fc.constantFrom("row", "mergedHead"),
  districtStt: fc.constantFrom("roman", "none", "inLabel"),
  districtUpper: fc.boolean(),
  communeStt: fc.constantFrom("running", "restart", "none"),
  sharedName: fc.boolean(),
  singleCommune: fc.boolean(),
  districtFormulas: fc.integer({ min: 0, max: 7 }),
  totalFormula: fc.boolean(),
  spacerAfter: fc.integer({ min: -1, max: 2 }),
  note: fc.constantFrom("none", "text", "numbers"),
  money: fc.boolean(),
  countLines: fc.integer({ min: 1, max: 3 }),
  areaList: fc.boolean(),
  nameStyles: fc.array(fc.constantFrom(...NAME_STYLES), { minLength: 1, maxLength: 4 }),
  plant: fc.constantFrom(...PLANTS),
  seed: fc.integer({ min: 1, max: 0x7fffffff }),
});

/** Vietnamese notation: 1234.5 → `1.234,5`. */
function vn(n: number): string {
  const fixed = n.toFixed(6).replace(/0+$/, "").replace(/\.$/, "");
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** A commune's name typed in `style`. */
export function styled(name: string, style: NameStyle): string {
  switch (style) {
    case "prefixed":
      return `Xã ${name}`;
    case "bare":
      return name;
    case "lower":
      return `xã ${name}`;
    case "upper":
      return `Xã ${name}`.toUpperCase();
    case "trailing":
      return `Xã ${name}  `;
    case "double":
      return `Xã  ${name.replace(" ", "  ")}`;
    case "nbsp":
      return `Xã\u00a0${name}`;
    case "nfd":
      return nfd(`Xã ${name}`);
  }
}

interface Line {
  readonly code: string;
  readonly name: string;
  readonly planUnit: string;
  readonly money: boolean;
  readonly header: string;
}

interface Commune {
  readonly name: string;
  label: string;
  values: number[];
  /** Line typed as text (the plant), or -1. */
  text: number;
  negative: number;
}

interface District {
  readonly name: string;
  label: string;
  communes: Commune[];
  formula: boolean;
  /** Per line, the amount its typed subtotal is off. */
  error: number[];
  /** Its SUM stops a row short of its last commune (on every line). */
  short: boolean;
}

/** The sheet of `shape` and the findings CONTRACT.md gives for it. */
export function buildStaff(shape: StaffShape): StaffCase {
  const rnd = prng(shape.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

  // Lines: counts, then maybe a money line typed in đồng against a plan in triệu đồng.
  const lines: Line[] = shuffled(rnd, COUNT_LINES)
    .slice(0, shape.countLines)
    .map(([name, unit], i) => ({ code: String(i + 1), name, planUnit: unit, money: false, header: rnd() < 0.5 ? `${name} (${unit})` : name }));
  const unitLine = shape.money && shape.unitLine;
  if (shape.money) {
    const name = "Kinh phí hỗ trợ hoạt động";
    lines.push({ code: String(lines.length + 1), name, planUnit: "triệu đồng", money: true, header: unitLine ? name : `${name} (đồng)` });
  }
  const scale = (l: Line) => (l.money ? 1 : 1); // the sheet is in đồng: its figures are the report's
  const drawValue = (l: Line) => (l.money ? int(5, 300) * 100_000 : rnd() < 0.15 ? 0 : int(1, 9));

  // Areas.
  const districtNames = shuffled(rnd, DISTRICTS).slice(0, int(2, 3));
  const pool = shuffled(rnd, COMMUNES);
  let styleAt = 0;
  const nextStyle = () => shape.nameStyles[styleAt++ % shape.nameStyles.length];
  const districts: District[] = districtNames.map((name, k) => {
    const n = shape.singleCommune && k === districtNames.length - 1 ? 1 : int(2, 4);
    const names = Array.from({ length: n }, () => pool.pop() ?? `Xã ${k}`);
    if (shape.sharedName && k < 2) names[k === 0 ? names.length - 1 : 0] = SHARED;
    const communes = names.map((c) => ({ name: c, label: styled(c, nextStyle()), values: lines.map(drawValue), text: -1, negative: -1 }));
    return { name, label: "", communes, formula: ((shape.districtFormulas >> k) & 1) === 1, error: lines.map(() => 0), short: false };
  });
  districts.forEach((d, k) => {
    const base = shape.districtUpper ? `HUYỆN ${d.name.toUpperCase()}` : `Huyện ${d.name}`;
    d.label = shape.districtStt === "inLabel" ? `${ROMAN[k]}${pick([". ", " - ", ". "])}${base}` : base;
  });

  // The plant.
  const planted = shape.plant;
  const lineIndex = int(0, lines.length - 1);
  const target = districts[int(0, districts.length - 1)];
  let duplicate: Commune | null = null;
  let missing: string | null = null;
  if (planted === "subtotal") {
    target.formula = false;
    const error = pick([-2, -1, 1, 3]) * (lines[lineIndex].money ? 100_000 : 1);
    // A subtotal typed below zero is no typo staff make: off upwards then.
    target.error[lineIndex] = target.communes.reduce((s, c) => s + c.values[lineIndex], 0) + error < 0 ? -error : error;
  } else if (planted === "shortSum") {
    // The district's SUM leaves out its last commune (a row inserted under the range): its last commune holds figures.
    if (target.communes.length === 1) target.communes.unshift({ name: pool.pop() ?? "Nậm Xé", label: "", values: lines.map(drawValue), text: -1, negative: -1 });
    target.communes[0].label ||= styled(target.communes[0].name, nextStyle());
    const lastCommune = target.communes[target.communes.length - 1];
    lastCommune.values = lastCommune.values.map((v, j) => (v === 0 ? (lines[j].money ? 100_000 : 1) : v));
    target.formula = true;
    target.short = true;
  } else if (planted === "text") {
    const c = pick(target.communes);
    if (c.values[lineIndex] === 0) c.values[lineIndex] = int(1, 9);
    c.text = lineIndex;
  } else if (planted === "negative") {
    const c = pick(target.communes.filter((x) => x.name !== SHARED).length > 0 ? target.communes.filter((x) => x.name !== SHARED) : target.communes);
    c.values[lineIndex] = -Math.max(1, Math.abs(c.values[lineIndex]));
    c.negative = lineIndex;
    // The line still adds up to a plan above zero: another commune of the sheet holds more.
    const sum = districts.reduce((s, d) => s + d.communes.reduce((t, x) => t + x.values[lineIndex], 0), 0);
    const other = districts.flatMap((d) => d.communes).find((x) => x !== c);
    if (sum <= 0 && other !== undefined) other.values[lineIndex] += 1 - sum + int(1, 5) * (lines[lineIndex].money ? 100_000 : 1);
  } else if (planted === "duplicate") {
    const first = pick(target.communes);
    const others = NAME_STYLES.map((s) => styled(first.name, s)).filter((x) => x.normalize("NFC").trim() !== first.label.normalize("NFC").trim());
    duplicate = { name: first.name, label: pick(others), values: [...first.values], text: -1, negative: -1 };
    target.communes.splice(target.communes.indexOf(first) + 1, 0, duplicate);
  } else if (planted === "missing") {
    missing = pool.pop() ?? "Nậm Xé";
  }
  const areaList = shape.areaList || planted === "missing";

  const leafSum = (d: District, j: number) => d.communes.reduce((s, c) => s + c.values[j], 0);
  const excelSum = (d: District, j: number) => d.communes.reduce((s, c, i) => s + (c.text === j || (d.short && i === d.communes.length - 1) ? 0 : c.values[j]), 0);
  const districtCell = (d: District, j: number) => (d.formula ? excelSum(d, j) : leafSum(d, j) + d.error[j]);
  const totals = lines.map((_, j) => districts.reduce((s, d) => s + leafSum(d, j), 0));
  const shown = lines.map((_, j) => districts.reduce((s, d) => s + districtCell(d, j), 0));
  const off = lines.map(() => 0);
  if (planted === "over" || planted === "under") {
    const step = lines[lineIndex].money ? 100_000 : 1;
    off[lineIndex] = int(1, 3) * step * (planted === "over" ? 1 : -1);
    if (totals[lineIndex] - off[lineIndex] <= 0) off[lineIndex] = -int(1, 3) * step; // a plan of at least 1
  }
  // Plan targets: each line's total, but the planted line over (target under the total) or under.
  const targets = totals.map((t, j) => t - off[j]);

  // The plan sheet.
  const plan: FixtureValue[][] = [["Mã số", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"]];
  lines.forEach((l, j) => plan.push([l.code, l.name, l.planUnit, l.money ? (Number.isInteger(targets[j] / 1e6) ? targets[j] / 1e6 : vn(targets[j] / 1e6)) : targets[j]]));
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

  // Columns: STT, the label, the lines (an empty column after one of them), then `Ghi chú`.
  const lineCols: number[] = [];
  let col = 2;
  lines.forEach((_, j) => {
    lineCols.push(col++);
    if (shape.spacerAfter === j && j < lines.length - 1) col++;
  });
  const noteCol = shape.note === "none" ? -1 : col++;
  const lastCol = col - 1;

  const workbook: FixtureValue[][] = [];
  const merges: string[] = [];
  const set = (row: number, c: number, v: FixtureValue) => {
    while (workbook.length <= row) workbook.push([]);
    const r = workbook[row];
    while (r.length <= c) r.push(null);
    r[c] = v;
  };
  const addr = (row: number, c: number) => `${columnLetters(c)}${row + 1}`;
  const titles = ["UBND TỈNH LÀO CAI", "BIỂU PHÂN BỔ CHỈ TIÊU NĂM 2025", "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2025)"];
  for (let t = 0; t < shape.titleRows; t++) set(t, t === 0 ? 0 : 1, titles[t]);
  if (unitLine) set(workbook.length, lastCol, pick(["Đơn vị tính: đồng", "ĐVT: đồng", "(Đơn vị tính: đồng)"]));
  const headerTop = workbook.length;
  const header = shape.twoHeaderRows ? headerTop + 1 : headerTop;
  set(headerTop, 0, "STT");
  set(headerTop, 1, pick(["Đơn vị", "Tên đơn vị", "Địa bàn"]));
  lines.forEach((l, j) => set(header, lineCols[j], l.header));
  if (noteCol >= 0) set(headerTop, noteCol, "Ghi chú");
  if (shape.twoHeaderRows) {
    set(headerTop, lineCols[0], "Chỉ tiêu phân bổ");
    merges.push(`A${headerTop + 1}:A${headerTop + 2}`, `B${headerTop + 1}:B${headerTop + 2}`);
    if (lineCols[lineCols.length - 1] > lineCols[0]) merges.push(`${addr(headerTop, lineCols[0])}:${addr(headerTop, lineCols[lineCols.length - 1])}`);
    if (noteCol >= 0) merges.push(`${addr(headerTop, noteCol)}:${addr(header, noteCol)}`);
  }

  const findings: Array<ExpectedFinding & { row: number; col: number }> = [];
  const loose: ExpectedFinding[] = [];
  let row = header + 1;
  const districtRow = new Map<District, number>();
  const communeRow = new Map<Commune, number>();
  let totalRow = -1;
  const totalAt = () => {
    totalRow = row++;
    set(totalRow, 1, shape.totalLabel);
  };
  if (shape.totalFirst) totalAt();
  let running = 0;
  districts.forEach((d, k) => {
    const headRow = row++;
    if (shape.districtStt === "roman") set(headRow, 0, ROMAN[k]);
    set(headRow, 1, d.label);
    if (shape.district === "row") districtRow.set(d, headRow);
    else merges.push(`${addr(headRow, 1)}:${addr(headRow, lastCol)}`);
    d.communes.forEach((c, i) => {
      const r = row++;
      communeRow.set(c, r);
      running++;
      if (shape.communeStt === "running") set(r, 0, running);
      else if (shape.communeStt === "restart") set(r, 0, i + 1);
      set(r, 1, c.label);
    });
    if (shape.district === "mergedHead") {
      const r = row++;
      districtRow.set(d, r);
      set(r, 1, pick(["Cộng", "Cộng huyện", `Cộng ${ROMAN[k]}`]));
    }
  });
  if (!shape.totalFirst) totalAt();

  // Figures, notes and the findings they give.
  const area = (c: Commune) => ({ oneOf: [c.label, c.label.normalize("NFC"), c.label.normalize("NFC").replace(/[\s\u00a0]+/g, " ").trim()] });
  lines.forEach((l, j) => {
    const c0 = lineCols[j];
    for (const d of districts) {
      const first = communeRow.get(d.communes[0]) ?? 0;
      const last = communeRow.get(d.communes[d.communes.length - (d.short ? 2 : 1)]) ?? 0;
      for (const c of d.communes) {
        const r = communeRow.get(c) ?? 0;
        const v = c.values[j];
        if (c.text === j) {
          set(r, c0, vn(v));
          findings.push({ row: r, col: c0, rule: "text-number", severity: d.formula ? "error" : "warning", cell: addr(r, c0), indicator: l.code, area: area(c), expected: null, actual: { oneOf: [null, v * scale(l)] } });
        } else {
          set(r, c0, v === 0 && rnd() < 0.5 ? null : v);
          if (c.negative === j) findings.push({ row: r, col: c0, rule: "invalid-value", severity: "error", cell: addr(r, c0), indicator: l.code, area: area(c), expected: null, actual: { oneOf: [null, v * scale(l)] } });
        }
      }
      const dr = districtRow.get(d) ?? 0;
      set(dr, c0, d.formula ? f(`SUM(${addr(first, c0)}:${addr(last, c0)})`, excelSum(d, j)) : districtCell(d, j));
      // One cause, one finding: the SUM copied along the row misses the row on every line, told at its first cell.
      if (d.short && j === 0) {
        findings.push({ row: dr, col: c0, rule: "subtotal", severity: "error", cell: addr(dr, c0), indicator: l.code, area: d.label, expected: leafSum(d, j) * scale(l), actual: excelSum(d, j) * scale(l) });
      }
      if (d.error[j] !== 0) {
        findings.push({ row: dr, col: c0, rule: "subtotal", severity: "error", cell: addr(dr, c0), indicator: l.code, area: d.label, expected: leafSum(d, j) * scale(l), actual: districtCell(d, j) * scale(l) });
      }
    }
    if (shape.totalFormula) set(totalRow, c0, f(districts.map((d) => addr(districtRow.get(d) ?? 0, c0)).join("+"), shown[j]));
    else set(totalRow, c0, totals[j]);
    if (off[j] !== 0) {
      findings.push({ row: totalRow, col: c0, rule: "ceiling", severity: off[j] > 0 ? "error" : "warning", cell: addr(totalRow, c0), indicator: l.code, area: null, expected: targets[j] * scale(l), actual: totals[j] * scale(l) });
    }
  });
  if (noteCol >= 0) {
    for (const d of districts) {
      for (const c of d.communes) {
        if (rnd() < 0.5) continue;
        const r = communeRow.get(c) ?? 0;
        set(r, noteCol, shape.note === "numbers" ? pick([135, 30, 2024, int(1, 20)]) : pick(["Xã ATK", "Xã biên giới", "Đạt chuẩn NTM", "Xã khu vực III"]));
      }
    }
  }
  if (duplicate !== null) {
    const r = communeRow.get(duplicate) ?? 0;
    findings.push({ row: r, col: 1, rule: "duplicate", severity: "error", cell: addr(r, 1), indicator: null, area: area(duplicate), expected: null, actual: null });
  }
  if (missing !== null) {
    loose.push({ rule: "coverage", severity: "warning", sheet: { oneOf: ["Phân bổ", "Kế hoạch", null] }, cell: { oneOf: [null, ...listCells] }, indicator: null, area: { oneOf: [missing, `Xã ${missing}`] }, expected: null, actual: null });
  }
  findings.sort((a, b) => a.row - b.row || a.col - b.col);

  const indicators: ExpectedIndicator[] = lines.map((l, j) => ceilingIndicator(l.code, l.money, targets[j], totals[j], shape.totalFormula ? shown[j] : totals[j], scale(l)));
  return { shape: { ...shape, areaList }, workbook, merges, plan, findings: findings.map(({ row: _r, col: _c, ...x }) => x), loose, indicators };
}
