import { buildReport, renderTextReport, toJsonReport } from "../../../src/core/report";
import { evaluateRules } from "../../../src/core/rules";
import { context, plan, planLine, table, type RowSpec } from "../rules/fixtures";

/** A small checked table: one over-ceiling count, one money line in triệu đồng under its tỷ ceiling, a text number, a wrong subtotal. */
function checked() {
  const p = plan([
    planLine("1", "Tổ truyền thông cộng đồng", "tổ", 3, { source: { sheet: "Kế hoạch", cell: "D2" } }),
    planLine("KP", "Kinh phí", "tỷ đồng", 1_500_000_000),
    planLine("3", "Câu lạc bộ", "CLB", 2),
  ]);
  const lines = [
    { header: "Tổ truyền thông", planCode: "1" },
    { header: "Kinh phí (triệu đồng)", planCode: "KP", unit: "triệu đồng" },
  ];
  const rows: RowSpec[] = [
    { label: "Tổng cộng", kind: "total", parent: null, values: [5, 1250] },
    { label: "Huyện Ba Vì", kind: "group", parent: 0, values: [3, 1250] },
    { label: "Xã Ba Trại", kind: "leaf", parent: 1, values: [2, "1.000"] },
    { label: "Xã Ba Vì", kind: "leaf", parent: 1, values: [2, 250] },
  ];
  const ctx = context(p, table(lines, rows));
  return buildReport(ctx, evaluateRules(ctx), "data/phan-bo.xlsx");
}

describe("report", () => {
  test("indicators in plan order with allocated, difference and status", () => {
    const report = checked();
    expect(report.indicators.map((r) => [r.code, r.target, r.allocated, r.difference, r.status, r.lineIndex, r.totalCell])).toEqual([
      ["1", 3, 4, 1, "over", 0, "B2"],
      ["KP", 1_500_000_000, 1_250_000_000, -250_000_000, "under", 1, "C2"],
      ["3", 2, null, null, "unmapped", null, null],
    ]);
  });

  test("JSON: exactly CONTRACT §5's keys, in order, findings sorted by sheet, row, column", () => {
    const json = toJsonReport(checked(), "vi");
    expect(Object.keys(json)).toEqual(["version", "workbook", "allocationSheet", "orientation", "planSource", "indicators", "findings", "counts"]);
    expect(json.indicators.map((i) => Object.keys(i))).toEqual(
      json.indicators.map((i) => [
        ...["code", "name", "unit", "kind", "rule", "target", "allocated", "difference", "status"],
        ...(i.sheetTotal !== undefined ? ["sheetTotal"] : []),
      ]),
    );
    expect(json.findings.map((f) => Object.keys(f))).toEqual(
      json.findings.map(() => ["rule", "severity", "sheet", "cell", "indicator", "area", "expected", "actual", "message"]),
    );
    expect(Object.keys(json.counts)).toEqual(["error", "warning", "info"]);
    expect(json.version).toBe(1);
    expect(json.workbook).toBe("data/phan-bo.xlsx");
    expect(json.allocationSheet).toBe("Phân bổ");
    expect(json.orientation).toBe("areas-as-rows");
    expect(json.planSource).toBe("sheet:Kế hoạch");
    expect(json.findings.map((f) => [f.rule, f.severity, f.cell, f.indicator, f.area, f.expected, f.actual])).toEqual([
      ["ceiling", "error", "B2", "1", null, 3, 4],
      ["subtotal", "error", "B2", "1", "Tổng cộng", 3, 5],
      ["ceiling", "warning", "C2", "KP", null, 1_500_000_000, 1_250_000_000],
      ["subtotal", "error", "B3", "1", "Huyện Ba Vì", 4, 3],
      ["text-number", "warning", "C4", "KP", "Xã Ba Trại", null, 1_000_000_000],
      ["unmapped", "warning", null, "3", null, null, null],
    ]);
    expect(json.counts).toEqual({ error: 3, warning: 3, info: 0 });
    expect(json.findings.every((f) => typeof f.message === "string")).toBe(true);
    expect(toJsonReport(checked(), "en").findings[0].message).toBe("Allocated 4 tổ exceeds the plan's 3 tổ (over by 1).");
    // Round trip through JSON text keeps the same order.
    expect(Object.keys(JSON.parse(JSON.stringify(json)).findings[0])).toEqual(Object.keys(json.findings[0]));
  });

  test("text report in Vietnamese: header, aligned table in the plan's units, findings by severity, verdict", () => {
    const text = renderTextReport(checked(), "vi");
    const lines = text.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "allocheck — Kết quả đối chiếu biểu phân bổ với kế hoạch",
      "Tệp: data/phan-bo.xlsx",
      "Trang phân bổ: Phân bổ (địa bàn theo dòng)",
      "Kế hoạch: trang “Kế hoạch”",
    ]);
    expect(lines.slice(5, 10)).toEqual([
      "Chỉ tiêu:",
      "Mã  Chỉ tiêu                   ĐVT      So sánh  Kế hoạch  Phân bổ  Chênh lệch  Trạng thái",
      "--  -------------------------  -------  -------  --------  -------  ----------  -----------------",
      "1   Tổ truyền thông cộng đồng  tổ       <=              3        4          +1  Vượt kế hoạch",
      "KP  Kinh phí                   tỷ đồng  <=            1,5     1,25       -0,25  Còn thiếu",
    ]);
    expect(lines[10]).toBe("3   Câu lạc bộ                 CLB      <=              2        —           —  Không có cột/dòng");
    expect(text).toContain("Lỗi (3):\n  'Phân bổ'!B2  [Vượt / chưa đạt kế hoạch] (mã 1) Tổng phân bổ 4 tổ vượt kế hoạch 3 tổ (vượt 1).");
    expect(text).toContain("Cảnh báo (3):\n  'Phân bổ'!C2  [Vượt / chưa đạt kế hoạch] (mã KP) Tổng phân bổ 1,25 tỷ đồng thấp hơn kế hoạch 1,5 tỷ đồng (còn 0,25 tỷ đồng chưa phân bổ).");
    expect(text).toContain("  'Phân bổ'  [Chỉ tiêu không có trong biểu] (mã 3) Chỉ tiêu 3");
    expect(lines.slice(-2)).toEqual(["Tổng số: 3 lỗi, 3 cảnh báo, 0 thông tin.", "Kết luận: CHƯA ĐẠT — có 3 lỗi cần sửa."]);
  });

  test("a money line whose unit is only in its name is shown in that unit in the table, as in its finding", () => {
    const p = plan([planLine("KP", "Kinh phí (triệu đồng)", "", 400_000_000, { kind: "money", scale: 1_000_000 })]);
    const rows: RowSpec[] = [
      { label: "Xã A", kind: "leaf", parent: null, values: [100] },
      { label: "Xã B", kind: "leaf", parent: null, values: [200] },
    ];
    const ctx = context(p, table([{ header: "Kinh phí", planCode: "KP" }], rows));
    const text = renderTextReport(buildReport(ctx, evaluateRules(ctx), "a.xlsx"), "vi");
    const row = text.split("\n").find((line) => line.startsWith("KP "));
    expect(row?.split(/\s{2,}/)).toEqual(["KP", "Kinh phí (triệu đồng)", "<=", "400", "300", "-100", "Còn thiếu"]);
    expect(text).toContain("Tổng phân bổ 300 triệu đồng thấp hơn kế hoạch 400 triệu đồng");
  });

  test.each<[string, string]>([
    ["PhanBo", "PhanBo!B1"],
    ["Phân bổ 2024", "'Phân bổ 2024'!B1"],
    ["Phân bổ 'năm 2024' Hà Nội", "'Phân bổ ''năm 2024'' Hà Nội'!B1"],
  ])("a finding's place on sheet %s is written as Excel's Go To takes it: %s; the JSON report keeps sheet and cell apart", (name, place) => {
    const p = plan([planLine("1", "Tổ", "tổ", 3)]);
    const ctx = context(p, table([{ header: "Tổ", planCode: "1" }], [{ label: "Xã A", kind: "leaf", parent: null, values: [4] }], { name }));
    const report = buildReport(ctx, evaluateRules(ctx), "a.xlsx");
    expect(renderTextReport(report, "vi")).toContain(`\n  ${place}  [Vượt / chưa đạt kế hoạch]`);
    expect(toJsonReport(report, "vi").findings[0]).toMatchObject({ sheet: name, cell: "B1" });
  });

  test.each<[string, string]>([
    ["PhanBo", "PhanBo"],
    ["Phân bổ 2024", "'Phân bổ 2024'"],
    ['Phân bổ "2024"', `'Phân bổ "2024"'`],
  ])("a finding on the whole sheet %s names it as Excel quotes it, as findings at a cell do: %s", (name, place) => {
    const p = plan([planLine("1", "Tổ", "tổ", 3), planLine("2", "CLB", "CLB", 2)]);
    const ctx = context(p, table([{ header: "Tổ", planCode: "1" }], [{ label: "Xã A", kind: "leaf", parent: null, values: [3] }], { name }));
    const text = renderTextReport(buildReport(ctx, evaluateRules(ctx), "a.xlsx"), "vi");
    expect(text).toContain(`\n  ${place}  [Chỉ tiêu không có trong biểu] (mã 2)`);
  });

  test("text report in English, and the verdict of a clean check", () => {
    const p = plan([planLine("1", "Teams", "tổ", 4)]);
    const ctx = context(p, table([{ header: "Tổ", planCode: "1" }], [{ label: "Xã A", kind: "leaf", parent: null, values: [4] }]));
    const text = renderTextReport(buildReport(ctx, evaluateRules(ctx), "a.xlsx"), "en");
    expect(text).toContain("Allocation sheet: Phân bổ (areas as rows)");
    expect(text).toContain("No findings.");
    expect(text.split("\n").slice(-1)[0]).toBe("Verdict: OK — the allocation matches the plan.");
  });
});

describe("English counts take their noun in the right number", () => {
  /** `negatives` negative leaves (invalid-value errors) and `texts` numbers typed as text (text-number warnings), the line's ceiling met exactly. */
  function report(negatives: number, texts: number) {
    const p = plan([planLine("1", "Tổ", "tổ", 2 * texts - negatives)]);
    const rows: RowSpec[] = [
      ...Array.from({ length: negatives }, (_, i): RowSpec => ({ label: `Xã Âm ${i + 1}`, kind: "leaf", parent: null, values: [-1] })),
      ...Array.from({ length: texts }, (_, i): RowSpec => ({ label: `Xã Chữ ${i + 1}`, kind: "leaf", parent: null, values: ["2"] })),
    ];
    const ctx = context(p, table([{ header: "Tổ", planCode: "1" }], rows));
    return buildReport(ctx, evaluateRules(ctx), "a.xlsx");
  }

  test.each<[number, number, string, string]>([
    [1, 1, "Totals: 1 error, 1 warning, 0 info.", "Verdict: NOT OK — 1 error to fix."],
    [2, 3, "Totals: 2 errors, 3 warnings, 0 info.", "Verdict: NOT OK — 2 errors to fix."],
    [0, 1, "Totals: 0 errors, 1 warning, 0 info.", "Verdict: no errors; 1 warning to review."],
    [0, 3, "Totals: 0 errors, 3 warnings, 0 info.", "Verdict: no errors; 3 warnings to review."],
  ])("%i negative and %i text cells", (negatives, texts, totals, verdict) => {
    const r = report(negatives, texts);
    expect(r.counts).toEqual({ error: negatives, warning: texts, info: 0 });
    expect(renderTextReport(r, "en").split("\n").slice(-2)).toEqual([totals, verdict]);
  });
});

/** A count as a person reads it: `.` groups thousands in Vietnamese, `,` in English. */
function grouped(n: number, mark: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

describe("counts of findings in the text report", () => {
  /** 1 200 negative leaves (invalid-value errors) and 1 100 numbers typed as text (text-number warnings). */
  function many() {
    const p = plan([planLine("1", "Tổ", "tổ", 10_000)]);
    const rows: RowSpec[] = [
      ...Array.from({ length: 1200 }, (_, i): RowSpec => ({ label: `Xã Âm ${i + 1}`, kind: "leaf", parent: null, values: [-1] })),
      ...Array.from({ length: 1100 }, (_, i): RowSpec => ({ label: `Xã Chữ ${i + 1}`, kind: "leaf", parent: null, values: ["2"] })),
    ];
    const ctx = context(p, table([{ header: "Tổ", planCode: "1" }], rows));
    return buildReport(ctx, evaluateRules(ctx), "a.xlsx");
  }

  test.each<["vi" | "en", string]>([
    ["vi", "."],
    ["en", ","],
  ])("%s: counts of 1 000 and more are grouped as figures are (%s); the JSON keeps numbers", (lang, mark) => {
    const report = many();
    const { error, warning } = report.counts;
    expect([error >= 1000, warning >= 1000]).toEqual([true, true]);
    const text = renderTextReport(report, lang);
    const [errors, warnings] = [grouped(error, mark), grouped(warning, mark)];
    if (lang === "vi") {
      expect(text).toContain(`\nLỗi (${errors}):\n`);
      expect(text).toContain(`\nCảnh báo (${warnings}):\n`);
      expect(text).toContain(`Tổng số: ${errors} lỗi, ${warnings} cảnh báo, 0 thông tin.`);
      expect(text).toContain(`Kết luận: CHƯA ĐẠT — có ${errors} lỗi cần sửa.`);
    } else {
      expect(text).toContain(`Totals: ${errors} errors, ${warnings} warnings, 0 info.`);
      expect(text).toContain(`Verdict: NOT OK — ${errors} errors to fix.`);
    }
    expect(toJsonReport(report, lang).counts).toEqual({ error, warning, info: 0 });
  });
});

describe("English messages", () => {
  test("keep the area and the count unit, as the Vietnamese ones do", () => {
    const p = plan(
      [
        planLine("1", "Địa chỉ tin cậy", "địa chỉ", 2, { quota: 1 }),
        planLine("5", "Tỷ lệ", "%", 80),
        planLine("6", "Đối thoại", "cuộc", 9),
      ],
      // Two plan communes without a row: not one name typed over the repeat's.
      [{ district: "Quốc Oai", commune: "Đông Yên" }, { district: "Quốc Oai", commune: "Sài Sơn" }, { district: "Quốc Oai", commune: "Phú Mãn" }],
    );
    const lines = [{ header: "Địa chỉ tin cậy", planCode: "1" }, { header: "Tỷ lệ", planCode: "5" }, { header: "Đối thoại", planCode: "6" }, { header: "Ghi chú đặc biệt", planCode: null }];
    const rows: RowSpec[] = [
      { label: "Tổng cộng", kind: "total", parent: null, values: [9, null, null, null] },
      { label: "Huyện Quốc Oai", kind: "group", parent: 0, values: [3, null, null, null] },
      { label: "Xã Đông Yên", kind: "leaf", parent: 1, values: [2, 50, "năm", 1] },
      // Over the plan's 9 cuộc even with "năm" counted as 0: a ceiling of its own (a shortfall would be told in the text's error).
      { label: "xã Đông Yên", kind: "leaf", parent: 1, values: [{ error: "#REF!" }, "90", 12, 1] },
    ];
    const ctx = context(p, table(lines, rows));
    const report = buildReport(ctx, evaluateRules(ctx), "x.xlsx");
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(
      new Set(["ceiling", "percent", "quota", "subtotal", "invalid-value", "text-number", "duplicate", "coverage", "unmapped"]),
    );
    const units = p.lines.map((l) => l.unit).filter((u): u is string => typeof u === "string" && u !== "%");
    let named = 0;
    for (const finding of report.findings) {
      // Every area name and unit word the Vietnamese message gives, the English one gives too.
      const words = [finding.area, ...units].filter((w): w is string => typeof w === "string" && finding.message.vi.includes(w));
      for (const word of words) expect({ rule: finding.rule, en: finding.message.en, has: finding.message.en.includes(word) }).toEqual({ rule: finding.rule, en: finding.message.en, has: true });
      named += words.length;
    }
    expect(named).toBeGreaterThan(5);
  });
});
