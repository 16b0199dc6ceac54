/**
 * The summary is written over a sheet of its name only when that sheet is
 * allocheck's own (its title in A1 and `allocheck ·` in A2): a sheet the user
 * made with that name after the summary was named (between pressing the
 * button and the write) is left untouched, with a message saying why and what
 * to do. Allocheck's own sheet is refreshed in place, in three syncs.
 */
import { createFakeExcel } from "../../fakes/excel";
import { writeLog } from "../../fakes/excel/objects";
import { OfficeActionError } from "../../../src/adapters/office/officeErrors";
import { hostFor, measure, summaryModel } from "./helpers";

function workbook(summaryRows: unknown[][] | null) {
  return createFakeExcel({
    sheets: [
      { name: "Phân bổ", rows: [["Xã", "Số tổ"], ["Ba Trại", 3]] },
      ...(summaryRows === null ? [] : [{ name: "Tổng hợp", rows: summaryRows as never }]),
    ],
  });
}

describe.each([
  ["a user's notes", [["Ghi chú của tôi"], ["Họp ngày 5/12"]]],
  ["a user's copy of a title only", [["TỔNG HỢP KIỂM TRA PHÂN BỔ"], ["Bản nháp của phòng"]]],
  ["an empty sheet", [[null]]],
])("a user's sheet named Tổng hợp (%s)", (_label, rows) => {
  test("is not written over; the message says so and what to do", async () => {
    const excel = workbook(rows);
    const before = JSON.stringify([...excel.document.requireSheet("Tổng hợp").cells.entries()]);
    const error = (await hostFor(excel).writeSummary(summaryModel("Tổng hợp")).catch((e: unknown) => e)) as OfficeActionError;
    expect(error).toBeInstanceOf(OfficeActionError);
    expect(error.officeCode).toBe("UserSheet");
    expect(error.text.vi).toMatch(/không phải bảng tổng hợp do allocheck tạo/);
    expect(error.text.en).toMatch(/not a summary allocheck wrote/);
    expect(JSON.stringify([...excel.document.requireSheet("Tổng hợp").cells.entries()])).toBe(before);
    expect(writeLog(excel.document)).toEqual([]);
  });
});

test("allocheck's own summary is refreshed in place in three syncs", async () => {
  const excel = workbook(null);
  const host = hostFor(excel);
  await host.writeSummary(summaryModel("Tổng hợp"));
  const { syncs } = await measure(excel, () => host.writeSummary(summaryModel("Tổng hợp")));
  expect(syncs).toBeLessThanOrEqual(3);
  expect(excel.document.cellAt("Tổng hợp", "A1")?.value).toBe("TỔNG HỢP KIỂM TRA PHÂN BỔ");
});
