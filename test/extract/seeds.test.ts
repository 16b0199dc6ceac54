/**
 * The four seed plans, each with the extraction a careful reader writes down
 * from the document itself: every target, the budget in whole đồng and its
 * split, the areas, and what the document gets wrong.
 */
import { extractPlan } from "../../src/extract";
import type { ExtractedIndicator, ExtractedPlan } from "../../src/extract/types";
import { seedText } from "./seedText";

type Row = [code: string, target: number, unit: string, kind: ExtractedIndicator["kind"], line: number, name: string];

function rows(plan: ExtractedPlan): Row[] {
  return plan.indicators.map((i) => [i.code, i.target, i.unit, i.kind, i.line ?? -1, i.name]);
}

describe("seed 000: Hà Nội, Dự án 8 (257/KH-UBND)", () => {
  const plan = extractPlan(seedText("000_"));

  test("header", () => {
    expect(plan.version).toBe(1);
    expect(plan.number).toBe("257/KH-UBND");
    expect(plan.date).toBe("2022-10-03");
    expect(plan.issuer).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
    expect(plan.title).toBe(
      "TRIỂN KHAI DỰ ÁN 8 “THỰC HIỆN BÌNH ĐẲNG GIỚI VÀ GIẢI QUYẾT NHỮNG VẤN ĐỀ CẤP THIẾT ĐỐI VỚI PHỤ NỮ VÀ TRẺ EM” THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA “PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 2021 - 2030” TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI GIAI ĐOẠN I: CUỐI NĂM 2022 - 2025",
    );
  });

  test("the eleven targets of `1. Chỉ tiêu đến năm 2025` and the budget, nothing else", () => {
    expect(rows(plan)).toEqual<Row[]>([
      ["1", 14, "tổ", "count", 30, "Tổ truyền thông cộng đồng được thành lập mới"],
      ["2", 33, "tổ", "count", 30, "Duy trì hoạt động tổ truyền thông cộng đồng đang hoạt động hiệu quả tại cơ sở"],
      ["3", 170, "tổ", "count", 31, "Tổ tiết kiệm vay vốn tự quản được củng cố, nâng cao chất lượng/hoặc thành lập mới và duy trì"],
      ["4", 15, "%", "percent", 31, "Hỗ trợ giới thiệu thành viên của Tổ hiện có tiếp cận với các định chế tài chính chính thức"],
      ["5", 15, "%", "percent", 31, "Hỗ trợ thành viên của Tổ hiện có phát triển sinh kế"],
      ["6", 14, "tổ", "count", 31, "Tổ áp dụng phương pháp học tập và hành động giới"],
      ["7", 14, "tổ nhóm", "count", 32, "Tổ nhóm sinh kế do phụ nữ làm chủ hoặc đồng làm chủ ứng dụng công nghệ 4.0 trong sản xuất và kết nối thị trường"],
      ["8", 62, "địa chỉ", "count", 33, "Địa chỉ tin cậy tại cộng đồng được củng cố, nâng cao chất lượng trên cơ sở mô hình hiện có/hoặc thành lập mới"],
      ["9", 30, "CLB", "count", 34, "Cây lạc bộ \"Thủ lĩnh của sự thay đổi\" của trẻ em được nâng cao năng lực và hỗ trợ tổ chức hoạt động"],
      ["10", 14, "cuộc", "count", 35, "Cuộc đối thoại chính sách cấp xã và thôn bản liên quan đến phụ nữ, trẻ em, bình đẳng giới được tổ chức tại các xã vùng đồng bào dân tộc thiểu số"],
      ["11", 100, "%", "percent", 36, "Cán bộ nữ dân tộc thiểu số cấp huyện, xã được tham gia các khóa tập huấn nâng cao năng lực"],
      ["KP", 9_490_000_000, "tỷ đồng", "money", 78, "Tổng kinh phí"],
      ["KP.1", 3_100_000_000, "tỷ đồng", "money", 79, "Đề án Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số và miền núi giai đoạn 2019-2025"],
      ["KP.2", 1_200_000_000, "tỷ đồng", "money", 80, "Đề án Tuyên truyền nâng cao nhận thức bình đẳng giới và kiến thức pháp luật cho phụ nữ người dân tộc thiểu số giai đoạn 2021-2025"],
      ["KP.3", 3_290_000_000, "tỷ đồng", "money", 81, "Xây dựng nhà tạm lánh, địa chỉ tin cậy tại cộng đồng"],
      ["KP.4", 1_400_000_000, "tỷ đồng", "money", 82, "Đào tạo bồi dưỡng cho cán bộ nữ vùng dân tộc thiểu số"],
      ["KP.5", 500_000_000, "triệu đồng", "money", 83, "Tổ chức dạy nghề cho phụ nữ"],
    ]);
  });

  test("source is `line N`; percent bases; the per-commune quota of new teams", () => {
    for (const i of plan.indicators) expect(i.source).toBe(`line ${i.line}`);
    const byCode = new Map(plan.indicators.map((i) => [i.code, i]));
    expect(byCode.get("4")?.base).toBe("thành viên của Tổ hiện có");
    expect(byCode.get("5")?.base).toBe("thành viên của Tổ hiện có");
    expect(byCode.get("11")?.base).toBe("cán bộ nữ dân tộc thiểu số cấp huyện, xã");
    // `thành lập mới 01 tổ truyền thông cộng đồng/xã` (line 41) belongs to the new teams, not the maintained ones.
    expect(byCode.get("1")?.quota).toBe(1);
    expect(plan.indicators.filter((i) => i.quota !== undefined).map((i) => i.code)).toEqual(["1"]);
    expect(plan.indicators.filter((i) => i.rule !== undefined)).toEqual([]);
    expect(byCode.get("KP")?.scale).toBe(1e9);
    expect(byCode.get("KP.5")?.scale).toBe(1e6);
    expect(byCode.get("1")?.sourceText).toContain("14 Tổ truyền thông cộng đồng được thành lập mới");
  });

  test("the budget parts add up to the total (9,490 tỷ đồng), as whole đồng", () => {
    const parts = plan.indicators.filter((i) => i.code.startsWith("KP."));
    expect(parts.reduce((s, i) => s + i.target, 0)).toBe(9_490_000_000);
    expect(plan.issues.filter((i) => i.rule === "budget-split")).toEqual([]);
  });

  test("the 14 communes of 5 districts", () => {
    expect(plan.areas.map((a) => [a.district, a.commune])).toEqual([
      ["Ba Vì", "Khánh Thượng"],
      ["Ba Vì", "Minh Quang"],
      ["Ba Vì", "Ba Vì"],
      ["Ba Vì", "Ba Trại"],
      ["Ba Vì", "Tản Lĩnh"],
      ["Ba Vì", "Vân Hòa"],
      ["Ba Vì", "Yên Bài"],
      ["Thạch Thất", "Yên Trung"],
      ["Thạch Thất", "Yên Bình"],
      ["Thạch Thất", "Tiến Xuân"],
      ["Quốc Oai", "Phú Mãn"],
      ["Quốc Oai", "Đông Xuân"],
      ["Chương Mỹ", "Trần Phú"],
      ["Mỹ Đức", "An Phú"],
    ]);
  });

  test("issues: the two pilots given 15 % in the targets and 20 % in the activities; the appendix of district targets (line 120) is not in the text; counts agree with the list", () => {
    expect(plan.issues.map((i) => [i.rule, i.source, i.expected, i.actual])).toEqual([
      ["target-conflict", "line 51", 15, 20],
      ["target-conflict", "line 51", 15, 20],
      ["missing-appendix", "line 120", undefined, undefined],
    ]);
    expect(plan.issues[0].message).toContain("Chỉ tiêu 4");
    expect(plan.issues[1].message).toContain("Chỉ tiêu 5");
    expect(plan.issues[0].text.en).toContain("Target 4");
  });
});

describe("seed 001: Hà Nội, Chương trình quốc gia về bình đẳng giới đến 2015 (96/KH-UBND), hard-wrapped lines", () => {
  const plan = extractPlan(seedText("001_"));

  test("header across broken lines", () => {
    expect(plan.number).toBe("96/KH-UBND");
    expect(plan.date).toBe("2012-07-12");
    expect(plan.issuer).toBe("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
    expect(plan.title).toBe("TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH QUỐC GIA VỀ BÌNH ĐẲNG GIỚI ĐẾN NĂM 2015 TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI");
  });

  test("the four percent targets of `2. Chỉ tiêu cụ thể`, three of them sharing one predicate", () => {
    const told = "được tuyên truyền nâng cao nhận thức về bình đẳng giới";
    expect(rows(plan)).toEqual<Row[]>([
      ["1", 100, "%", "percent", 36, `Cán bộ, công chức, viên chức, người lao động, sỹ quan, hạ sỹ quan, chiến sỹ, người hưởng lương trong lực lượng vũ trang ${told}`],
      ["2", 80, "%", "percent", 38, `Sinh viên, học sinh các cấp ${told}`],
      ["3", 70, "%", "percent", 38, `Các cụm dân cư ${told}`],
      [
        "4",
        100,
        "%",
        "percent",
        40,
        "Cán bộ, công chức làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ở các cấp, các ngành, cán bộ tham mưu hoạch định chính sách và cán bộ pháp chế của các sở, ban, ngành, đoàn thể Thành phố; quận, huyện, thị xã và đội ngũ cộng tác viên về bình đẳng giới ở cơ sở xã, phường, thị trấn được tập huấn nghiệp vụ, nâng cao kỹ năng hoạt động bình đẳng giới ít nhất 1 lần/ năm",
      ],
    ]);
    expect(plan.indicators.map((i) => i.base)).toEqual([
      "cán bộ, công chức, viên chức, người lao động, sỹ quan, hạ sỹ quan, chiến sỹ, người hưởng lương trong lực lượng vũ trang",
      "sinh viên, học sinh các cấp",
      "các cụm dân cư",
      "cán bộ, công chức làm công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ở các cấp, các ngành, cán bộ tham mưu hoạch định chính sách và cán bộ pháp chế của các sở, ban, ngành, đoàn thể Thành phố; quận, huyện, thị xã và đội ngũ cộng tác viên về bình đẳng giới ở cơ sở xã, phường, thị trấn",
    ]);
  });

  test("no budget amount, no area list; the activities' `01 xã`, `05 xã`, terms and years are not targets", () => {
    expect(plan.areas).toEqual([]);
    expect(plan.issues.map((i) => i.rule)).toEqual(["no-budget"]);
  });
});

describe("seed 003: xã Đồng Tuyền 2024, a plan with blanks in its number and date and no figures", () => {
  const plan = extractPlan(seedText("003_"));

  test("title; the number and the day are left blank in the document", () => {
    expect(plan.title).toBe("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ xã Đồng Tuyền năm 2024");
    expect(plan.number).toBeNull();
    expect(plan.date).toBeNull();
    expect(plan.issuer).toBeNull();
  });

  test("no targets (dates, `chỉ tiêu số 18.5`, `06 tháng`, decision numbers are not), no budget, no areas — and it says so", () => {
    expect(plan.indicators).toEqual([]);
    expect(plan.areas).toEqual([]);
    expect(plan.issues.map((i) => [i.rule, i.source])).toEqual([
      ["missing-number", "line 3"],
      ["missing-date", "line 5"],
      ["no-targets", undefined],
      ["no-budget", undefined],
    ]);
  });
});

describe("seed 004: Đắk Nông, Chiến lược quốc gia về bình đẳng giới 2021-2030 (175/KH-UBND), a plan that delegates", () => {
  const plan = extractPlan(seedText("004_"));

  test("header across broken lines", () => {
    expect(plan.number).toBe("175/KH-UBND");
    expect(plan.date).toBe("2021-04-06");
    expect(plan.issuer).toBe("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG");
    expect(plan.title).toBe("TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021-2030 TRÊN ĐỊA BÀN TỈNH ĐẮK NÔNG");
  });

  test("`chỉ tiêu 1, 2 của mục tiêu 2` are references, not targets: an empty list that says so", () => {
    expect(plan.indicators).toEqual([]);
    expect(plan.areas).toEqual([]);
    expect(plan.issues.map((i) => i.rule)).toEqual(["no-targets", "no-budget"]);
  });
});

describe("the seeds read the same whatever their encoding details", () => {
  const prefixes = ["000_", "001_", "003_", "004_"];
  test.each(prefixes)("%s: NFD, CRLF and a byte-order mark change nothing", (prefix) => {
    const text = seedText(prefix);
    const plain = extractPlan(text);
    expect(extractPlan(text.normalize("NFD"))).toEqual(plain);
    expect(extractPlan("\uFEFF" + text.replace(/\n/g, "\r\n"))).toEqual(plain);
  });
});
