/**
 * English counts with their noun in the right number (`1 cell`, `2 cells`);
 * Vietnamese nouns do not change with the count.
 */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
