/**
 * `allocheck summary` on macro-enabled workbooks and templates: Excel opens a
 * package only when its extension agrees with its main content type, so an
 * .xlsm gives an .xlsm copy with its macros intact, an .xlsx name for it is
 * refused with one line saying why (and nothing written), and a template's
 * copy is a workbook (.xltx → .xlsx, .xltm → .xlsm).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { makeTempDir, buildWorkbook } from "../helpers/xlsxFixture";
import { CT_MACRO_TEMPLATE, CT_MACRO_WORKBOOK, CT_TEMPLATE, CT_WORKBOOK, contentTypeOf } from "../../src/adapters/xlsx/workbookKind";
import { expectUnusable, runCli } from "./runCli";

const VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
const VBA_TYPE = "application/vnd.ms-office.vbaProject";
/** Stand-in bytes for a VBA project (a compound file): any bytes, to be kept exactly. */
const VBA_BYTES = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) % 256));

const SHEETS = [
  { name: "Kế hoạch", rows: [["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch"], ["1", "Tổ truyền thông cộng đồng", "tổ", 5]] },
  {
    name: "Phân bổ",
    rows: [
      ["STT", "Địa bàn", "Tổ truyền thông cộng đồng"],
      [1, "Xã Một", 4],
      [2, "Xã Hai", 3],
    ],
  },
];

/** The ExcelJS workbook repackaged as `mainType`, with a VBA project when `macros`. */
async function packageAs(mainType: string, macros: boolean): Promise<Buffer> {
  const zip = await JSZip.loadAsync(Buffer.from(await buildWorkbook(SHEETS).xlsx.writeBuffer()));
  let types = await zip.file("[Content_Types].xml")!.async("string");
  expect(contentTypeOf(types, "xl/workbook.xml")).toBe(CT_WORKBOOK);
  types = types.replace(CT_WORKBOOK, mainType);
  if (macros) {
    types = types.replace("</Types>", `<Default Extension="bin" ContentType="${VBA_TYPE}"/></Types>`);
    zip.file("xl/vbaProject.bin", VBA_BYTES);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdVba" Type="${VBA_REL}" Target="vbaProject.bin"/></Relationships>`));
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function copyParts(path: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(path));
}

let dir: string;
beforeAll(async () => {
  dir = makeTempDir("allocheck-macro-");
  writeFileSync(join(dir, "vi.xlsm"), await packageAs(CT_MACRO_WORKBOOK, true));
  writeFileSync(join(dir, "mau.xltx"), await packageAs(CT_TEMPLATE, false));
  writeFileSync(join(dir, "mau-macro.xltm"), await packageAs(CT_MACRO_TEMPLATE, true));
  writeFileSync(join(dir, "thuong.xlsx"), await packageAs(CT_WORKBOOK, false));
});

describe("summary copies of macro workbooks and templates", () => {
  test.each([
    { input: "vi.xlsm", output: "vi-tong-hop.xlsm", mainType: CT_MACRO_WORKBOOK, macros: true },
    { input: "mau.xltx", output: "mau-tong-hop.xlsx", mainType: CT_WORKBOOK, macros: false },
    { input: "mau-macro.xltm", output: "mau-macro-tong-hop.xlsm", mainType: CT_MACRO_WORKBOOK, macros: true },
    { input: "thuong.xlsx", output: "thuong-tong-hop.xlsx", mainType: CT_WORKBOOK, macros: false },
  ])("$input → $output: a workbook of the right kind, macros kept byte for byte", async ({ input, output, mainType, macros }) => {
    const run = await runCli(["summary", input, "-o", output], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1); // 7 over a ceiling of 5
    const zip = await copyParts(join(dir, output));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(contentTypeOf(types, "xl/workbook.xml")).toBe(mainType);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain("Tổng hợp");
    if (macros) {
      expect(Buffer.from(await zip.file("xl/vbaProject.bin")!.async("nodebuffer")).equals(VBA_BYTES)).toBe(true);
      expect(contentTypeOf(types, "xl/vbaProject.bin")).toBe(VBA_TYPE);
      expect(await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain(`Type="${VBA_REL}" Target="vbaProject.bin"`);
    } else {
      expect(zip.file("xl/vbaProject.bin")).toBeNull();
    }
  });

  test.each([
    { input: "vi.xlsm", output: "vi-sai.xlsx", why: /macro[^\n]*\.xlsm[^\n]*-o vi-sai\.xlsm/ },
    { input: "mau-macro.xltm", output: "mau-sai.xlsx", why: /macro[^\n]*\.xlsm/ },
    { input: "thuong.xlsx", output: "thuong-sai.xlsm", why: /không có macro[^\n]*\.xlsx[^\n]*-o thuong-sai\.xlsx/ },
    { input: "mau.xltx", output: "mau-sai.xltx", why: /\.xlsx[^\n]*mau-sai\.xltx/ },
    // The copy's name suggested as typed in a shell: in quotes when it holds a space.
    { input: "vi.xlsm", output: "bản sao.xlsx", why: /macro[^\n]*-o "bản sao\.xlsm"\n$/ },
  ])("$input → $output: refused with one line that says why, nothing written", async ({ input, output, why }) => {
    const run = await runCli(["summary", input, "-o", output], dir);
    expectUnusable(run, why);
    expect(existsSync(join(dir, output))).toBe(false);
  });

  test("in English too", async () => {
    const run = await runCli(["summary", "vi.xlsm", "-o", "copy.xlsx", "--lang", "en"], dir);
    expectUnusable(run, /the workbook has macros: the copy must end in \.xlsm/);
  });
});
