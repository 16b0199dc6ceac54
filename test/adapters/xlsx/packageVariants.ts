/**
 * One allocation workbook (a plan sheet; an allocation sheet with a title
 * block, a merged two-row header, district subtotals as formulas, communes, a
 * number stored as text in a text-formatted cell, a hidden row, a percent
 * line, a boolean and an error) written the many ways producers write
 * SpreadsheetML (see `VARIANTS`): read by packageVariants.test.ts, copied with
 * a summary by packageVariants.summary.libreoffice.test.ts.
 */
import JSZip from "jszip";
import type { CellValue } from "../../../src/core/model/workbook";

interface Cell {
  readonly v: CellValue;
  readonly f?: string;
  readonly fmt?: string;
}
type Sheet = Readonly<Record<string, Cell>>;

const PLAN: Sheet = {
  A1: { v: "KẾ HOẠCH PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ NĂM 2025" },
  A3: { v: "Mã" }, B3: { v: "Chỉ tiêu" }, C3: { v: "Đơn vị tính" }, D3: { v: "Kế hoạch" },
  A4: { v: "1" }, B4: { v: "Tổ truyền thông cộng đồng được thành lập mới" }, C4: { v: "tổ" }, D4: { v: 10 },
  A5: { v: "2" }, B5: { v: "Câu lạc bộ “Thủ lĩnh của sự thay đổi”" }, C5: { v: "CLB" }, D5: { v: 6 },
  A6: { v: "KP" }, B6: { v: "Tổng kinh phí thực hiện" }, C6: { v: "triệu đồng" }, D6: { v: 1000 },
  A8: { v: "Huyện" }, B8: { v: "Xã" },
  A9: { v: "Ba Vì" }, B9: { v: "Khánh Thượng" },
  A10: { v: "Ba Vì" }, B10: { v: "Minh Quang" },
  A11: { v: "Thạch Thất" }, B11: { v: "Yên Trung" },
  A12: { v: "Thạch Thất" }, B12: { v: "Yên Bình" },
};
const ALLOCATION: Sheet = {
  A1: { v: "BIỂU PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ NĂM 2025" },
  A2: { v: "(Kèm theo Kế hoạch số 12/KH-UBND ngày 03/01/2025)" },
  E3: { v: "ĐVT: triệu đồng" },
  A4: { v: "STT" }, B4: { v: "Địa bàn\n(huyện, xã)" }, C4: { v: "Chỉ tiêu năm 2025" }, E4: { v: "Kinh phí\n(triệu đồng)" },
  C5: { v: "Tổ truyền thông\ncộng đồng" }, D5: { v: "Câu lạc bộ\nthủ lĩnh" },
  B6: { v: "Tổng cộng" },
  C6: { f: "SUM(C7,C10)", v: 8 }, D6: { f: "SUM(D7,D10)", v: 6 }, E6: { f: "SUM(E7,E10)", v: 1050, fmt: "#,##0" },
  A7: { v: "I" }, B7: { v: "Huyện Ba Vì" },
  C7: { f: "SUM(C8:C9)", v: 3 }, D7: { f: "SUM(D8:D9)", v: 3 }, E7: { f: "SUM(E8:E9)", v: 500, fmt: "#,##0" },
  A8: { v: 1 }, B8: { v: "Xã Khánh Thượng" }, C8: { v: 3 }, D8: { v: 2 }, E8: { v: 300, fmt: "#,##0" }, F8: { v: true },
  A9: { v: 2 }, B9: { v: "  Xã Minh Quang" }, C9: { v: "2", fmt: "@" }, D9: { v: 1 }, E9: { v: 200, fmt: "#,##0" }, F9: { v: { error: "#DIV/0!" } },
  A10: { v: "II" }, B10: { v: "Huyện Thạch Thất" },
  C10: { f: "SUM(C11:C12)", v: 5 }, D10: { f: "SUM(D11:D12)", v: 3 }, E10: { f: "SUM(E11:E12)", v: 550, fmt: "#,##0" },
  A11: { v: 1 }, B11: { v: "Xã Yên Trung" }, C11: { v: 3 }, D11: { v: 2 }, E11: { v: 300.5, fmt: "#,##0.0" },
  A12: { v: 2 }, B12: { v: "Xã Yên Bình" }, C12: { v: 2 }, D12: { v: 1 }, E12: { v: 249.5, fmt: "#,##0.0" },
  B14: { v: "Tỷ lệ so với kế hoạch" },
  C14: { f: "C6/'Kế hoạch'!D4", v: 0.8, fmt: "0%" }, D14: { f: "D6/'Kế hoạch'!D5", v: 1, fmt: "0%" }, E14: { f: "E6/'Kế hoạch'!D6", v: 1.05, fmt: "0.0%" },
};
export const SHEETS: ReadonlyArray<{ name: string; cells: Sheet; merges: string[]; hiddenRows: number[] }> = [
  { name: "Kế hoạch", cells: PLAN, merges: ["A1:D1"], hiddenRows: [] },
  { name: "Phân bổ", cells: ALLOCATION, merges: ["A1:F1", "A2:F2", "A4:A5", "B4:B5", "C4:D4", "E4:E5"], hiddenRows: [12] },
];

export interface Options {
  inline?: boolean;
  rich?: boolean;
  prefix?: boolean;
  noCellRef?: boolean;
  noRowRef?: boolean;
  sharedFormulas?: boolean;
  arrayFormulas?: boolean;
  exponents?: boolean;
  bomStandalone?: boolean;
  absolute?: boolean;
  oddNames?: boolean;
  extraSheets?: boolean;
  definedNames?: boolean;
  strict?: boolean;
  store?: boolean;
  dataDescriptors?: boolean;
  crEscapes?: boolean;
  pretty?: boolean;
  /** Every part in UTF-16 (a byte order mark first, the declaration saying so), in this byte order. */
  utf16?: "le" | "be";
}

/** An XML part's text in UTF-16, its declaration naming UTF-16. */
function utf16(text: string, order: "le" | "be"): Buffer {
  const declared = text.replace(/^<\?xml([^?]*?)encoding="UTF-8"/i, '<?xml$1encoding="UTF-16"');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declared, "utf16le")]);
  return order === "le" ? le : Buffer.from(le).swap16();
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function position(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const TRANSITIONAL = { main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main", rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships" };
const STRICT = { main: "http://purl.oclc.org/ooxml/spreadsheetml/main", rel: "http://purl.oclc.org/ooxml/officeDocument/relationships" };
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const BUILTIN_FORMATS: Readonly<Record<string, number>> = { "#,##0": 3, "0%": 9, "@": 49 };

export async function variant(o: Options): Promise<Buffer> {
  const ns = o.strict ? STRICT : TRANSITIONAL;
  const relType = (t: string) => `${ns.rel}/${t}`;
  const p = o.prefix ? "x:" : "";
  const xmlns = o.prefix ? `xmlns:x="${ns.main}"` : `xmlns="${ns.main}"`;
  const decl = `${o.bomStandalone ? "\uFEFF" : ""}<?xml version="1.0" encoding="UTF-8"${o.bomStandalone ? ' standalone="yes"' : ""}?>\n`;
  const layout = (xml: string) => (o.pretty ? xml.replace(/></g, ">\r\n  <") : xml);
  const text = (s: string) => (o.crEscapes ? esc(s).replace(/\n/g, "_x000D_\n") : esc(s));
  const space = (s: string) => (/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "");

  const formats: number[] = [0];
  const custom: Array<[number, string]> = [];
  const styleOf = (fmt: string | undefined): number => {
    if (fmt === undefined) return 0;
    let id = BUILTIN_FORMATS[fmt] ?? custom.find(([, f]) => f === fmt)?.[0];
    if (id === undefined) custom.push([(id = 164 + custom.length), fmt]);
    if (!formats.includes(id)) formats.push(id);
    return formats.indexOf(id);
  };
  const strings: string[] = [];
  const stringIndex = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const richRuns = (s: string) => {
    const head = esc(s.slice(0, 3));
    return `<${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>${head}</${p}t></${p}r><${p}r><${p}t xml:space="preserve">${text(s).slice(head.length)}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>ふ</${p}t></${p}rPh>`;
  };

  const sheetXml = SHEETS.map(({ cells, merges, hiddenRows }) => {
    const rows = new Map<number, Array<[number, string, Cell]>>();
    for (const [ref, cell] of Object.entries(cells)) {
      const { row, col } = position(ref);
      rows.set(row, [...(rows.get(row) ?? []), [col, ref, cell]]);
    }
    let data = "";
    let lastRow = -1;
    for (const row of [...rows.keys()].sort((a, b) => a - b)) {
      // Without `r`, rows and cells are placed by counting: the gaps are filled.
      if (o.noRowRef) for (let r = lastRow + 1; r < row; r++) data += `<${p}row/>`;
      lastRow = row;
      let lastCol = -1;
      let shared = -1;
      let cellsXml = "";
      for (const [col, ref, cell] of rows.get(row)!.sort((a, b) => a[0] - b[0])) {
        if (o.noCellRef) for (let c = lastCol + 1; c < col; c++) cellsXml += `<${p}c/>`;
        lastCol = col;
        const style = styleOf(cell.fmt);
        let inner = "";
        let type = "";
        if (cell.f !== undefined) {
          let formula = `<${p}f>${esc(cell.f)}</${p}f>`;
          if (o.sharedFormulas && /^SUM\([C-E]\d+:[C-E]\d+\)$/.test(cell.f)) {
            if (col === 2) formula = `<${p}f t="shared" ref="C${row + 1}:E${row + 1}" si="${(shared = row)}">${esc(cell.f)}</${p}f>`;
            else formula = `<${p}f t="shared" si="${shared}"/>`;
          }
          if (o.arrayFormulas && /^SUM\([C-E]\d+,[C-E]\d+\)$/.test(cell.f)) formula = `<${p}f t="array" ref="${ref}">${esc(cell.f)}</${p}f>`;
          inner += formula;
        }
        const v = cell.v;
        if (typeof v === "number") inner += `<${p}v>${o.exponents && Number.isInteger(v) && v >= 100 ? `${v / 100}E2` : o.exponents && v === 0.8 ? "8.0000000000000004E-1" : String(v)}</${p}v>`;
        else if (typeof v === "boolean") [type, inner] = ["b", `${inner}<${p}v>${v ? 1 : 0}</${p}v>`];
        else if (v !== null && typeof v === "object") [type, inner] = ["e", `${inner}<${p}v>${esc(v.error)}</${p}v>`];
        else if (typeof v === "string") {
          if (o.inline) [type, inner] = ["inlineStr", o.rich && v.length > 6 ? `<${p}is>${richRuns(v)}</${p}is>` : `<${p}is><${p}t${space(v)}>${text(v)}</${p}t></${p}is>`];
          else [type, inner] = ["s", `<${p}v>${stringIndex(v)}</${p}v>`];
        }
        cellsXml += `<${p}c${o.noCellRef ? "" : ` r="${ref}"`}${type ? ` t="${type}"` : ""}${style ? ` s="${style}"` : ""}>${inner}</${p}c>`;
      }
      data += `<${p}row${o.noRowRef ? "" : ` r="${row + 1}"`}${hiddenRows.includes(row + 1) ? ' hidden="1"' : ""}>${cellsXml}</${p}row>`;
    }
    const mergeXml = `<${p}mergeCells count="${merges.length}">${merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join("")}</${p}mergeCells>`;
    return decl + layout(`<${p}worksheet ${xmlns} xmlns:r="${ns.rel}"><${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews><${p}sheetData>${data}</${p}sheetData>${mergeXml}</${p}worksheet>`);
  });

  const stringsXml =
    decl +
    layout(`<${p}sst ${xmlns} count="${strings.length}" uniqueCount="${strings.length}">`) +
    strings.map((s, i) => (o.rich && i % 2 === 0 && s.length > 6 ? `<${p}si>${richRuns(s)}</${p}si>` : `<${p}si><${p}t${space(s)}>${text(s)}</${p}t></${p}si>`)).join("") +
    `</${p}sst>`;
  const stylesXml =
    decl +
    layout(
      `<${p}styleSheet ${xmlns}>${custom.length > 0 ? `<${p}numFmts count="${custom.length}">${custom.map(([id, f]) => `<${p}numFmt numFmtId="${id}" formatCode="${esc(f)}"/>`).join("")}</${p}numFmts>` : ""}` +
        `<${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts><${p}fills count="1"><${p}fill><${p}patternFill patternType="none"/></${p}fill></${p}fills><${p}borders count="1"><${p}border/></${p}borders>` +
        `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="${formats.length}">${formats.map((id) => `<${p}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`).join("")}</${p}cellXfs></${p}styleSheet>`,
    );

  const zip = new JSZip();
  const sheetPath = (k: number) => (o.oddNames ? `xl/worksheets/${["ke hoach", "phân bổ"][k]}.xml` : `xl/worksheets/sheet${k + 1}.xml`);
  const sheetTarget = (k: number) => (o.absolute ? "/" : "") + encodeURI(o.absolute ? sheetPath(k) : sheetPath(k).slice(3));
  const target = (part: string) => (o.absolute ? `/xl/${part}` : part);
  const rels = SHEETS.map((_, k) => `<Relationship Id="rId${k + 1}" Type="${relType("worksheet")}" Target="${sheetTarget(k)}"/>`);
  let sheets = SHEETS.map(({ name }, k) => `<${p}sheet name="${esc(name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`);
  if (o.extraSheets) {
    sheets = [sheets[0], `<${p}sheet name="Ẩn" sheetId="10" state="hidden" r:id="rId20"/>`, sheets[1], `<${p}sheet name="Rất ẩn" sheetId="11" state="veryHidden" r:id="rId21"/>`, `<${p}sheet name="Biểu đồ" sheetId="12" r:id="rId22"/>`];
    rels.push(`<Relationship Id="rId20" Type="${relType("worksheet")}" Target="worksheets/sheet20.xml"/>`, `<Relationship Id="rId21" Type="${relType("worksheet")}" Target="worksheets/sheet21.xml"/>`, `<Relationship Id="rId22" Type="${relType("chartsheet")}" Target="chartsheets/sheet1.xml"/>`);
    const tiny = (t: string) => `${decl}<${p}worksheet ${xmlns}><${p}sheetData><${p}row r="1"><${p}c r="A1" t="inlineStr"><${p}is><${p}t>${t}</${p}t></${p}is></${p}c><${p}c r="B1"><${p}v>5</${p}v></${p}c></${p}row></${p}sheetData></${p}worksheet>`;
    zip.file("xl/worksheets/sheet20.xml", tiny("ghi chú ẩn"));
    zip.file("xl/worksheets/sheet21.xml", tiny("tham số"));
    zip.file("xl/chartsheets/sheet1.xml", `${decl}<${p}chartsheet ${xmlns}><${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews></${p}chartsheet>`);
  }
  const definedNames = o.definedNames
    ? `<${p}definedNames><${p}definedName name="_xlnm.Print_Area" localSheetId="1">'Phân bổ'!$A$1:$F$14</${p}definedName><${p}definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Phân bổ'!$A$5:$E$12</${p}definedName><${p}definedName name="KeHoach">'Kế hoạch'!$D$4:$D$6</${p}definedName></${p}definedNames>`
    : "";
  const n = SHEETS.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="${relType("styles")}" Target="${target("styles.xml")}"/>`);
  if (!o.inline) rels.push(`<Relationship Id="rId${n + 2}" Type="${relType("sharedStrings")}" Target="${target("sharedStrings.xml")}"/>`);
  // Each part's content type, as Excel needs it (the same in both conformance classes).
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const overrides: Array<[string, string]> = [["xl/workbook.xml", `${ct}.sheet.main+xml`], ["xl/styles.xml", `${ct}.styles+xml`], ...SHEETS.map((_, k): [string, string] => [sheetPath(k), `${ct}.worksheet+xml`])];
  if (!o.inline) overrides.push(["xl/sharedStrings.xml", `${ct}.sharedStrings+xml`]);
  if (o.extraSheets) overrides.push(["xl/worksheets/sheet20.xml", `${ct}.worksheet+xml`], ["xl/worksheets/sheet21.xml", `${ct}.worksheet+xml`], ["xl/chartsheets/sheet1.xml", `${ct}.chartsheet+xml`]);
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      overrides.map(([part, type]) => `<Override PartName="/${esc(encodeURI(part))}" ContentType="${type}"/>`).join("") +
      `</Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${relType("officeDocument")}" Target="${o.absolute ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`);
  zip.file("xl/workbook.xml", decl + layout(`<${p}workbook ${xmlns} xmlns:r="${ns.rel}"><${p}sheets>${sheets.join("")}</${p}sheets>${definedNames}</${p}workbook>`));
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}">${rels.join("")}</Relationships>`);
  zip.file("xl/styles.xml", stylesXml);
  if (!o.inline) zip.file("xl/sharedStrings.xml", stringsXml);
  sheetXml.forEach((xml, k) => zip.file(sheetPath(k), xml));
  if (o.utf16 !== undefined) {
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) zip.file(name, utf16(await zip.file(name)!.async("string"), o.utf16));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: o.store ? "STORE" : "DEFLATE", streamFiles: o.dataDescriptors === true });
}

export const VARIANTS: ReadonlyArray<[string, Options]> = [
  ["inline strings", { inline: true }],
  ["rich-text runs in shared strings", { rich: true }],
  ["rich-text runs in inline strings", { inline: true, rich: true }],
  ["a namespace prefix (x:c, x:row)", { prefix: true }],
  ["cells without r", { noCellRef: true }],
  ["rows without r", { noRowRef: true }],
  ["rows and cells without r", { noRowRef: true, noCellRef: true }],
  ["shared formulas", { sharedFormulas: true }],
  ["array formulas", { arrayFormulas: true }],
  ["numbers in exponent form", { exponents: true }],
  ["a byte order mark and standalone", { bomStandalone: true }],
  ["absolute part paths", { absolute: true }],
  ["sheet parts not named sheetN (a space, Vietnamese letters)", { oddNames: true }],
  ["hidden, very hidden and chart sheets", { extraSheets: true }],
  ["defined names", { definedNames: true }],
  ["Strict Open XML", { strict: true }],
  ["stored entries", { store: true }],
  ["data descriptors", { dataDescriptors: true }],
  ["_x000D_ escapes", { crEscapes: true }],
  ["pretty-printed parts, CR LF", { pretty: true }],
  ["every part in UTF-16, little-endian", { utf16: "le" }],
  ["every part in UTF-16, big-endian, with a namespace prefix", { utf16: "be", prefix: true }],
  ["Strict Open XML with a namespace prefix", { strict: true, prefix: true }],
  ["all at once", { prefix: true, rich: true, sharedFormulas: true, noCellRef: true, bomStandalone: true, absolute: true, oddNames: true, extraSheets: true, definedNames: true, store: true, dataDescriptors: true, pretty: true }],
];
