/** What every command gets from `main`. */
import { InvalidArgumentError, Option, type Command } from "commander";
import type { Lang } from "../core/model/text";
import type { CliIo } from "./io";
import { LANGS } from "./lang";
import { both, HELP } from "./messages";

export interface CommandContext {
  readonly io: CliIo;
  /** Records the exit status of the command that ran. */
  exit(code: number): void;
}

/** `--lang vi|en`, shared by the commands (Vietnamese when absent). */
export function langOption(): Option {
  return new Option("--lang <lang>", both(HELP.lang)).argParser((value: string) => {
    if (!(LANGS as readonly string[]).includes(value)) throw new InvalidArgumentError(value);
    return value;
  });
}

/** A file or sheet name given to an option: an empty one (`--plan "$PLAN"` with the variable unset) is no name (exit 2, "needs a value"). */
export function nonEmpty(value: string): string {
  if (value.trim() === "") throw new InvalidArgumentError("");
  return value;
}

/** What `check` and `summary` read: `--sheet`, `--plan`, `--plan-sheet`, `--period` (CONTRACT §4), added to `command`. */
export function addInputOptions(command: Command): Command {
  return command
    .option("--sheet <name>", both(HELP.sheet))
    .option("--plan <file>", both(HELP.plan), nonEmpty)
    .option("--plan-sheet <name>", both(HELP.planSheet), nonEmpty)
    .option("--period <years>", both(HELP.period), nonEmpty);
}

export function langOf(opts: { lang?: string }): Lang {
  return opts.lang === "en" ? "en" : "vi";
}

/** Text with exactly one line end. */
export function line(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}
