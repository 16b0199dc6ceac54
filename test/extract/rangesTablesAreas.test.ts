/**
 * Readings added for plans beyond the seeds: bounds worded `không dưới`,
 * ranges in target lists and tables (`từ 10 đến 12`, `10-15%`, `15-20`),
 * budget tables of nguồn vốn, tab-separated tables, single-column area
 * tables, grouped commune lists with their count, restatements, and the
 * targets that must be confirmed.
 */
import { extractPlan } from "../../src/extract";
import { splitBound, splitRange } from "../../src/extract/bounds";
import { CONFIRM_BELOW } from "../../src/extract/prose";

const plan = (...lines: string[]) => extractPlan(["KẾ HOẠCH", "Thử nghiệm năm 2025", ...lines].join("\n"));
const rows = (p: ReturnType<typeof extractPlan>) => p.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.rule ?? null, i.range ?? null]);

describe("bounds and ranges in a target list", () => {
  test.each<[string, Array<[number, string, string | null, readonly [number, number] | null]>]>([
    ["- Không dưới 80% phụ nữ được tư vấn.", [[80, "%", ">=", null]]],
    ["- Tỷ lệ lao động qua đào tạo đạt không dưới 60%.", [[60, "%", ">=", null]]],
    ["- Giảm 10-15% số vụ bạo lực gia đình.", [[10, "%", ">=", [10, 15]]]],
    ["- Tỷ lệ hộ nghèo giảm từ 1 - 1,5%.", [[1, "%", ">=", [1, 1.5]]]],
    ["- Thành lập mới từ 10 đến 12 câu lạc bộ.", [[10, "CLB", ">=", [10, 12]]]],
    ["- Tư vấn 300 - 350 ý tưởng khởi nghiệp.", [[300, "ý tưởng", ">=", [300, 350]]]],
    ["- Hỗ trợ việc làm cho ít nhất 1.200 lao động.", [[1200, "lao động", ">=", null]]],
    ["- Tổ chức không quá 04 hội chợ.", [[4, "hội chợ", "<=", null]]],
  ])("%s", (line, expected) => {
    expect(rows(plan("I. CHỈ TIÊU", line, "II. TỔ CHỨC THỰC HIỆN"))).toEqual(expected);
  });

  test("a range's name drops its lower end; a norm per unit and a span of years are no targets", () => {
    const p = plan("I. CHỈ TIÊU", "- Thành lập mới từ 10 đến 12 câu lạc bộ Thủ lĩnh; mỗi tổ từ 08 đến 12 thành viên.", "- Giai đoạn 2021 - 2025 duy trì 30 tổ.", "II. TỔ CHỨC THỰC HIỆN");
    expect(p.indicators.map((i) => [i.name, i.target, i.unit])).toEqual([
      ["Thành lập mới câu lạc bộ Thủ lĩnh", 10, "CLB"],
      ["Giai đoạn 2021 - 2025 duy trì tổ", 30, "tổ"],
    ]);
  });

  test("`Từ 70% trở lên …`: the bound's `từ` leaves the name", () => {
    const p = plan("I. CHỈ TIÊU", "1. Từ 70% trở lên hộ gia đình được tuyên truyền.", "II. TỔ CHỨC THỰC HIỆN");
    expect(p.indicators.map((i) => [i.target, i.rule, i.name])).toEqual([[70, ">=", "Hộ gia đình được tuyên truyền"]]);
  });

  test("the same target restated with `phấn đấu` and another value is a conflict, not a second target", () => {
    const p = plan("I. CHỈ TIÊU", "- Hỗ trợ việc làm cho ít nhất 1.200 lao động thuộc hộ nghèo, hộ cận nghèo.", "II. NỘI DUNG", "1. Phấn đấu hỗ trợ việc làm cho 1.500 lao động thuộc hộ nghèo, hộ cận nghèo.");
    expect(rows(p)).toEqual([[1200, "lao động", ">=", null]]);
    expect(p.issues.map((i) => i.rule)).toContain("target-conflict");
  });
});

describe("a whole's count after its norm", () => {
  test.each<[string, string, Array<[number, string, number | null, string]>]>([
    ["list", "I. CHỈ TIÊU", [[14, "CLB", 1, "Thành lập CLB"], [8, "tổ", 1, "Thành lập mới tổ"]]],
    ["running text", "I. MỤC TIÊU", [[14, "CLB", 1, "Thành lập CLB"], [8, "tổ", 1, "Thành lập mới tổ"]]],
  ])("%s: `Mỗi xã … 01 CLB, toàn huyện 14 CLB`, `01 tổ tại mỗi xã, tổng số 08 tổ`", (_, heading, expected) => {
    const p = plan(heading, "- Mỗi xã thành lập 01 CLB, toàn huyện 14 CLB.", "- Thành lập mới 01 tổ tại mỗi xã, tổng số 08 tổ.", "II. TỔ CHỨC THỰC HIỆN");
    expect(p.indicators.filter((i) => i.kind === "count").map((i) => [i.target, i.unit, i.quota ?? null, i.name])).toEqual(expected);
  });
});

describe("shares of a target given to named places", () => {
  test("`huyện A 05 tổ, huyện B 04 tổ` after a target, in a list or a sentence, are no targets of their own", () => {
    const p = plan(
      "I. CHỈ TIÊU",
      "- Thành lập mới 09 tổ truyền thông cộng đồng, trong đó: huyện Mường Khương 05 tổ, huyện Bắc Hà 04 tổ.",
      "Cụ thể: Huyện Si Ma Cai 04 CLB, huyện Bắc Hà 03 CLB.",
      "II. NỘI DUNG HOẠT ĐỘNG",
      "- Hỗ trợ thành lập 5 tổ hợp tác: xã Nậm Có 02 tổ, xã Cao Phạ 03 tổ.",
      "II. TỔ CHỨC THỰC HIỆN",
    );
    expect(p.indicators.filter((i) => i.kind === "count").map((i) => [i.target, i.unit, i.name])).toEqual([
      [9, "tổ", "Thành lập mới tổ truyền thông cộng đồng"],
      [5, "tổ hợp tác", "Hỗ trợ thành lập tổ hợp tác"],
    ]);
  });
});

describe("shares that miss their target", () => {
  test("on the target's line or on the next line alone; shares that add up raise nothing", () => {
    const p = plan(
      "I. CHỈ TIÊU",
      "- Thành lập mới 12 tổ truyền thông cộng đồng, trong đó: huyện Mường Khương 05 tổ, huyện Bắc Hà 04 tổ, huyện Si Ma Cai 03 tổ.",
      "- Thành lập 10 CLB.",
      "Cụ thể: huyện Mường Khương 04 CLB, huyện Bắc Hà 03 CLB, huyện Si Ma Cai 02 CLB.",
      "II. TỔ CHỨC THỰC HIỆN",
    );
    expect(p.issues.filter((i) => i.rule === "share-total").map((i) => [i.source, i.expected, i.actual])).toEqual([["line 5", 9, 10]]);
  });
});

describe("value cells", () => {
  test.each<[string, string, string | undefined]>([
    ["Từ 95 trở lên", "95", ">="],
    ["≥ 65", "65", ">="],
    ["dưới 1,5", "1,5", "<="],
    ["không dưới 70", "70", ">="],
  ])("splitBound(%s)", (cell, value, rule) => {
    expect(splitBound(cell)).toEqual(rule === undefined ? { value } : { value, rule });
  });

  test.each<[string, readonly [string, string] | null]>([
    ["15-20", ["15", "20"]],
    ["15 - 20", ["15", "20"]],
    ["từ 15 đến 20", ["15", "20"]],
    ["10 – 15%", ["10%", "15%"]],
    ["1.200", null],
    ["năm 2025", null],
  ])("splitRange(%s)", (cell, expected) => {
    expect(splitRange(cell)).toEqual(expected);
  });

  test("a target table: ranges, bounds and years", () => {
    const p = plan(
      "I. CHỈ TIÊU",
      "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch |",
      "| 1 | Thôn đạt chuẩn kiểu mẫu | thôn | 15-20 |",
      "| 2 | Tỷ lệ người dân tham gia bảo hiểm y tế | % | Từ 95 trở lên |",
      "| 3 | Tỷ lệ hộ nghèo đa chiều | % | dưới 1,5 |",
      "| 4 | Mô hình giai đoạn | mô hình | 2021-2025 |",
      "II. TỔ CHỨC THỰC HIỆN",
    );
    expect(rows(p)).toEqual([
      [15, "thôn", ">=", [15, 20]],
      [95, "%", ">=", null],
      [1.5, "%", "<=", null],
    ]);
  });
});

describe("budget tables", () => {
  test("a nguồn vốn table under an ĐVT note takes its Tổng số column; a second header row read as text stays in the table", () => {
    const p = plan(
      "I. CHỈ TIÊU",
      "- Thành lập mới 10 tổ.",
      "II. NGUỒN VỐN THỰC HIỆN",
      "Đơn vị tính: triệu đồng",
      "| STT | Nguồn vốn | Tổng số | Trong đó |",
      "Xây dựng hạ tầng Phát triển sản xuất",
      "|  | Tổng cộng | 1.500,5 | 1.000 | 500,5 |",
      "| 1 | Ngân sách trung ương | 1.000 | 800 | 200 |",
      "| 2 | Vốn lồng ghép | 500,5 | 200 | 300,5 |",
      "III. TỔ CHỨC THỰC HIỆN",
    );
    expect(p.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
      ["KP", 1_500_500_000],
      ["KP.1", 1_000_000_000],
      ["KP.2", 500_500_000],
    ]);
    expect(p.issues.map((i) => i.rule)).not.toContain("budget-split");
  });
});

describe("areas", () => {
  test("a tab-separated table (pasted from Word) with an Đơn vị column of districts", () => {
    const p = plan("I. CHỈ TIÊU", "- Thành lập mới 5 tổ.", "STT\tĐơn vị\tTổ (tổ)", "1\tHuyện Đăk Glei\t3", "2\tHuyện Sa Thầy\t2", "\tTổng cộng\t5", "II. TỔ CHỨC THỰC HIỆN");
    expect(p.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Đăk Glei", null],
      ["Sa Thầy", null],
    ]);
    expect(rows(p)).toEqual([[5, "tổ", null, null]]);
  });

  test("a Xã column belongs to the document's district; a Huyện | Xã table with merged district cells", () => {
    const single = extractPlan(["ỦY BAN NHÂN DÂN HUYỆN CAN LỘC", "KẾ HOẠCH", "Thử", "I. ĐỊA BÀN", "| STT | Xã | Mục tiêu |", "| 1 | Xã Mỹ Lộc | NTM |", "| 2 | Xã Sơn Lộc | NTM |"].join("\n"));
    expect(single.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Can Lộc", "Mỹ Lộc"],
      ["Can Lộc", "Sơn Lộc"],
    ]);
    const merged = plan("I. ĐỊA BÀN", "| STT | Huyện | Xã |", "| 1 | Huyện Mường Nhé | Xã Sín Thầu |", "| | | Xã Leng Su Sìn |", "| 2 | Huyện Nậm Pồ | Xã Na Cô Sa |");
    expect(merged.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Mường Nhé", "Sín Thầu"],
      ["Mường Nhé", "Leng Su Sìn"],
      ["Nậm Pồ", "Na Cô Sa"],
    ]);
  });

  test("a count before grouped commune lists that the groups do not make is an area-count issue", () => {
    const p = plan("I. PHẠM VI", "Ưu tiên 05 xã đặc biệt khó khăn gồm: huyện Vĩnh Linh (xã Vĩnh Thái, Vĩnh Giang), huyện Gio Linh (xã Gio Hải, Gio Việt).");
    expect(p.areas).toHaveLength(4);
    expect(p.issues.filter((i) => i.rule === "area-count").map((i) => [i.expected, i.actual])).toEqual([[4, 5]]);
    const right = plan("I. PHẠM VI", "Ưu tiên 04 xã đặc biệt khó khăn gồm: huyện Vĩnh Linh (xã Vĩnh Thái, Vĩnh Giang), huyện Gio Linh (xã Gio Hải, Gio Việt).");
    expect(right.issues.filter((i) => i.rule === "area-count")).toEqual([]);
  });
});

describe("what must be confirmed", () => {
  const confirm = (p: ReturnType<typeof extractPlan>) => p.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, (i.confidence ?? 1) < CONFIRM_BELOW]);

  test("people an action with its own count reaches are counted, to be confirmed", () => {
    const p = plan("I. CHỈ TIÊU", "- Thành lập mới 8 tổ.", "II. NỘI DUNG HOẠT ĐỘNG", "1. Tổ chức 02 lớp tập huấn cho 80 thành viên tổ truyền thông cộng đồng.", "2. Tuyên truyền cho 300 người dân.");
    expect(confirm(p)).toEqual([
      [8, "tổ", false],
      [2, "lớp tập huấn", true],
      [80, "thành viên", true],
    ]);
  });

  test("a plain sentence after a targets table is running text; a total worked out from a quota is too", () => {
    const p = plan(
      "I. CHỈ TIÊU",
      "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch |",
      "| 1 | Xã đạt chuẩn | xã | 09 |",
      "Phấn đấu cứng hóa thêm 25,5 km đường giao thông nông thôn.",
      "- Mỗi huyện xây dựng ít nhất 01 mô hình liên kết.",
      "II. ĐỊA BÀN",
      "Huyện Ba Vì: xã Ba Trại, xã Tản Lĩnh.",
      "Huyện Mỹ Đức: xã An Phú.",
    );
    expect(confirm(p)).toEqual([
      [9, "xã", false],
      [25.5, "km", true],
      [2, "mô hình", true],
    ]);
  });

  test("a table with a figure per year and no target column: the last one, named by its column, to be confirmed", () => {
    const p = plan("I. CHỈ TIÊU", "| STT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 |", "| 1 | Tổ truyền thông thành lập mới | tổ | 10 | 12 |", "| 2 | Địa chỉ tin cậy | địa chỉ | 5 |  |");
    expect(p.indicators.filter((i) => i.kind === "count").map((i) => [i.name, i.target, (i.confidence ?? 1) < CONFIRM_BELOW])).toEqual([
      ["Tổ truyền thông thành lập mới (Năm 2025)", 12, true],
      ["Địa chỉ tin cậy", 5, false],
    ]);
  });

  test("a targets part of plain sentences only (a portal copy without its bullets) stays a list", () => {
    const p = plan("I. CHỈ TIÊU", "Thành lập mới 8 tổ truyền thông.", "Duy trì 12 câu lạc bộ.", "II. TỔ CHỨC THỰC HIỆN");
    expect(confirm(p)).toEqual([
      [8, "tổ", false],
      [12, "CLB", false],
    ]);
  });
});
