/** Items named in a sentence: `A`, `A và B`, `A, B và C` (`and` is the language's word for "and"). */
export function joinList(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
