/** A plan line's unit as the pane writes it beside its figures: the reports' own (core/text/format.ts). */
export { unitLabel } from "../../core/text/format";
