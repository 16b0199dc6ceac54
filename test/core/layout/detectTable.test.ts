import fc from "fast-check";
import { detectTable } from "../../../src/core/layout";
import type { AllocationTable } from "../../../src/core/model/table";
import { readPlanJson } from "../../../src/core/plan";
import { AREAS_AS_ROWS, AREAS_AS_ROWS_MERGES, PLAN } from "./fixtures";
import { sheet, transposeSheet, withTitle } from "./sheetBuilder";
import { inputError as noTable } from "../../helpers/inputError";
import { areaTree as areasOf } from "../../helpers/allocationFixture";

function linesOf(table: AllocationTable) {
  return table.lines.map((l) => [l.planCode, l.kind ?? null, l.scale, l.isTotal]);
}


describe("areas as rows", () => {
  const table = detectTable(sheet("Phân bổ", AREAS_AS_ROWS, { merges: AREAS_AS_ROWS_MERGES }), PLAN);

  test("orientation and header block under the title and the ĐVT note", () => {
    expect(table.orientation).toBe("areas-as-rows");
    expect(table.sheet).toBe("Phân bổ");
    expect([table.headerTop, table.headerBottom]).toEqual([3, 4]);
  });

  test("lines: merged header folded, units from the header text and the ĐVT note, plan codes", () => {
    expect(table.lines.map((l) => [l.index, l.header, l.unit ?? null, l.headerRow, l.headerCol])).toEqual([
      [2, "Chỉ tiêu / Tổ truyền thông cộng đồng (tổ)", "tổ", 4, 2],
      [3, "Chỉ tiêu / Địa chỉ tin cậy", null, 4, 3],
      [4, "Chỉ tiêu / Tỷ lệ phụ nữ tham gia (%)", "%", 4, 4],
      [5, "Kinh phí hỗ trợ", "triệu đồng", 3, 5],
    ]);
    expect(linesOf(table)).toEqual([
      ["1", "count", 1, false],
      ["2", "count", 1, false],
      ["3", "percent", 1, false],
      ["KP", "money", 1e6, false],
    ]);
  });

  test("areas: total on top, Roman-numeral groups, leaves; trailing signatures end the table", () => {
    expect(areasOf(table)).toEqual([
      ["Tổng cộng", "total", null],
      ["Huyện Ba Vì", "group", "Tổng cộng"],
      ["Xã Ba Trại", "leaf", "Huyện Ba Vì"],
      ["Xã Tản Lĩnh", "leaf", "Huyện Ba Vì"],
      ["Huyện Quốc Oai", "group", "Tổng cộng"],
      ["Xã Phú Mãn", "leaf", "Huyện Quốc Oai"],
    ]);
    expect(table.areas.map((a) => [a.key, a.index, a.labelRow, a.labelCol])).toEqual([
      ["tong cong", 5, 5, 1],
      ["ba vi", 6, 6, 1],
      ["ba trai", 7, 7, 1],
      ["tan linh", 8, 8, 1],
      ["quoc oai", 9, 9, 1],
      ["phu man", 10, 10, 1],
    ]);
    expect(table.areas[0].children).toEqual([1, 4]);
    expect(table.areas[1].children).toEqual([2, 3]);
    expect(table.areas.map((a) => a.district ?? null)).toEqual([null, null, "Huyện Ba Vì", "Huyện Ba Vì", null, "Huyện Quốc Oai"]);
  });

  test("NFD text reads the same", () => {
    const nfd = AREAS_AS_ROWS.map((row) => row.map((v) => (typeof v === "string" ? v.normalize("NFD") : v)));
    const again = detectTable(sheet("Phân bổ", nfd, { merges: AREAS_AS_ROWS_MERGES }), PLAN);
    expect(linesOf(again)).toEqual(linesOf(table));
    expect(again.areas.map((a) => [a.key, a.kind])).toEqual(table.areas.map((a) => [a.key, a.kind]));
  });
});

describe("indicators as rows", () => {
  test("the transpose of an areas-as-rows table gives the same areas and lines, positions swapped", () => {
    // The table part (from the header down) is transposed; the title block stays on top.
    const title = AREAS_AS_ROWS.slice(0, 3);
    const tableRows = AREAS_AS_ROWS.slice(3, 11);
    const tableMerges = ["A1:A2", "B1:B2", "C1:E1", "F1:F2"];
    const rows = detectTable(withTitle(sheet("Phân bổ", tableRows, { merges: tableMerges }), title), PLAN);
    const cols = detectTable(withTitle(transposeSheet(sheet("Phân bổ", tableRows, { merges: tableMerges })), title), PLAN);
    expect(cols.orientation).toBe("indicators-as-rows");
    expect(areasOf(cols)).toEqual(areasOf(rows));
    expect(linesOf(cols)).toEqual(linesOf(rows));
    const shift = (n: number) => n - 3; // rows of the title block
    expect(cols.areas.map((a) => [a.index, shift(a.labelRow), a.labelCol])).toEqual(
      rows.areas.map((a) => [shift(a.index), a.labelCol, shift(a.labelRow)]),
    );
    expect(cols.lines.map((l) => [shift(l.index), shift(l.headerRow), l.headerCol])).toEqual(
      rows.lines.map((l) => [l.index, l.headerCol, shift(l.headerRow)]),
    );
  });

  test("districts merged above communes, a Tổng số column, a ĐVT column, codes in TT, headings I/II", () => {
    const table = detectTable(
      sheet(
        "PB",
        [
          ["BIỂU PHÂN BỔ"],
          [],
          ["TT", "Chỉ tiêu", "ĐVT", "Tổng số", "Huyện Ba Vì", null, null, "Huyện Quốc Oai", null],
          [null, null, null, null, "Cộng", "Ba Trại", "Tản Lĩnh", "Cộng", "Phú Mãn"],
          ["I", "Chỉ tiêu về truyền thông"],
          [1, "Số tổ truyền thông cộng đồng", "tổ", 3, 2, 1, 1, 1, 1],
          [2, "Số địa chỉ tin cậy", "địa chỉ", 2, 1, 1, 0, 1, 1],
          ["II", "Kinh phí"],
          ["KP", "Kinh phí hỗ trợ", "tr.đ", 1000, 700, 300, 400, 300, 300],
          [3, "Số hội viên mới", "người", 10, 5, 2, 3, 5, 5],
        ],
        { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:I3"] },
      ),
      PLAN,
    );
    expect(table.orientation).toBe("indicators-as-rows");
    expect(table.lines.map((l) => [l.index, l.code, l.unit, l.planCode, l.kind, l.scale])).toEqual([
      [5, "1", "tổ", "1", "count", 1],
      [6, "2", "địa chỉ", "2", "count", 1],
      [8, "KP", "tr.đ", "KP", "money", 1e6],
      [9, "3", "người", null, "count", 1],
    ]);
    expect(areasOf(table)).toEqual([
      ["Tổng số", "total", null],
      ["Huyện Ba Vì", "group", "Tổng số"],
      ["Ba Trại", "leaf", "Huyện Ba Vì"],
      ["Tản Lĩnh", "leaf", "Huyện Ba Vì"],
      ["Huyện Quốc Oai", "group", "Tổng số"],
      ["Phú Mãn", "leaf", "Huyện Quốc Oai"],
    ]);
    expect(table.areas.map((a) => [a.index, a.labelRow, a.labelCol])).toEqual([
      [3, 2, 3],
      [4, 2, 4],
      [5, 3, 5],
      [6, 3, 6],
      [7, 2, 7],
      [8, 3, 8],
    ]);
  });

  test("a caption merged over the areas (`Phân bổ cho các xã`) is not an area level", () => {
    const table = detectTable(
      sheet(
        "PB",
        [
          ["Nội dung", "Phân bổ cho các xã"],
          [null, "Ba Trại", "Xã Tản Lĩnh", "Phu Man"],
          ["Tổ truyền thông cộng đồng (tổ)", 1, 1, 1],
          ["Kinh phí hỗ trợ (triệu đồng)", 300, 400, 300],
        ],
        { merges: ["A1:A2", "B1:D1"] },
      ),
      PLAN,
    );
    expect(table.orientation).toBe("indicators-as-rows");
    expect(areasOf(table)).toEqual([
      ["Ba Trại", "leaf", null],
      ["Xã Tản Lĩnh", "leaf", null],
      ["Phu Man", "leaf", null],
    ]);
    expect(linesOf(table)).toEqual([
      ["1", "count", 1, false],
      ["KP", "money", 1e6, false],
    ]);
  });

  test("property: transposing any generated table gives the same areas and lines", () => {
    const names = ["Ba Trại", "Tản Lĩnh", "Phú Mãn", "Cẩm Yên", "Đông Xuân", "Sài Sơn"];
    fc.assert(
      fc.property(
        fc.record({
          communes: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
          totalOnTop: fc.boolean(),
          title: fc.boolean(),
          values: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 30, maxLength: 30 }),
        }),
        ({ communes, totalOnTop, title, values }) => {
          let v = 0;
          const next = () => values[v++ % values.length];
          const rows: (string | number | null)[][] = [];
          rows.push(["STT", "Địa bàn", "Tổ truyền thông (tổ)", "Kinh phí (triệu đồng)"]);
          const body: (string | number | null)[][] = [];
          let k = 0;
          communes.forEach((count, d) => {
            body.push([["I", "II", "III"][d], `Huyện ${["Ba Vì", "Quốc Oai", "Mỹ Đức"][d]}`, next(), next()]);
            for (let c = 0; c < count; c++) body.push([++k, `Xã ${names[(k - 1) % names.length]} ${k}`, next(), next()]);
          });
          const total = [null, "Tổng cộng", next(), next()];
          rows.push(...(totalOnTop ? [total, ...body] : [...body, total]));
          const data = sheet("S", rows);
          const titled = (s: typeof data) => (title ? withTitle(s, [["BIỂU PHÂN BỔ"], ["ĐVT: tổ"], []]) : s);
          const a = detectTable(titled(data), PLAN);
          const b = detectTable(titled(transposeSheet(data)), PLAN);
          expect(a.orientation).toBe("areas-as-rows");
          expect(b.orientation).toBe("indicators-as-rows");
          expect(areasOf(b)).toEqual(areasOf(a));
          expect(b.areas.map((x) => x.children)).toEqual(a.areas.map((x) => x.children));
          expect(linesOf(b)).toEqual(linesOf(a));
          expect(a.areas.filter((x) => x.kind === "leaf")).toHaveLength(k);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("header block variants", () => {
  test("a units row under the header and a row of codes above it", () => {
    const table = detectTable(
      sheet("S", [
        ["Biểu 01"],
        [],
        [null, null, "1", "2", "3", "KP"],
        ["STT", "Địa bàn", "Tổ", "Địa chỉ", "Tỷ lệ", "Hỗ trợ"],
        ["ĐVT", null, "tổ", "địa chỉ", "%", "nghìn đồng"],
        [1, "Xã Ba Trại", 1, 1, 70, 300_000],
        [2, "Xã Tản Lĩnh", 1, 1, 70, 300_000],
      ]),
      PLAN,
    );
    expect([table.headerTop, table.headerBottom]).toEqual([2, 4]);
    expect(table.lines.map((l) => [l.code, l.unit, l.planCode, l.kind, l.scale])).toEqual([
      ["1", "tổ", "1", "count", 1],
      ["2", "địa chỉ", "2", "count", 1],
      ["3", "%", "3", "percent", 1],
      ["KP", "nghìn đồng", "KP", "money", 1000],
    ]);
    expect(table.areas.map((a) => a.kind)).toEqual(["leaf", "leaf"]);
  });

  test("a numbering row (1, 2, 3 …) that disagrees with the names is not taken as codes", () => {
    const table = detectTable(
      sheet("S", [
        ["STT", "Địa bàn", "Kinh phí hỗ trợ (triệu đồng)", "Tổ truyền thông", "Địa chỉ tin cậy"],
        [1, 2, 3, 4, 5],
        [1, "Xã Ba Trại", 300, 1, 1],
      ]),
      PLAN,
    );
    expect(table.lines.map((l) => [l.code, l.planCode])).toEqual([
      ["3", "KP"],
      ["4", "1"],
      ["5", "2"],
    ]);
  });

  test("a three-row merged header with a code row under it, codes decide between close names", () => {
    const plan = readPlanJson(
      {
        indicators: [
          { code: "2.2", name: "Thành lập mới tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
          { code: "3.2", name: "Cuộc truyền thông tại cộng đồng", unit: "cuộc", target: 40 },
        ],
      },
      "p.json",
    );
    const table = detectTable(
      sheet(
        "S",
        [
          ["STT", "Đơn vị hành chính", "Chỉ tiêu giao"],
          [null, null, "Truyền thông", null],
          [null, null, "Số cuộc\ntruyền thông", "Tổ truyền\nthông"],
          [null, null, "3.2", "2.2"],
          [null, "Cộng", 16, 4],
          [1, "Xa Thanh Minh", 8, 2],
        ],
        { merges: ["A1:A3", "B1:B3", "C1:D1", "C2:D2"] },
      ),
      plan,
    );
    expect([table.headerTop, table.headerBottom]).toEqual([0, 3]);
    expect(table.lines.map((l) => [l.header, l.planCode])).toEqual([
      ["Chỉ tiêu giao / Truyền thông / Số cuộc truyền thông", "3.2"],
      ["Chỉ tiêu giao / Truyền thông / Tổ truyền thông", "2.2"],
    ]);
    expect(areasOf(table)).toEqual([
      ["Cộng", "total", null],
      ["Xa Thanh Minh", "leaf", "Cộng"],
    ]);
  });

  test("percent cells shown with a % format have scale 100", () => {
    const table = detectTable(
      sheet("S", [["Địa bàn", "Tỷ lệ phụ nữ tham gia (%)"], ["Xã Ba Trại", 0.65], ["Xã Tản Lĩnh", 0.7]], {
        formats: { B2: "0%", B3: "0.0%" },
      }),
      PLAN,
    );
    expect(linesOf(table)).toEqual([["3", "percent", 100, false]]);
  });

  test("a money line with no unit in the sheet takes the plan line's scale", () => {
    const table = detectTable(sheet("S", [["Địa bàn", "Kinh phí hỗ trợ"], ["Xã Ba Trại", 0.5]]), PLAN);
    expect(linesOf(table)).toEqual([["KP", "money", 1e9, false]]);
  });
});

describe("area hierarchy variants", () => {
  test("districts by name with arabic STT, communes with `-`, total at the bottom", () => {
    const table = detectTable(
      sheet("S", [
        ["STT", "Địa phương", "Tổng kinh phí", "Tổ truyền thông"],
        [1, "Huyện Ba Vì", 700, 2],
        ["-", "Xã Ba Trại", 300, 1],
        ["-", "Xã Tản Lĩnh", 400, 1],
        [2, "Quốc Oai", 300, 1],
        ["-", "Xã Phú Mãn", 300, 1],
        [null, "Tổng cộng", 1000, 3],
        ["Ghi chú: số liệu tạm tính"],
      ]),
      PLAN,
    );
    expect(areasOf(table)).toEqual([
      ["Huyện Ba Vì", "group", "Tổng cộng"],
      ["Xã Ba Trại", "leaf", "Huyện Ba Vì"],
      ["Xã Tản Lĩnh", "leaf", "Huyện Ba Vì"],
      // A plan district without its prefix is a group too.
      ["Quốc Oai", "group", "Tổng cộng"],
      ["Xã Phú Mãn", "leaf", "Quốc Oai"],
      ["Tổng cộng", "total", null],
    ]);
    expect(table.lines.map((l) => [l.header, l.isTotal, l.planCode])).toEqual([
      ["Tổng kinh phí", true, "KP"],
      ["Tổ truyền thông", false, "1"],
    ]);
  });

  test("a group with blank values is a heading; a group without children is a leaf; no total", () => {
    const table = detectTable(
      sheet("S", [
        ["STT", "Địa bàn", "Tổ truyền thông (tổ)"],
        ["I", "Huyện Ba Vì", null],
        [1, "Xã Ba Trại", 1],
        [2, "Xã Tản Lĩnh", 1],
        ["II", "Huyện Mỹ Đức", 2],
      ]),
      PLAN,
    );
    expect(areasOf(table)).toEqual([
      ["Huyện Ba Vì", "heading", null],
      ["Xã Ba Trại", "leaf", "Huyện Ba Vì"],
      ["Xã Tản Lĩnh", "leaf", "Huyện Ba Vì"],
      ["Huyện Mỹ Đức", "leaf", null],
    ]);
  });

  test("separate district and commune columns, districts merged down", () => {
    const table = detectTable(
      sheet(
        "S",
        [
          ["Huyện", "Xã", "Tổ truyền thông", "Địa chỉ tin cậy"],
          ["Tổng cộng", null, 3, 3],
          ["Ba Vì", null, 2, 2],
          [null, "Ba Trại", 1, 1],
          [null, "Tản Lĩnh", 1, 1],
          ["Quốc Oai", "Phú Mãn", 1, 1],
        ],
        { merges: ["A2:B2", "A3:A5"] },
      ),
      PLAN,
    );
    expect(areasOf(table)).toEqual([
      ["Tổng cộng", "total", null],
      ["Ba Vì", "group", "Tổng cộng"],
      ["Ba Trại", "leaf", "Ba Vì"],
      ["Tản Lĩnh", "leaf", "Ba Vì"],
      // Quốc Oai has no row of its own: a heading on its commune's row.
      ["Quốc Oai", "heading", "Tổng cộng"],
      ["Phú Mãn", "leaf", "Quốc Oai"],
    ]);
    expect(table.areas.map((a) => [a.index, a.labelCol])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 1],
      [5, 0],
      [5, 1],
    ]);
    expect(table.areas.map((a) => a.district ?? null)).toEqual([null, null, "Ba Vì", "Ba Vì", null, "Quốc Oai"]);
  });

  test("one commune name in two districts merged down without district rows: told apart by district", () => {
    const table = detectTable(
      sheet(
        "S",
        [
          ["STT", "Huyện", "Xã", "Tổ truyền thông"],
          [null, "Tổng cộng", null, 4],
          [1, "Mù Cang Chải", "Xã Tân Lập", 1],
          [2, null, "Xã Chế Tạo", 1],
          [3, "Trạm Tấu", "Xã Tân Lập", 1],
          [4, null, "Xã Bản Mù", 1],
        ],
        { merges: ["B2:C2", "B3:B4", "B5:B6"] },
      ),
      PLAN,
    );
    expect(table.areas.map((a) => [a.label, a.kind, a.parent, a.district ?? null])).toEqual([
      ["Tổng cộng", "total", null, null],
      ["Mù Cang Chải", "heading", 0, null],
      ["Xã Tân Lập", "leaf", 1, "Mù Cang Chải"],
      ["Xã Chế Tạo", "leaf", 1, "Mù Cang Chải"],
      ["Trạm Tấu", "heading", 0, null],
      ["Xã Tân Lập", "leaf", 4, "Trạm Tấu"],
      ["Xã Bản Mù", "leaf", 4, "Trạm Tấu"],
    ]);
  });
});

describe("matching columns to plan lines", () => {
  const plan = readPlanJson(
    {
      indicators: [
        { code: "A", name: "Xây dựng tài liệu tập huấn chương trình 2", unit: "bộ", target: 1 },
        { code: "B", name: "Xây dựng tài liệu tập huấn chương trình 3", unit: "bộ", target: 1 },
        { code: "C", name: "Tổ truyền thông cộng đồng", unit: "tổ", target: 5 },
        { code: "D", name: "Kinh phí tổ truyền thông cộng đồng", unit: "triệu đồng", target: 50 },
        { code: "E", name: "Tỷ lệ tổ truyền thông hoạt động", unit: "%", target: 80 },
      ],
    },
    "p.json",
  );

  test("one-to-one, numbers must agree, kind-aware, unrelated columns unmatched, blank unmatched columns dropped", () => {
    const table = detectTable(
      sheet("S", [
        [
          "Địa bàn",
          "Tài liệu chương trình 3",
          "Tài liệu chương trình 2",
          "Tài liệu chương trình 2 (bản in)",
          "Tổ truyền thông (triệu đồng)",
          "Tổ truyền thông (tổ)",
          "Tổ truyền thông (%)",
          "Số hộ nghèo được rà soát",
          "Trống",
        ],
        ["Xã Ba Trại", 1, 1, 1, 10, 1, 90, 5, null],
      ]),
      plan,
    );
    expect(table.lines.map((l) => [l.header, l.planCode])).toEqual([
      ["Tài liệu chương trình 3", "B"],
      ["Tài liệu chương trình 2", "A"],
      ["Tài liệu chương trình 2 (bản in)", null],
      ["Tổ truyền thông (triệu đồng)", "D"],
      ["Tổ truyền thông (tổ)", "C"],
      ["Tổ truyền thông (%)", "E"],
      ["Số hộ nghèo được rà soát", null],
    ]);
  });
});

describe("errors", () => {
  test.each([
    [[["Danh sách"], ["Ghi chú"]], 'Sheet "Trống"', "no allocation table"],
    [[["Địa bàn", "Ghi chú"], ["Xã A", "x"]], 'Trang "Trống"', "không tìm thấy bảng"],
  ])("%j is no table", (rows, vi, en) => {
    const error = noTable(() => detectTable(sheet("Trống", rows), PLAN));
    expect(error.code).toBe("no-table");
    expect(error.text.vi + error.text.en).toContain(vi);
    expect(error.text.vi + error.text.en).toContain(en);
  });
});

test("a short sheet with no figure is said to have no row with a name and a number, not 'none of its first 2 rows'", () => {
  const error = noTable(() => detectTable(sheet("Trống", [["Địa bàn", "Ghi chú"], ["Xã A", "x"]]), PLAN));
  expect(error.text.vi).toContain("không có dòng nào có cả tên và số liệu");
  expect(error.text.vi).not.toContain("dòng đầu");
  expect(error.text.en).toContain("no row has both a label and a number");
});

test("no allocation table: the message names the sheet, says what was looked for and what to do next", () => {
  const error = noTable(() => detectTable(sheet("Danh sách", [["Danh sách cán bộ"], ["Nguyễn Văn A", "Ghi chú"]]), PLAN));
  expect(error.text.vi).toContain('Trang "Danh sách": không tìm thấy bảng phân bổ');
  expect(error.text.vi).toContain("dòng tiêu đề ghi tên các chỉ tiêu của kế hoạch");
  expect(error.text.vi).toContain("Hãy chọn trang chứa biểu phân bổ, hoặc kiểm tra dòng tiêu đề của bảng có ghi tên các chỉ tiêu của kế hoạch.");
  expect(error.text.en).toContain('Sheet "Danh sách": no allocation table found');
  expect(error.text.en).toContain("header row names the plan's lines (areas down the rows) or the areas");
  expect(error.option).toBe("--sheet");
});

test("a results sheet with no table keeps its own words (its reading says it is not counted)", () => {
  const error = noTable(() => detectTable(sheet("Thực hiện 2023", [["Ghi chú"]]), PLAN, [], { stage: "achieved" }));
  expect(error.text.vi).not.toContain("Hãy chọn trang chứa biểu phân bổ");
  expect(error.option).toBeUndefined();
});

describe("more of what real sheets hold", () => {
  test("a numbering row `A B 1 2 3=1+2` under the header is neither header nor data", () => {
    const table = detectTable(
      sheet("S", [
        ["STT", "Địa bàn", "Tổ truyền thông", "Địa chỉ tin cậy", "Cộng"],
        ["A", "B", 1, 2, "3=1+2"],
        [1, "Xã Ba Trại", 1, 1, 2],
      ]),
      PLAN,
    );
    expect([table.headerTop, table.headerBottom]).toEqual([0, 1]);
    expect(table.lines.map((l) => [l.header, l.headerRow, l.planCode, l.isTotal])).toEqual([
      ["Tổ truyền thông", 0, "1", false],
      ["Địa chỉ tin cậy", 0, "2", false],
      ["Cộng", 0, null, true],
    ]);
    expect(areasOf(table)).toEqual([["Xã Ba Trại", "leaf", null]]);
  });

  test("money written as a multiplier `(1.000 đ)`", () => {
    const table = detectTable(sheet("S", [["Địa bàn", "Kinh phí hỗ trợ (1.000 đ)"], ["Xã Ba Trại", 500]]), PLAN);
    expect(table.lines.map((l) => [l.planCode, l.kind, l.scale, l.unit])).toEqual([["KP", "money", 1000, "nghìn đồng"]]);
  });

  test("numbered groups (1, 2 with items 1.1, 1.2 or `-`) without district prefixes", () => {
    const table = detectTable(
      sheet("S", [
        ["STT", "Đơn vị", "Tổ truyền thông"],
        [1, "Ba Vì", 2],
        ["1.1", "Ba Trại", 1],
        ["1.2", "Tản Lĩnh", 1],
        [2, "Mỹ Đức", 1],
        ["-", "An Phú", 1],
        [null, "Tổng cộng", 3],
      ]),
      PLAN,
    );
    expect(areasOf(table)).toEqual([
      ["Ba Vì", "group", "Tổng cộng"],
      ["Ba Trại", "leaf", "Ba Vì"],
      ["Tản Lĩnh", "leaf", "Ba Vì"],
      ["Mỹ Đức", "group", "Tổng cộng"],
      ["An Phú", "leaf", "Mỹ Đức"],
      ["Tổng cộng", "total", null],
    ]);
  });

  test("communes numbered 1, 2, 3 stay leaves", () => {
    const table = detectTable(
      sheet("S", [["STT", "Đơn vị", "Tổ truyền thông"], [1, "Ba Trại", 1], [2, "Tản Lĩnh", 1], [null, "Cộng", 2]]),
      PLAN,
    );
    expect(areasOf(table)).toEqual([
      ["Ba Trại", "leaf", "Cộng"],
      ["Tản Lĩnh", "leaf", "Cộng"],
      ["Cộng", "total", null],
    ]);
  });

  test.each([["Người lập biểu"], ["Bằng chữ: Một tỷ đồng"], ["Ghi chú:"], ["Hà Nội, ngày 10 tháng 3 năm 2025"], ["Nơi nhận:"], ["(*) Số liệu tạm tính"], ["Lưu ý: số liệu tạm tính"], ["Chú ý: 3 xã chưa phân bổ"], ["Nguồn: báo cáo của các xã"], ["Kèm theo Quyết định số 123/QĐ-UBND"], ["(Ký, ghi rõ họ tên)"]])(
    "the table ends at %j",
    (trailer) => {
      const table = detectTable(
        sheet("S", [["Địa bàn", "Tổ truyền thông"], ["Xã Ba Trại", 1], [trailer], ["Xã Ngoài Bảng", 4]]),
        PLAN,
      );
      expect(table.areas.map((a) => a.label)).toEqual(["Xã Ba Trại"]);
    },
  );
});

describe("district and commune label columns: subtotals and totals in the commune column", () => {
  test("a `Cộng` row closing a merged-down district is that district's subtotal; `Tổng cộng` there is the grand total", () => {
    const table = detectTable(
      sheet(
        "S",
        [
          ["Huyện", "Xã", "Tổ truyền thông"],
          ["Ba Vì", "Ba Trại", 1],
          [null, "Tản Lĩnh", 1],
          [null, "Cộng", 2],
          ["Quốc Oai", "Phú Mãn", 1],
          [null, "Cộng", 1],
          [null, "Tổng cộng", 3],
        ],
        { merges: ["A2:A4", "A5:A6"] },
      ),
      PLAN,
    );
    expect(table.areas.map((a) => [a.label, a.kind, a.index, a.labelRow, a.labelCol])).toEqual([
      ["Ba Vì", "group", 3, 1, 0],
      ["Ba Trại", "leaf", 1, 1, 1],
      ["Tản Lĩnh", "leaf", 2, 2, 1],
      ["Quốc Oai", "group", 5, 4, 0],
      ["Phú Mãn", "leaf", 4, 4, 1],
      ["Tổng cộng", "total", 6, 6, 1],
    ]);
    expect(areasOf(table).map((a) => a[2])).toEqual(["Tổng cộng", "Ba Vì", "Ba Vì", "Tổng cộng", "Quốc Oai", null]);
  });
});

describe("a `Cộng` row closing each district whose own row is blank", () => {
  const rows = (withGrand: boolean) => [
    ["STT", "Địa bàn", "Tổ truyền thông"],
    ["I", "Huyện Ba Vì", null],
    [1, "Xã Ba Trại", 1],
    [2, "Xã Tản Lĩnh", 1],
    [null, "Cộng", 2],
    ["II", "Huyện Quốc Oai", null],
    [3, "Xã Phú Mãn", 1],
    [null, "Cộng", 1],
    ...(withGrand ? [[null, "Tổng cộng", 3]] : []),
  ];

  test("is the district's subtotal when a grand total follows", () => {
    const table = detectTable(sheet("S", rows(true)), PLAN);
    expect(table.areas.map((a) => [a.label, a.kind, a.index, a.labelRow])).toEqual([
      ["Huyện Ba Vì", "group", 4, 1],
      ["Xã Ba Trại", "leaf", 2, 2],
      ["Xã Tản Lĩnh", "leaf", 3, 3],
      ["Huyện Quốc Oai", "group", 7, 5],
      ["Xã Phú Mãn", "leaf", 6, 6],
      ["Tổng cộng", "total", 8, 8],
    ]);
    expect(areasOf(table).map((a) => a[2])).toEqual(["Tổng cộng", "Huyện Ba Vì", "Huyện Ba Vì", "Tổng cộng", "Huyện Quốc Oai", null]);
    expect(table.areas[5].children).toEqual([0, 3]);
  });

  test("is the district's subtotal when every district has one", () => {
    const table = detectTable(sheet("S", rows(false)), PLAN);
    expect(table.areas.map((a) => [a.label, a.kind, a.index])).toEqual([
      ["Huyện Ba Vì", "group", 4],
      ["Xã Ba Trại", "leaf", 2],
      ["Xã Tản Lĩnh", "leaf", 3],
      ["Huyện Quốc Oai", "group", 7],
      ["Xã Phú Mãn", "leaf", 6],
    ]);
  });

  test("a single `Cộng` at the bottom is the grand total", () => {
    const table = detectTable(
      sheet("S", [["STT", "Địa bàn", "Tổ truyền thông"], ["I", "Huyện Ba Vì", null], [1, "Xã Ba Trại", 1], [2, "Xã Tản Lĩnh", 1], [null, "Cộng", 2]]),
      PLAN,
    );
    expect(areasOf(table)).toEqual([
      ["Huyện Ba Vì", "heading", "Cộng"],
      ["Xã Ba Trại", "leaf", "Huyện Ba Vì"],
      ["Xã Tản Lĩnh", "leaf", "Huyện Ba Vì"],
      ["Cộng", "total", null],
    ]);
  });
});

test("a column named in the header but blank in the first rows still belongs to the table", () => {
  const rows: (string | number | null)[][] = [["Địa bàn", "Tổ truyền thông", "Địa chỉ tin cậy"]];
  for (let i = 0; i < 40; i++) rows.push([`Xã A${i}`, 1, null]);
  rows.push(["Xã Cuối", 1, 1]);
  const table = detectTable(sheet("S", rows), PLAN);
  expect(table.lines.map((l) => [l.index, l.planCode])).toEqual([
    [1, "1"],
    [2, "2"],
  ]);
});

test("a number in the title block (`Năm | 2025`) is not the start of the data", () => {
  const table = detectTable(
    sheet("S", [
      ["BIỂU PHÂN BỔ"],
      ["Năm", 2025],
      [],
      ["Địa bàn", "Tổ truyền thông", "Địa chỉ tin cậy"],
      ["Xã Ba Trại", 1, 1],
      ["Xã Tản Lĩnh", 1, 1],
    ]),
    PLAN,
  );
  expect([table.headerTop, table.headerBottom]).toEqual([3, 3]);
  expect(table.areas.map((a) => a.label)).toEqual(["Xã Ba Trại", "Xã Tản Lĩnh"]);
});

test("a table of one data row", () => {
  const table = detectTable(sheet("S", [["Địa bàn", "Tổ truyền thông"], ["Xã Ba Trại", 1]]), PLAN);
  expect(table.areas.map((a) => a.label)).toEqual(["Xã Ba Trại"]);
});

test("a section row numbered I, II that carries sums is a total line, not a plan line", () => {
  const table = detectTable(
    sheet("PB", [
      ["TT", "Chỉ tiêu", "ĐVT", "Xã Ba Trại", "Xã Tản Lĩnh"],
      ["I", "Chỉ tiêu", null, 2, 2],
      [1, "Tổ truyền thông cộng đồng", "tổ", 1, 1],
      [2, "Địa chỉ tin cậy", "địa chỉ", 1, 1],
    ]),
    PLAN,
  );
  expect(table.orientation).toBe("indicators-as-rows");
  expect(table.lines.map((l) => [l.index, l.planCode, l.isTotal])).toEqual([
    [1, null, true],
    [2, "1", false],
    [3, "2", false],
  ]);
});
