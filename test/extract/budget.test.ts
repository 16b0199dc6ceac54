/** The budget: total and parts as whole đồng, in any unit, with the split checked. */
import { extractPlan } from "../../src/extract";

function budgetOf(lines: string[]) {
  const plan = extractPlan(["KẾ HOẠCH", "Về việc X", "I. MỤC TIÊU", "II. KINH PHÍ THỰC HIỆN", ...lines, "III. TỔ CHỨC THỰC HIỆN", "Sở Tài chính bố trí 2 tỷ đồng."].join("\n"));
  return {
    lines: plan.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target, i.unit, i.name]),
    split: plan.issues.filter((i) => i.rule === "budget-split").map((i) => [i.expected, i.actual, i.source]),
  };
}

describe("budget", () => {
  test("total with `trong đó` parts on the same line, mixed units", () => {
    expect(budgetOf(["Tổng kinh phí: 1.500 triệu đồng, trong đó: ngân sách Trung ương 1 tỷ đồng; ngân sách địa phương 500 triệu đồng."])).toEqual({
      lines: [
        ["KP", 1_500_000_000, "triệu đồng", "Tổng kinh phí"],
        ["KP.1", 1_000_000_000, "tỷ đồng", "Ngân sách Trung ương"],
        ["KP.2", 500_000_000, "triệu đồng", "Ngân sách địa phương"],
      ],
      split: [],
    });
  });

  test("parts that do not add up raise budget-split with the sum and the total in đồng", () => {
    const b = budgetOf(["Tổng kinh phí thực hiện: 2 tỷ đồng, gồm:", "- Tuyên truyền: 800 triệu đồng;", "- Xây dựng mô hình: 1,1 tỷ đồng."]);
    expect(b.lines).toEqual([
      ["KP", 2_000_000_000, "tỷ đồng", "Tổng kinh phí"],
      ["KP.1", 800_000_000, "triệu đồng", "Tuyên truyền"],
      ["KP.2", 1_100_000_000, "tỷ đồng", "Xây dựng mô hình"],
    ]);
    expect(b.split).toEqual([[1_900_000_000, 2_000_000_000, "line 5"]]);
  });

  // A total's only split by year, each year on a line of its own, is its schedule: checked against it, never listed
  // (a year's part listed would count the money twice against a sheet's lines).
  test.each<[string, string[], Array<[number, number, string]>]>([
    ["short of the total", ["- Năm 2023: 800 triệu đồng;", "- Năm 2024: 1,1 tỷ đồng."], [[1_900_000_000, 2_000_000_000, "line 5"]]],
    ["adding up", ["- Năm 2023: 900 triệu đồng;", "- Năm 2024: 1,1 tỷ đồng."], []],
    ["three years", ["- Năm 2023: 500 triệu đồng;", "- Năm 2024: 700 triệu đồng;", "- Năm 2025: 900 triệu đồng."], [[2_100_000_000, 2_000_000_000, "line 5"]]],
  ])("years under a total on lines of their own, %s: the total alone, its years checked", (_label, years, split) => {
    const b = budgetOf(["Tổng kinh phí thực hiện: 2 tỷ đồng, trong đó:", ...years]);
    expect(b.lines).toEqual([["KP", 2_000_000_000, "tỷ đồng", "Tổng kinh phí"]]);
    expect(b.split).toEqual(split);
  });

  // A part's only split by year is its schedule too, checked against it and never listed beside the total's parts; one
  // year alone is when some of it is spent, told with its line, nothing to check it by.
  const SOURCES = (central: string[]) => ["Tổng kinh phí: 1.000 triệu đồng, trong đó:", ...central, "- Ngân sách địa phương: 200 triệu đồng."];
  const PARTS: Array<[string, number, string]> = [
    ["KP", 1_000_000_000, "triệu đồng"],
    ["KP.1", 800_000_000, "triệu đồng"],
    ["KP.2", 200_000_000, "triệu đồng"],
  ];
  test.each<[string, string[], Array<[number, number, string]>]>([
    ["on its line, adding up", ["- Ngân sách trung ương: 800 triệu đồng, trong đó năm 2026: 400 triệu đồng, năm 2027: 400 triệu đồng;"], []],
    ["on its line, short", ["- Ngân sách trung ương: 800 triệu đồng, trong đó năm 2026: 400 triệu đồng, năm 2027: 300 triệu đồng;"], [[700_000_000, 800_000_000, "line 6"]]],
    ["on lines of their own", ["- Ngân sách trung ương: 800 triệu đồng, trong đó:", "+ Năm 2026: 500 triệu đồng;", "+ Năm 2027: 300 triệu đồng;"], []],
    ["one year alone", ["- Ngân sách trung ương: 800 triệu đồng, trong đó năm 2026 bố trí 300 triệu đồng;"], []],
    ["in a bracket, adding up", ["- Ngân sách trung ương: 800 triệu đồng (năm 2026: 400 triệu đồng, năm 2027: 400 triệu đồng);"], []],
    ["in a bracket, short: told at the source, not the total", ["- Ngân sách trung ương: 800 triệu đồng (năm 2026: 400 triệu đồng, năm 2027: 300 triệu đồng);"], [[700_000_000, 800_000_000, "line 6"]]],
  ])("a source's years %s: the total and its two sources, the years checked", (_label, central, split) => {
    const b = budgetOf(SOURCES(central));
    expect(b.lines.map(([code, target, unit]) => [code, target, unit])).toEqual(PARTS);
    expect(b.split).toEqual(split);
  });

  test("years with no total stated stay the budget's lines, to confirm: the plan keeps its money", () => {
    const plan = extractPlan(["KẾ HOẠCH", "Về việc X", "I. MỤC TIÊU", "II. KINH PHÍ THỰC HIỆN", "- Năm 2023: 800 triệu đồng;", "- Năm 2024: 1,1 tỷ đồng.", "III. TỔ CHỨC THỰC HIỆN"].join("\n"));
    expect(plan.indicators.filter((i) => i.kind === "money").map((i) => i.target)).toEqual([800_000_000, 1_100_000_000]);
  });

  test("a stated total after its parts", () => {
    const b = budgetOf(["- Hội Liên hiệp Phụ nữ: 150.000.000 đồng;", "- Ban Dân tộc: 250.000.000 VNĐ;", "- Tổng cộng: 0,4 tỷ đồng."]);
    expect(b.lines).toEqual([
      ["KP", 400_000_000, "tỷ đồng", "Tổng kinh phí"],
      ["KP.1", 150_000_000, "đồng", "Hội Liên hiệp Phụ nữ"],
      ["KP.2", 250_000_000, "đồng", "Ban Dân tộc"],
    ]);
    expect(b.split).toEqual([]);
  });

  test("one amount is the total; bare `tỷ`, `trđ` and `nghìn đồng` units", () => {
    expect(budgetOf(["Kinh phí dự kiến 3,5 tỷ."]).lines).toEqual([["KP", 3_500_000_000, "tỷ đồng", "Tổng kinh phí"]]);
    expect(budgetOf(["Kinh phí: 250 trđ."]).lines).toEqual([["KP", 250_000_000, "triệu đồng", "Tổng kinh phí"]]);
    expect(budgetOf(["Kinh phí: 12.500 nghìn đồng."]).lines).toEqual([["KP", 12_500_000, "nghìn đồng", "Tổng kinh phí"]]);
  });

  test("amounts without a total are coded as parts with no parent", () => {
    expect(budgetOf(["- Năm 2023: 1 tỷ đồng.", "- Năm 2024: 2 tỷ đồng."]).lines).toEqual([
      ["KP.1", 1_000_000_000, "tỷ đồng", "Năm 2023"],
      ["KP.2", 2_000_000_000, "tỷ đồng", "Năm 2024"],
    ]);
  });

  test("`Trong đó:` on its own line opens the list of the amount before it", () => {
    const b = budgetOf([
      "Kinh phí thực hiện năm 2022: 1,25 tỷ đồng (Bằng chữ: Một tỷ hai trăm năm mươi triệu đồng).",
      "Trong đó:",
      "- Ngân sách tỉnh: 1 tỷ đồng;",
      "- Ngân sách huyện: 250 triệu đồng.",
    ]);
    expect(b.lines).toEqual([
      ["KP", 1_250_000_000, "tỷ đồng", "Tổng kinh phí"],
      ["KP.1", 1_000_000_000, "tỷ đồng", "Ngân sách tỉnh"],
      ["KP.2", 250_000_000, "triệu đồng", "Ngân sách huyện"],
    ]);
    expect(b.split).toEqual([]);
  });

  test("an amount per year is a budget line, named so", () => {
    expect(budgetOf(["Kinh phí thực hiện: 300 triệu đồng/năm."]).lines).toEqual([["KP", 300_000_000, "triệu đồng", "Tổng kinh phí (mỗi năm)"]]);
  });

  test("rates and per-unit support levels are not budget lines", () => {
    expect(budgetOf(["Hỗ trợ 2 triệu đồng/mô hình và 500.000 đồng/người từ ngân sách."]).lines).toEqual([]);
  });

  test("a list of parts under a numbered source closes at the next numbered item", () => {
    const b = budgetOf([
      "1. Nguồn kinh phí được cấp (số tiền: 3 tỷ đồng) thực hiện các nội dung sau:",
      "- Nội dung A; số tiền: 1 tỷ đồng (Sở X thực hiện).",
      "- Nội dung B; số tiền 2 tỷ đồng.",
      "2. Các đơn vị lập dự toán theo quy định.",
    ]);
    expect(b.lines).toEqual([
      ["KP", 3_000_000_000, "tỷ đồng", "Tổng kinh phí"],
      ["KP.1", 1_000_000_000, "tỷ đồng", "Nội dung A"],
      ["KP.2", 2_000_000_000, "tỷ đồng", "Nội dung B"],
    ]);
    expect(b.split).toEqual([]);
  });

  test("a budget table: unit in the header, a total row, groups and their parts", () => {
    const b = budgetOf([
      "| STT | Nội dung | Kinh phí (triệu đồng) |",
      "| I | Truyền thông | 300 |",
      "| 1 | Hội nghị | 100 |",
      "| 2 | Tờ rơi | 150 |",
      "| II | Tập huấn | 1.200,5 |",
      "| | Tổng cộng | 1.500,5 |",
    ]);
    expect(b.lines).toEqual([
      ["KP", 1_500_500_000, "triệu đồng", "Tổng kinh phí"],
      ["KP.1", 300_000_000, "triệu đồng", "Truyền thông"],
      ["KP.1.1", 100_000_000, "triệu đồng", "Hội nghị"],
      ["KP.1.2", 150_000_000, "triệu đồng", "Tờ rơi"],
      ["KP.2", 1_200_500_000, "triệu đồng", "Tập huấn"],
    ]);
    expect(b.split).toEqual([[250_000_000, 300_000_000, "line 6"]]);
  });

  test("a budget table with its unit in a note; the stated total in the text is the table's total", () => {
    const b = budgetOf(["Tổng kinh phí: 250.000.000 đồng, chi tiết như sau:", "ĐVT: đồng", "| STT | Nội dung | Số tiền |", "| 1 | Hội nghị | 100.000.000 |", "| 2 | Tờ rơi | 150.000.000 |"]);
    expect(b.lines).toEqual([
      ["KP", 250_000_000, "đồng", "Tổng kinh phí"],
      ["KP.1", 100_000_000, "đồng", "Hội nghị"],
      ["KP.2", 150_000_000, "đồng", "Tờ rơi"],
    ]);
    expect(b.split).toEqual([]);
  });
});


describe("a part named by a word that also labels numbers (`mô hình`, `nội dung`, `dự án`)", () => {
  test.each([
    ["- Hỗ trợ xây dựng mô hình: 50 triệu đồng.", 50_000_000, "Hỗ trợ xây dựng mô hình"],
    ["- Duy trì mô hình: 280.000.000 đồng;", 280_000_000, "Duy trì mô hình"],
    ["- Nhân rộng mô hình 120 triệu đồng;", 120_000_000, "Nhân rộng mô hình"],
    ["- Các nội dung khác của dự án: 30 triệu đồng.", 30_000_000, "Các nội dung khác của dự án"],
  ])("%s is a part of the total", (line, amount, name) => {
    const b = budgetOf(["Tổng kinh phí: 1.000 triệu đồng, trong đó:", "- Tuyên truyền: 200 triệu đồng;", line]);
    expect(b.lines).toContainEqual(["KP.2", amount, expect.any(String), name]);
  });

  test("a number a label names is still no amount (`Dự án 8`, `Mô hình 3`)", () => {
    const b = budgetOf(["Tổng kinh phí thực hiện Dự án 8 năm 2024: 1.000 triệu đồng.", "- Mô hình 3 gồm 14 tổ: 200 triệu đồng;"]);
    expect(b.lines.map((l) => l[1])).toEqual([1_000_000_000, 200_000_000]);
  });
});

describe("one total split twice: by source or by year, then by purpose", () => {
  const purposes = ["Phân bổ chi tiết:", "- Tổ chức phiên giao dịch việc làm: 1.920 triệu đồng;", "- Tư vấn, giới thiệu việc làm: 1.730 triệu đồng;", "- Tuyên truyền, giám sát: 1.200 triệu đồng."];
  const names = ["Tổ chức phiên giao dịch việc làm", "Tư vấn, giới thiệu việc làm", "Tuyên truyền, giám sát"];
  test.each([
    [["- Ngân sách trung ương: 4.400 triệu đồng;", "- Ngân sách địa phương đối ứng: 450 triệu đồng."]],
    [["- Vốn ngân sách tỉnh: 4.000 triệu đồng;", "- Vốn lồng ghép: 850 triệu đồng."]],
    [["- Năm 2024: 2.850 triệu đồng;", "- Năm 2025: 2.000 triệu đồng."]],
  ])("the parts by purpose are the total's parts, the other split is told with the total (%j)", (split) => {
    const plan = extractPlan(["KẾ HOẠCH", "Về việc X", "II. KINH PHÍ", "Tổng kinh phí: 4.850 triệu đồng, trong đó:", ...split, ...purposes].join("\n"));
    const money = plan.indicators.filter((i) => i.kind === "money");
    expect(money.map((i) => [i.code, i.name])).toEqual([["KP", "Tổng kinh phí"], ...names.map((n, i) => [`KP.${i + 1}`, n])]);
    expect(money[0].sourceText).toContain(split[0].replace(/^- /, "").split(":")[0]);
    expect(plan.issues.filter((i) => i.rule === "budget-split")).toEqual([]);
  });

  test("parts by purpose that miss the total, after sources that meet it, raise budget-split on the purposes alone", () => {
    const plan = extractPlan(
      ["KẾ HOẠCH", "Về việc X", "II. KINH PHÍ", "Tổng kinh phí: 4.850 triệu đồng, trong đó:", "- Ngân sách trung ương: 4.400 triệu đồng;", "- Ngân sách địa phương: 450 triệu đồng.", ...purposes.slice(0, 3), "- Tuyên truyền, giám sát: 1.100 triệu đồng."].join("\n"),
    );
    expect(plan.indicators.filter((i) => i.kind === "money").map((i) => i.code)).toEqual(["KP", "KP.1", "KP.2", "KP.3"]);
    expect(plan.issues.filter((i) => i.rule === "budget-split").map((i) => [i.expected, i.actual])).toEqual([[4_750_000_000, 4_850_000_000]]);
  });

  test("sources alone stay the parts", () => {
    const b = budgetOf(["Tổng kinh phí: 4.850 triệu đồng, trong đó:", "- Ngân sách trung ương: 4.400 triệu đồng;", "- Ngân sách địa phương đối ứng: 450 triệu đồng."]);
    expect(b.lines.map((l) => l[0])).toEqual(["KP", "KP.1", "KP.2"]);
  });
});

test("a second split of the total by year after its parts by source is told with the total, not read as more totals", () => {
  const b = budgetOf([
    "Tổng nhu cầu vốn: 12,6 tỷ đồng. Trong đó:",
    "- Vốn ngân sách trung ương: 4,5 tỷ đồng;",
    "- Vốn ngân sách tỉnh: 2,1 tỷ đồng;",
    "- Vốn ngân sách huyện, xã: 3,0 tỷ đồng;",
    "- Vốn huy động nhân dân đóng góp: 3,0 tỷ đồng.",
    "Phân theo năm: năm 2024: 8,4 tỷ đồng; năm 2025: 4,2 tỷ đồng.",
  ]);
  expect(b.lines.map((l) => [l[0], l[1]])).toEqual([
    ["KP", 12_600_000_000],
    ["KP.1", 4_500_000_000],
    ["KP.2", 2_100_000_000],
    ["KP.3", 3_000_000_000],
    ["KP.4", 3_000_000_000],
  ]);
  expect(b.split).toEqual([]);
});

test("amounts after the total's parts that do not add up to it stay budget lines of their own", () => {
  const b = budgetOf(["Tổng kinh phí: 1 tỷ đồng, trong đó:", "- Ngân sách tỉnh: 600 triệu đồng;", "- Ngân sách huyện: 400 triệu đồng.", "Hỗ trợ thêm: xã A 50 triệu đồng; xã B 70 triệu đồng."]);
  expect(b.lines.map((l) => l[0])).toEqual(["KP.1", "KP.1.1", "KP.1.2", "KP.2", "KP.3"]);
});

test("a budget table whose unit is in a row of its own under the header takes the total column", () => {
  const b = budgetOf([
    "| STT | Nội dung | Tổng số | Ngân sách trung ương | Ngân sách địa phương |",
    "| | (ĐVT: triệu đồng) | | | |",
    "| 1 | Dự án 2 | 1.200 | 1.100 | 100 |",
    "| 2 | Dự án 3 | 6.300 | 5.800 | 500 |",
    "| | Tổng cộng | 7.500 | 6.900 | 600 |",
  ]);
  expect(b.lines.map((l) => [l[0], l[1], l[2]])).toEqual([
    ["KP", 7_500_000_000, "triệu đồng"],
    ["KP.1", 1_200_000_000, "triệu đồng"],
    ["KP.2", 6_300_000_000, "triệu đồng"],
  ]);
  expect(b.split).toEqual([]);
});

test.each([
  ["Tổng kinh phí: 1.000.000.000đ (Một tỷ đồng chẵn), trong đó:", "+ Ngân sách Trung ương: 900.000.000đ", "+ Ngân sách địa phương: 100.000.000 đ"],
  ["Tổng kinh phí: 1.000.000.000 đ, trong đó:", "+ Ngân sách Trung ương: 900tr.đ", "+ Ngân sách địa phương: 100 trđ"],
])("amounts in đồng written `đ`, glued to the figure or not (%s)", (...lines) => {
  expect(budgetOf(lines).lines.map((l) => [l[0], l[1]])).toEqual([
    ["KP", 1_000_000_000],
    ["KP.1", 900_000_000],
    ["KP.2", 100_000_000],
  ]);
});

test("`đ` opening a word is no money (`05 đợt`, `3 điểm`)", () => {
  expect(budgetOf(["Tổ chức 05 đợt kiểm tra tại 3 điểm; tổng kinh phí 20 triệu đồng."]).lines.map((l) => l[1])).toEqual([20_000_000]);
});

describe("an amount worked out on its line (`… x 2 năm = 240.000.000 đồng`)", () => {
  test("the result is the amount; the figures worked with are not parts of it", () => {
    expect(budgetOf(["Kinh phí thực hiện: 120.000.000 đồng/năm x 2 năm = 240.000.000 đồng."]).lines).toEqual([["KP", 240_000_000, "đồng", "Tổng kinh phí"]]);
  });

  test("a part worked out keeps its name and adds up with the others", () => {
    const b = budgetOf(["Tổng kinh phí: 100 triệu đồng, gồm:", "- Tập huấn: 2 lớp x 30 triệu đồng = 60 triệu đồng;", "- Tuyên truyền: 40 triệu đồng."]);
    expect(b.lines).toEqual([
      ["KP", 100_000_000, "triệu đồng", "Tổng kinh phí"],
      ["KP.1", 60_000_000, "triệu đồng", "Tập huấn"],
      ["KP.2", 40_000_000, "triệu đồng", "Tuyên truyền"],
    ]);
    expect(b.split).toEqual([]);
  });

  test.each([
    ["the price of one in brackets after the amount", "- Hỗ trợ xây dựng mô hình: 63.000.000đ (21 mô hình x 3.000.000đ);"],
    ["the price first, multiplied by the count", "- Hỗ trợ xây dựng mô hình: 63.000.000đ (3.000.000đ x 21 mô hình);"],
  ])("%s is the working of the amount, no part", (_, line) => {
    const b = budgetOf(["Tổng kinh phí: 100.000.000đ, gồm:", line, "- Tuyên truyền: 37.000.000đ."]);
    expect(b.lines).toEqual([
      ["KP", 100_000_000, "đồng", "Tổng kinh phí"],
      ["KP.1", 63_000_000, "đồng", "Hỗ trợ xây dựng mô hình"],
      ["KP.2", 37_000_000, "đồng", "Tuyên truyền"],
    ]);
    expect(b.split).toEqual([]);
  });
});

test("parts on one line separated by commas are each named by their own words", () => {
  expect(budgetOf(["Tổng kinh phí: 500 triệu đồng.", "Nguồn: ngân sách huyện 300 triệu đồng, huy động xã hội hóa 200 triệu đồng."]).lines).toEqual([
    ["KP", 500_000_000, "triệu đồng", "Tổng kinh phí"],
    ["KP.1", 300_000_000, "triệu đồng", "Ngân sách huyện"],
    ["KP.2", 200_000_000, "triệu đồng", "Huy động xã hội hóa"],
  ]);
});

describe("a budget table by area", () => {
  test.each<[string, string]>([
    ["communes", "Xã"],
    ["districts", "Huyện"],
    ["units", "Đơn vị"],
  ])("rows of %s under a unit note: the `Tổng cộng` row is the total, each area a part", (_label, column) => {
    const b = budgetOf(["Đơn vị tính: triệu đồng", `TT | ${column} | Tổ TTCĐ | CLB | Cộng`, "1 | Sán Chải | 30 | 20 | 50", "2 | Cán Cấu | 40 | 10 | 50", "Tổng cộng | | 70 | 30 | 100"]);
    expect(b.lines).toEqual([
      ["KP", 100_000_000, "triệu đồng", "Tổng kinh phí"],
      ["KP.1", 50_000_000, "triệu đồng", "Sán Chải"],
      ["KP.2", 50_000_000, "triệu đồng", "Cán Cấu"],
    ]);
    expect(b.split).toEqual([]);
  });
});
