/**
 * A PDF converted with its layout kept: tables whose columns are runs of spaces (no bars, no tabs) are read as
 * tables — the target table by its header, the budget table with its `Tổng cộng` row whose first cell is empty —
 * while a two-column letterhead and prose stay lines of text.
 */
import { extractPlan } from "../../src/extract";
import { normalizeText } from "../../src/extract/normalize";

const head = [
  "HỘI LHPN TỈNH LAI CHÂU                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "BCH HỘI LHPN HUYỆN THAN UYÊN                  Độc lập - Tự do - Hạnh phúc",
  "Số: 64/KH-HPN                              Than Uyên, ngày 14 tháng 3 năm 2024",
  "                                    KẾ HOẠCH",
  "              Thực hiện Dự án 8 năm 2024",
  "II. CHỈ TIÊU",
];

const budget = [
  "IV. KINH PHÍ",
  "                                                         Đơn vị tính: triệu đồng",
  " TT    Nội dung                                             Kinh phí",
  " 1     Tổ truyền thông cộng đồng                            420",
  " 2     Địa chỉ tin cậy                                      160",
  "       Tổng cộng                                            580",
  "V. TỔ CHỨC THỰC HIỆN",
  "   Hội LHPN các xã triển khai thực hiện.",
];

test.each<[string, string[]]>([
  [
    "one line a row",
    [
      " STT   Chỉ tiêu                                   ĐVT        Kế hoạch 2024",
      " 1     Thành lập mới tổ truyền thông cộng đồng    Tổ         08",
      " 2     Xây dựng địa chỉ tin cậy                   Địa chỉ    04",
      " 3     Phụ nữ được tiếp cận thông tin             %          ≥ 80",
    ],
  ],
  [
    "a name wrapped onto the next line",
    [
      "  TT    Chỉ tiêu                          Đơn vị tính    Kế hoạch năm 2024",
      "  1     Thành lập mới tổ truyền thông     Tổ             8",
      "        cộng đồng",
      "  2     Xây dựng địa chỉ tin cậy          Địa chỉ        4",
      "  3     Phụ nữ được tiếp cận thông tin    %              ≥ 80",
    ],
  ],
])("%s", (_label, table) => {
  const read = extractPlan([...head, ...table, ...budget].join("\n"));
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit.toLowerCase(), i.rule ?? "", (i.confidence ?? 1) >= 0.9])).toEqual([
    [8, "tổ", "", true],
    [4, "địa chỉ", "", true],
    [80, "%", ">=", true],
  ]);
  expect(read.indicators.find((i) => i.target === 8)?.name).toMatch(/^Thành lập mới tổ truyền thông cộng đồng/);
  expect(read.indicators.filter((i) => i.kind === "money").map((i) => [i.code, i.target])).toEqual([
    ["KP", 580_000_000],
    ["KP.1", 420_000_000],
    ["KP.2", 160_000_000],
  ]);
});

test("a two-column letterhead and prose with wide gaps are no table", () => {
  const lines = normalizeText([...head.slice(0, 3), "Nơi nhận:                                          CHỦ TỊCH", "- Lưu: VP.                                      Lò Thị Hoa"].join("\n"));
  expect(lines.every((l) => l.cells === undefined)).toBe(true);
});

test("justified prose, its words parted by runs of spaces, is no table", () => {
  const lines = normalizeText(
    [
      "I. MỤC ĐÍCH, YÊU CẦU",
      "   Triển khai hiệu quả  các nội dung  của Dự án 8,  góp phần thúc đẩy  bình đẳng giới",
      "và giải quyết  những vấn đề  cấp thiết đối với  phụ nữ và trẻ em  vùng đồng bào dân",
      "tộc thiểu số;  phấn đấu  thành lập mới 08 tổ  truyền thông cộng đồng  tại các xã.",
      "II. CHỈ TIÊU",
    ].join("\n"),
  );
  expect(lines.every((l) => l.cells === undefined)).toBe(true);
});

test("a layout table whose header names years", () => {
  const read = extractPlan(
    [
      ...head.slice(0, 5),
      "II. CHỈ TIÊU",
      " TT   Chỉ tiêu                                   ĐVT        2024      2025      Tổng",
      " 1    Thành lập mới tổ truyền thông cộng đồng    Tổ         05        04        09",
      " 2    Xây dựng địa chỉ tin cậy                   Địa chỉ    02        02        04",
      "III. KINH PHÍ",
      "Tổng kinh phí: 300 triệu đồng.",
    ].join("\n"),
  );
  expect(read.indicators.filter((i) => i.kind !== "money").map((i) => [i.target, i.unit.toLowerCase()])).toEqual([
    [9, "tổ"],
    [4, "địa chỉ"],
  ]);
});
