/** The plain definition of folding that the fast folds in src/core/text/fold.ts must agree with. */
export function foldTextReference(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f\u2009\u200b]+/g, " ")
    .trim();
}
