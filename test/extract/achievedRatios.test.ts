/**
 * A result said on a line of a target list (`Năm 2023 đã đạt 12/14 xã …`, `Kết quả năm 2023 đạt 10/14 xã`,
 * `toàn huyện đã thành lập 20 tổ`) is no target; a ratio aimed at (`phấn đấu 14/14 xã`, `tăng lên 13/14 xã`) is one, and
 * so is a count whose subject only says what was done to it (`lao động đã qua đào tạo`).
 */
import { extractPlan } from "../../src/extract";
import { planWith } from "./planText";

const read = (line: string) => extractPlan(planWith([line, "- Thành lập mới 05 tổ truyền thông cộng đồng."])).indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit]);
const GROUPS: [number, string] = [5, "tổ"];

test.each<[string, Array<[number, string]>]>([
  ["- Năm 2022 đã đạt 12/14 xã có tổ truyền thông; năm 2023 phấn đấu 14/14 xã có tổ truyền thông.", [[14, "xã"], GROUPS]],
  ["- Kết quả năm 2022 đạt 10/14 xã; năm 2023 tăng lên 13/14 xã có mô hình.", [[13, "xã"], GROUPS]],
  ["- Đến nay đã có 9/14 xã đạt chuẩn, phấn đấu 12/14 xã đạt chuẩn.", [[12, "xã"], GROUPS]],
  ["- Toàn huyện đã thành lập 20 tổ hợp tác; thành lập mới 04 hợp tác xã.", [[4, "hợp tác xã"], GROUPS]],
  ["- Phấn đấu 14/14 xã đạt chuẩn về bình đẳng giới.", [[14, "xã"], GROUPS]],
  ["- Tỷ lệ lao động đã qua đào tạo đạt 70%.", [[70, "%"], GROUPS]],
  ["- Tỷ lệ phụ nữ đã sinh con đạt 95%.", [[95, "%"], GROUPS]],
  // A count's label (`Số …`) says who is counted: its figure is aimed at, unless its verb is one of reaching.
  ["- Số hộ đã thoát nghèo 120 hộ.", [[120, "hộ"], GROUPS]],
  ["- Tổng số lao động đã được hỗ trợ việc làm 300 người.", [[300, "người"], GROUPS]],
  ["- Số xã đã đạt 9 xã; phấn đấu thành lập mới 03 tổ hợp tác.", [[3, "tổ hợp tác"], GROUPS]],
  ["- Toàn huyện đã đạt 85% hộ dùng nước sạch; phấn đấu đạt 90%.", [[90, "%"], GROUPS]],
  ["- Duy trì hoạt động của 12/14 xã đã đạt chuẩn.", [[12, "xã"], GROUPS]],
  // The plan is for 2023: a ratio in a year before it is where things stand, one in its year is aimed at.
  ["- Năm 2022 toàn huyện có 10/16 xã đạt tiêu chí; năm 2023 phấn đấu thêm 03 xã đạt tiêu chí.", [[3, "xã"], GROUPS]],
  ["- Năm 2023 có 12/16 xã đạt tiêu chí.", [[12, "xã"], GROUPS]],
])("%s", (line, expected) => {
  expect(read(line)).toEqual(expected);
});

test("the result's clause is no part of the aim's name, whose label names it", () => {
  const [first] = extractPlan(planWith(["- Tỷ lệ hộ dân nông thôn sử dụng nước sạch: năm 2022 đã đạt 85%, năm 2023 phấn đấu đạt 90%."])).indicators;
  expect([first.name, first.target, first.sourceText]).toEqual([
    "Tỷ lệ hộ dân nông thôn sử dụng nước sạch",
    90,
    "Tỷ lệ hộ dân nông thôn sử dụng nước sạch: năm 2022 đã đạt 85%, năm 2023 phấn đấu đạt 90%.",
  ]);
});

/** A plan whose title gives `title`, with `line` and a count in its targets part. */
const readTitled = (title: string, line: string) =>
  extractPlan(planWith([line, "- Thành lập mới 05 tổ truyền thông cộng đồng."]).replace("Thực hiện công tác thử nghiệm năm 2023", title))
    .indicators.filter((i) => i.kind !== "money")
    .map((i) => [i.target, i.unit]);

const PERIOD = "Thực hiện công tác thử nghiệm giai đoạn 2026 - 2030";
const ONE_YEAR = "Thực hiện công tác thử nghiệm năm 2026";

// A share (so many of all the places, a percentage) said for a year before the first the plan covers is where things
// stand, in a plan for a period as in one for a year; a year of the period, or one the aim is set by (`đến năm`), is aimed at.
test.each<[string, string, Array<[number, string]>]>([
  [PERIOD, "- Năm 2025 toàn huyện có 10/16 xã đạt tiêu chí; phấn đấu đến năm 2030 có 16/16 xã đạt tiêu chí.", [[16, "xã"], GROUPS]],
  [PERIOD, "- Năm 2023 đạt 60% số xã có tổ truyền thông.", [GROUPS]],
  [PERIOD, "- Tỷ lệ hộ dùng nước sạch: năm 2025 đạt 60%, đến năm 2030 đạt 80%.", [[80, "%"], GROUPS]],
  [PERIOD, "- Tỷ lệ hộ nghèo năm 2025 là 12%, đến năm 2030 giảm còn dưới 5%.", [[5, "%"], GROUPS]],
  [PERIOD, "- Năm 2025, tỷ lệ trẻ em đến trường 90%; phấn đấu đến năm 2030 đạt 98%.", [[98, "%"], GROUPS]],
  [PERIOD, "- Tính đến năm 2025 có 12/16 xã có mô hình; đến năm 2030 có 16/16 xã.", [[16, "xã"], GROUPS]],
  [PERIOD, "- Năm 2027 đạt 70% số hộ được hỗ trợ.", [[70, "%"], GROUPS]],
  [PERIOD, "- Đến năm 2028 đạt 80% số xã có mô hình.", [[80, "%"], GROUPS]],
  [PERIOD, "- Giảm 2% so với năm 2025 tỷ lệ hộ nghèo.", [[2, "%"], GROUPS]],
  [ONE_YEAR, "- Năm 2025 đạt 60% số xã có tổ truyền thông; năm 2026 đạt 75%.", [[75, "%"], GROUPS]],
  [ONE_YEAR, "- Năm 2026 đạt 75% số xã có tổ truyền thông.", [[75, "%"], GROUPS]],
  ["Thực hiện công tác thử nghiệm giai đoạn 2021 - 2025", "- Đến năm 2025 đạt 80% số xã có mô hình.", [[80, "%"], GROUPS]],
])("%s: %s", (title, line, expected) => {
  expect(readTitled(title, line)).toEqual(expected);
});

test("a past share's measure names the aim after it; its year and figure do not", () => {
  const plan = extractPlan(planWith(["- Năm 2024 tỷ lệ trẻ em đến trường đã đạt 90%; phấn đấu đến năm 2030 đạt 98%."]).replace("Thực hiện công tác thử nghiệm năm 2023", PERIOD));
  const [first] = plan.indicators;
  expect(first.target).toBe(98);
  expect(first.name).toMatch(/^Tỷ lệ trẻ em đến trường/u);
  expect(first.name).not.toMatch(/2024|90/u);
});

// A past share with no measure before it (`có 95% hộ …`): the words after its figure name what is counted, and name the
// aim after it that names nothing of its own; an aim with a name of its own keeps it alone.
test.each<[string, Array<[number, string]>]>([
  ["- Năm 2025 toàn huyện có 95% hộ dùng nước hợp vệ sinh; đến năm 2030 đạt 98%.", [[98, "Hộ dùng nước hợp vệ sinh"]]],
  ["- Năm 2025, toàn huyện có 95% số hộ dùng nước hợp vệ sinh, đến năm 2030 đạt 98%.", [[98, "Số hộ dùng nước hợp vệ sinh"]]],
  ["- Đến năm 2025 đạt 60% số xã có tổ truyền thông; đến năm 2030 đạt 90%.", [[90, "Số xã có tổ truyền thông"]]],
  ["- Năm 2025 toàn huyện có 95% hộ dùng nước hợp vệ sinh; đến năm 2030 có 98% hộ dùng nước sạch.", [[98, "Hộ dùng nước sạch"]]],
])("a past share's counted words name the aim after it: %s", (line, expected) => {
  const plan = extractPlan(planWith([line]).replace("Thực hiện công tác thử nghiệm năm 2023", PERIOD));
  expect(plan.indicators.map((i) => [i.target, i.name])).toEqual(expected);
});

// A past share naming its own measure keeps it for an aim after it only when the aim names nothing of its own: an aim
// with a measure before its figure, or the counted words after it, is named by them alone.
test.each<[string, Array<[number, string]>]>([
  ["- Năm 2025 tỷ lệ hộ dùng nước hợp vệ sinh đạt 95%; đến năm 2030 tỷ lệ hộ dùng nước sạch đạt 98%.", [[98, "Tỷ lệ hộ dùng nước sạch"]]],
  ["- Năm 2025 số xã có tổ truyền thông đạt 95%, phấn đấu đến năm 2030 số xã có CLB thủ lĩnh đạt 100%.", [[100, "Số xã có CLB thủ lĩnh"]]],
  ["- Năm 2025 tỷ lệ xã có tổ truyền thông đạt 95%, phấn đấu 100% xã có CLB thủ lĩnh.", [[100, "Xã có CLB thủ lĩnh"]]],
  ["- Năm 2025 tỷ lệ trẻ em đến trường đạt 90%; đến năm 2030 đạt 98% trở lên.", [[98, "Tỷ lệ trẻ em đến trường"]]],
])("a past share's measure is not run into an aim naming its own: %s", (line, expected) => {
  const plan = extractPlan(planWith([line]).replace("Thực hiện công tác thử nghiệm năm 2023", PERIOD));
  expect(plan.indicators.map((i) => [i.target, i.name])).toEqual(expected);
});

// A plain count said for a year before the plan's with a verb of what exists or was done is a result too; one for a
// year of the plan, one by which an aim is set (`đến năm`), a change (`tăng`) and a baseline (`so với năm`) are not.
test.each<[string, string, Array<[number, string]>]>([
  [PERIOD, "- Năm 2025 thành lập 10 tổ hợp tác.", [GROUPS]],
  [PERIOD, "- Năm 2025, toàn huyện có 8 câu lạc bộ.", [GROUPS]],
  [PERIOD, "- Năm 2025 thành lập 10 tổ hợp tác; năm 2026 thành lập thêm 04 tổ hợp tác.", [[4, "tổ hợp tác"], GROUPS]],
  [PERIOD, "- Năm 2025 có 8 câu lạc bộ, đến năm 2030 có 12 câu lạc bộ.", [[12, "CLB"], GROUPS]],
  [PERIOD, "- Năm 2027 thành lập 10 tổ hợp tác.", [[10, "tổ hợp tác"], GROUPS]],
  [PERIOD, "- Đến năm 2025 thành lập 10 tổ hợp tác.", [[10, "tổ hợp tác"], GROUPS]],
  [PERIOD, "- Năm 2025 tăng 10 tổ hợp tác.", [[10, "tổ hợp tác"], GROUPS]],
  [PERIOD, "- Tăng 10 tổ hợp tác so với năm 2025.", [[10, "tổ hợp tác"], GROUPS]],
  [ONE_YEAR, "- Năm 2025 tổ chức 6 lớp tập huấn; năm 2026 tổ chức 8 lớp tập huấn.", [[8, "lớp tập huấn"], GROUPS]],
])("count %s: %s", (title, line, expected) => {
  expect(readTitled(title, line)).toEqual(expected);
});


// A year by which something stands (`đến hết năm`, `tính đến cuối năm`, `cuối năm`) before the plan's first, with a verb
// of what stands then (`có`, `đạt`), tells where things stand; to be done by then (`thành lập`), an aim said before it
// (`phấn đấu`) or a year of the plan, it is aimed at.
test.each<[string, string, Array<[number, string]>]>([
  [PERIOD, "- Đến hết năm 2025 có 8 câu lạc bộ; đến năm 2030 có 15 câu lạc bộ.", [[15, "CLB"], GROUPS]],
  [PERIOD, "- Tính đến cuối năm 2025 toàn huyện có 6 tổ hợp tác.", [GROUPS]],
  [PERIOD, "- Cuối năm 2025 toàn huyện đã có 6 tổ hợp tác.", [GROUPS]],
  [PERIOD, "- Đến năm 2025 đạt 60% số xã có tổ truyền thông; đến năm 2030 đạt 90%.", [[90, "%"], GROUPS]],
  [PERIOD, "- Tỷ lệ hộ nghèo đến cuối năm 2025 là 12%, đến năm 2030 giảm còn dưới 5%.", [[5, "%"], GROUPS]],
  [PERIOD, "- Phấn đấu đến hết năm 2025 có 8 câu lạc bộ.", [[8, "CLB"], GROUPS]],
  [PERIOD, "- Đến hết năm 2027 có 8 câu lạc bộ.", [[8, "CLB"], GROUPS]],
  [ONE_YEAR, "- Đến hết năm 2025 có 8 câu lạc bộ; năm 2026 thành lập thêm 2 câu lạc bộ.", [[2, "CLB"], GROUPS]],
  // A date or a month says its year (`ngày 31/12/2025`, `tháng 12/2025`).
  [PERIOD, "- Tính đến ngày 31/12/2025, toàn huyện có 8 câu lạc bộ; đến năm 2030 có 15 câu lạc bộ.", [[15, "CLB"], GROUPS]],
  [PERIOD, "- Đến tháng 12/2025 có 6 tổ hợp tác.", [GROUPS]],
  [PERIOD, "- Đến ngày 31/12/2027 có 6 tổ hợp tác.", [[6, "tổ hợp tác"], GROUPS]],
  [PERIOD, "- Theo Kế hoạch số 12/KH-UBND ngày 11/11/2025, hỗ trợ 30 hộ nghèo.", [[30, "hộ"], GROUPS]],
  // A title looking to a year (`đến năm 2030`) with no period of its own gives no first year: 2025 is aimed at.
  ["Thực hiện công tác thử nghiệm đến năm 2030", "- Đến năm 2025, đạt 100% số xã có mô hình.", [[100, "%"], GROUPS]],
  ["Thực hiện công tác thử nghiệm đến năm 2030", "- Đến hết năm 2025 có 8 câu lạc bộ.", [[8, "CLB"], GROUPS]],
])("by a year %s: %s", (title, line, expected) => {
  expect(readTitled(title, line)).toEqual(expected);
});

test("a year by which a share stood goes with its words: the aim is named by the measure alone", () => {
  const plan = extractPlan(planWith(["- Tỷ lệ hộ nghèo đến cuối năm 2025 là 12%, đến năm 2030 giảm còn dưới 5%."]).replace("Thực hiện công tác thử nghiệm năm 2023", PERIOD));
  expect(plan.indicators[0].target).toBe(5);
  expect(plan.indicators[0].name).not.toMatch(/cuối|2025|12/u);
});
test("a date by which a count stood goes with its clause: the aim is named by its own words", () => {
  const plan = extractPlan(planWith(["- Tính đến ngày 31/12/2025, toàn huyện có 8 câu lạc bộ; đến năm 2030 có 15 câu lạc bộ."]).replace("Thực hiện công tác thử nghiệm năm 2023", PERIOD));
  expect(plan.indicators[0].target).toBe(15);
  expect(plan.indicators[0].name).not.toMatch(/tính|ngày|2025/iu);
});
