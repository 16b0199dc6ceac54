/** `allocheck summary <workbook.xlsx> -o <out.xlsx> [--sheet NAME] [--plan …] [--no-highlight] [--lang vi|en]` */
import type { Command } from "commander";
import { workbookKindOfFile } from "../../adapters/xlsx/workbookKind";
import type { Lang } from "../../core/model/text";
import { langOf, langOption, line, type CommandContext } from "../context";
import { CliError } from "../errors";
import { requireCopyName, requireCopyNameFor } from "../copyName";
import { absolute, requireOutputFolder, sameFile } from "../files";
import { both, HELP, MSG } from "../messages";
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

/** Builds the summary of a check and writes the copy (never over the input: checked by the caller). */
export async function writeSummaryOf(run: CheckRun, outputPath: string, lang: Lang, highlight: boolean): Promise<void> {
  // Loaded here, not with the command line: `check` needs neither the summary builder nor the writer.
  const [{ writeSummaryCopy }, { buildHighlights, buildSummary }] = await Promise.all([import("../../adapters/xlsx/writeSummary"), import("../../core/summary")]);
  const model = buildSummary({ report: run.report, plan: run.plan, table: run.table, areaValues: run.areaValues, workbook: run.workbook, lang });
  await writeSummaryCopy(run.inputPath, outputPath, model, highlight ? buildHighlights(run.report, lang) : null);
}

export function addSummaryCommand(program: Command, ctx: CommandContext): void {
  program
    .command("summary")
    .description(both(HELP.summary))
    .argument("<workbook.xlsx>", both(HELP.workbookArg))
    .requiredOption("-o, --out <out.xlsx>", both(HELP.out))
    .option("--sheet <name>", both(HELP.sheet))
    .option("--plan <file>", both(HELP.plan))
    .option("--plan-sheet <name>", both(HELP.planSheet))
    .option("--period <years>", both(HELP.period))
    .option("--no-highlight", both(HELP.noHighlight))
    .addOption(langOption())
    .action(async (workbook: string, opts: SummaryOptions) => {
      const lang = langOf(opts);
      const outputPath = absolute(ctx.io.cwd, opts.out);
      requireCopyName(opts.out);
      if (await sameFile(absolute(ctx.io.cwd, workbook), outputPath)) throw new CliError(MSG.outputIsInput(opts.out));
      await requireOutputFolder(outputPath, opts.out);
      const run = await readAndCheck({ workbook, sheet: opts.sheet, plan: opts.plan, planSheet: opts.planSheet, period: opts.period }, ctx.io);
      requireCopyNameFor(await workbookKindOfFile(run.inputPath), opts.out);
      await writeSummaryOf(run, outputPath, lang, opts.highlight);
      ctx.io.stdout(line(`${MSG.wroteSummary[lang]}: ${opts.out}`));
      ctx.io.stdout(line(MSG.counts(run.report.counts.error, run.report.counts.warning)[lang]));
      ctx.exit(exitStatusOf(run.report));
    });
}
