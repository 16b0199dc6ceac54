/**
 * The content of the built-in sample: Hà Nội's Kế hoạch 257/KH-UBND of
 * 03/10/2022 (Dự án 8, giai đoạn I: cuối năm 2022 – 2025) — the seven count
 * targets of its section III.1, the 9,490 tỷ đồng budget of section IV split
 * into its five parts, the 14 communes of its five districts — and an
 * allocation of them over the communes, as an officer might have typed it,
 * with a few mistakes (listed in `plantedMistakes.ts`).
 *
 * Pure data. The workbook is laid out by `buildSample.ts`.
 */

export interface SamplePlanLine {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  /** Target in the line's own unit (triệu đồng for money). */
  readonly target: number;
  /** Per-commune value every commune must get. */
  readonly quota?: number;
}

export const SAMPLE_PLAN_TITLE =
  "Kế hoạch triển khai Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” trên địa bàn thành phố Hà Nội, giai đoạn I: cuối năm 2022 - 2025";
export const SAMPLE_PLAN_NUMBER = "257/KH-UBND";
export const SAMPLE_PLAN_DATE = "03/10/2022";

/** Section III.1 “Chỉ tiêu đến năm 2025” (counts) and section IV (budget, triệu đồng). */
export const SAMPLE_PLAN_LINES: readonly SamplePlanLine[] = [
  { code: "1", name: "Tổ truyền thông cộng đồng được thành lập mới", unit: "tổ", target: 14, quota: 1 },
  { code: "2", name: "Tổ tiết kiệm vay vốn tự quản", unit: "tổ", target: 170 },
  { code: "3", name: "Tổ áp dụng phương pháp học tập và hành động giới", unit: "tổ", target: 14 },
  { code: "4", name: "Tổ nhóm sinh kế do phụ nữ làm chủ ứng dụng công nghệ 4.0", unit: "tổ nhóm", target: 14 },
  { code: "5", name: "Địa chỉ tin cậy tại cộng đồng", unit: "địa chỉ", target: 62 },
  { code: "6", name: "Câu lạc bộ “Thủ lĩnh của sự thay đổi”", unit: "CLB", target: 30 },
  { code: "7", name: "Cuộc đối thoại chính sách cấp xã và thôn bản", unit: "cuộc", target: 14 },
  { code: "KP", name: "Tổng kinh phí thực hiện Dự án 8", unit: "triệu đồng", target: 9490 },
  {
    code: "KP.1",
    name: "Đề án Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số và miền núi",
    unit: "triệu đồng",
    target: 3100,
  },
  {
    code: "KP.2",
    name: "Đề án Tuyên truyền nâng cao nhận thức bình đẳng giới và kiến thức pháp luật cho phụ nữ dân tộc thiểu số",
    unit: "triệu đồng",
    target: 1200,
  },
  { code: "KP.3", name: "Xây dựng nhà tạm lánh, địa chỉ tin cậy tại cộng đồng", unit: "triệu đồng", target: 3290 },
  { code: "KP.4", name: "Đào tạo, bồi dưỡng cán bộ nữ vùng dân tộc thiểu số", unit: "triệu đồng", target: 1400 },
  { code: "KP.5", name: "Tổ chức dạy nghề cho phụ nữ", unit: "triệu đồng", target: 500 },
];

/** Section II.3 “Địa bàn thực hiện”: 14 communes in 5 districts. */
export const SAMPLE_AREAS: ReadonlyArray<{ readonly district: string; readonly communes: readonly string[] }> = [
  {
    district: "Ba Vì",
    communes: ["Khánh Thượng", "Minh Quang", "Ba Vì", "Ba Trại", "Tản Lĩnh", "Vân Hòa", "Yên Bài"],
  },
  { district: "Thạch Thất", communes: ["Yên Trung", "Yên Bình", "Tiến Xuân"] },
  { district: "Quốc Oai", communes: ["Phú Mãn", "Đông Xuân"] },
  { district: "Chương Mỹ", communes: ["Trần Phú"] },
  { district: "Mỹ Đức", communes: ["An Phú"] },
];

/** The allocation sheet's value columns, in sheet order after STT and the area label. */
export interface SampleColumn {
  /** Plan code of the line the column allocates; null for the row total of the budget. */
  readonly code: string | null;
  /** Header text with its line breaks. */
  readonly header: string;
  readonly group: "targets" | "budget";
  readonly width: number;
}

export const SAMPLE_COLUMNS: readonly SampleColumn[] = [
  { code: "1", header: "Tổ truyền thông\ncộng đồng\nthành lập mới", group: "targets", width: 13 },
  { code: "2", header: "Tổ tiết kiệm\nvay vốn tự quản", group: "targets", width: 12 },
  { code: "3", header: "Tổ áp dụng phương pháp\nhọc tập và hành động giới", group: "targets", width: 15 },
  { code: "4", header: "Tổ nhóm sinh kế\nứng dụng công nghệ 4.0", group: "targets", width: 14 },
  { code: "5", header: "Địa chỉ tin cậy\ntại cộng đồng", group: "targets", width: 12 },
  { code: "6", header: "Câu lạc bộ\n“Thủ lĩnh của\nsự thay đổi”", group: "targets", width: 12 },
  { code: "7", header: "Cuộc đối thoại\nchính sách\ncấp xã, thôn bản", group: "targets", width: 13 },
  { code: null, header: "Tổng kinh phí", group: "budget", width: 11 },
  { code: "KP.1", header: "Đề án hỗ trợ\nhoạt động bình đẳng giới\nvùng DTTS&MN", group: "budget", width: 15 },
  { code: "KP.2", header: "Đề án tuyên truyền\nbình đẳng giới và\npháp luật cho phụ nữ DTTS", group: "budget", width: 16 },
  { code: "KP.3", header: "Xây dựng\nnhà tạm lánh,\nđịa chỉ tin cậy", group: "budget", width: 13 },
  { code: "KP.4", header: "Đào tạo, bồi dưỡng\ncán bộ nữ DTTS", group: "budget", width: 14 },
  { code: "KP.5", header: "Dạy nghề\ncho phụ nữ", group: "budget", width: 11 },
];

/** What a commune's cell holds: a number, a number typed as text, a broken reference, or nothing. */
export type SampleLeafValue = number | string | { readonly brokenReference: true } | null;

export interface SampleCommuneRow {
  /** The label as typed in the sheet. */
  readonly label: string;
  /** Values by plan code; a missing code is an empty cell. */
  readonly values: Readonly<Record<string, SampleLeafValue>>;
}

export interface SampleDistrictBlock {
  readonly stt: string;
  readonly label: string;
  /**
   * `formula`: the district row is `SUM` formulas over its communes;
   * `typed`: the officer pasted the district row as values (one of which was
   * later left behind when a commune changed — see `typedOverrides`).
   */
  readonly subtotal: "formula" | "typed";
  /** Typed district values that differ from the sum of the communes (plan code → value). */
  readonly typedOverrides?: Readonly<Record<string, number>>;
  readonly communes: readonly SampleCommuneRow[];
}

const BROKEN: SampleLeafValue = { brokenReference: true };

/**
 * The allocation as typed. Yên Bài (Ba Vì) has no row; Đông Xuân is listed
 * twice; see plantedMistakes.ts for every deliberate mistake.
 */
export const SAMPLE_ALLOCATION: readonly SampleDistrictBlock[] = [
  {
    stt: "I",
    label: "Huyện Ba Vì",
    subtotal: "formula",
    communes: [
      { label: "Xã Khánh Thượng", values: { "1": 1, "2": 13, "3": 1, "4": 1, "5": 5, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85, "KP.3": 408, "KP.4": 235 } },
      { label: "Xã Minh Quang", values: { "1": 1, "2": "12", "3": 1, "4": 1, "5": 5, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85, "KP.3": 408, "KP.4": 235 } },
      { label: "Xã Ba Vì", values: { "1": 1, "2": 12, "3": 1, "4": 1, "5": 4, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85, "KP.3": 408, "KP.4": 230 } },
      { label: "Xã Ba Trại", values: { "1": 2, "2": 12, "3": 1, "4": 1, "5": 5, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85, "KP.3": 408, "KP.4": 235 } },
      { label: "Xã Tản Lĩnh", values: { "1": 1, "2": 14, "3": 1, "4": 1, "5": 5, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85, "KP.3": 1250, "KP.4": 230 } },
      { label: "Xã Vân Hòa", values: { "1": 1, "2": 12, "3": 1, "4": 1, "5": 5, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85, "KP.3": 408, "KP.4": 235 } },
    ],
  },
  {
    stt: "II",
    label: "Huyện Thạch Thất",
    subtotal: "typed",
    typedOverrides: { "6": 7 },
    communes: [
      { label: "Xã Yên Trung", values: { "1": 1, "2": 12, "3": 1, "4": 1, "5": 4, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85 } },
      { label: "Xã Yên Bình", values: { "1": 1, "2": 13, "3": 1, "4": BROKEN, "5": 4, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85 } },
      { label: "Xã Tiến Xuân", values: { "1": 0, "2": 12, "3": 1, "4": 1, "5": 4, "6": 2, "7": 1, "KP.1": 220, "KP.2": 85 } },
    ],
  },
  {
    stt: "III",
    label: "Huyện Quốc Oai",
    subtotal: "formula",
    communes: [
      { label: "Xã Phú Mãn", values: { "1": 1, "2": 12, "3": 1, "4": 1, "5": 4, "6": 2, "7": 1, "KP.1": 230, "KP.2": 90 } },
      { label: "Xã Đông Xuân", values: { "1": 1, "2": 11, "3": 1, "4": 1, "5": 5, "6": 2, "7": 1, "KP.1": 230, "KP.2": 90 } },
      { label: "Xã Đông Xuân", values: { "1": 1, "2": 11, "3": 1, "4": 1, "5": 5, "6": 2, "7": 1, "KP.1": 230, "KP.2": 90 } },
    ],
  },
  {
    stt: "IV",
    label: "Huyện Chương Mỹ",
    subtotal: "formula",
    communes: [
      { label: "Xã Trần Phú", values: { "1": 1, "2": 12, "3": 1, "4": 1, "5": 4, "6": 3, "7": 1, "KP.1": 230, "KP.2": 90 } },
    ],
  },
  {
    stt: "V",
    label: "Huyện Mỹ Đức",
    subtotal: "formula",
    communes: [
      { label: "Xã An Phú", values: { "1": 1, "2": 12, "3": 1, "4": 2, "5": 5, "6": 3, "7": 1, "KP.1": 200, "KP.2": 75, "KP.5": 500 } },
    ],
  },
];

/**
 * The sample's plan in the JSON form of `--plan plan.json` (CONTRACT §1):
 * targets in the unit given, areas as district/commune pairs.
 */
export function samplePlanJson(): {
  title: string;
  indicators: Array<{ code: string; name: string; unit: string; target: number; quota?: number }>;
  areas: Array<{ district: string; commune: string }>;
} {
  return {
    title: `${SAMPLE_PLAN_NUMBER} — ${SAMPLE_PLAN_TITLE}`,
    indicators: SAMPLE_PLAN_LINES.map((l) => ({
      code: l.code,
      name: l.name,
      unit: l.unit,
      target: l.target,
      ...(l.quota !== undefined ? { quota: l.quota } : {}),
    })),
    areas: SAMPLE_AREAS.flatMap((a) => a.communes.map((commune) => ({ district: a.district, commune }))),
  };
}
