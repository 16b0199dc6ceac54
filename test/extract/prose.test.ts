/** Targets read in running text: each rule, table-driven, on synthetic plans. */
import { DISTRICT_PLAN_HEAD } from "./planText";
import { extractPlan } from "../../src/extract";
import { aimLines } from "../../src/extract/prose";
import { normalizeText } from "../../src/extract/normalize";
import { findQuantities } from "../../src/extract/quantities";
import { parseMarker } from "../../src/extract/markers";

/** A plan whose `II. MỤC TIÊU` part holds `lines` in running text (no `Chỉ tiêu` section). */
function aims(lines: readonly string[], extra: { before?: string[]; after?: string[] } = {}): string {
  return [
    ...DISTRICT_PLAN_HEAD,
    "I. MỤC ĐÍCH, YÊU CẦU",
    ...(extra.before ?? ["Nâng cao nhận thức."]),
    "II. MỤC TIÊU",
    ...lines,
    "III. TỔ CHỨC THỰC HIỆN",
    ...(extra.after ?? ["Các phòng, ban triển khai."]),
  ].join("\n");
}

type Row = [target: number, unit: string];
const targets = (text: string): Row[] => extractPlan(text).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);

describe("a quantity in a sentence governed by a target word is a target", () => {
  test.each<[string, Row[]]>([
    ["Thành phố đặt ra chỉ tiêu số hộ đạt danh hiệu Gia đình văn hóa là 90%.", [[90, "%"]]],
    ["Mục tiêu phấn đấu đến cuối năm 2025, toàn xã giảm 30 hộ nghèo; hộ nghèo còn lại là 120 hộ.", [[30, "hộ"], [120, "hộ"]]],
    ["Phấn đấu có ít nhất 60% lao động có việc làm ổn định.", [[60, "%"]]],
    ["Phấn đấu cả tỉnh có ít nhất 70% số thôn đạt chuẩn.", [[70, "%"]]],
    ["Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 97%.", [[97, "%"]]],
    ["Năm 2024, thành lập mới 08 tổ hợp tác; duy trì 15 câu lạc bộ.", [[8, "tổ hợp tác"], [15, "CLB"]]],
    ["Hỗ trợ 40 hộ gia đình chuyển đổi sinh kế.", [[40, "hộ gia đình"]]],
    ["Xây dựng 03 mô hình sinh kế và tổ chức 06 hội nghị.", [[3, "mô hình"], [6, "hội nghị"]]],
    ["Giúp 5 hộ nghèo thoát nghèo bền vững.", [[5, "hộ"]]],
  ])("%s", (sentence, expected) => {
    expect(targets(aims([sentence]))).toEqual(expected);
  });
});

describe("what is not a target in running text", () => {
  test.each<[string, string]>([
    ["a count of what exists", "Toàn huyện hiện có 230 tổ tiết kiệm và vay vốn."],
    ["what was done", "Năm 2023 đã tổ chức 146 cuộc truyền thông."],
    ["a range per unit", "Thành lập tổ, mỗi tổ từ 7 đến 10 thành viên."],
    ["a range alone", "Hội nghị có từ 30 đến 40 hội viên tham dự."],
    ["a frequency", "Duy trì sinh hoạt 1 lần/tháng."],
    ["a place", "Triển khai mô hình tại 01 xã."],
    ["an age", "Hỗ trợ trẻ em dưới 16 tuổi."],
    ["a date and a document", "Theo Quyết định số 12/QĐ-UBND ngày 03/02/2024."],
    ["a phone number", "Đường dây nóng hỗ trợ 1800 1567."],
    ["areas worked in", "Hỗ trợ 05 huyện và 14 xã."],
    ["aims in general", "Thực hiện các mục tiêu, chỉ tiêu về bình đẳng giới cho 10 xã."],
    ["a number without a governing word", "Truyền thông trên 3 kênh thông tin."],
    ["a heading in capitals", "THÀNH LẬP 3.000 TỔ TIẾT KIỆM VAY VỐN THÔN/ẤP"],
    ["a share of what exists", "Cả nước đã có 5.167 xã đạt chuẩn, chiếm 64,5% tổng số xã."],
    ["a share of what exists, after a semicolon", "Cả nước đã có 5.167 xã đạt chuẩn; 64,5% tổng số xã đạt chuẩn nông thôn mới."],
    ["what was done, clause by clause", "Năm 2023 đã tổ chức 146 cuộc truyền thông; 35 hội nghị; 12 buổi đối thoại."],
    ["what exists, clause by clause", "Toàn huyện hiện có 230 tổ tiết kiệm và vay vốn; 45 câu lạc bộ."],
  ])("%s", (_label, sentence) => {
    expect(targets(aims([sentence]))).toEqual([]);
  });
});

describe("where running text is read", () => {
  test("objectives, targets and activities only; not the purpose or the implementation", () => {
    const text = aims(["Phấn đấu 80% hộ đạt chuẩn."], { before: ["Phấn đấu 60% xã đạt chuẩn."], after: ["Thành lập 20 tổ công tác liên ngành."] });
    expect(targets(text)).toEqual([[80, "%"]]);
  });

  test("a text without top-level headings is read whole", () => {
    const lines = normalizeText("Tin tức\nHuyện phấn đấu đạt 75% hộ dùng nước sạch.\nNăm qua, huyện có 12 xã.");
    expect(lines.length).toBeGreaterThan(1);
    expect([...aimLines(lines)]).toEqual(lines.map((_, i) => i));
    expect(targets("Tin tức\nHuyện phấn đấu đạt 75% hộ dùng nước sạch.")).toEqual([[75, "%"]]);
  });
});

describe("names, confidence and source", () => {
  test("the name drops the frame and the subject; the sentence is kept; running text is less sure than a list", () => {
    const plan = extractPlan(aims(["Hà Nội đặt ra chỉ tiêu số hộ đạt Gia đình văn hóa là 88%.", "1. Chỉ tiêu cụ thể", "- 14 tổ truyền thông được thành lập mới."]));
    const byTarget = new Map(plan.indicators.map((i) => [i.target, i]));
    expect(byTarget.get(88)).toMatchObject({ name: "Số hộ đạt Gia đình văn hóa", confidence: 0.75, sourceText: "Hà Nội đặt ra chỉ tiêu số hộ đạt Gia đình văn hóa là 88%." });
    expect(byTarget.get(14)).toMatchObject({ confidence: 0.95 });
    // The listed target keeps its place and number; the running-text one follows.
    expect(plan.indicators.map((i) => [i.code, i.target])).toEqual([["1", 14], ["2", 88]]);
  });

  test("an action word alone is less sure than a target word", () => {
    const plan = extractPlan(aims(["Hỗ trợ 40 hộ gia đình chuyển đổi sinh kế.", "Phấn đấu 70% hộ có việc làm."]));
    expect(plan.indicators.map((i) => [i.target, i.confidence])).toEqual([[40, 0.55], [70, 0.75]]);
  });
});

describe("the same target said twice", () => {
  test("with another value in the activities: one target and a conflict", () => {
    const plan = extractPlan(aims(["Thành lập mới 09 tổ truyền thông cộng đồng.", "III. NỘI DUNG", "- Thành lập mới 10 tổ truyền thông cộng đồng tại các thôn khó khăn."]));
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([[9, "tổ"]]);
    expect(plan.issues.filter((i) => i.rule === "target-conflict").map((i) => [i.expected, i.actual])).toEqual([[9, 10]]);
  });

  test("with the same value: one target, no issue", () => {
    const plan = extractPlan(aims(["Thành lập mới 09 tổ truyền thông cộng đồng.", "III. NỘI DUNG", "- Thành lập mới 09 tổ truyền thông cộng đồng tại các thôn."]));
    expect(plan.indicators.map((i) => i.target)).toEqual([9]);
    expect(plan.issues.filter((i) => i.rule === "target-conflict")).toEqual([]);
  });
});

describe("quantities and markers", () => {
  test("`từ 7 đến 10 thành viên` is a range: no quantity for 7, a range (not a target) for 10", () => {
    const qs = findQuantities("mỗi tổ từ 7 đến 10 thành viên");
    expect(qs.map((q) => [q.value, q.role, q.rangeFrom])).toEqual([[10, "range", 7]]);
  });

  test("`thôn/ấp` names one kind of place twice: no quota per hamlet", () => {
    expect(findQuantities("3.000 tổ tiết kiệm vay vốn thôn/ấp").map((q) => [q.base, q.role])).toEqual([[3000, "target"]]);
    expect(findQuantities("01 tổ/xã").map((q) => [q.base, q.role, q.per])).toEqual([[1, "quota", "xã"]]);
  });

  test("`6 CHỈ TIÊU CỦA DỰ ÁN` is a heading numbered without a dot; `14 Tổ …` is not", () => {
    expect(parseMarker("6 CHỈ TIÊU CỦA DỰ ÁN")).toMatchObject({ style: "arabic", label: "6" });
    expect(parseMarker("14 Tổ truyền thông được thành lập")).toBeNull();
    const plan = extractPlan(["KẾ HOẠCH", "Thử", "5 MỤC TIÊU CHUNG", "Nâng cao nhận thức.", "6 CHỈ TIÊU CỦA DỰ ÁN", "- 12 tổ nhóm sinh kế.", "7 TỔ CHỨC THỰC HIỆN", "- Báo cáo 2 lần."].join("\n"));
    expect(plan.indicators.map((i) => [i.target, i.confidence])).toEqual([[12, 0.95]]);
  });
});

describe("a range set as a target", () => {
  test("`phấn đấu đạt từ 60 đến 70%`: the lower end to meet, the range kept", () => {
    const plan = extractPlan(aims(["Phấn đấu tỷ lệ hộ dùng nước sạch đạt từ 60 đến 70%."]));
    expect(plan.indicators.map((i) => [i.target, i.unit, i.rule, i.range])).toEqual([[60, "%", ">=", [60, 70]]]);
  });

  test("after an action alone, or per unit, a range is no target", () => {
    expect(targets(aims(["Hỗ trợ từ 20 đến 30 hộ gia đình."]))).toEqual([]);
    expect(targets(aims(["Phấn đấu thành lập tổ, mỗi tổ từ 7 đến 10 thành viên."]))).toEqual([]);
  });
});

test("a change keeps the year it is measured against, in brackets after its name", () => {
  const plan = extractPlan(aims(["Giảm 2% tỷ lệ hộ nghèo so với năm 2023."]));
  expect(plan.indicators.map((i) => i.name)).toEqual(["Giảm tỷ lệ hộ nghèo (so với năm 2023)"]);
});

describe("a value after a colon, and pairs", () => {
  test("`… trong năm: 3.500 người` is a value, not a year label", () => {
    expect(findQuantities("Số người mới sử dụng biện pháp tránh thai trong năm: 3.500 người.").map((q) => [q.base, q.unit])).toEqual([[3500, "người"]]);
    expect(findQuantities("Báo cáo năm 2024 có 3 người.").map((q) => [q.base, q.unit])).toEqual([[3, "người"]]);
  });

  test("`200 cặp` counts pairs", () => {
    expect(targets(aims(["Hỗ trợ 200 cặp nam nữ chuẩn bị kết hôn được tư vấn."]))).toEqual([[200, "cặp"]]);
  });
});

test("what is left is a ceiling named by its lead; `chiếm tỷ lệ` is the share of the count before it", () => {
  const plan = extractPlan(aims(["Mục tiêu phấn đấu đến cuối năm 2025, toàn xã giảm 30 hộ nghèo; hộ nghèo còn lại là 120 hộ, chiếm tỷ lệ 2,5%."]));
  expect(plan.indicators.map((i) => [i.name, i.target, i.unit, i.rule])).toEqual([
    ["Giảm hộ nghèo", 30, "hộ", undefined],
    ["Hộ nghèo còn lại", 120, "hộ", "<="],
    ["Tỷ lệ hộ nghèo còn lại", 2.5, "%", "<="],
  ]);
});
