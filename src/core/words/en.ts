/** English words for rules, severities and statuses. */
import type { Words } from "./types";

export const en: Words = {
  rules: {
    ceiling: "Over / under the plan",
    percent: "Percentage not met",
    quota: "Per-area quota",
    subtotal: "Wrong subtotals",
    "budget-split": "Budget parts do not add up",
    "invalid-value": "Invalid values",
    "text-number": "Numbers stored as text",
    duplicate: "Duplicate areas",
    coverage: "Missing / extra areas",
    unmapped: "Plan lines not in the sheet",
    "no-value": "Formulas without a value",
    hidden: "Hidden rows and columns",
    "second-table": "Another table on the sheet",
    cumulative: "Wrong cumulative totals",
    rate: "Wrong percent of plan",
    "plan-copy": "Plan copied wrongly",
    pace: "Behind pace",
    overspend: "Spent over the allocation",
    "area-progress": "Progress per area",
  },
  severity: { error: "Error", warning: "Warning", info: "Info" },
  severities: { error: "Errors", warning: "Warnings", info: "Info" },
  status: { ok: "OK", over: "Over", under: "Under", unmapped: "Not in the sheet" },
  underMinimum: "Not met",  sheetTotal: (shown, counted) => `the sheet shows ${shown}, allocheck counts ${counted}`,
};
