/**
 * A results sheet's money column headed in a larger unit (`triệu đồng`) whose
 * figures are plainly in đồng: its period figure, read in the header's unit,
 * is a thousand times the plan's whole target or more — no period spends
 * that. Such a line is read in đồng instead (its cells divided by the
 * header's scale), and one warning per sheet says so, at the first such
 * line's header — unless an area's figure, read in đồng, would be a few đồng
 * (`60` beside one `60000000`: the column is in its unit, one figure is not): one cause, one finding, rather than an overspend per area.
 */
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { localized } from "../model/text";
import type { RuleContext } from "../rules";
import { makeFinding } from "../rules/finding";
import { sheetInText } from "../model/address";

/** How far above the plan's target a period's figure must be to be a unit misread. */
const IMPLAUSIBLE = 1000;
/** Fewer đồng than any area's figure of a column typed in đồng. */
const FEWEST_DONG = 1000;

export function readMisreadUnitsAsDong(context: RuleContext, plan: Plan): Finding | null {
  const { table, lineCount, base, leafSums, leafMins, scales } = context;
  const headers: string[] = [];
  let first: { row: number; col: number } | null = null;
  table.lines.forEach((line, l) => {
    const planLine = line.planCode === null ? undefined : plan.lines.find((p) => p.code === line.planCode);
    const scale = scales[l];
    if (planLine === undefined || planLine.kind !== "money" || planLine.target <= 0 || scale < 1000) return;
    const sum = leafSums[l];
    if (!(sum >= planLine.target * IMPLAUSIBLE) || sum / scale > planLine.target * IMPLAUSIBLE) return;
    // A column typed in đồng holds no commune's figure of a few đồng: a figure that small read so (`60` among `60000000`) is in the column's unit, the large one the slip.
    if (context.leaves.some((area) => base[area * lineCount + l] > 0 && base[area * lineCount + l] / scale < FEWEST_DONG)) return;
    for (let at = l; at < context.areaCount * lineCount; at += lineCount) base[at] /= scale;
    leafSums[l] = sum / scale;
    if (Number.isFinite(leafMins[l])) leafMins[l] /= scale;
    headers.push(line.header);
    if (first === null) first = { row: line.headerRow, col: line.headerCol };
  });
  if (first === null) return null;
  const list = headers.map((h) => `"${h}"`).join(", ");
  return makeFinding({
    rule: "unmapped",
    severity: "warning",
    sheet: table.sheet,
    at: first,
    message: localized(
      `Số liệu của ${list} trên trang ${sheetInText(table.sheet)} lớn gấp hàng nghìn lần chỉ tiêu kế hoạch nếu tính theo đơn vị tính của cột: có vẻ đã ghi bằng đồng. allocheck tính các số này theo đồng; hãy sửa đơn vị tính (ĐVT) của cột cho đúng.`,
      `The figures of ${list} on ${sheetInText(table.sheet)} are thousands of times the plan's target in the column's unit: they look typed in đồng. allocheck reads them in đồng; correct the column's unit.`,
    ),
  });
}
