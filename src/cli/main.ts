/**
 * The `allocheck` command (CONTRACT §4). `main(argv)` returns the exit status
 * instead of exiting, so that tests run it in-process; bin/allocheck.js calls
 * it with `process.argv.slice(2)` and exits with what it returns.
 *
 * Exit status: 0 no error-severity finding; 1 at least one; 2 unusable input
 * or a bad command line, with one line on stderr and nothing written.
 */
import { Command, CommanderError, Help } from "commander";
import { readFileSync } from "fs";
import { join } from "path";
import type { Lang, LocalizedText } from "../core/model/text";
import { addCheckCommand } from "./commands/check";
import { addDemoCommand } from "./commands/demo";
import { addExtractPlanCommand } from "./commands/extractPlan";
import { addSummaryCommand } from "./commands/summary";
import type { CommandContext } from "./context";
import { fileError } from "./fileErrors";
import { CliError, errorLine, EXIT_OK, EXIT_UNUSABLE } from "./errors";
import { processIo, type CliIo } from "./io";
import { langFromArgv } from "./lang";
import { both, HELP, HELP_HEADINGS, MSG, wrapHelpLine } from "./messages";

function packageVersion(): string {
  for (const up of ["../..", "../../..", ".."]) {
    try {
      const pkg = JSON.parse(readFileSync(join(__dirname, up, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "allocheck" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // try the next folder up (src/cli in tests, lib/cli when built, lib/ for the bundle lib/allocheck.js)
    }
  }
  return "0.0.0";
}

/**
 * A command's name and arguments in the list of commands, without commander's `[options]` (each command's own help
 * lists them): the shorter column leaves room for the descriptions to wrap within 80 columns.
 */
function subcommandTerm(cmd: Command): string {
  return Help.prototype.subcommandTerm.call(new Help(), cmd).replace(" [options]", "");
}

/** Commander's help with its headings in both languages. */
function formatHelp(cmd: Command, helper: Help): string {
  let text = Help.prototype.formatHelp.call(helper, cmd, helper);
  for (const [heading, replacement] of HELP_HEADINGS) text = text.replace(heading, replacement);
  return text;
}

function buildProgram(ctx: CommandContext): Command {
  const program = new Command("allocheck");
  program
    .description(both(HELP.program))
    .version(packageVersion(), "-V, --version", both(HELP.version))
    .helpOption("-h, --help", both(HELP.help))
    .helpCommand("help [command]", both(HELP.helpCommand))
    .configureHelp({ formatHelp, subcommandTerm })
    .configureOutput({
      writeOut: (text) => ctx.io.stdout(text),
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .allowExcessArguments(false)
    .exitOverride()
    .addHelpText(
      "after",
      `\nVí dụ / Examples:\n${HELP.examples.map((e) => `  ${e}`).join("\n")}\n\n${wrapHelpLine(HELP.exitCodes.vi)}\n\n${wrapHelpLine(HELP.exitCodes.en)}\n`,
    );
  addCheckCommand(program, ctx);
  addSummaryCommand(program, ctx);
  addExtractPlanCommand(program, ctx);
  addDemoCommand(program, ctx);
  return program;
}

/** The first quoted word of a commander message: `error: unknown option '--x'` → `--x`. */
function quoted(message: string): string {
  const match = /'([^']*)'/.exec(message);
  return match ? match[1] : message.replace(/^error:\s*/, "");
}

/** Commander's suggestion for a mistyped command or option: `(Did you mean check?)` → `check`. */
function suggestionOf(message: string): string | undefined {
  return /\(Did you mean ([^?\s]+)\?\)/.exec(message)?.[1];
}

/** What a command typed in Vietnamese, or an option typed with one dash, most likely meant. */
const VIETNAMESE_COMMANDS: Readonly<Record<string, string>> = { kiemtra: "check", tonghop: "summary", baocao: "summary", trichxuat: "extract-plan", mau: "demo", vidu: "demo" };

function guessOf(word: string, kind: "command" | "option", program: Command): string | undefined {
  if (kind === "option") {
    if (!/^-[a-z]{2,}/i.test(word)) return undefined;
    const long = `-${word}`;
    const known = [program, ...program.commands].some((cmd) => cmd.options.some((o) => o.long === long.split("=")[0]));
    return known ? long : undefined;
  }
  const key = word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").replace(/[^a-z]/gi, "").toLowerCase();
  const starting = key.length >= 3 ? program.commands.map((cmd) => cmd.name()).filter((name) => name.replace(/-/g, "").startsWith(key)) : [];
  return VIETNAMESE_COMMANDS[key] ?? (starting.length === 1 ? starting[0] : undefined);
}

/**
 * The arguments a command was given beyond its own, and — when they read as a
 * file name cut at its spaces (`Phân bổ 2024.xlsx` typed without quotes: the
 * last word ends like a file, the one before the cut does not) — that name.
 */
function excessArguments(program: Command): { readonly extra: readonly string[]; readonly spacedName?: string } {
  for (const cmd of program.commands) {
    const own = cmd.registeredArguments.length;
    const extra = cmd.args.slice(own);
    if (extra.length === 0) continue;
    const cut = own > 0 ? cmd.args[own - 1] : undefined;
    const looksCut = cut !== undefined && /\.[a-z]{3,4}$/i.test(extra[extra.length - 1]) && !/\.[a-z]{3,4}$/i.test(cut) && !cut.startsWith("-");
    return looksCut ? { extra, spacedName: [cut, ...extra].join(" ") } : { extra };
  }
  return { extra: [] };
}

/** A word as the user would type it in a shell: quoted when it holds a space or a shell character. */
function typed(word: string): string {
  return /^[\p{L}\p{N}._/:\\-]+$/u.test(word) ? word : `"${word}"`;
}

/**
 * The command line meant when the output of a command that takes `-o` was
 * typed without it (`demo thu-muc`, `summary phan-bo.xlsx tong-hop.xlsx`):
 * that line, or undefined when the extra words do not read as its output.
 */
function outputWithoutOption(program: Command): { readonly meant: string; readonly folder: boolean } | undefined {
  for (const cmd of program.commands) {
    if (!cmd.options.some((o) => o.short === "-o") || (cmd.opts() as { out?: unknown }).out !== undefined) continue;
    const own = cmd.registeredArguments.length;
    const extra = cmd.args.slice(own);
    if (extra.length === 0 || extra.some((word) => word.startsWith("-"))) continue;
    const out = extra.join(" ");
    const folder = cmd.name() === "demo";
    if (!folder && (extra.length > 1 || !/\.xls[xm]$/i.test(out))) continue;
    return { meant: ["allocheck", cmd.name(), ...cmd.args.slice(0, own).map(typed), "-o", typed(out)].join(" "), folder };
  }
  return undefined;
}

/**
 * `summary <workbook>` typed with nothing for `-o`: the line that writes the
 * copy beside the workbook, named as the README names it (`… - tổng hợp.xlsx`,
 * `.xlsm` for a workbook with macros); undefined for another command.
 */
function summaryCopyMeant(program: Command): LocalizedText | undefined {
  const cmd = program.commands.find((c) => c.name() === "summary" && c.args.length === 1);
  if (cmd === undefined) return undefined;
  const workbook = cmd.args[0];
  const match = /^(.*?)(\.xl[st][xmb]?)?$/i.exec(workbook)!;
  const extension = /m$/i.test(match[2] ?? "") ? ".xlsm" : ".xlsx";
  const line = (suffix: string) => ["allocheck", "summary", typed(workbook), "-o", typed(`${match[1]} - ${suffix}${extension}`)].join(" ");
  return { vi: line("tổng hợp"), en: line("summary") };
}

/**
 * An option's value cut at its spaces (`--sheet Phân bổ`, `-o Phân bổ tổng
 * hợp.xlsx` typed without quotes): the option and the value meant, when the
 * first extra argument follows an option's value in `argv`.
 */
function spacedOptionValue(program: Command, argv: readonly string[], extra: readonly string[]): { readonly option: string; readonly value: string } | undefined {
  if (extra.length === 0) return undefined;
  const at = argv.indexOf(extra[0]);
  if (at < 2) return undefined;
  const option = argv[at - 2];
  const takesValue = program.commands.some((cmd) => cmd.options.some((o) => (o.long === option || o.short === option) && (o.required || o.optional)));
  if (!takesValue || argv[at - 1].startsWith("-")) return undefined;
  let end = at;
  // A lone `-` is a word of the value (`--period 2022 - 2025`), not an option.
  while (end < argv.length && (argv[end] === "-" || !argv[end].startsWith("-"))) end++;
  return { option, value: argv.slice(at - 1, end).join(" ") };
}

/**
 * An option the command given lacks but other commands have (`extract-plan
 * kh.txt --plan x`): which commands have it, rather than the nearest option of
 * this one (`--lang`), and for extract-plan's `--plan` where its plan document goes.
 */
function otherCommandsOption(program: Command, argv: readonly string[], option: string): LocalizedText | undefined {
  const name = argv.find((word) => !word.startsWith("-"));
  const command = program.commands.find((cmd) => cmd.name() === name);
  if (command === undefined) return undefined;
  const has = (cmd: Command) => cmd.options.some((o) => o.long === option || o.short === option);
  if (has(command)) return undefined;
  const owners = program.commands.filter((cmd) => cmd !== command && has(cmd)).map((cmd) => cmd.name());
  if (owners.length === 0) return undefined;
  const document = command.name() === "extract-plan" && option === "--plan" ? (command.args[0] ?? argv[argv.indexOf(name!) + 1]) : undefined;
  const planArgument = document === undefined || document.startsWith("-") ? (command.name() === "extract-plan" && option === "--plan" ? "<kế-hoạch.txt|.docx>" : undefined) : typed(document);
  return MSG.commander.otherCommandsOption(command.name(), option, owners, planArgument);
}

/** Commander's own error, as one line in the user's language. */
function commanderText(error: CommanderError, program: Command, argv: readonly string[]): LocalizedText {
  const m = MSG.commander;
  switch (error.code) {
    case "commander.unknownOption": {
      const option = quoted(error.message);
      const other = otherCommandsOption(program, argv, option);
      if (other !== undefined) return other;
      return m.unknownOption(option, suggestionOf(error.message) ?? guessOf(option, "option", program));
    }
    case "commander.unknownCommand": {
      const command = quoted(error.message);
      return m.unknownCommand(command, suggestionOf(error.message) ?? guessOf(command, "command", program));
    }
    case "commander.missingArgument":
      return m.missingArgument(quoted(error.message));
    case "commander.optionMissingArgument":
      return m.optionMissingArgument(quoted(error.message));
    case "commander.missingMandatoryOptionValue": {
      const output = outputWithoutOption(program);
      if (output !== undefined) return m.outputWithoutOption(output.meant, output.folder, quoted(error.message));
      // `summary` alone: the workbook is told missing first, as `check` alone tells it.
      if (program.commands.some((c) => c.name() === "summary" && c.args.length === 0)) return m.missingArgument("workbook.xlsx");
      const copy = summaryCopyMeant(program);
      return copy !== undefined ? m.summaryWithoutOutput(copy) : m.missingMandatoryOption(quoted(error.message));
    }
    case "commander.excessArguments": {
      const { extra, spacedName } = excessArguments(program);
      const spacedValue = spacedName === undefined ? spacedOptionValue(program, argv, extra) : undefined;
      if (spacedValue !== undefined) return m.spacedOptionValue(extra, spacedValue.option, spacedValue.value);
      const output = spacedName === undefined ? outputWithoutOption(program) : undefined;
      return output !== undefined ? m.outputWithoutOption(output.meant, output.folder, extra.join(" ")) : m.excessArguments(extra, spacedName);
    }
    case "commander.invalidArgument": {
      // error: option '--lang <lang>' argument 'fr' is invalid. fr
      const match = /option '(\S+)[^']*' argument '([^']*)'/.exec(error.message);
      const flags = /option '([^'<]*)/.exec(error.message)?.[1].trim();
      if (match !== null && match[2].trim() === "") return m.optionMissingArgument(flags ?? match[1]);
      return match ? m.invalidArgument(match[1], match[2]) : m.invalidArgument("", error.message.replace(/^error:\s*/, ""));
    }
    default: {
      const text = error.message.replace(/^error:\s*/, "");
      return { vi: text, en: text };
    }
  }
}

/** Runs the command line `argv` (without `node` and the script); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const lang: Lang = langFromArgv(argv);
  if (argv.length === 0) {
    io.stderr(errorLine(new CliError(MSG.noCommand), lang));
    return EXIT_UNUSABLE;
  }
  let status = EXIT_OK;
  const program = buildProgram({ io, exit: (code) => (status = code) });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT_OK;
      if (error.code === "commander.help" || error.code === "commander.executeSubCommandAsync") {
        return error.exitCode === 0 ? EXIT_OK : EXIT_UNUSABLE;
      }
      io.stderr(errorLine(new CliError(commanderText(error, program, argv)), lang));
      return EXIT_UNUSABLE;
    }
    // A system error no command told with its file: its reason in the user's words, and the path it names.
    const path = (error as { path?: unknown } | null)?.path;
    io.stderr(errorLine(fileError(error, typeof path === "string" ? path : "", "use") ?? error, lang));
    if (process.env.ALLOCHECK_DEBUG === "1" && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_UNUSABLE;
  }
}
