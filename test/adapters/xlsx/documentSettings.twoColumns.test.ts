/**
 * Corrections on a table with two label columns (district | commune) reach
 * the CLI's check through the file as on a one-label table: saved by the
 * pane through the Office.js adapter on the fake Excel host, written into
 * the .xlsx as Excel writes document settings (`xl/webextensions/`, see
 * test/helpers/webExtensionParts.ts and [MS-OWEXML] §2.2,
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-owexml/d59d5543-252a-47dd-a566-1503dbf6a233),
 * then read and applied by `allocheck check`.
 */
import { readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { readAndCheck as runCliCheck } from "../../../src/cli/runCheck";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { ALLOCHECK_ADDIN_ID } from "../../../src/adapters/xlsx/documentSettings";
import type { CorrectionSet } from "../../../src/core/model/corrections";
import { fakeExcelFromWorkbook } from "../../fakes/excel/fromWorkbookData";
import { makeTempDir, writeFixture } from "../../helpers/xlsxFixture";
import { withDocumentSettings } from "../../helpers/webExtensionParts";
import { yenBai } from "../../integration/fixtures/yenBai";
import { hostFor } from "../office/helpers";

// Yên Bái: `Huyện` merged down over its communes, `Xã` beside it (see the fixture). Row 5 is Xã Hồ Bốn,
// a commune the plan lacks; row 6 holds both the district Trạm Tấu and its first commune Xã Xà Hồ.
const CORRECTIONS: CorrectionSet = {
  version: 1,
  sheets: [
    {
      sheet: yenBai.allocationSheet,
      corrections: [
        { kind: "ignore", at: "5", label: "Xã Hồ Bốn" },
        { kind: "role", at: "6", label: "Trạm Tấu", role: "heading" },
        { kind: "ignore", at: "6", label: "Xã Xà Hồ" },
      ],
    },
  ],
};

let dir: string;
let plain: string;

beforeAll(async () => {
  dir = makeTempDir("allocheck-websettings-two-");
  plain = await writeFixture(dir, "yen-bai.xlsx", yenBai.sheets);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = () => ({ stdout: () => undefined, stderr: () => undefined, cwd: dir });

/** The pane saves through the host, Excel saves the file: the reopened document's settings, in the .xlsx. */
async function savedByThePane(name: string, set: CorrectionSet): Promise<void> {
  const excel = fakeExcelFromWorkbook(await readWorkbookFile(plain));
  await hostFor(excel).saveCorrections(set);
  const reopened = excel.reopen();
  writeFileSync(join(dir, name), await withDocumentSettings(readFileSync(plain), [{ addinId: ALLOCHECK_ADDIN_ID, settings: reopened.document.settings }]));
}

test("without corrections: two label columns, Xã Hồ Bốn counted and reported as outside the plan", async () => {
  const { report } = await runCliCheck({ workbook: "yen-bai.xlsx" }, io());
  expect(report.reading?.corrections).toBe(0);
  expect(report.reading?.labelColumn).toBe("C");
  expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([
    ["1", 6],
    ["2", 320_000_000],
  ]);
  expect(report.findings.some((f) => f.rule === "coverage" && f.area === "Xã Hồ Bốn")).toBe(true);
});

test("the CLI applies the pane's corrections from the file: a commune left out, the district beside the next one kept", async () => {
  await savedByThePane("corrected.xlsx", CORRECTIONS);
  const { report } = await runCliCheck({ workbook: "corrected.xlsx" }, io());
  const reading = report.reading!;
  expect(reading.corrections).toBe(3);
  // Hồ Bốn (1 tổ, 45 triệu) and Xà Hồ (1 tổ, 60 triệu) left out.
  expect(report.indicators.map((i) => [i.code, i.allocated])).toEqual([
    ["1", 4],
    ["2", 215_000_000],
  ]);
  expect(report.findings.some((f) => f.area === "Xã Hồ Bốn" || f.area === "Xã Xà Hồ")).toBe(false);
  expect(reading.ignored.map((x) => [x.at, x.header])).toEqual([
    ["5", "Xã Hồ Bốn"],
    ["6", "Xã Xà Hồ"],
  ]);
  const tramTau = reading.areas.findIndex((a) => a.name === "Trạm Tấu");
  expect(reading.areas[tramTau]).toMatchObject({ at: "6", role: "heading", how: "corrected" });
  expect(reading.areas.filter((a) => a.parent === tramTau).map((a) => a.name)).toEqual(["Xã Tân Lập", "Xã Bản Mù"]);
});
