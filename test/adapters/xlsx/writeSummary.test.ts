import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { NOTE_SEPARATOR, toFileFormula, writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import JSZip from "jszip";
import { openZip } from "../../../src/adapters/xlsx/zip";
import { buildHighlights, buildSummary, isAllocheckSummary } from "../../../src/core/summary";
import { InputError } from "../../../src/core/model/errors";
import { cellFormula, cellValue, type WorkbookData } from "../../../src/core/model/workbook";
import { parseA1 } from "../../../src/core/model/address";
import { PLAN, REPORT, TABLE, AREA_VALUES, fixtureWorkbook } from "../../core/summary/fixture";
import { writeFixtureXlsx } from "./fixtureFile";
import { SpliceSink } from "../../../src/adapters/xlsx/deflateSplice";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-write-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sha256 = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");

async function summarize(input: string, output: string, withHighlights = true): Promise<WorkbookData> {
  const workbook = await readWorkbookFile(input);
  const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook });
  await writeSummaryCopy(input, output, model, withHighlights ? buildHighlights(REPORT, "vi") : null);
  return workbook;
}

function expectSameUserSheets(before: WorkbookData, after: WorkbookData): void {
  for (const sheet of before.sheets) {
    const copy = after.sheets.find((s) => s.name === sheet.name);
    expect(copy).toBeDefined();
    expect(copy!.values).toEqual(sheet.values);
    expect(copy!.formulas).toEqual(sheet.formulas);
    expect(copy!.merges).toEqual(sheet.merges);
  }
}

describe("writeSummaryCopy", () => {
  let input: string;
  let output: string;
  let inputHash: string;
  let before: WorkbookData;
  let after: WorkbookData;

  beforeAll(async () => {
    input = path.join(dir, "input.xlsx");
    output = path.join(dir, "output.xlsx");
    await writeFixtureXlsx(input);
    inputHash = await sha256(input);
    before = await summarize(input, output);
    after = await readWorkbookFile(output);
  });

  test("every original cell value and formula is unchanged; the summary is added", () => {
    expect(after.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ", "Tổng hợp"]);
    expectSameUserSheets(before, after);
    const phanBo = after.sheets[1];
    const at = (a: string) => cellValue(phanBo, parseA1(a).row, parseA1(a).col);
    expect(at("G6")).toBe("=không phải công thức");
    expect(at("G7")).toBe("+84 912 345 678");
    expect(at("G8")).toBe("@xã");
    expect(cellFormula(phanBo, 5, 6)).toBeUndefined();
    expect(cellFormula(phanBo, 7, 5)).toBe("SUM(F9:F11)");
  });

  test("the input file is untouched", async () => {
    expect(await sha256(input)).toBe(inputHash);
  });

  test("the summary sheet: marker, live formulas with the engine's values as cached results, text as text", () => {
    const summary = after.sheets[2];
    expect(isAllocheckSummary(summary)).toBe(true);
    const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: before });
    for (const cell of model.cells) {
      const value = cellValue(summary, cell.row, cell.col);
      if (cell.link) {
        expect(value).toBe(cell.value);
        expect(cellFormula(summary, cell.row, cell.col)).toMatch(/^HYPERLINK\("#'Phân bổ'!C4|^HYPERLINK\("#/);
      } else if (cell.formula !== undefined) {
        expect(cellFormula(summary, cell.row, cell.col)).toBe(cell.formula);
        if (typeof cell.value === "number") expect(value).toBeCloseTo(cell.value, 9);
        else expect(value).toBe(cell.value === "" ? "" : cell.value);
      } else {
        expect(cellFormula(summary, cell.row, cell.col)).toBeUndefined();
        // An empty text is written as an empty cell.
        expect(value).toBe(cell.value === "" ? null : (cell.value ?? null));
      }
    }
    const injected = model.cells.find((c) => c.value === "=Số lưu dạng chữ")!;
    expect(cellValue(summary, injected.row, injected.col)).toBe("=Số lưu dạng chữ");
    expect(cellFormula(summary, injected.row, injected.col)).toBeUndefined();
  });

  test("newer functions are stored with Excel's _xlfn. prefix", async () => {
    const zip = await openZip(await fs.readFile(output));
    const sheets = zip.names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const xml = (await Promise.all(sheets.map((n) => zip.text(n)))).join("");
    expect(xml).toContain("_xlfn.NUMBERVALUE(");
    expect(xml).not.toMatch(/[^.]NUMBERVALUE\(/);
    expect(toFileFormula('IF(A1="NUMBERVALUE(",NUMBERVALUE(A1,",","."),0)')).toBe('IF(A1="NUMBERVALUE(",_xlfn.NUMBERVALUE(A1,",","."),0)');
  });

  test("highlights: a fill by severity and a note; a user's note is kept above ours; shared styles are not spread", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet("Phân bổ")!;
    const fillOf = (a: string) => ((ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null);
    expect(fillOf("C4")).toBe("FFF8B4B4");
    expect(fillOf("E4")).toBe("FFF8B4B4");
    expect(fillOf("C7")).toBe("FFFFE08A");
    expect(fillOf("D4")).toBeNull();
    expect(ws.getCell("D4").font?.bold).toBe(true);
    expect(ws.getCell("C4").font?.bold).toBe(true);
    const note = (a: string) => {
      const n = ws.getCell(a).note as ExcelJS.Comment | string | undefined;
      return typeof n === "string" ? n : (n?.texts ?? []).map((t) => t.text).join("");
    };
    expect(note("C4")).toBe("allocheck: Còn thiếu 1 tổ so với kế hoạch\nTổng cộng 11 khác tổng các dòng con 9");
    expect(note("C7")).toBe(`Đã xác nhận với xã${NOTE_SEPARATOR}allocheck: Số lưu dạng chữ`);
    expect(note("D7")).toBe("");
  });

  test("print-ready: frozen header, A4 landscape, fit to width, column widths", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet("Tổng hợp")!;
    const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: before });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: model.frozenRows });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getColumn(2).width).toBe(model.columnWidths[1]);
    expect(ws.getCell("A1").isMerged).toBe(true);
    // Every printed page says which it is, in the sheet's language.
    expect(ws.headerFooter.oddFooter).toBe("&CTrang &P / &N");
  });

  test("without highlights no user cell is coloured", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await summarize(input, plain, false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plain);
    const fill = wb.getWorksheet("Phân bổ")!.getCell("C4").fill as ExcelJS.FillPattern | undefined;
    expect(fill?.fgColor).toBeUndefined();
    expect(wb.getWorksheet("Phân bổ")!.getCell("C4").note).toBeUndefined();
  });

  test("running on its own output refreshes the one summary sheet where it is", async () => {
    // The user moved on: a new sheet after the summary.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    wb.addWorksheet("Ghi chú").getCell("A1").value = "ghi chú của tôi";
    const second = path.join(dir, "second-input.xlsx");
    await wb.xlsx.writeFile(second);
    const secondOut = path.join(dir, "second-output.xlsx");
    const secondBefore = await summarize(second, secondOut);
    const secondAfter = await readWorkbookFile(secondOut);
    expect(secondAfter.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ", "Tổng hợp", "Ghi chú"]);
    expect(secondAfter.sheets[2].values).toEqual(after.sheets[2].values);
    expect(secondAfter.sheets[2].formulas).toEqual(after.sheets[2].formulas);
    expectSameUserSheets(
      { sheets: secondBefore.sheets.filter((s) => s.name !== "Tổng hợp") },
      secondAfter,
    );
  });
});

describe("parts the summary does not concern", () => {
  test("are copied byte for byte: images, custom parts, other sheets, shared strings, theme", async () => {
    const input = path.join(dir, "with-image.xlsx");
    await writeFixtureXlsx(input);
    // Add an image to the plan sheet, and a part ExcelJS knows nothing of.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
    const imageId = wb.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image);
    wb.getWorksheet("Kế hoạch")!.addImage(imageId, "F2:G4");
    await wb.xlsx.writeFile(input);
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    const custom = '<?xml version="1.0"?><root xmlns="urn:x-allocheck-test">dữ liệu riêng</root>';
    zip.file("customXml/item1.xml", custom);
    await fs.writeFile(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    const output = path.join(dir, "with-image-out.xlsx");
    await summarize(input, output);
    const before = await JSZip.loadAsync(await fs.readFile(input));
    const after = await JSZip.loadAsync(await fs.readFile(output));
    const names = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
    const bytes = async (zip: JSZip, name: string) => zip.file(name)?.async("nodebuffer");
    const rewritten = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
    const allocationPart = "xl/worksheets/sheet2.xml";
    const touched = (name: string) => rewritten.has(name) || name === allocationPart || name === "xl/worksheets/_rels/sheet2.xml.rels" || /^xl\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml)$/.test(name);
    const kept = names(before).filter((n) => !touched(n));
    expect(kept).toEqual(expect.arrayContaining(["customXml/item1.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]));
    expect(kept.some((n) => n.startsWith("xl/media/"))).toBe(true);
    // The content of every part is the same, byte for byte (uncompressed).
    for (const name of kept) expect({ name, same: (await bytes(after, name))?.equals((await bytes(before, name))!) }).toEqual({ name, same: true });
    expect(await after.file("customXml/item1.xml")!.async("string")).toBe(custom);
  });
});

describe("a minimal package (no styles, no shared strings, as some generators write)", () => {
  test("is read, and gets its summary and highlights", async () => {
    const part = (xml: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const minimal = new JSZip();
    for (const [name, xml] of [
      [
        "[Content_Types].xml",
        part(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        ),
      ],
      ["_rels/.rels", part(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
      ["xl/workbook.xml", part(`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Phân bổ" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
      ["xl/_rels/workbook.xml.rels", part(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)],
      [
        "xl/worksheets/sheet1.xml",
        part(`<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Xã Ba Trại</t></is></c><c r="B1"><v>5</v></c></row></sheetData></worksheet>`),
      ],
    ]) {
      minimal.file(name, xml, { compression: "DEFLATE", createFolders: false });
    }
    const input = path.join(dir, "minimal.xlsx");
    const output = path.join(dir, "minimal-out.xlsx");
    await fs.writeFile(input, await minimal.generateAsync({ type: "nodebuffer" }));
    const before = await readWorkbookFile(input);
    expect(before.sheets[0].values).toEqual([["Xã Ba Trại", 5]]);
    const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook() });
    await writeSummaryCopy(input, output, { ...model, name: "Tổng hợp" }, [
      { sheet: "Phân bổ", cell: "B1", row: 0, col: 1, severity: "error", note: "sai" },
    ]);
    const after = await readWorkbookFile(output);
    expect(after.sheets.map((s) => s.name)).toEqual(["Phân bổ", "Tổng hợp"]);
    expect(after.sheets[0].values).toEqual([["Xã Ba Trại", 5]]);
    expect(isAllocheckSummary(after.sheets[1])).toBe(true);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    expect((back.getWorksheet("Phân bổ")!.getCell("B1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8B4B4");
  });
});

describe("a sheet without notes, a blank offending cell", () => {
  test("gets a new comments part with its note shapes, the blank cell its fill", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phân bổ");
    ws.getCell("A1").value = "Xã";
    ws.getCell("B1").value = 5;
    wb.addWorksheet("Khác").getCell("A1").value = "giữ nguyên";
    const input = path.join(dir, "no-notes.xlsx");
    const output = path.join(dir, "no-notes-out.xlsx");
    await wb.xlsx.writeFile(input);
    const before = await readWorkbookFile(input);
    const model = { ...buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook: fixtureWorkbook() }), name: "Tổng hợp" };
    await writeSummaryCopy(input, output, model, [
      { sheet: "Phân bổ", cell: "B1", row: 0, col: 1, severity: "warning", note: "số 5" },
      { sheet: "Phân bổ", cell: "D3", row: 2, col: 3, severity: "error", note: "ô trống" },
    ]);
    const after = await readWorkbookFile(output);
    expectSameUserSheets(before, after);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    const sheet = back.getWorksheet("Phân bổ")!;
    expect((sheet.getCell("B1").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFE08A");
    expect((sheet.getCell("D3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8B4B4");
    const text = (a: string) => {
      const n = sheet.getCell(a).note as ExcelJS.Comment | string | undefined;
      return typeof n === "string" ? n : (n?.texts ?? []).map((t) => t.text).join("");
    };
    expect(text("B1")).toBe("allocheck: số 5");
    expect(text("D3")).toBe("allocheck: ô trống");
    expect(back.getWorksheet("Khác")!.getCell("A1").value).toBe("giữ nguyên");
  });
});

describe("a user's own Tổng hợp sheet", () => {
  test("is left alone: the summary goes to Tổng hợp (2)", async () => {
    const input = path.join(dir, "user-summary.xlsx");
    const output = path.join(dir, "user-summary-out.xlsx");
    await writeFixtureXlsx(input, { userSummarySheet: true });
    const before = await summarize(input, output);
    const after = await readWorkbookFile(output);
    expect(after.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Phân bổ", "Tổng hợp", "Tổng hợp (2)"]);
    expectSameUserSheets(before, after);
    expect(after.sheets[2].values).toEqual([["Bảng tổng hợp của phòng Tài chính"], [42]]);
  });

  test("a model that names a user's sheet is refused", async () => {
    const input = path.join(dir, "user-summary.xlsx");
    const workbook = await readWorkbookFile(input);
    const model = { ...buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook }), name: "Tổng hợp" };
    const output = path.join(dir, "refused.xlsx");
    await expect(writeSummaryCopy(input, output, model, null)).rejects.toThrow(/user's sheet/);
    await expect(fs.access(output)).rejects.toThrow();
  });
});

describe("unusable paths", () => {
  test("never writes over the input", async () => {
    const input = path.join(dir, "self.xlsx");
    await writeFixtureXlsx(input);
    const hash = await sha256(input);
    const workbook = await readWorkbookFile(input);
    const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook });
    for (const out of [input, path.join(dir, ".", "self.xlsx"), path.relative(process.cwd(), input)]) {
      const error = await writeSummaryCopy(input, out, model, null).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe("output-is-input");
    }
    const link = path.join(dir, "hardlink.xlsx");
    await fs.link(input, link);
    const viaLink = await writeSummaryCopy(input, link, model, null).catch((e: unknown) => e);
    expect((viaLink as InputError).code).toBe("output-is-input");
    expect(await sha256(input)).toBe(hash);
  });

  test("a missing input or a non-workbook is an InputError and nothing is written", async () => {
    const workbook = await readWorkbookFile(path.join(dir, "self.xlsx"));
    const model = buildSummary({ report: REPORT, plan: PLAN, table: TABLE, areaValues: AREA_VALUES, workbook });
    const out = path.join(dir, "never.xlsx");
    const missing = await writeSummaryCopy(path.join(dir, "missing.xlsx"), out, model, null).catch((e: unknown) => e);
    expect((missing as InputError).code).toBe("file-missing");
    const text = path.join(dir, "text.xlsx");
    await fs.writeFile(text, "không phải sổ tính");
    const notBook = await writeSummaryCopy(text, out, model, null).catch((e: unknown) => e);
    expect((notBook as InputError).code).toBe("not-a-workbook");
    await expect(fs.access(out)).rejects.toThrow();
    expect((await fs.readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a large highlighted sheet (its unchanged deflate blocks taken as stored, deflateSplice.ts)", () => {
  test("is copied with the same bytes as when it is deflated whole", async () => {
    const input = path.join(dir, "large.xlsx");
    await writeFixtureXlsx(input);
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    // ≈ 6 MB of rows below the table: past the size from which blocks are taken.
    const allocationPart = "xl/worksheets/sheet2.xml";
    const rows: string[] = [];
    for (let r = 1000; r < 41_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${(r * 7919) % 100_003}</v></c><c r="C${r}"><f>A${r}+B${r}</f><v>${r + ((r * 7919) % 100_003)}</v></c></row>`);
    const xml = (await zip.file(allocationPart)!.async("string")).replace("</sheetData>", `${rows.join("")}</sheetData>`);
    expect(xml.length).toBeGreaterThan(4_000_000);
    const spliced = path.join(dir, "large-deflated.xlsx");
    const whole = path.join(dir, "large-stored.xlsx");
    zip.file(allocationPart, xml, { compression: "DEFLATE", compressionOptions: { level: 6 } });
    await fs.writeFile(spliced, await zip.generateAsync({ type: "nodebuffer" }));
    // Stored uncompressed, the part has no blocks to take: it is deflated whole.
    zip.file(allocationPart, xml, { compression: "STORE" });
    await fs.writeFile(whole, await zip.generateAsync({ type: "nodebuffer" }));
    // In UTF-16 (a byte order mark first), deflated: read whole and written in UTF-8, its declaration saying so.
    const utf16 = path.join(dir, "large-utf16.xlsx");
    const declared = xml.replace(/^<\?xml([^?]*?)encoding="UTF-8"/, '<?xml$1encoding="UTF-16"');
    expect(declared).not.toBe(xml);
    zip.file(allocationPart, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declared, "utf16le")]), { compression: "DEFLATE", compressionOptions: { level: 6 } });
    await fs.writeFile(utf16, await zip.generateAsync({ type: "nodebuffer" }));

    const ends = jest.spyOn(SpliceSink.prototype, "end");
    try {
      await summarize(spliced, path.join(dir, "large-deflated-out.xlsx"));
      expect(ends).toHaveBeenCalled();
      expect(Math.max(...ends.mock.contexts.map((sink) => (sink as SpliceSink).takenBits))).toBeGreaterThan(1_000_000);
      ends.mockClear();
      await summarize(whole, path.join(dir, "large-stored-out.xlsx"));
      expect(ends).not.toHaveBeenCalled();
      await summarize(utf16, path.join(dir, "large-utf16-out.xlsx"));
      expect(ends).not.toHaveBeenCalled();
    } finally {
      ends.mockRestore();
    }
    const a = await JSZip.loadAsync(await fs.readFile(path.join(dir, "large-deflated-out.xlsx")));
    const b = await JSZip.loadAsync(await fs.readFile(path.join(dir, "large-stored-out.xlsx")));
    const c = await JSZip.loadAsync(await fs.readFile(path.join(dir, "large-utf16-out.xlsx")));
    const names = (z: JSZip) => Object.values(z.files).filter((f) => !f.dir).map((f) => f.name);
    expect(names(a)).toEqual(names(b));
    expect(names(c)).toEqual(names(b));
    for (const name of names(a)) {
      const same = (await a.file(name)!.async("nodebuffer")).equals(await b.file(name)!.async("nodebuffer"));
      const sameFromUtf16 = (await c.file(name)!.async("nodebuffer")).equals(await b.file(name)!.async("nodebuffer"));
      expect({ name, same, sameFromUtf16 }).toEqual({ name, same: true, sameFromUtf16: true });
    }
    // Highlighted and noted as the small sheet is.
    const sheet = await a.file(allocationPart)!.async("string");
    expect(sheet).toContain("<legacyDrawing");
    expect(sheet).toContain('<row r="40999">');
  });
});
