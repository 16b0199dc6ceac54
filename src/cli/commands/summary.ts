/** `allocheck summary <workbook.xlsx> -o <out.xlsx> [--sheet NAME] [--plan …] [--no-highlight] [--lang vi|en]` */
import { inlineLess } from "../inlineLess";
import { releaseGarbage } from "../releaseGarbage";
import type { Command } from "commander";
import { promises as fs } from "fs";
import { workbookKindOf, workbookKindOfFile, type WorkbookKind } from "../../adapters/xlsx/workbookKind";
import type { Lang } from "../../core/model/text";
import type { Report } from "../../core/model/report";
import type { Highlight, SummarySheetModel } from "../../core/model/summary";
import { addInputOptions, langOf, langOption, line, nonEmpty, type CommandContext } from "../context";
import { CliError } from "../errors";
import { requireCopyName, requireCopyNameFor } from "../copyName";
import { absolute, pathOnDisk, requireOutputFolder, requireOutputFree, requireOutputPathHere, sameFile } from "../files";
import { withFileErrors } from "../fileErrors";
import { both, HELP, MSG, wrapHelpLine } from "../messages";
import { exitStatusOf, readAndCheck, type CheckRun } from "../runCheck";

interface SummaryOptions {
  readonly out: string;
  readonly sheet?: string;
  readonly plan?: string;
  readonly planSheet?: string;
  readonly period?: string;
  readonly highlight: boolean;
  readonly lang?: string;
}

/** A summary ready to write: what the copy needs of a check, and nothing more (the workbook's cells can go). */
interface PreparedSummary {
  readonly inputPath: string;
  /** The input's bytes, when read already. */
  readonly input?: Buffer;
  readonly model: SummarySheetModel;
  readonly highlights: readonly Highlight[] | null;
}

/** The summary sheet and highlights of a check. */
async function prepareSummary(run: CheckRun, lang: Lang, highlight: boolean): Promise<PreparedSummary> {
  // Loaded here, not with the command line: `check` needs neither the summary builder nor the writer.
  const { buildHighlights, buildSummary } = await import("../../core/summary");
  const model = buildSummary({ report: run.report, plan: run.plan, table: run.table, areaValues: run.areaValues, workbook: run.workbook, lang });
  return { inputPath: run.inputPath, model, highlights: highlight ? buildHighlights(run.report, lang) : null };
}

async function writePrepared(summary: PreparedSummary, outputPath: string): Promise<void> {
  const { writeSummaryCopy } = await import("../../adapters/xlsx/writeSummary");
  await writeSummaryCopy(summary.inputPath, outputPath, summary.model, summary.highlights, summary.input);
}

/** Builds the summary of a check and writes the copy (never over the input: checked by the caller). */
export async function writeSummaryOf(run: CheckRun, outputPath: string, lang: Lang, highlight: boolean): Promise<void> {
  await writePrepared(await prepareSummary(run, lang, highlight), outputPath);
}

/** The kind of the workbook read (macros, template), from its archive's directory and two small parts: the archive is not loaded again. */
async function workbookKindOfInput(inputPath: string, input: Buffer): Promise<WorkbookKind> {
  const { openRawZip, rawZipText } = await import("../../adapters/xlsx/zipCopy");
  const raw = openRawZip(input);
  return raw === null ? workbookKindOfFile(inputPath) : workbookKindOf({ text: rawZipText(raw) });
}

/**
 * Reads and checks the workbook and builds its summary; returns the summary
 * and what the command says of the check — not the check itself, so that the
 * workbook's cells are free to go while the copy is written.
 */
async function checkForSummary(
  workbook: string,
  opts: SummaryOptions,
  ctx: CommandContext,
  lang: Lang,
): Promise<{ readonly summary: PreparedSummary; readonly counts: Report["counts"]; readonly status: number }> {
  const run = await readAndCheck({ workbook, sheet: opts.sheet, plan: opts.plan, planSheet: opts.planSheet, period: opts.period, lang, keepInput: true }, ctx.io);
  // The bytes checked, for its kind and for the copy: the file is read once.
  const input = run.input ?? (await withFileErrors(workbook, "read", () => fs.readFile(run.inputPath)));
  requireCopyNameFor(await workbookKindOfInput(run.inputPath, input), opts.out);
  const summary = { ...(await prepareSummary(run, lang, opts.highlight)), input };
  return { summary, counts: run.report.counts, status: exitStatusOf(run.report) };
}

export function addSummaryCommand(program: Command, ctx: CommandContext): void {
  addInputOptions(
    program.command("summary").description(both(HELP.summary)).argument("<workbook.xlsx>", both(HELP.workbookArg)).requiredOption("-o, --out <out.xlsx>", both(HELP.out), nonEmpty),
  )
    .option("--no-highlight", both(HELP.noHighlight))
    .addOption(langOption())
    .addHelpText("after", `\n${wrapHelpLine(HELP.exitCodes.vi)}\n\n${wrapHelpLine(HELP.exitCodes.en)}\n`)
    .action(async (workbook: string, opts: SummaryOptions) => {
      const lang = langOf(opts);
      requireOutputPathHere(opts.out);
      // A name typed in another Unicode form than the file's names that file (files.ts: pathOnDisk).
      const outputPath = await pathOnDisk(absolute(ctx.io.cwd, opts.out));
      requireCopyName(opts.out);
      if (await sameFile(await pathOnDisk(absolute(ctx.io.cwd, workbook)), outputPath)) throw new CliError(MSG.outputIsInput(opts.out));
      await requireOutputFolder(outputPath, opts.out);
      // Loaded here, not with the command line: only an output already there needs its sheets' names.
      await (await import("../existingOutput")).requireReplaceableOutput(outputPath, opts.out);
      await requireOutputFree(outputPath, opts.out);
      inlineLess();
      const { summary, counts, status } = await checkForSummary(workbook, opts, ctx, lang);
      releaseGarbage();
      await withFileErrors(opts.out, "write", () => writePrepared(summary, outputPath));
      ctx.io.stdout(line(`${MSG.wroteSummary[lang]}: ${opts.out}`));
      ctx.io.stdout(line(MSG.counts(counts.error, counts.warning)[lang]));
      ctx.exit(status);
    });
}
