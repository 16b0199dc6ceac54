/**
 * Footnotes in a plan text copied from Word or a portal: the mark after a word or a figure (`170 tổ[1]`, `… đồng[4].`,
 * `xã [3]`) and the notes themselves, each on a line of its own starting with its mark (`[1] Gồm 120 tổ …`), usually
 * at the end. A note is no part of the plan (its figures are what exists, a reference, an aside), and its mark no
 * part of a name: both go. The notes' lines are left blank, so every other line keeps its number.
 */

/** A note's mark after a word, a figure or a closing mark, at most one space between. */
const MARK = /(?<=[\p{L}\p{N}.,;:)”"%])\s?\[\^?(\d{1,2})\](?!\p{L})/gu;
/** A note's own line: its mark, then its text. */
const NOTE = /^\s*\[\^?(\d{1,2})\]:?\s*\S/;
/** The wrapped rest of a note: a line starting in lower case. */
const NOTE_GOES_ON = /^\s*\p{Ll}/u;

/** `text` without its footnote marks and notes; unchanged when it marks no note. */
export function withoutFootnotes(text: string): string {
  const lines = text.split("\n");
  const marked = new Set<string>();
  for (const line of lines) if (!NOTE.test(line)) for (const m of line.matchAll(MARK)) marked.add(m[1]);
  if (marked.size === 0) return text;
  let inNote = false;
  return lines
    .map((line) => {
      const note = NOTE.exec(line);
      if (note !== null && marked.has(note[1])) {
        inNote = true;
        return "";
      }
      if (inNote && line.trim() !== "" && note === null && NOTE_GOES_ON.test(line)) return "";
      inNote = false;
      return line.replace(MARK, "");
    })
    .join("\n");
}
