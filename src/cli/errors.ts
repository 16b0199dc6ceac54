/**
 * Input the command cannot use: exit status 2 with one line on stderr
 * (CONTRACT §4), in the user's language, never a stack trace.
 */
import { InputError } from "../core/model/errors";
import type { Lang, LocalizedText } from "../core/model/text";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** A problem with the command line or the files it names. */
export class CliError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = "CliError";
  }
}

/** One line, without line breaks, prefixed with `allocheck: `. */
export function errorLine(error: unknown, lang: Lang): string {
  let text: string;
  if (error instanceof InputError) text = error.option === undefined ? error.text[lang] : `${error.text[lang]} (${lang === "vi" ? "tùy chọn" : "option"} ${error.option})`;
  else if (error instanceof CliError) text = error.text[lang];
  else if (error instanceof Error) {
    text = lang === "vi" ? `lỗi không mong đợi: ${error.message}` : `unexpected error: ${error.message}`;
  } else text = String(error);
  return `allocheck: ${text.replace(/\s*[\r\n]+\s*/g, " ").trim()}\n`;
}
