import type { WorkbookData } from "../../../src/core/model/workbook";
import { findPlanSheet, readPlanFromWorkbook } from "../../../src/core/plan";
import { sheet, workbook } from "../layout/sheetBuilder";
import { inputError } from "../../helpers/inputError";

const HEADER = ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"];

function planBook(rows: unknown[][], options = {}, name = "Kế hoạch"): WorkbookData {
  return workbook(sheet(name, rows as never, options), sheet("Phân bổ", [["x"]]));
}


describe("findPlanSheet", () => {
  test.each(["Kế hoạch", "KẾ HOẠCH", "ke hoach", " Kế  hoạch ", "Kế hoạch".normalize("NFD"), "Plan", "PLAN"])(
    "finds %j",
    (name) => {
      expect(findPlanSheet(workbook(sheet("Phân bổ", []), sheet(name, [])))).toBe(name);
    },
  );

  test("a user-given name wins, folded if needed", () => {
    const book = workbook(sheet("Kế hoạch", []), sheet("KH 2025", []));
    expect(findPlanSheet(book, "KH 2025")).toBe("KH 2025");
    expect(findPlanSheet(book, "kh 2025")).toBe("KH 2025");
  });

  test("a missing user-given name is an error naming it", () => {
    const error = inputError(() => findPlanSheet(workbook(sheet("Kế hoạch", [])), "Chỉ tiêu 2025"));
    expect(error.code).toBe("sheet-not-found");
    expect(error.text.vi).toContain("Chỉ tiêu 2025");
    expect(error.text.en).toContain("Chỉ tiêu 2025");
  });

  test("no plan sheet gives null", () => {
    expect(findPlanSheet(workbook(sheet("Phân bổ", []), sheet("Kế hoạch phân bổ", [])))).toBeNull();
  });
});

describe("readPlanFromWorkbook: headers", () => {
  const aliases: Array<[string, string[]]> = [
    ["code", ["Mã", "Mã số", "STT", "Code", "MÃ SỐ".normalize("NFD"), "TT", "Số TT", "Số thứ tự"]],
    ["name", ["Chỉ tiêu", "Nội dung", "Tên chỉ tiêu", "Indicator", "Name"]],
    ["unit", ["Đơn vị tính", "ĐVT", "Đơn vị", "Unit", "đơn  vị\ntính"]],
    ["target", ["Kế hoạch", "Chỉ tiêu kế hoạch", "Mục tiêu", "Trần", "Target", "Ceiling", "Kế hoạch (giai đoạn 2022-2025)", "KH", "KH giai đoạn 2022-2025", "KH GĐ 2022 - 2025"]],
  ];
  const base = { code: "Mã", name: "Chỉ tiêu", unit: "ĐVT", target: "Kế hoạch" };
  for (const [role, headers] of aliases) {
    test.each(headers)(`${role} header %j`, (header) => {
      const h = { ...base, [role]: header };
      // "Chỉ tiêu" as name is ambiguous with "Chỉ tiêu kế hoạch" only if both are used; keep name distinct.
      if (role === "target" && header.startsWith("Chỉ tiêu")) h.name = "Nội dung";
      const plan = readPlanFromWorkbook(planBook([[h.code, h.name, h.unit, h.target], ["1", "Tổ truyền thông", "tổ", 14]]));
      expect(plan.lines).toEqual([
        expect.objectContaining({ code: "1", name: "Tổ truyền thông", unit: "tổ", kind: "count", target: 14, rule: "<=" }),
      ]);
    });
  }

  test("NFD headers and text, a title block above, source cells", () => {
    const nfd = (t: string) => t.normalize("NFD");
    const plan = readPlanFromWorkbook(
      planBook(
        [
          ["ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"],
          [nfd("Kế hoạch thực hiện Dự án 8 năm 2025")],
          [],
          [null, nfd("MÃ"), nfd("TÊN CHỈ TIÊU"), nfd("ĐƠN VỊ TÍNH"), nfd("KẾ HOẠCH")],
          [null, "1", "Tổ truyền thông cộng đồng", "tổ", 14],
        ],
        { merges: ["A1:E1", "A2:E2"] },
      ),
    );
    expect(plan.title).toBe(nfd("Kế hoạch thực hiện Dự án 8 năm 2025"));
    expect(plan.source).toBe("sheet:Kế hoạch");
    expect(plan.sheet).toBe("Kế hoạch");
    expect(plan.lines[0].source).toEqual({ sheet: "Kế hoạch", cell: "E5" });
  });

  test("the title block gives the plan's title, number and date", () => {
    const plan = readPlanFromWorkbook(
      planBook([
        ["ỦY BAN NHÂN DÂN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["THÀNH PHỐ HÀ NỘI", null, "Độc lập - Tự do - Hạnh phúc"],
        ["Số: 257/KH-UBND", null, "Hà Nội, ngày 3 tháng 10 năm 2022"],
        ["KẾ HOẠCH Thực hiện Dự án 8"],
        [null, null, "ĐVT: triệu đồng"],
        HEADER,
        ["1", "Tổ", "tổ", 14],
      ]),
    );
    expect([plan.title, plan.number, plan.date]).toEqual(["KẾ HOẠCH Thực hiện Dự án 8", "257/KH-UBND", "2022-10-03"]);
  });

  test("without a `Kế hoạch` line the title is all the text above the table", () => {
    const plan = readPlanFromWorkbook(planBook([["Chỉ tiêu giao"], ["năm 2025"], HEADER, ["1", "Tổ", "tổ", 14]]));
    expect([plan.title, plan.number, plan.date]).toEqual(["Chỉ tiêu giao năm 2025", undefined, undefined]);
  });

  test("`Nội dung | ĐVT | Chỉ tiêu`: the Chỉ tiêu column holds the targets", () => {
    const plan = readPlanFromWorkbook(planBook([["STT", "Nội dung", "ĐVT", "Chỉ tiêu"], [1, "Tổ", "tổ", 14]]));
    expect(plan.lines[0]).toMatchObject({ code: "1", name: "Tổ", target: 14 });
  });

  test("Mã wins over STT when both are there", () => {
    const plan = readPlanFromWorkbook(planBook([["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], [1, "KP.1", "A", "đồng", 5]]));
    expect(plan.lines[0].code).toBe("KP.1");
  });

  test("a header spanning two merged rows", () => {
    const plan = readPlanFromWorkbook(
      planBook(
        [
          ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
          [null, null, null, null],
          ["1", "Tổ", "tổ", 14],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2"] },
      ),
    );
    expect(plan.lines.map((l) => l.code)).toEqual(["1"]);
  });

  test("a header cell merged across columns is read at its first column", () => {
    const plan = readPlanFromWorkbook(
      planBook([["Mã", "Chỉ tiêu", null, "ĐVT", "Kế hoạch"], ["1", "Tổ", "(ghi chú)", "tổ", 14]], { merges: ["B1:C1"] }),
    );
    expect(plan.lines[0]).toMatchObject({ name: "Tổ", target: 14 });
  });
});

describe("readPlanFromWorkbook: targets", () => {
  test.each([
    ["tổ", 14, undefined, "count", 14, 1],
    ["tổ", "1.250", undefined, "count", 1250, 1],
    ["người", "3,1", undefined, "count", 3.1, 1],
    ["người", "1,500", undefined, "count", 1500, 1],
    ["đồng", "500,000", undefined, "money", 500_000, 1],
    ["triệu đồng", "1,500", undefined, "money", 1_500_000, 1e6],
    ["tỷ đồng", "9,490", undefined, "money", 9_490_000_000, 1e9],
    ["tỷ đồng", 9.49, undefined, "money", 9_490_000_000, 1e9],
    ["tỷ", 3.29, undefined, "money", 3_290_000_000, 1e9],
    ["triệu đồng", "1.250", undefined, "money", 1_250_000_000, 1e6],
    ["triệu đồng", 0.1, undefined, "money", 100_000, 1e6],
    ["trđ", "500", undefined, "money", 500_000_000, 1e6],
    ["tr.đ", 1.4, undefined, "money", 1_400_000, 1e6],
    ["nghìn đồng", "80.000", undefined, "money", 80_000_000, 1e3],
    ["VND", 80000, undefined, "money", 80000, 1],
    ["đồng", "1 250 000", undefined, "money", 1_250_000, 1],
    ["tỷ đồng", "9,490 tỷ đồng", undefined, "money", 9_490_000_000, 1e9],
    ["triệu đồng", "1 tỷ 200 triệu", undefined, "money", 1_200_000_000, 1e6],
    ["tỷ đồng", "3 tỷ 2", undefined, "money", 3_200_000_000, 1e9],
    ["tổ", "30 tổ", undefined, "count", 30, 1],
    ["tổ", "\uff13\uff10", undefined, "count", 30, 1],
    ["triệu đồng", "\uff11\uff0e\uff12\uff15\uff10", undefined, "money", 1_250_000_000, 1e6],
    ["triệu đồng", 600_000_000, "#,##0,,", "money", 600_000_000, 1e6],
    ["tỷ đồng", 1_500_000_000, '#,##0.0,,,"tỷ"', "money", 1_500_000_000, 1e9],
    ["%", 15, undefined, "percent", 15, 1],
    ["%", 0.15, "0%", "percent", 15, 1],
    ["%", 0.155, "0.0%", "percent", 15.5, 1],
    ["%", 1, "0%", "percent", 100, 1],
    ["%", "15%", undefined, "percent", 15, 1],
    ["%", "15,5", undefined, "percent", 15.5, 1],
  ])("%j target %j (format %j)", (unit, target, format, kind, expected, scale) => {
    const options = format ? { formats: { D2: format } } : {};
    const plan = readPlanFromWorkbook(planBook([HEADER, ["1", "Chỉ tiêu A", unit, target]], options));
    expect(plan.lines[0]).toMatchObject({ unit, kind, target: expected, scale });
  });

  test.each<[string, string | number, number, string]>([
    ["%", "≥85%", 85, ">="],
    ["%", ">= 85 %", 85, ">="],
    ["%", "85% trở lên", 85, ">="],
    ["%", "Tối thiểu 85%", 85, ">="],
    ["%", "Từ 85% trở lên", 85, ">="],
    ["%", "Trên 90%", 90, ">="],
    ["%", "≤ 5%", 5, "<="],
    ["%", "Dưới 5%", 5, "<="],
    ["triệu đồng", "Không quá 300 triệu đồng", 300_000_000, "<="],
    ["tổ", "Tối thiểu 30 tổ", 30, ">="],
    ["tổ", "30 tổ", 30, "<="],
  ])("a %j target written with its comparison, %j, gives the rule", (unit, target, value, rule) => {
    const plan = readPlanFromWorkbook(planBook([HEADER, ["1", "Chỉ tiêu A", unit, target]]));
    expect(plan.lines[0]).toMatchObject({ target: value, rule });
  });

  test("a rule column wins over the comparison the target is written with", () => {
    const plan = readPlanFromWorkbook(planBook([[...HEADER, "So sánh"], ["1", "A", "%", "≥85%", "="]]));
    expect(plan.lines[0]).toMatchObject({ target: 85, rule: "=" });
  });

  test("default rules: <= for count and money, >= for percent", () => {
    const plan = readPlanFromWorkbook(
      planBook([HEADER, ["1", "A", "tổ", 1], ["2", "B", "%", 100], ["KP", "C", "triệu đồng", 5]]),
    );
    expect(plan.lines.map((l) => l.rule)).toEqual(["<=", ">=", "<="]);
  });

  test.each([
    ["<=", "<="],
    ["≤", "<="],
    ["=", "="],
    [">=", ">="],
    ["≥", ">="],
    [" >= ", ">="],
    [null, "<="],
    ["Không vượt", "<="],
    ["không vượt quá", "<="],
    ["Tối đa", "<="],
    ["Tối thiểu", ">="],
    ["TỐI THIỂU".normalize("NFD"), ">="],
    ["Ít nhất", ">="],
    ["Bằng", "="],
  ])("rule column %j → %s", (cell, rule) => {
    const plan = readPlanFromWorkbook(planBook([[...HEADER, "So sánh"], ["1", "A", "tổ", 1, cell]]));
    expect(plan.lines[0].rule).toBe(rule);
  });

  test("quota column in the line's unit, kept in base units", () => {
    const plan = readPlanFromWorkbook(
      planBook([
        [...HEADER, "Rule", "Định mức/đơn vị"],
        ["1", "Tổ truyền thông", "tổ", 14, "=", 1],
        ["KP.1", "Hỗ trợ", "triệu đồng", 500, null, "2,5"],
        ["2", "Tổ khác", "tổ", 4, null, null],
      ]),
    );
    expect(plan.lines.map((l) => [l.rule, l.quota])).toEqual([
      ["=", 1],
      ["<=", 2_500_000],
      ["<=", undefined],
    ]);
  });

  test.each<[string, string, unknown, number]>([
    ["tổ", "1 tổ/xã", 1, 1],
    ["tổ", "01 tổ / xã", 1, 1],
    ["tổ", "1/xã", 1, 1],
    ["CLB", "2 CLB/huyện", 2, 2],
    ["tổ", "1 tổ/ 1 xã", 1, 1],
    ["tổ", "1 tổ/xã".normalize("NFD"), 1, 1],
    ["triệu đồng", "100 triệu đồng/xã", 100, 100_000_000],
    ["triệu đồng", "2,5/xã", 2.5, 2_500_000],
  ])("a per-area norm written with its tail (%s: %j) reads as its amount", (unit, cell, _shown, quota) => {
    const plan = readPlanFromWorkbook(planBook([[...HEADER, "Định mức"], ["1", "A", unit, 14, cell]]));
    expect(plan.lines[0].quota).toBe(quota);
  });

  test("a per-area tail on what is not a number still names its cell", () => {
    expect(() => readPlanFromWorkbook(planBook([[...HEADER, "Định mức"], ["1", "A", "tổ", 3, "một tổ/xã"]]))).toThrow(
      `'Kế hoạch'!E2: "một tổ/xã" is not a number`,
    );
  });

  test("hierarchical codes: parentCode only when the parent exists", () => {
    const plan = readPlanFromWorkbook(
      planBook([
        HEADER,
        ["KP", "Tổng kinh phí", "tỷ đồng", "9,490"],
        ["KP.1", "Bình đẳng giới", "tỷ đồng", "3,1"],
        ["KP.2", "Tuyên truyền", "tỷ đồng", "1,2"],
        ["4.1", "Con không cha", "tổ", 1],
        ["5", "Cha", "tổ", 2],
        ["5.1", "Con", "tổ", 2],
        [5.2, "Con số", "tổ", 0],
      ]),
    );
    expect(plan.lines.map((l) => [l.code, l.parentCode])).toEqual([
      ["KP", undefined],
      ["KP.1", "KP"],
      ["KP.2", "KP"],
      ["4.1", undefined],
      ["5", undefined],
      ["5.1", "5"],
      ["5.2", "5"],
    ]);
    expect(plan.lines[1].target).toBe(3_100_000_000);
  });

  test("blank rows and heading rows without a target are skipped; notes end the table", () => {
    const plan = readPlanFromWorkbook(
      planBook([
        HEADER,
        ["I", "Chỉ tiêu", null, null],
        ["1", "Tổ", "tổ", 14],
        [],
        ["II. Kinh phí", null, null, null],
        ["KP.1", "Hỗ trợ", "triệu đồng", 500],
        [],
        ["Ghi chú: số liệu tạm tính", null, null, "xem phụ lục"],
        ["Người lập biểu"],
      ]),
    );
    expect(plan.lines.map((l) => l.code)).toEqual(["1", "KP.1"]);
  });

  test("codes numbered again in each section become section-qualified", () => {
    const plan = readPlanFromWorkbook(
      planBook([
        HEADER,
        ["I", "Chỉ tiêu", null, null],
        ["1", "Tổ", "tổ", 14],
        ["2", "CLB", "CLB", 30],
        ["II. Kinh phí", null, null, null],
        ["1", "Hỗ trợ", "triệu đồng", 500],
        ["1.1", "Hỗ trợ tổ", "triệu đồng", 200],
      ]),
    );
    expect(plan.lines.map((l) => [l.code, l.parentCode ?? null])).toEqual([
      ["I.1", null],
      ["I.2", null],
      ["II.1", null],
      ["II.1.1", "II.1"],
    ]);
  });

  test("codes without repeats stay as written even inside sections", () => {
    const plan = readPlanFromWorkbook(planBook([HEADER, ["I", "Chỉ tiêu", null, null], ["1", "Tổ", "tổ", 14], ["II", "Khác", null, null], ["2", "CLB", "CLB", 3]]));
    expect(plan.lines.map((l) => l.code)).toEqual(["1", "2"]);
  });

  test("a unit in the name when the unit cell is blank", () => {
    const plan = readPlanFromWorkbook(planBook([HEADER, ["KP", "Kinh phí (triệu đồng)", null, 5]]));
    expect(plan.lines[0]).toMatchObject({ kind: "money", scale: 1e6, target: 5_000_000 });
  });
});

describe("readPlanFromWorkbook: sub-items written with a bullet instead of a code", () => {
  const KP = ["3", "Kinh phí", "triệu đồng", 1500];
  test.each<[string, unknown[][], [string, string | null][]]>([
    ["`-` under a line: its children", [KP, ["-", "Ngân sách trung ương", "triệu đồng", 1000], ["-", "Ngân sách địa phương", "triệu đồng", 500]], [["3", null], ["3.1", "3"], ["3.2", "3"]]],
    ["`+` likewise", [KP, ["+", "Truyền thông", "triệu đồng", 1000], ["+ ", "Tập huấn", "triệu đồng", 500]], [["3", null], ["3.1", "3"], ["3.2", "3"]]],
    ["`+` under `-`: a level deeper", [KP, ["-", "Truyền thông", "triệu đồng", 1000], ["+", "In tờ rơi", "triệu đồng", 400], ["+", "Hội nghị", "triệu đồng", 600], ["-", "Tập huấn", "triệu đồng", 500]],
      [["3", null], ["3.1", "3"], ["3.1.1", "3.1"], ["3.1.2", "3.1"], ["3.2", "3"]]],
    ["under a numbered child", [KP, ["3.1", "Truyền thông", "triệu đồng", 1000], ["-", "In tờ rơi", "triệu đồng", 1000], ["3.2", "Tập huấn", "triệu đồng", 500]],
      [["3", null], ["3.1", "3"], ["3.1.1", "3.1"], ["3.2", "3"]]],
    ["a code the sheet uses later is skipped", [KP, ["-", "Truyền thông", "triệu đồng", 1000], ["4", "Khác", "tổ", 2], ["3.1", "Tập huấn", "triệu đồng", 500]],
      [["3", null], ["3.2", "3"], ["4", null], ["3.1", "3"]]],
    ["a `Trong đó:` heading between", [KP, [null, "Trong đó:", null, null], ["-", "Ngân sách trung ương", "triệu đồng", 1000], ["-", "Ngân sách địa phương", "triệu đồng", 500]], [["3", null], ["3.1", "3"], ["3.2", "3"]]],
    ["the mark before the name, the code cell blank", [KP, [null, "- Ngân sách trung ương", "triệu đồng", 1000], [null, "- Ngân sách địa phương", "triệu đồng", 500]], [["3", null], ["3.1", "3"], ["3.2", "3"]]],
    ["`Trong đó:` before the name", [KP, [null, "Trong đó: Ngân sách trung ương", "triệu đồng", 1000]], [["3", null], ["3.1", null]]],
    ["a part only (`trong đó` one source): a line, not a part of it", [KP, ["-", "Trong đó: ngân sách trung ương", "triệu đồng", 1000]], [["3", null], ["3.1", null]]],
  ])("%s", (_name, rows, expected) => {
    const plan = readPlanFromWorkbook(planBook([HEADER, ...rows]));
    expect(plan.lines.map((line) => [line.code, line.parentCode ?? null])).toEqual(expected);
    expect(plan.lines.filter((line) => /^\s*(?:-|trong đó)/i.test(line.name))).toEqual([]);
  });

  test("a bullet before any coded line still has no code", () => {
    const error = inputError(() => readPlanFromWorkbook(planBook([HEADER, ["-", "Ngân sách trung ương", "triệu đồng", 1000]])));
    expect(error.text.en).toContain("has no code");
  });
});

describe("readPlanFromWorkbook: errors name the sheet and cell", () => {
  test.each([
    [[HEADER, ["1", "A", "tổ", "mười bốn"]], "bad-plan", `'Kế hoạch'!D2: "mười bốn" không phải là số`, '"mười bốn" is not a number'],
    [[HEADER, ["1", "A", "tổ", "4o"]], "bad-plan", `'Kế hoạch'!D2: "4o" không phải là số`, '"4o" is not a number'],
    [[HEADER, ["1", "A", "tổ", "1l"]], "bad-plan", `'Kế hoạch'!D2: "1l" không phải là số`, '"1l" is not a number'],
    [[HEADER, ["1", "A", "CLB", "2 O"]], "bad-plan", `'Kế hoạch'!D2: "2 O" không phải là số`, '"2 O" is not a number'],
    [[HEADER, ["1", "A", "tổ", { error: "#REF!" }]], "bad-plan", "'Kế hoạch'!D2: ô có giá trị lỗi #REF!, không phải số kế hoạch", "'Kế hoạch'!D2: the cell holds the error #REF!, not a target"],
    [[HEADER, ["1", "A", "tổ", { error: "#N/A" }]], "bad-plan", "'Kế hoạch'!D2: ô có giá trị lỗi #N/A", "the error #N/A"],
    [[HEADER, ["1", "A", "tổ", true]], "bad-plan", "'Kế hoạch'!D2", "is not a number"],
    [[HEADER, ["1", "A", "tổ", -3]], "bad-plan", "'Kế hoạch'!D2: kế hoạch âm", "negative target"],
    [[HEADER, [null, "A", "tổ", 3]], "bad-plan", `'Kế hoạch'!A2: chỉ tiêu "A" không có mã`, "has no code"],
    [[HEADER, ["1", "A", "tổ", 3], ["1", "B", "tổ", 3]], "bad-plan", `'Kế hoạch'!A3: mã "1" trùng với ô A2`, "repeats cell A2"],
    [[[...HEADER, "So sánh"], ["1", "A", "tổ", 3, "lớn hơn"]], "bad-plan", `'Kế hoạch'!E2: "lớn hơn" không phải là phép so sánh`, "is not a rule"],
    [[[...HEADER, "Định mức"], ["1", "A", "tổ", 3, "một"]], "bad-plan", `'Kế hoạch'!E2: "một" không phải là số`, "'Kế hoạch'!E2"],
  ])("%j", (rows, code, vi, en) => {
    const error = inputError(() => readPlanFromWorkbook(planBook(rows as unknown[][])));
    expect(error.code).toBe(code);
    expect(error.text.vi).toContain(vi);
    expect(error.text.en).toContain(en);
  });

  test("a missing required column names the sheet, the header row and the headers looked for", () => {
    const error = inputError(() =>
      readPlanFromWorkbook(planBook([["Báo cáo"], [], ["Mã", "Chỉ tiêu", "Kế hoạch"], ["1", "A", 3]])),
    );
    expect(error.code).toBe("bad-plan");
    expect(error.text.vi).toContain('Trang "Kế hoạch", dòng tiêu đề 3: thiếu cột Đơn vị tính / ĐVT / Đơn vị / Unit / ĐV tính / Đ.vị tính.');
    expect(error.text.en).toContain("header row 3: missing column unit (Đơn vị tính / ĐVT / Đơn vị / Unit / ĐV tính / Đ.vị tính)");
  });

  test("a missing required column says what a plan sheet holds and what to do next", () => {
    const error = inputError(() => readPlanFromWorkbook(planBook([["Mã", "Chỉ tiêu", "Kế hoạch"], ["1", "A", 3]])));
    expect(error.text.vi).toContain("Trang kế hoạch cần một bảng có dòng tiêu đề gồm các cột Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch");
    expect(error.text.vi).toContain("Hãy thêm các cột còn thiếu vào dòng tiêu đề");
    expect(error.text.en).toContain("A plan sheet holds one table whose header row has the columns Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch");
    expect(error.text.vi).not.toContain("biểu phân bổ");
    expect(error.option).toBe("--plan-sheet");
  });

  test.each([
    ["an allocation sheet with no plan header", "Phân bổ", "có vẻ là biểu phân bổ (bảng chia theo địa bàn)"],
    ["a results sheet", "Thực hiện 2023", "có vẻ là bảng kết quả thực hiện theo địa bàn"],
    ["an allocation sheet whose header names no plan column", "Biểu 1", "có vẻ là biểu phân bổ (bảng chia theo địa bàn)"],
  ])("%s named as the plan: says what it looks like and names the sheet holding the plan", (_, name, looks) => {
    const header = name === "Biểu 1" ? ["Địa bàn", "Tổ truyền thông", "Câu lạc bộ"] : ["STT", "Đơn vị", "Tổ truyền thông"];
    const areas = sheet(name, [header, [null, "Tổng cộng", 3], ["I", "Huyện Ba Vì", 3], [1, "Xã Minh Quang", 1], [2, "Xã Ba Vì", 2]] as never);
    const book = workbook(sheet("Kế hoạch", [HEADER, ["1", "Tổ truyền thông", "tổ", 3]] as never), areas);
    const error = inputError(() => readPlanFromWorkbook(book, name));
    expect(error.text.vi).toContain(`Trang "${name}"`);
    expect(error.text.vi).toContain(looks);
    expect(error.text.vi).toContain('Trang "Kế hoạch" có bảng kế hoạch: hãy chọn trang đó làm trang kế hoạch.');
    expect(error.option).toBe('--plan-sheet "Kế hoạch"');
  });

  test("a line error on a sheet by area, another sheet holding the plan: the advice is added; on the plan sheet itself, not", () => {
    const byArea = [["STT", "Đơn vị", "Chỉ tiêu", "Kế hoạch"], [null, "Tổng cộng", "x", 3], ["I", "Huyện Ba Vì", "x", 3], [1, "Xã Minh Quang", "x", 1], [2, "Xã Ba Vì", "x", 2]];
    const plan = sheet("Kế hoạch", [HEADER, ["1", "Tổ truyền thông", "tổ", 3]] as never);
    const wrong = inputError(() => readPlanFromWorkbook(workbook(plan, sheet("Phân bổ", byArea as never)), "Phân bổ"));
    expect(wrong.text.vi).toContain("'Phân bổ'!A2");
    expect(wrong.text.vi).toContain('Trang "Kế hoạch" có bảng kế hoạch: hãy chọn trang đó làm trang kế hoạch.');
    expect(wrong.option).toBe('--plan-sheet "Kế hoạch"');
    // The plan's own mistake (a line with no code), its areas listed under it, no other plan: told as it is.
    const own = sheet("Kế hoạch", [HEADER, [null, "Tổ truyền thông", "tổ", 3], [], ["Huyện", "Xã"], ["Huyện Ba Vì", "Xã Minh Quang"], ["Huyện Ba Vì", "Xã Ba Vì"]] as never);
    const error = inputError(() => readPlanFromWorkbook(workbook(own)));
    expect(error.text.vi).toContain("'Kế hoạch'!A2");
    expect(error.text.vi).not.toContain("có vẻ là");
    expect(error.option).toBeUndefined();
  });

  test("the allocation sheet named as the plan: says so and names the sheet holding the plan", () => {
    const allocation = sheet("Phân bổ", [
      ["BIỂU PHÂN BỔ CHỈ TIÊU"],
      [],
      ["STT", "Địa bàn", "Chỉ tiêu đến năm 2025"],
      ["STT", "Địa bàn", "Tổ truyền thông"],
      [null, "Tổng cộng", 3],
      ["I", "Huyện Ba Vì", 3],
      [1, "Xã Minh Quang", 1],
      [2, "Xã Ba Vì", 2],
    ] as never);
    const book = workbook(sheet("Kế hoạch", [HEADER, ["1", "Tổ truyền thông", "tổ", 3]] as never), allocation);
    const error = inputError(() => readPlanFromWorkbook(book, "Phân bổ"));
    expect(error.code).toBe("bad-plan");
    expect(error.text.vi).toContain('Trang "Phân bổ", dòng tiêu đề');
    expect(error.text.vi).toContain('Trang "Phân bổ" có vẻ là biểu phân bổ (bảng chia theo địa bàn), không phải trang kế hoạch.');
    expect(error.text.vi).toContain('Trang "Kế hoạch" có bảng kế hoạch: hãy chọn trang đó làm trang kế hoạch.');
    expect(error.text.en).toContain('Sheet "Phân bổ" looks like the allocation sheet');
    expect(error.option).toBe('--plan-sheet "Kế hoạch"');
  });

  test("no header at all", () => {
    const error = inputError(() => readPlanFromWorkbook(planBook([["Danh sách"], ["a", "b"]])));
    expect(error.code).toBe("no-plan");
    expect(error.text.vi).toContain('Trang "Kế hoạch"');
    expect(error.text.vi).toContain("Mã / Mã số / Code / STT");
    expect(error.text.en).toContain("rows 1–2");
  });

  test("no plan sheet", () => {
    const error = inputError(() => readPlanFromWorkbook(workbook(sheet("Phân bổ", []))));
    expect(error.code).toBe("no-plan");
    expect(error.text.en).toContain('"Phân bổ"');
  });

  test("a table with no targets", () => {
    const error = inputError(() => readPlanFromWorkbook(planBook([HEADER, ["I", "Chỉ tiêu", null, null]])));
    expect(error.code).toBe("no-plan");
    expect(error.text.en).toContain("header in row 1");
  });
});

describe("readPlanFromWorkbook: `Kế hoạch` over sub-columns", () => {
  const top = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", null];
  const data = [
    ["1", "Tổ truyền thông", "tổ", 14, "1 tổ/xã"],
    ["2", "CLB", "CLB", 30, null],
  ];
  test.each([
    ["merged over `Tổng số | Định mức/xã`, left columns merged down", [top, [null, null, null, "Tổng số", "Định mức/xã"]], ["A1:A2", "B1:B2", "C1:C2", "D1:E1"], 0],
    ["merged, left columns not merged", [top, [null, null, null, "Tổng số", "Định mức/xã"]], ["D1:E1"], 0],
    ["not merged at all", [top, [null, null, null, "Tổng", "Định mức (tổ/xã)"]], [], 0],
    ["sub-columns the other way round", [top, [null, null, null, "Định mức/xã", "Tổng số"]], ["D1:E1"], 1],
  ])("%s", (_name, header, merges, swap) => {
    const rows = data.map((r) => (swap ? [r[0], r[1], r[2], r[4], r[3]] : r));
    const plan = readPlanFromWorkbook(planBook([...header, ...rows], { merges }));
    expect(plan.lines.map((l) => [l.code, l.target, l.quota])).toEqual([
      ["1", 14, 1],
      ["2", 30, undefined],
    ]);
  });
});

describe("readPlanFromWorkbook: `Kế hoạch` merged over sub-columns that name no total", () => {
  const top = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", null];
  const line = ["1", "Tổ truyền thông", "tổ", 14, 20];
  test.each<[string, unknown[], string | null]>([
    ["two sources, no total", [null, null, null, "Trung ương", "Địa phương"], `'Kế hoạch'!D1: cột "Kế hoạch" chia thành các cột D2 "Trung ương", E2 "Địa phương" mà không có cột tổng`],
    ["first and adjusted, in words", [null, null, null, "Giao đầu năm", "Bổ sung"], `'Kế hoạch'!D1: cột "Kế hoạch" chia thành các cột D2 "Giao đầu năm", E2 "Bổ sung"`],
    ["a total sub-column is sure", [null, null, null, "Tổng số", "Trong đó NSTW"], null],
    ["a count and its money are sure", [null, null, null, "Số lượng", "Kinh phí (triệu đồng)"], null],
    ["the plan's years are sure", [null, null, null, "Năm 2025", "Năm 2026"], null],
    ["a quota beside it is sure", [null, null, null, "Tổng", "Định mức/xã"], null],
    ["one labelled sub-column is sure", [null, null, null, "Số tổ", null], null],
  ])("%s", (_name, sub, message) => {
    const book = planBook([top, sub, line], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] });
    if (message === null) {
      expect(readPlanFromWorkbook(book).lines[0]).toEqual(expect.objectContaining({ code: "1" }));
    } else {
      const error = inputError(() => readPlanFromWorkbook(book));
      expect(error.code).toBe("bad-plan");
      expect(error.text.vi).toContain(message);
      expect(error.text.en).toContain("which one holds the target is unclear");
    }
  });
});

describe("readPlanFromWorkbook: `Kế hoạch` over sub-columns on the row below, not merged", () => {
  // `Kế hoạch | (blank)` over `Ngân sách trung ương | Ngân sách địa phương`: the same header as the merged one, read the same way.
  const sources = [null, null, null, "Ngân sách trung ương", "Ngân sách địa phương"];
  const budget = ["1", "Kinh phí truyền thông", "triệu đồng", 200, 100];
  test.each<[string, unknown[][]]>([
    ["with a unit column", [["STT", "Nội dung", "ĐVT", "Kế hoạch", null], sources, budget]],
    ["the unit in the target header", [["STT", "Nội dung", "Kế hoạch (triệu đồng)", null], sources.slice(1), ["1", "Kinh phí truyền thông", 200, 100]]],
  ])("two sources, no total, %s: refused as when merged, never read as the first source", (_name, rows) => {
    const error = inputError(() => readPlanFromWorkbook(planBook(rows)));
    expect(error.code).toBe("bad-plan");
    expect(error.text.vi).toMatch(/cột "Kế hoạch[^"]*" chia thành các cột [CD]2 "Ngân sách trung ương", [DE]2 "Ngân sách địa phương" mà không có cột tổng/);
    expect(error.text.en).toContain("which one holds the target is unclear");
  });

  const top = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", null];
  const line = ["1", "Tổ truyền thông", "tổ", 14, 20];
  test.each<[string, unknown[], string | null]>([
    ["two sources, no total", [null, null, null, "Trung ương", "Địa phương"], `'Kế hoạch'!D1: cột "Kế hoạch" chia thành các cột D2 "Trung ương", E2 "Địa phương" mà không có cột tổng`],
    ["first and adjusted, in words", [null, null, null, "Giao đầu năm", "Bổ sung"], `'Kế hoạch'!D1: cột "Kế hoạch" chia thành các cột D2 "Giao đầu năm", E2 "Bổ sung"`],
    ["a total sub-column is sure", [null, null, null, "Tổng số", "Trong đó NSTW"], null],
    ["a count and its money are sure", [null, null, null, "Số lượng", "Kinh phí (triệu đồng)"], null],
    ["the plan's years are sure", [null, null, null, "Năm 2025", "Năm 2026"], null],
    ["a quota beside it is sure", [null, null, null, "Tổng", "Định mức/xã"], null],
    ["one labelled sub-column is sure", [null, null, null, "Số tổ", null], null],
    ["the first plan and the adjusted one are sure", [null, null, null, "Ban đầu", "Sau điều chỉnh"], null],
  ])("%s: as when merged", (_name, sub, message) => {
    const merged = planBook([top, sub, line], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] });
    const plain = planBook([top, sub, line]);
    if (message === null) {
      expect(readPlanFromWorkbook(plain).lines).toEqual(readPlanFromWorkbook(merged).lines);
    } else {
      const error = inputError(() => readPlanFromWorkbook(plain));
      expect(error.code).toBe("bad-plan");
      expect(error.text.vi).toContain(message);
    }
  });
});

describe("readPlanFromWorkbook: a plain two-row header still reads as before", () => {
  test.each<[string, unknown[][], number, string]>([
    ["`Kế hoạch` over its unit", [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], [null, null, null, "(tổ)"], ["1", "Tổ truyền thông", "tổ", 14]], 14, "D3"],
    ["`Kế hoạch` over a year", [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"], [null, null, null, "Năm 2025"], ["1", "Tổ truyền thông", "tổ", 14]], 14, "D3"],
    ["`Kế hoạch` beside a blank-headed note column, both units under them", [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", null], [null, null, null, "(tổ)", "(ghi chú)"], ["1", "Tổ truyền thông", "tổ", 14, "xã A"]], 14, "D3"],
    ["`Kế hoạch` beside a blank-headed column, the first line's code and name blank there", [["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", null], ["1", "Tổ truyền thông", "tổ", 14, "mới"], ["2", "Địa chỉ", "địa chỉ", 3, "cũ"]], 14, "D2"],
  ])("%s", (_name, rows, target, cell) => {
    const plan = readPlanFromWorkbook(planBook(rows));
    expect(plan.lines[0]).toMatchObject({ code: "1", target, source: { sheet: "Kế hoạch", cell } });
  });
});

describe("readPlanFromWorkbook: a word under the target header is part of the header", () => {
  // `Kế hoạch | Ghi chú` over `Năm 2025 |`: the year titles the target column; the row is no figure without a code.
  test.each<[string, unknown[][]]>([
    ["a year under `Kế hoạch`, a note column beside", [["STT", "Nội dung", "ĐVT", "Kế hoạch", "Ghi chú"], [null, null, null, "Năm 2025", null], ["1", "Tổ truyền thông", "tổ", 14, "mới"], ["2", "Tập huấn cán bộ", "lượt người", 120, null]]],
    ["a year under `Kế hoạch`, the unit's header too", [["STT", "Nội dung", "Đơn vị", "Kế hoạch"], [null, null, "tính", "Năm 2025"], ["1", "Tổ truyền thông", "tổ", 14], ["2", "Tập huấn cán bộ", "lượt người", 120]]],
  ])("%s", (_name, rows) => {
    const plan = readPlanFromWorkbook(planBook(rows));
    expect(plan.lines.map((line) => [line.code, line.target, line.source?.cell])).toEqual([["1", 14, "D3"], ["2", 120, "D4"]]);
    expect(plan.doubts ?? []).toEqual([]);
  });

  test("a row of figures under the header with no code and no name is still said", () => {
    const plan = readPlanFromWorkbook(planBook([["STT", "Nội dung", "ĐVT", "Kế hoạch"], [null, null, null, 7], ["1", "Tổ truyền thông", "tổ", 14]]));
    expect(plan.lines.map((line) => line.code)).toEqual(["1"]);
    expect(plan.doubts?.map((doubt) => doubt.en)).toEqual([expect.stringContaining("'Kế hoạch'!D2")]);
  });
});

describe("readPlanFromWorkbook: a section heading with its own target", () => {
  test.each([
    ["after a blank section", [["I", "CHỈ TIÊU", null, null], ["1", "Tổ", "tổ", 4], ["2", "Địa chỉ", "địa chỉ", 2], ["II", "KINH PHÍ", "triệu đồng", 500], ["1", "Truyền thông", "triệu đồng", 300], ["2", "Tập huấn", "triệu đồng", 200]], ["I.1", "I.2", "II", "II.1", "II.2"]],
    ["both sections with totals", [["A", "Chỉ tiêu", "tổ", 6], ["1", "Tổ", "tổ", 4], ["2", "Nhóm", "tổ", 2], ["B", "Kinh phí", "triệu đồng", 500], ["1", "Truyền thông", "triệu đồng", 300], ["2", "Tập huấn", "triệu đồng", 200]], ["A", "A.1", "A.2", "B", "B.1", "B.2"]],
  ])("%s: its lines are numbered within it, and it is their parent", (_name, rows, codes) => {
    const plan = readPlanFromWorkbook(planBook([HEADER, ...(rows as unknown[][])]));
    expect(plan.lines.map((l) => l.code)).toEqual(codes);
    const parent = codes.find((c) => !c.includes(".") && codes.includes(`${c}.1`));
    if (parent !== undefined) expect(plan.lines.find((l) => l.code === `${parent}.1`)?.parentCode).toBe(parent);
  });
});

describe("readPlanFromWorkbook: the unit in the target column's header", () => {
  test.each([
    ["Kế hoạch (triệu đồng)", [null, "Mã", "Nội dung", "ĐVT", "Kế hoạch (triệu đồng)"], "money", 300e6, "triệu đồng"],
    ["Kế hoạch\n(ĐVT: tỷ đồng)", [null, "Mã", "Nội dung", "ĐVT", "Kế hoạch\n(ĐVT: tỷ đồng)"], "money", 300e9, "tỷ đồng"],
    ["Mục tiêu (người)", [null, "Mã", "Nội dung", "ĐVT", "Mục tiêu (người)"], "count", 300, "người"],
    ["Kế hoạch (giai đoạn 2022-2025): no unit", [null, "Mã", "Nội dung", "ĐVT", "Kế hoạch (giai đoạn 2022-2025)"], "count", 300, ""],
  ])("%s: lines with a blank ĐVT take it", (_name, header, kind, target, unit) => {
    const plan = readPlanFromWorkbook(planBook([header as unknown[], [null, "KP.1", "Truyền thông", null, 300], [null, "1", "Tổ truyền thông", "tổ", 4]]));
    expect(plan.lines[0]).toMatchObject({ kind, target, unit });
    expect(plan.lines[1]).toMatchObject({ kind: "count", target: 4, unit: "tổ" });
  });
});

describe("readPlanFromWorkbook: a unit note over the plan table", () => {
  test.each([
    ["ĐVT: triệu đồng", 300e6, "triệu đồng"],
    ["(Đơn vị tính: nghìn đồng)", 300e3, "nghìn đồng"],
  ])("`%s` gives the unit of lines with a blank ĐVT", (note, target, unit) => {
    const plan = readPlanFromWorkbook(planBook([["Kế hoạch kinh phí"], [null, null, null, note], HEADER, ["KP.1", "Truyền thông", null, 300], ["1", "Tổ truyền thông", "tổ", 4]]));
    expect(plan.lines[0]).toMatchObject({ kind: "money", target, unit });
    expect(plan.lines[1]).toMatchObject({ kind: "count", target: 4, unit: "tổ" });
  });
});

describe("readPlanFromWorkbook: a grand total row is no plan line", () => {
  test.each([
    ["no code, label in the name column", [null, "Tổng cộng", null, 44], []],
    ["label merged over code and name", ["Tổng cộng", null, null, 44], ["A4:B4"]],
    ["`TỔNG SỐ` in capitals", ["", "TỔNG SỐ", "", 44], []],
    ["`Cộng` with a unit", [null, "Cộng", "tổ", 44], []],
  ])("%s", (_name, row, merges) => {
    const plan = readPlanFromWorkbook(
      planBook([HEADER, ["1", "Tổ truyền thông", "tổ", 14], ["2", "CLB", "CLB", 30], row as unknown[]], { merges }),
    );
    expect(plan.lines.map((l) => [l.code, l.target])).toEqual([
      ["1", 14],
      ["2", 30],
    ]);
  });

  test("a coded `Tổng số kinh phí` line stays a line", () => {
    const plan = readPlanFromWorkbook(
      planBook([HEADER, ["KP", "Tổng số kinh phí", "triệu đồng", 30], ["KP.1", "Truyền thông", "triệu đồng", 30]]),
    );
    expect(plan.lines.map((l) => l.code)).toEqual(["KP", "KP.1"]);
  });
});

describe("readPlanFromWorkbook: areas", () => {
  test("a second table below with Huyện and Xã, districts carried down over merged cells", () => {
    const plan = readPlanFromWorkbook(
      planBook(
        [
          HEADER,
          ["1", "Tổ", "tổ", 14],
          [],
          ["Huyện", "Xã"],
          ["Ba Vì", "Ba Trại"],
          [null, "Tản Lĩnh"],
          ["Huyện Quốc Oai", "xã Phú Mãn"],
          [null, "Đông Xuân"],
          ["Mỹ Đức", null],
          ["Tổng cộng", null],
        ],
        { merges: ["A5:A6", "A7:A8"] },
      ),
    );
    expect(plan.lines).toHaveLength(1);
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Ba Vì", "Ba Trại"],
      ["Ba Vì", "Tản Lĩnh"],
      ["Huyện Quốc Oai", "xã Phú Mãn"],
      ["Huyện Quốc Oai", "Đông Xuân"],
      ["Mỹ Đức", undefined],
    ]);
    expect(plan.areas[0].source).toEqual({ sheet: "Kế hoạch", cell: "B5" });
    expect(plan.areas[4].source).toEqual({ sheet: "Kế hoạch", cell: "A9" });
  });

  test.each([
    ["Huyện", ["STT", "Huyện"]],
    ["Quận/Huyện", ["STT", "Quận/Huyện"]],
    ["Tên huyện", [null, "Tên huyện"]],
    ["HUYỆN, THỊ XÃ (NFD)", [null, "HUYỆN, THỊ XÃ".normalize("NFD")]],
  ])("a lone district column (%s) lists districts, bare or prefixed, each an area of its own", (_name, header) => {
    const plan = readPlanFromWorkbook(
      planBook([HEADER, ["1", "Tổ", "tổ", 14], [], header, [1, "Huyện Ba Vì"], [2, "Thạch Thất"], [3, "Sơn Tây"], ["", "Tổng cộng"]]),
    );
    expect(plan.lines).toHaveLength(1);
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Huyện Ba Vì", undefined],
      ["Thạch Thất", undefined],
      ["Sơn Tây", undefined],
    ]);
  });

  test.each([
    ["`Xã` under a caption", [["Địa bàn thực hiện"], ["STT", "Xã"]]],
    ["`Tên xã`", [["STT", "Tên xã"]]],
    ["`Xã/Phường/Thị trấn` under a caption", [["Địa bàn thực hiện:"], [null, "Xã/Phường/Thị trấn"]]],
    ["`Địa bàn` under a caption", [["Danh sách địa bàn"], [null, "Địa bàn"]]],
  ])("a lone commune column (%s) lists the plan's areas, the caption above it no area", (_name, header) => {
    const plan = readPlanFromWorkbook(planBook([HEADER, ["1", "Tổ", "tổ", 14], [], ...(header as unknown[][]), [1, "Khánh Thượng"], [2, "Vật Lại"], [3, "Ba Trại"]]));
    expect(plan.areas.map((a) => a.district)).toEqual(["Khánh Thượng", "Vật Lại", "Ba Trại"]);
  });

  test("a table beside the indicators", () => {
    const plan = readPlanFromWorkbook(
      planBook([
        [...HEADER, null, "Huyện", "Xã/Phường/Thị trấn"],
        ["1", "Tổ", "tổ", 14, null, "Ba Vì", "Ba Trại"],
        ["2", "CLB", "CLB", 30, null, null, "Tản Lĩnh"],
      ]),
    );
    expect(plan.lines).toHaveLength(2);
    expect(plan.areas).toEqual([
      expect.objectContaining({ district: "Ba Vì", commune: "Ba Trại" }),
      expect.objectContaining({ district: "Ba Vì", commune: "Tản Lĩnh" }),
    ]);
  });

  test("a single Địa bàn column with prefixes", () => {
    const plan = readPlanFromWorkbook(
      planBook([
        HEADER,
        ["1", "Tổ", "tổ", 14],
        [],
        ["STT", "Địa bàn"],
        ["I", "Huyện Ba Vì"],
        [1, "Xã Ba Trại"],
        [2, "Xã Tản Lĩnh"],
        ["II", "Huyện Mỹ Đức"],
        [1, "Xã An Phú"],
      ]),
    );
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Huyện Ba Vì", "Xã Ba Trại"],
      ["Huyện Ba Vì", "Xã Tản Lĩnh"],
      ["Huyện Mỹ Đức", "Xã An Phú"],
    ]);
  });

  test("a flat list without prefixes: each name is an area of its own; Roman STT marks districts", () => {
    const flat = readPlanFromWorkbook(
      planBook([HEADER, ["1", "Tổ", "tổ", 14], [], ["Địa bàn"], ["Chiềng Sơn"], ["Lóng Sập"], ["Xã Mường Sại"]]),
    );
    expect(flat.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Chiềng Sơn", undefined],
      ["Lóng Sập", undefined],
      ["Xã Mường Sại", undefined],
    ]);
    const roman = readPlanFromWorkbook(
      planBook([HEADER, ["1", "Tổ", "tổ", 14], [], ["TT", "Đơn vị"], ["I", "Ba Vì"], [1, "Ba Trại"], ["II", "Mỹ Đức"], [1, "An Phú"]]),
    );
    expect(roman.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Ba Vì", "Ba Trại"],
      ["Mỹ Đức", "An Phú"],
    ]);
  });

  test("districts only, prefixed and bare mixed: the bare ones are districts beside the prefixed, not their communes", () => {
    // STT running on from a prefixed district's number, or a bare name before any district: one flat list.
    const running = readPlanFromWorkbook(
      planBook([HEADER, ["1", "Tổ", "tổ", 14], [], ["STT", "Địa bàn"], [1, "Huyện Ba Vì"], [2, "Thạch Thất"], [3, "huyện Quốc Oai"], [4, "Mỹ Đức"]]),
    );
    expect(running.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Huyện Ba Vì", undefined],
      ["Thạch Thất", undefined],
      ["huyện Quốc Oai", undefined],
      ["Mỹ Đức", undefined],
    ]);
    const bareFirst = readPlanFromWorkbook(
      planBook([HEADER, ["1", "Tổ", "tổ", 14], [], ["Địa bàn"], ["Thạch Thất"], ["Huyện Ba Vì"], ["Mỹ Đức"]]),
    );
    expect(bareFirst.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Thạch Thất", undefined],
      ["Huyện Ba Vì", undefined],
      ["Mỹ Đức", undefined],
    ]);
    // Numbering that starts again under a district still marks its communes.
    const nested = readPlanFromWorkbook(
      planBook([HEADER, ["1", "Tổ", "tổ", 14], [], ["STT", "Địa bàn"], [1, "Huyện Ba Vì"], [1, "Ba Trại"], [2, "Tản Lĩnh"], [2, "Huyện Mỹ Đức"], [1, "An Phú"]]),
    );
    expect(nested.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Huyện Ba Vì", "Ba Trại"],
      ["Huyện Ba Vì", "Tản Lĩnh"],
      ["Huyện Mỹ Đức", "An Phú"],
    ]);
  });

  test("a sheet `Địa bàn` of its own", () => {
    const book = workbook(
      sheet("Plan", [HEADER, ["1", "Tổ", "tổ", 14]]),
      sheet("Dia ban", [["Danh sách địa bàn"], ["Huyện", "Xã"], ["Ba Vì", "Ba Trại"], ["Mỹ Đức", "An Phú"]]),
    );
    const plan = readPlanFromWorkbook(book);
    expect(plan.source).toBe("sheet:Plan");
    expect(plan.areas.map((a) => a.commune)).toEqual(["Ba Trại", "An Phú"]);
  });

  test("no areas anywhere gives an empty list", () => {
    expect(readPlanFromWorkbook(planBook([HEADER, ["1", "Tổ", "tổ", 14]])).areas).toEqual([]);
  });
});

test.each<[string, (string | null)[][]]>([
  ["no cell at all", []],
  ["blank cells only", [[null, ""], ["  ", null]]],
])("an empty plan sheet (%s) is said to be empty, not searched in rows 1–0", (_name, values) => {
  expect(() => readPlanFromWorkbook({ sheets: [{ name: "Kế hoạch", values, merges: [] }] })).toThrow(/^Sheet "Kế hoạch" is empty: no plan table \(columns looked for: /);
});
