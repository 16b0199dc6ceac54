/**
 * How sure a reading is (CONTRACT §5, issue: "confidence said out loud"):
 * weak when two readings of the areas nearly tie on the arithmetic, when
 * several count or money lines found no column (a rate left off is usual), when many lines were matched by a
 * loose name, when two lines of the sheet name one plan line about equally
 * well (`Kế hoạch | Thực hiện` sub-columns, a line typed twice), when many
 * areas are not in the plan's list, when a number typed as text (`1.500` in
 * tỷ đồng) breaks the plan read one way and fits it read the other, when the
 * sheet's total is off from areas read only by position by one same factor
 * on every line, when other sheets hold a table matching the plan as well
 * as the one read (a copy `Phân bổ (2)` with other figures, one sheet per
 * district), or when a user's correction no longer fits the sheet. The reasons are said, in Vietnamese
 * and English, before the findings.
 */
import type { Plan } from "../model/plan";
import type { IndicatorResult } from "../model/report";
import type { ReadingArea, ReadingConfidence, ReadingLine } from "../model/reading";
import type { NumberDoubt } from "../rules/dotDoubt";
import type { AllocationTable } from "../model/table";
import { areaKey, wordKey } from "../text/fold";
import { NO_NAME } from "../layout/detectTable";
import { areaLevel } from "../layout/labels";
import { columnLetters, sheetInText } from "../model/address";
import { districtsNamedByCommunes } from "../rules/namedByCommunes";
import { mistypedNameReasons, type MistypedName } from "./mistypedNames";
import { sameNamePartReasons } from "./sameNamePart";
import { communesNamedLikeAdjustments } from "../rules/noPlace";
import { isOwnShare } from "../text/ownShare";
import { shortTotalOneLine, uniformTotalFactor } from "./totalFactor";
import type { PlanCopyGap } from "./planCopyGaps";
import { hiddenSheetReason } from "./hiddenSheet";
import type { ErrorName } from "./errorNames";
import { formatAmount } from "../text/format";
import { besideDistrictReasons, type BesideDistrict } from "./besideDistricts";

/** Other sheets that could hold the allocation: ties with other figures, and sheets holding plan lines the one read lacks. */
export interface OtherSheets {
  readonly rivals: readonly string[];
  readonly siblings: readonly string[];
  readonly elsewhere: readonly { readonly sheet: string; readonly codes: readonly string[] }[];
  /** True when the sheet read is itself hidden in the workbook (said first: `hiddenSheet.ts`). */
  readonly hidden?: boolean;
}

export const NO_OTHER_SHEETS: OtherSheets = { rivals: [], siblings: [], elsewhere: [] };

/** A name match below this score is loose (a fuzzy match a person should glance at). */
export const LOOSE_MATCH = 0.75;

/**
 * Whether the column matched to a plan line by its name also gives, in its
 * header, a count unit (`địa chỉ`, `CLB`, `cuộc`) that is that plan line's
 * and no other's: a second piece of evidence, so a short header (`Địa chỉ
 * tin cậy (địa chỉ)` for `Địa chỉ tin cậy tại cộng đồng được củng cố …`) is
 * not a loose match.
 */
function unitSingles(table: AllocationTable, plan: Plan, code: string): boolean {
  const planLine = plan.lines.find((line) => line.code === code);
  const unit = table.lines.find((line) => line.planCode === code)?.unit;
  if (planLine === undefined || planLine.kind !== "count" || unit === undefined) return false;
  const key = unitKey(unit);
  return key !== "" && key === unitKey(planLine.unit) && plan.lines.filter((line) => unitKey(line.unit) === key).length === 1;
}

function unitKey(unit: string): string {
  return wordKey(unit).replace(/\s+/g, " ").trim();
}

/** A row naming a level of government, numbered or not: `II. Cấp huyện`, `Cấp huyện, xã`, `Các xã, thị trấn`. */
const LEVEL_ROW = /^(?:(?:[ivxlc]+|\d+|[a-z]) )?(?:cap|cac|khoi) (?:tinh|huyen|xa|thi tran|phuong)(?: (?:xa|thi tran|phuong|huyen))*$/;

export function readingConfidence(
  table: AllocationTable,
  plan: Plan,
  indicators: readonly IndicatorResult[],
  lines: readonly ReadingLine[],
  areas: readonly ReadingArea[],
  doubts: readonly NumberDoubt[] = [],
  otherSheets: OtherSheets = NO_OTHER_SHEETS,
  planCopies: readonly PlanCopyGap[] = [],
  errorNames: ReadonlyMap<number, ErrorName> = new Map(),
  byCommunes: readonly { area: number; planDistrict: string }[] = districtsNamedByCommunes(table, plan),
  mistyped: ReadonlyMap<number, MistypedName> = new Map(),
  beside: readonly BesideDistrict[] = [],
): ReadingConfidence {
  const reasons: { vi: string; en: string }[] = [];
  if (otherSheets.hidden === true) reasons.push(hiddenSheetReason(table.sheet));
  const rivalSheets = otherSheets.rivals;
  for (const { sheet, codes } of otherSheets.elsewhere) {
    const list = codes.join(", ");
    reasons.push({
      vi: `Trang ${sheetInText(sheet)} có bảng khớp ${codes.length > 1 ? "các chỉ tiêu" : "chỉ tiêu"} mã ${list} mà trang ${sheetInText(table.sheet)} không có; allocheck chỉ đối chiếu trang ${sheetInText(table.sheet)} — hãy kiểm tra riêng trang ${sheetInText(sheet)} (chọn nó làm trang phân bổ).`,
      en: `The sheet ${sheetInText(sheet)} holds a table matching plan line${codes.length > 1 ? "s" : ""} ${list}, which ${sheetInText(table.sheet)} lacks; allocheck checked ${sheetInText(table.sheet)} only — check ${sheetInText(sheet)} on its own (choose it as the allocation sheet).`,
    });
  }
  if (otherSheets.siblings.length > 0) {
    const names = otherSheets.siblings.map((name) => sheetInText(name)).join(", ");
    const many = otherSheets.siblings.length > 1;
    reasons.push({
      vi: `${many ? "Các trang" : "Trang"} ${names} có bảng cùng các chỉ tiêu cho những địa bàn khác: sổ tính có vẻ chia mỗi trang một phần địa bàn. allocheck chỉ đọc trang ${sheetInText(table.sheet)}, nên tổng so với kế hoạch chỉ là của trang này.`,
      en: `${many ? "The sheets" : "The sheet"} ${names} hold${many ? "" : "s"} a table of the same plan lines for other areas: the workbook seems split into one sheet per group of areas. allocheck read ${sheetInText(table.sheet)} only, so its totals against the plan are this sheet's alone.`,
    });
  }
  if (rivalSheets.length > 0) {
    const names = rivalSheets.map((name) => sheetInText(name)).join(", ");
    reasons.push({
      vi: `${rivalSheets.length > 1 ? "Các trang" : "Trang"} ${names} cũng có bảng khớp kế hoạch như trang ${sheetInText(table.sheet)} nhưng số liệu khác; allocheck đọc trang ${sheetInText(table.sheet)} — nếu không đúng, hãy chọn trang phân bổ.`,
      en: `${rivalSheets.length > 1 ? "The sheets" : "The sheet"} ${names} also hold${rivalSheets.length > 1 ? "" : "s"} a table matching the plan as well as ${sheetInText(table.sheet)}, with other figures; allocheck read ${sheetInText(table.sheet)} — if that is wrong, choose the allocation sheet.`,
    });
  }
  const notes = table.notes;
  if (notes?.nearTie === true) {
    reasons.push({
      vi: `Có ${notes.candidates} cách hiểu cấu trúc địa bàn (nhóm, dòng cộng) mà số liệu cộng lại gần như ngang nhau; allocheck chọn cách hợp lý nhất nhưng chưa chắc chắn.`,
      en: `${notes.candidates} readings of the area structure (groups, subtotal rows) add up nearly as well; allocheck took the likeliest but is not sure.`,
    });
  }
  if (notes?.pairedByPosition === true) {
    const first = table.areas.find((area) => area.kind === "group");
    const example = first === undefined ? "" : ` (“${first.label}”)`;
    reasons.push({
      vi: `Mỗi huyện chỉ có một xã, cùng số liệu với huyện, và tên không có tiền tố (Huyện, Xã), không có STT, danh sách địa bàn hay công thức cho biết dòng nào là huyện: allocheck lấy dòng đầu của mỗi cặp là huyện${example} chỉ theo thứ tự — hãy kiểm tra, hoặc chỉnh lại cách đọc.`,
      en: `Every district holds a single commune with the same figures, and no prefix (Huyện, Xã), STT, area list or formula tells which row is the district: allocheck took the first row of each pair for the district${example} by order alone — check it, or correct the reading.`,
    });
  }
  const running = notes?.runningWithEarlier;
  if (running !== undefined) {
    // Columns of batches stand beside their running total; rows of batches stand above it.
    const where =
      table.orientation === "areas-as-rows"
        ? { vi: "Cột", en: "Column", at: columnLetters(running.index), batchesVi: "các cột đợt bên cạnh", batchesEn: "the batch columns beside it" }
        : { vi: "Dòng", en: "Row", at: String(running.index + 1), batchesVi: "các dòng đợt phía trên", batchesEn: "the batch rows above it" };
    reasons.push({
      vi: `${where.vi} ${where.at} "${running.header}" lớn hơn tổng ${where.batchesVi} ở mọi địa bàn (có cả số đã phân bổ trước đó): allocheck lấy ${where.vi.toLowerCase()} ${where.at} là số đã phân bổ đến nay để so với kế hoạch — nếu kế hoạch chỉ là của các đợt này, hãy chỉnh lại cách đọc.`,
      en: `${where.en} ${where.at} "${running.header}" is above the sum of ${where.batchesEn} in every area (earlier figures in it too): allocheck took ${where.en.toLowerCase()} ${where.at} as the figure allocated so far, against the plan — if the plan covers these batches only, correct the reading.`,
    });
  }
  const single = notes?.groupsUnsure === true ? indicators.filter((i) => i.kind !== "percent" && i.allocated !== null && i.allocated !== 0) : [];
  if (single.length === 1) {
    const { code } = single[0];
    reasons.push({
      vi: `Chỉ tiêu ${code} là dòng số liệu duy nhất, biểu không có dòng tổng, và tổng các địa bàn allocheck đọc thành một danh sách phẳng vượt chỉ tiêu kế hoạch, trong khi một số dòng bằng đúng tổng các dòng dưới nó: có thể đó là dòng cộng của huyện (nhóm) — hãy kiểm tra cách đọc, hoặc chỉnh lại các dòng huyện.`,
      en: `Plan line ${code} is the only line with figures, the sheet has no total row, and the areas allocheck read as a flat list add up past the plan's target, while some rows equal the sum of the rows under them: they may be district subtotals (groups) — check the reading, or correct the district rows.`,
    });
  }
  const villagesUnsure = notes?.villagesUnsure ?? [];
  if (villagesUnsure.length > 0) {
    const rows = table.orientation === "areas-as-rows";
    const named = villagesUnsure.map((index) => {
      const label = table.areas.find((area) => area.index === index)?.label;
      const at = rows ? String(index + 1) : columnLetters(index);
      return label === undefined ? at : `${at} "${label}"`;
    });
    const many = villagesUnsure.length > 1;
    const [vi, en] = rows ? [many ? "Các dòng" : "Dòng", many ? "Rows" : "Row"] : [many ? "Các cột" : "Cột", many ? "Columns" : "Column"];
    const disagree = notes?.villageLinesDisagree === true;
    reasons.push({
      vi: `${vi} ${named.join(", ")}: số liệu của xã khác tổng các thôn, bản dưới nó, và ${disagree ? "ở chỉ tiêu khác thì số của xã lại bằng đúng tổng các thôn" : "các thôn chỉ có số liệu ở một chỉ tiêu"}, nên không rõ các thôn là chi tiết của xã (gõ sai ở thôn) hay là các địa bàn được phân bổ (gõ sai ở xã); allocheck đọc các thôn là địa bàn, số của xã là dòng cộng — hãy kiểm tra, hoặc chỉnh lại cách đọc.`,
      en: `${en} ${named.join(", ")}: the commune's figure differs from the sum of the villages under it, and ${disagree ? "on another line it equals their sum" : "the villages hold figures on one line only"}, so it is unclear whether they break the commune's figure down (a village mistyped) or are the areas allocated (the commune mistyped); allocheck read the villages as areas, the commune's figure as their subtotal — check it, or correct the reading.`,
    });
  }
  const below = notes?.nextTable;
  if (below?.codes !== undefined && below.codes.length > 0) {
    const list = below.codes.join(", ");
    const many = below.codes.length > 1;
    const title = below.text === "" ? "" : ` ("${below.text.length > 60 ? `${below.text.slice(0, 59)}…` : below.text}")`;
    reasons.push({
      vi: `Bảng thứ hai trên trang, từ dòng ${below.row + 1}${title}, có ${many ? "các chỉ tiêu" : "chỉ tiêu"} mã ${list} mà bảng đã đọc không có; allocheck chỉ đọc một bảng mỗi trang nên không kiểm tra ${many ? "các chỉ tiêu này" : "chỉ tiêu này"} — hãy chuyển bảng đó sang một trang riêng và kiểm tra trang đó.`,
      en: `A second table on the sheet, from row ${below.row + 1}${title}, holds plan line${many ? "s" : ""} ${list}, which the table read lacks; allocheck reads one table per sheet, so ${many ? "these lines were" : "this line was"} not checked — move that table to a sheet of its own and check that sheet.`,
    });
  }
  if (below?.untitled === true && below.overPlan !== undefined) {
    // A block of the same areas under a heading, no total of its own: the plan's figures set it apart.
    const list = below.overPlan.join(", ");
    const many = below.overPlan.length > 1;
    reasons.push({
      vi: `Từ dòng ${below.row + 1} ("${below.text}"), ngay sau bảng, lặp lại các địa bàn đã có phía trên, không có dòng tổng riêng; cộng cả hai khối thì ${many ? "các chỉ tiêu" : "chỉ tiêu"} mã ${list} vượt kế hoạch, còn khối đầu một mình gần kế hoạch hơn (hoặc gần bằng thế, mỗi khối đều trong kế hoạch): allocheck coi khối sau là một bảng khác (bản sao, năm khác), không cộng vào và chỉ đối chiếu khối đầu với kế hoạch — nếu kế hoạch gồm cả hai khối (hai nguồn vốn), hãy chỉnh lại cách đọc.`,
      en: `From row ${below.row + 1} ("${below.text}"), right after the table, the areas above are listed again, with no total of their own; both blocks added would take plan line${many ? "s" : ""} ${list} past the plan, while the first block alone comes nearer to it (or as near, each block within the plan): allocheck took the later block for another table (a copy, another year), left it out and checked the first block alone against the plan — if the plan covers both blocks (two funds), correct the reading.`,
    });
  } else if (below?.untitled === true && below.heading === true) {
    // Rows (areas as rows) or columns (indicators as rows) of areas again, under a heading and a total of their own.
    // Found on the sheet's rows: areas again (areas as rows) or lines again (indicators as rows).
    const [what, whatEn] = table.orientation === "areas-as-rows" ? ["địa bàn", "areas"] : ["chỉ tiêu", "lines"];
    const [vi, en] = [`Từ dòng ${below.row + 1}`, `From row ${below.row + 1}`];
    reasons.push({
      vi: `${vi} ("${below.text}"), ngay sau bảng, lặp lại các ${what} đã có phía trên, với dòng tổng riêng như khối đầu: allocheck coi đó là một bảng khác (nguồn vốn khác, năm khác) và chỉ đối chiếu khối đầu với kế hoạch — nếu kế hoạch gồm cả hai khối, hãy chỉnh lại cách đọc.`,
      en: `${en} ("${below.text}"), right after the table, the ${whatEn} above are listed again, with a total of their own as the first block has: allocheck took them for another table (another fund, another year) and checked the first block alone against the plan — if the plan covers both blocks, correct the reading.`,
    });
  } else if (below?.untitled === true) {
    // The rows name areas (areas as rows) or plan lines (indicators as rows) again.
    const [vi, en] = table.orientation === "areas-as-rows" ? ["địa bàn", "areas"] : ["chỉ tiêu", "lines"];
    reasons.push({
      vi: `Từ dòng ${below.row + 1} ("${below.text}"), sau một dòng trống, các dòng lặp lại những ${vi} đã có phía trên mà không có tiêu đề hay dòng tiêu đề cột riêng: allocheck coi đó là một bảng khác (nguồn vốn khác, năm khác) và không cộng vào bảng phân bổ — nếu chúng thuộc bảng này, hãy chỉnh lại cách đọc.`,
      en: `From row ${below.row + 1} ("${below.text}"), after a blank row, the rows name again ${en} listed above, with no title or header of their own: allocheck took them for another table (another fund, another year) and left them out of the allocation table — if they belong to it, correct the reading.`,
    });
  }
  const reserve = notes?.reserveOutsideTotal;
  if (reserve !== undefined) {
    const at = table.orientation === "areas-as-rows" ? { vi: `Dòng ${reserve.index + 1}`, en: `Row ${reserve.index + 1}` } : { vi: `Cột ${columnLetters(reserve.index)}`, en: `Column ${columnLetters(reserve.index)}` };
    reasons.push({
      vi: `${at.vi} "${reserve.label}" nằm ngoài dòng tổng của biểu (tổng chỉ bằng các địa bàn): allocheck coi khoản dự phòng là một phần số kế hoạch đã bố trí nên cộng nó vào số so với kế hoạch, còn dòng tổng được kiểm tra với các địa bàn, không có dự phòng — nếu dự phòng không thuộc kế hoạch này, hãy chỉnh lại cách đọc.`,
      en: `${at.en} "${reserve.label}" sits outside the sheet's total (the total is the areas' alone): allocheck takes the reserve as part of the plan's amount set out, so counts it against the plan, and checks the total against the areas without it — if the reserve is no part of this plan, correct the reading.`,
    });
  }
  for (const remainder of notes?.remainders ?? []) remainderReason(table, indicators, remainder, reasons);
  // A grand total the blocks' sum agrees with on every line (`Tổng cộng` over `Cộng A` and `Cộng B`) tells they are one table.
  const summed = indicators.filter((i) => i.allocated !== null && i.kind !== "percent");
  const totalAgrees = summed.length > 0 && summed.every((i) => i.sheetTotal !== null && Math.abs(i.sheetTotal - i.allocated!) <= 1e-6 * Math.max(1, Math.abs(i.sheetTotal)));
  const blocks = totalAgrees ? [] : (notes?.repeatedBlocks ?? []);
  if (blocks.length > 0) {
    // Found on the sheet's rows: areas again (areas as rows) or lines again (indicators as rows).
    const [what, whatEn] = table.orientation === "areas-as-rows" ? ["địa bàn", "areas"] : ["chỉ tiêu", "lines"];
    const shown = blocks.map((b) => `${b.index + 1} "${b.text}"`).join(", ");
    const many = blocks.length > 1;
    const [vi, en] = [many ? "Các dòng" : "Dòng", many ? "Rows" : "Row"];
    reasons.push({
      vi: `${vi} ${shown} mở một khối lặp lại các ${what} đã có phía trên, không có dòng trống hay dòng tổng riêng: allocheck cộng số liệu của mọi khối vào từng chỉ tiêu (như các nguồn vốn của cùng một kế hoạch) — nếu đó là bảng khác (bản sao, năm khác), số đã phân bổ bị tính hai lần; hãy kiểm tra cách đọc.`,
      en: `${en} ${shown} open${many ? "" : "s"} a block listing again the ${whatEn} above, with no blank row or total of its own: allocheck added every block's figures into each line (as funds of one plan) — if it is another table (a copy, another year), the allocated figures count twice; check the reading.`,
    });
  }
  // A rate (a percent line) is often left off a sheet that splits counts and money: its missing column tells no misreading.
  // Lines the second table holds are said above, once.
  const heldBelow = linesHeldBelow(plan, indicators, below?.codes ?? []);
  const unmapped = indicators.filter((indicator) => indicator.status === "unmapped" && indicator.kind !== "percent" && !heldBelow.has(indicator.code));
  if (unmapped.length >= 2) {
    const codes = unmapped.map((indicator) => indicator.code).join(", ");
    reasons.push({
      vi: `${unmapped.length} chỉ tiêu của kế hoạch không tìm thấy cột/dòng (mã ${codes}).`,
      en: `${unmapped.length} plan lines found no column or row (codes ${codes}).`,
    });
  }
  const columns = table.orientation === "areas-as-rows";
  const at = (index: number): string => (columns ? columnLetters(index) : String(index + 1));
  for (const line of table.lines) {
    const rival = line.match?.rival;
    if (rival === undefined || line.planCode === null) continue;
    const [vi, en] = columns ? ["Cột", "Column"] : ["Dòng", "Row"];
    reasons.push({
      vi: `${vi} ${at(line.index)} "${line.header}" và ${vi.toLowerCase()} ${at(rival.index)} "${rival.header}" khớp với chỉ tiêu ${line.planCode} gần như ngang nhau; allocheck lấy ${vi.toLowerCase()} ${at(line.index)} — hãy kiểm tra, hoặc chỉnh lại cách đọc.`,
      en: `${en} ${at(line.index)} "${line.header}" and ${en.toLowerCase()} ${at(rival.index)} "${rival.header}" match plan line ${line.planCode} about equally well; allocheck took ${en.toLowerCase()} ${at(line.index)} — check it, or correct the reading.`,
    });
  }
  for (const line of table.lines) {
    if (line.fractions !== true || line.planCode === null) continue;
    const [vi, en] = columns ? ["Cột", "Column"] : ["Dòng", "Row"];
    const target = plan.lines.find((p) => p.code === line.planCode)?.target;
    const shown = target === undefined ? "" : ` ${String(target).replace(".", ",")}%`;
    reasons.push({
      vi: `${vi} ${at(line.index)} "${line.header}" (chỉ tiêu ${line.planCode}) ghi tỷ lệ dạng số thập phân (mọi ô ≤ 1, kế hoạch${shown}): allocheck đọc 0,85 là 85% — nếu đúng là dưới 1%, hãy kiểm tra lại.`,
      en: `${en} ${at(line.index)} "${line.header}" (plan line ${line.planCode}) holds rates as fractions (every cell ≤ 1, plan${target === undefined ? "" : ` ${target}%`}): allocheck reads 0.85 as 85% — if they really are below 1%, check it.`,
    });
  }
  // Areas read by position only (no area list, prefix, STT or arithmetic to back them): a total off
  // the same way on every line then doubts the reading. Areas read by clear evidence keep it a finding
  // (a grand total summing the subtotals with the communes).
  const byPosition = areas.length > 0 && areas.every((area) => area.role === "total" || area.how === "position");
  const off = byPosition ? uniformTotalFactor(indicators) : null;
  if (off !== null) {
    const factor = Number(off.factor.toPrecision(4));
    reasons.push({
      vi: `Ở cả ${off.lines} chỉ tiêu, dòng tổng của biểu gấp ${String(factor).replace(".", ",")} lần tổng các địa bàn allocheck đọc được: có thể allocheck đã đọc sai cấu trúc địa bàn (dòng cộng, nhóm) hoặc đơn vị — hãy kiểm tra cách đọc.`,
      en: `On all ${off.lines} lines the sheet's total is ${factor} times what the areas allocheck read add up to: allocheck may have misread the area structure (subtotal rows, groups) or the unit — check the reading.`,
    });
  }
  // One line with figures, the rows read as a flat list under a grand total that shows far less than they add up
  // to: district subtotals may have been read as areas (a single line cannot show the groups by its sums alone).
  const flat = areas.some((area) => area.role === "total") && areas.every((area) => area.role === "total" || area.role === "leaf");
  const short = flat && off === null ? shortTotalOneLine(indicators) : null;
  if (short !== null) {
    const percent = Math.round(short.share * 100);
    reasons.push({
      vi: `Chỉ tiêu ${short.code} là dòng số liệu duy nhất, và dòng tổng của biểu chỉ bằng ${percent}% tổng các địa bàn allocheck đọc được thành một danh sách phẳng: có thể một số dòng là dòng cộng của huyện (nhóm) mà allocheck đọc thành địa bàn — hãy kiểm tra cách đọc, hoặc chỉnh lại các dòng huyện.`,
      en: `Plan line ${short.code} is the only line with figures, and the sheet's total shows only ${percent}% of what the areas allocheck read as a flat list add up to: some rows may be district subtotals (groups) read as areas — check the reading, or correct the district rows.`,
    });
  }
  const loose = lines.filter((line) => line.how === "name" && line.score < LOOSE_MATCH && !unitSingles(table, plan, line.code));
  if (loose.length >= 2 && loose.length * 3 >= lines.length) {
    reasons.push({
      vi: `${loose.length} cột được ghép với chỉ tiêu chỉ nhờ tên gần giống (mã ${loose.map((l) => l.code).join(", ")}).`,
      en: `${loose.length} columns were matched to plan lines by a loosely similar name (codes ${loose.map((l) => l.code).join(", ")}).`,
    });
  }
  if (plan.areas.length > 0) {
    // Villages under a commune of the plan are parts of it, not areas the plan should list.
    const communes = new Set(plan.areas.flatMap((area) => (area.commune !== undefined ? [areaKey(area.commune)] : [])));
    const village = (area: ReadingArea): boolean => {
      const parent = area.parent === null ? null : areas[area.parent];
      return parent !== null && parent.role !== "total" && parent.planArea !== null && communes.has(areaKey(parent.planArea)) && areaLevel(parent.name) !== "district";
    };
    // Communes under a district the plan lists alone (no communes of its own) are parts of it, not areas it should list.
    const withCommunes = new Set(plan.areas.flatMap((area) => (area.commune !== undefined ? [areaKey(area.district)] : [])));
    const underBareDistrict = (area: ReadingArea): boolean => {
      const parent = area.parent === null ? null : areas[area.parent];
      return area.role === "leaf" && parent !== null && parent.role === "group" && parent.planArea !== null && !withCommunes.has(areaKey(parent.planArea)) && !communes.has(areaKey(parent.planArea));
    };
    // The province's own share, the reserve and a level's row (`Cấp tỉnh`, `Dự phòng`, `II. Cấp huyện`) are no place a list names.
    const noPlace = (area: ReadingArea): boolean => LEVEL_ROW.test(wordKey(area.name)) || isOwnShare(area.name);
    const named = areas.filter((area) => (area.role === "leaf" || area.role === "group") && !village(area) && !noPlace(area) && !underBareDistrict(area));
    const outside = named.filter((area) => area.planArea === null);
    if (outside.length >= 3 && outside.length * 4 >= named.length) {
      reasons.push({
        vi: `${outside.length} trong ${named.length} địa bàn của biểu không có trong danh sách địa bàn của kế hoạch.`,
        en: `${outside.length} of the sheet's ${named.length} areas are not in the plan's list of areas.`,
      });
    }
  }
  const periods = notes?.unreadPeriods ?? [];
  if (periods.length > 0) {
    const shown = periods.map((p) => `"${p}"`).join(", ");
    reasons.push({
      vi: `Tiêu đề của biểu chia các địa bàn theo ${shown}, nhưng allocheck đọc chúng như một bảng và cộng tất cả lại — hãy kiểm tra cách đọc, hoặc tách mỗi kỳ ra một trang.`,
      en: `The sheet's header splits the areas by ${shown}, but allocheck reads them as one table and adds them all up — check the reading, or put each period on a sheet of its own.`,
    });
  }
  // (Blocks under a heading said above are not said again.)
  const repeated = periods.length > 0 || blocks.length > 0 ? [] : repeatedAreas(areas);
  if (repeated.length >= 2) {
    const shown = repeated.slice(0, 3).map((a) => `"${a}"`).join(", ");
    reasons.push({
      vi: `${repeated.length} địa bàn (${shown}${repeated.length > 3 ? "…" : ""}) có mặt hơn một lần, ở các nhóm khác nhau mà không có dòng/cột nào (năm, đợt) phân biệt: có thể biểu có hai bảng đặt cạnh nhau; allocheck cộng tất cả — hãy kiểm tra cách đọc.`,
      en: `${repeated.length} areas (${shown}${repeated.length > 3 ? "…" : ""}) appear more than once, in different groups with no row or column (a year, a round) between them: the sheet may hold two tables side by side; allocheck adds them all up — check the reading.`,
    });
  }
  const paired = selfHeadedLeaves(areas);
  if (paired >= 3) {
    const rows = table.orientation === "areas-as-rows";
    const [vi, en] = rows ? ["dòng", "row"] : ["cột", "column"];
    const [viText, enText] = rows ? ["cột", "column"] : ["dòng", "row"];
    reasons.push({
      vi: `${paired} ${vi} được đọc thành một nhóm chỉ chứa chính ${vi} đó (mỗi ${vi} mang hai tên khác nhau): có thể một ${viText} chữ (đơn vị thực hiện, người phụ trách, ghi chú) bị đọc nhầm thành ${viText} tên huyện — hãy kiểm tra cách đọc.`,
      en: `${paired} ${en}s were read as a group holding only the ${en} itself (each ${en} bears two different names): a text ${enText} (who carries it out, who is in charge, a note) may have been read as the districts' ${enText} — check the reading.`,
    });
  }
  const unnamed = (notes?.ignoredAreas ?? []).filter((area) => area.why === NO_NAME);
  if (unnamed.length > 0) {
    const rows = table.orientation === "areas-as-rows";
    const at = unnamed.map((area) => (rows ? String(area.index + 1) : columnLetters(area.index))).join(", ");
    reasons.push({
      vi: `${unnamed.length} ${rows ? "dòng" : "cột"} có số liệu nhưng không có tên địa bàn nên không được tính vào tổng nào (${rows ? "dòng" : "cột"} ${at}).`,
      en: `${unnamed.length} ${rows ? "row" : "column"}${unnamed.length > 1 ? "s" : ""} with figures but no area name ${unnamed.length > 1 ? "are" : "is"} left out of every total (${rows ? "row" : "column"} ${at}).`,
    });
  }
  for (const a of communesNamedLikeAdjustments(table)) {
    const area = table.areas[a];
    const rows = table.orientation === "areas-as-rows";
    const at = rows ? `dòng ${area.index + 1}` : `cột ${columnLetters(area.index)}`;
    const atEn = rows ? `row ${area.index + 1}` : `column ${columnLetters(area.index)}`;
    reasons.push({
      vi: `"${area.label}" ở ${at} được đọc là một xã tên ${area.label}, vì có số liệu ở mọi chỉ tiêu như các xã cùng huyện; nếu đó là ${rows ? "dòng" : "cột"} điều chỉnh (tăng, giảm), hãy chỉnh lại cách đọc.`,
      en: `"${area.label}" in ${atEn} was read as a commune of that name, as it holds figures on every line as the communes beside it do; if it is an adjustment (an increase, a decrease), correct the reading.`,
    });
  }
  for (const { commune, under, planDistricts } of misplacedCommunes(table, plan, mistyped)) {
    reasons.push({
      vi: `Địa bàn "${commune}" nằm dưới "${under}" trong biểu, nhưng kế hoạch xếp vào ${planDistricts.join(", ")}.`,
      en: `Area "${commune}" sits under "${under}" on the sheet, but the plan lists it under ${planDistricts.join(", ")}.`,
    });
  }
  // Only an area `errorNames` holds has a name error (buildReading sets it from there): no pass over the areas without one.
  if (errorNames.size > 0) errorNameReasons(table, areas, reasons);
  for (const { area, planDistrict } of byCommunes) {
    // An error value for a name is said above.
    if (errorNames.has(area)) continue;
    const name = table.areas[area].label;
    reasons.push({
      vi: `Địa bàn "${name}" không có trong danh sách địa bàn của kế hoạch; allocheck đọc là ${planDistrict} vì các xã dưới nó thuộc ${planDistrict} trong kế hoạch — hãy kiểm tra tên này.`,
      en: `"${name}" is not in the plan's list of areas; allocheck reads it as ${planDistrict}, as the communes under it are ${planDistrict}'s in the plan — check this name.`,
    });
  }
  if (mistyped.size > 0) reasons.push(...mistypedNameReasons(table, mistyped));
  reasons.push(...sameNamePartReasons(table));
  for (const { cell, text, code } of doubts) {
    reasons.push({
      vi: `Ô ${cell} ghi "${text}" dạng văn bản (chỉ tiêu ${code}): allocheck hiểu dấu chấm là phân cách hàng nghìn, nhưng nếu đó là dấu thập phân thì chỉ tiêu đúng kế hoạch — hãy kiểm tra ô này.`,
      en: `Cell ${cell} holds "${text}" as text (plan line ${code}): allocheck reads its dot as a thousands separator, but read as a decimal mark the line meets the plan — check this cell.`,
    });
  }
  planCopyReasons(table, planCopies, reasons);
  reasons.push(...besideDistrictReasons(table, beside));
  // What the plan sheet left to a choice (a line's unit against the note over the table, the adjusted column taken).
  for (const doubt of plan.doubts ?? []) reasons.push({ vi: doubt.vi, en: doubt.en });
  const stale = notes?.corrections.stale ?? [];
  for (const { why } of stale) {
    reasons.push({ vi: `Một chỉnh sửa cách đọc không còn khớp với biểu nên không được áp dụng: ${why.vi}`, en: `A correction no longer fits the sheet and was not applied: ${why.en}` });
  }
  return { level: reasons.length > 0 ? "low" : "high", reasons };
}

/** Areas whose name cell holds an error value (`errorNames.ts`): what the reading took each for. */
function errorNameReasons(table: AllocationTable, areas: readonly ReadingArea[], reasons: { vi: string; en: string }[]): void {
  const rows = table.orientation === "areas-as-rows";
  const word = rows ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" };
  for (const area of areas) {
    if (area.nameError === undefined) continue;
    const head = { vi: `Tên địa bàn ở ${word.vi} ${area.at} không đọc được (ô có giá trị lỗi ${area.nameError})`, en: `The area name of ${word.en} ${area.at} cannot be read (its cell holds ${area.nameError})` };
    const parent = area.parent === null || areas[area.parent].role === "total" ? null : areas[area.parent].name;
    const into = parent === null ? { vi: "vào tổng", en: "in the total" } : { vi: `vào ${parent}`, en: `in ${parent}` };
    let tail: { vi: string; en: string };
    if (area.role === "group" || area.role === "heading") {
      tail = area.planArea !== null
        ? { vi: `allocheck đọc là ${area.planArea} vì các xã dưới nó thuộc ${area.planArea} trong kế hoạch`, en: `allocheck reads it as ${area.planArea}, as the communes under it are ${area.planArea}'s in the plan` }
        : { vi: "allocheck đọc nó là một nhóm theo các dòng dưới nó, nhưng không biết đó là địa bàn nào của kế hoạch", en: "allocheck reads it as a group over the rows under it, but cannot tell which of the plan's areas it is" };
    } else {
      tail = area.planArea !== null
        ? { vi: `allocheck vẫn tính số liệu ${into.vi}, có lẽ đó là ${area.planArea} (địa bàn của kế hoạch chưa có ${word.vi} nào)`, en: `allocheck still counts its figures ${into.en}; it is probably ${area.planArea} (the plan's area with no ${word.en})` }
        : { vi: `allocheck vẫn tính số liệu ${into.vi}, nhưng không biết đó là địa bàn nào của kế hoạch`, en: `allocheck still counts its figures ${into.en}, but cannot tell which of the plan's areas it is` };
    }
    reasons.push({ vi: `${head.vi}: ${tail.vi} — hãy ghi lại tên.`, en: `${head.en}: ${tail.en} — write the name again.` });
  }
}

/**
 * Leaves that are the only child of a group or heading read at their own
 * row (column), when they are half the leaves or more: each row named twice
 * across two label columns, the outer read as districts over the inner.
 */
export function selfHeadedLeaves(areas: readonly ReadingArea[]): number {
  // Per area: how many areas it heads (counted up to 2: one, or more) and the first of them. Index loops
  // and typed arrays: a map of lists and a callback per area are slow in a pass made once over 100 000 rows.
  const count = areas.length;
  const heads = new Uint8Array(count);
  const firstChild = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const parent = areas[i].parent;
    if (parent === null || heads[parent] === 2) continue;
    if (heads[parent] === 0) firstChild[parent] = i;
    heads[parent]++;
  }
  let paired = 0;
  let leaves = 0;
  for (let i = 0; i < count; i++) {
    const area = areas[i];
    if (area.role === "leaf") leaves++;
    if (area.role !== "group" && area.role !== "heading") continue;
    if (heads[i] !== 1) continue;
    const kid = areas[firstChild[i]];
    if (kid.role === "leaf" && kid.at === area.at) paired++;
  }
  return paired * 2 >= leaves ? paired : 0;
}

/**
 * Plan areas read as a leaf more than once, under different parents, with no
 * group between them that names no area (a year, a round: `Năm 2024` over one
 * copy, `Năm 2025` over the other) — the same table twice, side by side,
 * read as one. (Twice under one parent is a `duplicate` finding already.)
 */
function repeatedAreas(areas: readonly ReadingArea[]): string[] {
  const first = new Map<string, number>();
  const out = new Set<string>();
  // An index loop: a callback per area stays slow in a pass made once over 100 000 areas.
  for (let i = 0; i < areas.length; i++) {
    const area = areas[i];
    if (area.role !== "leaf" || area.planArea === null) continue;
    const key = areaKey(area.planArea);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, i);
      continue;
    }
    if (areas[seen].parent !== area.parent && !apartByTier(areas, seen, i)) out.add(area.planArea);
  }
  return [...out];
}

/**
 * Whether two areas' ancestors, walked up side by side, part at a group
 * naming no area (a tier such as a year) or at two different areas of the
 * plan (two districts).
 */
function apartByTier(areas: readonly ReadingArea[], a: number, b: number): boolean {
  let x = areas[a].parent;
  let y = areas[b].parent;
  for (let guard = 0; guard < areas.length && x !== y; guard++) {
    if (x === null || y === null) return false;
    const ax = areas[x];
    const ay = areas[y];
    if ((ax.planArea === null && ax.role !== "total") || (ay.planArea === null && ay.role !== "total")) return true;
    // Two districts of the plan: a commune name two districts share (`Tân Lập`), not the same commune twice.
    if (ax.planArea !== null && ay.planArea !== null && areaKey(ax.planArea) !== areaKey(ay.planArea)) return true;
    x = ax.parent;
    y = ay.parent;
  }
  return false;
}

/**
 * Leaf areas placed under a district of the plan that the plan does not list
 * them under (a commune written under the wrong district): the plan's list
 * and the sheet disagree, so the district's subtotal and coverage may be
 * read wrong. Communes of the same name in several districts are told apart
 * by their district. A leaf read as its own district's commune with the
 * name mistyped (`mistyped`) is not told here.
 */
function misplacedCommunes(table: AllocationTable, plan: Plan, mistyped: ReadonlyMap<number, MistypedName>): { commune: string; under: string; planDistricts: string[] }[] {
  if (plan.areas.length === 0) return [];
  const districtsOf = new Map<string, Set<string>>();
  const districtNames = new Map<string, string>();
  for (const area of plan.areas) {
    if (area.commune === undefined) continue;
    const commune = areaKey(area.commune);
    const district = areaKey(area.district);
    districtNames.set(district, area.district);
    let set = districtsOf.get(commune);
    if (set === undefined) districtsOf.set(commune, (set = new Set()));
    set.add(district);
  }
  const out: { commune: string; under: string; planDistricts: string[] }[] = [];
  for (let a = 0; a < table.areas.length; a++) {
    const area = table.areas[a];
    // A name typed as another district's commune, read as its own district's (its reason says so): not misplaced.
    if (area.kind !== "leaf" || area.parent === null || mistyped.has(a)) continue;
    const parent = table.areas[area.parent];
    if (parent.kind === "total" || !districtNames.has(parent.key)) continue;
    const districts = districtsOf.get(area.key);
    if (districts === undefined || districts.has(parent.key)) continue;
    out.push({ commune: area.label, under: parent.label, planDistricts: [...districts].map((key) => districtNames.get(key) ?? key) });
  }
  return out;
}

/**
 * The plan lines the second table on the sheet holds (`codes`), with each parent line whose parts are all either
 * there or in the table read: unchecked because that table was not read, not for want of a column.
 */
function linesHeldBelow(plan: Plan, indicators: readonly IndicatorResult[], codes: readonly string[]): ReadonlySet<string> {
  const held = new Set(codes);
  if (held.size === 0) return held;
  const unmapped = new Set(indicators.filter((indicator) => indicator.status === "unmapped").map((indicator) => indicator.code));
  // Parents after their parts: repeated until nothing is added (a plan is a few levels deep at most).
  for (let added = true; added; ) {
    added = false;
    for (const line of plan.lines) {
      if (held.has(line.code) || !unmapped.has(line.code)) continue;
      const parts = plan.lines.filter((other) => other.parentCode === line.code);
      if (parts.length > 0 && parts.every((part) => held.has(part.code) || !unmapped.has(part.code))) {
        held.add(line.code);
        added = true;
      }
    }
  }
  return held;
}

/** One reason per copied row (or column) of plan figures that differ from the plan checked against, its lines listed. */
function planCopyReasons(table: AllocationTable, gaps: readonly PlanCopyGap[], reasons: { vi: string; en: string }[]): void {
  const rows = table.orientation === "areas-as-rows";
  for (let i = 0; i < gaps.length; ) {
    const { at, label } = gaps[i];
    const own: PlanCopyGap[] = [];
    for (; i < gaps.length && gaps[i].at === at; i++) own.push(gaps[i]);
    const where = rows ? { vi: `Dòng ${at + 1}`, en: `Row ${at + 1}` } : { vi: `Cột ${columnLetters(at)}`, en: `Column ${columnLetters(at)}` };
    const vi = own.map((g) => `chỉ tiêu ${g.code} ghi ${formatAmount(g.copied, g.unit, "vi")}, kế hoạch là ${formatAmount(g.target, g.unit, "vi")}`).join("; ");
    const en = own.map((g) => `line ${g.code} shows ${formatAmount(g.copied, g.unit, "en")}, the plan ${formatAmount(g.target, g.unit, "en")}`).join("; ");
    reasons.push({
      vi: `${where.vi} "${label}" chép số kế hoạch khác với kế hoạch allocheck đối chiếu: ${vi}. Biểu có thể được lập theo một kế hoạch khác (bản cũ, năm khác) — hãy kiểm tra kế hoạch dùng để đối chiếu, hoặc sửa ${rows ? "dòng" : "cột"} chép này.`,
      en: `${where.en} "${label}" copies plan figures other than the plan allocheck checks against: ${en}. The sheet may follow another plan (an older version, another year) — check the plan used, or fix the copied ${rows ? "row" : "column"}.`,
    });
  }
}

/**
 * A row showing what is left of the plan (`Còn lại`, `Chưa phân bổ`) whose figure on some line is not the plan
 * less what allocheck counts as allocated: the sheet and allocheck's reading disagree (an area left out or counted
 * twice, or the row stale). Said with each line's two figures; nothing said when every line agrees.
 */
function remainderReason(
  table: AllocationTable,
  indicators: readonly IndicatorResult[],
  remainder: { readonly index: number; readonly label: string; readonly values: readonly { readonly line: number; readonly value: number }[] },
  reasons: { vi: string; en: string }[],
): void {
  const off: { code: string; shown: number; left: number; unit: IndicatorResult }[] = [];
  for (const { line, value } of remainder.values) {
    const entry = table.lines.find((l) => l.index === line && l.planCode !== null);
    const indicator = entry === undefined ? undefined : indicators.find((i) => i.code === entry.planCode);
    if (entry === undefined || indicator === undefined || indicator.kind === "percent" || indicator.allocated === null) continue;
    const shown = value * entry.scale;
    const left = indicator.target - indicator.allocated;
    if (Math.abs(shown - left) > 1e-6 * Math.max(1, Math.abs(shown), Math.abs(left))) off.push({ code: indicator.code, shown, left, unit: indicator });
  }
  if (off.length === 0) return;
  const rows = table.orientation === "areas-as-rows";
  const at = rows ? { vi: `Dòng ${remainder.index + 1}`, en: `Row ${remainder.index + 1}` } : { vi: `Cột ${columnLetters(remainder.index)}`, en: `Column ${columnLetters(remainder.index)}` };
  const vi = off.map((o) => `chỉ tiêu ${o.code} ghi ${formatAmount(o.shown, o.unit, "vi")}, kế hoạch trừ số allocheck đọc được là ${formatAmount(o.left, o.unit, "vi")}`).join("; ");
  const en = off.map((o) => `line ${o.code} shows ${formatAmount(o.shown, o.unit, "en")}, the plan less what allocheck read is ${formatAmount(o.left, o.unit, "en")}`).join("; ");
  reasons.push({
    vi: `${at.vi} "${remainder.label}" ghi phần kế hoạch còn lại chưa phân bổ, nhưng không khớp với cách allocheck đọc biểu: ${vi}. Có thể allocheck bỏ sót hoặc tính trùng một địa bàn, hoặc dòng này chưa được cập nhật — hãy kiểm tra cách đọc và dòng này.`,
    en: `${at.en} "${remainder.label}" shows what is left of the plan to allocate, but disagrees with allocheck's reading: ${en}. allocheck may have missed or double-counted an area, or the row is stale — check the reading and this row.`,
  });
}
