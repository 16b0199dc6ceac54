/**
 * A figure per unit that is no area (`Mỗi trạm y tế xã tổ chức 02 đợt …; toàn huyện 24 đợt`), its whole stated after
 * it in the sentence: the whole is the target, named by the norm's words, the figure its quota — no target of its own.
 * With no whole after it the figure is read as before, and a quota per area keeps its own reading.
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

type Row = [name: string, target: number, unit: string, quota: number | null];

const read = (line: string): Row[] =>
  extractPlan(planWith([line]))
    .indicators.filter((i) => i.kind !== "money")
    .map((i): Row => [i.name, i.target, i.unit, i.quota ?? null]);

test.each<[string, Row[]]>([
  [
    "- Mỗi trạm y tế xã tổ chức 02 đợt khám sàng lọc bệnh không lây nhiễm cho người từ 40 tuổi trở lên; toàn huyện 24 đợt.",
    [["Tổ chức đợt khám sàng lọc bệnh không lây nhiễm cho người từ 40 tuổi trở lên", 24, "đợt", 2]],
  ],
  ["- Mỗi câu lạc bộ tổ chức 04 buổi sinh hoạt; toàn huyện 48 buổi.", [["Tổ chức buổi sinh hoạt", 48, "buổi", 4]]],
  ["- Mỗi hợp tác xã đào tạo 02 lao động, toàn huyện 30 lao động.", [["Đào tạo lao động", 30, "lao động", 2]]],
  // No whole after it: the figure per unit is read as before.
  ["- Mỗi tổ tự quản duy trì 12 buổi sinh hoạt.", [["Mỗi tổ tự quản duy trì buổi sinh hoạt", 12, "buổi", null]]],
  // A quota per area is one already.
  ["- Mỗi xã thành lập 01 CLB, toàn huyện 14 CLB.", [["Thành lập CLB", 14, "CLB", 1]]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});
