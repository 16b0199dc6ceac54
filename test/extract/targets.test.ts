/** Targets from synthetic texts: each pattern and each trap, table-driven. */
import { extractPlan } from "../../src/extract";
import { FIRST_TARGET_LINE, planWith } from "./planText";
import { tidyName } from "../../src/extract/clauses";

type Expect = [target: number, unit: string, kind: string];

function found(line: string): Expect[] {
  return extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit, i.kind]);
}

describe("counts, percents and units", () => {
  test.each<[string, Expect[]]>([
    ["- 14 tổ truyền thông cộng đồng được thành lập mới.", [[14, "tổ", "count"]]],
    ["- Thành lập mới 05 câu lạc bộ “Thủ lĩnh của sự thay đổi”.", [[5, "CLB", "count"]]],
    ["- Duy trì 12 CLB phòng chống bạo lực gia đình.", [[12, "CLB", "count"]]],
    ["- 01 mô hình sinh kế cho phụ nữ khuyết tật.", [[1, "mô hình", "count"]]],
    ["- Tư vấn cho 1.250 người lao động di cư.", [[1250, "người", "count"]]],
    ["- Xây dựng 62 địa chỉ tin cậy tại cộng đồng.", [[62, "địa chỉ", "count"]]],
    ["- Tổ chức 20 cuộc đối thoại chính sách trong giai đoạn 2022-2025.", [[20, "cuộc", "count"]]],
    ["- 100% cán bộ nữ được tập huấn.", [[100, "%", "percent"]]],
    ["- 85 % hộ nghèo được hỗ trợ sinh kế.", [[85, "%", "percent"]]],
    ["- 12,5% phụ nữ tham gia cấp ủy.", [[12.5, "%", "percent"]]],
    ["- Hỗ trợ 30 hộ, 45 người khuyết tật và 10% hộ cận nghèo.", [[30, "hộ", "count"], [45, "người", "count"], [10, "%", "percent"]]],
    ["- 14 tổ nhóm sinh kế; 62 địa chỉ tin cậy; 30 CLB.", [[14, "tổ nhóm", "count"], [62, "địa chỉ", "count"], [30, "CLB", "count"]]],
    ["- 3 Phóng sự về bình đẳng giới.", [[3, "phóng sự", "count"]]],
    ["- Đào tạo 120 cô đỡ thôn bản; 45 nhân viên y tế thôn bản.", [[120, "cô đỡ", "count"], [45, "nhân viên y tế", "count"]]],
    ["- 40 Sáng kiến truyền thông được nhân rộng.", [[40, "sáng kiến", "count"]]],
    ["- Truyền thông cho 1,5 triệu lượt người.", [[1_500_000, "lượt người", "count"]]],
    ["- Thí điểm 14 tổ áp dụng phương pháp học tập và hành động giới.", [[14, "tổ", "count"]]],
    ["- Tỷ lệ trẻ em được tiêm chủng đạt bằng 95%.", [[95, "%", "percent"]]],
    ["- Giảm tỷ lệ hộ nghèo bình quân 3%/năm.", [[3, "%/năm", "percent"]]],
    ["- Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống vào năm 2025.", [[109, "bé trai/100 bé gái sinh ra sống", "count"]]],
    ["- Kiểm tra 1 lần/2 năm.", []],
    ["- 14 tổ truyền thông, trong đó 7 tổ tại huyện Ba Vì; 62 địa chỉ tin cậy.", [[14, "tổ", "count"], [62, "địa chỉ", "count"]]],
    ["- Triển khai mô hình tại 14 xã.", [[14, "xã", "count"]]],
    ["- Thành lập mới 08 (tám) Tổ truyền thông cộng đồng.", [[8, "tổ", "count"]]],
    ["- Hỗ trợ 02 (hai) mô hình sinh kế; 12 (mười hai) CLB.", [[2, "mô hình", "count"], [12, "CLB", "count"]]],
    ["- Tổ chức 15 (Mười lăm) lớp tập huấn.", [[15, "lớp tập huấn", "count"]]],
    ["- Thành lập 08 tổ; 100% thôn, bản tại 12 xã có tổ truyền thông.", [[8, "tổ", "count"], [100, "%", "percent"]]],
    ["- Thành lập 08 tổ; mở rộng mô hình tại 12 xã.", [[8, "tổ", "count"], [12, "xã", "count"]]],
    ["- 14/14 xã có tổ truyền thông cộng đồng hoạt động hiệu quả.", [[14, "xã", "count"]]],
    ["- Có 3/5 thôn đạt chuẩn thôn không có tảo hôn.", [[3, "thôn", "count"]]],
    ["- 10/10 huyện, thành phố duy trì Ban chỉ đạo.", [[10, "huyện", "count"]]],
    ["- Hoàn thành trước ngày 3/5 các hoạt động.", []],
    ["- Họp 1/2 năm một lần.", []],
    ["- Thu nhập bình quân đầu người đạt 58 triệu đồng/người/năm.", [[58, "triệu đồng/người/năm", "count"]]],
    ["- Thu nhập bình quân của lao động đạt 4,5 triệu đồng/người/tháng.", [[4.5, "triệu đồng/người/tháng", "count"]]],
    ["- Hỗ trợ 2 triệu đồng/hộ/năm cho hộ nghèo.", []],
  ])("%s", (line, expected) => {
    expect(found(line)).toEqual(expected);
  });
});

describe("numbers that are not targets", () => {
  test.each<[string, string, Expect[]]>([
    ["years", "- Đến năm 2025, 80% xã có tổ truyền thông.", [[80, "%", "percent"]]],
    ["year ranges", "- Giai đoạn 2021 - 2025 thành lập 10 tổ.", [[10, "tổ", "count"]]],
    ["dates", "- Trước ngày 15/9/2025 thành lập 10 tổ; báo cáo trước ngày 30 tháng 11.", [[10, "tổ", "count"]]],
    ["document numbers", "- Theo Kế hoạch số 253/KH-UBND ngày 11/11/2021, hỗ trợ 30 hộ nghèo.", [[30, "hộ", "count"]]],
    ["decree numbers", "- Thực hiện Nghị định 20/2021/NĐ-CP và Nghị quyết số 28 về 12 lớp tập huấn.", [[12, "lớp tập huấn", "count"]]],
    ["article and clause numbers", "- Theo Điều 5, khoản 2, điểm 3 Luật Bình đẳng giới, tổ chức 6 hội nghị.", [[6, "hội nghị", "count"]]],
    ["phone numbers", "- Đường dây nóng 1900 1567, điện thoại 0243.825.1234 hoặc 0912345678; 12 cuộc tư vấn.", [[12, "cuộc", "count"]]],
    ["hotline labels", "- Tổng đài 111 tiếp nhận 50 cuộc gọi.", [[50, "cuộc", "count"]]],
    ["versions", "- Ứng dụng công nghệ 4.0 cho 14 tổ nhóm sinh kế.", [[14, "tổ nhóm", "count"]]],
    ["project labels", "- Dự án 8, Tiểu dự án 2 và mô hình 3 hỗ trợ 100% xã.", [[100, "%", "percent"]]],
    ["criterion numbers", "- Thực hiện chỉ tiêu số 18.5 của tiêu chí số 18.", []],
    ["durations and ages", "- Sơ kết 6 tháng; trẻ em dưới 16 tuổi; 5 năm một lần.", []],
    ["frequencies", "- Tập huấn ít nhất 2 lần/năm.", []],
    ["money rates", "- Hỗ trợ 500.000 đồng/người cho 200 người.", [[200, "người", "count"]]],
    ["page numbers and roman terms", "- Khóa XVII nhiệm kỳ 2020-2025, trang 3.", []],
    ["place names with numbers", "- Phường 3 và Tổ 5 thành lập 2 câu lạc bộ.", [[2, "CLB", "count"]]],
    ["common words that end like place labels", "- Các địa phương 40 hộ; cơ quan liên quan 3 cuộc.", [[40, "hộ", "count"], [3, "cuộc", "count"]]],
    ["the places where a target is met", "- Duy trì 14 mô hình tại 14 xã (mỗi xã 01 mô hình).", [[14, "mô hình", "count"]]],
    ["the places where a target is met, in a district", "- Thành lập 08 tổ truyền thông ở 04 xã thuộc 02 huyện.", [[8, "tổ", "count"]]],
    ["the places where a target is met, on an area", "- Hỗ trợ 120 hộ nghèo trên địa bàn 06 thôn.", [[120, "hộ", "count"]]],
  ])("%s", (_label, line, expected) => {
    expect(found(line)).toEqual(expected);
  });
});

describe("names, comparisons, percent bases and quotas", () => {
  test("the name is the clause without its number; lead-ins and comparison words dropped", () => {
    const plan = extractPlan(
      planWith([
        "- Phấn đấu đến năm 2025 có 14 tổ truyền thông cộng đồng được thành lập mới.",
        "- Tỷ lệ nữ cán bộ lãnh đạo đạt 30% trở lên.",
        "- Giảm tỷ lệ tảo hôn xuống dưới 5%.",
        "- Ít nhất 70% phụ nữ được tư vấn về sức khỏe sinh sản.",
      ]),
    );
    expect(plan.indicators.map((i) => [i.name, i.target, i.rule, i.base])).toEqual([
      ["Tổ truyền thông cộng đồng được thành lập mới", 14, undefined, undefined],
      ["Tỷ lệ nữ cán bộ lãnh đạo", 30, ">=", undefined],
      ["Giảm tỷ lệ tảo hôn", 5, "<=", undefined],
      ["Phụ nữ được tư vấn về sức khỏe sinh sản", 70, ">=", "phụ nữ"],
    ]);
  });

  test("the source names the line of the document", () => {
    expect(extractPlan(planWith(["- 14 tổ."])).indicators[0].source).toBe(`line ${FIRST_TARGET_LINE}`);
  });

  test("a ratio target keeps its comparison and a name without its unit", () => {
    const plan = extractPlan(planWith(["- Giảm tỷ số giới tính khi sinh xuống dưới 109 bé trai/100 bé gái sinh ra sống vào năm 2025."]));
    expect(plan.indicators.map((i) => [i.name, i.target, i.unit, i.rule])).toEqual([["Giảm tỷ số giới tính khi sinh", 109, "bé trai/100 bé gái sinh ra sống", "<="]]);
  });

  test("a quota inside the target's sentence is its quota, not a second target", () => {
    const plan = extractPlan(planWith(["- Thành lập mới 14 tổ truyền thông cộng đồng (01 tổ/xã)."]));
    expect(plan.indicators.map((i) => [i.target, i.unit, i.quota, i.name])).toEqual([[14, "tổ", 1, "Thành lập mới tổ truyền thông cộng đồng"]]);
  });

  test("`mỗi xã` makes a quota too", () => {
    const plan = extractPlan(planWith(["- Thành lập 20 câu lạc bộ, mỗi xã 02 câu lạc bộ."]));
    expect(plan.indicators.map((i) => [i.target, i.unit, i.quota])).toEqual([[20, "CLB", 2]]);
  });

  test("the document's own numbering becomes the codes", () => {
    const plan = extractPlan(planWith(["a) 14 tổ truyền thông;", "b) 62 địa chỉ tin cậy;", "c) 80% xã có mô hình."]));
    expect(plan.indicators.map((i) => i.code)).toEqual(["a", "b", "c"]);
  });

  test("nested numbering inside a numbered section keeps the section open", () => {
    const text = planWith(["1. Thành lập 14 tổ truyền thông.", "2. Củng cố 62 địa chỉ tin cậy.", "3. 80% xã có mô hình."], { heading: "2. Chỉ tiêu cụ thể" });
    const plan = extractPlan(text);
    expect(plan.indicators.map((i) => [i.code, i.target])).toEqual([
      ["1", 14],
      ["2", 62],
      ["3", 80],
    ]);
  });

  test("bullets are numbered 1, 2, … in order", () => {
    const plan = extractPlan(planWith(["- 14 tổ truyền thông; 33 tổ duy trì.", "+ 62 địa chỉ tin cậy."]));
    expect(plan.indicators.map((i) => [i.code, i.target])).toEqual([
      ["1", 14],
      ["2", 33],
      ["3", 62],
    ]);
  });
});

describe("indicator sections", () => {
  test.each([
    "1. Chỉ tiêu đến năm 2025",
    "2. Chỉ tiêu chính:",
    "b) Các chỉ tiêu chủ yếu",
    "3. Mục tiêu cụ thể",
    "Chỉ tiêu cụ thể:",
    "1.2. CHỈ TIÊU CỤ THỂ",
    "2. Kết quả đầu ra",
    "c) Mục tiêu, chỉ tiêu cụ thể đến năm 2030:",
  ])("heading `%s`", (heading) => {
    const plan = extractPlan(planWith(["- 14 tổ truyền thông cộng đồng."], { heading }));
    expect(plan.indicators.map((i) => i.target)).toEqual([14]);
  });

  test("targets written on the heading line after its colon", () => {
    const plan = extractPlan(planWith([], { heading: "2. Chỉ tiêu cụ thể: thành lập 14 tổ truyền thông và 62 địa chỉ tin cậy." }));
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([
      [14, "tổ"],
      [62, "địa chỉ"],
    ]);
  });

  test("numbers outside the indicator sections are not targets", () => {
    const plan = extractPlan(
      planWith(["- Nâng cao nhận thức của cộng đồng."], {
        before: ["- Hỗ trợ 05 huyện và 14 xã.", "- Tổ chức 03 chương trình tập huấn."],
        after: ["- Thành lập 20 tổ công tác liên ngành."],
      }),
    );
    expect(plan.indicators).toEqual([]);
    expect(plan.issues.map((i) => i.rule)).toContain("no-targets");
  });

  test("a bullet or a sentence that merely mentions chỉ tiêu is no section", () => {
    const text = [
      "KẾ HOẠCH",
      "Thực hiện công tác năm 2024",
      "I. NỘI DUNG",
      "- Triển khai thực hiện các Chỉ tiêu quốc gia về bình đẳng giới: hỗ trợ 14 tổ.",
      "2. Lồng ghép các mục tiêu, chỉ tiêu về bình đẳng giới cho 10 xã.",
    ].join("\n");
    // No section: only the running-text reading of `hỗ trợ 14 tổ`, marked uncertain; `10 xã` is the places, not a target.
    expect(extractPlan(text).indicators.map((i) => [i.target, i.unit, i.confidence])).toEqual([[14, "tổ", 0.55]]);
  });

  test("a text with no numeric targets gives an empty list and says so", () => {
    const plan = extractPlan(planWith(["- Nâng cao nhận thức về bình đẳng giới.", "- Giảm khoảng cách giới."]));
    expect(plan.indicators).toEqual([]);
    expect(plan.issues.find((i) => i.rule === "no-targets")?.text.en).toMatch(/no numeric targets/);
  });

  test("an empty text", () => {
    const plan = extractPlan("");
    expect(plan).toMatchObject({ version: 1, title: null, number: null, date: null, indicators: [], areas: [] });
    expect(plan.issues.map((i) => i.rule)).toEqual(["no-targets", "no-budget"]);
  });
});

describe("national-strategy style targets", () => {
  const text = [
    "KẾ HOẠCH",
    "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030",
    "I. MỤC TIÊU",
    "1. Mục tiêu chung",
    "Tiếp tục thu hẹp khoảng cách giới.",
    "2. Mục tiêu cụ thể",
    "a) Mục tiêu 1: Tăng cường sự tham gia của phụ nữ vào các vị trí quản lý, lãnh đạo.",
    "- Chỉ tiêu 1: Phấn đấu đến năm 2025 đạt 60% và đến năm 2030 đạt 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
    "- Chỉ tiêu 2: Tỷ lệ nữ lao động làm công việc được hưởng lương đạt 50% vào năm 2025 (tăng 5% so với năm 2020).",
    "- Chỉ tiêu 4: 100% xã, phường, thị trấn có mô hình phòng ngừa bạo lực gia đình.",
    "b) Mục tiêu 2: Nâng cao nhận thức.",
    "- Chỉ tiêu 5: Hằng năm tổ chức ít nhất 01 lớp tập huấn/huyện.",
    "II. NHIỆM VỤ",
    "1. Tổ chức 20 hội nghị.",
  ];

  test("milestones share the noun phrase after the last one; codes follow `Chỉ tiêu N`; a bracketed change is no target", () => {
    const plan = extractPlan(text.join("\n"));
    expect(plan.indicators.map((i) => [i.code, i.target, i.unit, i.name, i.base, i.source])).toEqual([
      ["1.1", 60, "%", "Cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ (năm 2025)", "cơ quan quản lý nhà nước, chính quyền địa phương các cấp", "line 8"],
      ["1.2", 75, "%", "Cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ (năm 2030)", "cơ quan quản lý nhà nước, chính quyền địa phương các cấp", "line 8"],
      ["2", 50, "%", "Tỷ lệ nữ lao động làm công việc được hưởng lương", undefined, "line 9"],
      ["4", 100, "%", "Xã, phường, thị trấn có mô hình phòng ngừa bạo lực gia đình", "xã, phường, thị trấn", "line 10"],
      // A quota with no districts listed: kept as its least total, to confirm (see the next test).
      ["5", 1, "lớp tập huấn", "Tổ chức lớp tập huấn", undefined, "line 12"],
      // Read in the running text of the tasks, numbered after the document's own targets.
      ["6", 20, "hội nghị", "Tổ chức hội nghị", undefined, "line 14"],
    ]);
  });

  test("a target stated only per district, without a list of districts, is kept at its quota and reported rather than guessed", () => {
    const plan = extractPlan(text.join("\n"));
    expect(plan.indicators.find((i) => i.unit === "lớp tập huấn")).toMatchObject({ target: 1, quota: 1, rule: ">=" });
    const perArea = plan.issues.filter((i) => i.rule === "quota-only");
    expect(perArea.map((i) => [i.source, i.message])).toEqual([
      ["line 12", '"Tổ chức lớp tập huấn": văn bản chỉ nêu định mức 1 lớp tập huấn/huyện/năm, không nêu tổng và không có danh sách địa bàn để tính; chỉ tiêu được ghi là ít nhất 1 lớp tập huấn (định mức 1/huyện/năm), cần nhập tổng bằng tay.'],
    ]);
  });

  test("with a list of districts, a per-district yearly target is totalled over them and the plan's years", () => {
    const withAreas = [...text.slice(0, 3), "3. Địa bàn:", "- Huyện Bù Đăng: xã Đăng Hà, xã Thống Nhất.", "- Huyện Bù Gia Mập: xã Đắk Ơ.", ...text.slice(3)];
    const plan = extractPlan(withAreas.join("\n"));
    const perDistrict = plan.indicators.find((i) => i.unit === "lớp tập huấn");
    // `Hằng năm … 01 lớp tập huấn/huyện` over 2 districts and 2021-2030: 1 × 2 × 10, a quota of 10 per district.
    expect(perDistrict).toMatchObject({ code: "5", target: 20, quota: 10, rule: ">=" });
    expect(plan.issues.filter((i) => i.rule === "quota-only" || i.rule === "quota-total")).toEqual([]);
  });
});

describe("communication-programme style targets", () => {
  test("annual minimums, a per-district quota, milestones with `ít nhất`, a dashed range in the list as a target (its lower end, `>=`)", () => {
    const text = [
      "KẾ HOẠCH",
      "Thực hiện Chương trình truyền thông về bình đẳng giới đến năm 2030",
      "I. MỤC TIÊU",
      "2. Mục tiêu cụ thể",
      "- Hằng năm, các sở, ban, ngành, đoàn thể tỉnh tổ chức ít nhất 02 cuộc truyền thông về bình đẳng giới.",
      "- Mỗi huyện, thị xã, thành phố xây dựng ít nhất 01 mô hình truyền thông hiệu quả về bình đẳng giới.",
      "- Đến năm 2025, đạt 100% sở, ban, ngành, địa phương xây dựng kế hoạch hoạt động Tháng hành động vì bình đẳng giới.",
      "- Phấn đấu đến năm 2025 đạt ít nhất 70% cơ quan truyền thông áp dụng thí điểm và đến năm 2030 đạt 90% cơ quan truyền thông chính thức áp dụng Bộ chỉ số về giới; năm 2030 nhận thức về bình đẳng giới của cộng đồng tăng từ 10 - 15% so với năm 2025; 100% các hương ước, quy ước của cộng đồng đã được thông qua không có sự phân biệt đối xử về giới.",
      "II. NHIỆM VỤ",
    ].join("\n");
    const plan = extractPlan(text);
    expect(plan.indicators.map((i) => [i.code, i.target, i.unit, i.rule, i.base, i.name])).toEqual([
      ["1", 2, "cuộc", ">=", undefined, "Các sở, ban, ngành, đoàn thể tỉnh tổ chức cuộc truyền thông về bình đẳng giới (mỗi năm)"],
      ["2", 1, "mô hình", ">=", undefined, "Xây dựng mô hình truyền thông hiệu quả về bình đẳng giới"],
      ["3", 100, "%", undefined, "sở, ban, ngành, địa phương", "Sở, ban, ngành, địa phương xây dựng kế hoạch hoạt động Tháng hành động vì bình đẳng giới"],
      ["4", 70, "%", ">=", "cơ quan truyền thông", "Cơ quan truyền thông áp dụng thí điểm"],
      ["5", 90, "%", undefined, "cơ quan truyền thông chính thức", "Cơ quan truyền thông chính thức áp dụng Bộ chỉ số về giới"],
      ["6", 10, "%", ">=", undefined, "Năm 2030 nhận thức về bình đẳng giới của cộng đồng tăng (so với năm 2025)"],
      ["7", 100, "%", undefined, "các hương ước, quy ước của cộng đồng", "Các hương ước, quy ước của cộng đồng đã được thông qua không có sự phân biệt đối xử về giới"],
    ]);
    expect(plan.indicators[1].quota).toBe(1);
    expect(plan.indicators[5].range).toEqual([10, 15]);
    expect(plan.issues.map((i) => [i.rule, i.source])).toEqual([
      ["quota-only", "line 6"],
      ["no-budget", undefined],
    ]);
  });
});

describe("a whole and its part (`trong đó`)", () => {
  const read = (line: string) =>
    extractPlan(planWith([line])).indicators.map((i) => [i.target, i.unit, i.name, (i.confidence ?? 1) < 0.8]);
  test.each<[string, Array<[number, string, string, boolean]>]>([
    [
      "- Tư vấn, giới thiệu việc làm cho ít nhất 6.000 lượt người lao động, trong đó 4.500 lượt người thuộc hộ nghèo, hộ cận nghèo.",
      [
        [6000, "lượt người", "Tư vấn, giới thiệu việc làm cho lượt người lao động", false],
        [4500, "lượt người", "Tư vấn, giới thiệu việc làm cho lượt người lao động (trong đó: thuộc hộ nghèo, hộ cận nghèo)", true],
      ],
    ],
    [
      "- Đào tạo nghề cho 1.200 lao động nông thôn; trong đó 400 lao động là người dân tộc thiểu số.",
      [
        [1200, "lao động", "Đào tạo nghề cho lao động nông thôn", false],
        [400, "lao động", "Đào tạo nghề cho lao động nông thôn (trong đó: người dân tộc thiểu số)", true],
      ],
    ],
    [
      "- Cứng hóa thêm 4,2 km đường giao thông nông thôn; trong đó đường trục thôn 2,5 km, đường ngõ xóm 1,7 km.",
      [
        [4.2, "km", "Cứng hóa thêm đường giao thông nông thôn", false],
        [2.5, "km", "Cứng hóa thêm đường giao thông nông thôn (trong đó: đường trục thôn)", true],
        [1.7, "km", "Cứng hóa thêm đường giao thông nông thôn (trong đó: đường ngõ xóm)", true],
      ],
    ],
    ["- Thành lập 14 tổ truyền thông, trong đó 7 tổ tại huyện Ba Vì.", [[14, "tổ", "Thành lập tổ truyền thông", false]]],
    ["- Thành lập 14 tổ truyền thông, trong đó huyện Ba Vì 07 tổ.", [[14, "tổ", "Thành lập tổ truyền thông", false]]],
    [
      "- Đào tạo nghề cho 500 lao động nông thôn, trong đó: lao động nữ 250 người; lao động là người DTTS 300 người.",
      [
        [500, "lao động", "Đào tạo nghề cho lao động nông thôn", false],
        [250, "người", "Đào tạo nghề cho lao động nông thôn (trong đó: lao động nữ)", true],
        [300, "người", "Đào tạo nghề cho lao động nông thôn (trong đó: lao động là người DTTS)", true],
      ],
    ],
    ["- Thành lập 14 tổ, trong đó: huyện Ba Vì 07 tổ; huyện Mỹ Đức 07 tổ.", [[14, "tổ", "Thành lập tổ", false]]],
    [
      "- Tập huấn cho 500 cán bộ, hội viên; trong đó nữ chiếm 60%.",
      [
        [500, "cán bộ", "Tập huấn cho cán bộ, hội viên", false],
        [60, "%", "Tập huấn cho cán bộ, hội viên (trong đó: nữ)", true],
      ],
    ],
  ])("%s", (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe("a percent's base ends at its predicate, read with the word's marks", () => {
  test.each([
    ["- 100% nạn nhân bạo lực gia đình được hỗ trợ kịp thời.", "nạn nhân bạo lực gia đình"],
    ["- 100% số xã đặc biệt khó khăn có địa chỉ tin cậy.", "số xã đặc biệt khó khăn"],
    ["- 80% diện tích đất nông nghiệp được tưới tiêu chủ động.", "diện tích đất nông nghiệp"],
    ["- 100% bí thư chi bộ được tập huấn.", "bí thư chi bộ"],
    ["- 90% dự án hiệu quả được nhân rộng.", "dự án hiệu quả"],
    ["- 70% phụ nữ nhận được hỗ trợ.", "phụ nữ"],
    ["- 60% học sinh biết kỹ năng phòng tránh xâm hại.", "học sinh"],
  ])("%s", (line, base) => {
    expect(extractPlan(planWith([line])).indicators[0].base).toBe(base);
  });
});

describe("an approximate figure in a target list", () => {
  test.each([
    ["- Khoảng 500 phụ nữ được tư vấn về sức khỏe sinh sản.", true],
    ["- Hỗ trợ gần 200 hộ nghèo phát triển sản xuất.", true],
    ["- Tư vấn cho chừng 1.000 lượt người.", true],
    ["- Hỗ trợ 200 hộ nghèo phát triển sản xuất.", false],
    ["- Hỗ trợ ít nhất 200 hộ nghèo phát triển sản xuất.", false],
  ])("%s is marked for confirmation: %s", (line, confirm) => {
    const t = extractPlan(planWith([line])).indicators[0];
    expect((t.confidence ?? 1) < 0.8).toBe(confirm);
  });
});

describe("the money a listed target costs", () => {
  test.each([
    ["- Xây dựng mới 02 nhà văn hóa thôn với tổng kinh phí 1,2 tỷ đồng.", "Xây dựng mới nhà văn hóa thôn", 2, "nhà"],
    ["- Cứng hóa 3,5 km đường nội đồng, dự toán 2 tỷ đồng.", "Cứng hóa đường nội đồng", 3.5, "km"],
    ["- Tổ chức 10 cuộc đối thoại; kinh phí 50 triệu đồng;", "Tổ chức cuộc đối thoại", 10, "cuộc"],
    ["- Duy trì 12 câu lạc bộ - kinh phí: 60 triệu đồng", "Duy trì câu lạc bộ", 12, "CLB"],
    ["- In 2.000 tờ gấp tuyên truyền; tổng kinh phí 20.000.000 đồng.", "In tờ gấp tuyên truyền", 2000, "tờ"],
  ])("%s is budget, not a second target", (line, name, target, unit) => {
    const plan = extractPlan(planWith([line]));
    expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target, i.unit])).toEqual([[name, target, unit]]);
    expect(plan.indicators.filter((i) => i.kind === "money").map((i) => i.code)).toEqual(["KP"]);
  });

  test("a money target alone on its line stays a target", () => {
    const plan = extractPlan(planWith(["- Doanh thu của các hợp tác xã đạt 2 tỷ đồng."]));
    expect(plan.indicators.map((i) => [i.code, i.target])).toContainEqual(["1", 2_000_000_000]);
  });
});

describe("a yearly pace in a target list", () => {
  test.each([
    ["- Mỗi năm thành lập mới 05 tổ truyền thông.", "Thành lập mới tổ truyền thông (mỗi năm)", true],
    ["- Hằng năm, tổ chức 02 hội nghị sơ kết.", "Tổ chức hội nghị sơ kết (mỗi năm)", true],
    ["- Giảm tỷ lệ hộ nghèo mỗi năm 3%.", "Giảm tỷ lệ hộ nghèo mỗi năm", false],
    ["- Thành lập mới 05 tổ truyền thông.", "Thành lập mới tổ truyền thông", false],
  ])("%s", (line, name, confirm) => {
    const t = extractPlan(planWith([line])).indicators[0];
    expect([t.name, (t.confidence ?? 1) < 0.8]).toEqual([name, confirm]);
  });
});

describe("a value after its label", () => {
  test.each([
    ["- Số hộ thoát nghèo: 120 hộ.", "Số hộ thoát nghèo", 120, "hộ"],
    ["- Số lao động có việc làm mới: 350 người.", "Số lao động có việc làm mới", 350, "người"],
    ["- Tổ truyền thông thành lập mới: 12 tổ.", "Tổ truyền thông thành lập mới", 12, "tổ"],
    ["- Hỗ trợ: 30 hộ nghèo làm nhà.", "Hộ nghèo làm nhà", 30, "hộ"],
  ])("%s is named by the label when the value's own clause names nothing but its unit", (line, name, target, unit) => {
    expect(extractPlan(planWith([line])).indicators.map((i) => [i.name, i.target, i.unit])).toEqual([[name, target, unit]]);
  });
});

describe("a figure the target starts from", () => {
  test.each([
    ["- Tỷ lệ hộ nghèo giảm từ 25,6% xuống còn 22,1%.", [["Tỷ lệ hộ nghèo giảm", 22.1, "%", "<="]]],
    ["- Tỷ lệ che phủ rừng tăng từ 42% lên 45%.", [["Tỷ lệ che phủ rừng tăng", 45, "%", undefined]]],
    ["- Giảm số hộ nghèo từ 1.250 hộ xuống còn 1.000 hộ.", [["Giảm số hộ nghèo", 1000, "hộ", "<="]]],
    ["- Tỷ lệ bao phủ bảo hiểm y tế đạt từ 90% đến 95%.", [["Tỷ lệ bao phủ bảo hiểm y tế", 90, "%", ">="]]],
  ])("%s is no target; where it goes is", (line, expected) => {
    expect(extractPlan(planWith([line])).indicators.map((i) => [i.name, i.target, i.unit, i.rule])).toEqual(expected);
  });
});

test.each([
  ["Tổ chức buổi tuyên truyền lưu động tại:", "Tổ chức buổi tuyên truyền lưu động"],
  ["Hỗ trợ hộ nghèo ở", "Hỗ trợ hộ nghèo"],
  ["Hộ nghèo của", "Hộ nghèo"],
])("a name loses a preposition left at its end (%s)", (raw, name) => {
  expect(tidyName(raw)).toBe(name);
});

describe("a stock to reach after a bracketed quota", () => {
  test("`(mỗi huyện 01 mô hình), nâng tổng số … lên 48 mô hình` is a target, not a second quota", () => {
    const plan = extractPlan(planWith(['- Xây dựng mới 12 mô hình "Địa chỉ tin cậy" (mỗi huyện, thành phố 01 mô hình), nâng tổng số mô hình trên toàn tỉnh lên 48 mô hình.']));
    expect(plan.indicators.map((i) => [i.name, i.target, i.quota])).toEqual([
      ['Xây dựng mới mô hình "Địa chỉ tin cậy"', 12, 1],
      ["Nâng tổng số mô hình trên toàn tỉnh", 48, undefined],
    ]);
  });
});

describe("a table with year columns and a whole-period column", () => {
  test.each<[string, string, Array<[number, string, boolean]>]>([
    ["years beside the whole period in a plan for another year: to confirm", "TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | Cả giai đoạn", [[10, "Thành lập mới tổ truyền thông (Cả giai đoạn)", true]]],
    ["the whole period alone: as stated", "TT | Chỉ tiêu | ĐVT | Cả giai đoạn", [[10, "Thành lập mới tổ truyền thông", false]]],
  ])("%s", (_label, header, expected) => {
    const row = header.includes("2024") ? "1 | Thành lập mới tổ truyền thông | Tổ | 4 | 6 | 10" : "1 | Thành lập mới tổ truyền thông | Tổ | 10";
    const read = extractPlan(planWith([header, row]));
    expect(read.indicators.map((i) => [i.target, i.name, (i.confidence ?? 1) < 0.8])).toEqual(expected);
  });
});

describe("a table by year in a plan for one year", () => {
  const table = ["TT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025 | Cả giai đoạn", "1 | Thành lập mới tổ truyền thông | Tổ | 4 | 6 | 10"];
  test.each<[string, string, Array<[number, string, boolean]>]>([
    ["the plan's year: its column, to confirm", "Thực hiện công tác thử nghiệm năm 2025", [[6, "Thành lập mới tổ truyền thông (Năm 2025)", true]]],
    ["a period: the whole period, as stated", "Thực hiện công tác thử nghiệm giai đoạn 2024 - 2025", [[10, "Thành lập mới tổ truyền thông", false]]],
    ["a year with no column: the whole period, to confirm", "Thực hiện công tác thử nghiệm năm 2023", [[10, "Thành lập mới tổ truyền thông (Cả giai đoạn)", true]]],
  ])("%s", (_label, title, expected) => {
    const read = extractPlan(planWith(table).replace("Thực hiện công tác thử nghiệm năm 2023", title));
    expect(read.indicators.map((i) => [i.target, i.name, (i.confidence ?? 1) < 0.8])).toEqual(expected);
  });
});

describe("the amount a target in running text costs", () => {
  test.each([
    ["Trong năm, Hội phấn đấu tổ chức 10 cuộc đối thoại chính sách; kinh phí 50 triệu đồng.", "Tổ chức cuộc đối thoại chính sách"],
    ["Trong năm, Hội phấn đấu tổ chức 10 cuộc đối thoại chính sách, với tổng kinh phí 50 triệu đồng.", "Tổ chức cuộc đối thoại chính sách"],
  ])("%s: the name ends before it", (sentence, name) => {
    const plan = extractPlan(["KẾ HOẠCH", "Năm 2024", "", "II. NHIỆM VỤ", sentence].join("\n"));
    expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.name, i.target])).toEqual([[name, 10]]);
  });
});

describe("the year and the area striving before a listed target", () => {
  test.each([
    ["- Năm 2024 huyện phấn đấu thành lập mới 14 tổ truyền thông cộng đồng;", "Thành lập mới tổ truyền thông cộng đồng"],
    ["- Toàn tỉnh phấn đấu duy trì 33 tổ truyền thông cộng đồng;", "Duy trì tổ truyền thông cộng đồng"],
    ["- Năm 2024, phấn đấu thành lập mới 14 tổ truyền thông cộng đồng;", "Thành lập mới tổ truyền thông cộng đồng"],
  ])("%s is no part of its name", (line, name) => {
    const plan = extractPlan(["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "I. MỤC TIÊU", line, "- Duy trì 08 địa chỉ tin cậy.", "II. TỔ CHỨC THỰC HIỆN", "Hội chủ trì."].join("\n"));
    expect(plan.indicators[0].name).toBe(name);
  });
});
