/** The pane counts as the reports do: one helper for both (core/text/plural.ts). */
export { countOf } from "../core/text/plural";
