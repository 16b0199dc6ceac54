/**
 * What the pane says before it knows the workbook: Vietnamese first, English
 * second, both shown (before Office answers the language is not known).
 */
import { localized, type LocalizedText } from "../../core/model/text";
import type { StartDecision } from "./startup";

export interface StartupMessage {
  readonly title: LocalizedText;
  readonly text: LocalizedText;
}

export const LOADING: LocalizedText = localized("Đang chờ Excel…", "Waiting for Excel…");

export function slowMessage(seconds: number): StartupMessage {
  return {
    title: localized("Excel chưa trả lời", "Excel has not answered"),
    text: localized(
      `Sau ${seconds} giây Excel vẫn chưa sẵn sàng cho allocheck. Hãy đợi thêm; nếu bảng vẫn trống, đóng bảng allocheck rồi mở lại (thẻ Trang đầu → allocheck), hoặc đóng và mở lại sổ làm việc.`,
      `After ${seconds} seconds Excel is still not ready for allocheck. Wait a little longer; if the pane stays empty, close the allocheck pane and open it again (Home tab → allocheck), or close and reopen the workbook.`,
    ),
  };
}

export function decisionMessage(decision: Exclude<StartDecision, { kind: "excel" }>): StartupMessage {
  switch (decision.kind) {
    case "old-excel":
      return {
        title: localized("Phiên bản Excel này quá cũ", "This version of Excel is too old"),
        text: localized(
          "allocheck cần Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web (ExcelApi 1.9). Excel 2019 và Excel 2016 không đủ. Hãy mở sổ làm việc bằng Excel trên web (office.com) hoặc cập nhật Excel.",
          "allocheck needs Excel 2021 or later, Microsoft 365, or Excel on the web (ExcelApi 1.9). Excel 2019 and Excel 2016 are not enough. Open the workbook in Excel on the web (office.com) or update Excel.",
        ),
      };
    case "other-host":
      return {
        title: localized("allocheck chỉ chạy trong Excel", "allocheck runs in Excel only"),
        text: localized(
          `Bảng này đang mở trong ${decision.host}. Hãy mở sổ làm việc trong Excel và bấm allocheck trên thẻ Trang đầu.`,
          `This pane is open in ${decision.host}. Open the workbook in Excel and press allocheck on the Home tab.`,
        ),
      };
    case "outside-office":
      return {
        title: localized("allocheck chạy trong Excel", "allocheck runs inside Excel"),
        text: localized(
          "Trang này là bảng của phần bổ trợ allocheck. Hãy mở sổ làm việc trong Excel (máy tính hoặc trên web) và bấm allocheck trên thẻ Trang đầu.",
          "This page is the allocheck add-in's pane. Open the workbook in Excel (desktop or on the web) and press allocheck on the Home tab.",
        ),
      };
    case "failed":
      return {
        title: localized("Không khởi động được allocheck", "allocheck could not start"),
        text: localized(
          `Office báo lỗi khi khởi động: ${decision.message}. Đóng bảng allocheck rồi mở lại; nếu vẫn lỗi, đóng và mở lại Excel.`,
          `Office reported an error while starting: ${decision.message}. Close the allocheck pane and open it again; if it still fails, restart Excel.`,
        ),
      };
  }
}
