/**
 * The progress chart (CONTRACT §7) in the summary copy: real DrawingML parts
 * (chart, drawing, relationships, content types) that LibreOffice opens and
 * draws — the sample's summary is converted to PDF and its last page rendered
 * with pdftoppm; the picture must hold the chart's blue bars and its red pace
 * line. The PNG is kept in test-output/ to look at.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import JSZip from "jszip";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import { buildSampleSpec } from "../../../src/sample";
import { sofficePath } from "../../helpers/libreoffice";
import { columnLetters } from "../../../src/core/model/address";
import { CHART_TEXT_SIZE } from "../../../src/core/model/summary";

const run = promisify(execFile);
let percentColumn = "";
let dir: string;
let output: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-chart-"));
  const input = path.join(dir, "mau.xlsx");
  output = path.join(dir, "mau-tong-hop.xlsx");
  await writeWorkbookSpec(buildSampleSpec(), input);
  const workbook = await readWorkbookFile(input);
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  const model = buildSummary({ report, plan, table, areaValues, workbook });
  // The bars are the progress table's `% kế hoạch` cells, wherever the print layout put that column.
  percentColumn = columnLetters(model.cells.find((c) => c.style === "header" && c.value === "% kế hoạch")!.col);
  await writeSummaryCopy(input, output, model, null);
}, 60_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test("the chart's parts are in the package, related and typed", async () => {
  const zip = await JSZip.loadAsync(await fs.readFile(output));
  const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
  expect(chart).toContain("<c:barChart>");
  expect(chart).toContain("<c:lineChart>");
  expect(chart).toMatch(new RegExp(`<c:f>'Tổng hợp'!\\$${percentColumn}\\$\\d+:\\$${percentColumn}\\$\\d+</c:f>`));
  // The chart area has no frame (its top edge printed as a thin line right under the progress table) and no fill
  // (it would cover the table's bottom border); its labels at the size the layout measured its width at.
  const area = chart.slice(chart.indexOf("</c:chart>"));
  expect(area).toContain(`<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`);
  expect(area).toContain(`<a:defRPr sz="${Math.round(CHART_TEXT_SIZE * 100)}"/>`);
  expect(await zip.file("xl/drawings/drawing1.xml")!.async("string")).toContain('r:id="rId1"');
  expect(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain('Target="../charts/chart1.xml"');
  const types = await zip.file("[Content_Types].xml")!.async("string");
  expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
  expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name));
  const withDrawing = [];
  for (const name of sheets) if ((await zip.file(name)!.async("string")).includes("../drawings/drawing1.xml")) withDrawing.push(name);
  expect(withDrawing).toHaveLength(1);
  const sheetXml = await zip.file(withDrawing[0].replace("_rels/", "").replace(/\.rels$/, ""))!.async("string");
  expect(sheetXml).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
});

/** Pixels of a binary PPM (P6) near a colour. */
function countNear(ppm: Buffer, rgb: readonly [number, number, number], tolerance = 40): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"))!;
  const start = header[0].length;
  let count = 0;
  for (let i = start; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i] - rgb[0]) + Math.abs(ppm[i + 1] - rgb[1]) + Math.abs(ppm[i + 2] - rgb[2]) <= tolerance) count++;
  }
  return count;
}

test("LibreOffice opens the copy and draws the chart: blue bars and the red pace line", async () => {
  const soffice = sofficePath();
  const profile = path.join(dir, "profile");
  await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, output], { timeout: 120_000 });
  const pdf = output.replace(/\.xlsx$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec((await run("pdfinfo", [pdf])).stdout)![1]);
  // The chart sits below the progress table of the summary sheet: the page with the most bar colour.
  await run("pdftoppm", ["-r", "60", pdf, path.join(dir, "page")]);
  const ppms = (await fs.readdir(dir)).filter((name) => name.startsWith("page") && name.endsWith(".ppm")).sort();
  const scored = await Promise.all(ppms.map(async (name) => ({ name, ppm: await fs.readFile(path.join(dir, name)) })));
  const best = scored.reduce((a, b) => (countNear(b.ppm, [0x2f, 0x75, 0xb5]) > countNear(a.ppm, [0x2f, 0x75, 0xb5]) ? b : a));
  expect(pages).toBeGreaterThan(0);
  expect(countNear(best.ppm, [0x2f, 0x75, 0xb5])).toBeGreaterThan(2000); // the bars
  expect(countNear(best.ppm, [0xc0, 0x00, 0x00], 60)).toBeGreaterThan(50); // the dashed pace line
  const pageNumber = Number(/-(\d+)\.ppm$/.exec(best.name)![1]);
  await run("pdftoppm", ["-png", "-r", "60", "-f", String(pageNumber), "-l", String(pageNumber), pdf, path.join(dir, "chart")]);
  const png = (await fs.readdir(dir)).find((name) => name.startsWith("chart") && name.endsWith(".png"))!;
  const keep = path.join(__dirname, "../../../test-output/chart");
  await fs.mkdir(keep, { recursive: true });
  await fs.copyFile(path.join(dir, png), path.join(keep, "progress-chart.png"));
}, 180_000);
