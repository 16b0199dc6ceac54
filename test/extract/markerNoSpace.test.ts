/** `1.Phấn đấu …` with no space after the dot (PDF text, or typed so): a numbered item all the same. */
import { extractPlan } from "../../src/extract";
import { parseMarker } from "../../src/extract/markers";
import { planWith } from "./planText";

test.each<[string, string | null]>([
  ["1.Phấn đấu giảm 2 - 3% số cặp tảo hôn.", "1"],
  ["2.1.Xây dựng 16 mô hình.", "2.1"],
  ["II.Chỉ tiêu", "II"],
  ["b)Tổ chức 32 cuộc truyền thông.", "b"],
  ["1.250 người được hỗ trợ.", null],
  ["3.5 triệu đồng", null],
])("%s", (text, label) => {
  expect(parseMarker(text)?.label ?? null).toBe(label);
});

test("targets numbered with no space keep their numbers, and a target of none is read", () => {
  const read = extractPlan(planWith(["1.Xây dựng 16 mô hình can thiệp giảm thiểu tảo hôn.", "2.Tổ chức 32 cuộc truyền thông trực tiếp.", "3.Không để phát sinh trường hợp hôn nhân cận huyết thống."]));
  expect(read.indicators.map((i) => [i.code, i.target, i.unit])).toEqual([["1", 16, "mô hình"], ["2", 32, "cuộc"], ["3", 0, "trường hợp"]]);
});
