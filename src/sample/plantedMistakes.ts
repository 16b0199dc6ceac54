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

/** All planted findings, flattened. */
export const PLANTED_FINDINGS: readonly PlantedFinding[] = PLANTED_MISTAKES.flatMap((m) => m.findings);
