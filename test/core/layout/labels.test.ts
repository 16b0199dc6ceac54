import { areaKey, wordKey } from "../../../src/core/text/fold";
import { areaNameOf } from "../../../src/core/layout/areaName";
import { isRomanNumeral, isTotalLabel, labelFacts, stripNumbering } from "../../../src/core/layout/labels";

describe("labels", () => {
  test.each([
    ["Xã Ba Trại", "ba trai", false, "commune", false],
    ["I. Huyện Ba Vì", "ba vi", false, "district", true],
    ["Thanh pho Dien Bien Phu", "dien bien phu", false, "district", false],
    ["TP. Lào Cai", "lao cai", false, "district", false],
    ["1) xã A Mú Sung", "a mu sung", false, "commune", false],
    ["Tổng cộng", "tong cong", true, null, false],
    ["Toàn tỉnh", "toan tinh", true, null, false],
    ["Toàn huyện", "toan huyen", true, null, false],
    ["Toàn xã", "toan xa", true, null, false],
    ["Cộng", "cong", true, null, false],
    ["Xã Cộng Hòa", "cong hoa", false, "commune", false],
    ["Cộng Hòa", "cong hoa", false, null, false],
    ["Y Ty", "y ty", false, null, false],
    ["Xã Tân Lập (xã khu vực III)", "tan lap", false, "commune", false],
    ["Xã Tân Lập(KV III)", "tan lap", false, "commune", false],
    ["UBND huyện Ba Vì", "ba vi", false, "district", false],
    ["=SUM(1,2)", "sum 1 2", false, null, false],
    ["Cộng (3 xã)", "cong", true, null, false],
    ["Xã Ba Trại - Ba Vì", "ba trai", false, "commune", false],
    ["Phường Ngô Quyền – Sơn Tây", "ngo quyen", false, "commune", false],
    ["Xã Tân Lập - khu vực III", "tan lap khu vuc iii", false, "commune", false],
    ["Thôn Bản - Ba Vì", "thon ban ba vi", false, null, false],
    ["Xã Tân Lập 12 - 3", "tan lap 12 3", false, "commune", false],
    ["Xã Tân Lập - ", "tan lap", false, "commune", false],
    // Xã, Huyện, Phường, Quận cut to a capital and a dot; `X.` before a prefixed name is still the tenth group.
    ["X. Ba Trại", "ba trai", false, "commune", false],
    ["X.Ba Trại", "ba trai", false, "commune", false],
    ["H. Ba Vì", "ba vi", false, "district", false],
    ["P. Quang Trung", "quang trung", false, "commune", false],
    ["Q. Hoàn Kiếm", "hoan kiem", false, "district", false],
    ["TT. Tây Đằng", "tay dang", false, "commune", false],
    ["X. Huyện Mỹ Đức", "my duc", false, "district", true],
    ["b. Xã Ba Trại", "ba trai", false, "commune", false],
    // A letter the word key leaves out splits `cþXã` in two: the organisation's name is not cut a word too far (to `cong`).
    ["Phòng Y tế cþXã cong", "phong y te c xa cong", false, null, false],
  ])("%j", (label, key, total, level, roman) => {
    const { folded, ...facts } = labelFacts(label);
    expect(facts).toEqual({ key, total, level, romanPrefix: roman });
    expect(folded).toBe(wordKey(areaNameOf(stripNumbering(label))));
    expect(labelFacts(label).key).toBe(areaKey(areaNameOf(stripNumbering(label))));
    expect(isTotalLabel(label)).toBe(total);
  });

  test.each([
    ["I", true],
    ["IV.", true],
    ["XII", true],
    ["IIII", false],
    ["Xã", false],
    ["", false],
  ])("roman %j", (text, expected) => expect(isRomanNumeral(text)).toBe(expected));
});
