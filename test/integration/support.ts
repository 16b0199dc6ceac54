/**
 * Shared checks for the end-to-end tests: run a fixture through the real
 * reader and engine, and compare the JSON report's findings with the list the
 * test expects (written from CONTRACT.md, never from program output).
 *
 * Conventions where CONTRACT.md §5 fixes nothing (documented, and kept narrow):
 * - `expected`/`actual` are fixed by the contract only for ceiling, percent,
 *   subtotal, quota and budget-split. For text-number and invalid-value the
 *   test accepts `actual` = null or the cell's value in base units (`oneOf`);
 *   `expected` is null. For duplicate, coverage and unmapped both are null.
 * - A finding with no cell of its own (a plan area missing from the sheet, a
 *   plan line with no column) may name the allocation sheet with no cell, or
 *   the plan's cell for it; such findings are matched by `loose` and removed
 *   from the ordered comparison.
 * - Area labels are compared after NFC normalisation (the contract says "as
 *   written in the sheet"; a reader may or may not renormalise NFD text).
 */
import { compareFindings, type Finding } from "../../src/core/model/finding";
import { parseA1 } from "../../src/core/model/address";

export interface OneOf {
  readonly oneOf: ReadonlyArray<unknown>;
}

export function oneOf(...values: unknown[]): OneOf {
  return { oneOf: values };
}

type Field<T> = T | OneOf;

export interface ExpectedFinding {
  readonly rule: string;
  readonly severity: "error" | "warning" | "info";
  /** Defaults to the report's allocation sheet. */
  readonly sheet?: Field<string | null>;
  readonly cell: Field<string | null>;
  readonly indicator: Field<string | null>;
  readonly area: Field<string | null>;
  readonly expected: Field<number | null>;
  readonly actual: Field<number | null>;
}

export interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
  area: string | null;
  expected: number | null;
  actual: number | null;
  message: unknown;
}

export interface JsonIndicator {
  code: string;
  name: string;
  unit: string;
  kind: string;
  rule: string;
  target: number;
  allocated: number | null;
  difference: number | null;
  status: string;
  sheetTotal?: number;
}

export interface JsonReport {
  version: number;
  workbook: string;
  allocationSheet: string;
  orientation: string;
  planSource: string;
  indicators: JsonIndicator[];
  findings: JsonFinding[];
  counts: { error: number; warning: number; info: number };
}

function isOneOf(value: unknown): value is OneOf {
  return typeof value === "object" && value !== null && "oneOf" in value;
}

function norm(value: unknown): unknown {
  return typeof value === "string" ? value.normalize("NFC") : value;
}

function fieldMatches(expected: unknown, actual: unknown): boolean {
  if (isOneOf(expected)) return expected.oneOf.some((option) => fieldMatches(option, actual));
  return norm(expected) === norm(actual);
}

const FIELDS = ["rule", "severity", "sheet", "cell", "indicator", "area", "expected", "actual"] as const;

function show(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" ? v.normalize("NFC") : v));
}

/** The first field where `actual` fails `expected`, or null when it matches. */
export function mismatch(expected: ExpectedFinding, actual: JsonFinding, allocationSheet: string): string | null {
  const full = { ...expected, sheet: expected.sheet === undefined ? allocationSheet : expected.sheet };
  for (const field of FIELDS) {
    const want = full[field];
    const got = actual[field];
    if (!fieldMatches(want, got)) return `${field}: expected ${show(want)}, got ${show(got)}`;
  }
  return null;
}

/**
 * Asserts the report's findings: `ordered` must equal, in this order, the
 * findings left after taking out one match for each of `loose` (matched in any
 * position). Also checks every message is non-empty and the list is sorted as
 * CONTRACT §5 says (sheet, row, column).
 */
export function expectFindings(
  report: JsonReport,
  ordered: readonly ExpectedFinding[],
  loose: readonly ExpectedFinding[] = [],
): void {
  const remaining = [...report.findings];
  const problems: string[] = [];
  for (const want of loose) {
    const index = remaining.findIndex((got) => mismatch(want, got, report.allocationSheet) === null);
    if (index < 0) problems.push(`missing finding ${show(want)}`);
    else remaining.splice(index, 1);
  }
  const max = Math.max(ordered.length, remaining.length);
  for (let i = 0; i < max; i++) {
    const want = ordered[i];
    const got = remaining[i];
    if (want === undefined) problems.push(`unexpected finding #${i}: ${show({ ...got, message: undefined })}`);
    else if (got === undefined) problems.push(`missing finding #${i}: ${show(want)}`);
    else {
      const why = mismatch(want, got, report.allocationSheet);
      if (why !== null) problems.push(`finding #${i} (${want.rule} ${show(want.cell)}): ${why}`);
    }
  }
  if (problems.length > 0) {
    const listing = report.findings.map((x) => `  ${show({ ...x, message: undefined })}`).join("\n");
    throw new Error(`Findings differ from the contract's expectation:\n- ${problems.join("\n- ")}\nActual findings:\n${listing}`);
  }
  for (const finding of report.findings) {
    const message = finding.message;
    const text = typeof message === "string" ? message : JSON.stringify(message);
    expect(text.trim().length).toBeGreaterThan(0);
  }
  expectSorted(report.findings);
}

/** CONTRACT §5: findings sorted by sheet, then row, then column. */
export function expectSorted(findings: readonly JsonFinding[]): void {
  const asFindings = findings.map((x) => {
    const pos = x.cell === null ? null : parseA1(x.cell);
    return { ...x, row: pos?.row ?? null, col: pos?.col ?? null } as unknown as Finding;
  });
  for (let i = 1; i < asFindings.length; i++) {
    expect(compareFindings(asFindings[i - 1], asFindings[i])).toBeLessThanOrEqual(0);
  }
}

export interface ExpectedIndicator {
  readonly code: string;
  readonly kind: "count" | "percent" | "money";
  readonly rule: "<=" | "=" | ">=";
  readonly target: number;
  readonly allocated: number | null;
  readonly difference: number | null;
  readonly status: "ok" | "under" | "over" | "unmapped";
  /** CONTRACT §3: the figure the sheet's grand total shows, when it differs from `allocated`. */
  readonly sheetTotal?: number;
}

/**
 * A count or money line under its ceiling (`<=`): target and allocated in the sheet's figures, `shown` what its grand
 * total shows (CONTRACT §3: `sheetTotal` only when it differs), `scale` from the sheet's figures to the report's.
 */
export function ceilingIndicator(code: string, money: boolean, target: number, allocated: number, shown: number, scale: number): ExpectedIndicator {
  const difference = (allocated - target) * scale;
  return {
    code,
    kind: money ? "money" : "count",
    rule: "<=",
    target: target * scale,
    allocated: allocated * scale,
    difference,
    status: difference === 0 ? "ok" : difference > 0 ? "over" : "under",
    ...(shown !== allocated ? { sheetTotal: shown * scale } : {}),
  };
}

/** Asserts the indicators (in plan order) with their totals and statuses. */
export function expectIndicators(report: JsonReport, expected: readonly ExpectedIndicator[]): void {
  const got = report.indicators.map(({ code, kind, rule, target, allocated, difference, status, sheetTotal }) => ({
    code,
    kind,
    rule,
    target,
    allocated,
    difference,
    status,
    ...(sheetTotal !== undefined ? { sheetTotal } : {}),
  }));
  expect(got).toEqual(expected);
}

export function expectCounts(report: JsonReport, error: number, warning: number): void {
  expect(report.counts).toEqual({ error, warning, info: 0 });
}

/** Fixed-point check that a money value is a whole number of đồng. */
export function expectWholeDong(report: JsonReport): void {
  for (const indicator of report.indicators) {
    if (indicator.kind !== "money") continue;
    expect(Number.isInteger(indicator.target)).toBe(true);
    if (indicator.allocated !== null) expect(Number.isInteger(indicator.allocated)).toBe(true);
    if (indicator.difference !== null) expect(Number.isInteger(indicator.difference)).toBe(true);
  }
}
