/**
 * Property: for generated allocation sheets — two or three levels (communes
 * alone, under a total, or under districts under a total), both
 * orientations, district and commune names prefixed, bare or in NFD, STT by
 * Roman numerals, by `1` / `1.1` or none, district subtotals on the
 * district's own row, on a `Cộng huyện` row after its communes, or on a
 * `Cộng huyện …` / `Tổng số huyện …` row before or after them with no
 * district row, the grand total on top or at the bottom, consistent
 * arithmetic plus k planted errors (wrong district subtotals, lines over or
 * under the plan) — the reading recovers the structure and the check
 * reports exactly the planted findings.
 *
 * Names with no evidence of their level (a bare district name, no STT) are
 * generated only when the plan lists its areas: without the list nothing on
 * the sheet could tell them apart (the arithmetic only decides between
 * readings that the evidence leaves open).
 */
import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/check";
import { a1 } from "../../../src/core/model/address";
import type { CellValue } from "../../../src/core/model/workbook";
import { sheet, transposeSheet } from "./sheetBuilder";

const DISTRICTS = ["Ba Vì", "Thạch Thất", "Quốc Oai", "Chương Mỹ", "Mỹ Đức", "Ứng Hòa"];
const COMMUNES = ["Ba Trại", "Tản Lĩnh", "Phú Mãn", "Sài Sơn", "Đông Xuân", "An Phú", "Hồng Sơn", "Trần Phú", "Yên Bình", "Tiến Xuân", "Cẩm Yên", "Lại Thượng"];
const LINES = [
  ["Tổ truyền thông cộng đồng", "tổ"],
  ["Địa chỉ tin cậy tại cộng đồng", "địa chỉ"],
  ["Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB"],
] as const;

type SubtotalStyle = "row" | "after" | "after-bare" | "before" | "before-unnamed";

interface Shape {
  levels: 1 | 2 | 3;
  transposed: boolean;
  withList: boolean;
  stt: "roman" | "numbered" | "none";
  subtotals: SubtotalStyle;
  /** Two levels: the leaves are districts (some prefixed, some bare), not communes. */
  districtLeaves: boolean;
  totalTop: boolean;
  districtStyle: readonly ("prefix" | "bare")[];
  communeStyle: readonly ("prefix" | "lower" | "bare")[];
  nfd: readonly boolean[];
  groupSizes: readonly number[];
  values: readonly number[];
  /** Planted: wrong district subtotals (group index, line, delta) and plan deltas per line. */
  wrongGroups: readonly [number, number, number][];
  planDeltas: readonly number[];
  lineCount: number;
}

const shapeArb: fc.Arbitrary<Shape> = fc
  .record({
    levels: fc.constantFrom<1 | 2 | 3>(1, 2, 3, 3),
    transposed: fc.boolean(),
    withList: fc.boolean(),
    stt: fc.constantFrom<"roman" | "numbered" | "none">("roman", "numbered", "none"),
    subtotals: fc.constantFrom<SubtotalStyle>("row", "after", "after-bare", "before", "before-unnamed"),
    districtLeaves: fc.boolean(),
    totalTop: fc.boolean(),
    districtStyle: fc.array(fc.constantFrom<"prefix" | "bare">("prefix", "bare"), { minLength: 4, maxLength: 4 }),
    communeStyle: fc.array(fc.constantFrom<"prefix" | "lower" | "bare">("prefix", "lower", "bare"), { minLength: 12, maxLength: 12 }),
    nfd: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    groupSizes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }),
    values: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 36, maxLength: 36 }),
    wrongGroups: fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.constantFrom(-2, -1, 1, 3)), { maxLength: 2 }),
    planDeltas: fc.array(fc.constantFrom(0, 0, 0, 1, -2), { minLength: 3, maxLength: 3 }),
    lineCount: fc.integer({ min: 2, max: 3 }),
  })
  .map((s) => s);

interface Expected {
  workbook: ReturnType<typeof sheet>[];
  /** Commune label → the label of the area it must sit under (null: none). */
  parents: Map<string, string | null>;
  findings: string[];
}

const nfdIf = (text: string, on: boolean) => (on ? text.normalize("NFD") : text);

function build(s: Shape): Expected {
  const groupsOn = s.levels === 3;
  const totalOn = s.levels >= 2;
  const lines = LINES.slice(0, s.lineCount);
  const flat = s.groupSizes.reduce((a, b) => a + b, 0);
  // Districts as leaves, bare beside prefixed, need the plan's list or a total whose arithmetic tells.
  const districtLeaves = !groupsOn && s.districtLeaves && (totalOn || s.withList);
  const groups = groupsOn ? s.groupSizes : [districtLeaves ? Math.min(flat, DISTRICTS.length) : flat];
  let previous: number | null = null;
  const rows: CellValue[][] = [["STT", "Đơn vị", ...lines.map(([name, unit]) => `${name} (${unit})`)]];
  const parents = new Map<string, string | null>();
  const findings: string[] = [];
  const at = (row: number, col: number) => (s.transposed ? a1(col, row) : a1(row, col));
  let v = 0;
  let communeNo = 0;
  const leafSums = lines.map(() => 0);
  const groupCells: { row: number; sums: number[]; label: string }[] = [];
  const totalLabel = "Tổng cộng";
  const body: { build: () => void }[] = [];
  const totalRow = () => rows.length;
  let totalAt = -1;
  const pushTotal = () => {
    totalAt = totalRow();
    rows.push([null, totalLabel, ...lines.map(() => 0)]);
  };
  if (totalOn && s.totalTop) pushTotal();
  groups.forEach((size, g) => {
    const district = DISTRICTS[g];
    const bareAllowed = s.withList;
    const prefixed = !bareAllowed || s.districtStyle[g] === "prefix" || s.stt === "none" ? true : false;
    const districtLabel = nfdIf(prefixed || !bareAllowed ? `Huyện ${district}` : district, s.nfd[g]);
    const sttOf = (k: number) => (s.stt === "roman" ? ["I", "II", "III", "IV"][k] : s.stt === "numbered" ? String(k + 1) : null);
    const members: string[] = [];
    const memberValues: number[][] = [];
    for (let k = 0; k < size; k++) {
      const asDistrict = districtLeaves;
      const name = asDistrict ? DISTRICTS[communeNo] : COMMUNES[communeNo];
      const style = s.communeStyle[communeNo];
      const label = asDistrict
        ? nfdIf(s.districtStyle[communeNo % 4] === "prefix" || communeNo === 0 ? `${style === "lower" ? "huyện" : "Huyện"} ${name}` : name, s.nfd[4 + communeNo])
        : nfdIf(style === "prefix" ? `Xã ${name}` : style === "lower" ? `xã ${name}` : name, s.nfd[4 + (communeNo % 12)]);
      communeNo++;
      members.push(label);
      memberValues.push(lines.map(() => s.values[v++ % s.values.length] + (asDistrict ? 1 : 0)));
    }
    if (districtLeaves) {
      // A prefixed district followed by bare ones: keep its figures apart from theirs (were they equal on
      // every line, the sheet could be read either way).
      memberValues.forEach((vals, k) => {
        const run: number[] = [];
        for (let n = k + 1; n < members.length && !/huy/i.test(members[n].normalize("NFC")); n++) run.push(memberValues[n][0]);
        if (/huy/i.test(members[k].normalize("NFC")) && run.length > 0 && run.reduce((a, b) => a + b, 0) === vals[0]) vals[0] += 1;
      });
    }
    if (!s.withList && !districtLeaves) {
      // A bare commune name (no prefix, not in a list) followed by prefixed ones: where its figure is their
      // sum, it reads as their group as well. Keep them apart (a coincidence the sheet could not resolve).
      memberValues.forEach((vals, k) => {
        if (s.communeStyle[communeNo - size + k] !== "bare") return;
        const run = lines.map(() => 0);
        let n = k + 1;
        for (; n < members.length && s.communeStyle[communeNo - size + n] !== "bare"; n++) run.forEach((_, j) => (run[j] += memberValues[n][j]));
        if (n > k + 1) run.forEach((x, j) => x === vals[j] && x !== 0 && (vals[j] += 1));
      });
    }
    if (groupsOn && s.subtotals === "before-unnamed" && previous !== null) {
      // An unnamed `Cộng huyện` heading each group: keep a group's figures apart from the one before
      // (were they equal, the subtotal could close the group before as well as head its own).
      const prev = previous;
      while (memberValues.reduce((t, vals) => t + vals[0], 0) === prev) memberValues[0][0] += 1;
    }
    const sums = lines.map((_, j) => memberValues.reduce((t, vals) => t + vals[j], 0));
    previous = sums[0];
    sums.forEach((x, j) => (leafSums[j] += x));
    const wrong = lines.map((_, j) => s.wrongGroups.filter(([gi, lj]) => groupsOn && gi === g && lj === j).reduce((t, [, , d]) => t + d, 0));
    const shown = sums.map((x, j) => Math.max(0, x + wrong[j]));
    const groupRow = (label: string, stt: CellValue, values: CellValue[]) => rows.push([stt, label, ...values]);
    const commune = (k: number) => {
      const stt = s.stt === "numbered" && groupsOn ? `${g + 1}.${k + 1}` : s.stt === "none" ? null : k + 1;
      rows.push([stt, members[k], ...memberValues[k]]);
    };
    if (!groupsOn) {
      members.forEach((label, k) => {
        commune(k);
        parents.set(label, totalOn ? totalLabel : null);
      });
      return;
    }
    let owner = districtLabel;
    let valuesRow: number;
    if (s.subtotals === "row") {
      valuesRow = rows.length;
      groupRow(districtLabel, sttOf(g), shown);
      members.forEach((_, k) => commune(k));
    } else if (s.subtotals === "after") {
      groupRow(districtLabel, sttOf(g), lines.map(() => null));
      members.forEach((_, k) => commune(k));
      valuesRow = rows.length;
      groupRow(nfdIf("Cộng huyện", s.nfd[g]), null, shown);
    } else if (s.subtotals === "after-bare") {
      members.forEach((_, k) => commune(k));
      valuesRow = rows.length;
      owner = nfdIf(`Cộng huyện ${district}`, s.nfd[g]);
      groupRow(owner, null, shown);
    } else if (s.subtotals === "before") {
      valuesRow = rows.length;
      owner = nfdIf(`Tổng số huyện ${district}`, s.nfd[g]);
      groupRow(owner, sttOf(g), shown);
      members.forEach((_, k) => commune(k));
    } else {
      valuesRow = rows.length;
      owner = nfdIf("Cộng huyện", s.nfd[g]);
      groupRow(owner, null, shown);
      members.forEach((_, k) => commune(k));
    }
    members.forEach((label) => parents.set(label, owner));
    groupCells.push({ row: valuesRow, sums: shown, label: owner });
    lines.forEach((_, j) => {
      if (shown[j] !== sums[j]) findings.push(`subtotal ${at(valuesRow, 2 + j)}`);
    });
  });
  if (totalOn && !s.totalTop) pushTotal();
  if (totalOn) {
    // The grand total adds up the district cells as written (their errors are theirs alone).
    lines.forEach((_, j) => {
      rows[totalAt][2 + j] = groupsOn ? groupCells.reduce((t, c) => t + c.sums[j], 0) : leafSums[j];
    });
  }
  void body;
  const targets = lines.map((_, j) => Math.max(0, leafSums[j] + (totalOn ? s.planDeltas[j] : 0)));
  // A grand total showing the plan over typed district subtotals off their communes: the ceiling is told in those subtotals.
  const shownPlan = (j: number) => groupsOn && rows[totalAt][2 + j] === targets[j];
  if (totalOn) lines.forEach((_, j) => targets[j] !== leafSums[j] && !shownPlan(j) && findings.push(`ceiling ${at(totalAt, 2 + j)}`));
  const plan = sheet("Kế hoạch", [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ...lines.map(([name, unit], j) => [String(j + 1), name, unit, targets[j]])]);
  const alloc = sheet("Phân bổ", rows);
  const workbook = [s.transposed ? transposeSheet(alloc) : alloc, plan];
  if (s.withList && districtLeaves) {
    workbook.push(sheet("Địa bàn", [["Địa bàn"], ...DISTRICTS.slice(0, groups[0]).map((d) => [d])]));
  } else if (s.withList) {
    const list: CellValue[][] = [["Huyện", "Xã"]];
    let n = 0;
    groups.forEach((size, g) => {
      for (let k = 0; k < size; k++) list.push([groupsOn ? DISTRICTS[g] : "Ba Vì", COMMUNES[n++]]);
    });
    workbook.push(sheet("Địa bàn", list));
  }
  return { workbook, parents, findings: findings.sort() };
}

test("generated hierarchies: the reading recovers the structure and the check reports exactly the planted findings", () => {
  fc.assert(
    fc.property(shapeArb, (shape) => {
      const expected = build(shape);
      const { report, table } = checkWorkbook({ sheets: expected.workbook }, { workbookName: "gen.xlsx" });
      const byLabel = new Map(table.areas.map((area) => [area.label.normalize("NFC"), area]));
      for (const [label, parent] of expected.parents) {
        const area = byLabel.get(label.normalize("NFC"));
        expect({ label, kind: area?.kind }).toEqual({ label, kind: "leaf" });
        const actual = area!.parent === null ? null : table.areas[area!.parent].label.normalize("NFC");
        expect({ label, parent: actual }).toEqual({ label, parent: parent === null ? null : parent.normalize("NFC") });
      }
      expect(table.orientation).toBe(shape.transposed ? "indicators-as-rows" : "areas-as-rows");
      const found = report.findings.map((f) => `${f.rule} ${f.cell}`).sort();
      expect(found).toEqual(expected.findings);
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 150), seed: Number(process.env.PROPERTY_SEED ?? 20261203) },
  );
});
