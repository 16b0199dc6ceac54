/**
 * The task pane's own words, Vietnamese first, English second. Engine messages
 * (findings, input errors) carry their own `{vi, en}` text and are not here;
 * rule, severity and status words come from the engine's word tables (`core/words`).
 */
import type { Lang } from "../core/model/text";
import type { RuleId, Severity } from "../core/model/finding";
import { WORDS } from "../core/words";
import { countOf } from "./plural";
import { formatNumber } from "../core/text/format";

export interface UiStrings {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly languageLabel: string;
  readonly languageOther: string;
  readonly previewNotice: string;
  readonly sheetsHeading: string;
  readonly allocationSheet: string;
  readonly planSheet: string;
  readonly pickSheet: string;
  readonly autoPicked: string;
  readonly notFound: string;
  /** Under the allocation picker while no plan sheet is found: the table is looked for against the plan. */
  readonly allocationAfterPlan: string;
  readonly refreshSheets: string;
  /** Under the reason no allocation table was found: look again once the sheet is fixed. */
  readonly findTableAgain: string;
  readonly check: string;
  readonly checking: string;
  /** While checking, naming the sheet being read. */
  readonly checkingSheet: (sheet: string) => string;
  /** Said once a check has gone on a few seconds. */
  readonly stillChecking: string;
  /** Seconds so far, beside `stillChecking`. */
  readonly secondsSoFar: (n: number) => string;
  readonly highlight: string;
  readonly clearHighlights: string;
  readonly writeSummary: string;
  /** What each action does, shown on hover (a short button label does not say it all). */
  readonly actionHints: { readonly check: string; readonly highlight: string; readonly clear: string; readonly summary: string };
  readonly working: string;
  /** Said once another workbook task has gone on a few seconds. */
  readonly stillWorking: string;
  readonly errors: string;
  readonly warnings: string;
  readonly infos: string;
  readonly noFindings: string;
  readonly resultHeading: string;
  readonly checkedSheet: (sheet: string, plan: string) => string;
  readonly indicatorsHeading: string;
  readonly findingsHeading: string;
  /** A link above the per-line table that jumps down to the list of problems. */
  readonly jumpToFindings: (count: number) => string;
  /** A count as the text report prints it (`4.502`, `4,502`). */
  readonly count: (count: number) => string;
  /** A long group of findings shows its first ones; this button shows the rest (`count` more). */
  readonly showMoreFindings: (count: number) => string;
  readonly colCode: string;
  readonly colName: string;
  readonly colTarget: string;
  readonly colAllocated: string;
  readonly colDifference: string;
  readonly colStatus: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly rules: Readonly<Record<RuleId, string>>;
  readonly goToCell: (sheet: string, cell: string) => string;
  readonly noCell: string;
  /** While a part of the pane loaded on demand (the result, the reading view) is fetched: not the workbook's work. */
  readonly loadingPart: string;
  /** What a finding is about, beside its cell: the plan line's code and the area (`(mã 5, Xã Ba Trại)`). */
  readonly findingAbout: (code: string | null, area: string | null) => string;
  /**
   * Where a finding is, before its message: its sheet when that is not the one
   * checked (before its cell), or, with no cell of its own (a plan commune with
   * no row), its sheet and the district it belongs under.
   */
  readonly placeOnSheet: (sheet: string) => string;
  readonly placeUnder: (group: string) => string;
  /** The tooltip of the district's link: the cell it selects. */
  readonly goToGroup: (sheet: string, cell: string, group: string) => string;
  readonly highlighted: (count: number) => string;
  readonly cleared: (count: number) => string;
  /** After clearing: cells left as they are (no longer allocheck's colour) and notes that could not be restored. */
  readonly clearLeftAlone: (cells: readonly string[], notesLeft: number) => string;
  readonly summaryWritten: (sheet: string) => string;
  /** The summary was refreshed while the user had it hidden, and left hidden. */
  readonly summaryRefreshedHidden: (sheet: string) => string;
  /** Left VeryHidden: not in Excel's Unhide list, so the Unhide hint would not work. */
  readonly summaryRefreshedVeryHidden: (sheet: string) => string;
  readonly recheckedBeforeWrite: string;
  readonly unexpectedError: string;
  readonly inputErrorTitle: string;
  readonly dismiss: string;
  // Plan import
  readonly importHeading: string;
  /** The import tab's short label: the four tabs share one row at 320 px (its heading, `importHeading`, says it in full). */
  readonly importTab: string;
  /** Under the check's error when the workbook has no usable plan sheet: the way to the import tab. */
  readonly importOffer: string;
  readonly importIntro: string;
  readonly pasteLabel: string;
  readonly pastePlaceholder: string;
  readonly fileLabel: string;
  readonly chooseFile: string;
  readonly noFileChosen: string;
  readonly fileReading: (name: string) => string;
  readonly extract: string;
  /** Above the lines read from a plan text: its targets and its budget lines, told apart. */
  readonly extractedTitle: (targets: number, budgetLines: number) => string;
  /** Under it when the text has no target (a budget line alone is not one). */
  readonly noTargetsFound: string;
  readonly colUnit: string;
  readonly colRule: string;
  /** The comparison left to the line's kind (`≤` for counts and money, `≥` for a percent): its option, and what it means. */
  readonly ruleAuto: string;
  readonly ruleAutoHint: string;
  readonly colQuota: string;
  readonly colSource: string;
  readonly removeLine: string;
  readonly addLine: string;
  readonly areasHeading: (count: number) => string;
  readonly documentIssues: string;
  readonly noDocumentIssues: string;
  readonly budgetLabel: string;
  readonly writePlanSheet: string;
  readonly planSheetWritten: (sheet: string) => string;
  readonly invalidNumber: (field: string, row: number) => string;
  readonly emptyText: string;
  readonly fieldLabel: (field: string, row: number) => string;
  // Preview grid
  readonly previewGridLabel: string;
  readonly sheetTabs: string;
}

export const STRINGS: Readonly<Record<Lang, UiStrings>> = {
  vi: {
    appTitle: "Kiểm tra phân bổ",
    appSubtitle: "Đối chiếu biểu phân bổ với kế hoạch",
    languageLabel: "Ngôn ngữ",
    languageOther: "English",
    previewNotice: "Chế độ xem thử: đang dùng sổ mẫu trong trình duyệt, không có Excel.",
    sheetsHeading: "Trang tính",
    allocationSheet: "Biểu phân bổ",
    planSheet: "Kế hoạch",
    pickSheet: "Chọn trang tính",
    autoPicked: "tự động chọn",
    notFound: "không tìm thấy",
    allocationAfterPlan: "sẽ tìm khi có kế hoạch",
    refreshSheets: "Tải lại danh sách trang tính",
    findTableAgain: "Tìm lại bảng phân bổ",
    check: "Kiểm tra",
    checking: "Đang kiểm tra…",
    checkingSheet: (sheet) => `Đang đọc và kiểm tra trang “${sheet}”…`,
    stillChecking: "Vẫn đang làm: biểu lớn cần đọc từng khối ô, có thể mất một lúc.",
    secondsSoFar: (n) => `${formatNumber(n, "vi")} giây`,
    highlight: "Tô sáng",
    clearHighlights: "Xoá tô sáng",
    writeSummary: "Tạo bảng tổng hợp",
    actionHints: {
      check: "Đọc biểu phân bổ và đối chiếu với kế hoạch",
      highlight: "Tô màu các ô có vấn đề trên biểu, kèm ghi chú ở từng ô (xoá được bằng Xoá tô sáng)",
      clear: "Trả lại màu và ghi chú cũ cho các ô allocheck đã tô",
      summary: "Ghi trang “Tổng hợp”: kết quả từng chỉ tiêu, các vấn đề, công thức tự cập nhật",
    },
    working: "Đang làm việc với sổ tính…",
    stillWorking: "Vẫn đang làm: sổ tính lớn cần thêm thời gian.",
    errors: WORDS.vi.severities.error,
    warnings: WORDS.vi.severities.warning,
    infos: WORDS.vi.severities.info,
    noFindings: "Không phát hiện vấn đề nào.",
    resultHeading: "Kết quả",
    checkedSheet: (sheet, plan) => `Biểu: ${sheet} · Kế hoạch: ${plan}`,
    indicatorsHeading: "Theo từng chỉ tiêu",
    findingsHeading: "Các vấn đề theo loại",
    count: (count) => formatNumber(count, "vi"),
    jumpToFindings: (count) => `Xem ${formatNumber(count, "vi")} vấn đề ↓`,
    showMoreFindings: (count) => `Xem thêm ${formatNumber(count, "vi")} vấn đề`,
    colCode: "Mã",
    colName: "Chỉ tiêu",
    colTarget: "Kế hoạch",
    colAllocated: "Đã phân bổ",
    colDifference: "Chênh lệch",
    colStatus: "Trạng thái",
    severity: WORDS.vi.severity,
    rules: WORDS.vi.rules,
    goToCell: (sheet, cell) => `Chọn ô ${cell} trên trang ${sheet}`,
    noCell: "(không có ô)",
    loadingPart: "Đang tải…",
    findingAbout: (code, area) => `(${[code !== null ? `mã\u00a0${code}` : null, area].filter((part) => part !== null).join(", ")})`,
    placeOnSheet: (sheet) => `Trang ${sheet}`,
    placeUnder: (group) => `thuộc ${group}`,
    goToGroup: (sheet, cell, group) => `Chọn ô ${cell} (${group}) trên trang ${sheet}`,
    highlighted: (count) => `Đã tô sáng ${formatNumber(count, "vi")} ô.`,
    cleared: (count) => `Đã xoá tô sáng, khôi phục màu của ${formatNumber(count, "vi")} ô.`,
    clearLeftAlone: (cells, notesLeft) =>
      [
        cells.length > 0 ? `${formatNumber(cells.length, "vi")} ô không còn màu tô của allocheck (có thể đã chèn/xoá dòng hoặc tô lại) nên được giữ nguyên: ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ", …" : ""}.` : "",
        notesLeft > 0 ? `${notesLeft} ghi chú chưa khôi phục được vì phiên bản Excel này không hỗ trợ ghi chú; hãy xoá chúng bằng tay.` : "",
      ].filter((part) => part !== "").join(" "),
    summaryWritten: (sheet) => `Đã ghi bảng tổng hợp vào trang “${sheet}”.`,
    summaryRefreshedHidden: (sheet) =>
      `Đã cập nhật bảng tổng hợp trong trang “${sheet}”. Trang này đang ẩn nên vẫn được để ẩn; muốn xem, bấm chuột phải vào tên một trang tính → Bỏ ẩn.`,
    summaryRefreshedVeryHidden: (sheet) =>
      `Đã cập nhật bảng tổng hợp trong trang “${sheet}”. Trang này bị ẩn hẳn (very hidden) nên vẫn được để như vậy: nó không có trong danh sách Bỏ ẩn. Muốn xem, trong Excel trên máy tính bấm Alt+F11, chọn trang “${sheet}” ở khung Project, bấm F4 rồi đặt Visible = -1 - xlSheetVisible.`,
    recheckedBeforeWrite: "Biểu phân bổ đã thay đổi sau lần kiểm tra trước, nên đã kiểm tra lại trước khi ghi.",
    unexpectedError: "Có lỗi không mong muốn",
    inputErrorTitle: "Chưa kiểm tra được",
    dismiss: "Đóng",
    importHeading: "Nhập kế hoạch từ văn bản",
    importTab: "Kế hoạch",
    importOffer: "Nhập kế hoạch từ văn bản (dán hoặc chọn tệp .docx)",
    importIntro: "Dán nội dung văn bản kế hoạch hoặc chọn tệp .docx / .txt, rồi bấm Trích xuất.",
    pasteLabel: "Nội dung văn bản kế hoạch",
    pastePlaceholder: "Dán toàn văn kế hoạch vào đây…",
    fileLabel: "Hoặc chọn tệp (.docx, .txt)",
    chooseFile: "Chọn tệp…",
    noFileChosen: "Chưa chọn tệp nào",
    fileReading: (name) => `Đang đọc tệp ${name}…`,
    extract: "Trích xuất",
    extractedTitle: (targets, budgetLines) =>
      targets === 0 && budgetLines > 0
        ? `Tìm thấy ${formatNumber(budgetLines, "vi")} dòng kinh phí`
        : `Tìm thấy ${formatNumber(targets, "vi")} chỉ tiêu${budgetLines > 0 ? ` và ${formatNumber(budgetLines, "vi")} dòng kinh phí` : ""}`,
    noTargetsFound: "Văn bản không có chỉ tiêu định lượng nào (kế hoạch có thể chỉ giao nhiệm vụ).",
    colUnit: "ĐVT",
    colRule: "So sánh",
    ruleAuto: "Tự động",
    ruleAutoHint: "Tự động: ≤ (không vượt) cho số lượng và kinh phí, ≥ (ít nhất) cho chỉ tiêu tỷ lệ %.",
    colQuota: "Định mức",
    colSource: "Câu gốc",
    removeLine: "Xoá dòng",
    addLine: "Thêm dòng",
    areasHeading: (count) => `Địa bàn (${formatNumber(count, "vi")})`,
    documentIssues: "Vấn đề trong văn bản",
    noDocumentIssues: "Không thấy mâu thuẫn trong văn bản.",
    budgetLabel: "Kinh phí",
    writePlanSheet: "Ghi trang Kế hoạch",
    planSheetWritten: (sheet) => `Đã ghi trang “${sheet}”. Bấm Kiểm tra để đối chiếu.`,
    invalidNumber: (field, row) => `Dòng ${row}: “${field}” không phải là số.`,
    emptyText: "Chưa có nội dung để trích xuất.",
    fieldLabel: (field, row) => `${field}, dòng ${row}`,
    previewGridLabel: "Sổ tính mẫu (chỉ xem)",
    sheetTabs: "Các trang tính",
  },
  en: {
    appTitle: "Allocation check",
    appSubtitle: "Reconcile the allocation sheet with the plan",
    languageLabel: "Language",
    languageOther: "Tiếng Việt",
    previewNotice: "Preview mode: using the sample workbook in the browser, no Excel.",
    sheetsHeading: "Sheets",
    allocationSheet: "Allocation sheet",
    planSheet: "Plan",
    pickSheet: "Choose a sheet",
    autoPicked: "picked automatically",
    notFound: "not found",
    allocationAfterPlan: "looked for once there is a plan",
    refreshSheets: "Reload the sheet list",
    findTableAgain: "Look for the table again",
    check: "Check",
    checking: "Checking…",
    checkingSheet: (sheet) => `Reading and checking sheet “${sheet}”…`,
    stillChecking: "Still working: a large sheet is read block by block and can take a while.",
    secondsSoFar: (n) => `${formatNumber(n, "en")} s`,
    highlight: "Highlight",
    clearHighlights: "Clear highlights",
    writeSummary: "Create summary sheet",
    actionHints: {
      check: "Read the allocation sheet and compare it with the plan",
      highlight: "Colour the cells with problems on the sheet, with a note in each (undone by Clear highlights)",
      clear: "Give the cells allocheck coloured back their own colours and notes",
      summary: "Write the “Tổng hợp” sheet: the result of each plan line, the problems, live formulas",
    },
    working: "Working with the workbook…",
    stillWorking: "Still working: a large workbook takes longer.",
    errors: WORDS.en.severities.error,
    warnings: WORDS.en.severities.warning,
    infos: WORDS.en.severities.info,
    noFindings: "No problems found.",
    resultHeading: "Result",
    checkedSheet: (sheet, plan) => `Sheet: ${sheet} · Plan: ${plan}`,
    indicatorsHeading: "By indicator",
    findingsHeading: "Problems by kind",
    count: (count) => formatNumber(count, "en"),
    jumpToFindings: (count) => (count === 1 ? "See the problem ↓" : `See the ${formatNumber(count, "en")} problems ↓`),
    showMoreFindings: (count) => (count === 1 ? "Show 1 more problem" : `Show ${formatNumber(count, "en")} more problems`),
    colCode: "Code",
    colName: "Indicator",
    colTarget: "Plan",
    colAllocated: "Allocated",
    colDifference: "Difference",
    colStatus: "Status",
    severity: WORDS.en.severity,
    rules: WORDS.en.rules,
    goToCell: (sheet, cell) => `Select cell ${cell} on sheet ${sheet}`,
    noCell: "(no cell)",
    loadingPart: "Loading…",
    findingAbout: (code, area) => `(${[code !== null ? `code\u00a0${code}` : null, area].filter((part) => part !== null).join(", ")})`,
    placeOnSheet: (sheet) => `Sheet ${sheet}`,
    placeUnder: (group) => `under ${group}`,
    goToGroup: (sheet, cell, group) => `Select cell ${cell} (${group}) on sheet ${sheet}`,
    highlighted: (count) => `Highlighted ${countOf(count, "cell", "cells")}.`,
    cleared: (count) => `Highlights cleared; original fill restored on ${countOf(count, "cell", "cells")}.`,
    clearLeftAlone: (cells, notesLeft) =>
      [
        cells.length > 0
          ? `${cells.length === 1 ? "1 cell no longer carries allocheck's colour" : `${cells.length} cells no longer carry allocheck's colour`} (rows inserted or deleted, or filled again) and ${cells.length === 1 ? "was left as it is" : "were left as they are"}: ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ", …" : ""}.`
          : "",
        notesLeft > 0
          ? `${countOf(notesLeft, "note", "notes")} could not be restored because this Excel has no notes API; remove ${notesLeft === 1 ? "it" : "them"} by hand.`
          : "",
      ].filter((part) => part !== "").join(" "),
    summaryWritten: (sheet) => `Summary written to sheet “${sheet}”.`,
    summaryRefreshedHidden: (sheet) => `Summary refreshed in sheet “${sheet}”. The sheet is hidden, so it was left hidden; to see it, right-click a sheet tab → Unhide.`,
    summaryRefreshedVeryHidden: (sheet) =>
      `Summary refreshed in sheet “${sheet}”. The sheet is very hidden, so it was left so: it is not listed under Unhide. To see it, in desktop Excel press Alt+F11, pick “${sheet}” in the Project pane, press F4 and set Visible to -1 - xlSheetVisible.`,
    recheckedBeforeWrite: "The allocation sheet changed since the last check, so it was checked again before writing.",
    unexpectedError: "Unexpected error",
    inputErrorTitle: "The check cannot run",
    dismiss: "Dismiss",
    importHeading: "Import the plan from its text",
    importTab: "Plan",
    importOffer: "Import the plan from its text (paste it or choose a .docx)",
    importIntro: "Paste the plan document's text or choose a .docx / .txt file, then press Extract.",
    pasteLabel: "Plan document text",
    pastePlaceholder: "Paste the full text of the plan here…",
    fileLabel: "Or choose a file (.docx, .txt)",
    chooseFile: "Choose a file…",
    noFileChosen: "No file chosen",
    fileReading: (name) => `Reading ${name}…`,
    extract: "Extract",
    extractedTitle: (targets, budgetLines) =>
      targets === 0 && budgetLines > 0
        ? `Found ${countOf(budgetLines, "budget line", "budget lines")}`
        : `Found ${countOf(targets, "target", "targets")}${budgetLines > 0 ? ` and ${countOf(budgetLines, "budget line", "budget lines")}` : ""}`,
    noTargetsFound: "The text has no numeric targets (the plan may only delegate tasks).",
    colUnit: "Unit",
    colRule: "Rule",
    ruleAuto: "Auto",
    ruleAutoHint: "Auto: ≤ (at most) for counts and money, ≥ (at least) for a percentage target.",
    colQuota: "Quota",
    colSource: "Source sentence",
    removeLine: "Remove line",
    addLine: "Add line",
    areasHeading: (count) => `Areas (${formatNumber(count, "en")})`,
    documentIssues: "Problems in the document",
    noDocumentIssues: "No inconsistencies found in the document.",
    budgetLabel: "Budget",
    writePlanSheet: "Write the plan sheet",
    planSheetWritten: (sheet) => `Sheet “${sheet}” written. Press Check to reconcile.`,
    invalidNumber: (field, row) => `Line ${row}: “${field}” is not a number.`,
    emptyText: "Nothing to extract yet.",
    fieldLabel: (field, row) => `${field}, line ${row}`,
    previewGridLabel: "Sample workbook (read-only)",
    sheetTabs: "Sheets",
  },
};

export function stringsFor(lang: Lang): UiStrings {
  return STRINGS[lang];
}
