/**
 * Office errors as the user should read them: in the pane's languages
 * (Vietnamese, English), saying what happened and what to do. Errors are
 * recognised by their `code` (Excel.ErrorCodes / OfficeExtension.ErrorCodes,
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
 * — never by their message, which Excel localizes.
 */
import type { LocalizedText } from "../../core/model/text";
import { InputError } from "../../core/model/errors";

export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** Where Office.js says the failing operation was (`debugInfo.errorLocation`). */
export function errorLocation(error: unknown): string {
  const info = typeof error === "object" && error !== null ? (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  return typeof info?.errorLocation === "string" ? info.errorLocation : "";
}

/** Codes of a request or read Excel refused for its size: ask for less. */
export const SIZE_CODES: ReadonlySet<string> = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

export function isRefusedForSize(error: unknown): boolean {
  return SIZE_CODES.has(errorCode(error) ?? "");
}

/** What allocheck was doing, for the message. */
export type OfficeAction = "read" | "highlight" | "clear" | "summary" | "select" | "new-sheet" | "settings";

const ACTION: Record<OfficeAction, LocalizedText> = {
  read: { vi: "đọc sổ làm việc", en: "read the workbook" },
  highlight: { vi: "tô sáng các ô", en: "highlight the cells" },
  clear: { vi: "xoá tô sáng", en: "clear the highlights" },
  settings: { vi: "lưu cách đọc biểu", en: "save how the sheet is read" },
  summary: { vi: "ghi bảng tổng hợp", en: "write the summary sheet" },
  select: { vi: "chọn ô", en: "select the cell" },
  "new-sheet": { vi: "tạo trang tính mới", en: "add the new sheet" },
};

/** Error code → what happened and what to do. */
export const OFFICE_ERROR_TEXT: Readonly<Record<string, LocalizedText>> = {
  AccessDenied: {
    vi: "Excel không cho phép thay đổi này: trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ, hoặc tệp chỉ cho đọc. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính / Bảo vệ sổ làm việc) hoặc mở tệp ở chế độ chỉnh sửa rồi thử lại.",
    en: "Excel does not allow this change: the sheet or the workbook structure is protected, or the file is read-only. Unprotect it (Review → Unprotect Sheet / Protect Workbook) or open the file for editing, then try again.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này thiếu chức năng cần dùng. Hãy cập nhật Excel (Microsoft 365 hoặc Office 2021 trở lên) hoặc dùng Excel trên web.",
    en: "This version of Excel lacks a feature allocheck needs. Update Excel (Microsoft 365 or Office 2021 and later) or use Excel on the web.",
  },
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.",
    en: "Excel is in cell-edit mode. Press Enter or Esc to finish editing the cell, then try again.",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang tính hoặc ô cần dùng — có thể nó vừa bị xoá hoặc đổi tên. Hãy bấm Kiểm tra lại.",
    en: "A sheet or cell allocheck needs is gone — it may have just been deleted or renamed. Press Check again.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu gửi cho Excel vượt giới hạn 5 MB của Excel trên web. Hãy thử lại; nếu vẫn lỗi, hãy dùng Excel trên máy tính hoặc lệnh allocheck.",
    en: "The data sent to Excel exceeded Excel on the web's 5 MB limit. Try again; if it persists, use Excel desktop or the allocheck command.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Dữ liệu Excel trả về vượt giới hạn 5 MB của Excel trên web. Hãy thử lại; nếu vẫn lỗi, hãy dùng Excel trên máy tính hoặc lệnh allocheck.",
    en: "The data Excel returned exceeded Excel on the web's 5 MB limit. Try again; if it persists, use Excel desktop or the allocheck command.",
  },
  RangeExceedsLimit: {
    vi: "Vùng ô quá lớn để Excel đọc một lần (giới hạn 5 triệu ô). Hãy xoá bớt các hàng, cột trống ở cuối trang tính rồi thử lại.",
    en: "The range is too large for Excel to read at once (5 million cells). Delete the unused rows and columns at the end of the sheet, then try again.",
  },
  ActivityLimitReached: {
    vi: "Excel đang bận vì có quá nhiều yêu cầu. Hãy đợi một chút rồi thử lại.",
    en: "Excel is busy with too many requests. Wait a moment, then try again.",
  },
  InvalidOrTimedOutSession: {
    vi: "Phiên làm việc với Excel đã hết hạn. Hãy tải lại ngăn allocheck (đóng rồi mở lại) và thử lại.",
    en: "The session with Excel timed out. Reload the allocheck pane (close and open it again) and try again.",
  },
  GeneralException: {
    vi: "Excel báo lỗi nội bộ khi đang xử lý. Hãy thử lại; nếu bạn vừa chuyển sang sổ làm việc khác, hãy quay lại sổ làm việc đang kiểm tra.",
    en: "Excel reported an internal error. Try again; if you just switched to another workbook, go back to the one being checked.",
  },
  InvalidRequestContext: {
    vi: "Sổ làm việc allocheck đang dùng đã đóng hoặc đã đổi. Hãy quay lại sổ làm việc đó (hoặc mở lại allocheck trong sổ mới) rồi thử lại.",
    en: "The workbook allocheck was working on was closed or changed. Go back to it (or open allocheck in the new one) and try again.",
  },
  Conflict: {
    vi: "Có người khác đang sửa cùng chỗ này. Hãy đợi một chút rồi thử lại.",
    en: "Someone else is editing the same place. Wait a moment, then try again.",
  },
  WriteNotSupportedWhenModalDialogOpen: {
    vi: "Một hộp thoại của Excel đang mở. Hãy đóng nó rồi thử lại.",
    en: "An Excel dialog box is open. Close it, then try again.",
  },
  InvalidArgument: {
    vi: "Excel từ chối một giá trị allocheck gửi (có thể do giới hạn của Excel). Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm tên trang tính.",
    en: "Excel refused a value allocheck sent (possibly one of Excel's limits). Try again; if it persists, report it with the sheet's name.",
  },
  InvalidOperation: {
    vi: "Excel không thực hiện được thao tác này lúc này (trang tính ẩn, ô đang sửa hoặc bảng lọc). Hãy kiểm tra rồi thử lại.",
    en: "Excel cannot do this right now (a hidden sheet, a cell being edited or a filter). Check, then try again.",
  },
};

/**
 * An Office error turned into a message for the user (shown like any input
 * problem: the pane shows `text` in its language). `officeCode` keeps
 * Excel's code for logs and tests.
 */
export class OfficeActionError extends InputError {
  constructor(
    readonly officeCode: string,
    text: LocalizedText,
    readonly original?: unknown,
  ) {
    super("not-a-workbook", text);
    this.name = "OfficeActionError";
  }
}

/** The sheet (and cell) an action was working on, when it had one: the message names it. */
export interface OfficePlace {
  readonly sheet: string;
  readonly cell?: string;
}

/** ` (trang “Phân bổ”, ô B7)` / ` (sheet “Phân bổ”, cell B7)`, or nothing. */
function placeText(place: OfficePlace | undefined): LocalizedText {
  if (place === undefined) return { vi: "", en: "" };
  const cell = place.cell === undefined ? { vi: "", en: "" } : { vi: `, ô ${place.cell}`, en: `, cell ${place.cell}` };
  return { vi: ` (trang “${place.sheet}”${cell.vi})`, en: ` (sheet “${place.sheet}”${cell.en})` };
}

/** The user's message for an Office error met while doing `action` (on `place`, when known). */
export function describeOfficeError(error: unknown, action: OfficeAction, place?: OfficePlace): OfficeActionError {
  const code = errorCode(error) ?? "Unknown";
  const what = ACTION[action];
  const at = placeText(place);
  const known = OFFICE_ERROR_TEXT[code];
  const text: LocalizedText = known
    ? { vi: `Không ${what.vi} được${at.vi}. ${known.vi}`, en: `Could not ${what.en}${at.en}. ${known.en}` }
    : {
        vi: `Không ${what.vi} được${at.vi}: Excel báo lỗi ${code}. Hãy thử lại; nếu vẫn lỗi, hãy lưu tệp, mở lại Excel và thử lại.`,
        en: `Could not ${what.en}${at.en}: Excel reported ${code}. Try again; if it persists, save the file, restart Excel and try again.`,
      };
  return new OfficeActionError(code, text, error);
}

/** Office errors become `OfficeActionError`; anything else (InputError, a bug) passes through. */
export function toUserError(error: unknown, action: OfficeAction, place?: OfficePlace): unknown {
  if (error instanceof InputError) return error;
  if (errorCode(error) === undefined) return error;
  return describeOfficeError(error, action, place);
}
