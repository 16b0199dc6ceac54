/**
 * The summary copy on styles parts that are valid but unusual: cell formats
 * inside `mc:AlternateContent` blocks (one format each), a self-closing root
 * (`<styleSheet …/>`), and a style sheet without font, fill or cell-format
 * lists. In each, a highlighted cell must point at a format with allocheck's
 * fill and the rest of its own format, every summary cell at one of the
 * summary's own formats, never at a user's, and the part must stay a style
 * sheet whose lists hold what their cells refer to.
 */
import JSZip from "jszip";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { parseStyleFormats } from "../../../src/adapters/xlsx/styles";
import { summaryCopyBuffer } from "../../../src/adapters/xlsx/writeSummary";
import { xmlElements, type XmlElement } from "../../../src/adapters/xlsx/xml";
import { columnLetters } from "../../../src/core/model/address";
import { checkWorkbook } from "../../../src/core/check";
import { HIGHLIGHT_FILL } from "../../../src/core/model/summary";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import { buildWorkbook } from "../../helpers/xlsxFixture";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const SHEETS = [
  { name: "Kế hoạch", rows: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["1", "Tổ truyền thông cộng đồng", "tổ", 5]] },
  {
    name: "Phân bổ",
    rows: [
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng"],
      [null, "Tổng cộng", 7],
      [1, "Xã Một", 4],
      [2, "Xã Hai", "3"],
    ],
  },
];

/** The styles part as Excel reads it: per list, its items (an alternate-content item is its first choice's element). */
function styleLists(xml: string): { root: XmlElement; lists: Map<string, XmlElement[]>; counts: Map<string, number> } {
  const elements = xmlElements(xml);
  const root = elements[0];
  const lists = new Map<string, XmlElement[]>();
  const counts = new Map<string, number>();
  elements.forEach((list, i) => {
    if (list.depth !== 1 || list.parent !== 0) return;
    counts.set(list.local, Number(list.attributes.count));
    const items: XmlElement[] = [];
    elements.forEach((item, j) => {
      if (item.parent !== i) return;
      if (item.local !== "AlternateContent") return void items.push(item);
      const inner = elements.find((e, k) => k > j && e.start < item.end && e.depth === 4);
      if (inner !== undefined) items.push(inner);
    });
    lists.set(list.local, items);
  });
  return { root, lists, counts };
}

function childXml(xml: string, element: XmlElement, local: string): XmlElement | undefined {
  return xmlElements(xml.slice(element.start, element.end)).find((e) => e.local === local);
}

/** The cells' style indices of a sheet part: A1 → s. */
function cellStyles(sheetXml: string): Map<string, number> {
  const styles = new Map<string, number>();
  for (const c of xmlElements(sheetXml, (local) => local === "c")) styles.set(c.attributes.r ?? "", Number(c.attributes.s ?? "0"));
  return styles;
}

async function summaryCopy(input: Buffer): Promise<{ zip: JSZip; highlights: ReturnType<typeof buildHighlights>; summaryPath: string }> {
  const workbook = await readWorkbookBuffer(input);
  const result = checkWorkbook(workbook, { workbookName: "styles.xlsx" });
  const model = buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook, lang: "vi" });
  const highlights = buildHighlights(result.report, "vi");
  expect(highlights.filter((h) => h.sheet === "Phân bổ").length).toBeGreaterThanOrEqual(2);
  const zip = await JSZip.loadAsync(await summaryCopyBuffer(input, model, highlights));
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const relId = new RegExp(`<sheet [^>]*name="${model.name}"[^>]*r:id="([^"]+)"`).exec(workbookXml)![1];
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)![1];
  return { zip, highlights, summaryPath: `xl/${target}` };
}

/** An ExcelJS package (C2, the total, in the user's own format: blue, 16 pt, a border) with its styles part and cell styles rewritten. */
async function packageWith(styles: (original: string) => string, keepCellStyles: boolean): Promise<Buffer> {
  const wb = buildWorkbook(SHEETS);
  wb.getWorksheet("Phân bổ")!.getCell("C2").style = {
    font: { size: 16, bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF9BC2E6" } },
    border: { top: { style: "thin" } },
  };
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  zip.file("xl/styles.xml", styles(await zip.file("xl/styles.xml")!.async("string")));
  if (!keepCellStyles) {
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"))) {
      zip.file(name, (await zip.file(name)!.async("string")).replace(/ s="\d+"/g, ""));
    }
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The checks every case shares. */
async function expectFormatsRight(input: Buffer, originalXfs: number): Promise<void> {
  const { zip, highlights, summaryPath } = await summaryCopy(input);
  const xml = await zip.file("xl/styles.xml")!.async("string");
  const { root, lists, counts } = styleLists(xml);
  // Well-formed, one root, nothing after it, its lists in the schema's order.
  expect(root.local).toBe("styleSheet");
  expect(xml.slice(root.end).trim()).toBe("");
  const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
  const present = [...lists.keys()];
  expect(present).toEqual(order.filter((l) => present.includes(l)));
  const xfs = lists.get("cellXfs")!;
  const fills = lists.get("fills")!;
  const fonts = lists.get("fonts")!;
  const borders = lists.get("borders")!;
  for (const list of ["numFmts", "fonts", "fills", "borders", "cellXfs"]) if (lists.has(list)) expect(counts.get(list)).toBe(lists.get(list)!.length);
  // Every format refers to items that exist; fills 0 and 1 are Excel's reserved none and gray125.
  for (const xf of xfs) {
    expect(Number(xf.attributes.fontId ?? 0)).toBeLessThan(fonts.length);
    expect(Number(xf.attributes.fillId ?? 0)).toBeLessThan(fills.length);
    expect(Number(xf.attributes.borderId ?? 0)).toBeLessThan(borders.length);
  }
  expect(xml.slice(fills[0].start, fills[0].end)).toContain('patternType="none"');
  expect(xml.slice(fills[1].start, fills[1].end)).toContain('patternType="gray125"');
  // The highlighted cells: a format of their own (new), with the severity's fill.
  const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  const styles = cellStyles(sheetXml);
  for (const h of highlights.filter((x) => x.sheet === "Phân bổ")) {
    const a1 = `${columnLetters(h.col)}${h.row + 1}`;
    const s = styles.get(a1)!;
    expect(s).toBeGreaterThanOrEqual(originalXfs);
    expect(s).toBeLessThan(xfs.length);
    const fill = fills[Number(xfs[s].attributes.fillId)];
    const rgb = childXml(xml, fill, "fgColor")?.attributes.rgb;
    expect(rgb).toBe(`FF${HIGHLIGHT_FILL[h.severity].replace(/^#/, "").toUpperCase()}`);
  }
  // The user's own format of C2 kept under the highlight: its font (16 pt) and border.
  const c2 = xfs[styles.get("C2")!];
  if (originalXfs > 1) {
    expect(childXml(xml, fonts[Number(c2.attributes.fontId)], "sz")?.attributes.val).toBe("16");
    expect(Number(c2.attributes.borderId)).toBeGreaterThan(0);
  }
  // Every summary cell in one of the summary's own formats (or the default), never a user's.
  const summaryStyles = [...cellStyles(await zip.file(summaryPath)!.async("string")).values()];
  expect(summaryStyles.some((s) => s >= originalXfs)).toBe(true);
  for (const s of summaryStyles) {
    expect(s === 0 || (s >= originalXfs && s < xfs.length)).toBe(true);
  }
  // The reader of the copy counts the formats the same way.
  expect(parseStyleFormats(xml)).toHaveLength(xfs.length);
  const copy = await readWorkbookBuffer(await zip.generateAsync({ type: "nodebuffer" }));
  expect(copy.sheets.find((sh) => sh.name === "Phân bổ")!.values[1]?.[2]).toBe(7);
}

describe("summary copy on unusual styles parts", () => {
  test("cell formats inside mc:AlternateContent count one each: highlights and summary formats point at the right format", async () => {
    const input = await packageWith((xml) => {
      // The user's own format (index 1) inside an alternate-content block, with a choice and a fallback.
      const match = /<cellXfs count="2"><xf ([^>]*)\/><xf ([^>]*)\/><\/cellXfs>/.exec(xml)!;
      expect(match).not.toBeNull();
      const alternate = `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14ac"><xf ${match[2]}/></mc:Choice><mc:Fallback><xf ${match[2]}/></mc:Fallback></mc:AlternateContent>`;
      return xml.replace(match[0], `<cellXfs count="2"><xf ${match[1]}/>${alternate}</cellXfs>`);
    }, true);
    const original = await JSZip.loadAsync(input);
    const originalXml = await original.file("xl/styles.xml")!.async("string");
    // The reader sees two formats, the second the user's.
    expect(parseStyleFormats(originalXml)).toHaveLength(2);
    await expectFormatsRight(input, 2);
  });

  test("a format after an alternate-content block keeps its number format in the reader", () => {
    const xml =
      `<styleSheet xmlns="${MAIN}" xmlns:mc="${MC}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="3"><xf numFmtId="0"/>` +
      `<mc:AlternateContent><mc:Choice Requires="x14ac"><xf numFmtId="3"/></mc:Choice><mc:Fallback><xf numFmtId="3"/></mc:Fallback></mc:AlternateContent><xf numFmtId="164"/></cellXfs></styleSheet>`;
    expect(parseStyleFormats(xml)).toEqual([null, "#,##0", "0.0%"]);
  });

  test("a self-closing root: the lists are written inside it", async () => {
    const input = await packageWith(() => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"/>`, false);
    await expectFormatsRight(input, 0);
  });

  test("no font, fill or cell-format lists: they are created, with Excel's defaults first", async () => {
    const input = await packageWith(
      () => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><cellStyles count="0"/><dxfs count="0"/><tableStyles count="0"/></styleSheet>`,
      false,
    );
    await expectFormatsRight(input, 0);
  });
});
