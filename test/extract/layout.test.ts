/** Text as it comes from portals, PDF conversions and Word: broken lines, Markdown, `|` debris, tables, banners. */
import { extractPlan } from "../../src/extract";
import { normalizeText } from "../../src/extract/normalize";

describe("normalizeText", () => {
  test("joins lines wrapped in the middle of a sentence and remembers the physical lines", () => {
    const lines = normalizeText("- 100% cán bộ, công chức,\nngười lao động được tập huấn; 80% học\nsinh được tuyên truyền.\n- 14 tổ.");
    expect(lines.map((l) => [l.text, l.line])).toEqual([
      ["- 100% cán bộ, công chức, người lao động được tập huấn; 80% học sinh được tuyên truyền.", 1],
      ["- 14 tổ.", 4],
    ]);
    expect(lines[0].breaks.map((b) => b.line)).toEqual([1, 2, 3]);
  });

  test("never joins a new list item, a heading or a new paragraph", () => {
    const lines = normalizeText("2. Chỉ tiêu cụ thể\nThành lập 14 tổ.\nI. NỘI DUNG\na) Tổ chức\n\nHội nghị mới.");
    expect(lines.map((l) => l.text)).toEqual(["2. Chỉ tiêu cụ thể", "Thành lập 14 tổ.", "I. NỘI DUNG", "a) Tổ chức", "Hội nghị mới."]);
  });

  test("drops portal banners, `|` debris, rules and lone page numbers", () => {
    const raw = [
      "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.",
      "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục.",
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
      "-------",
      "|",
      "12",
      "Nội dung",
    ].join("\n");
    expect(normalizeText(raw).map((l) => [l.text, l.line])).toEqual([
      ["ỦY BAN NHÂN DÂN", 3],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 3],
      ["Nội dung", 7],
    ]);
  });

  test("Markdown marks from a PDF conversion", () => {
    const lines = normalizeText("## 1. Chỉ tiêu chính\n\n* **14** tổ truyền thông\n> 2\\. Nội dung\n__Kinh phí__: *500* triệu đồng");
    expect(lines.map((l) => l.text)).toEqual(["1. Chỉ tiêu chính", "- 14 tổ truyền thông", "2. Nội dung", "Kinh phí: 500 triệu đồng"]);
  });

  test("table rows keep their empty cells in place", () => {
    expect(normalizeText("| 1 | Tổ truyền thông |  | 14 |")[0].cells).toEqual(["1", "Tổ truyền thông", "", "14"]);
  });

  test("table rows keep their cells; separator rows go", () => {
    const lines = normalizeText("| STT | Chỉ tiêu | ĐVT | Kế hoạch |\n|---|---|---|---|\n| 1 | Tổ truyền thông | tổ | 14 |");
    expect(lines.map((l) => l.cells)).toEqual([
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
      ["1", "Tổ truyền thông", "tổ", "14"],
    ]);
  });

  test("NFC, soft hyphens, zero-width and no-break spaces", () => {
    const lines = normalizeText("Tô\u0309 truy\u00ADền\u200B\u00A0thông");
    expect(lines[0].text).toBe("Tổ truyền thông");
  });
});

describe("extraction through the layout noise", () => {
  test("hard-wrapped targets report the line the number is on", () => {
    const text = [
      "KẾ HOẠCH",
      "Thực hiện công tác năm 2024",
      "I. MỤC TIÊU",
      "2. Chỉ tiêu cụ thể:",
      "- 100% cán bộ, công chức",
      "được tập huấn; 80% học",
      "sinh được tuyên truyền về bình đẳng giới.",
      "II. NỘI DUNG",
    ].join("\n");
    const plan = extractPlan(text);
    expect(plan.indicators.map((i) => [i.target, i.source, i.name])).toEqual([
      [100, "line 5", "Cán bộ, công chức được tập huấn"],
      [80, "line 6", "Học sinh được tuyên truyền về bình đẳng giới"],
    ]);
  });

  test("a Markdown plan from a PDF conversion", () => {
    const text = [
      "# KẾ HOẠCH",
      "**Thực hiện Dự án 8 năm 2024**",
      "## I. MỤC TIÊU",
      "### 1. Chỉ tiêu chính",
      "* Thành lập mới **05** tổ truyền thông cộng đồng;",
      "* Duy trì *12* địa chỉ tin cậy;",
      "## II. KINH PHÍ",
      "Tổng kinh phí: **1.500** triệu đồng.",
    ].join("\n");
    const plan = extractPlan(text);
    expect(plan.title).toBe("Thực hiện Dự án 8 năm 2024");
    expect(plan.indicators.map((i) => [i.code, i.target, i.unit])).toEqual([
      ["1", 5, "tổ"],
      ["2", 12, "địa chỉ"],
      ["KP", 1_500_000_000, "triệu đồng"],
    ]);
  });

  test("an indicator table, coded by its STT column, money in the unit of its row", () => {
    const text = [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8",
      "I. MỤC TIÊU",
      "1. Chỉ tiêu cụ thể",
      "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch |",
      "|---|---|---|---|",
      "| 1 | Tổ truyền thông cộng đồng thành lập mới | tổ | 14 |",
      "| 2 | Tỷ lệ phụ nữ được tư vấn | % | 80 |",
      "| 3 | Kinh phí hỗ trợ mô hình | triệu đồng | 1.250,5 |",
      "II. TỔ CHỨC THỰC HIỆN",
    ].join("\n");
    const plan = extractPlan(text);
    expect(plan.indicators.map((i) => [i.code, i.name, i.unit, i.target, i.kind, i.source])).toEqual([
      ["1", "Tổ truyền thông cộng đồng thành lập mới", "tổ", 14, "count", "line 7"],
      ["2", "Tỷ lệ phụ nữ được tư vấn", "%", 80, "percent", "line 8"],
      ["3", "Kinh phí hỗ trợ mô hình", "triệu đồng", 1_250_500_000, "money", "line 9"],
    ]);
  });

  test("an appendix table of targets after the signature, by its header: the whole-period column, empty cells, group rows", () => {
    const text = [
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 giai đoạn 2022-2025",
      "I. MỤC TIÊU",
      "Chỉ tiêu cụ thể tại Phụ lục kèm theo.",
      "II. TỔ CHỨC THỰC HIỆN",
      "Các đơn vị thực hiện./.",
      "TM. ỦY BAN NHÂN DÂN",
      "PHỤ LỤC",
      "CHỈ TIÊU THỰC HIỆN DỰ ÁN 8 GIAI ĐOẠN 2022-2025",
      "| STT | Nội dung | ĐVT | Năm 2023 | Năm 2024 | Cả giai đoạn | Định mức |",
      "| I | Nhóm chỉ tiêu truyền thông |  |  |  |  |  |",
      "| 1 | Tổ truyền thông cộng đồng thành lập mới | Tổ | 5 | 9 | 14 | 1 |",
      "| 2 | Phụ nữ được tư vấn | % | 70 | 80 | 80 |  |",
    ].join("\n");
    const plan = extractPlan(text);
    expect(plan.indicators.map((i) => [i.code, i.name, i.unit, i.target, i.kind, i.quota, i.source])).toEqual([
      ["1", "Tổ truyền thông cộng đồng thành lập mới", "Tổ", 14, "count", 1, "line 12"],
      ["2", "Phụ nữ được tư vấn", "%", 80, "percent", undefined, "line 13"],
    ]);
    expect(plan.issues.map((i) => i.rule)).toEqual(["no-budget"]);
  });

  test("a budget table is no indicator table", () => {
    const text = ["KẾ HOẠCH", "Về việc X", "I. NỘI DUNG", "| STT | Nội dung | Kinh phí (triệu đồng) |", "| 1 | Truyền thông | 150 |"].join("\n");
    const indicators = extractPlan(text).indicators;
    expect(indicators.filter((i) => i.kind !== "money")).toEqual([]);
    // With no budget part in the text, its one budget column is the budget.
    expect(indicators.map((i) => [i.kind, i.target])).toEqual([["money", 150_000_000]]);
  });
});

