import type { PlanArea } from "../../../src/core/model/plan";
import { coverageRule } from "../../../src/core/rules/coverage";
import type { CellValue } from "../../../src/core/model/workbook";
import { checkWorkbook } from "../../../src/core/check";
import { readPlanJson } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";
import { brief, context, plan, planLine, SHEET, table, type RowSpec } from "./fixtures";

const TEAMS = [{ header: "Tổ", planCode: "1" }];
const rows: RowSpec[] = [
  { label: "Tổng cộng", kind: "total", parent: null, values: [3] },
  { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [2] },
  { label: "Xã Ba Trại", kind: "leaf", parent: 1, values: [1] },
  { label: "xa Ba Vi", kind: "leaf", parent: 1, values: [1] },
  { label: "Huyện Quốc Oai", kind: "group", parent: 0, values: [1] },
  { label: "Xã Đông Yên", kind: "leaf", parent: 4, values: [1] },
];
const lines = [planLine("1", "Tổ", "tổ", 3)];

describe("coverage", () => {
  test.each<[string, PlanArea[], unknown[][]]>([
    ["no plan areas: nothing to check", [], []],
    ["the plan's communes, spelt otherwise", [
      { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Xã Đông Yên" },
    ], []],
    ["a plan commune missing and a table commune not in the plan", [
      { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Sài Sơn" },
    ], [
      ["coverage", "warning", SHEET, null, null, "Sài Sơn", null, null],
      ["coverage", "warning", SHEET, "A7", null, "Xã Đông Yên", null, null],
    ]],
    ["a plan of districts covers their communes", [{ district: "Ba Vì" }, { district: "Quốc Oai" }], []],
    ["a district missing", [{ district: "Ba Vì" }, { district: "Thạch Thất" }], [
      ["coverage", "warning", SHEET, null, null, "Thạch Thất", null, null],
      ["coverage", "warning", SHEET, "A7", null, "Xã Đông Yên", null, null],
    ]],
    ["every commune of a plan district missing: one finding for the district", [
      { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Đông Yên" },
      { district: "Thạch Thất", commune: "Bình Yên" }, { district: "Thạch Thất", commune: "Tiến Xuân" },
    ], [["coverage", "warning", SHEET, null, null, "Thạch Thất", null, null]]],
    ["a commune named after its district (Xã Ba Vì in Huyện Ba Vì) missing: the district's row does not stand for it", [
      { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Đông Yên" },
      { district: "Quốc Oai", commune: "Quốc Oai" },
    ], [["coverage", "warning", SHEET, null, null, "Quốc Oai", null, null]]],
    ["some communes of a district missing: one finding each", [
      { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Ba Vì", commune: "Vân Hòa" },
      { district: "Ba Vì", commune: "Minh Quang" }, { district: "Quốc Oai", commune: "Đông Yên" },
    ], [
      ["coverage", "warning", SHEET, null, null, "Vân Hòa", null, null],
      ["coverage", "warning", SHEET, null, null, "Minh Quang", null, null],
    ]],
  ])("%s", (_name, areas, expected) => {
    expect(coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, rows))).map(brief)).toEqual(expected);
  });

  test.each<[string, PlanArea[], unknown[][]]>([
    ["a plan commune copied under another district of the plan: the copy is not among the plan's areas", [
      { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Đông Yên" },
    ], [["coverage", "warning", SHEET, "A8", null, "Xã Ba Trại", null, null]]],
    ["a commune of that name in both districts of the plan: no copy", [
      { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Đông Yên" },
      { district: "Quốc Oai", commune: "Ba Trại" },
    ], []],
  ])("%s", (_name, areas, expected) => {
    const copied: RowSpec[] = [...rows, { label: "Xã Ba Trại", kind: "leaf", parent: 4, values: [1] }];
    const found = coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, copied)));
    expect(found.map(brief)).toEqual(expected);
    if (expected.length > 0) expect(found[0].message.vi).toContain("nằm dưới Huyện Quốc Oai, nhưng kế hoạch xếp nó vào Ba Vì, nơi biểu đã có nó (ô A4)");
  });

  describe("another district's commune named in a district that misses one of its own: a name typed over it", () => {
    const areas: PlanArea[] = [
      { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Đông Yên" },
      { district: "Quốc Oai", commune: "Sài Sơn" },
    ];
    test.each<[string, number, unknown[][], string]>([
      ["its own figures: one finding at the copy, naming the missing commune", 3, [["coverage", "warning", SHEET, "A8", null, "Xã Ba Trại", null, null]], 'có lẽ dòng này là của "Sài Sơn", tên bị gõ nhầm'],
      ["the first row's figures (copied whole): the copy and the missing commune, each told", 1, [
        ["coverage", "warning", SHEET, null, null, "Sài Sơn", null, null],
        ["coverage", "warning", SHEET, "A8", null, "Xã Ba Trại", null, null],
      ], "nơi biểu đã có nó (ô A4): dòng này không có trong danh sách địa bàn của kế hoạch."],
    ])("%s", (_name, value, expected, message) => {
      const typedOver: RowSpec[] = [...rows, { label: "Xã Ba Trại", kind: "leaf", parent: 4, values: [value] }];
      const found = coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, typedOver)));
      expect(found.map(brief)).toEqual(expected);
      expect(found[found.length - 1].message.vi).toContain(message);
    });
  });

  describe("districts as headings over their communes (their figures left blank), as with subtotal rows", () => {
    /** The district rows blank: headings, not groups. */
    const headed: RowSpec[] = rows.map((row) => (row.kind === "group" ? { ...row, kind: "heading", values: [null] } : row));
    test.each<[string, PlanArea[], number, unknown[][], string]>([
      ["a plan commune copied under another district: told at the copy", [
        { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Đông Yên" },
      ], 1, [["coverage", "warning", SHEET, "A8", null, "Xã Ba Trại", null, null]], "nằm dưới Huyện Quốc Oai, nhưng kế hoạch xếp nó vào Ba Vì, nơi biểu đã có nó (ô A4)"],
      ["another district's commune typed over a missing one: one finding, naming it", [
        { district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Đông Yên" },
        { district: "Quốc Oai", commune: "Sài Sơn" },
      ], 3, [["coverage", "warning", SHEET, "A8", null, "Xã Ba Trại", null, null]], 'có lẽ dòng này là của "Sài Sơn", tên bị gõ nhầm'],
    ])("%s", (_name, areas, value, expected, message) => {
      const copied: RowSpec[] = [...headed, { label: "Xã Ba Trại", kind: "leaf", parent: 4, values: [value] }];
      const found = coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, copied)));
      expect(found.map(brief)).toEqual(expected);
      expect(found[0].message.vi).toContain(message);
    });
  });

  test("a name that begins like a prefix once folded (`Xà Hồ`) still meets `Xã Xà Hồ`, both ways", () => {
    const own: RowSpec[] = [
      { label: "Huyện Trạm Tấu", kind: "group", parent: null, values: [2] },
      { label: "Xã Xà Hồ", kind: "leaf", parent: 0, values: [1] },
      { label: "Xà Hồ", kind: "leaf", parent: 0, values: [1] },
    ];
    const areas = [{ district: "Trạm Tấu", commune: "Xà Hồ" }, { district: "Trạm Tấu", commune: "Xã Xà Hồ" }];
    expect(coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, own)))).toEqual([]);
  });

  test("a district allocated as a leaf covers the plan's communes in it", () => {
    const districts: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [3] },
      { label: "Huyện Ba Vì", kind: "leaf", parent: 0, values: [2] },
      { label: "Huyện Quốc Oai", kind: "leaf", parent: 0, values: [1] },
    ];
    const areas = [{ district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Thạch Thất", commune: "Yên Bình" }];
    expect(coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, districts))).map(brief)).toEqual([
      ["coverage", "warning", SHEET, null, null, "Yên Bình", null, null],
      ["coverage", "warning", SHEET, "A4", null, "Huyện Quốc Oai", null, null],
    ]);
  });

  test("a commune named like its district (Xã Ba Vì in Huyện Ba Vì) does not stand for the district", () => {
    const areas = [{ district: "Ba Vì", commune: "Ba Vì" }, { district: "Ba Vì", commune: "Yên Bài" }, { district: "Ba Vì", commune: "Ba Trại" }];
    const own: RowSpec[] = [
      { label: "Huyện Ba Vì", kind: "group", parent: null, values: [3] },
      { label: "Xã Ba Vì", kind: "leaf", parent: 0, values: [1] },
      { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [1] },
      { label: "Xã Quốc Oai", kind: "leaf", parent: 0, values: [1] },
    ];
    expect(coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, own))).map(brief)).toEqual([
      ["coverage", "warning", SHEET, null, null, "Yên Bài", null, null],
      ["coverage", "warning", SHEET, "A5", null, "Xã Quốc Oai", null, null],
    ]);
    // An entry of a one-level list may be of any level: `Quốc Oai` alone meets `Xã Quốc Oai`.
    const withEntry = [...areas, { district: "Quốc Oai" }];
    expect(coverageRule.evaluate(context(plan(lines, withEntry), table(TEAMS, own))).map(brief)).toEqual([
      ["coverage", "warning", SHEET, null, null, "Yên Bài", null, null],
    ]);
  });

  test("a one-level list of communes (`Địa bàn` column) meets prefixed commune labels", () => {
    const own: RowSpec[] = [
      { label: "Tổng số", kind: "total", parent: null, values: [2] },
      { label: "Xã Chiềng Sơn", kind: "leaf", parent: 0, values: [1] },
      { label: "Phiêng Cằm", kind: "leaf", parent: 0, values: [1] },
    ];
    const areas = [{ district: "Chiềng Sơn" }, { district: "Phiêng Cằm" }, { district: "Lóng Sập" }];
    expect(coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, own))).map(brief)).toEqual([
      ["coverage", "warning", SHEET, null, null, "Lóng Sập", null, null],
    ]);
  });

  test("messages", () => {
    const findings = coverageRule.evaluate(
      context(plan(lines, [{ district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Sài Sơn" }]), table(TEAMS, rows)),
    );
    expect(findings.map((f) => f.message.vi)).toEqual([
      'Địa bàn "Sài Sơn" (Quốc Oai) của kế hoạch không có dòng nào trong biểu phân bổ.',
      'Địa bàn "Xã Đông Yên" không có trong danh sách địa bàn của kế hoạch.',
    ]);
    const district = coverageRule.evaluate(
      context(plan(lines, [{ district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Ba Vì" }, { district: "Quốc Oai", commune: "Đông Yên" },
        { district: "Thạch Thất", commune: "Bình Yên" }, { district: "Thạch Thất", commune: "Tiến Xuân" }]), table(TEAMS, rows)),
    );
    expect(district.map((f) => [f.message.vi, f.message.en])).toEqual([[
      'Địa bàn "Thạch Thất" của kế hoạch (2 xã: Bình Yên, Tiến Xuân) không có dòng nào trong biểu phân bổ.',
      'Area "Thạch Thất" of the plan (2 communes: Bình Yên, Tiến Xuân) has no row in the allocation table.',
    ]]);
  });
});

describe("a reserve kept back", () => {
  test.each(["Dự phòng", "Kinh phí dự phòng", "III. Dự phòng", "Dự phòng chung"])("`%s` is counted but no area the plan lacks", (label) => {
    const own: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [3] },
      { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [2] },
      { label, kind: "leaf", parent: 0, values: [1] },
    ];
    expect(coverageRule.evaluate(context(plan(lines, [{ district: "Ba Vì", commune: "Ba Trại" }]), table(TEAMS, own))).map(brief)).toEqual([]);
  });

  test("a place named like one (`Xã Dự Phòng`) is still told", () => {
    const own: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [3] },
      { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [2] },
      { label: "Xã Dự Phòng", kind: "leaf", parent: 0, values: [1] },
    ];
    expect(coverageRule.evaluate(context(plan(lines, [{ district: "Ba Vì", commune: "Ba Trại" }]), table(TEAMS, own))).map((f) => f.area)).toEqual(["Xã Dự Phòng"]);
  });
});

describe("the province's own share", () => {
  const withLeaf = (label: string): RowSpec[] => [
    { label: "Tổng cộng", kind: "total", parent: null, values: [3] },
    { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [2] },
    { label, kind: "leaf", parent: 0, values: [1] },
  ];
  test.each(["Cấp tỉnh", "I. Cấp tỉnh", "Hội LHPN tỉnh", "Ban Dân tộc tỉnh", "Sở Lao động - Thương binh và Xã hội", "2. Sở Y tế", "SỞ TÀI CHÍNH", "Trung tâm Công tác xã hội tỉnh", "UBND thành phố", "Tỉnh đoàn", "Cấp tỉnh (Hội LHPN tỉnh)", "Hội LHPN tỉnh (cơ quan thường trực)", "A. Cấp tỉnh [Sở Y tế]"])(
    "`%s` is counted but no area the plan lacks",
    (label) => {
      expect(coverageRule.evaluate(context(plan(lines, [{ district: "Ba Vì", commune: "Ba Trại" }]), table(TEAMS, withLeaf(label)))).map(brief)).toEqual([]);
    },
  );

  test.each(["Hội LHPN xã Tân Tỉnh", "Xã Tân Tỉnh", "Hội LHPN huyện Ba Vì tỉnh", "Số liệu chung huyện", "Số hộ còn lại", "Xã Tân Tỉnh (Hội LHPN tỉnh chỉ đạo)"])("a place's body or a place named like one (`%s`) is still told", (label) => {
    expect(coverageRule.evaluate(context(plan(lines, [{ district: "Ba Vì", commune: "Ba Trại" }]), table(TEAMS, withLeaf(label)))).map((f) => f.area)).toEqual([label]);
  });
});

describe("the district's own share beside the communes a plan lists", () => {
  const withLeaf = (label: string): RowSpec[] => [
    { label: "Tổng cộng", kind: "total", parent: null, values: [3] },
    { label: "Xã Ba Trại", kind: "leaf", parent: 0, values: [2] },
    { label, kind: "leaf", parent: 0, values: [1] },
  ];
  const communes: PlanArea[] = [{ district: "Ba Vì", commune: "Ba Trại" }];
  const flat: PlanArea[] = [{ district: "Xã Ba Trại" }];
  test.each([
    "Cấp huyện",
    "I. Cấp huyện",
    "Hội LHPN huyện",
    "UBND huyện",
    "Phòng Lao động - TB&XH huyện Ba Vì",
    "Phòng Lao động - Thương binh và Xã hội huyện",
    "Trung tâm Y tế huyện",
    "Hội Nông dân thị xã",
    "Huyện đoàn",
    "Phòng Văn hóa - Thông tin",
    "2. PHÒNG LĐTBXH",
    "Cấp huyện (Hội LHPN huyện)",
    "Cấp huyện [Phòng LĐTBXH]",
  ])("`%s` is counted but no area the plan lacks", (label) => {
    for (const areas of [communes, flat]) expect(coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, withLeaf(label)))).map(brief)).toEqual([]);
  });

  test.each(["Xã Tiên Phong", "Hội LHPN xã Tân Tỉnh", "Phường Quang Trung", "Tiên Phong", "Xã Hội Hợp", "Phong Điền", "Phường Phòng Khê"])("a commune or a commune's body (`%s`) is still told", (label) => {
    expect(coverageRule.evaluate(context(plan(lines, communes), table(TEAMS, withLeaf(label)))).map((f) => f.area)).toEqual([label]);
  });

  test("a plan of districts: a district's body is still told", () => {
    expect(coverageRule.evaluate(context(plan(lines, [{ district: "Huyện Ba Vì" }]), table(TEAMS, withLeaf("Hội LHPN huyện")))).map((f) => f.area)).toContain("Hội LHPN huyện");
  });

  test.each(["Cấp xã", "II. Các xã", "Các xã, thị trấn"])("`%s` over the communes is a tier heading, not a misspelt district", (label) => {
    const tiers: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [3] },
      { label: "Cấp huyện", kind: "leaf", parent: 0, values: [1] },
      { label, kind: "group", parent: 0, values: [2] },
      { label: "Xã Ba Trại", kind: "leaf", parent: 2, values: [1] },
      { label: "Xã Minh Quang", kind: "leaf", parent: 2, values: [1] },
    ];
    const areas: PlanArea[] = [{ district: "Ba Vì", commune: "Ba Trại" }, { district: "Ba Vì", commune: "Minh Quang" }];
    expect(coverageRule.evaluate(context(plan(lines, areas), table(TEAMS, tiers))).map(brief)).toEqual([]);
  });
});

describe("a plan commune's row under another district than the plan's, and nowhere under its own", () => {
  const PLAN_LINES = [
    { code: "1", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 6 },
    { code: "2", name: "Kinh phí hỗ trợ", unit: "triệu đồng", target: 630 },
  ];
  const AREAS = [["Ba Vì", "Khánh Thượng"], ["Ba Vì", "Minh Quang"], ["Ba Vì", "Ba Trại"], ["Mỹ Đức", "An Phú"], ["Mỹ Đức", "Hùng Tiến"], ["Mỹ Đức", "Phù Lưu"]].map(([district, commune]) => ({ district, commune }));
  /** Xã An Phú (Mỹ Đức's in the plan) written last under Huyện Ba Vì; the districts' subtotals as given. */
  function check(baVi: [number, number], myDuc: [number, number]) {
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổ truyền thông cộng đồng (tổ)", "Kinh phí hỗ trợ (triệu đồng)"],
      [null, "Tổng cộng", 6, 630],
      ["I", "Huyện Ba Vì", ...baVi],
      [1, "Xã Khánh Thượng", 1, 100],
      [2, "Xã Minh Quang", 1, 120],
      [3, "Xã Ba Trại", 1, 80],
      [4, "Xã An Phú", 1, 90],
      ["II", "Huyện Mỹ Đức", ...myDuc],
      [1, "Xã Hùng Tiến", 1, 110],
      [2, "Xã Phù Lưu", 1, 130],
    ];
    const plan = readPlanJson({ title: "Kế hoạch thử", indicators: PLAN_LINES, areas: AREAS }, "plan.json");
    return checkWorkbook(workbook(sheet("Phân bổ", rows)), { workbookName: "t.xlsx", plan, sheet: "Phân bổ" }).report.findings;
  }

  test("subtotals typed as the rows stand: one warning at its label, saying where the plan puts it", () => {
    const findings = check([4, 390], [2, 240]);
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["coverage warning B7"]);
    expect(findings[0].message.vi).toContain("nằm dưới Huyện Ba Vì, nhưng kế hoạch xếp nó vào Mỹ Đức");
  });

  test("subtotals typed where the plan puts it: one error at its label, naming the subtotals that come right with the move", () => {
    const findings = check([3, 300], [3, 330]);
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell}`)).toEqual(["coverage error B7"]);
    for (const cell of ["C3", "D3", "C8", "D8"]) expect(findings[0].message.vi).toContain(`(${cell})`);
    expect(findings[0].message.vi).not.toContain("không thuộc kế hoạch thì bỏ");
  });

  test("a subtotal off by another figure besides: it stays told", () => {
    const findings = check([3, 300], [3, 335]);
    expect(findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(expect.arrayContaining(["coverage B7", "subtotal D8"]));
  });
});
