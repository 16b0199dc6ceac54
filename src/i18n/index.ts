export { STRINGS, stringsFor } from "./strings";
export type { UiStrings } from "./strings";
export { formatNumber, formatQuantity } from "./format";
