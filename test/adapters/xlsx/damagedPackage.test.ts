/**
 * A package damaged inside, though its zip opens: a sheet the workbook lists
 * with no part, two sheets of one name, a cell naming a shared string the package lacks, a sheet part
 * that is not XML, data that inflates to the right size but not the right
 * bytes. Each is refused as a damaged file naming the sheet (and the cell),
 * in both languages — never read on with cells left out unsaid.
 */
import JSZip from "jszip";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { InputError } from "../../../src/core/model/errors";
import { buildWorkbook } from "../../helpers/xlsxFixture";
import { CLEAN_SHEETS } from "../../cli/runCli";

/** The clean two-sheet workbook (Kế hoạch, Phân bổ), as ExcelJS writes it: sheet1.xml the plan, sheet2.xml the allocation. */
async function clean(): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(CLEAN_SHEETS).xlsx.writeBuffer());
}

/** The clean workbook with its parts edited (`null` removes a part), deflated again. */
async function edited(edit: Record<string, ((text: string) => string) | null>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await clean());
  for (const [part, change] of Object.entries(edit)) {
    if (change === null) zip.remove(part);
    else zip.file(part, change(await zip.file(part)!.async("string")));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The first cell `ref` of a sheet part, its shared-string index set to `index`. */
function sharedIndex(ref: string, index: number): (xml: string) => string {
  return (xml) => {
    const changed = xml.replace(new RegExp(`(<c r="${ref}"[^>]*t="s"[^>]*><v>)\\d+(</v>)`), `$1${index}$2`);
    expect(changed).not.toBe(xml);
    return changed;
  };
}

async function refusal(bytes: Buffer): Promise<InputError> {
  const error = await readWorkbookBuffer(bytes, "phan-bo.xlsx").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const WORKBOOK = "xl/workbook.xml";
const PLAN = "xl/worksheets/sheet1.xml";
const ALLOCATION = "xl/worksheets/sheet2.xml";

test.each<[string, () => Promise<Buffer>, RegExp, RegExp]>([
  [
    "the allocation sheet's part missing",
    () => edited({ [ALLOCATION]: null }),
    /^Không đọc được phan-bo\.xlsx: tệp \.xlsx bị hỏng ở trang "Phân bổ" — thiếu phần dữ liệu của trang \(xl\/worksheets\/sheet2\.xml\)\. Hãy lấy lại tệp/,
    /^Cannot read phan-bo\.xlsx: the \.xlsx file is damaged at sheet "Phân bổ" — the sheet's part \(xl\/worksheets\/sheet2\.xml\) is missing\./,
  ],
  [
    "every sheet's part missing (not told as chart sheets)",
    () => edited({ [PLAN]: null, [ALLOCATION]: null }),
    /bị hỏng ở trang "Kế hoạch" — thiếu phần dữ liệu/,
    /damaged at sheet "Kế hoạch" — the sheet's part/,
  ],
  [
    "a sheet whose relationship is not in the workbook's relationships",
    () => edited({ [WORKBOOK]: (xml) => xml.replace(/(<sheet [^>]*name="Phân bổ"[^>]*r:id=")[^"]+"/, '$1rIdMissing"') }),
    /bị hỏng ở trang "Phân bổ" — sổ tính ghi tên trang này nhưng không có phần dữ liệu của nó/,
    /damaged at sheet "Phân bổ" — the workbook lists this sheet but holds no part for it/,
  ],
  [
    "a cell naming a shared string past the shared strings part",
    () => edited({ [ALLOCATION]: sharedIndex("B5", 999) }),
    /bị hỏng ở ô 'Phân bổ'!B5 — ô trỏ tới chuỗi số 999 của bảng chuỗi dùng chung, nhưng bảng chỉ có \d+ chuỗi\./,
    /damaged at cell 'Phân bổ'!B5 — the cell points to shared string 999, but the shared strings part holds \d+\./,
  ],
  [
    "shared strings used with no shared strings part",
    () => edited({ "xl/sharedStrings.xml": null }),
    /bị hỏng ở ô 'Kế hoạch'!A1 — ô trỏ tới chuỗi số 0 của bảng chuỗi dùng chung, nhưng tệp không có bảng chuỗi đó \(xl\/sharedStrings\.xml\)/,
    /damaged at cell 'Kế hoạch'!A1 — the cell points to shared string 0, but the file has no shared strings part/,
  ],
  [
    "two sheets of one name",
    () => edited({ [WORKBOOK]: (xml) => xml.replace('name="Phân bổ"', 'name="Kế hoạch"') }),
    /bị hỏng ở trang "Kế hoạch" — sổ tính có hai trang cùng tên \("Kế hoạch" và "Kế hoạch"\), điều Excel không cho phép/,
    /damaged at sheet "Kế hoạch" — the workbook has two sheets of one name \("Kế hoạch" and "Kế hoạch"\), which Excel does not allow/,
  ],
  [
    "two sheets whose names differ in case alone",
    () => edited({ [WORKBOOK]: (xml) => xml.replace('name="Kế hoạch"', 'name="PHÂN BỔ"') }),
    /bị hỏng ở trang "Phân bổ" — sổ tính có hai trang cùng tên \("PHÂN BỔ" và "Phân bổ"\)/,
    /two sheets of one name \("PHÂN BỔ" and "Phân bổ"\), which Excel does not allow, even when they differ in case alone/,
  ],
  [
    "a sheet part that is not XML",
    () => edited({ [ALLOCATION]: (xml) => xml.replace('<c r="C5"', '<c r="C5" <<') }),
    /bị hỏng ở trang "Phân bổ" — phần dữ liệu của trang không đọc được\./,
    /damaged at sheet "Phân bổ" — the sheet's part cannot be read\./,
  ],
  [
    "a sheet part cut short",
    () => edited({ [PLAN]: (xml) => xml.slice(0, Math.floor(xml.length * 0.6)) }),
    /bị hỏng ở trang "Kế hoạch" — phần dữ liệu của trang không đọc được/,
    /damaged at sheet "Kế hoạch"/,
  ],
])("%s: refused as damaged, naming the sheet", async (_, bytes, vi, en) => {
  const error = await refusal(await bytes());
  expect(error.code).toBe("not-a-workbook");
  expect(error.text.vi).toMatch(vi);
  expect(error.text.en).toMatch(en);
});

test("an apostrophe in the sheet's name is quoted as Excel quotes it in the cell's place", async () => {
  const sheets = [CLEAN_SHEETS[0], { ...CLEAN_SHEETS[1], name: "Phân bổ (Hội's)" }];
  const zip = await JSZip.loadAsync(Buffer.from(await buildWorkbook(sheets).xlsx.writeBuffer()));
  zip.file(ALLOCATION, sharedIndex("B5", 4096)(await zip.file(ALLOCATION)!.async("string")));
  const error = await refusal(await zip.generateAsync({ type: "nodebuffer" }));
  expect(error.text.vi).toContain("ô 'Phân bổ (Hội''s)'!B5");
});

test("an empty <v> of a shared-string cell reads as an empty cell, not as the first string", async () => {
  const bytes = await edited({ [ALLOCATION]: (xml) => xml.replace(/(<c r="B5"[^>]*t="s"[^>]*>)<v>\d+<\/v>/, "$1<v></v>") });
  const sheet = (await readWorkbookBuffer(bytes)).sheets.find((s) => s.name === "Phân bổ")!;
  expect(sheet.values[4]?.[1] ?? null).toBeNull();
  expect(sheet.values[4]?.[2]).toBe(2);
});

describe("damaged compressed data that inflates to the right size", () => {
  /** Every bit flip in the allocation sheet's deflated data: refused (a damaged stream, or its CRC-32), or read as the original. */
  test("each of 48 flipped bits is refused or changes nothing", async () => {
    const original = await clean();
    const plain = JSON.stringify(await readWorkbookBuffer(original));
    const name = Buffer.from(ALLOCATION);
    const header = original.indexOf(name) - 30;
    expect(original.readUInt32LE(header)).toBe(0x04034b50);
    const start = header + 30 + original.readUInt16LE(header + 26) + original.readUInt16LE(header + 28);
    const size = original.readUInt32LE(header + 18);
    let refused = 0;
    for (let k = 0; k < 48; k++) {
      const bytes = Buffer.from(original);
      bytes[start + ((k * 7919) % size)] ^= 1 << (k % 8);
      const outcome = await readWorkbookBuffer(bytes, "phan-bo.xlsx").then(
        (workbook) => JSON.stringify(workbook),
        (error: unknown) => error,
      );
      if (typeof outcome === "string") expect(outcome).toBe(plain);
      else {
        expect(outcome).toBeInstanceOf(InputError);
        expect((outcome as InputError).text.en).toMatch(/^Cannot read phan-bo\.xlsx: the \.xlsx file is damaged/);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(40);
  });
});
