/**
 * Every finding with a cell gets a highlight in the summary copy: findings of
 * every rule, on the allocation sheet in both orientations (with merged
 * district labels), on results sheets, on the plan sheet, on sheets whose
 * names need quoting in a formula (spaces, an apostrophe, `&`, `<`), and
 * loose findings (no cell: nothing to colour, and no other cell coloured
 * for them). The copy's cell formats are read back from the package: a
 * highlighted cell's format has the severity's fill.
 */
import JSZip from "jszip";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { readWorkbookBuffer } from "../../../src/adapters/xlsx/readWorkbook";
import { summaryCopyBuffer } from "../../../src/adapters/xlsx/writeSummary";
import { parseRelationships, xmlElements } from "../../../src/adapters/xlsx/xml";
import { resolvePartPath } from "../../../src/adapters/xlsx/packagePaths";
import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/model/finding";
import { HIGHLIGHT_FILL } from "../../../src/core/model/summary";
import { buildHighlights, buildSummary } from "../../../src/core/summary";
import { buildSampleSpec } from "../../../src/sample";
import { build } from "../../integration/generator";
import { chosenSeeds, PLAN_SPLIT, QUOTED_NAMES } from "../../helpers/highlightCases";
import { buildWorkbook, makeTempDir } from "../../helpers/xlsxFixture";
import { readFileSync } from "fs";
import { join } from "path";

/** The fill colour (`FFRRGGBB`) of each cell of each sheet of a package, by sheet name and A1. */
async function cellFills(bytes: Buffer): Promise<Map<string, Map<string, string>>> {
  const zip = await JSZip.loadAsync(bytes);
  // Part names compare without regard to case (OPC).
  const text = async (path: string) => (await Object.values(zip.files).find((f) => f.name.toLowerCase() === path.toLowerCase())?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const rels = parseRelationships(await text("xl/_rels/workbook.xml.rels"));
  const styles = xmlElements(await text(rels.map((r) => resolvePartPath("xl", r.target)).find((p) => p.endsWith("styles.xml"))!));
  const blockItems = (local: string) => {
    const block = styles.findIndex((e) => e.depth === 1 && e.local === local);
    return styles.filter((e) => e.parent === block && e.depth === 2);
  };
  const fills = blockItems("fills").map((fill) => {
    const at = styles.indexOf(fill);
    return styles.find((e, i) => i > at && e.start < fill.end && e.local === "fgColor")?.attributes.rgb ?? "";
  });
  const xfFill = blockItems("cellXfs").map((xf) => fills[Number(xf.attributes.fillId ?? 0)] ?? "");
  const out = new Map<string, Map<string, string>>();
  for (const sheet of xmlElements(workbook, (local) => local === "sheet")) {
    const rel = rels.find((r) => r.id === sheet.attributes["r:id"]);
    if (rel === undefined) continue;
    const cells = new Map<string, string>();
    for (const c of xmlElements(await text(resolvePartPath("xl", rel.target)), (local) => local === "c")) {
      cells.set(c.attributes.r ?? "", xfFill[Number(c.attributes.s ?? 0)] ?? "");
    }
    out.set(sheet.attributes.name ?? "", cells);
  }
  return out;
}

const rgb = (severity: Finding["severity"]) => `FF${HIGHLIGHT_FILL[severity].replace(/^#/, "").toUpperCase()}`;

/** The summary copy of `input` with highlights; each finding with a cell must be coloured with its cell's most severe finding's fill. */
async function expectEveryFindingHighlighted(input: Buffer, name: string): Promise<readonly Finding[]> {
  const workbook = await readWorkbookBuffer(input);
  const result = checkWorkbook(workbook, { workbookName: name });
  const model = buildSummary({ report: result.report, plan: result.plan, table: result.table, areaValues: result.areaValues, workbook, lang: "vi" });
  const copy = await summaryCopyBuffer(input, model, buildHighlights(result.report, "vi"));
  const fills = await cellFills(copy);
  const before = await cellFills(input);
  const withCell = result.report.findings.filter((f) => f.cell !== null);
  const missed: string[] = [];
  for (const f of withCell) {
    const fill = fills.get(f.sheet ?? "")?.get(f.cell!);
    const worst = withCell.filter((g) => g.sheet === f.sheet && g.cell === f.cell).map((g) => g.severity);
    const expected = rgb(worst.includes("error") ? "error" : worst.includes("warning") ? "warning" : "info");
    if (fill !== expected) missed.push(`${f.rule}/${f.severity} ${f.sheet}!${f.cell}: ${fill ?? "no cell"}`);
  }
  expect(missed).toEqual([]);
  // No other cell of a user's sheet coloured (loose findings colour nothing).
  const flagged = new Set(withCell.map((f) => `${f.sheet}\u0000${f.cell}`));
  for (const [sheet, cells] of fills) {
    if (sheet === model.name) continue;
    for (const [cell, fill] of cells) {
      if (flagged.has(`${sheet}\u0000${cell}`)) continue;
      expect({ sheet, cell, fill }).toEqual({ sheet, cell, fill: before.get(sheet)?.get(cell) ?? "" });
    }
  }
  return result.report.findings;
}

async function bufferOf(sheets: Parameters<typeof buildWorkbook>[0]): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(sheets).xlsx.writeBuffer());
}


describe("every finding with a cell is highlighted in the .xlsx copy", () => {
  test("the sample workbook: allocation and results sheets, every planted rule", async () => {
    const dir = makeTempDir("allocheck-hl-");
    await writeWorkbookSpec(buildSampleSpec(), join(dir, "mau.xlsx"));
    const findings = await expectEveryFindingHighlighted(readFileSync(join(dir, "mau.xlsx")), "mau.xlsx");
    const sheets = new Set(findings.filter((f) => f.cell !== null).map((f) => f.sheet));
    expect(sheets.size).toBeGreaterThanOrEqual(3); // the allocation sheet and results sheets of both shapes
  });

  // Generated allocation sheets with findings, in both orientations, with merged labels, under names that need quoting.
  const seeds = chosenSeeds();
  test.each(seeds.map((seed, i) => [seed, QUOTED_NAMES[i % QUOTED_NAMES.length]] as const))("generated workbook %i on sheet %p", async (seed, sheetName) => {
    const c = build(seed);
    const input = await bufferOf([
      { name: sheetName, rows: c.workbook, merges: c.merges },
      { name: "Kế hoạch", rows: c.plan },
    ]);
    await expectEveryFindingHighlighted(input, `generated-${seed}.xlsx`);
  });

  test("findings on the plan sheet (budget lines that do not add up), under a name that needs quoting", async () => {
    const findings = await expectEveryFindingHighlighted(await bufferOf(PLAN_SPLIT), "ke-hoach.xlsx");
    expect(findings.some((f) => f.rule === "budget-split" && f.sheet === "Kế hoạch" && f.cell !== null)).toBe(true);
  });

  test("a sheet whose relationship names its part in another case (`SHEET1.XML` for `sheet1.xml`)", async () => {
    const c = build(seeds[0]);
    const zip = await JSZip.loadAsync(await bufferOf([{ name: "Phân bổ", rows: c.workbook, merges: c.merges }, { name: "Kế hoạch", rows: c.plan }]));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels).toContain('Target="worksheets/sheet1.xml"');
    zip.file("xl/_rels/workbook.xml.rels", rels.replace('Target="worksheets/sheet1.xml"', 'Target="worksheets/SHEET1.XML"'));
    const findings = await expectEveryFindingHighlighted(await zip.generateAsync({ type: "nodebuffer" }), "hoa-thuong.xlsx");
    expect(findings.some((f) => f.sheet === "Phân bổ" && f.cell !== null)).toBe(true);
  });
});
