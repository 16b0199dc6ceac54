import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../src/adapters/xlsx/readWorkbook";
import { writeWorkbookSpec } from "../../src/adapters/exceljs/writeWorkbook";
import { parseA1 } from "../../src/core/model/address";
import { cellFormula, cellValue, isCellError, type SheetData } from "../../src/core/model/workbook";
import { buildSampleSpec, buildSampleWorkbookData, SAMPLE_ALLOCATION_SHEET, SAMPLE_PLAN_SHEET } from "../../src/sample";
import { SAMPLE_ALLOCATION, SAMPLE_AREAS, SAMPLE_PLAN_LINES } from "../../src/sample/kh257Data";
import { evaluateSum } from "../../src/sample/sumFormula";

function sheet(name: string): SheetData {
  const found = buildSampleWorkbookData().sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function at(s: SheetData, address: string) {
  const { row, col } = parseA1(address);
  return { value: cellValue(s, row, col), formula: cellFormula(s, row, col) };
}

describe("the KH 257 sample's content", () => {
  it("has the plan's 7 count targets and 5 budget parts that add up to 9.490 triệu đồng", () => {
    const counts = SAMPLE_PLAN_LINES.filter((l) => !l.unit.includes("đồng"));
    expect(counts.map((l) => l.target)).toEqual([14, 170, 14, 14, 62, 30, 14]);
    const parts = SAMPLE_PLAN_LINES.filter((l) => l.code.startsWith("KP."));
    expect(parts.map((l) => l.target)).toEqual([3100, 1200, 3290, 1400, 500]);
    expect(parts.reduce((a, l) => a + l.target, 0)).toBe(SAMPLE_PLAN_LINES.find((l) => l.code === "KP")?.target);
  });

  it("covers 14 communes in 5 districts in the plan", () => {
    expect(SAMPLE_AREAS).toHaveLength(5);
    expect(SAMPLE_AREAS.flatMap((a) => a.communes)).toHaveLength(14);
  });

  it("lists 13 distinct communes in the allocation (Yên Bài missing, Đông Xuân twice)", () => {
    const labels = SAMPLE_ALLOCATION.flatMap((d) => d.communes.map((c) => c.label));
    expect(labels).toHaveLength(14);
    expect(new Set(labels).size).toBe(13);
    expect(labels).not.toContain("Xã Yên Bài");
  });
});

describe("the sample's Phân bổ sheet", () => {
  const alloc = sheet(SAMPLE_ALLOCATION_SHEET);

  it("has a title block, a 2-row merged header and a money unit note", () => {
    expect(String(at(alloc, "A1").value)).toMatch(/^BIỂU PHÂN BỔ/);
    expect(at(alloc, "M3").value).toBe("ĐVT: triệu đồng");
    expect(at(alloc, "A4").value).toBe("STT");
    expect(at(alloc, "C4").value).toBe("Chỉ tiêu đến năm 2025");
    expect(at(alloc, "J4").value).toBe("Kinh phí (triệu đồng)");
    expect(at(alloc, "J5").value).toBe("Tổng kinh phí");
    expect(String(at(alloc, "C5").value)).toContain("\n");
    expect(alloc.merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 0, bottom: 4, right: 0 },
        { top: 3, left: 2, bottom: 3, right: 8 },
        { top: 3, left: 9, bottom: 3, right: 14 },
      ]),
    );
  });

  it("has a Tổng cộng row, Roman-numeral district rows and numbered communes", () => {
    expect(at(alloc, "B6").value).toBe("Tổng cộng");
    expect(["A7", "A14", "A18", "A22", "A24"].map((a) => at(alloc, a).value)).toEqual(["I", "II", "III", "IV", "V"]);
    expect(at(alloc, "B7").value).toBe("Huyện Ba Vì");
    expect(at(alloc, "A8").value).toBe(1);
    expect(at(alloc, "B25").value).toBe("Xã An Phú");
  });

  it("caches, for every SUM formula, what Excel computes (text skipped, errors propagate)", () => {
    let checked = 0;
    alloc.values.forEach((row, r) =>
      (row ?? []).forEach((_, c) => {
        const formula = cellFormula(alloc, r, c);
        if (formula === undefined || !formula.startsWith("SUM(")) return;
        expect(cellValue(alloc, r, c)).toEqual(evaluateSum(formula, (rr, cc) => cellValue(alloc, rr, cc)));
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(50);
    // The district SUM skips the commune's "12" typed as text: 75 − 12.
    expect(at(alloc, "D7")).toEqual({ value: 63, formula: "SUM(D8:D13)" });
    expect(at(alloc, "D9").value).toBe("12");
    expect(at(alloc, "J6")).toEqual({ value: 9490, formula: "SUM(J7,J14,J18,J22,J24)" });
  });

  it("has the typed Thạch Thất row and the #REF! leaf", () => {
    expect(at(alloc, "H14")).toEqual({ value: 7, formula: undefined });
    const ref = at(alloc, "F16");
    expect(ref.formula).toBe("SUM(#REF!)");
    expect(isCellError(ref.value as never) && (ref.value as { error: string }).error).toBe("#REF!");
  });
});

describe("the sample's Kế hoạch sheet", () => {
  const plan = sheet(SAMPLE_PLAN_SHEET);
  it("has the CONTRACT headers and the areas table", () => {
    expect([0, 1, 2, 3, 4].map((c) => cellValue(plan, 4, c))).toEqual(["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Định mức"]);
    expect(at(plan, "A13").value).toBe("KP");
    expect(at(plan, "D13").value).toBe(9490);
    expect(at(plan, "E6").value).toBe(1);
    expect([at(plan, "A20").value, at(plan, "B20").value]).toEqual(["Huyện", "Xã"]);
    expect([at(plan, "A34").value, at(plan, "B34").value]).toEqual(["Mỹ Đức", "An Phú"]);
  });
});

describe("the sample's number formats as Excel shows them", () => {
  /** A format whose decimals are all optional (`#,##0.##`): Excel shows a whole number in it with a trailing decimal mark (`2.300,`). */
  const optionalDecimalsOnly = (format: string) => /\.#+$/.test(format.replace(/;.*$/, ""));

  it("shows no whole number with a trailing decimal mark, and keeps the decimals of the fractions", () => {
    const seen = { whole: 0, fraction: 0 };
    for (const s of buildSampleWorkbookData().sheets) {
      s.values.forEach((row, r) =>
        row?.forEach((value, c) => {
          const format = s.numberFormats?.[r]?.[c];
          if (typeof value !== "number" || typeof format !== "string") return;
          if (Number.isInteger(value)) {
            seen.whole++;
            expect({ sheet: s.name, row: r, col: c, format, trailingMark: optionalDecimalsOnly(format) }).toEqual({ sheet: s.name, row: r, col: c, format, trailingMark: false });
          } else if (!format.includes("%")) {
            seen.fraction++;
            expect({ sheet: s.name, row: r, col: c, format }).toEqual({ sheet: s.name, row: r, col: c, format: expect.stringMatching(/\.[0#]+$/) });
          }
        }),
      );
    }
    // The results sheets hold both: whole counts and money with fractions (717,5 triệu đồng).
    expect(seen.whole).toBeGreaterThan(0);
    expect(seen.fraction).toBeGreaterThan(0);
  });
});

describe("writing the sample to .xlsx", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "allocheck-sample-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads back the same values, formulas and merges", async () => {
    const path = join(dir, "sample.xlsx");
    await writeWorkbookSpec(buildSampleSpec(), path);
    const back = await readWorkbookFile(path);
    const expected = buildSampleWorkbookData();
    expect(back.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    for (const want of expected.sheets) {
      const got = back.sheets.find((s) => s.name === want.name) as SheetData;
      want.values.forEach((row, r) =>
        (row ?? []).forEach((value, c) => {
          expect({ cell: `${want.name}!${r},${c}`, value: cellValue(got, r, c) }).toEqual({ cell: `${want.name}!${r},${c}`, value });
          expect(cellFormula(got, r, c)).toBe(cellFormula(want, r, c));
        }),
      );
      expect([...got.merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual(
        [...want.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      );
    }
  });

  it("keeps styles, widths and number formats (read with ExcelJS)", async () => {
    const path = join(dir, "styled.xlsx");
    await writeWorkbookSpec(buildSampleSpec(), path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet(SAMPLE_ALLOCATION_SHEET);
    expect(ws).toBeDefined();
    expect(ws?.getCell("C8").numFmt).toBe("#,##0");
    expect(ws?.getCell("B7").font?.bold).toBe(true);
    expect(ws?.getCell("C5").alignment?.wrapText).toBe(true);
    expect(ws?.getColumn(2).width).toBe(22);
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 5, xSplit: 2 });
    expect(ws?.pageSetup.orientation).toBe("landscape");
  });

  it("never writes over an existing file unless told to", async () => {
    const path = join(dir, "exists.xlsx");
    await writeWorkbookSpec(buildSampleSpec(), path);
    await expect(writeWorkbookSpec(buildSampleSpec(), path)).rejects.toMatchObject({ code: "EEXIST" });
    await expect(writeWorkbookSpec(buildSampleSpec(), path, { overwrite: true })).resolves.toBeUndefined();
  });
});
