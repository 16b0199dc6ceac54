/** `allocheck check <workbook.xlsx> [--sheet NAME] [--plan FILE|--plan-sheet NAME] [--json] [--explain] [--lang vi|en]` */
import type { Command } from "commander";
import { renderReadingText, renderTextReport, toJsonReport } from "../../core/report";
import type { Lang } from "../../core/model/text";
import type { Report } from "../../core/model/report";
import { addInputOptions, langOf, langOption, line, type CommandContext } from "../context";
import { both, HELP, wrapHelpLine } from "../messages";
import { exitStatusOf, readAndCheck } from "../runCheck";
import { jsonText, writeJsonBytes, writeJsonText } from "../jsonText";

interface CheckOptions {
  readonly sheet?: string;
  readonly plan?: string;
  readonly planSheet?: string;
  readonly period?: string;
  readonly json?: boolean;
  readonly explain?: boolean;
  readonly lang?: string;
}

/**
 * The report as CONTRACT §5 JSON text (the contract fixes the value, not the
 * layout): indented, each element of an array on one line (jsonText.ts).
 */
export function reportJson(report: Report, lang: Lang): string {
  return jsonText(toJsonReport(report, lang));
}

/** The JSON text in pieces, as UTF-8 bytes where the output takes them (no string to encode again on the way out). */
function writeJson(io: CommandContext["io"], value: unknown): void {
  const bytes = io.stdoutBytes?.bind(io);
  if (bytes !== undefined) writeJsonBytes(value, bytes);
  else writeJsonText(value, (piece) => io.stdout(piece));
}

export function addCheckCommand(program: Command, ctx: CommandContext): void {
  addInputOptions(program.command("check").description(both(HELP.check)).argument("<workbook.xlsx>", both(HELP.workbookArg)))
    .option("--json", both(HELP.json))
    .option("--explain", both(HELP.explain))
    .addOption(langOption())
    .addHelpText("after", `\n${wrapHelpLine(HELP.exitCodes.vi)}\n\n${wrapHelpLine(HELP.exitCodes.en)}\n`)
    .action(async (workbook: string, opts: CheckOptions) => {
      const lang = langOf(opts);
      const run = await readAndCheck({ workbook, sheet: opts.sheet, plan: opts.plan, planSheet: opts.planSheet, period: opts.period, lang }, ctx.io);
      // `--explain`: how the sheet was read, as a table, before the report (the JSON carries it as `reading`).
      const explain = opts.explain === true && opts.json !== true && run.report.reading !== undefined ? `${renderReadingText(run.report.reading, lang)}\n\n` : "";
      // The JSON in pieces: a report of 100 000 areas is never one string.
      if (opts.json === true) writeJson(ctx.io, toJsonReport(run.report, lang));
      else ctx.io.stdout(line(explain + renderTextReport(run.report, lang)));
      ctx.exit(exitStatusOf(run.report));
    });
}
