/**
 * Two old commune rows (`Xã Tản Lĩnh (cũ)`, `Xã Minh Quang (trước sáp
 * nhập)`) that the typed subtotals leave out, under one district or one in
 * each of two districts, shown or hidden: each left out of the reading and
 * said in `reading.ignored`, nothing reported; a plan area list or none.
 * Where the subtotals count one of them, that one stays a leaf (told as a
 * repeat), the other still left out.
 */
import { checkWorkbook } from "../../../src/core/check";
import { OLD_ROW } from "../../../src/core/layout/oldAreaRows";
import type { CellValue } from "../../../src/core/model/workbook";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "./sheetBuilder";

const LINES = [
  { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ" },
  { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng" },
];

type Row = [string | null, string, number, number];
const BA_VI: Row[] = [
  ["1", "Xã Khánh Thượng", 3, 30],
  ["2", "Xã Minh Quang", 2, 20],
  ["3", "Xã Tản Lĩnh", 3, 35],
];
const THACH_THAT: Row[] = [
  ["1", "Xã Yên Bình", 4, 40],
  ["2", "Xã Tiến Xuân", 3, 25],
];

interface Case {
  /** Old rows: [district 0 or 1, label, placed after the commune at this index, figures]. */
  readonly old: readonly [number, string, number, [number, number]][];
  /** Indexes into `old` of the rows the typed subtotals count. */
  readonly counted?: readonly number[];
  readonly hidden?: boolean;
  readonly listed?: boolean;
}

function build(c: Case) {
  const blocks: Row[][] = [BA_VI.map((r) => [...r] as Row), THACH_THAT.map((r) => [...r] as Row)];
  const olds: { row: Row; counted: boolean }[][] = [[], []];
  c.old.forEach(([d, label, , figures], k) => olds[d].push({ row: [null, label, ...figures], counted: c.counted?.includes(k) === true }));
  const rows: CellValue[][] = [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2025"], [], ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"]];
  const at: Record<string, number> = {};
  const body: CellValue[][] = [];
  const totals = [0, 0];
  const hidden: number[] = [];
  blocks.forEach((communes, d) => {
    const ordered: { row: Row; counted: boolean; old: boolean }[] = [];
    communes.forEach((row, i) => {
      ordered.push({ row, counted: true, old: false });
      c.old.forEach(([od, , after], k) => {
        if (od === d && after === i) {
          const entry = olds[d].find((o) => o.row[1] === c.old[k][1])!;
          ordered.push({ ...entry, old: true });
        }
      });
    });
    const sum = [0, 1].map((k) => ordered.filter((o) => o.counted).reduce((acc, o) => acc + (o.row[2 + k] as number), 0));
    const group: CellValue[] = [["I", "II"][d], ["Huyện Ba Vì", "Huyện Thạch Thất"][d], ...sum];
    body.push(group);
    totals[0] += sum[0];
    totals[1] += sum[1];
    for (const o of ordered) {
      body.push(o.row);
      if (o.old) at[o.row[1]] = rows.length + 1 + body.length; // total row comes first
    }
  });
  const all: CellValue[][] = [...rows, [null, "Tổng cộng", ...totals], ...body];
  if (c.hidden === true) for (const row of Object.values(at)) hidden.push(row - 1);
  const targets = [0, 1].map((k) => [...BA_VI, ...THACH_THAT].reduce((acc, r) => acc + (r[2 + k] as number), 0));
  const data = { ...sheet("Phân bổ", all, { merges: ["A1:D1"] }), ...(hidden.length > 0 ? { hiddenRows: hidden } : {}) };
  const plan = readPlanJson(
    {
      title: "Kế hoạch thử",
      indicators: LINES.map((l, k) => ({ ...l, target: targets[k] })),
      ...(c.listed === true
        ? { areas: [...BA_VI.map((r) => ({ district: "Ba Vì", commune: r[1].slice(3) })), ...THACH_THAT.map((r) => ({ district: "Thạch Thất", commune: r[1].slice(3) }))] }
        : {}),
    },
    "plan.json",
  );
  return { result: checkWorkbook(workbook(data), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }), at };
}

const told = (result: ReturnType<typeof build>["result"]) => result.report.findings.map((f) => `${f.rule} ${f.severity} ${f.cell ?? ""}`);

describe("two old rows the typed subtotals leave out: each left out, said, nothing reported", () => {
  const cases: [string, Case][] = [];
  for (const hidden of [false, true]) {
    for (const listed of [false, true]) {
      const tag = `${hidden ? "hidden" : "shown"}, ${listed ? "plan lists areas" : "no area list"}`;
      cases.push([`two under one district, ${tag}`, { old: [[0, "Xã Minh Quang (trước sáp nhập)", 1, [1, 10]], [0, "Xã Tản Lĩnh (cũ)", 2, [2, 15]]], hidden, listed }]);
      cases.push([`two side by side under one district, ${tag}`, { old: [[0, "Xã Tản Lĩnh (cũ)", 2, [2, 15]], [0, "Tản Lĩnh (trước sáp nhập)", 2, [1, 12]]], hidden, listed }]);
      cases.push([`one in each of two districts, ${tag}`, { old: [[0, "Xã Tản Lĩnh (cũ)", 2, [2, 15]], [1, "Xã Yên Bình (cũ)", 0, [3, 20]]], hidden, listed }]);
    }
  }
  test.each(cases)("%s", (_name, c) => {
    const { result, at } = build(c);
    expect(told(result)).toEqual([]);
    const ignored = result.report.reading!.ignored.filter((i) => i.why === OLD_ROW);
    expect(ignored.map((i) => [i.at, i.header]).sort()).toEqual(c.old.map(([, label]) => [String(at[label]), label]).sort());
    const labels = result.table.areas.map((a) => a.label);
    for (const [, label] of c.old) expect(labels).not.toContain(label);
    expect(result.table.areas.filter((a) => a.kind === "leaf").map((a) => a.label)).toEqual([...BA_VI, ...THACH_THAT].map((r) => r[1]));
  });
});

describe("two old rows, the typed subtotals counting one of them", () => {
  test.each<[string, Case]>([
    ["under one district", { old: [[0, "Xã Minh Quang (trước sáp nhập)", 1, [1, 10]], [0, "Xã Tản Lĩnh (cũ)", 2, [2, 15]]], counted: [0] }],
    ["in two districts", { old: [[0, "Xã Tản Lĩnh (cũ)", 2, [2, 15]], [1, "Xã Yên Bình (cũ)", 0, [3, 20]]], counted: [1] }],
    // Both old rows hold 2 teams: on that line the total fits either one; on the money it fits the first alone.
    ["under one district, their figures alike on one line", { old: [[0, "Xã Minh Quang (trước sáp nhập)", 1, [2, 10]], [0, "Xã Tản Lĩnh (cũ)", 2, [2, 15]]], counted: [0] }],
  ])("%s: the counted one a leaf, the other left out", (_name, c) => {
    const { result, at } = build(c);
    const counted = c.old[c.counted![0]][1];
    const left = c.old.find((_o, k) => k !== c.counted![0])![1];
    expect(result.report.reading!.ignored.filter((i) => i.why === OLD_ROW).map((i) => [i.at, i.header])).toEqual([[String(at[left]), left]]);
    expect(result.table.areas.filter((a) => a.label === counted).map((a) => a.kind)).toEqual(["leaf"]);
    // Counted, it is a second row of its commune: told once, at it (the plan's ceilings it breaks are that one cause).
    expect(told(result)).toEqual([`duplicate error B${at[counted]}`]);
  });
});
