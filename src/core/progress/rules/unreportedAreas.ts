/**
 * `coverage` on the results side: a leaf area allocated something on the
 * lines the period sheets report, but on none of those sheets — its results
 * are missing, not zero. One warning per area, on the latest period sheet —
 * unless a results sheet names an area the allocation lacks (most likely the
 * same area written another way: that warning speaks for both). An area
 * that some periods' sheets have and others leave out (a commune dropped
 * from `Thực hiện 2023`) gets one warning too, on the latest sheet without it.
 */
import type { Finding } from "../../model/finding";
import { localized } from "../../model/text";
import { CELL } from "../../cells/readCell";
import { areaLabel } from "../areas";
import type { ProgressContext } from "../context";
import { areasMissingFromPeriods, linesShortByMissing } from "../missingAreas";
import { progressFinding, type ProgressRule } from "./shared";
import { sheetInText } from "../../model/address";

export const unreportedAreasRule: ProgressRule = {
  id: "coverage",
  severity: "warning",
  description: localized(
    "Mỗi địa bàn được phân bổ phải có mặt trong các trang kết quả.",
    "Every area with an allocation must appear on the results sheets.",
  ),
  evaluate(context) {
    const matrix = context.gathered.areas;
    if (matrix.sheets.length === 0) return [];
    // An area on a results sheet that the allocation lacks is most likely the missing one written
    // another way: its own coverage warning is then the one finding.
    if (context.gathered.findings.some((finding) => finding.rule === "coverage" && finding.severity === "warning")) return [];
    const allocation = context.allocation;
    const { lineCount, leaves, state, base } = allocation;
    const { seen } = matrix;
    // Lines some period sheet reports for some leaf.
    const reported = new Uint8Array(lineCount);
    for (const area of leaves) for (let line = 0; line < lineCount; line++) if (seen[area * lineCount + line] === 1) reported[line] = 1;
    const latest = matrix.sheets[matrix.sheets.length - 1].sheet;
    const areas = allocation.table.areas;
    const presence = context.gathered.presence ?? [];
    const isReported = (area: number) => {
      for (let line = 0; line < lineCount; line++) if (reported[line] === 1 && seen[area * lineCount + line] === 1) return true;
      // A commune of a district some sheet reports as a whole.
      return presence.some((period) => period.areas[area] === 1);
    };
    // A name the allocation writes twice (a `duplicate` of its own) reported once is reported.
    const reportedNames = new Set(leaves.filter(isReported).map((area) => areas[area].key));
    const findings: Finding[] = [];
    findings.push(...missingInPeriods(context, reportedNames));
    for (const area of leaves) {
      if (reportedNames.has(areas[area].key)) continue;
      let allocated = false;
      let any = false;
      for (let line = 0; line < lineCount; line++) {
        if (reported[line] === 0) continue;
        const at = area * lineCount + line;
        if (seen[at] === 1) any = true;
        if ((state[at] === CELL.number || state[at] === CELL.textNumber) && base[at] !== 0) allocated = true;
      }
      if (any || !allocated) continue;
      const label = areaLabel(context, area);
      findings.push(
        progressFinding({
          rule: "coverage",
          severity: "warning",
          at: null,
          sheet: latest,
          indicator: null,
          area: label,
          expected: null,
          actual: null,
          message: localized(
            `Địa bàn "${label}" được phân bổ trong biểu ${sheetInText(allocation.table.sheet)} nhưng không có mặt trong trang kết quả nào; kết quả của địa bàn chưa được tính (không phải bằng 0).`,
            `The area "${label}" has an allocation on ${sheetInText(allocation.table.sheet)} but appears on no results sheet; its results are missing (not zero).`,
          ),
        }),
      );
    }
    return findings;
  },
};

/** One warning per area that some periods' sheets leave out, on the latest such sheet, naming each. */
function missingInPeriods(context: ProgressContext, reportedNames: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  // Lines whose pace hangs on the missing figures: told once, with the first such area.
  const short = linesShortByMissing(context);
  let unjudged = short.length === 0 ? null : {
    vi: ` Vì vậy chưa đánh giá tiến độ của chỉ tiêu ${short.join(", ")} (số còn thiếu có thể bù phần chậm).`,
    en: ` So the pace of line${short.length > 1 ? "s" : ""} ${short.join(", ")} is not judged (the missing figures could make up the shortfall).`,
  };
  for (const [area, missing] of areasMissingFromPeriods(context)) {
    // On no results sheet at all: the other warning says so.
    if (!reportedNames.has(context.allocation.table.areas[area].key)) continue;
    const label = areaLabel(context, area);
    const sheets = missing.map((sheet) => sheetInText(sheet)).join(", ");
    findings.push(
      progressFinding({
        rule: "coverage",
        severity: "warning",
        at: null,
        sheet: missing[missing.length - 1],
        indicator: null,
        area: label,
        expected: null,
        actual: null,
        message: localized(
          `Địa bàn "${label}" có trong các trang kết quả khác nhưng không có trong ${sheets}; kết quả kỳ đó của địa bàn chưa được tính (không phải bằng 0).${unjudged?.vi ?? ""}`,
          `The area "${label}" is on the other results sheets but not on ${sheets}; its results for that period are missing (not zero).${unjudged?.en ?? ""}`,
        ),
      }),
    );
    unjudged = null;
  }
  return findings;
}
