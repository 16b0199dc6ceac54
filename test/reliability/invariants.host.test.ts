/**
 * Highlight then clear, in the fake Excel host (test/fakes/excel, which
 * models Excel's fill semantics: no fill and white read alike, tints,
 * patterns): over generated tables in both orientations whose cells carry
 * random fills, fonts, number formats and notes, applying the check's
 * highlights and clearing them — also after a save and reopen — returns every
 * cell (value, formula, fill, font, number format) and every note exactly.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { buildHighlights } from "../../src/core/summary";
import { a1 } from "../../src/core/model/address";
import type { Fill, FakeCell, FakeSheet } from "../fakes/excel/document";
import { fakeExcelFromWorkbook } from "../fakes/excel/fromWorkbookData";
import { hostFor } from "../adapters/office/helpers";
import { plantedTable, tableWorkbook } from "./tables";

const SEED = Number(process.env.PROPERTY_SEED ?? 13013);
const RUNS = Number(process.env.PROPERTY_HOST_RUNS ?? 40);

const fill: fc.Arbitrary<Fill> = fc.oneof(
  fc.constant<Fill>({ color: "#FFFFFF", pattern: "Solid", patternColor: null }),
  fc.constantFrom("#FFFF00", "#92D050", "#4472C4").map<Fill>((color) => ({ color, pattern: "Solid", patternColor: null })),
  fc.record({ color: fc.constant("#4472C4"), pattern: fc.constant("Solid"), patternColor: fc.constant(null), tintAndShade: fc.constantFrom(0.6, -0.25, 0.8) }),
  fc.record({ color: fc.constant("#FFFF00"), pattern: fc.constantFrom("Gray25", "LightDown"), patternColor: fc.constant("#0000FF"), patternTintAndShade: fc.constantFrom(0, -0.25) }),
);

const dress = fc.array(
  fc.record(
    {
      row: fc.nat(30),
      col: fc.nat(8),
      fill,
      font: fc.record({ bold: fc.boolean(), color: fc.constantFrom("#000000", "#C00000") }),
      numberFormat: fc.constantFrom("#,##0", "0.0", "@"),
      note: fc.constantFrom("Ghi chú của người dùng", "Số liệu tạm tính"),
    },
    { requiredKeys: ["row", "col"] },
  ),
  { maxLength: 30 },
);

type Snapshot = { cells: Record<string, unknown>; notes: Record<string, string> };

/** Every cell as the user sees it, undefined fields left out, and the notes. */
function snapshot(sheet: FakeSheet): Snapshot {
  const cells: Record<string, unknown> = {};
  for (const [key, cell] of sheet.cells) {
    const clean = JSON.parse(JSON.stringify(cell)) as Partial<FakeCell>;
    if (clean.value === null && Object.keys(clean).length === 1) continue; // an untouched empty cell
    cells[key] = clean;
  }
  return { cells, notes: Object.fromEntries(sheet.notes) };
}

describe("highlight then clear returns every cell's format exactly (fake Excel host)", () => {
  test("over generated tables with random fills, fonts, number formats and notes, also after a save and reopen", async () => {
    let highlighted = 0;
    await fc.assert(
      fc.asyncProperty(plantedTable, dress, fc.boolean(), async (table, looks, reopen) => {
        const workbook = tableWorkbook(table);
        const report = checkWorkbook(workbook, { workbookName: "host.xlsx" }).report;
        const highlights = buildHighlights(report, "vi");
        const excel = fakeExcelFromWorkbook(workbook);
        const sheet = excel.document.requireSheet("Phân bổ");
        for (const look of looks) {
          const cell = sheet.ensureCell(look.row, look.col);
          if (look.fill) cell.fill = look.fill;
          if (look.font) cell.font = look.font;
          if (look.numberFormat) cell.numberFormat = look.numberFormat;
          if (look.note) sheet.notes.set(a1(look.row, look.col), look.note);
        }
        const before = snapshot(sheet);
        await hostFor(excel).applyHighlights(highlights);
        if (highlights.length > 0) {
          expect(snapshot(sheet)).not.toEqual(before);
          highlighted++;
        }
        const after = reopen ? excel.reopen() : excel;
        const cleared = await hostFor(after).clearHighlightsReport();
        expect(cleared.skipped).toEqual([]);
        expect(cleared.notesLeft).toBe(0);
        expect(snapshot(after.document.requireSheet("Phân bổ"))).toEqual(before);
      }),
      { seed: SEED + 20, numRuns: RUNS },
    );
    expect(highlighted).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
