/**
 * A sheet read for the allocation table that holds none: the message says
 * what was looked for (CONTRACT §2: a header row naming the plan's lines or
 * the areas, figures under it) and what to do — choose the sheet that holds
 * the allocation table, or name the plan lines in its header row.
 */
import { InputError } from "../model/errors";

const LOOKED_FOR = {
  vi: " allocheck tìm một bảng có dòng tiêu đề ghi tên các chỉ tiêu của kế hoạch (bảng chia theo địa bàn ở các dòng) hoặc tên các địa bàn (bảng có chỉ tiêu ở các dòng), với số liệu ở các dòng bên dưới.",
  en: " allocheck looks for a table whose header row names the plan's lines (areas down the rows) or the areas (plan lines down the rows), with figures in the rows under it.",
};

const NEXT_STEP = {
  vi: " Hãy chọn trang chứa biểu phân bổ, hoặc kiểm tra dòng tiêu đề của bảng có ghi tên các chỉ tiêu của kế hoạch.",
  en: " Choose the sheet that holds the allocation table, or check that the table's header row names the plan's lines.",
};

/** `error` with what was looked for and what to do added, and the option that chooses the sheet (`--sheet`); other errors as they are. */
export function withNoTableAdvice(error: unknown): unknown {
  if (!(error instanceof InputError) || error.code !== "no-table" || error.option !== undefined) return error;
  return new InputError(
    error.code,
    { vi: error.text.vi + LOOKED_FOR.vi + NEXT_STEP.vi, en: error.text.en + LOOKED_FOR.en + NEXT_STEP.en },
    "--sheet",
  );
}
