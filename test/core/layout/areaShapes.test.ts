/**
 * The area axis of an areas-as-rows sheet read the way staff write it: each
 * shape must give the plain reading (total, districts, communes) and no
 * finding, and a planted mistake must be told once, at its cell.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { renderReadingText } from "../../../src/core/report/readingText";
import { nfd } from "../../helpers/xlsxFixture";
import { sheet, workbook } from "./sheetBuilder";
import { checkShape, DISTRICTS, findingsOf, PLAN, plainTree, shapeRows, shapeSheet, treeOf, type ShapeOptions } from "./areaShapes";

describe("grand total labels", () => {
  test.each<[string, ShapeOptions]>([
    ["Tổng cộng", {}],
    ["Toàn huyện", { totalLabel: "Toàn huyện" }],
    ["Toàn xã", { totalLabel: "Toàn xã" }],
    ["TOÀN HUYỆN at the bottom", { totalLabel: "TOÀN HUYỆN", totalAtBottom: true }],
    ["Toàn quận", { totalLabel: "Toàn quận" }],
    ["Toàn huyện (NFD)", { totalLabel: nfd("Toàn huyện") }],
    ["TỔNG CỘNG TOÀN HUYỆN", { totalLabel: "TỔNG CỘNG TOÀN HUYỆN" }],
    ["Tổng cộng toàn huyện at the bottom", { totalLabel: "Tổng cộng toàn huyện", totalAtBottom: true }],
    ["Tổng toàn huyện", { totalLabel: "Tổng toàn huyện" }],
    ["Tổng số toàn huyện", { totalLabel: "Tổng số toàn huyện" }],
    ["Cộng toàn tỉnh", { totalLabel: "Cộng toàn tỉnh" }],
    ["Toàn TP", { totalLabel: "Toàn TP" }],
    ["Cộng chung", { totalLabel: "Cộng chung" }],
    ["Tổng hợp", { totalLabel: "Tổng hợp" }],
    ["Toàn thành phố Hà Nội", { totalLabel: "Toàn thành phố Hà Nội" }],
  ])("%s is the grand total", (_name, options) => {
    const result = checkShape(options);
    const total = (options.totalLabel ?? "Tổng cộng").normalize("NFC");
    const tree = treeOf(result);
    expect(tree.find((t) => t[0] === total)).toEqual([total, "total", null]);
    expect(tree.filter((t) => t[1] === "group").every((t) => t[2] === total)).toBe(true);
    expect(findingsOf(result)).toEqual([]);
  });
});

test("the plain sheet reads plainly", () => {
  expect(treeOf(checkShape())).toEqual(plainTree());
});

describe("area names inside labels that say more", () => {
  const note = (c: string, j: number) => `Xã ${c}${j === 0 ? " (xã khu vực III)" : ""}`;
  test.each<[string, (d: string) => string, (c: string, j: number) => string]>([
    ["a bracketed note after a commune", (d) => `Huyện ${d}`, note],
    ["a bracketed note after a district", (d) => `Huyện ${d} (huyện nghèo)`, (c) => `Xã ${c}`],
    ["a square-bracketed note", (d) => `Huyện ${d}`, (c, j) => `Xã ${c}${j === 1 ? " [ATK]" : ""}`],
    ["UBND in front", (d) => `UBND huyện ${d}`, (c) => `UBND xã ${c}`],
    ["Ủy ban nhân dân in front", (d) => `Ủy ban nhân dân huyện ${d}`, (c) => `UBND xã ${c}`],
    ["Hội LHPN in front", (d) => `Hội LHPN huyện ${d}`, (c) => `Hội LHPN xã ${c}`],
    ["Hội Liên hiệp Phụ nữ in front", (d) => `Hội Liên hiệp Phụ nữ huyện ${d}`, (c) => `Hội Phụ nữ xã ${c}`],
    ["Phòng LĐTBXH in front of districts", (d) => `Phòng LĐTBXH huyện ${d}`, (c) => `Xã ${c}`],
    ["a department's long name in front", (d) => `Phòng Lao động - Thương binh và Xã hội huyện ${d}`, (c) => `Xã ${c}`],
    ["NFD labels with a prefix", (d) => nfd(`Huyện ${d}`), (c) => nfd(`Xã ${c}`)],
    ["NFD labels with an organisation and a note", (d) => nfd(`Hội LHPN huyện ${d}`), (c, j) => nfd(note(c, j))],
    ["a bracketed note inside the label", (d) => `Huyện (*) ${d}`, (c) => `Xã ${c} (1) (ATK)`],
    ["the district after a comma", (d) => `Huyện ${d}`, (c, j) => (j === 0 ? `Xã ${c}, huyện Ba Vì` : `Xã ${c}`)],
    ["the district after a dash, abbreviated", (d) => `Huyện ${d}`, (c) => `Xã ${c} - H. Ba Vì`],
    ["the district after a dash, no diacritics", (d) => `Huyện ${d}`, (c) => `Xa ${c} - huyen Ba Vi`],
    ["a leading dash", (d) => `Huyện ${d}`, (c) => `- Xã ${c}`],
    ["numbered labels with an organisation", (d) => `${d === "Ba Vì" ? "1." : "2."} UBND huyện ${d}`, (c) => `UBND xã ${c}`],
  ])("%s", (_name, district, commune) => {
    const result = checkShape({ district: (d, i) => district(d).replace(/^\d\./, `${i + 1}.`), commune });
    const nfc = (text: string) => text.normalize("NFC");
    expect(treeOf(result)).toEqual(plainTree((d) => nfc(district(d).replace(/^\d\./, `${DISTRICTS.findIndex(([n]) => n === d) + 1}.`)), (c) => nfc(commune(c, DISTRICTS.flatMap(([, cs]) => cs.indexOf(c)).find((j) => j >= 0)!))));
    expect(result.table.areas.filter((a) => a.kind !== "total").every((a) => /^[a-z ]+$/.test(a.key) && a.key.split(" ").length === 2)).toBe(true);
    expect(findingsOf(result)).toEqual([]);
  });

  test("`Thị xã` after a department's name stays the district's prefix", () => {
    const result = checkShape({ district: (d) => `Phòng Y tế thị xã ${d}` });
    expect(result.table.areas.filter((a) => a.kind === "group").map((a) => a.key)).toEqual(["ba vi", "my duc", "thach that"]);
  });
});

describe("district subtotals after their communes, the district rows blank", () => {
  test.each<[string]>([
    ["Cộng huyện {d}"],
    ["Cộng H. {d}"],
    ["Cộng h.{d}"],
    ["Tổng cộng huyện {d}"],
    ["Tổng số huyện {d}"],
    ["Cộng {d}"],
    ["Tổng cộng {d}"],
    ["Cộng toàn huyện"],
    ["Cộng huyện"],
    ["Cộng"],
    ["Toàn huyện {d}"],
    ["Tổng huyện {d}"],
  ])("%s", (pattern) => {
    const label = (d: string) => pattern.replace("{d}", d);
    const clean = checkShape({ subtotalAfter: label });
    const tree = treeOf(clean);
    expect(tree.filter((t) => t[1] === "leaf").every((t) => t[0].startsWith("Xã "))).toBe(true);
    expect(tree.filter((t) => t[1] === "group").map((t) => [t[0], t[2]])).toEqual(DISTRICTS.map(([d]) => [`Huyện ${d}`, "Tổng cộng"]));
    expect(findingsOf(clean)).toEqual([]);
    // A district's subtotal mistyped: one finding, at it (row 13: title 2, header 1, then total, Ba Vì's 5 rows, Mỹ Đức's 4th).
    const wrong = checkShape({ subtotalAfter: label, edit: (rows) => (rows[9][2] = 3) });
    expect(findingsOf(wrong)).toEqual(["subtotal@C13"]);
  });

  test("a commune called `Cộng Hòa` stays a commune", () => {
    const result = checkShape({ commune: (c, j) => (j === 1 ? "Cộng Hòa" : `Xã ${c}`) });
    expect(treeOf(result).filter((t) => t[0] === "Cộng Hòa")).toEqual([["Cộng Hòa", "leaf", "Huyện Ba Vì"], ["Cộng Hòa", "leaf", "Huyện Mỹ Đức"], ["Cộng Hòa", "leaf", "Huyện Thạch Thất"]]);
  });
});

describe("district rows after their communes", () => {
  const bottomUp = (district: (d: string) => string, commune: (c: string) => string) => {
    const out: [string, string, string | null][] = [];
    for (const [d, cs] of DISTRICTS) {
      for (const c of cs) out.push([commune(c), "leaf", district(d)]);
      out.push([district(d), "group", "Tổng cộng"]);
    }
    return [...out, ["Tổng cộng", "total", null]];
  };
  const noAreas = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9 })) }, "plan.json");
  const noStt = (rows: CellValue[][]) => rows.forEach((r) => (r[0] = null));
  test.each<[string, (d: string) => string, (c: string) => string, boolean, boolean]>([
    ["with prefixes", (d) => `Huyện ${d}`, (c) => `Xã ${c}`, true, true],
    ["bare names", (d) => d, (c) => c, true, true],
    ["with prefixes, no area list", (d) => `Huyện ${d}`, (c) => `Xã ${c}`, false, true],
    ["bare names, no area list, no STT: the arithmetic alone", (d) => d, (c) => c, false, false],
  ])("%s", (_name, district, commune, areaList, stt) => {
    const plan = areaList ? PLAN : noAreas;
    const options: ShapeOptions = { district, commune, bottomUp: true, totalAtBottom: true, ...(stt ? {} : { edit: noStt }) };
    const result = checkShape(options, plan);
    expect(treeOf(result)).toEqual(bottomUp(district, commune));
    expect(findingsOf(result)).toEqual([]);
    // Ba Vì's subtotal (row 7: after its three communes) mistyped: one finding, at it.
    const wrong = checkShape({ ...options, edit: (rows) => ((rows[3][4] = 70), stt || noStt(rows)) }, plan);
    expect(findingsOf(wrong)).toEqual(["subtotal@E7"]);
  });
});

describe("columns beside the names", () => {
  const CODES: Record<string, number> = { "Ba Vì": 271, "Mỹ Đức": 282, "Thạch Thất": 276, "Khánh Thượng": 9916, "Ba Trại": 9919, "Tản Lĩnh": 9922, "An Phú": 10429, "Hợp Tiến": 10432, "Tiến Xuân": 9988, "Yên Bình": 9991, "Yên Trung": 9994, "Cổ Đông": 10000 };
  const HEADER = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"];
  test.each<[string, string, number, (n: string) => CellValue]>([
    ["Mã ĐVHC before the names, numbers", "Mã ĐVHC", 1, (n) => CODES[n] ?? null],
    ["Mã ĐVHC before the names, text", "Mã ĐVHC", 1, (n) => (n in CODES ? String(CODES[n]).padStart(5, "0") : null)],
    ["Mã ĐVHC after the names, numbers", "Mã ĐVHC", 2, (n) => CODES[n] ?? null],
    ["Mã xã after the names", "Mã xã", 2, (n) => CODES[n] ?? null],
    ["Mã đơn vị hành chính after the names", "Mã đơn vị hành chính", 2, (n) => CODES[n] ?? null],
  ])("%s: neither a value line nor names", (_name, header, at, code) => {
    const insert = <T,>(cells: T[], value: T) => [...cells.slice(0, at), value, ...cells.slice(at)];
    const result = checkShape({ header: insert<CellValue>(HEADER, header), row: (cells, _kind, name) => insert(cells, code(name)) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(result.table.lines.map((l) => l.planCode)).toEqual(["1", "2", "3"]);
    expect(findingsOf(result)).toEqual([]);
  });

  test.each([["Đơn vị thực hiện"], ["Đơn vị"], ["Tên đơn vị"], ["Đơn vị chủ trì"]])("`%s` over the names is the label column", (label) => {
    const result = checkShape({ header: ["STT", label, ...HEADER.slice(2)] });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
  });

  test.each<[string, string, (kind: string, name: string) => CellValue]>([
    ["the carrying unit named per row", "Đơn vị thực hiện", (kind, name) => (kind === "district" ? `Hội LHPN huyện ${name}` : kind === "commune" ? `Hội LHPN xã ${name}` : null)],
    ["one unit repeated", "Đơn vị thực hiện", (kind) => (kind === "total" ? null : "Hội LHPN")],
    ["the lead unit", "Đơn vị chủ trì", (kind, name) => (kind === "commune" ? `UBND xã ${name}` : kind === "district" ? `UBND huyện ${name}` : null)],
  ])("`%s` in a unit column before the names column: a note, the names read once", (_name, header, unit) => {
    const result = checkShape({ header: ["STT", header, ...HEADER.slice(1)], row: (cells, kind, name) => [cells[0], unit(kind, name), ...cells.slice(1)] });
    expect(treeOf(result)).toEqual(plainTree());
    expect(result.table.lines.map((l) => l.planCode)).toEqual(["1", "2", "3"]);
    expect(findingsOf(result)).toEqual([]);
    expect(result.report.reading?.labelColumn).toBe("C");
    expect(result.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: "B" }));
  });

  test.each<[string, number, string, (kind: string, name: string) => CellValue]>([
    ["`Tên đơn vị` before the names, each its area's union", 1, "Tên đơn vị", (kind, name) => (kind === "district" ? `Hội LHPN huyện ${name}` : kind === "commune" ? `Hội LHPN xã ${name}` : null)],
    ["`Đơn vị` after the names, each its area's People's Committee", 2, "Đơn vị", (kind, name) => (kind === "district" ? `UBND huyện ${name}` : kind === "commune" ? `UBND xã ${name}` : null)],
    ["`Tên cơ sở` before the names, bare names", 1, "Tên cơ sở", (kind, name) => (kind === "total" ? null : name)],
  ])("%s: the same areas named twice are read once", (_name, at, header, unit) => {
    const insert = <T,>(cells: T[], value: T) => [...cells.slice(0, at), value, ...cells.slice(at)];
    const result = checkShape({ header: insert<CellValue>(HEADER, header), row: (cells, kind, name) => insert(cells, unit(kind, name)) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: at === 1 ? "B" : "C", why: "text column" }));
  });

  // A column before the names that neither groups the rows nor names districts is text, whatever its header.
  const BODIES = ["Phòng LĐTBXH", "Hội LHPN", "UBND xã", "Hội Nông dân", "Phòng Tư pháp"];
  test.each<[string, string, (kind: string, i: number) => CellValue]>([
    ["`Cơ quan chủ trì`, bodies", "Cơ quan chủ trì", (kind, i) => (kind === "total" ? null : BODIES[i % BODIES.length])],
    ["`Người phụ trách`, persons", "Người phụ trách", (kind, i) => (kind === "total" ? null : `Chị ${"ABCDEFGHIJKLMNOP"[i]}`)],
    ["`Đơn vị`, bodies", "Đơn vị", (kind, i) => (kind === "total" ? null : BODIES[(i * 2) % BODIES.length])],
    ["`Cơ quan chủ trì`, one body over runs of rows", "Cơ quan chủ trì", (kind, i) => (kind === "total" ? null : kind === "district" ? "Phòng LĐTBXH" : i % 4 === 0 ? "UBND xã" : "Hội LHPN")],
  ])("%s before the names column: text, the names read once", (_name, header, text) => {
    let i = 0;
    const result = checkShape({ header: ["STT", header, ...HEADER.slice(1)], row: (cells, kind) => [cells[0], text(kind, i++), ...cells.slice(1)] });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: "B", why: "text column" }));
  });

  test("a district column typed once over its communes' rows stays the district column", () => {
    const rows: CellValue[][] = [
      ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng (tổ)"],
      [null, "Tổng cộng", null, 4],
      [1, "Ba Vì", "Khánh Thượng", 1],
      [2, null, "Ba Trại", 1],
      [3, "Thạch Thất", "Yên Bình", 1],
      [4, null, "Yên Trung", 1],
    ];
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    expect(treeOf(result).filter((t) => t[1] === "leaf").map((t) => t[2])).toEqual(["Ba Vì", "Ba Vì", "Thạch Thất", "Thạch Thất"]);
  });

  test("`Đơn vị thực hiện` after the values stays a note", () => {
    const result = checkShape({ header: [...HEADER, "Đơn vị thực hiện"], row: (cells, kind) => [...cells, kind === "commune" ? "Hội LHPN xã" : null] });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("the grand total's label in the STT column", () => {
  test.each<[string, ShapeOptions]>([
    ["on top", { totalInStt: true }],
    ["at the bottom", { totalInStt: true, totalAtBottom: true }],
    ["Toàn huyện", { totalInStt: true, totalLabel: "Toàn huyện" }],
    ["with `Cộng huyện` subtotals in the STT column too", { totalInStt: true, subtotalAfter: () => "Cộng huyện", row: (cells, kind) => (kind === "subtotal" ? [cells[1], null, ...cells.slice(2)] : cells) }],
  ])("%s", (_name, options) => {
    const result = checkShape(options);
    const total = options.totalLabel ?? "Tổng cộng";
    expect(treeOf(result)).toEqual(plainTree(undefined, undefined, total).sort((a, b) => (options.totalAtBottom ? (a[1] === "total" ? 1 : b[1] === "total" ? -1 : 0) : 0)));
    const totalArea = result.table.areas.find((a) => a.kind === "total")!;
    expect(totalArea.labelCol).toBe(0);
    expect(findingsOf(result)).toEqual([]);
    // The total mistyped: one finding, at it.
    const wrong = checkShape({ ...options, edit: (rows) => (rows[options.totalAtBottom ? rows.length - 1 : 0][3] = 10) });
    expect(findingsOf(wrong)).toEqual([`subtotal@D${options.totalAtBottom ? 16 : 4}`]);
  });
});

describe("a row with figures but no name", () => {
  test.each<[string, (rows: CellValue[][]) => void, number]>([
    ["an STT and figures, the name blank", (rows) => (rows[3][1] = null), 7],
    ["figures only", (rows) => ((rows[3][0] = null), (rows[3][1] = null)), 7],
    ["a spaces-only name", (rows) => (rows[8][1] = "   "), 12],
  ])("%s is said, not dropped", (_name, edit, row) => {
    const result = checkShape({ edit });
    expect(result.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: String(row), why: "no name" }));
    expect(result.report.reading?.confidence?.level).toBe("low");
    expect(result.report.reading?.confidence?.reasons.map((r) => r.vi).join(" ")).toContain(`dòng ${row}`);
    expect(renderReadingText(result.report.reading!, "vi")).toContain("có số liệu nhưng không có tên địa bàn, không được tính");
  });

  test("under a name merged down over it, with figures of its own: said; with its figures merged too (a tall row): nothing to say", () => {
    const rowsWith = (cells: CellValue[]) => {
      const rows = shapeRows();
      rows.splice(6, 0, cells);
      return rows;
    };
    const own = checkWorkbook(workbook(sheet("Phân bổ", rowsWith([null, null, 1, 1, 20]), { merges: ["A6:A7", "B6:B7"] })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    expect(own.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: "7", why: "no name" }));
    expect(own.report.reading?.confidence?.level).toBe("low");
    const tall = checkWorkbook(workbook(sheet("Phân bổ", rowsWith([null, null, null, null, null]), { merges: ["A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7"] })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    expect(tall.report.reading?.ignored).toEqual([]);
    expect(findingsOf(tall)).toEqual([]);
  });

  test("with two label columns (district | commune), both blank", () => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", null, 9, 9, 180]];
    let n = 0;
    for (const [d, cs] of DISTRICTS) cs.forEach((c, j) => rows.push([++n, j === 0 ? `Huyện ${d}` : null, n === 5 ? null : `Xã ${c}`, 1, 1, 20]));
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    expect(result.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: "8", why: "no name" }));
    expect(result.report.reading?.confidence?.level).toBe("low");
  });

  test.each<[string, (rows: CellValue[][]) => void, string, boolean?]>([
    ["a commune's name blank under a district typed with its subtotal", (rows) => (rows[3][1] = null), "B7"],
    ["a commune's name blank, its STT too", (rows) => ((rows[3][0] = null), (rows[3][1] = null)), "B7"],
    ["the last commune of a district", (rows) => (rows[7][1] = null), "B11"],
    ["the second row of the table, its figures alike (districts after their communes)", (rows) => (rows[1][1] = null), "B5", true],
  ])("%s: the subtotal counting it is told once, at the blank name", (_name, edit, cell, bottomUp = false) => {
    const shape: ShapeOptions = bottomUp ? { bottomUp: true, totalAtBottom: true } : {};
    const result = checkShape({ ...shape, edit });
    // The table still starts at its first commune: the row of figures below it is no row of column codes.
    expect(treeOf(result).filter((t) => t[1] === "leaf").length).toBe(8);
    const subtotals = result.report.findings.filter((f) => f.rule === "subtotal");
    expect(subtotals.map((f) => f.cell)).toEqual([cell]);
    expect(subtotals[0].message.vi).toContain("không có tên địa bàn");
    // A real mistake in the same district's subtotal is still told at it.
    const wrong = checkShape({ ...shape, edit: (rows) => (edit(rows), (rows[bottomUp ? 3 : 1][4] = 70)) });
    expect(wrong.report.findings.filter((f) => f.rule === "subtotal").map((f) => f.cell)).toContain(bottomUp ? "E7" : "E5");
  });

  test("an empty spacer row with an STT is no such row", () => {
    const result = checkShape({ edit: (rows) => rows.splice(4, 0, [9, null, null, null, null]) });
    expect(result.report.reading?.ignored ?? []).toEqual([]);
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("a commune under another district than the plan's", () => {
  test("is said in the reading", () => {
    // Hợp Tiến (Mỹ Đức in the plan) written under Ba Vì, the subtotals typed as the sheet has it.
    const result = checkShape({
      edit: (rows) => {
        const [moved] = rows.splice(7, 1);
        rows.splice(4, 0, moved);
        rows[1][2] = 4;
        rows[1][3] = 4;
        rows[1][4] = 80;
        rows[6][2] = 1;
        rows[6][3] = 1;
        rows[6][4] = 20;
      },
    });
    expect(treeOf(result).find((t) => t[0] === "Xã Hợp Tiến")).toEqual(["Xã Hợp Tiến", "leaf", "Huyện Ba Vì"]);
    // One finding, at its label: the row is probably misplaced (the totals, typed as the sheet has it, add up).
    expect(findingsOf(result)).toEqual(["coverage@B8"]);
    expect(result.report.findings[0].message.vi).toContain("nằm dưới Huyện Ba Vì, nhưng kế hoạch xếp nó vào Mỹ Đức");
    expect(result.report.reading?.confidence?.level).toBe("low");
    expect(result.report.reading?.confidence?.reasons.map((r) => r.vi)).toContain('Địa bàn "Xã Hợp Tiến" nằm dưới "Huyện Ba Vì" trong biểu, nhưng kế hoạch xếp vào Mỹ Đức.');
    // Still the plan's commune, and said in the reading shown to the user (text report and pane alike).
    expect(result.report.reading?.areas.find((a) => a.name === "Xã Hợp Tiến")?.planArea).toBe("Hợp Tiến");
    expect(renderReadingText(result.report.reading!, "vi")).toContain("Địa bàn “Xã Hợp Tiến” nằm dưới “Huyện Ba Vì” trong biểu, nhưng kế hoạch xếp vào Mỹ Đức.");
  });

  test("communes of one name in two districts are told apart by their district", () => {
    const plan = { ...PLAN, areas: [...PLAN.areas, { district: "Mỹ Đức", commune: "Ba Trại" }] };
    const result = checkShape({}, plan);
    expect(result.report.reading?.confidence?.reasons ?? []).toEqual([]);
  });
});

describe("a unit note in the title rows, the money header without its unit", () => {
  const header: CellValue[] = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ"];
  /** Money typed in thousands of đồng (the plan is in millions). */
  const thousands = (cells: CellValue[]) => [...cells.slice(0, 4), typeof cells[4] === "number" ? cells[4] * 1000 : cells[4]];
  const official: CellValue[][] = [["UBND TỈNH X", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["HỘI LHPN TỈNH", null, "Độc lập - Tự do - Hạnh phúc"]];
  test.each<[string, CellValue[][]]>([
    ["its own row at the right", [...official, ["BIỂU PHÂN BỔ KINH PHÍ"], [null, null, null, null, "ĐVT: nghìn đồng"]]],
    ["beside the title", [...official, ["BIỂU PHÂN BỔ KINH PHÍ", null, null, null, "ĐVT: nghìn đồng"]]],
    ["beside the national motto", [official[0], [...official[1], null, "Đơn vị tính: nghìn đồng"], ["BIỂU PHÂN BỔ KINH PHÍ"]]],
    ["the title's second line", [["BIỂU PHÂN BỔ KINH PHÍ DỰ ÁN 8\nĐVT: nghìn đồng"]]],
    ["in brackets after the title", [["BIỂU PHÂN BỔ KINH PHÍ DỰ ÁN 8 (ĐVT: nghìn đồng)"]]],
    ["bracketed on its own", [["BIỂU PHÂN BỔ KINH PHÍ"], ["(ĐVT: nghìn đồng)"]]],
    ["`1.000 đồng`", [["BIỂU PHÂN BỔ KINH PHÍ"], [null, null, null, null, "ĐVT: 1.000 đồng"]]],
    ["`1000đ`", [["BIỂU PHÂN BỔ KINH PHÍ"], [null, null, null, null, "ĐVT: 1000đ"]]],
  ])("%s", (_name, title) => {
    const result = checkShape({ title, header, row: thousands });
    expect(result.table.lines.map((l) => [l.planCode, l.scale])).toEqual([["1", 1], ["2", 1], ["3", 1000]]);
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("`Trong đó` rows: a part of the row above, already counted in it", () => {
  test("a commune of the plan whose name folds alike stays a commune", () => {
    const plan = { ...PLAN, areas: PLAN.areas.map((a) => (a.commune === "Ba Trại" ? { ...a, commune: "Trọng Đô" } : a)) };
    const result = checkShape({ commune: (c) => (c === "Ba Trại" ? "Trọng Đô" : `Xã ${c}`) }, plan);
    expect(treeOf(result).find((t) => t[0] === "Trọng Đô")).toEqual(["Trọng Đô", "leaf", "Huyện Ba Vì"]);
    expect(findingsOf(result)).toEqual([]);
  });

  test.each<[string, number, CellValue[]]>([
    ["a bare `Trong đó:` under the total", 1, [null, "Trong đó:", null, null, null]],
    ["`Trong đó: xã khu vực III` with figures under the total", 1, [null, "Trong đó: xã khu vực III", 3, 3, 60]],
    ["`Trong đó:` with figures under a district", 2, [null, "- Trong đó: xã ATK", 1, 1, 20]],
    ["`Trong số đó` under a district", 2, [null, "Trong số đó có 1 xã đặc biệt khó khăn", 1, 1, 20]],
  ])("%s", (_name, at, row) => {
    const result = checkShape({ edit: (rows) => rows.splice(at, 0, row) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: String(at + 4), why: "of which" }));
  });
});

describe("`Trong đó:` alone, then the parts of the row above it", () => {
  const heading: CellValue[] = [null, "Trong đó:", null, null, null];
  test.each<[string, number, CellValue[][]]>([
    ["a kind of communes under the total", 1, [heading, [null, "- Các xã đặc biệt khó khăn", 3, 3, 60]]],
    ["two kinds of communes under the total", 1, [heading, [null, "- Xã khu vực III", 2, 2, 40], [null, "+ Xã an toàn khu", 1, 1, 20]]],
    ["a bulleted part the plan's areas do not name", 1, [heading, [null, "- Đồng bào dân tộc thiểu số", 3, 3, 60]]],
    ["a kind of communes under a district", 2, [heading, [null, "- Các xã đặc biệt khó khăn", 1, 1, 20]]],
  ])("%s", (_name, at, rows) => {
    const result = checkShape({ edit: (all) => all.splice(at, 0, ...rows) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    for (let i = 0; i < rows.length; i++) expect(result.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: String(at + 4 + i), why: "of which" }));
  });
});

describe("a district's own body on a row under the district", () => {
  test.each([["Hội LHPN huyện {d}"], ["UBND huyện {d}"], ["Phòng LĐTBXH huyện {d}"]])("`%s` is an item of the district, not the district again", (pattern) => {
    // Each district's own body gets 10 (triệu đồng) beside its communes; the subtotals and the total count it.
    const result = checkShape({
      edit: (rows) => {
        for (let i = rows.length - 1; i >= 1; i--) {
          const r = rows[i];
          if (typeof r[0] !== "string") continue;
          rows.splice(i + 1, 0, [null, pattern.replace("{d}", String(r[1]).replace("Huyện ", "")), 0, 0, 10]);
          r[4] = Number(r[4]) + 10;
        }
        rows[0][4] = Number(rows[0][4]) + 30;
      },
    });
    const tree = treeOf(result);
    expect(tree.filter((t) => t[1] === "group").map((t) => t[0])).toEqual(DISTRICTS.map(([d]) => `Huyện ${d}`));
    expect(tree.filter((t) => t[0] === pattern.replace("{d}", "Ba Vì"))).toEqual([[pattern.replace("{d}", "Ba Vì"), "leaf", "Huyện Ba Vì"]]);
    // 210 triệu đồng allocated over the plan's 180: the only finding.
    expect(findingsOf(result)).toEqual(["ceiling@E4"]);
  });
});

describe("two label columns (district | commune), the district repeated on every row", () => {
  const sheetOf = (district: (d: string) => string, ownRow: boolean) => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", null, 9, 9, 180]];
    let n = 0;
    for (const [d, cs] of DISTRICTS) {
      if (ownRow) rows.push([null, district(d), null, cs.length, cs.length, 20 * cs.length]);
      for (const c of cs) rows.push([++n, district(d), `Xã ${c}`, 1, 1, 20]);
    }
    return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  };
  test.each<[string, (d: string) => string, boolean]>([
    ["bare names", (d) => d, false],
    ["prefixed", (d) => `Huyện ${d}`, false],
    ["NFD", (d) => nfd(d), false],
    ["spelt two ways", (d) => (d.length % 2 === 0 ? `Huyện ${d}` : d), false],
    ["a district row of its own first", (d) => `Huyện ${d}`, true],
  ])("%s: one district per district", (_name, district, ownRow) => {
    const result = sheetOf(district, ownRow);
    const tree = treeOf(result);
    expect(tree.filter((t) => t[1] === "heading" || t[1] === "group").length).toBe(DISTRICTS.length);
    expect(tree.filter((t) => t[1] === "leaf").length).toBe(9);
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("a flat list of communes, each naming its district", () => {
  test.each<[string, (c: string, d: string) => string]>([
    ["after a comma", (c, d) => `Xã ${c}, huyện ${d}`],
    ["after a dash", (c, d) => `Xã ${c} - huyện ${d}`],
    ["in brackets", (c, d) => `X. ${c} (H. ${d})`],
    ["bare after a dash", (c, d) => `Xã ${c} - ${d}`],
    ["bare after an en dash, NFD", (c, d) => `Xã ${c} – ${d}`.normalize("NFD")],
    ["bare after a dash, a ward's prefix", (c, d) => `Phường ${c} - ${d}`],
  ])("%s", (_name, label) => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", 9, 9, 180]];
    let n = 0;
    for (const [d, cs] of DISTRICTS) for (const c of cs) rows.push([++n, label(c, d), 1, 1, 20]);
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    expect(result.table.areas.filter((a) => a.kind === "leaf").map((a) => a.key)).toEqual(DISTRICTS.flatMap(([, cs]) => cs.map((c) => c.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase())));
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("a district's own sheet: its communes under one `Tổng cộng huyện …` row", () => {
  const plan = readPlanJson(
    {
      title: "Kế hoạch của huyện",
      indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 60 : 3 })),
      areas: ["Khánh Thượng", "Ba Trại", "Tản Lĩnh"].map((commune) => ({ district: "Ba Vì", commune })),
    },
    "plan.json",
  );
  test.each<[string, boolean]>([
    ["Tổng cộng huyện Ba Vì", false],
    ["Tổng cộng huyện Ba Vì", true],
    ["Cộng toàn huyện", false],
    ["Cộng toàn huyện", true],
    ["Tổng số huyện Ba Vì", false],
  ])("`%s` (at the bottom: %s) is the grand total", (label, bottom) => {
    const communes: CellValue[][] = [[1, "Xã Khánh Thượng", 1, 1, 20], [2, "Xã Ba Trại", 1, 1, 20], [3, "Xã Tản Lĩnh", 1, 1, 20]];
    const total = (teams: number): CellValue[] => [null, label, teams, 3, 60];
    const rowsOf = (teams: number): CellValue[][] => [
      ["BIỂU PHÂN BỔ"],
      ["STT", "Xã", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"],
      ...(bottom ? [...communes, total(teams)] : [total(teams), ...communes]),
    ];
    const check = (teams: number) => checkWorkbook(workbook(sheet("Phân bổ", rowsOf(teams))), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    const tree = treeOf(check(3));
    expect(tree.find((t) => t[0] === label)).toEqual([label, "total", null]);
    expect(tree.filter((t) => t[1] === "leaf").every((t) => t[2] === label)).toBe(true);
    expect(findingsOf(check(3))).toEqual([]);
    expect(findingsOf(check(4))).toEqual([`subtotal@C${bottom ? 6 : 3}`]);
  });
});

/** Each district's row (STT a string) takes the figures of the `label` row after its communes: the district typed with its subtotal. */
function typeDistrictFigures(rows: CellValue[][], label: string): void {
  let district: CellValue[] | null = null;
  for (const r of rows) {
    if (typeof r[0] === "string") district = r;
    else if (district !== null && r[1] === label) {
      district.splice(2, 3, ...r.slice(2));
      district = null;
    }
  }
}

describe("a `Cộng` row repeating a district whose own row holds its figures", () => {
  test.each([["Cộng"], ["Cộng toàn huyện"], ["Cộng huyện"]])("`%s` after each district is that district's figures again, not a total", (label) => {
    const result = checkShape({
      subtotalAfter: () => label,
      edit: (rows) => {
        // The district rows typed with their subtotals too.
        typeDistrictFigures(rows, label);
      },
    });
    expect(treeOf(result)).toEqual(plainTree());
    expect(result.table.notes?.mirrors.map((m) => m.label)).toEqual([label, label, label]);
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("a mistyped `Cộng` row repeating a district whose own row holds its figures", () => {
  // Rows: title 2, header 3, total 4, Ba Vì 5–8 and its `Cộng` 9, Mỹ Đức 10–12 and its `Cộng` 13.
  const mirrored = (label: string, wrong: (rows: CellValue[][]) => void) =>
    checkShape({
      subtotalAfter: () => label,
      edit: (rows) => {
        typeDistrictFigures(rows, label);
        wrong(rows);
      },
    });
  test.each<[string, string, (rows: CellValue[][]) => void, string[]]>([
    ["the `Cộng` row wrong", "Cộng huyện", (rows) => (rows[9][4] = 45), ["subtotal@E13"]],
    ["the `Cộng` row wrong", "Cộng", (rows) => (rows[9][2] = 3), ["subtotal@C13"]],
    ["the district's row wrong, its `Cộng` right", "Cộng huyện", (rows) => (rows[6][4] = 45), ["subtotal@E10"]],
    ["both wrong alike (one copied from the other)", "Cộng huyện", (rows) => ((rows[6][4] = 45), (rows[9][4] = 45)), ["subtotal@E10"]],
    ["a commune changed, the subtotals not: told once at the district, not again at its `Cộng`", "Cộng huyện", (rows) => (rows[7][4] = 25), ["subtotal@E10"]],
  ])("%s (`%s`)", (_name, label, wrong, expected) => {
    const result = mirrored(label, wrong);
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual(expected);
  });
});

describe("two label columns: a district's subtotal row after its communes", () => {
  const sheetOf = (label: (d: string) => string, col: 1 | 2, wrong: boolean) => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"], [null, "Tổng cộng", null, 9, 9, 180]];
    const merges: string[] = [];
    let n = 0;
    for (const [d, cs] of DISTRICTS) {
      const start = rows.length + 1;
      cs.forEach((c, j) => rows.push([++n, j === 0 ? `Huyện ${d}` : null, `Xã ${c}`, 1, 1, 20]));
      merges.push(`B${start}:B${start + cs.length - 1}`);
      const sub: CellValue[] = [null, null, null, wrong && d === "Mỹ Đức" ? 3 : cs.length, cs.length, 20 * cs.length];
      sub[col] = label(d);
      rows.push(sub);
    }
    return checkWorkbook(workbook(sheet("Phân bổ", rows, { merges })), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  };
  test.each<[string, 1 | 2]>([
    ["Cộng {d}", 2],
    ["Cộng H. {d}", 2],
    ["Tổng cộng huyện {d}", 2],
    ["Cộng toàn huyện", 2],
    ["Cộng", 2],
    ["Cộng {d}", 1],
    ["Cộng huyện {d}", 1],
    ["Cộng", 1],
    ["Toàn huyện {d}", 1],
    ["Toàn huyện {d}", 2],
  ])("`%s` in column %s", (pattern, col) => {
    const label = (d: string) => pattern.replace("{d}", d);
    const tree = treeOf(sheetOf(label, col, false));
    expect(tree.filter((t) => t[1] === "group").map((t) => t[0])).toEqual(DISTRICTS.map(([d]) => `Huyện ${d}`));
    expect(tree.filter((t) => t[1] === "leaf").length).toBe(9);
    expect(findingsOf(sheetOf(label, col, false))).toEqual([]);
    expect(findingsOf(sheetOf(label, col, true))).toEqual(["subtotal@D10"]);
  });
});

describe("two label columns: one bare `Cộng` in the district column under the last district", () => {
  test("is the table's grand total, not that district's subtotal", () => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Huyện", "Xã", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"]];
    let n = 0;
    for (const [d, cs] of DISTRICTS) cs.forEach((c, j) => rows.push([++n, j === 0 ? d : null, `Xã ${c}`, 1, 1, 20]));
    rows.push([null, "Cộng", null, 9, 9, 180]);
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    const tree = treeOf(result);
    expect(tree.filter((t) => t[1] === "total").length).toBe(1);
    expect(tree.filter((t) => t[1] === "leaf").length).toBe(9);
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("bare district names with blank figures over their communes, no STT, no plan area list", () => {
  const noAreas = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9 })) }, "plan.json");
  const bareDistricts = (rows: CellValue[][]) => {
    for (const r of rows) {
      r[0] = null;
      if (DISTRICTS.some(([d]) => d === r[1])) r.splice(2, 3, null, null, null);
    }
  };
  test.each<[string, (c: string) => string, "high" | "low"]>([
    ["communes with their prefix: the districts, for sure", (c) => `Xã ${c}`, "high"],
    ["bare communes too: the districts, said to be unsure", (c) => c, "low"],
  ])("%s", (_name, commune, level) => {
    const result = checkShape({ district: (d) => d, commune, edit: bareDistricts }, noAreas);
    expect(treeOf(result)).toEqual(plainTree((d) => d, commune).map(([label, kind, parent]) => [label, kind === "group" ? "heading" : kind, parent]));
    expect(findingsOf(result)).toEqual([]);
    expect(result.report.reading?.confidence?.level).toBe(level);
    // A commune given one team too many: over the plan, and the total no longer its communes' sum.
    const wrong = checkShape({ district: (d) => d, commune, edit: (rows) => (bareDistricts(rows), (rows[2][2] = 2)) }, noAreas);
    expect(findingsOf(wrong).sort()).toEqual(["subtotal@C4"]);
  });

  test.each<[string, (rows: CellValue[][]) => void]>([
    ["a flat list whose last communes get nothing", (rows) => rows.splice(1, rows.length - 1, ...DISTRICTS.flatMap(([, cs]) => cs).map((c, i): CellValue[] => [null, c, ...(i >= 7 ? [null, null, null] : [1, 1, 20])]))],
    ["a blank commune between communes with figures, a district's prefix above", (rows) => (rows[3].splice(2, 3, null, null, null), rows.forEach((r) => (r[0] = null)))],
  ])("not read so: %s", (_name, edit) => {
    const result = checkShape({ commune: (c) => c, edit }, noAreas);
    expect(treeOf(result).filter((t) => t[1] === "heading")).toEqual([]);
  });
});

describe("villages (thôn, bản) listed under their commune, whose own row holds the figures", () => {
  const withVillages = (names: readonly string[], teams = [1, 0]) => (rows: CellValue[][]) => {
    for (let i = rows.length - 1; i >= 0; i--) {
      if (typeof rows[i][0] !== "number") continue;
      rows.splice(i + 1, 0, ...names.map((n, k): CellValue[] => ["-", n, teams[k] || null, k === 0 ? null : 1, 10]));
    }
  };
  const noAreas = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9 })) }, "plan.json");
  test.each<[string, readonly string[], typeof PLAN]>([
    ["`Thôn 1`, `Thôn 2`", ["Thôn 1", "Thôn 2"], PLAN],
    ["`Bản Mới`, `Bản Cũ`", ["Bản Mới", "Bản Cũ"], PLAN],
    ["`Xóm Đông`, `Tổ dân phố 3`", ["Xóm Đông", "Tổ dân phố 3"], PLAN],
    ["`Thôn 1`, `Thôn 2` numbered `-` under the commune's `1`, no list: the commune's prefix, not its STT, gives its level", ["Thôn 1", "Thôn 2"], noAreas],
    ["bare names `Đồng Sổ`, `Đồng Vàng` numbered `-`, no list", ["Đồng Sổ", "Đồng Vàng"], noAreas],
    ["bare names numbered `-`, the plan's list", ["Đồng Sổ", "Đồng Vàng"], PLAN],
    ["the Women's Union's branches `Chi hội thôn Đông`, `Chi hội phụ nữ bản Mới`, no list", ["Chi hội thôn Đông", "Chi hội phụ nữ bản Mới"], noAreas],
    ["`Chi hội Đồng Sổ`, `Chi hội Đồng Vàng`, the plan's list", ["Chi hội Đồng Sổ", "Chi hội Đồng Vàng"], PLAN],
  ])("%s are parts of the commune, not communes counted again", (_name, names, plan) => {
    const result = checkShape({ edit: withVillages(names) }, plan);
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "village").length).toBe(18);
    expect(renderReadingText(result.report.reading!, "vi")).toContain("thôn, bản của xã ở trên");
  });

  test("the Women's Union's branches (`Chi hội …`) without STT under `Hội LHPN xã …`: parts of it", () => {
    const result = checkShape({
      commune: (c) => `Hội LHPN xã ${c}`,
      edit: (rows) => rows.splice(3, 0, [null, "Chi hội thôn Đông", 1, null, 10], [null, "Chi hội Đồng Sổ", null, 1, 10]),
    });
    expect(treeOf(result)).toEqual(plainTree(undefined, (c) => `Hội LHPN xã ${c}`));
    expect(findingsOf(result)).toEqual([]);
    expect(result.table.notes?.ignoredAreas.map((a) => [a.label, a.why])).toEqual([
      ["Chi hội thôn Đông", "village"],
      ["Chi hội Đồng Sổ", "village"],
    ]);
  });

  test("a bare commune numbered beside its prefixed siblings (`1.3` after `1.2 Xã …`) stays a commune, list or none", () => {
    const numbered = (rows: CellValue[][]) => {
      let district = 0;
      for (const r of rows) {
        if (typeof r[0] === "string") r[0] = String(++district);
        else if (typeof r[0] === "number") r[0] = `${district}.${r[0]}`;
      }
    };
    const commune = (c: string) => (c === "Tản Lĩnh" ? c : `Xã ${c}`);
    for (const plan of [PLAN, noAreas]) {
      const result = checkShape({ commune, edit: numbered }, plan);
      expect(treeOf(result)).toEqual(plainTree(undefined, commune));
      expect(findingsOf(result)).toEqual([]);
    }
  });

  test("without a list, a bare `Bản …` commune after a commune whose row holds figures stays a commune", () => {
    const commune = (c: string) => (c === "Tản Lĩnh" ? "Bản Trại" : `Xã ${c}`);
    const result = checkShape({ commune }, noAreas);
    expect(treeOf(result)).toEqual(plainTree(undefined, commune));
    expect(findingsOf(result)).toEqual([]);
  });

  test("a bare `Bản …` the plan's list lacks, after a commune whose own figures are not its: a commune beside it, not a village", () => {
    // Read as a village, Xã Ba Trại would be a subtotal that does not add up; read as a commune, the list lacks it (said).
    const commune = (c: string) => (c === "Tản Lĩnh" ? "Bản Liền" : `Xã ${c}`);
    const result = checkShape({ commune, values: { "Tản Lĩnh": [2, 1, 30] } });
    expect(treeOf(result)).toEqual(plainTree(undefined, commune));
    expect(findingsOf(result).filter((f) => f.startsWith("subtotal"))).toEqual([]);
    expect(result.report.findings.some((f) => f.rule === "coverage" && f.area === "Bản Liền")).toBe(true);
  });

  test("a commune of the plan whose bare name opens like a village stays a commune", () => {
    const plan = { ...PLAN, areas: PLAN.areas.map((a) => (a.commune === "Ba Trại" ? { ...a, commune: "Bản Trại" } : a)) };
    const result = checkShape({ commune: (c) => (c === "Ba Trại" ? "Bản Trại" : `Xã ${c}`) }, plan);
    expect(treeOf(result).find((t) => t[0] === "Bản Trại")).toEqual(["Bản Trại", "leaf", "Huyện Ba Vì"]);
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("a bare `Cộng` after each district whose own row holds its figures, `Tổng cộng` at the bottom", () => {
  /** After each district's last commune, `label` with the district's figures (from its own row). */
  const withCong = (label: string) => (rows: CellValue[][]) => {
    let district: CellValue[] | null = null;
    for (let i = 0; i < rows.length; i++) {
      if (typeof rows[i][0] === "string") district = rows[i];
      const next = rows[i + 1];
      if (district !== null && typeof rows[i][0] === "number" && (next === undefined || typeof next[0] !== "number")) {
        rows.splice(i + 1, 0, [null, label, ...district.slice(2)]);
        i++;
      }
    }
  };
  test("without `Tổng cộng`, the last district's `Cộng` repeats its figures too: no grand total read, no finding", () => {
    const result = checkShape({ edit: (rows) => (withCong("Cộng")(rows), rows.splice(0, 1)) });
    expect(treeOf(result).filter((t) => t[1] === "total")).toEqual([]);
    expect(findingsOf(result)).toEqual([]);
  });

  test.each([["Cộng"], ["Cộng:"], ["CỘNG"]])("`%s` repeats each district's figures: no total, no finding", (label) => {
    const result = checkShape({ totalAtBottom: true, edit: withCong(label) });
    expect(treeOf(result).filter((t) => t[1] === "total").map((t) => t[0])).toEqual(["Tổng cộng"]);
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("a row naming a group of communes, its figures blank, is a heading over them, no area", () => {
  test.each<[string, CellValue, string]>([
    ["`Các xã khu vực III` numbered `a` under the district", "a", "Các xã khu vực III"],
    ["`Xã đặc biệt khó khăn` without STT", null, "Xã đặc biệt khó khăn"],
    ["`Nhóm xã biên giới` numbered `-`", "-", "Nhóm xã biên giới"],
    ["`CÁC XÃ KHU VỰC I, II` in capitals", null, "CÁC XÃ KHU VỰC I, II"],
    ["`Xã khác`", null, "Xã khác"],
  ])("%s", (_name, stt, label) => {
    // The heading between Huyện Ba Vì and its first commune, and again before its last commune.
    const result = checkShape({ edit: (rows) => (rows.splice(4, 0, [stt, label, null, null, null]), rows.splice(2, 0, [stt, label, null, null, null])) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "group heading").map((a) => a.label)).toEqual([label, label]);
  });

  test.each<[string, CellValue, string]>([
    ["`Khu vực I` without STT", null, "Khu vực I"],
    ["`KHU VỰC III` numbered `a`", "a", "KHU VỰC III"],
    ["`Vùng thấp` without STT", null, "Vùng thấp"],
    ["`Vùng đặc biệt khó khăn` numbered `b)`", "b)", "Vùng đặc biệt khó khăn"],
    ["`Địa bàn khó khăn` without STT", null, "Địa bàn khó khăn"],
    // No word names a group: unnumbered and blank, over communes numbered `1`, `2` that hold the figures.
    ["`Ven sông Đà` without STT", null, "Ven sông Đà"],
    ["`Trong đê` without STT", null, "Trong đê"],
  ])("%s, inside a district over its numbered communes", (_name, stt, label) => {
    const result = checkShape({ edit: (rows) => (rows.splice(4, 0, [stt, label, null, null, null]), rows.splice(2, 0, [stt, label, null, null, null])) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "group heading").map((a) => a.label)).toEqual([label, label]);
  });

  test("no STT, a bare blank row over communes of the plan's list holding figures: a heading, the list's communes all read", () => {
    const unnumbered = (cells: CellValue[]) => [null, ...cells.slice(1)];
    const result = checkShape({ row: unnumbered, edit: (rows) => (rows.splice(4, 0, [null, "Trên núi", null, null, null]), rows.splice(2, 0, [null, "Ven sông Đà", null, null, null])) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "group heading").map((a) => a.label)).toEqual(["Ven sông Đà", "Trên núi"]);
  });

  test("no STT, a misspelt district's blank row over its communes stays an area the list lacks: told, not taken for a heading", () => {
    const plan = readPlanJson(
      { indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 }], areas: [{ district: "Bắc Hà", commune: "Bản Phố" }, { district: "Bắc Hà", commune: "Tà Chải" }, { district: "Si Ma Cai", commune: "Sán Chải" }, { district: "Si Ma Cai", commune: "Lùng Thẩn" }] },
      "plan.json",
    );
    const rows: CellValue[][] = [["Đơn vị", "Tổ truyền thông cộng đồng"], ["Tổng cộng", 6], ["Bắc Hà", null], ["Bản Phố", 2], ["Tà Chải", 1], ["Si Ma Kai", null], ["Sán Chải", 1], ["Lùng Thẩn", 2]];
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "group heading")).toEqual([]);
    expect(result.report.findings.map((f) => `${f.rule}@${f.cell ?? ""}`)).toEqual(["coverage@A6"]);
  });

  test("no STT, a blank commune of the plan's list named bare stays an area", () => {
    const unnumbered = (cells: CellValue[]) => [null, ...cells.slice(1)];
    const commune = (c: string) => (c === "Ba Trại" ? c : `Xã ${c}`);
    const result = checkShape({ row: unnumbered, commune, values: { "Ba Trại": [null, null, null] } });
    expect(treeOf(result)).toEqual(plainTree(undefined, commune));
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "group heading")).toEqual([]);
  });

  test("the rows left out are listed in the sheet's order, whatever left each out", () => {
    const result = checkShape({
      edit: (rows) => {
        rows.splice(3, 0, ["-", "Thôn 1", null, null, 5], ["-", "Thôn 2", null, null, 15]);
        rows.splice(2, 0, [null, "Khu vực I", null, null, null]);
      },
    });
    const at = result.report.reading!.ignored.map((i) => Number(i.at));
    expect(at).toEqual([6, 8, 9]);
    expect(result.report.reading!.ignored.map((i) => i.why)).toEqual(["group heading", "village", "village"]);
  });

  test.each<[string, boolean]>([
    ["the districts' rows blank", true],
    ["the districts' rows holding their figures", false],
  ])("a district written without its prefix, numbering its communes from `1` again, is a district (%s)", (_name, blankDistricts) => {
    const noAreas = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9 })) }, "plan.json");
    const result = checkShape(
      {
        district: (d) => (d === "Mỹ Đức" ? d : `Huyện ${d}`),
        row: (cells, kind) => (kind === "district" ? [null, cells[1], ...(blankDistricts ? [null, null, null] : cells.slice(2))] : cells),
      },
      noAreas,
    );
    expect(treeOf(result).filter((t) => t[1] !== "leaf").map((t) => [t[0], t[2]])).toEqual([
      ["Tổng cộng", null],
      ["Huyện Ba Vì", "Tổng cộng"],
      ["Mỹ Đức", "Tổng cộng"],
      ["Huyện Thạch Thất", "Tổng cộng"],
    ]);
    expect(findingsOf(result)).toEqual([]);
  });

  test("zones named by no word inside a district holding its figures, each numbering its communes from `1`: headings", () => {
    const result = checkShape({
      edit: (rows) => {
        rows[4][0] = 1; // Tản Lĩnh, first of the second zone
        rows.splice(4, 0, [null, "Trên núi", null, null, null]);
        rows.splice(2, 0, [null, "Ven sông Đà", null, null, null]);
      },
    });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "group heading").map((a) => a.label)).toEqual(["Ven sông Đà", "Trên núi"]);
  });

  test("a planted mistake under such a heading is told as without it, and nothing else", () => {
    const result = checkShape({ edit: (rows) => (rows.splice(2, 0, [null, "Ven sông Đà", null, null, null]), (rows[3][4] = 25)) });
    // Khánh Thượng's money typed 25 for 20: Ba Vì's subtotal and the grand total's ceiling name each other.
    expect(findingsOf(result)).toEqual(["subtotal@E5"]);
  });

  test.each<[string, CellValue]>([
    ["numbered like the communes", 4],
    ["last in its district, before the next one", null],
  ])("a bare blank row %s stays an area (a commune allocated nothing)", (_name, stt) => {
    const at = stt === null ? 5 : 4;
    const result = checkShape({ edit: (rows) => rows.splice(at, 0, [stt, "Minh Quang", null, null, null]) });
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "group heading")).toEqual([]);
    expect(treeOf(result).find((t) => t[0] === "Minh Quang")).toEqual(["Minh Quang", "leaf", "Huyện Ba Vì"]);
  });

  test.each<[string, CellValue, string, string]>([
    ["`Khu vực I` / `Khu vực III` without STT", null, "Khu vực I", "Khu vực III"],
    ["`Các xã khu vực I` / `Các xã khu vực III` numbered `a`, `b`", "a", "Các xã khu vực I", "Các xã khu vực III"],
    ["`Xã khu vực I` / `Xã khu vực III`", null, "Xã khu vực I", "Xã khu vực III"],
  ])("%s with figures of their own inside a district: zones of it, each over its communes", (_name, stt, first, second) => {
    // Ba Vì's communes: Khánh Thượng in the first zone; Ba Trại and Tản Lĩnh in the second.
    const zones = (rows: CellValue[][]) => {
      rows.splice(3, 0, [stt === "a" ? "b" : stt, second, 2, 2, 40]);
      rows.splice(2, 0, [stt, first, 1, 1, 20]);
    };
    const result = checkShape({ edit: zones });
    expect(treeOf(result).slice(0, 7)).toEqual([
      ["Tổng cộng", "total", null],
      ["Huyện Ba Vì", "group", "Tổng cộng"],
      [first, "group", "Huyện Ba Vì"],
      ["Xã Khánh Thượng", "leaf", first],
      [second, "group", "Huyện Ba Vì"],
      ["Xã Ba Trại", "leaf", second],
      ["Xã Tản Lĩnh", "leaf", second],
    ]);
    expect(findingsOf(result)).toEqual([]);
    // A zone's money mistyped: told at it, and at nothing else.
    const wrong = checkShape({ edit: (rows) => (zones(rows), (rows[4][4] = 45)) });
    expect(findingsOf(wrong)).toEqual(["subtotal@E8"]);
  });

  test("groups of communes numbered `I`, `II` with their figures, no district over them: each a group of the total, not a zone of the one before", () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Kinh phí hỗ trợ"],
      [null, "Tổng cộng", 6, 300],
      ["I", "Các xã khu vực III", 4, 200],
      [1, "Xã Bản Phố", 2, 100],
      [2, "Xã Tà Chải", 2, 100],
      ["II", "Các xã khu vực I, II", 2, 100],
      [1, "Xã Sán Chải", 1, 50],
      [2, "Xã Lùng Thẩn", 1, 50],
    ];
    const plan = readPlanJson({ indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 }, { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 300 }] }, "plan.json");
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(treeOf(result).filter((t) => t[1] !== "leaf")).toEqual([
      ["Tổng cộng", "total", null],
      ["Các xã khu vực III", "group", "Tổng cộng"],
      ["Các xã khu vực I, II", "group", "Tổng cộng"],
    ]);
    expect(findingsOf(result)).toEqual([]);
  });

  test("urban neighbourhoods `Khu vực 1`, `Khu vực 2` with figures under a commune stay its villages, no zones nor communes", () => {
    const result = checkShape({ edit: (rows) => rows.splice(3, 0, [null, "Khu vực 1", 1, null, 10], [null, "Khu vực 2", null, 1, 10]) });
    expect(treeOf(result).some((t) => t[0].startsWith("Khu vực"))).toBe(false);
    expect(findingsOf(result)).toEqual([]);
  });

  test.each(["Xã Khắc Niệm", "Xã Vũng Liêm"])("`%s`, a commune whose name opens like a kind of communes, stays a commune", (name) => {
    const commune = (c: string) => (c === "Ba Trại" ? name : `Xã ${c}`);
    const result = checkShape({ commune }, readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9 })) }, "plan.json"));
    expect(treeOf(result)).toEqual(plainTree(undefined, commune));
    expect(findingsOf(result)).toEqual([]);
  });

  test("zones lettered `a`, `b` inside a district, named by no word, each the sum of the communes numbered after it", () => {
    const zones = (rows: CellValue[][]) => {
      rows.splice(3, 0, ["b", "Vùng đồi", 2, 2, 40]);
      rows.splice(2, 0, ["a", "Ven sông Đà", 1, 1, 20]);
    };
    const result = checkShape({ edit: zones });
    expect(treeOf(result).slice(0, 7)).toEqual([
      ["Tổng cộng", "total", null],
      ["Huyện Ba Vì", "group", "Tổng cộng"],
      ["Ven sông Đà", "group", "Huyện Ba Vì"],
      ["Xã Khánh Thượng", "leaf", "Ven sông Đà"],
      ["Vùng đồi", "group", "Huyện Ba Vì"],
      ["Xã Ba Trại", "leaf", "Vùng đồi"],
      ["Xã Tản Lĩnh", "leaf", "Vùng đồi"],
    ]);
    expect(findingsOf(result)).toEqual([]);
    // A commune's money mistyped under the second zone: the zones are still read (the other columns add up), the
    // mistake told at the zone's subtotal and the ceiling.
    const wrong = checkShape({ edit: (rows) => (zones(rows), (rows[5][4] = 25)) });
    expect(treeOf(wrong).slice(0, 7)).toEqual(treeOf(result).slice(0, 7));
    expect(findingsOf(wrong)).toEqual(["subtotal@E8"]);
  });

  test("villages lettered `a`, `b` under a commune stay its villages, even one whose figures equal the commune after it", () => {
    const result = checkShape({ edit: (rows) => rows.splice(3, 0, ["a", "Đồng Sổ", 1, 1, 20]) });
    expect(treeOf(result).find((t) => t[0] === "Đồng Sổ")).toBeUndefined();
    expect(result.table.notes?.ignoredAreas.map((a) => [a.label, a.why])).toEqual([["Đồng Sổ", "village"]]);
  });

  test("with figures of its own, such a row is read as the group of the communes under it", () => {
    const result = checkShape({ edit: (rows) => rows.splice(2, 0, ["a", "Các xã khu vực III", 3, 3, 60]) });
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "group heading")).toEqual([]);
    expect(treeOf(result).some((t) => t[0] === "Các xã khu vực III")).toBe(true);
  });
});

describe("villages under a commune whose own row holds figures that are not their sum: a third level, the commune their subtotal", () => {
  const noAreas = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9 })) }, "plan.json");
  /** Villages under Xã Khánh Thượng (its row: 1 | 1 | 20), each with these figures; the other communes have none. */
  const villagesUnderFirst = (villages: ReadonlyArray<readonly [CellValue, string, number | null, number | null, CellValue]>) => (rows: CellValue[][]) => {
    rows.splice(3, 0, ...villages.map((v): CellValue[] => [...v]));
  };
  test.each<[string, ReadonlyArray<readonly [CellValue, string, number | null, number | null, number | null]>, "areas" | "no areas", readonly string[]]>([
    ["`Thôn 1`, `Thôn 2`, one team too many, the plan's list", [["-", "Thôn 1", 1, 1, 10], ["-", "Thôn 2", 1, null, 10]], "areas", ["subtotal@C6"]],
    ["`Xóm Đông`, `Thôn Trại` without STT, money short, no list", [[null, "Xóm Đông", 1, 1, 10], [null, "Thôn Trại", null, null, 5]], "no areas", ["subtotal@E6"]],
    ["`Tổ dân phố 1`, `Tổ dân phố 2`, every figure off, the plan's list", [["-", "Tổ dân phố 1", 1, 1, 15], ["-", "Tổ dân phố 2", 1, 1, 15]], "areas", ["subtotal@C6", "subtotal@D6", "subtotal@E6"]],
    ["bare names numbered `-` under the commune's `1`, the plan's list", [["-", "Đồng Sổ", 2, 1, 20], ["-", "Đồng Vàng", null, null, null]], "areas", ["subtotal@C6"]],
    ["one village, numbered `1.1`", [["1.1", "Thôn Mới", 1, 1, 25]], "no areas", ["subtotal@E6"]],
  ])("%s", (_name, villages, list, subtotals) => {
    const result = checkShape({ edit: villagesUnderFirst(villages) }, list === "areas" ? PLAN : noAreas);
    const tree = treeOf(result);
    expect(tree.find((t) => t[0] === "Xã Khánh Thượng")).toEqual(["Xã Khánh Thượng", "group", "Huyện Ba Vì"]);
    expect(tree.filter((t) => t[2] === "Xã Khánh Thượng")).toEqual(villages.map((v) => [v[1], "leaf", "Xã Khánh Thượng"]));
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "village")).toEqual([]);
    expect(findingsOf(result).filter((f) => f.startsWith("subtotal"))).toEqual(subtotals);
  });

  test("a row numbered as an item under a commune with all its figures blank breaks nothing down: the commune stays a leaf", () => {
    const result = checkShape({ edit: villagesUnderFirst([["b", "Các xã khu vực I, II", null, null, null]]) });
    expect(treeOf(result).find((t) => t[0] === "Xã Khánh Thượng")).toEqual(["Xã Khánh Thượng", "leaf", "Huyện Ba Vì"]);
    expect(findingsOf(result).filter((f) => f.startsWith("subtotal"))).toEqual([]);
  });

  test("villages that split only the money, the teams and addresses left blank, are a breakdown of it when the money adds up", () => {
    const result = checkShape({ edit: villagesUnderFirst([["-", "Thôn 1", null, null, 5], ["-", "Thôn 2", null, null, 15]]) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
  });

  test("villages that split only the money and do not add up to it stay a breakdown: the commune's teams are not dropped, the money told at its cell", () => {
    // Read as the allocation itself they would leave the commune's teams and addresses out (no village holds them).
    const result = checkShape({ edit: villagesUnderFirst([["-", "Thôn 1", null, null, 5], ["-", "Thôn 2", null, null, 10]]) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual(["subtotal@E6"]);
    expect(result.report.findings[0].message.vi).toContain("các thôn, bản liệt kê dưới Xã Khánh Thượng cộng lại 15");
  });

  test("a commune's money mistyped, its district's subtotal what its villages add up to: one finding, at the commune", () => {
    const result = checkShape({
      edit: (rows) => {
        villagesUnderFirst([["-", "Thôn 1", null, null, 5], ["-", "Thôn 2", null, null, 10]])(rows);
        // Ba Vì and the grand total typed as the villages make them (15 for Khánh Thượng, not its 20).
        rows[1][4] = 55;
        rows[0][4] = 175;
      },
    });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual(["subtotal@E6"]);
  });

  test.each<[string, CellValue]>([
    ["a village's money typed as an error", { error: "#REF!" }],
    ["a village's money typed as words", "mười"],
  ])("%s: the villages' sum is unknown, nothing told of it", (_name, bad) => {
    const result = checkShape({ edit: villagesUnderFirst([["-", "Thôn 1", null, null, 5], ["-", "Thôn 2", null, null, bad]]) });
    expect(findingsOf(result).filter((f) => f === "subtotal@E6")).toEqual([]);
  });

  test("villages whose figures are the commune's are still a breakdown of it, left out and said", () => {
    const result = checkShape({ edit: villagesUnderFirst([["-", "Thôn 1", 1, null, 5], ["-", "Thôn 2", null, 1, 15]]) });
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.table.notes?.ignoredAreas.filter((a) => a.why === "village").map((a) => a.label)).toEqual(["Thôn 1", "Thôn 2"]);
  });
});

describe("villages (thôn, tổ dân phố) under their commune, whose own row is blank: a third level", () => {
  const noAreas = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9 })) }, "plan.json");
  /** Each commune's figures moved onto its villages (the first gets them, the others blank), its own row left blank. */
  const villagesHold = (names: readonly string[], stt: (k: number, j: number) => CellValue) => (rows: CellValue[][]) => {
    for (let i = rows.length - 1; i >= 0; i--) {
      const j = rows[i][0];
      if (typeof j !== "number") continue;
      const figures = rows[i].slice(2);
      rows[i] = [j, rows[i][1], null, null, null];
      rows.splice(i + 1, 0, ...names.map((n, k): CellValue[] => [stt(k, j), n, ...(k === 0 ? figures : [null, null, null])]));
    }
  };
  const villageTree = (names: readonly string[]) =>
    plainTree().flatMap((t): [string, string, string | null][] => (t[1] === "leaf" ? [[t[0], "heading", t[2]], ...names.map((n): [string, string, string | null] => [n, "leaf", t[0]])] : [t]));
  test.each<[string, readonly string[], (k: number, j: number) => CellValue, "areas" | "no areas"]>([
    ["`Thôn 1`, `Thôn 2` with `-` (the commune's `1` over them), the plan's list", ["Thôn 1", "Thôn 2"], () => "-", "areas"],
    ["`Thôn 1`, `Thôn 2` with `-`, no list: the commune's prefix, not its STT, gives its level", ["Thôn 1", "Thôn 2"], () => "-", "no areas"],
    ["`Thôn Đông`, `Xóm Trại` numbered `1.1`, `1.2`", ["Thôn Đông", "Xóm Trại"], (k, j) => `${j}.${k + 1}`, "no areas"],
    ["`Tổ dân phố 1`, `Tổ dân phố 2` without STT, the plan's list", ["Tổ dân phố 1", "Tổ dân phố 2"], () => null, "areas"],
    ["one village each", ["Thôn Mới"], () => null, "no areas"],
    ["bare names `Đồng Sổ`, `Đồng Vàng` numbered `-` under the commune's `1`", ["Đồng Sổ", "Đồng Vàng"], () => "-", "no areas"],
    ["bare names numbered `1.1`, `1.2`, the plan's list", ["Đồng Sổ", "Đồng Vàng"], (k, j) => `${j}.${k + 1}`, "areas"],
    ["bare names numbered `a`, `b`", ["Đồng Sổ", "Đồng Vàng"], (k) => "ab"[k], "no areas"],
    ["`Bản Mới`, `Bản Cũ` without STT, no list", ["Bản Mới", "Bản Cũ"], () => null, "no areas"],
    ["bare names without STT under every commune, no list", ["Đồng Sổ", "Đồng Vàng"], () => null, "no areas"],
    ["bare names without STT under every commune, the plan's list", ["Đồng Sổ", "Đồng Vàng"], () => null, "areas"],
  ])("%s", (_name, names, stt, list) => {
    const result = checkShape({ edit: villagesHold(names, stt) }, list === "areas" ? PLAN : noAreas);
    expect(treeOf(result)).toEqual(villageTree(names));
    expect(findingsOf(result)).toEqual([]);
    expect(result.report.reading?.confidence?.level).toBe("high");
  });

  test("bare district names with blank figures, no STT, no list: headings over the communes that head their villages", () => {
    const edit = (rows: CellValue[][]) => {
      villagesHold(["Thôn 1", "Thôn 2"], () => null)(rows);
      for (const r of rows) {
        if (typeof r[0] === "number") r[0] = null;
        else if (typeof r[0] === "string") r.splice(0, 5, null, r[1], null, null, null);
      }
    };
    const result = checkShape({ district: (d) => d, edit }, noAreas);
    const expected = villageTree(["Thôn 1", "Thôn 2"]).map((t): [string, string, string | null] => {
      const bare = (name: string | null) => (name !== null && name.startsWith("Huyện ") ? name.slice(6) : name);
      return [bare(t[0])!, t[1] === "group" ? "heading" : t[1], bare(t[2])];
    });
    expect(treeOf(result)).toEqual(expected);
    expect(findingsOf(result)).toEqual([]);
  });

  test.each<[string, string]>([
    ["`Cộng xã`", "Cộng xã"],
    ["`Tổng số xã`", "Tổng số xã"],
    ["a bare `Cộng` (the district's own row holds its figures)", "Cộng"],
  ])("%s after each commune's villages holds the commune's figures", (_name, label) => {
    /** Villages hold the figures, and a subtotal row closes each commune with the commune's figures. */
    const edit = (rows: CellValue[][]) => {
      villagesHold(["Thôn 1", "Thôn 2"], () => null)(rows);
      for (let i = rows.length - 1; i >= 0; i--) {
        if (rows[i][1] !== "Thôn 2") continue;
        rows.splice(i + 1, 0, [null, label, ...rows[i - 1].slice(2)]);
      }
    };
    const result = checkShape({ edit });
    const communes = treeOf(result).filter((t) => t[0].startsWith("Xã "));
    expect(communes.every((t) => t[1] === "group" && t[2]!.startsWith("Huyện "))).toBe(true);
    expect(treeOf(result).filter((t) => t[1] === "leaf").every((t) => t[0].startsWith("Thôn ") && t[2]!.startsWith("Xã "))).toBe(true);
    expect(findingsOf(result)).toEqual([]);
    // A village given one more team than its commune's subtotal says: told once, at the subtotal.
    const wrong = checkShape({ edit: (rows) => (edit(rows), (rows[4][2] = 1)) });
    expect(findingsOf(wrong).filter((f) => f.startsWith("subtotal"))).toEqual(["subtotal@C9"]);
  });

  test("a district's subtotal mistyped over its communes' villages is told once, at it", () => {
    const result = checkShape({ edit: (rows) => (villagesHold(["Thôn 1", "Thôn 2"], () => "-")(rows), (rows[1][2] = 4)) });
    expect(findingsOf(result)).toEqual(["subtotal@C5"]);
  });

  test("a per-commune quota is checked on each commune, its villages added up, at the commune's cell", () => {
    const quota = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9, ...(l.code === "1" ? { quota: 1 } : {}) })) }, "plan.json");
    expect(findingsOf(checkShape({ edit: villagesHold(["Thôn 1", "Thôn 2"], () => "-") }, quota))).toEqual([]);
    // Xã Khánh Thượng's second village given a team as well: two for the commune.
    const over = checkShape({ edit: (rows) => (villagesHold(["Thôn 1", "Thôn 2"], () => "-")(rows), (rows[4][2] = 1)) }, quota);
    expect(treeOf(over)[4]).toEqual(["Thôn 2", "leaf", "Xã Khánh Thượng"]);
    expect(findingsOf(over).filter((f) => f.startsWith("quota"))).toEqual(["quota@C6"]);
  });

  test("a commune heading its villages written twice in one district is a duplicate, at its second label", () => {
    const result = checkShape({
      edit: (rows) => {
        villagesHold(["Thôn 1", "Thôn 2"], () => "-")(rows);
        // Xã Ba Trại's row renamed Xã Khánh Thượng: the commune twice under Huyện Ba Vì.
        rows[5][1] = "Xã Khánh Thượng";
      },
    });
    expect(findingsOf(result).filter((f) => f.startsWith("duplicate"))).toEqual(["duplicate@B9"]);
  });

  test("the same village twice in one commune is a duplicate; in two communes it is not", () => {
    const result = checkShape({ edit: villagesHold(["Thôn 1", "Thôn 1"], () => "-") });
    expect(findingsOf(result).every((f) => f.startsWith("duplicate@B"))).toBe(true);
    expect(findingsOf(result).length).toBe(9);
  });
});

describe("districts' names in the `STT` column, merged down their communes' rows", () => {
  const noAreas = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN.lines.map((l) => ({ code: l.code, name: l.name, unit: l.unit, target: l.code === "3" ? 180 : 9 })) }, "plan.json");
  const sheetOf = (district: (d: string) => string, plan: typeof PLAN) => {
    const rows: CellValue[][] = [["BIỂU PHÂN BỔ"], ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"], ["Tổng cộng", null, 9, 9, 180]];
    const merges: string[] = [];
    for (const [d, cs] of DISTRICTS) {
      const start = rows.length + 1;
      cs.forEach((c, j) => rows.push([j === 0 ? district(d) : null, `Xã ${c}`, 1, 1, 20]));
      merges.push(`A${start}:A${start + cs.length - 1}`);
    }
    return checkWorkbook(workbook(sheet("Phân bổ", rows, { merges })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
  };
  test.each<[string, (d: string) => string, typeof PLAN]>([
    ["with their prefix", (d) => `Huyện ${d}`, PLAN],
    ["with their prefix, no plan area list", (d) => `Huyện ${d}`, noAreas],
    ["bare, named in the plan's list", (d) => d, PLAN],
  ])("%s: the district column", (_name, district, plan) => {
    const tree = treeOf(sheetOf(district, plan));
    expect(tree.filter((t) => t[1] === "heading").map((t) => t[0])).toEqual(DISTRICTS.map(([d]) => district(d)));
    expect(tree.filter((t) => t[1] === "leaf").every((t) => t[2] !== "Tổng cộng")).toBe(true);
  });
});

describe("the first area's name blank in a table with no total row", () => {
  test.each<[string, CellValue[]]>([
    ["its STT and figures", [1, null, 3, 2, 40]],
    ["its STT typed as text", ["1", null, 3, 2, 40]],
  ])("%s: a row of the table, not a column-code row", (_name, first) => {
    const rows: CellValue[][] = [
      ["BIỂU PHÂN BỔ"],
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"],
      first,
      [2, "Xã Tản Lĩnh", 1, 1, 20],
      [3, "Xã Đông Xuân", 1, 1, 20],
    ];
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    expect(result.table.headerTop).toBe(1);
    expect(result.report.reading?.headerRows).toEqual([2]);
    expect(result.report.reading?.lines.map((line) => line.how)).toEqual(["name", "name", "name"]);
    expect(result.report.reading?.ignored).toContainEqual(expect.objectContaining({ at: "3", why: "no name" }));
    expect(result.report.reading?.confidence?.level).toBe("low");
  });

  test("a column-code row over an area numbered 1 stays a code row", () => {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"],
      ["A", "B", 1, 2, 3],
      [1, "Xã Ba Trại", 1, 1, 20],
      [2, "Xã Tản Lĩnh", 1, 1, 20],
    ];
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
    expect(result.table.areas.map((area) => area.label)).toEqual(["Xã Ba Trại", "Xã Tản Lĩnh"]);
    expect(result.report.reading?.ignored).toEqual([]);
  });
});

describe("hidden columns that name no plan line: the author's helpers, left out and said", () => {
  const withHelper = (header: string | null, value: (kind: string, i: number) => CellValue): ShapeOptions => ({
    header: ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)", header],
    row: (cells, kind) => [...cells, value(kind, cells.length)],
  });
  const check = (options: ShapeOptions, hidden: readonly number[]) =>
    checkWorkbook(workbook({ ...shapeSheet(options), hiddenColumns: hidden }), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  test.each<[string, ShapeOptions]>([
    ["a rate `Hệ số`", withHelper("Hệ số", (kind) => (kind === "commune" ? 1.2 : null))],
    ["no header, a copy of the figures that does not add up", withHelper(null, () => 999)],
    ["`Cột phụ`, text and numbers", withHelper("Cột phụ", (kind) => (kind === "district" ? "x" : 3))],
  ])("%s", (_name, options) => {
    const result = check(options, [5]);
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.report.reading?.ignored.map((i) => [i.at, i.why])).toEqual([["F", "hidden, no plan line"]]);
  });

  test("a hidden column of a plan line is still read, and said hidden", () => {
    const result = check({}, [3]);
    expect(result.report.reading?.lines.map((l) => l.at)).toEqual(["C", "D", "E"]);
    expect(findingsOf(result)).toEqual(["hidden@D3"]);
  });

  // An older copy of a plan line's column, hidden beside (before or after) the shown one under the same header: the shown one is read.
  test.each<[string, number, "before" | "after"]>([
    ["a count line, the copy before it", 2, "before"],
    ["a count line, the copy after it", 2, "after"],
    ["the money line, the copy before it", 4, "before"],
  ])("a hidden older copy of %s yields to the shown column", (_name, col, side) => {
    const header = ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", "Kinh phí hỗ trợ (triệu đồng)"];
    const at = side === "before" ? col : col + 1;
    const insert = <T,>(cells: T[], value: T) => [...cells.slice(0, at), value, ...cells.slice(at)];
    // The old figures: one more on each row, so reading them would break every total and the ceiling.
    const options: ShapeOptions = { header: insert<CellValue>(header, header[col]), row: (cells) => insert(cells, typeof cells[col] === "number" ? cells[col] + 1 : cells[col]) };
    const result = check(options, [at]);
    const letters = "ABCDEFG";
    const shown = side === "before" ? col + 1 : col;
    expect(result.report.reading?.lines.map((l) => l.at)).toEqual([2, 3, 4].map((c) => letters[c >= at ? c + 1 : c]).map((l, k) => ([2, 3, 4][k] === col ? letters[shown] : l)));
    expect(treeOf(result)).toEqual(plainTree());
    expect(findingsOf(result)).toEqual([]);
    expect(result.report.reading?.ignored.map((i) => [i.at, i.why])).toEqual([[letters[at], "hidden, no plan line"]]);
    expect(result.report.reading?.confidence?.level).toBe("high");
  });

  test("a visible column that names no plan line is still told", () => {
    const result = check(withHelper("Hệ số", (kind) => (kind === "commune" ? 1.2 : null)), []);
    expect(findingsOf(result)).toContain("unmapped@F3");
  });
});

describe("a hidden row of an area the plan lacks, no figures on it", () => {
  const withRow = (label: string, figures: CellValue[]): ShapeOptions => ({ edit: (rows) => rows.splice(3, 0, [4, label, ...figures]) });
  const check = (options: ShapeOptions, hidden: readonly number[]) =>
    checkWorkbook(workbook({ ...shapeSheet(options), hiddenRows: hidden }), { workbookName: "t.xlsx", plan: PLAN, sheet: "Phân bổ" });
  test.each<[string, ShapeOptions, readonly number[], string[], [string, string][]]>([
    ["hidden, blank, not in the plan: left out, said", withRow("Xã Vật Lại", [null, null, null]), [6], [], [["7", "hidden, no figures"]]],
    ["shown, blank, not in the plan: still told", withRow("Xã Vật Lại", [null, null, null]), [], ["coverage@B7"], []],
    // Told once, at its label: the coverage finding says the row is hidden.
    ["hidden with figures: still read and told", withRow("Xã Vật Lại", [1, 1, 20]), [6], ["coverage@B7"], []],
  ])("%s", (_name, options, hidden, findings, ignored) => {
    const result = check(options, hidden);
    expect(findingsOf(result).filter((f) => !f.startsWith("subtotal") && !f.startsWith("ceiling"))).toEqual(findings);
    expect(result.report.reading?.ignored.map((i) => [i.at, i.why])).toEqual(ignored);
  });
});

describe("money columns whose header declares the unit as a multiplier", () => {
  test.each<[string, number]>([
    ["Kinh phí hỗ trợ (ĐVT: 1.000 đồng)", 1000],
    ["Kinh phí hỗ trợ\n(Đơn vị: 1.000đ)", 1000],
    ["Kinh phí hỗ trợ (Đơn vị tính: 1.000.000 đồng)", 1],
  ])("%s", (money, factor) => {
    const result = checkShape({
      header: ["STT", "Địa bàn", "Tổ truyền thông cộng đồng (tổ)", "Địa chỉ tin cậy tại cộng đồng (địa chỉ)", money],
      row: (cells) => [...cells.slice(0, 4), typeof cells[4] === "number" ? cells[4] * factor : cells[4]],
    });
    expect(result.report.reading?.lines.map((l) => [l.code, l.at])).toEqual([["1", "C"], ["2", "D"], ["3", "E"]]);
    expect(findingsOf(result)).toEqual([]);
  });
});

describe("a commune column and a village column (Xã | Thôn), the commune merged down over its villages", () => {
  test("a per-commune quota is checked on each commune, its villages added up", () => {
    const plan = readPlanJson({ title: "Kế hoạch thử", indicators: [{ code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 3, quota: 1 }] }, "plan.json");
    const rows: CellValue[][] = [
      ["STT", "Xã", "Thôn", "Tổ truyền thông cộng đồng"],
      [null, "Tổng cộng", null, 3],
      [1, "Xã Khánh Thượng", "Thôn 1", 1],
      [null, null, "Thôn 2", null],
      [2, "Xã Ba Trại", "Thôn 1", 1],
      [3, "Xã Tản Lĩnh", "Thôn 5", null],
      [null, null, "Thôn 6", 1],
    ];
    const result = checkWorkbook(workbook(sheet("Phân bổ", rows, { merges: ["A3:A4", "B3:B4", "A6:A7", "B6:B7"] })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(treeOf(result).filter((t) => t[1] === "heading").map((t) => t[0])).toEqual(["Xã Khánh Thượng", "Xã Ba Trại", "Xã Tản Lĩnh"]);
    expect(findingsOf(result)).toEqual([]);
    rows[3][3] = 1;
    const over = checkWorkbook(workbook(sheet("Phân bổ", rows, { merges: ["A3:A4", "B3:B4", "A6:A7", "B6:B7"] })), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" });
    expect(findingsOf(over).filter((f) => f.startsWith("quota"))).toEqual(["quota@D3"]);
  });
});
