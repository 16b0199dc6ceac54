/** `allocheck demo [-o DIR] [--lang vi|en]`: the built-in sample, checked, with its summary. */
import { promises as fs } from "fs";
import { dirname, join, relative, isAbsolute } from "path";
import type { Command } from "commander";
import { renderTextReport } from "../../core/report";
import { langOf, langOption, line, nonEmpty, type CommandContext } from "../context";
import { CliError } from "../errors";
import { absolute, exists, pathOnDisk, requireOutputFree, requireOutputPathHere } from "../files";
import { both, HELP, MSG } from "../messages";
import { exitStatusOf, readAndCheck } from "../runCheck";
import { errnoCode, withFileErrors } from "../fileErrors";
import { writeSummaryOf } from "./summary";

export const DEMO_DIR = "allocheck-demo";
export const DEMO_WORKBOOK = "ke-hoach-257-phan-bo.xlsx";
export const DEMO_SUMMARY = "ke-hoach-257-phan-bo-tong-hop.xlsx";

interface DemoOptions {
  readonly out?: string;
  readonly lang?: string;
}

/** A path as the user can type it: relative to the working folder when inside it. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/**
 * Makes `dir` and the folders above it that are missing. Node's recursive
 * mkdir tells any failure below a folder that exists as ENOENT (a read-only
 * drive too): the first folder to make is then made alone, for the real reason.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw error;
    let first = dir;
    while (dirname(first) !== first && !(await exists(dirname(first)))) first = dirname(first);
    await fs.mkdir(first);
    throw error;
  }
}

async function prepareFolder(dir: string, shown: string): Promise<void> {
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) throw new CliError(MSG.demoDirIsFile(shown));
  } catch (error) {
    if (error instanceof CliError) throw error;
    await makeFolder(dir);
  }
}

export function addDemoCommand(program: Command, ctx: CommandContext): void {
  program
    .command("demo")
    .description(both(HELP.demo))
    .option("-o, --out <dir>", both(HELP.demoDir), nonEmpty)
    .addOption(langOption())
    .action(async (opts: DemoOptions) => {
      const lang = langOf(opts);
      const out = opts.out ?? DEMO_DIR;
      requireOutputPathHere(out);
      const dir = await pathOnDisk(absolute(ctx.io.cwd, out));
      await withFileErrors(out, "write", () => prepareFolder(dir, out));
      const samplePath = join(dir, DEMO_WORKBOOK);
      const summaryPath = join(dir, DEMO_SUMMARY);
      const sampleShown = shownPath(ctx.io.cwd, samplePath);
      const summaryShown = shownPath(ctx.io.cwd, summaryPath);
      // The demo's own files are regenerated on every run — but not while Excel has one open (or it is read-only): nothing is written then.
      await requireOutputFree(samplePath, sampleShown);
      await requireOutputFree(summaryPath, summaryShown);
      // Loaded here, not with the command line: `check` needs neither ExcelJS nor the sample.
      const [{ writeWorkbookSpec }, { buildSampleSpec }] = await Promise.all([import("../../adapters/exceljs/writeWorkbook"), import("../../sample")]);
      await withFileErrors(sampleShown, "write", () => writeWorkbookSpec(buildSampleSpec(), samplePath, { overwrite: true }));
      const run = await readAndCheck({ workbook: sampleShown, lang }, ctx.io);
      await withFileErrors(summaryShown, "write", () => writeSummaryOf(run, summaryPath, lang, true));
      ctx.io.stdout(
        [
          `${MSG.demoSample[lang]}: ${sampleShown}`,
          `${MSG.demoSummary[lang]}: ${summaryShown}`,
          MSG.demoNext[lang],
          "",
          "",
        ].join("\n"),
      );
      ctx.io.stdout(line(renderTextReport(run.report, lang)));
      ctx.exit(exitStatusOf(run.report));
    });
}
