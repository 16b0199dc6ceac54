/** Areas, their stated counts, conflicting targets and quotas that do not give the target. */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

describe("areas", () => {
  test("`Huyện X: xã A, xã B và xã C.` lists, with or without the prefixes", () => {
    const plan = extractPlan(
      planWith([], {
        before: ["3. Địa bàn thực hiện: 2 huyện, 5 xã gồm:", "- Huyện A Lưới: xã Hồng Kim, xã Trung Sơn và xã A Roàng.", "- Thị xã Hương Trà: Hương Thọ, Bình Tiến."],
      }),
    );
    expect(plan.areas.map((a) => [a.district, a.commune, a.source])).toEqual([
      ["A Lưới", "Hồng Kim", "line 9"],
      ["A Lưới", "Trung Sơn", "line 9"],
      ["A Lưới", "A Roàng", "line 9"],
      ["Hương Trà", "Hương Thọ", "line 10"],
      ["Hương Trà", "Bình Tiến", "line 10"],
    ]);
    expect(plan.issues.filter((i) => i.rule === "area-count")).toEqual([]);
  });

  test("`Huyện X gồm N xã: …` and `Huyện X (N xã): …`, with a count that does not match its list", () => {
    const plan = extractPlan(
      planWith([], {
        before: ["- Huyện Krông Nô gồm 2 xã: Quảng Phú, Nâm Nung.", "- Huyện Đắk R'Lấp (03 xã): xã Đắk Ru, thị trấn Kiến Đức."],
      }),
    );
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Krông Nô", "Quảng Phú"],
      ["Krông Nô", "Nâm Nung"],
      ["Đắk R'Lấp", "Đắk Ru"],
      ["Đắk R'Lấp", "Kiến Đức"],
    ]);
    expect(plan.issues.filter((i) => i.rule === "area-count").map((i) => [i.source, i.expected, i.actual, i.message])).toEqual([
      ["line 9", 2, 3, "Huyện Đắk R'Lấp được ghi là 3 xã (dòng 9) nhưng danh sách kèm theo có 2 xã."],
    ]);
  });

  test("communes in brackets after their district", () => {
    const plan = extractPlan(planWith([], { before: ["- Thực hiện tại huyện Mường Tè (xã Ka Lăng, xã Thu Lũm) và huyện Sìn Hồ (xã Pa Tần)."] }));
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Mường Tè", "Ka Lăng"],
      ["Mường Tè", "Thu Lũm"],
      ["Sìn Hồ", "Pa Tần"],
    ]);
  });

  test("counts stated in the text that disagree with the list", () => {
    const plan = extractPlan(
      planWith([], {
        before: [
          "- Hỗ trợ 05 huyện và 14 xã vùng đồng bào dân tộc thiểu số.",
          "3. Địa bàn thực hiện: Tại 4 xã thuộc 2 huyện gồm:",
          "- Huyện Ba Vì: xã Khánh Thượng, xã Minh Quang, xã Ba Trại.",
          "- Huyện Mỹ Đức: xã An Phú.",
          "- Triển khai tại 2 xã miền núi huyện Ba Vì.",
        ],
      }),
    );
    expect(plan.issues.filter((i) => i.rule === "area-count").map((i) => [i.source, i.expected, i.actual])).toEqual([
      ["line 8", 4, 14],
      ["line 8", 2, 5],
      ["line 12", 3, 2],
    ]);
  });

  test("an areas table with merged district cells", () => {
    const plan = extractPlan(
      planWith([], { before: ["| STT | Huyện | Xã |", "| 1 | Huyện Ba Vì | xã Khánh Thượng |", "| 2 |  | Minh Quang |", "| 3 | Mỹ Đức | An Phú |"] }),
    );
    expect(plan.areas.map((a) => [a.district, a.commune, a.source])).toEqual([
      ["Ba Vì", "Khánh Thượng", "line 9"],
      ["Ba Vì", "Minh Quang", "line 10"],
      ["Mỹ Đức", "An Phú", "line 11"],
    ]);
  });

  test("`các xã A, B thuộc huyện X`; one commune named in passing is no list", () => {
    const plan = extractPlan(
      planWith([], { before: ["- Địa bàn: các xã Pa Tần, Tả Ngảo thuộc huyện Sìn Hồ.", "- Trạm Y tế xã Nậm Tăm thuộc huyện Sìn Hồ phối hợp."] }),
    );
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Sìn Hồ", "Pa Tần"],
      ["Sìn Hồ", "Tả Ngảo"],
    ]);
  });

  test("activity lines and lists of units are no areas", () => {
    const plan = extractPlan(planWith([], { after: ["7. UBND các huyện: Ba Vì, Thạch Thất, Quốc Oai.", "- Huyện Ba Vì: triển khai tại 7 xã miền núi."] }));
    expect(plan.areas).toEqual([]);
  });
});

describe("the same target with two values", () => {
  test("a percent stated again elsewhere with another value", () => {
    const plan = extractPlan(
      planWith(["- Hỗ trợ 15% thành viên tổ tiết kiệm tiếp cận với các định chế tài chính chính thức.", "- 14 tổ áp dụng phương pháp học tập và hành động giới."], {
        after: [
          "- Hỗ trợ giới thiệu 20% thành viên tổ tiết kiệm tiếp cận với các định chế tài chính chính thức; thí điểm 14 tổ áp dụng phương pháp học tập và hành động giới.",
        ],
      }),
    );
    const conflicts = plan.issues.filter((i) => i.rule === "target-conflict");
    expect(conflicts.map((i) => [i.source, i.expected, i.actual])).toEqual([["line 13", 15, 20]]);
    expect(conflicts[0].message).toBe(
      'Chỉ tiêu 1 "Hỗ trợ thành viên tổ tiết kiệm tiếp cận với các định chế tài chính chính thức" là 15% (dòng 10) nhưng dòng 13 ghi 20%.',
    );
  });

  test("a figure for another group that shares a few words is no conflict", () => {
    const plan = extractPlan(
      planWith(["- 80% phụ nữ được tư vấn về sức khỏe sinh sản."], { after: ["- Tư vấn, hỗ trợ pháp lý cho 100% phụ nữ bị bạo lực gia đình có yêu cầu."] }),
    );
    expect(plan.issues.filter((i) => i.rule === "target-conflict")).toEqual([]);
  });

  test("a count restated with another value; unrelated numbers with the same unit are no conflict", () => {
    const plan = extractPlan(
      planWith(["- 62 địa chỉ tin cậy tại cộng đồng được củng cố."], {
        after: ["- Củng cố 60 địa chỉ tin cậy tại cộng đồng.", "- Xây dựng 3 địa chỉ tư vấn pháp luật."],
      }),
    );
    expect(plan.issues.filter((i) => i.rule === "target-conflict").map((i) => [i.expected, i.actual])).toEqual([[62, 60]]);
  });
});

describe("targets repeated in a table", () => {
  test("an appendix table repeating the text's targets adds no lines; a different value is a conflict", () => {
    const text = planWith(["- Thành lập mới 14 tổ truyền thông cộng đồng.", "- Củng cố 62 địa chỉ tin cậy tại cộng đồng."], {
      after: [
        "Các đơn vị thực hiện./.",
        "TM. ỦY BAN NHÂN DÂN",
        "PHỤ LỤC",
        "| STT | Chỉ tiêu | ĐVT | Kế hoạch |",
        "| 1 | Tổ truyền thông cộng đồng thành lập mới | tổ | 14 |",
        "| 2 | Địa chỉ tin cậy tại cộng đồng được củng cố | địa chỉ | 60 |",
        "| 3 | Câu lạc bộ Thủ lĩnh của sự thay đổi | CLB | 5 |",
      ],
    });
    const plan = extractPlan(text);
    expect(plan.indicators.map((i) => [i.code, i.target, i.unit])).toEqual([
      ["1", 14, "tổ"],
      ["2", 62, "địa chỉ"],
      ["3", 5, "CLB"],
    ]);
    expect(plan.issues.filter((i) => i.rule === "target-conflict").map((i) => [i.source, i.expected, i.actual])).toEqual([["line 18", 62, 60]]);
  });
});

describe("an appendix the text refers to but does not contain", () => {
  test("is reported; present, it is read", () => {
    const refers = planWith(["- Các chỉ tiêu cụ thể tại Phụ lục kèm theo."], { after: ["Các đơn vị thực hiện./.", "TM. ỦY BAN NHÂN DÂN"] });
    expect(extractPlan(refers).issues.map((i) => [i.rule, i.source])).toEqual([
      ["missing-appendix", "line 10"],
      ["no-targets", undefined],
      ["no-budget", undefined],
    ]);
    const present = refers + "\nPHỤ LỤC\n| STT | Chỉ tiêu | ĐVT | Kế hoạch |\n| 1 | Tổ truyền thông | tổ | 14 |";
    const plan = extractPlan(present);
    expect(plan.issues.map((i) => i.rule)).toEqual(["no-budget"]);
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([[14, "tổ"]]);
  });
});

describe("quotas", () => {
  const areas = ["3. Địa bàn: 3 xã gồm:", "- Huyện Ba Vì: xã Khánh Thượng, xã Minh Quang, xã Ba Trại."];

  test("a quota stated in the activities attaches to its target and agrees with the areas", () => {
    const plan = extractPlan(
      planWith(["- 3 tổ truyền thông cộng đồng được thành lập mới; duy trì 10 tổ truyền thông cộng đồng."], {
        before: areas,
        after: ["- Thành lập mới tổ truyền thông (thành lập mới 01 tổ truyền thông cộng đồng/xã)."],
      }),
    );
    expect(plan.indicators.map((i) => [i.target, i.quota])).toEqual([
      [3, 1],
      [10, undefined],
    ]);
    expect(plan.issues.filter((i) => i.rule === "quota-total")).toEqual([]);
  });

  test("a quota times the communes that is not the target", () => {
    const plan = extractPlan(planWith(["- Thành lập mới 5 tổ truyền thông cộng đồng (01 tổ/xã)."], { before: areas }));
    expect(plan.issues.filter((i) => i.rule === "quota-total").map((i) => [i.expected, i.actual])).toEqual([[3, 5]]);
  });
});
