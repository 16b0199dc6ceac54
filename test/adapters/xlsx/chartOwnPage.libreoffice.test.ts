/**
 * The sample's progress chart lands on a page of its own (its table fills the
 * page before it, printLayout.ts): LibreOffice prints it large there — its
 * bars over most of the page's width and a good part of its height, no
 * flatter than 2:1 — not at its usual size in the page's top corner (about
 * 40 % of the width). The summary copy is converted to PDF, the chart's page
 * found by its bar colour and measured in the picture pdftoppm draws. The PNG
 * is kept in test-output/ to look at.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { writeSummaryCopy } from "../../../src/adapters/xlsx/writeSummary";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { checkWorkbook } from "../../../src/core/check";
import { buildSummary } from "../../../src/core/summary";
import type { SummarySheetModel } from "../../../src/core/model/summary";
import { buildSampleSpec } from "../../../src/sample";
import { sofficePath } from "../../helpers/libreoffice";

const run = promisify(execFile);
const BAR_BLUE = [0x2f, 0x75, 0xb5] as const;
let dir: string;
let output: string;
let model: SummarySheetModel;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-chart-page-"));
  const input = path.join(dir, "mau.xlsx");
  output = path.join(dir, "mau-tong-hop.xlsx");
  await writeWorkbookSpec(buildSampleSpec(), input);
  const workbook = await readWorkbookFile(input);
  const { report, plan, table, areaValues } = checkWorkbook(workbook, { workbookName: "mau.xlsx" });
  model = buildSummary({ report, plan, table, areaValues, workbook });
  await writeSummaryCopy(input, output, model, null);
}, 60_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

interface Picture {
  readonly width: number;
  readonly height: number;
  readonly pixels: Buffer;
  readonly start: number;
}

function picture(ppm: Buffer): Picture {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString("latin1"))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: ppm, start: header[0].length };
}

/** The box around the pixels near `rgb`, and how many there are. */
function boxOf(p: Picture, rgb: readonly [number, number, number], tolerance = 40): { left: number; right: number; top: number; bottom: number; count: number } {
  const box = { left: Infinity, right: -1, top: Infinity, bottom: -1, count: 0 };
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const i = p.start + 3 * (y * p.width + x);
      if (Math.abs(p.pixels[i] - rgb[0]) + Math.abs(p.pixels[i + 1] - rgb[1]) + Math.abs(p.pixels[i + 2] - rgb[2]) > tolerance) continue;
      box.count++;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

test("the chart on a page of its own prints large in LibreOffice: its bars over most of the page's width and a third of its height or more", async () => {
  // The layout put the chart at the top of a page (what this test is about).
  expect(model.print.rowBreaks).toContain(model.chart!.anchor.row);
  const soffice = sofficePath();
  const profile = path.join(dir, "profile");
  await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, output], { timeout: 120_000 });
  const pdf = output.replace(/\.xlsx$/, ".pdf");
  await run("pdftoppm", ["-r", "60", pdf, path.join(dir, "page")]);
  const ppms = (await fs.readdir(dir)).filter((name) => name.startsWith("page") && name.endsWith(".ppm")).sort();
  const pages = await Promise.all(ppms.map(async (name) => ({ name, picture: picture(await fs.readFile(path.join(dir, name))) })));
  const scored = pages.map((p) => ({ ...p, bars: boxOf(p.picture, BAR_BLUE) }));
  const best = scored.reduce((a, b) => (b.bars.count > a.bars.count ? b : a));
  const { width, height } = best.picture;
  const bars = best.bars;
  expect(bars.count).toBeGreaterThan(2000);
  // The bars (first to last) run over at least 60 % of the page's width (at its usual size: about a third).
  expect((bars.right - bars.left) / width).toBeGreaterThan(0.6);
  // The tallest bar over at least a third of the page's height (at its usual size: under a fifth).
  expect((bars.bottom - bars.top) / height).toBeGreaterThan(0.33);
  const pageNumber = Number(/-(\d+)\.ppm$/.exec(best.name)![1]);
  await run("pdftoppm", ["-png", "-r", "60", "-f", String(pageNumber), "-l", String(pageNumber), pdf, path.join(dir, "chart")]);
  const png = (await fs.readdir(dir)).find((name) => name.startsWith("chart") && name.endsWith(".png"))!;
  const keep = path.join(__dirname, "../../../test-output/chart");
  await fs.mkdir(keep, { recursive: true });
  await fs.copyFile(path.join(dir, png), path.join(keep, "chart-own-page.png"));
}, 180_000);
