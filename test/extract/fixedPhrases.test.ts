/** `phòng, chống` is one phrase: a target's name runs on past its comma, in a list and in running text, and the sentence is shown as written. */
import { extractPlan } from "../../src/extract";
import { joinFixedPhrases, showFixedPhrases } from "../../src/extract/fixedPhrases";
import { planWith } from "./planText";

test("the text keeps its length and is shown as written", () => {
  const text = "Tổ chức 04 buổi về phòng, chống tảo hôn.";
  expect(joinFixedPhrases(text)).toHaveLength(text.length);
  expect(showFixedPhrases(joinFixedPhrases(text))).toBe(text);
});

test("in a list", () => {
  const read = extractPlan(planWith(["- Tổ chức 04 buổi truyền thông về phòng, chống tảo hôn và hôn nhân cận huyết thống."])).indicators[0];
  expect([read.name, read.sourceText]).toEqual(["Tổ chức buổi truyền thông về phòng chống tảo hôn và hôn nhân cận huyết thống", "Tổ chức 04 buổi truyền thông về phòng, chống tảo hôn và hôn nhân cận huyết thống."]);
});

test("in running text", () => {
  const text = ["HỘI LHPN HUYỆN THỬ", "BCH HỘI LHPN XÃ THỬ", "Số: 03/KH-HPN", "Thử, ngày 15 tháng 01 năm 2024", "KẾ HOẠCH", "Hoạt động Dự án 8 năm 2024", "Trong năm 2024, Hội phấn đấu tổ chức 04 buổi sinh hoạt chuyên đề về phòng, chống tảo hôn.", "TM. BAN CHẤP HÀNH"].join("\n");
  const read = extractPlan(text).indicators[0];
  expect([read.name, read.sourceText]).toEqual(["Tổ chức buổi sinh hoạt chuyên đề về phòng chống tảo hôn", "Trong năm 2024, Hội phấn đấu tổ chức 04 buổi sinh hoạt chuyên đề về phòng, chống tảo hôn."]);
});
