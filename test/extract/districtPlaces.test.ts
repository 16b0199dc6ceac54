/** Communes of a district's plan named without a prefix each, or heading their villages; quotas counted on the places a target names. */
import { extractPlan } from "../../src/extract";
import { documentDistrict } from "../../src/extract/plainAreas";

function districtPlan(body: string[], issuer = ["UBND HUYỆN THUẬN CHÂU", "PHÒNG VĂN HÓA VÀ THÔNG TIN"]): string {
  return [...issuer, "Số: 48/KH-PVHTT", "Thuận Châu, ngày 05 tháng 4 năm 2024", "KẾ HOẠCH", "Thực hiện công tác phòng, chống tảo hôn năm 2024", "I. CHỈ TIÊU", ...body, "II. TỔ CHỨC THỰC HIỆN", "Các xã báo cáo kết quả."].join("\n");
}

describe("the district of the issuing office", () => {
  test.each([
    [["UBND HUYỆN THUẬN CHÂU PHÒNG VĂN HÓA VÀ THÔNG TIN"], "Thuận Châu"],
    [["ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LA BAN CHỈ ĐẠO"], "Mường La"],
    [["HỘI LHPN HUYỆN BẮC YÊN"], "Bắc Yên"],
    [["UBND HUYỆN LÂM BÌNH"], "Lâm Bình"],
  ])("%j → %s", (context, district) => {
    expect(documentDistrict(context)).toBe(district);
  });
});

describe("communes of the document's district", () => {
  test.each([
    ["- Xây dựng 05 điểm tư vấn tại các xã: Chiềng Pấc, Phổng Lái, Mường É, Bó Mười, Long Hẹ.", ["Chiềng Pấc", "Phổng Lái", "Mường É", "Bó Mười", "Long Hẹ"]],
    ["- Tổ chức 04 phiên tư vấn tại các xã (Chiềng Pấc, Phổng Lái, Mường É, Bó Mười).", ["Chiềng Pấc", "Phổng Lái", "Mường É", "Bó Mười"]],
    ["- Tổ chức 02 hội thi tại các xã (theo kế hoạch của huyện).", []],
  ])("%s", (line, names) => {
    const plan = extractPlan(districtPlan([line]));
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual(names.map((n) => ["Thuận Châu", n]));
  });

  test("a commune heading its villages is an area; the villages are not", () => {
    const plan = extractPlan(
      districtPlan(["- Duy trì 03 mô hình.", "Địa bàn: 08 bản đặc biệt khó khăn thuộc 03 xã:", "- Xã Long Hẹ: bản Phiêng Cại, bản Co Muông, bản Lông Bon;", "- Xã Bó Mười: bản Nà Làng, bản Pá Ban;", "- Xã Mường É (03 bản): bản Hua Ty, bản Nong Xôm, bản Huổi Pá."]),
    );
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Thuận Châu", "Long Hẹ"],
      ["Thuận Châu", "Bó Mười"],
      ["Thuận Châu", "Mường É"],
    ]);
  });

  test("a province's plan places no commune it names without a district", () => {
    const plan = extractPlan(districtPlan(["- Tổ chức 04 phiên tại các xã (Bản Lang, Nậm Tăm, Mường Kim, Khun Há).", "- Xã Long Hẹ: bản Phiêng Cại, bản Co Muông."], ["UBND TỈNH LAI CHÂU", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]));
    expect(plan.areas).toEqual([]);
  });
});

describe("a quota is counted on the places its target names", () => {
  test("`14 mô hình tại 14 xã (mỗi xã 01 mô hình)` with 5 communes listed elsewhere raises nothing", () => {
    const plan = extractPlan(districtPlan(["- Duy trì 14 mô hình tại 14 xã (mỗi xã 01 mô hình).", "- Xây dựng 05 điểm tư vấn tại các xã: Chiềng Pấc, Phổng Lái, Mường É, Bó Mười, Long Hẹ."]));
    expect(plan.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit, i.quota])).toEqual([
      [14, "mô hình", 1],
      [5, "điểm", undefined],
    ]);
    expect(plan.issues.filter((i) => i.rule === "quota-total")).toEqual([]);
  });

  test("`12 mô hình tại 14 xã (mỗi xã 01 mô hình)` is a quota that misses its total", () => {
    const plan = extractPlan(districtPlan(["- Duy trì 12 mô hình tại 14 xã (mỗi xã 01 mô hình)."]));
    expect(plan.issues.filter((i) => i.rule === "quota-total").map((i) => [i.expected, i.actual])).toEqual([[14, 12]]);
  });
});

describe("communes named in passing", () => {
  test.each([
    ["- Xây dựng 03 mô hình tại các xã Chung Chải, Leng Su Sìn, Sín Thầu, mỗi xã 01 mô hình.", ["Chung Chải", "Leng Su Sìn", "Sín Thầu"]],
    ["- Tổ chức 03 cuộc đối thoại tại các xã Lùng Phình, Bản Liền, Thải Giàng Phố.", ["Lùng Phình", "Bản Liền", "Thải Giàng Phố"]],
    ["- Tổ chức 03 cuộc đối thoại tại các xã Đặc biệt khó khăn.", []],
  ])("%s are the areas when the text lists none", (line, names) => {
    const plan = extractPlan(districtPlan([line]));
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual(names.map((n) => ["Thuận Châu", n]));
  });

  test("they give way to the text's list of areas", () => {
    const plan = extractPlan(
      districtPlan(["- Duy trì 05 tổ truyền thông.", "Địa bàn: 02 xã gồm Nậm Khắt, Púng Luông.", "Hiện toàn huyện có 05 tổ đã thành lập tại các xã Cao Phạ, Nậm Có.", "- Xây dựng 02 điểm tư vấn tại các xã: Chiềng Pấc, Phổng Lái."]),
    );
    expect(plan.areas.map((a) => a.commune)).toEqual(["Nậm Khắt", "Púng Luông"]);
  });
});

describe("an area list of communes with their villages in brackets", () => {
  test.each([
    ["Địa bàn thực hiện: xã Long Hẹ (bản Phiêng Cại, bản Co Muông), xã Bó Mười (bản Nà Làng).", ["Long Hẹ", "Bó Mười"]],
    ["Địa bàn: Long Hẹ, Bó Mười, Mường É.", ["Long Hẹ", "Bó Mười", "Mường É"]],
    ["Địa bàn thực hiện: 03 xã gồm Long Hẹ (05 bản), Bó Mười (04 bản) và Mường É.", ["Long Hẹ", "Bó Mười", "Mường É"]],
    ["Địa bàn thực hiện: các xã đặc biệt khó khăn của huyện.", []],
  ])("%s", (line, names) => {
    const plan = extractPlan(districtPlan(["- Duy trì 03 mô hình.", line]));
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual(names.map((n) => ["Thuận Châu", n]));
    expect(plan.issues.filter((i) => i.rule === "area-count")).toEqual([]);
  });
});

describe("a commune's plan that states its aims under its purpose", () => {
  const text = (purpose: string, extra: string[] = []) =>
    ["UBND XÃ TẢ XÌ LÁNG", "Số: 08/KH-UBND", "KẾ HOẠCH", "Phòng, chống bạo lực gia đình năm 2024", "1. Mục đích", purpose, ...extra, "2. Nội dung", "Tổ chức 04 buổi tuyên truyền lưu động.", "3. Tổ chức thực hiện", "Công chức văn hóa tham mưu."].join("\n");
  test("with no part for aims or targets, the purpose's figures are targets to confirm", () => {
    const plan = extractPlan(text("Phấn đấu trong năm 2024 giảm ít nhất 20% số vụ bạo lực gia đình; thành lập mới 02 câu lạc bộ gia đình phát triển bền vững."));
    expect(plan.indicators.map((i) => [i.target, i.unit, (i.confidence ?? 1) < 0.8])).toEqual([
      [20, "%", true],
      [2, "CLB", true],
      [4, "buổi", true],
    ]);
  });

  test("beside a part for targets, the purpose states none", () => {
    const plan = extractPlan(text("Phấn đấu giảm ít nhất 20% số vụ bạo lực gia đình.", ["2. Chỉ tiêu", "- Thành lập mới 02 câu lạc bộ."]));
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([[2, "CLB"], [4, "buổi"]]);
  });
});

describe("a listed target's quota said again in running text", () => {
  const plan = (quota: string) =>
    extractPlan(
      ["UBND TỈNH LAI CHÂU", "Số: 5/KH-UBND", "KẾ HOẠCH", "Hỗ trợ việc làm năm 2024", "I. CHỈ TIÊU", "1. Tổ chức 16 phiên giao dịch việc làm (mỗi huyện, thành phố 02 phiên).", "II. NỘI DUNG HOẠT ĐỘNG", `- Mỗi huyện, thành phố tổ chức ít nhất ${quota} phiên giao dịch việc làm lưu động tại các xã, mỗi phiên khoảng 300 người.`, "III. TỔ CHỨC THỰC HIỆN", "Sở chủ trì."].join("\n"),
    );
  test("the same quota raises nothing", () => {
    expect(plan("02").issues.filter((i) => i.rule === "target-conflict")).toEqual([]);
  });
  test("another quota is a conflict, at the line that says it", () => {
    expect(plan("03").issues.filter((i) => i.rule === "target-conflict").map((i) => [i.source, i.expected, i.actual])).toEqual([["line 8", 2, 3]]);
  });
});
