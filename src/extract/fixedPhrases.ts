/**
 * `phòng, chống` (prevent and combat: `phòng, chống tảo hôn`, `phòng, chống bạo lực gia đình`) is one phrase whose comma
 * parts no clauses: read with a space in place of the comma, so a target's name runs on past it, and written back with
 * the comma wherever the text is shown. The length of the text never changes, so every offset stays where it was.
 */
const JOINED = /(phòng)(,)(\s)(?=chống(?!\p{L}))/giu;
const SHOWN = /(phòng) (\s)(?=chống(?!\p{L}))/giu;

export function joinFixedPhrases(text: string): string {
  return /phòng,/iu.test(text) ? text.replace(JOINED, "$1 $3") : text;
}

export function showFixedPhrases(text: string): string {
  return /phòng\s\s/iu.test(text) ? text.replace(SHOWN, "$1,$2") : text;
}
