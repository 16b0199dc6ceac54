/** Header, area and budget rules for plans written in prose: each rule on a small synthetic text. */
import { extractPlan } from "../../src/extract";
import { documentDistrict, extractPlainAreas } from "../../src/extract/plainAreas";
import { normalizeText } from "../../src/extract/normalize";

describe("header", () => {
  test("`Số:` with its number on the next line", () => {
    const plan = extractPlan(["ỦY BAN NHÂN DÂN", "HUYỆN A", "Số:", "148/KH-UBND", "A, ngày 14 tháng 3 năm 2024", "KẾ HOẠCH", "Thử"].join("\n"));
    expect(plan.number).toBe("148/KH-UBND");
  });

  test("`Số:` right after the motto stays on its own line", () => {
    const plan = extractPlan(["HỘI LIÊN HIỆP PHỤ NỮ", "Độc lập - Tự do - Hạnh phúc", "Số: 37/KH-HLHPN", "B, ngày 09 tháng 02 năm 2023", "KẾ HOẠCH", "Thử"].join("\n"));
    expect([plan.number, plan.date]).toEqual(["37/KH-HLHPN", "2023-02-09"]);
  });

  test.each([
    ["Chỉ thị 06-CT/TW ngày 24/6/2021 của Ban Bí thư; Hà Nội, ngày 02 tháng 8 năm 2022", "2022-08-02"],
    ["Tiếp theo Nghị quyết số 28/NQ-CP ngày 03/3/2021; Hà Nội, ngày 5/4/2021", "2021-04-05"],
    ["Thực hiện Chỉ thị 06-CT/TW ngày 24/6/2021 của Ban Bí thư", null],
  ])("a date cited from another document is not the plan's own: %s", (line, date) => {
    const plan = extractPlan(["THÔNG TIN", line, "I. MỤC TIÊU", "Nâng cao nhận thức."].join("\n"));
    expect(plan.date).toBe(date);
  });
});

describe("area lists without a prefix on each name", () => {
  test("the names, the district from the issuer, the stated count held against the list", () => {
    const body = normalizeText("Địa bàn thực hiện: 07 xã gồm Thượng Lâm, Khuôn Hà, Lăng Can, Phúc Yên, Xuân Lập, Bình An.");
    const list = extractPlainAreas(body, documentDistrict(["ỦY BAN NHÂN DÂN HUYỆN LÂM BÌNH"]));
    expect(list.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Lâm Bình", "Thượng Lâm"],
      ["Lâm Bình", "Khuôn Hà"],
      ["Lâm Bình", "Lăng Can"],
      ["Lâm Bình", "Phúc Yên"],
      ["Lâm Bình", "Xuân Lập"],
      ["Lâm Bình", "Bình An"],
    ]);
    expect(list.issues.map((i) => [i.rule, i.expected, i.actual])).toEqual([["area-count", 6, 7]]);
  });

  test("the district named in the sentence; a count that agrees raises nothing", () => {
    const list = extractPlainAreas(normalizeText("Địa bàn: 03 xã thuộc huyện Mèo Vạc gồm Pả Vi, Khâu Vai, Lũng Pù."), null);
    expect(list.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Mèo Vạc", "Pả Vi"],
      ["Mèo Vạc", "Khâu Vai"],
      ["Mèo Vạc", "Lũng Pù"],
    ]);
    expect(list.issues).toEqual([]);
  });

  test.each([
    ["Địa bàn thực hiện: 5 huyện gồm Ba Vì, Thạch Thất, Quốc Oai, Mỹ Đức, Chương Mỹ.", 5],
    ["Địa bàn triển khai: 3 quận, huyện gồm Hà Đông, Ba Vì và Mê Linh", 3],
    ["Phạm vi: 02 thị xã là Sơn Tây, Phú Thọ.", 2],
  ])("a list of districts is districts, not communes of the issuer: %s", (text, stated) => {
    const list = extractPlainAreas(normalizeText(text), "Lâm Bình");
    expect(list.areas).toHaveLength(stated);
    expect(list.areas.every((a) => a.commune === null && a.district !== "Lâm Bình")).toBe(true);
    expect(list.issues).toEqual([]);
  });

  test("a sentence after `Địa bàn:` is no list of places", () => {
    expect(extractPlainAreas(normalizeText("Địa bàn: các xã gồm những thôn đặc biệt khó khăn, vùng sâu."), null).areas).toEqual([]);
  });

  test("in a plan: the count in the list line is no target", () => {
    const plan = extractPlan(["UBND HUYỆN LÂM BÌNH", "KẾ HOẠCH", "Thử", "I. MỤC TIÊU", "1. Mục tiêu cụ thể", "Địa bàn: 03 xã gồm Thượng Lâm, Khuôn Hà, Lăng Can."].join("\n"));
    expect(plan.indicators.filter((i) => i.kind !== "money")).toEqual([]);
    expect(plan.areas).toHaveLength(3);
  });
});

describe("money split by activity", () => {
  const plan = extractPlan(
    [
      "KẾ HOẠCH",
      "Thử",
      "IV. KINH PHÍ THỰC HIỆN",
      "Tổng kinh phí thực hiện là hơn 3,2 tỷ đồng. Trong đó: 1,92 tỷ đồng để hỗ trợ phát triển sản xuất; 0,875 tỷ đồng để hỗ trợ việc làm; 0,362 tỷ đồng cho truyền thông.",
    ].join("\n"),
  );

  test("the parts sit under their total, each named by the purpose after its amount", () => {
    expect(plan.indicators.map((i) => [i.code, i.target, i.name])).toEqual([
      ["KP", 3_200_000_000, "Tổng kinh phí"],
      ["KP.1", 1_920_000_000, "Hỗ trợ phát triển sản xuất"],
      ["KP.2", 875_000_000, "Hỗ trợ việc làm"],
      ["KP.3", 362_000_000, "Truyền thông"],
    ]);
  });

  test("the total stated as `hơn 3,2 tỷ` is a lower bound; the parts short of it by at least the gap are reported", () => {
    expect(plan.indicators[0].rule).toBe(">=");
    const split = plan.issues.filter((i) => i.rule === "budget-split");
    expect(split.map((i) => [i.expected, i.actual])).toEqual([[3_157_000_000, 3_200_000_000]]);
    expect(split[0].message).toContain("thiếu ít nhất 43.000.000 đồng");
    expect(split[0].text.en).toContain("short by at least 43.000.000 đồng");
  });
});

describe("a budget stated first, its parts line by line", () => {
  const lines = (first: string, parts: string[]) => extractPlan(["KẾ HOẠCH", "Thử", "IV. KINH PHÍ THỰC HIỆN", first, ...parts, "V. TỔ CHỨC THỰC HIỆN"].join("\n"));

  test("the first amount naming the budget is the total of the parts after it", () => {
    const plan = lines("Kinh phí thực hiện năm 2024 là 3,2 tỷ đồng.", ["- 1,92 tỷ đồng để hỗ trợ phát triển sản xuất;", "- 0,875 tỷ đồng để hỗ trợ việc làm;", "- 0,362 tỷ đồng cho truyền thông."]);
    expect(plan.indicators.map((i) => [i.code, i.target])).toEqual([["KP", 3_200_000_000], ["KP.1", 1_920_000_000], ["KP.2", 875_000_000], ["KP.3", 362_000_000]]);
    expect(plan.issues.filter((i) => i.rule === "budget-split")).toHaveLength(1);
  });

  test("two sources side by side stay side by side", () => {
    const plan = lines("- Ngân sách Trung ương: 6 tỷ đồng;", ["- Ngân sách địa phương: 4 tỷ đồng."]);
    expect(plan.indicators.map((i) => [i.code, i.target])).toEqual([["KP.1", 6_000_000_000], ["KP.2", 4_000_000_000]]);
    expect(plan.issues.filter((i) => i.rule === "budget-split")).toEqual([]);
  });
});
