export { STRINGS, stringsFor } from "./strings";
export type { UiStrings } from "./strings";
