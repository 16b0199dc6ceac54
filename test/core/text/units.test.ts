import { findUnitInText, isCountUnitKey, moneyScale, parseMoneyText, parseUnit, splitCountText } from "../../../src/core/text/units";
import { areaKey, areaPrefix, foldText } from "../../../src/core/text/fold";

describe("parseUnit", () => {
  test.each([
    ["đồng", "money", 1],
    ["VND", "money", 1],
    ["nghìn đồng", "money", 1e3],
    ["triệu đồng", "money", 1e6],
    ["Triệu đồng".normalize("NFD"), "money", 1e6],
    ["trđ", "money", 1e6],
    ["tr.đ", "money", 1e6],
    ["tỷ đồng", "money", 1e9],
    ["tỷ", "money", 1e9],
    ["%", "percent", 1],
    ["tổ", "count", 1],
    ["địa chỉ", "count", 1],
    ["CLB", "count", 1],
    ["cuộc", "count", 1],
    ["người", "count", 1],
    ["1.000 đồng", "money", 1e3],
    ["1000đ", "money", 1e3],
    ["1,000 VNĐ", "money", 1e3],
    ["1.000.000 đồng", "money", 1e6],
    ["1000 người", "count", 1],
  ])("%j is %s ×%d", (unit, kind, scale) => {
    expect(parseUnit(unit)).toEqual({ kind, scale });
  });

  test("a word that only contains a unit is not money", () => {
    expect(moneyScale("cộng đồng")).toBeNull();
    expect(moneyScale("tổ")).toBeNull();
  });
});

describe("findUnitInText", () => {
  test.each([
    ["Kinh phí (triệu đồng)", { kind: "money", scale: 1e6 }],
    ["Kinh phí\n(tr.đ)", { kind: "money", scale: 1e6 }],
    ["ĐVT: triệu đồng", { kind: "money", scale: 1e6 }],
    ["Đơn vị tính: nghìn đồng", { kind: "money", scale: 1e3 }],
    ["Tỷ lệ (%)", { kind: "percent", scale: 1 }],
    ["Kinh phí (ĐVT: 1.000 đồng)", { kind: "money", scale: 1e3 }],
    ["Kinh phí\n(Đơn vị: 1.000đ)", { kind: "money", scale: 1e3 }],
    ["Kinh phí (Đơn vị tính: 1.000.000 đồng)", { kind: "money", scale: 1e6 }],
    ["Tổ truyền thông cộng đồng", null],
    ["Địa chỉ tin cậy tại cộng đồng (địa chỉ)", null],
  ])("%j", (text, expected) => {
    expect(findUnitInText(text)).toEqual(expected);
  });
});

test("parseMoneyText gives whole đồng", () => {
  expect(parseMoneyText("9,490 tỷ đồng")).toBe(9_490_000_000);
  expect(parseMoneyText("500 triệu")).toBe(500_000_000);
  expect(parseMoneyText("3,1 tỷ")).toBe(3_100_000_000);
  expect(parseMoneyText("14 tổ")).toBeNull();
});

describe("area keys", () => {
  test.each([
    ["Quoc Oai", "quoc oai"],
    ["huyện Quốc Oai", "quoc oai"],
    ["Quốc Oai".normalize("NFD"), "quoc oai"],
    ["  HUYỆN   Quốc  Oai ", "quoc oai"],
    ["Thị xã Sơn Tây", "son tay"],
    ["Xã Đông Xuân", "dong xuan"],
    ["TP. Lào Cai", "lao cai"],
    ["Xà Hồ", "xa ho"],
    ["Xã Xà Hồ", "xa ho"],
    ["xa Xa Ho", "xa ho"],
    ["Huyen Ba Vi", "ba vi"],
    // A word spelt like a prefix without its diacritics, in a name written with them, is the name's own.
    ["Quan Sơn", "quan son"],
    ["Huyện Quan Hóa", "quan hoa"],
    ["Quan Hóa".normalize("NFD"), "quan hoa"],
    ["Xa Khánh Thượng", "khanh thuong"],
    ["Quan Son", "son"],
  ])("%j → %j", (label, key) => {
    expect(areaKey(label)).toBe(key);
  });

  test("prefix detection and folding", () => {
    expect(areaPrefix("Huyện Ba Vì")).toBe("huyen");
    expect(areaPrefix("Thành phố Hà Nội")).toBe("thanh pho");
    expect(areaPrefix("Ba Vì")).toBeNull();
    expect(areaPrefix("Xà Hồ")).toBeNull();
    expect(areaPrefix("Xã")).toBeNull();
    expect(foldText("Đồng  Xuân")).toBe("dong xuan");
  });
});

describe("splitCountText: a count typed with its unit, the unit of one word or more", () => {
  test.each<[string, number, string]>([
    ["2 người", 2, "người"],
    ["5 địa chỉ", 5, "địa chỉ"],
    ["7 câu lạc bộ", 7, "câu lạc bộ"],
    ["3 tổ truyền thông", 3, "tổ truyền thông"],
    ["2 địa chỉ tin cậy", 2, "địa chỉ tin cậy"],
    ["2 (tổ truyền thông)", 2, "(tổ truyền thông)"],
    ["3 Tổ truyền thông cộng đồng.", 3, "Tổ truyền thông cộng đồng."],
    ["1 Ba Vì", 1, "Ba Vì"],
  ])("%s → %d %s", (text, value, unitText) => {
    expect(splitCountText(text)).toEqual({ amountText: String(value), unitText, value });
  });

  // A name led by a number (an area kind opens it), a header's words (no number first), a money unit, digits after: not counts.
  test.each<[string]>([["1 Xã Dần Thàng"], ["2 Tổ dân phố Hòa Bình"], ["3 Thị trấn Phong Thổ"], ["1 Bản Liền Xã"], ["2 Huyện Bắc Hà cũ"], ["Số tổ truyền thông"], ["Kinh phí hỗ trợ"], ["500 triệu đồng"], ["3 Phong Thổ Lai Châu"], ["2 tổ truyền thông 3"]])("%s: not a count", (text) => {
    expect(splitCountText(text)).toBeNull();
  });

  test.each<[string, boolean]>([["to", true], ["cau lac bo", true], ["to truyen thong", true], ["dia chi tin cay", true], ["nguoi duoc tap huan", true], ["to dan pho hoa binh", false], ["xa dan thang", false], ["phong tho lai chau", false], ["truyen thong", false]])("isCountUnitKey(%s) = %s", (key, expected) => {
    expect(isCountUnitKey(key)).toBe(expected);
  });
});
