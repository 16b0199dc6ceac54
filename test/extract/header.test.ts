/** Number, date, issuer and title of a plan. */
import { extractPlan } from "../../src/extract";

function head(lines: string[]) {
  const plan = extractPlan([...lines, "I. MỤC ĐÍCH"].join("\n"));
  return { number: plan.number, date: plan.date, issuer: plan.issuer, title: plan.title, issues: plan.issues.map((i) => i.rule).filter((r) => r.startsWith("missing")) };
}

describe("header", () => {
  test.each<[string, string[], { number: string | null; date: string | null }]>([
    ["words", ["Số: 257/KH-UBND", "Hà Nội, ngày 03 tháng 10 năm 2022", "KẾ HOẠCH", "Về việc X"], { number: "257/KH-UBND", date: "2022-10-03" }],
    ["slashes", ["Số 45/KH-SLĐTBXH", "Huế, ngày 5/1/2023", "KẾ HOẠCH", "Về việc X"], { number: "45/KH-SLĐTBXH", date: "2023-01-05" }],
    ["spaces in the number", ["Số: 100/KH- UBND", "ngày 22 tháng 8 năm 2011", "KẾ HOẠCH", "X"], { number: "100/KH-UBND", date: "2011-08-22" }],
    ["year in the number", ["Số: 15/2022/KH-UBND", "ngày 1 tháng 2 năm 2022", "KẾ HOẠCH", "X"], { number: "15/2022/KH-UBND", date: "2022-02-01" }],
    ["a mass organisation's number", ["Số: 52-KH/HPN", "Bắc Hà, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH", "X"], { number: "52-KH/HPN", date: "2025-03-10" }],
    ["a Party committee's number", ["Số 15 - KH/HU", "ngày 2 tháng 3 năm 2025", "KẾ HOẠCH", "X"], { number: "15-KH/HU", date: "2025-03-02" }],
    ["an impossible date", ["Số: 1/KH-UBND", "ngày 31 tháng 2 năm 2023", "KẾ HOẠCH", "X"], { number: "1/KH-UBND", date: null }],
  ])("%s", (_label, lines, expected) => {
    expect(head(lines)).toMatchObject(expected);
  });

  test("the title on the same line as KẾ HOẠCH; a `Kế hoạch số …` reference is no heading", () => {
    expect(head(["Số: 9/KH-UBND", "ngày 1 tháng 1 năm 2024", "Căn cứ Kế hoạch số 5/KH-UBND;", "KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI", "NĂM 2024", "I. MỤC ĐÍCH"])).toMatchObject({
      number: "9/KH-UBND",
      title: "THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2024",
    });
  });

  test("an impossible date is an issue, not a silent blank", () => {
    const h = head(["Số: 1/KH-UBND", "ngày 31 tháng 2 năm 2023", "KẾ HOẠCH", "X"]);
    expect([h.date, h.issues]).toEqual([null, ["missing-date"]]);
  });

  test("a number and a day left blank are issues, not guesses", () => {
    const h = head(["Số: /KH-UBND", "Đồng Tuyền, ngày tháng 02 năm 2024", "KẾ HOẠCH", "Thực hiện công tác năm 2024."]);
    expect(h).toEqual({ number: null, date: null, issuer: null, title: "Thực hiện công tác năm 2024", issues: ["missing-number", "missing-date"] });
  });

  test("issuer across broken lines; title across upper-case lines; the preamble is no title", () => {
    const h = head([
      "ỦY",
      "BAN NHÂN DÂN",
      "TỈNH ĐẮK NÔNG",
      "-------",
      "CỘNG",
      "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 175/KH-UBND",
      "Đắk",
      "Nông, ngày 06 tháng 4 năm 2021",
      "KẾ HOẠCH",
      "TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC TRÊN ĐỊA",
      "BÀN TỈNH",
      "Thực hiện Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ;",
    ]);
    expect(h).toMatchObject({ issuer: "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", title: "TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC TRÊN ĐỊA BÀN TỈNH", number: "175/KH-UBND", date: "2021-04-06" });
  });

  test("a decision issuing the plan: its header, and the attached plan's targets after the decision's signature", () => {
    const text = [
      "ỦY BAN NHÂN DÂN",
      "TỈNH THỬ NGHIỆM",
      "Số: 321/QĐ-UBND",
      "Thử Nghiệm, ngày 2 tháng 8 năm 2023",
      "QUYẾT ĐỊNH",
      "Ban hành Kế hoạch thực hiện Dự án 8 năm 2023",
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Dự án 8 năm 2023.",
      "Điều 2. Quyết định có hiệu lực từ ngày ký./.",
      "TM. ỦY BAN NHÂN DÂN",
      "KẾ HOẠCH",
      "Thực hiện Dự án 8 năm 2023",
      "(Ban hành kèm theo Quyết định số 321/QĐ-UBND ngày 02/8/2023)",
      "I. MỤC TIÊU",
      "1. Chỉ tiêu cụ thể",
      "- Thành lập 10 tổ truyền thông cộng đồng.",
      "II. TỔ CHỨC THỰC HIỆN",
      "Các đơn vị thực hiện./.",
      "TM. ỦY BAN NHÂN DÂN",
      "Nơi nhận:",
      "- Như Điều 3;",
    ].join("\n");
    const plan = extractPlan(text);
    expect([plan.number, plan.date, plan.title]).toEqual(["321/QĐ-UBND", "2023-08-02", "Ban hành Kế hoạch thực hiện Dự án 8 năm 2023"]);
    expect(plan.indicators.map((i) => [i.target, i.unit, i.source])).toEqual([[10, "tổ", "line 15"]]);
  });

  test("a decision whose type is broken over lines by a narrow column; the authority line ends the title", () => {
    const text = [
      "ỦY BAN NHÂN",
      "DÂN",
      "TỈNH VĨNH AN",
      "-------",
      "|",
      "CỘNG HÒA XÃ HỘI",
      "CHỦ NGHĨA VIỆT NAM",
      "|",
      "Số: 778/QĐ-UBND",
      "|",
      "Vĩnh An,",
      "ngày 26 tháng 4 năm 2022",
      "|",
      "QUYẾT",
      "ĐỊNH",
      "BAN",
      "HÀNH KẾ HOẠCH TRUYỀN THÔNG VỀ BÌNH ĐẲNG GIỚI ĐẾN NĂM",
      "2030 TRÊN ĐỊA BÀN TỈNH VĨNH AN",
      "ỦY BAN NHÂN DÂN",
      "TỈNH VĨNH AN",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
    ];
    expect(head(text)).toEqual({
      number: "778/QĐ-UBND",
      date: "2022-04-26",
      issuer: "ỦY BAN NHÂN DÂN TỈNH VĨNH AN",
      title: "BAN HÀNH KẾ HOẠCH TRUYỀN THÔNG VỀ BÌNH ĐẲNG GIỚI ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH VĨNH AN",
      issues: [],
    });
  });

  test("portal lists before the header and no document-type line", () => {
    const text = [
      "- 1 Nghị quyết 28/NQ-CP năm 2021 Chiến lược quốc gia về bình đẳng giới",
      "- 2 Kế hoạch 224/KH-UBND năm 2021 thực hiện Chiến lược quốc gia về bình đẳng giới",
      "- 3 Kế hoạch 42/KH-UBND năm 2021 thực hiện Chiến lược quốc gia về bình đẳng giới",
      "- 4 Quyết định 2382/QĐ-UBND năm 2016",
      "- 5 Kế hoạch 164/KH-UBND năm 2019",
      "- 6 Kế hoạch 2167/KH-UBND năm 2021",
      "- 7 Kế hoạch 1542/KH-UBND năm 2021",
      "- 8 Kế hoạch 2661/KH-UBND năm 2021",
      "- 9 Kế hoạch 100/KH-UBND năm 2021",
      "- 10 Kế hoạch 101/KH-UBND năm 2021",
      "- 11 Kế hoạch 102/KH-UBND năm 2021",
      "- 12 Kế hoạch 103/KH-UBND năm 2021",
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
      "Số: 71/KH-UBND | Bạc An, ngày 29 tháng 4 năm 2021 |",
      "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ.",
    ];
    expect(head(text)).toMatchObject({ number: "71/KH-UBND", date: "2021-04-29", issuer: "ỦY BAN NHÂN DÂN" });
  });

  test("portal metadata fills what the header lacks; body references never become the number", () => {
    const text = [
      "KẾ HOẠCH",
      "Về việc X",
      "Thực hiện Kế hoạch số 76/KH-UBND ngày 20/02/2024 của UBND thành phố.",
      "I. MỤC ĐÍCH",
      "Nội dung./.",
      "TM. ỦY BAN NHÂN DÂN",
      "- Số hiệu: 88/KH-UBND",
      "- Ngày ban hành: 09/05/2024",
    ].join("\n");
    const plan = extractPlan(text);
    expect([plan.number, plan.date]).toEqual(["88/KH-UBND", "2024-05-09"]);
  });
  test.each<[string, string[], string]>([
    ["an office under its province", ["UBND TỈNH CAO BẰNG", "SỞ Y TẾ", "Số: 145/KH-SYT"], "UBND TỈNH CAO BẰNG SỞ Y TẾ"],
    ["the number without a colon", ["ỦY BAN NHÂN DÂN", "TỈNH X", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số 45/KH-SLĐTBXH"], "ỦY BAN NHÂN DÂN TỈNH X SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
    ["the number in capitals", ["UBND HUYỆN Y", "SỐ: 12/KH-UBND"], "UBND HUYỆN Y"],
  ])("issuer: %s", (_label, lines, issuer) => {
    expect(head([...lines, "ngày 18 tháng 3 năm 2025", "KẾ HOẠCH", "Thực hiện X"]).issuer).toBe(issuer);
  });
});
