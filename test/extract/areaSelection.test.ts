/**
 * A list of areas the plan names as a chosen few (`Địa bàn ưu tiên`, `xã
 * điểm`, `thí điểm`) is not every area a per-area quota means: the quota is
 * not totalled over it nor checked against it; the line keeps its quota as its
 * least total, to confirm, as with no list at all.
 */
import { extractPlan } from "../../src/extract";
import { CONFIRM_BELOW } from "../../src/extract/prose";
import { DISTRICT_PLAN_HEAD } from "./planText";

function provincePlan(areaHeading: string, target: string): string {
  return [
    "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
    "BAN THƯỜNG VỤ HỘI LHPN TỈNH THỬ NGHIỆM",
    "Số: 15/KH-HPN",
    "Thử Nghiệm, ngày 10 tháng 4 năm 2025",
    "KẾ HOẠCH",
    "Hỗ trợ phụ nữ phát triển kinh tế năm 2025",
    "I. CHỈ TIÊU",
    "1. Tư vấn 200 ý tưởng khởi nghiệp của phụ nữ.",
    target,
    "II. " + areaHeading,
    "| STT | Huyện | Xã |",
    "| 1 | Huyện Mường Nhé | Xã Sín Thầu |",
    "| | | Xã Leng Su Sìn |",
    "| 2 | Huyện Nậm Pồ | Xã Na Cô Sa |",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các huyện báo cáo hằng quý.",
  ].join("\n");
}

type Row = [number, number | undefined, string | undefined];

describe("a per-area quota over a list of chosen areas", () => {
  const perDistrict = "2. Mỗi huyện, thị xã, thành phố xây dựng ít nhất 01 mô hình liên kết chuỗi giá trị.";
  const perCommune = "2. Mỗi xã thành lập 01 tổ truyền thông cộng đồng.";
  test.each<[string, string, string, Row, string[]]>([
    ["priority districts", "ĐỊA BÀN ƯU TIÊN", perDistrict, [1, 1, ">="], ["quota-only"]],
    ["pilot communes", "ĐỊA BÀN THÍ ĐIỂM", perCommune, [1, 1, ">="], ["quota-only"]],
    ["key communes", "CÁC XÃ TRỌNG ĐIỂM", perCommune, [1, 1, ">="], ["quota-only"]],
    ["the plan's areas: totalled", "ĐỊA BÀN THỰC HIỆN", perDistrict, [2, 1, ">="], []],
    ["the plan's communes: totalled", "ĐỊA BÀN THỰC HIỆN", perCommune, [3, 1, undefined], []],
  ])("%s", (_label, heading, target, expected, issues) => {
    const plan = extractPlan(provincePlan(heading, target));
    const line = plan.indicators.find((i) => i.code === "2");
    expect(line && [line.target, line.quota, line.rule]).toEqual(expected);
    expect(line?.confidence ?? 1).toBeLessThan(CONFIRM_BELOW);
    expect(plan.issues.map((i) => i.rule).filter((r) => r.startsWith("quota"))).toEqual(issues);
    expect(plan.areas).toHaveLength(3);
  });

  test("a stated total is not checked against a chosen few", () => {
    const plan = extractPlan(provincePlan("ĐỊA BÀN ƯU TIÊN", "2. Thành lập 20 tổ truyền thông cộng đồng (mỗi xã 01 tổ)."));
    expect(plan.indicators.find((i) => i.code === "2")).toMatchObject({ target: 20, quota: 1 });
    expect(plan.issues.filter((i) => i.rule === "quota-total")).toEqual([]);
  });

  test("the message says why the list does not total it", () => {
    const plan = extractPlan(provincePlan("ĐỊA BÀN ƯU TIÊN", perDistrict));
    const said = plan.issues.find((i) => i.rule === "quota-only");
    expect(said?.message).toMatch(/ưu tiên/);
  });

  test("communes named in passing as the priority ones: no quota is checked against them", () => {
    const text = [
      ...DISTRICT_PLAN_HEAD,
      "I. CHỈ TIÊU",
      "1. Xây dựng 17 điểm thông tin cơ sở (mỗi xã, thị trấn 01 điểm).",
      "II. ĐỊA BÀN",
      "Thực hiện tại 17 xã, thị trấn của huyện; ưu tiên các xã: Cô Ba, Thượng Hà, Hưng Thịnh.",
      "III. TỔ CHỨC THỰC HIỆN",
      "Các xã báo cáo.",
    ].join("\n");
    const plan = extractPlan(text);
    expect(plan.areas).toHaveLength(3);
    expect(plan.indicators[0]).toMatchObject({ target: 17, quota: 1 });
    expect(plan.issues.filter((i) => i.rule === "quota-total")).toEqual([]);
  });
});
