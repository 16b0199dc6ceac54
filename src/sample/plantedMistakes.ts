/**
 * The mistakes planted in the sample's `Phân bổ` sheet, and the findings a
 * correct check reports for them — no more, no fewer. This is both the
 * documentation of the sample and the oracle of its test
 * (test/sample/plantedMistakes.test.ts).
 *
 * Everything else in the sample adds up: every other indicator and budget line
 * is allocated exactly to its target, every formula subtotal matches its
 * communes, and the plan's budget parts add up to 9.490 triệu đồng.
 */
import type { RuleId, Severity } from "../core/model/finding";
import type { LocalizedText } from "../core/model/text";

export interface PlantedFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet`, or null when the finding has no cell. */
  readonly cell: string | null;
  /** Plan code, or null. */
  readonly indicator: string | null;
  readonly expected?: number | null;
  readonly actual?: number | null;
}

export interface PlantedMistake {
  readonly what: LocalizedText;
  readonly findings: readonly PlantedFinding[];
}

const SHEET = "Phân bổ";

export const PLANTED_MISTAKES: readonly PlantedMistake[] = [
  {
    what: {
      vi: "Xã Minh Quang: số tổ tiết kiệm vay vốn “12” được gõ dạng văn bản, nên hàm SUM của dòng Huyện Ba Vì bỏ qua nó (63 thay vì 75).",
      en: "Minh Quang: the savings groups count “12” is typed as text, so the SUM on the Ba Vì district row skips it (63 instead of 75).",
    },
    findings: [
      // One cause, one finding (CONTRACT §3): the error is at the text cell; the SUM in D7 is right.
      { rule: "text-number", severity: "error", sheet: SHEET, cell: "D9", indicator: "2" },
    ],
  },
  {
    what: {
      vi: "Tổ truyền thông cộng đồng (định mức 01 tổ/xã): xã Ba Trại được giao 2 tổ, xã Tiến Xuân không có tổ nào.",
      en: "Community communication teams (quota: 1 per commune): Ba Trại gets 2, Tiến Xuân gets none.",
    },
    findings: [
      { rule: "quota", severity: "error", sheet: SHEET, cell: "C11", indicator: "1", expected: 1, actual: 2 },
      { rule: "quota", severity: "error", sheet: SHEET, cell: "C17", indicator: "1", expected: 1, actual: 0 },
    ],
  },
  {
    what: {
      vi: "Dòng Huyện Thạch Thất được dán dạng giá trị; số câu lạc bộ gõ là 7 trong khi 3 xã cộng lại là 6.",
      en: "The Thạch Thất district row was pasted as values; its clubs figure says 7 while its 3 communes add up to 6.",
    },
    findings: [{ rule: "subtotal", severity: "error", sheet: SHEET, cell: "H14", indicator: "6", expected: 6, actual: 7 }],
  },
  {
    what: {
      vi: "Xã Yên Bình: ô tổ nhóm sinh kế là công thức cộng các dòng đã bị xóa, =SUM(#REF!).",
      en: "Yên Bình: the livelihood groups cell is a formula over rows that were deleted, =SUM(#REF!).",
    },
    findings: [{ rule: "invalid-value", severity: "error", sheet: SHEET, cell: "F16", indicator: "4" }],
  },
  {
    what: {
      vi: "Xã Đông Xuân (huyện Quốc Oai) được liệt kê hai lần.",
      en: "Đông Xuân (Quốc Oai district) is listed twice.",
    },
    findings: [{ rule: "duplicate", severity: "error", sheet: SHEET, cell: "B21", indicator: null }],
  },
  {
    what: {
      vi: "Địa chỉ tin cậy tại cộng đồng: phân bổ 64, vượt chỉ tiêu 62 của kế hoạch.",
      en: "Trusted addresses in the community: 64 allocated, over the plan's 62.",
    },
    findings: [{ rule: "ceiling", severity: "error", sheet: SHEET, cell: "G6", indicator: "5", expected: 62, actual: 64 }],
  },
  {
    what: {
      vi: "Xã Yên Bài (huyện Ba Vì) có trong kế hoạch nhưng không có dòng nào trong biểu phân bổ.",
      en: "Yên Bài (Ba Vì district) is in the plan but has no row in the allocation sheet.",
    },
    findings: [{ rule: "coverage", severity: "warning", sheet: SHEET, cell: null, indicator: null }],
  },
];

const PROGRESS = "Tiến độ";
const DISBURSED_2024_H1 = "Giải ngân 6 tháng đầu năm 2024";

/**
 * The mistakes planted in the sample's results (CONTRACT §7): the `Tiến độ`
 * sheet and the `Giải ngân …` sheets of 2022, 2023 and the first half of
 * 2024. The plan runs 2022–2025, so by mid-2024 62,5 % of its time is gone.
 */
export const PLANTED_PROGRESS_MISTAKES: readonly PlantedMistake[] = [
  {
    what: {
      vi: "Tiến độ, Địa chỉ tin cậy: ô Lũy kế bị gõ đè thành 44, trong khi 3 kỳ cộng lại 42 (tỷ lệ 70,97% tính theo số gõ sai nên không báo thêm).",
      en: "Progress, trusted addresses: the Lũy kế cell was typed over as 44 while the 3 periods add up to 42 (its 70.97 % follows the wrong figure, so it is not reported again).",
    },
    findings: [{ rule: "cumulative", severity: "error", sheet: PROGRESS, cell: "H8", indicator: "5", expected: 42, actual: 44 }],
  },
  {
    what: {
      vi: "Tiến độ, Câu lạc bộ “Thủ lĩnh của sự thay đổi”: tỷ lệ ghi 80%, tính nhầm trên 25 CLB thay vì chỉ tiêu 30 (đúng là 66,67%).",
      en: "Progress, “Leaders of change” clubs: the percent says 80 %, computed against 25 instead of the target of 30 (66.67 %).",
    },
    findings: [{ rule: "rate", severity: "error", sheet: PROGRESS, cell: "I9", indicator: "6", expected: 66.67, actual: 80 }],
  },
  {
    what: {
      vi: "Xã Trần Phú đã giải ngân 105 triệu đồng cho đề án tuyên truyền (KP.2), vượt 90 triệu đồng được phân bổ.",
      en: "Trần Phú disbursed 105 million đồng for the awareness project (KP.2), over its allocation of 90 million.",
    },
    findings: [{ rule: "overspend", severity: "error", sheet: DISBURSED_2024_H1, cell: "E21", indicator: "KP.2", expected: 90_000_000, actual: 105_000_000 }],
  },
  {
    what: {
      vi: "Tổ nhóm sinh kế ứng dụng công nghệ 4.0: mới đạt 5/14 tổ nhóm đến giữa năm 2024, trong khi cần khoảng 8,75 — chậm tiến độ.",
      en: "Livelihood groups using 4.0 technology: 5 of 14 by mid-2024 while about 8.75 are due — behind pace.",
    },
    findings: [{ rule: "pace", severity: "warning", sheet: PROGRESS, cell: "H7", indicator: "4", expected: 8.75, actual: 5 }],
  },
];

/** All planted findings, flattened. */
export const PLANTED_FINDINGS: readonly PlantedFinding[] = [...PLANTED_MISTAKES, ...PLANTED_PROGRESS_MISTAKES].flatMap((m) => m.findings);
