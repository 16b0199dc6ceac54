/** The fixture builder writes what the integration tests say it writes, as allocheck's reader sees it. */
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { err, f, makeTempDir, nfd, rich, writeFixture } from "./xlsxFixture";

describe("xlsxFixture", () => {
  let path: string;

  beforeAll(async () => {
    path = await writeFixture(makeTempDir(), "builder.xlsx", [
      {
        name: "Phân bổ",
        rows: [
          ["Title", null, null],
          ["STT", "Kinh phí\n(triệu đồng)", nfd("Quốc Oai")],
          [f("SUM(B4:B5)", 30), err("#REF!"), f("B9*1", { error: "#REF!" })],
          ["1.250", "3,1", rich("Xã ", "Sín Thầu")],
        ],
        merges: ["A1:C1"],
      },
    ]);
  });

  test("allocheck's reader sees values, cached formula results, errors, text and merges", async () => {
    const workbook = await readWorkbookFile(path);
    const sheet = workbook.sheets[0];
    expect(sheet.name).toBe("Phân bổ");
    expect(sheet.values[0]?.[0]).toBe("Title");
    expect(sheet.values[1]?.[1]).toBe("Kinh phí\n(triệu đồng)");
    expect(sheet.values[1]?.[2]).toBe(nfd("Quốc Oai"));
    expect(sheet.values[1]?.[2]).not.toBe("Quốc Oai");
    expect(sheet.values[2]?.[0]).toBe(30);
    expect(sheet.formulas?.[2]?.[0]).toBe("SUM(B4:B5)");
    expect(sheet.values[2]?.[1]).toEqual({ error: "#REF!" });
    expect(sheet.values[2]?.[2]).toEqual({ error: "#REF!" });
    expect(sheet.values[3]?.[0]).toBe("1.250");
    expect(sheet.values[3]?.[1]).toBe("3,1");
    expect(sheet.values[3]?.[2]).toBe("Xã Sín Thầu");
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  test("ExcelJS reads the same file back", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet("Phân bổ");
    expect(sheet?.getCell("A3").value).toEqual({ formula: "SUM(B4:B5)", result: 30 });
    expect(sheet?.getCell("B3").value).toEqual({ error: "#REF!" });
  });
});
