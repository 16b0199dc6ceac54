import { errorLine, CliError } from "../../src/cli/errors";
import { InputError } from "../../src/core/model/errors";
import { localized } from "../../src/core/model/text";

describe("errorLine", () => {
  test.each([
    ["vi", "allocheck: Không tìm thấy bảng phân bổ. Hãy chọn trang phân bổ. (tùy chọn --sheet)\n"],
    ["en", "allocheck: No allocation table. Choose the allocation sheet. (option --sheet)\n"],
  ] as const)("adds the command-line option an input error names (%s)", (lang, line) => {
    const error = new InputError("no-table", localized("Không tìm thấy bảng phân bổ. Hãy chọn trang phân bổ.", "No allocation table. Choose the allocation sheet."), "--sheet");
    expect(errorLine(error, lang)).toBe(line);
  });

  test("an input error without an option, and a command-line error, are written as they are, on one line", () => {
    expect(errorLine(new InputError("no-plan", localized("Không có\nkế hoạch.", "No\nplan.")), "en")).toBe("allocheck: No plan.\n");
    expect(errorLine(new CliError(localized("Thiếu tệp.", "Missing file.")), "vi")).toBe("allocheck: Thiếu tệp.\n");
  });
});
