/** `allocheck extract-plan <plan.txt|.docx> [--json] [-o plan.xlsx] [--lang vi|en]` */
import { extname } from "path";
import type { Command } from "commander";
import { extractedPlanToSheetRows } from "../../extract/toPlan";
import type { ExtractedPlan } from "../../extract/types";
import type { CellSpec, WorkbookSpec } from "../../core/model/workbookSpec";
import { langOf, langOption, line, nonEmpty, type CommandContext } from "../context";
import { CliError } from "../errors";
import { fileError } from "../fileErrors";
import { absolute, exists, pathOnDisk, requireInputFile, requireOutputFolder, requireOutputPathHere, requireXlsxName, sameFile } from "../files";
import { both, HELP, MSG, wrapHelpLine } from "../messages";
import { extractPlanFile } from "../planFile";

interface ExtractOptions {
  readonly json?: boolean;
  readonly out?: string;
  readonly lang?: string;
}

export const PLAN_SHEET_NAME = "Kế hoạch";

/** Issues that are errors in the document itself (CONTRACT §3 severity): exit status 1. */
const ERROR_ISSUES = new Set(["budget-split", "target-conflict"]);

/** CONTRACT §6 JSON: the extracted plan without the pane-only details. */
export function extractedPlanJson(plan: ExtractedPlan): Record<string, unknown> {
  return {
    version: 1,
    title: plan.title,
    number: plan.number,
    date: plan.date,
    indicators: plan.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      target: i.target,
      kind: i.kind,
      source: i.source,
      ...(i.rule !== undefined ? { rule: i.rule } : {}),
      ...(i.quota !== undefined ? { quota: i.quota } : {}),
      ...(i.range !== undefined ? { range: i.range } : {}),
      ...(i.confidence !== undefined ? { confidence: i.confidence } : {}),
    })),
    areas: plan.areas.map((a) => ({ district: a.district, commune: a.commune })),
    issues: plan.issues.map((issue) => ({ rule: issue.rule, message: issue.message })),
  };
}

/** A one-sheet workbook spec (`Kế hoạch`) from the plan's sheet rows: header row bold, text kept as text. */
export function planWorkbookSpec(plan: ExtractedPlan): WorkbookSpec {
  const rows = extractedPlanToSheetRows(plan);
  const widths: number[] = [];
  const specRows = rows.map((row, r) =>
    row.map((value, c): CellSpec | null => {
      if (value === null) return null;
      widths[c] = Math.min(70, Math.max(widths[c] ?? 8, String(value).length + 2));
      return {
        value,
        ...(typeof value === "number" ? { numFmt: Number.isInteger(value) ? "#,##0" : "#,##0.###" } : {}),
        style: { wrap: typeof value === "string" && value.length > 70, bold: r === headerRowOf(rows) },
      };
    }),
  );
  return {
    sheets: [{ name: PLAN_SHEET_NAME, rows: specRows, merges: [], columnWidths: Array.from(widths, (w) => w ?? 10) }],
  };
}

/** The row that holds the plan table's header (`Mã`), or -1. */
function headerRowOf(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): number {
  return rows.findIndex((row) => row[0] === "Mã");
}

export function addExtractPlanCommand(program: Command, ctx: CommandContext): void {
  program
    .command("extract-plan")
    .description(both(HELP.extractPlan))
    .argument("<plan.txt|.docx>", both(HELP.planDocArg))
    .option("--json", both(HELP.extractJson))
    .option("-o, --out <plan.xlsx>", both(HELP.extractOut), nonEmpty)
    .addOption(langOption())
    .addHelpText("after", `\n${wrapHelpLine(HELP.extractExit.vi)}\n\n${wrapHelpLine(HELP.extractExit.en)}\n`)
    .action(async (document: string, opts: ExtractOptions) => {
      const lang = langOf(opts);
      if (opts.out !== undefined) requireOutputPathHere(opts.out);
      const inputPath = await requireInputFile(absolute(ctx.io.cwd, document), document, [".txt", ".md", ".docx"]);
      let outputPath: string | undefined;
      if (opts.out !== undefined) {
        outputPath = await pathOnDisk(absolute(ctx.io.cwd, opts.out));
        if (extname(opts.out).toLowerCase() === ".json") throw new CliError(MSG.jsonPlanOut(document, opts.out));
        requireXlsxName(opts.out);
        if (await sameFile(inputPath, outputPath)) throw new CliError(MSG.outputIsInput(opts.out));
        if (await exists(outputPath)) throw new CliError(MSG.outputExists(opts.out));
        await requireOutputFolder(outputPath, opts.out);
      }
      const plan = await extractPlanFile(inputPath, document);
      // A plan sheet with no line is no plan: `check` would refuse it. Nothing is written (exit 2).
      if (opts.out !== undefined && plan.indicators.length === 0) throw new CliError(MSG.noPlanToWrite(document, opts.out));
      if (outputPath !== undefined && opts.out !== undefined) {
        try {
          // Loaded here, not with the command line: only `-o` writes a workbook (ExcelJS).
          const { writeWorkbookSpec } = await import("../../adapters/exceljs/writeWorkbook");
          await writeWorkbookSpec(planWorkbookSpec(plan), outputPath);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new CliError(MSG.outputExists(opts.out));
          throw fileError(error, opts.out, "write") ?? error;
        }
      }
      if (opts.json === true) ctx.io.stdout(`${JSON.stringify(extractedPlanJson(plan), null, 2)}\n`);
      else {
        // Loaded here, not with the command line: the text rendering reads the extractor's own modules (`check` needs none of them).
        const { renderExtractedPlanText } = await import("../../extract/render");
        ctx.io.stdout(line(renderExtractedPlanText(plan, lang)));
        if (opts.out !== undefined) ctx.io.stdout(line(`${MSG.wrotePlan[lang]}: ${opts.out}`));
      }
      ctx.exit(plan.issues.some((issue) => ERROR_ISSUES.has(issue.rule)) ? 1 : 0);
    });
}
