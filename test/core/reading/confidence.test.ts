/** Confidence said out loud: a weak reading says why, before the findings; a clear one says nothing. */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/model/workbook";
import { renderTextReport } from "../../../src/core/report";
import { sheet } from "../layout/sheetBuilder";

const PLAN = sheet("Kế hoạch", [
  ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
  ["1", "Tổ truyền thông cộng đồng", "tổ", 10],
  ["2", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 10],
  ["3", "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 5],
  ["4", "Cuộc đối thoại chính sách", "cuộc", 5],
]);

function check(rows: CellValue[][]) {
  return checkWorkbook({ sheets: [sheet("Phân bổ", rows), PLAN] }, { workbookName: "x.xlsx" }).report;
}

test("a clear reading: high confidence, nothing said", () => {
  const report = check([
    ["Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy tại cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi", "Cuộc đối thoại chính sách"],
    ["Tổng cộng", 10, 10, 5, 5],
    ["Xã Ba Trại", 4, 5, 2, 2],
    ["Xã Tản Lĩnh", 6, 5, 3, 3],
  ]);
  expect(report.reading?.confidence).toEqual({ level: "high", reasons: [] });
  expect(renderTextReport(report, "vi")).not.toContain("Độ tin cậy");
});

test("two readings that the arithmetic cannot tell apart, and plan lines without a column: low, with the reasons, before the findings", () => {
  // `Ba Trại` (bare) under `Huyện Ba Vì`, or beside it? No typed subtotal tells; two plan lines have no column.
  const report = check([
    ["Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy tại cộng đồng"],
    ["Huyện Ba Vì", null, null],
    ["Ba Trại", 4, 5],
    ["Tản Lĩnh", 6, 5],
  ]);
  const reading = report.reading!;
  expect(reading.confidence.level).toBe("low");
  const reasons = reading.confidence.reasons.map((r) => r.en).join("\n");
  expect(reasons).toMatch(/readings of the area structure/);
  expect(reasons).toMatch(/2 plan lines found no column or row \(codes 3, 4\)/);
  const text = renderTextReport(report, "en");
  expect(text).toContain("Confidence: LOW");
  expect(text).toContain("allocheck check --explain");
  expect(text.indexOf("Confidence: LOW")).toBeLessThan(text.indexOf("Plan lines:"));
});

describe("a `1.500` typed as text in a money column, read one way, that fits the plan read the other", () => {
  const money = sheet("Kế hoạch", [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["KP", "Kinh phí truyền thông", "tỷ đồng", "2,5"],
  ]);
  const report = (leaf: CellValue) =>
    checkWorkbook({ sheets: [sheet("Phân bổ", [["Đơn vị", "Kinh phí truyền thông (tỷ đồng)"], ["Xã Ba Trại", leaf], ["Xã Tản Lĩnh", 1]]), money] }, { workbookName: "x.xlsx" }).report;
  test.each<[string, CellValue, string | null]>([
    ["`1.500`: low, naming the cell", "1.500", 'Ô B2 ghi "1.500" dạng văn bản (chỉ tiêu KP): allocheck hiểu dấu chấm là phân cách hàng nghìn'],
    ["a typed 1.5: high", 1.5, null],
    ["`1,5`: high", "1,5", null],
  ])("%s", (_name, leaf, reason) => {
    const confidence = report(leaf).reading?.confidence;
    if (reason === null) expect(confidence).toEqual({ level: "high", reasons: [] });
    else {
      expect(confidence?.level).toBe("low");
      expect(confidence?.reasons.some((r) => r.vi.startsWith(reason))).toBe(true);
    }
  });
});

describe("the sheet's total off from the areas read by one same factor on every line", () => {
  // Areas read by position (bare names, no area list): nothing but the totals to tell the reading is wrong.
  const rows = (total: CellValue[], leaves: CellValue[][]): CellValue[][] => [
    ["Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy tại cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi", "Cuộc đối thoại chính sách"],
    ["Tổng cộng", ...total],
    ...leaves,
  ];
  const LEAVES: CellValue[][] = [
    ["Ba Trại", 2, 3, 1, 1],
    ["Tản Lĩnh", 3, 2, 1, 2],
  ];
  const SAME = "times what the areas allocheck read add up to";
  test.each<[string, CellValue[], boolean, string?]>([
    ["the total twice the areas on every line (subtotal rows missed): low", [10, 10, 4, 6], true],
    ["the total half the areas on every line: low", [2.5, 2.5, 1, 1.5], true],
    ["the total off by a different amount on each line (typing slips): no such reason", [6, 5, 3, 3], false],
    ["one line off, the others equal: no such reason", [10, 5, 2, 3], false],
    ["every total equal to its areas: high", [5, 5, 2, 3], false],
    ["areas read by their prefix (`Xã …`), the total twice them on every line: a finding, no doubt on the reading", [10, 10, 4, 6], false, "Xã "],
  ])("%s", (_label, total, said, prefix = "") => {
    const confidence = check(rows(total, LEAVES.map(([name, ...values]) => [`${prefix}${String(name)}`, ...values]))).reading!.confidence;
    expect(confidence.reasons.some((r) => r.en.includes(SAME))).toBe(said);
    if (said) {
      expect(confidence.level).toBe("low");
      expect(confidence.reasons.find((r) => r.en.includes(SAME))!.vi).toMatch(/^Ở cả 4 chỉ tiêu, dòng tổng của biểu gấp (2|0,5) lần/);
    }
  });
});

describe("the same areas read twice in different groups", () => {
  const WITH_AREAS = sheet("Kế hoạch", [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 10],
    [],
    ["Huyện", "Xã"],
    ["Ba Vì", "Ba Trại"],
    ["Ba Vì", "Tản Lĩnh"],
    ["Đan Phượng", "Tân Lập"],
    ["Quốc Oai", "Tân Lập"],
  ]);
  const checkAreas = (rows: CellValue[][], merges: string[] = []) =>
    checkWorkbook({ sheets: [sheet("Phân bổ", rows, { merges }), WITH_AREAS] }, { workbookName: "x.xlsx" }).report.reading!.confidence;
  const TWO_ROUNDS: CellValue[][] = [
    ["BIỂU PHÂN BỔ"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Đợt 1", null, null, null, "Đợt 2", null, null, null],
    [null, null, null, "Huyện Ba Vì", null, "Huyện Đan Phượng", null, "Huyện Ba Vì", null, "Huyện Đan Phượng", null],
    [null, null, null, "Ba Trại", "Tản Lĩnh", "Tân Lập", null, "Ba Trại", "Tản Lĩnh", "Tân Lập", null],
    [1, "Tổ truyền thông cộng đồng", "tổ", 1, 1, 1, null, 1, 1, 1, null],
  ];
  test.each<[string, CellValue[][], string[], "high" | "low", string | null]>([
    [
      "two rounds side by side, the round row not read: low",
      TWO_ROUNDS.map((r) => r.filter((_v, c) => c !== 6 && c !== 10)),
      ["A3:A5", "B3:B5", "C3:C5", "D3:F3", "G3:I3", "D4:E4", "G4:H4"],
      "low",
      "appear more than once",
    ],
    [
      "two year blocks side by side, the year row read as a tier over the districts: high",
      [
        ["BIỂU PHÂN BỔ"],
        [],
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", null, "Năm 2025", null],
        [null, null, null, "Huyện Ba Vì", null, "Huyện Ba Vì", null],
        [null, null, null, "Ba Trại", "Tản Lĩnh", "Ba Trại", "Tản Lĩnh"],
        [1, "Tổ truyền thông cộng đồng", "tổ", 3, 2, 2, 3],
      ],
      ["A3:A5", "B3:B5", "C3:C5", "D3:E3", "F3:G3", "D4:E4", "F4:G4"],
      "high",
      null,
    ],
    [
      "under year rows: high",
      [
        ["Đơn vị", "Tổ truyền thông cộng đồng"],
        ["Tổng cộng", 10],
        ["Năm 2024", 5],
        ["Huyện Ba Vì", 5],
        ["Xã Ba Trại", 3],
        ["Xã Tản Lĩnh", 2],
        ["Năm 2025", 5],
        ["Huyện Ba Vì", 5],
        ["Xã Ba Trại", 2],
        ["Xã Tản Lĩnh", 3],
      ],
      [],
      "high",
      null,
    ],
    [
      "one commune name in two districts: high",
      [
        ["Đơn vị", "Tổ truyền thông cộng đồng"],
        ["Tổng cộng", 10],
        ["Huyện Đan Phượng", 4],
        ["Xã Tân Lập", 4],
        ["Huyện Quốc Oai", 6],
        ["Xã Tân Lập", 6],
      ],
      [],
      "high",
      null,
    ],
    [
      "a row of persons over the communes, one to each, read as text (the communes alone): high",
      [
        ["BIỂU PHÂN BỔ"],
        [],
        ["STT", "Chỉ tiêu", "ĐVT", "Tổng số", "Lan", "Hoa", "Mai"],
        [null, null, null, null, "Ba Trại", "Tản Lĩnh", "Tân Lập"],
        [1, "Tổ truyền thông cộng đồng", "tổ", 10, 4, 3, 3],
      ],
      ["A3:A4", "B3:B4", "C3:C4", "D3:D4"],
      "high",
      null,
    ],
  ])("%s", (_name, rows, merges, level, reason) => {
    const confidence = checkAreas(rows, merges);
    expect(confidence.level).toBe(level);
    if (reason !== null) expect(confidence.reasons.map((r) => r.en)).toContainEqual(expect.stringContaining(reason));
  });
});

describe("short headers matched by name: a count unit that is the plan line's and no other's backs the match", () => {
  const plan = sheet("Kế hoạch", [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng được thành lập mới", "tổ", 10],
    ["2", "Tổ tiết kiệm vay vốn tự quản được củng cố, nâng cao chất lượng hoạt động", "tổ", 10],
    ["3", "Địa chỉ tin cậy tại cộng đồng được củng cố, nâng cao chất lượng trên cơ sở mô hình hiện có/hoặc thành lập mới", "địa chỉ", 10],
    ["4", "Cuộc đối thoại chính sách cấp xã và thôn bản liên quan đến phụ nữ, trẻ em, bình đẳng giới được tổ chức tại các xã vùng đồng bào dân tộc thiểu số", "cuộc", 5],
  ]);
  const loose = (headers: string[]) => {
    const report = checkWorkbook(
      { sheets: [sheet("Phân bổ", [["Đơn vị", ...headers], ["Tổng cộng", 10, 10, 10, 5], ["Xã Ba Trại", 4, 5, 5, 2], ["Xã Tản Lĩnh", 6, 5, 5, 3]]), plan] },
      { workbookName: "x.xlsx" },
    ).report;
    return report.reading!.confidence.reasons.map((r) => r.en).find((r) => r.includes("loosely similar")) ?? null;
  };
  test.each<[string, string[], RegExp | null]>([
    ["units in the headers, each unique to its plan line: high", ["Tổ truyền thông cộng đồng thành lập mới (tổ)", "Tổ tiết kiệm vay vốn (tổ)", "Địa chỉ tin cậy (địa chỉ)", "Đối thoại chính sách (cuộc)"], null],
    ["the same short headers without units: loose", ["Tổ truyền thông cộng đồng thành lập mới", "Tổ tiết kiệm vay vốn", "Địa chỉ tin cậy", "Đối thoại chính sách"], /codes 3, 4/],
  ])("%s", (_name, headers, reason) => {
    const found = loose(headers);
    if (reason === null) expect(found).toBeNull();
    else expect(found).toMatch(reason);
  });
});

describe("plan lines with no column", () => {
  const plan = sheet("Kế hoạch", [
    ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 10],
    ["2", "Địa chỉ tin cậy tại cộng đồng", "địa chỉ", 10],
    ["3", "Tỷ lệ hộ gia đình được tuyên truyền", "%", 80],
    ["4", "Tỷ lệ cán bộ nữ được tập huấn", "%", 100],
    ["5", "Câu lạc bộ thủ lĩnh của sự thay đổi", "CLB", 5],
    ["6", "Cuộc đối thoại chính sách", "cuộc", 5],
  ]);
  const reasons = (headers: string[]) =>
    checkWorkbook(
      { sheets: [sheet("Phân bổ", [["Đơn vị", ...headers], ["Tổng cộng", ...headers.map(() => 10)], ["Xã Ba Trại", ...headers.map(() => 4)], ["Xã Tản Lĩnh", ...headers.map(() => 6)]]), plan] },
      { workbookName: "x.xlsx" },
    ).report.reading!.confidence.reasons.map((r) => r.en);
  test.each<[string, string[], RegExp | null]>([
    ["only the rates (percent lines) left off: no doubt on the reading", ["Tổ truyền thông cộng đồng", "Địa chỉ tin cậy tại cộng đồng", "Câu lạc bộ thủ lĩnh của sự thay đổi", "Cuộc đối thoại chính sách"], null],
    ["two count lines left off: said, naming them", ["Tổ truyền thông cộng đồng", "Địa chỉ tin cậy tại cộng đồng"], /2 plan lines found no column or row \(codes 5, 6\)/],
  ])("%s", (_name, headers, reason) => {
    const found = reasons(headers).find((r) => r.includes("found no column")) ?? null;
    if (reason === null) expect(found).toBeNull();
    else expect(found).toMatch(reason);
  });
});
