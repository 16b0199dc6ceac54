/** The `--lang` option: Vietnamese by default, English on request. */
import type { Lang } from "../core/model/text";

export const LANGS: readonly Lang[] = ["vi", "en"];

/**
 * The language asked for anywhere on the command line, read before the
 * options are parsed so that even an error about the options speaks it.
 */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    if (arg === "--lang" && argv[i + 1] === "en") return "en";
    if (arg === "--lang=en") return "en";
  }
  return "vi";
}
