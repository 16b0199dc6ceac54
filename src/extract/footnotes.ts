/**
 * Footnotes in a plan text copied from Word or a portal: the mark after a word or a figure (`170 tổ[1]`, `… đồng[4].`,
 * `xã [3]`, a superscript `tổ¹`, `đồng(2)`) and the notes themselves, each on a line of its own starting with its mark
 * (`[1] Gồm 120 tổ …`, `¹ Đã thành lập …`, `(2) Gồm 300 triệu đồng …`), usually at the end. A note is no part of the
 * plan (its figures are what exists, a reference, an aside), and its mark no part of a name: both go. The notes' lines
 * are left blank, so every other line keeps its number.
 *
 * A bracketed number opens a list item as often as a note (`(1) Tổ truyền thông cộng đồng: 12 tổ;`): it is a mark only
 * right after a word, a figure or a closing sign (`cộng đồng(1).`, `đồng (2);` before a stop), and its note only in the
 * run of notes after the last such mark that ends the text (the last `(1)` line from there on, then the lines up to
 * the last marked note and its lower-case continuation; after them only other notes). A superscript figure after a measure (`m²`, `km²`, `m³`) is the measure's.
 */

/** A note's mark after a word, a figure or a closing mark, at most one space between. */
const MARK = /(?<=[\p{L}\p{N}.,;:)”"%])\s?\[\^?(\d{1,2})\](?!\p{L})/gu;
/** A note's own line: its mark, then its text. */
const NOTE = /^\s*\[\^?(\d{1,2})\]:?\s*\S/;
/** The wrapped rest of a note: a line starting in lower case. */
const NOTE_GOES_ON = /^\s*\p{Ll}/u;

/** A superscript mark after a word, a figure or a closing sign (`tổ¹`, `giới².`), with the word before it. */
const SUPERSCRIPT_MARK = /([\p{L}\p{N}]*)([.,;:)”"%]?)\s?([⁰¹²³⁴-⁹]{1,2})(?![\p{L}\p{N}⁰¹²³⁴-⁹])/gu;
/** A measure whose superscript is its power (`m²`, `km²`, `m³`), not a note's mark. */
const MEASURE = /^(?:k|h|d|c|m)?m$/iu;
/** A superscript note's own line (`¹ Đã thành lập …`). */
const SUPERSCRIPT_NOTE = /^\s*[⁰¹²³⁴-⁹]{1,2}\s*\S/u;

/** A bracketed mark: right after a word, figure or sign (`đồng(2)`), or one space before a stop or the line's end. */
const PAREN_MARK = /(?<=[\p{L}\p{N}%”"])(?:\((\d{1,2})\)|\s\((\d{1,2})\)(?=\s*(?:[.,;:]|$)))/gu;
/** A bracketed note's own line: `(1) Gồm …`. */
const PAREN_NOTE = /^\s*\((\d{1,2})\)\s*\S/;

/** `line` without its superscript marks; a measure's power stays. */
function withoutSuperscriptMarks(line: string): string {
  return line.replace(SUPERSCRIPT_MARK, (all, word: string, sign: string, _marks: string) => (sign === "" && MEASURE.test(word) ? all : `${word}${sign}`));
}

/** The lines of `lines` that are bracketed notes (`(1) Gồm …`) of marks made before them, each with its mark's number. */
function parenNotes(lines: readonly string[]): { notes: Set<number>; marked: Set<string> } {
  const notes = new Set<number>();
  const marked = new Set<string>();
  let lastMark = -1;
  const marksOf = (line: string) => [...line.matchAll(PAREN_MARK)].map((m) => m[1] ?? m[2]);
  lines.forEach((line, i) => {
    if (!PAREN_NOTE.test(line) && marksOf(line).length > 0) lastMark = i;
  });
  if (lastMark < 0) return { notes, marked };
  const numbers = new Set(lines.slice(0, lastMark + 1).flatMap((l) => (PAREN_NOTE.test(l) ? [] : marksOf(l))));
  const lowest = String(Math.min(...[...numbers].map(Number)));
  let first = -1;
  for (let i = lines.length - 1; i > lastMark && first < 0; i--) if (PAREN_NOTE.exec(lines[i])?.[1] === lowest) first = i;
  if (first < 0) return { notes, marked };
  // From the last `(1)` line on: the notes in turn, each with the lines up to the next.
  let next = Number(lowest);
  let inNote = false;
  for (let i = first; i < lines.length; i++) {
    const note = PAREN_NOTE.exec(lines[i]);
    if (note !== null && Number(note[1]) === next && numbers.has(note[1])) {
      notes.add(i);
      marked.add(note[1]);
      next++;
      inNote = true;
    } else if (inNote && lines[i].trim() !== "" && note === null && (numbers.has(String(next)) ? !/^\s*(?:\[|[⁰¹²³⁴-⁹])/u.test(lines[i]) : NOTE_GOES_ON.test(lines[i]))) {
      notes.add(i);
    } else if (lines[i].trim() !== "") {
      // Past the notes, only other notes and their continuations: a numbered list of the body is no run of notes.
      if (!NOTE.test(lines[i]) && !SUPERSCRIPT_NOTE.test(lines[i]) && !NOTE_GOES_ON.test(lines[i]) && !/^\s*[_\-–—=*.]{3,}\s*$/u.test(lines[i])) return { notes: new Set(), marked: new Set() };
      inNote = false;
    }
  }
  return { notes, marked };
}

/** `text` without its footnote marks and notes; unchanged when it marks no note. */
export function withoutFootnotes(text: string): string {
  const lines = text.split("\n");
  const marked = new Set<string>();
  for (const line of lines) if (!NOTE.test(line)) for (const m of line.matchAll(MARK)) marked.add(m[1]);
  const paren = parenNotes(lines);
  const superscripts = lines.some((l) => /[⁰¹²³⁴-⁹]/u.test(l));
  if (marked.size === 0 && paren.notes.size === 0 && !superscripts) return text;
  let inNote = false;
  return lines
    .map((line, i) => {
      const note = NOTE.exec(line);
      if ((note !== null && marked.has(note[1])) || SUPERSCRIPT_NOTE.test(line) || paren.notes.has(i)) {
        inNote = true;
        return "";
      }
      if (inNote && line.trim() !== "" && note === null && NOTE_GOES_ON.test(line)) return "";
      inNote = false;
      const unmarked = paren.marked.size === 0 ? line : line.replace(PAREN_MARK, (all, a?: string, b?: string) => (paren.marked.has(a ?? b ?? "") ? "" : all));
      return withoutSuperscriptMarks(unmarked.replace(MARK, ""));
    })
    .join("\n");
}
