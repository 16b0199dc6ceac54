/**
 * Formulas without a saved value (a file written by a script and never
 * opened in Excel keeps `<f>` but no `<v>`): CONTRACT §2 asks that plain
 * arithmetic over cells be evaluated — `SUM` of cells and ranges, `+`, `-`,
 * numbers, cell references, parentheses — and that anything else be left
 * blank (the `no-value` rule then says so). Excel's own semantics are kept:
 * `SUM` skips text (numbers typed as text too), booleans and blanks in a
 * reference; `+`/`-` read a blank as 0, a number typed as text as its
 * number (en-US), other text as `#VALUE!`; an error value propagates.
 *
 * Why no library: the subset is a dozen lines of grammar, while the formula
 * engines for JavaScript are either GPL-licensed (HyperFormula) or large
 * (formula.js pulls hundreds of functions into the pane's bundle) and would
 * evaluate far more than the contract allows allocheck to trust.
 */
import { columnIndex } from "../model/address";
import { isCellError, type CellValue, type SheetData } from "../model/workbook";

/** What an evaluated formula gives: a number, an error value, or null when allocheck cannot evaluate it. */
export type Evaluated = number | { readonly error: string } | null;

type Token =
  | { t: "num"; v: number }
  | { t: "ref"; row: number; col: number }
  | { t: "op"; v: "+" | "-" | "(" | ")" | "," | ":" }
  | { t: "fn"; v: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|(\$?[A-Za-z]{1,3}\$?\d+)(?![A-Za-z0-9_(!])|([A-Za-z][A-Za-z0-9._]*)\s*\(|([-+(),:]))/y;

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  const source = text.trim();
  while (at < source.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source);
    if (m === null || m.index !== at) return null;
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) {
      const ref = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(m[2])!;
      tokens.push({ t: "ref", row: Number(ref[2]) - 1, col: columnIndex(ref[1]) });
    } else if (m[3] !== undefined) {
      tokens.push({ t: "fn", v: m[3].toUpperCase() });
      tokens.push({ t: "op", v: "(" });
    } else tokens.push({ t: "op", v: m[4] as "+" });
    while (at < source.length && /\s/.test(source[at])) at++;
  }
  return tokens;
}

/** A parsed formula: a tree of the subset. */
type Node =
  | { k: "num"; v: number }
  | { k: "ref"; row: number; col: number }
  | { k: "range"; top: number; left: number; bottom: number; right: number }
  | { k: "neg"; a: Node }
  | { k: "bin"; op: "+" | "-"; a: Node; b: Node }
  | { k: "sum"; args: Node[] };

class Unsupported extends Error {}

function parse(tokens: Token[]): Node {
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (v: string) => {
    const tok = tokens[i];
    return tok !== undefined && tok.t === "op" && tok.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Unsupported();
    i++;
  };
  const primary = (): Node => {
    const tok = peek();
    if (tok === undefined) throw new Unsupported();
    if (tok.t === "num") {
      i++;
      return { k: "num", v: tok.v };
    }
    if (tok.t === "ref") {
      i++;
      if (isOp(":")) {
        i++;
        const end = peek();
        if (end === undefined || end.t !== "ref") throw new Unsupported();
        i++;
        return { k: "range", top: Math.min(tok.row, end.row), left: Math.min(tok.col, end.col), bottom: Math.max(tok.row, end.row), right: Math.max(tok.col, end.col) };
      }
      return { k: "ref", row: tok.row, col: tok.col };
    }
    if (tok.t === "fn") {
      if (tok.v !== "SUM") throw new Unsupported();
      i++;
      expect("(");
      const args: Node[] = [];
      if (!isOp(")")) {
        args.push(expr());
        while (isOp(",")) {
          i++;
          args.push(expr());
        }
      }
      expect(")");
      return { k: "sum", args };
    }
    if (isOp("(")) {
      i++;
      const inner = expr();
      expect(")");
      return inner;
    }
    if (isOp("-") || isOp("+")) {
      const neg = isOp("-");
      i++;
      const a = primary();
      return neg ? { k: "neg", a } : a;
    }
    throw new Unsupported();
  };
  const expr = (): Node => {
    let left = primary();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[i] as { v: "+" | "-" }).v;
      i++;
      left = { k: "bin", op, a: left, b: primary() };
    }
    return left;
  };
  const tree = expr();
  if (i !== tokens.length) throw new Unsupported();
  return tree;
}

/** The cells a sheet holds, evaluating formulas without a value on demand (cycles are not evaluated). */
export interface CellSource {
  value(row: number, col: number): CellValue;
}

function isError(value: unknown): value is { readonly error: string } {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The parse tree of one formula text (a leading `=` dropped), or null when it is outside the subset. */
function parseFormula(formula: string): Node | null {
  const tokens = tokenize(formula.replace(/^=/, ""));
  if (tokens === null || tokens.length === 0) return null;
  try {
    return parse(tokens);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** An error value typed in a formula's text (`SUM(#REF!)`, where Excel put `#REF!` for a deleted cell), outside its string literals. */
const ERROR_LITERAL = /#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!)/i;

/** The first error value the formula's text holds outside its string literals (`"#N/A"` is text), upper-cased; null when none. */
export function errorLiteralOf(formula: string): string | null {
  const found = ERROR_LITERAL.exec(formula.replace(/"(?:[^"]|"")*"/g, '""'));
  return found === null ? null : found[0].toUpperCase();
}

/**
 * Evaluates one formula text (en-US, no leading `=`); null when it is outside
 * the subset. A formula holding an error value (`SUM(#REF!)`: a reference
 * deleted) is broken whatever it computes: it reads as that error.
 */
export function evaluateFormula(formula: string, cells: CellSource): Evaluated {
  const literal = errorLiteralOf(formula);
  if (literal !== null) return { error: literal };
  const tree = parseFormula(formula);
  return tree === null ? null : evaluateNode(tree, cells);
}

/** A block of cells a formula adds up (one cell: top = bottom, left = right). */
export interface AddedBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The cells a formula adds up when it is a plain addition of cells (`SUM` of
 * cells and ranges, `+` between them), or a sum staff write for a subtotal as
 * well (`SUBTOTAL(9,C8:C11)`, `SUMIF($B$8:$B$11,"<>",C8:C11)`: the range it
 * sums): the blocks it reads, or null for anything else (a subtraction, a
 * number, a function outside the subset). Only what is read: such sums are
 * still not evaluated (CONTRACT §2).
 */
export function addedCells(formula: string): AddedBox[] | null {
  const summed = summedRange(formula);
  const tree = parseFormula(summed === null ? formula : `SUM(${summed})`);
  if (tree === null) return null;
  const boxes: AddedBox[] = [];
  const walk = (node: Node): boolean => {
    switch (node.k) {
      case "ref":
        boxes.push({ top: node.row, left: node.col, bottom: node.row, right: node.col });
        return true;
      case "range":
        boxes.push(node);
        return true;
      case "bin":
        return node.op === "+" && walk(node.a) && walk(node.b);
      case "sum":
        return node.args.every(walk);
      default:
        return false;
    }
  };
  return walk(tree) ? boxes : null;
}

/**
 * What a whole-formula conditional or subtotal sum adds up, as the text of
 * `SUM`'s arguments: `SUBTOTAL(9|109, refs…)` its refs, `SUMIF(range,
 * criterion[, sum_range])` its sum range (else its range), `SUMIFS(sum_range,
 * …)` its sum range. Null for any other formula.
 */
function summedRange(formula: string): string | null {
  const call = /^=?\s*(SUBTOTAL|SUMIFS?)\s*\((.*)\)\s*$/is.exec(formula);
  if (call === null) return null;
  const args = topLevelArguments(call[2]);
  if (args === null) return null;
  switch (call[1].toUpperCase()) {
    case "SUBTOTAL":
      return args.length >= 2 && /^(9|109)$/.test(args[0].trim()) ? args.slice(1).join(",") : null;
    case "SUMIF":
      return args.length === 2 || args.length === 3 ? args[args.length === 3 ? 2 : 0] : null;
    default:
      return args.length >= 3 && args.length % 2 === 1 ? args[0] : null;
  }
}

/** A call's arguments split at its own commas (not inside quotes or parentheses); null when unbalanced. */
function topLevelArguments(text: string): string[] | null {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return null;
    else if (ch === "," && depth === 0) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || quoted) return null;
  args.push(text.slice(start));
  return args;
}

/** An operand of `+`/`-`: a blank is 0, a number typed as text its number, other text `#VALUE!`. */
function operand(value: CellValue): Evaluated {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isCellError(value)) return { error: value.error };
  const text = value.trim();
  if (text === "") return { error: "#VALUE!" };
  const n = Number(text);
  return Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function evaluateNode(node: Node, cells: CellSource): Evaluated {
  switch (node.k) {
    case "num":
      return node.v;
    case "ref":
      return operand(cells.value(node.row, node.col));
    case "range":
      return { error: "#VALUE!" };
    case "neg": {
      const a = evaluateNode(node.a, cells);
      return a === null || isError(a) ? a : -a;
    }
    case "bin": {
      const a = evaluateNode(node.a, cells);
      if (a === null || isError(a)) return a;
      const b = evaluateNode(node.b, cells);
      if (b === null || isError(b)) return b;
      return node.op === "+" ? a + b : a - b;
    }
    case "sum": {
      let total = 0;
      for (const arg of node.args) {
        if (arg.k === "ref" || arg.k === "range") {
          const box = arg.k === "ref" ? { top: arg.row, left: arg.col, bottom: arg.row, right: arg.col } : arg;
          for (let row = box.top; row <= box.bottom; row++) {
            for (let col = box.left; col <= box.right; col++) {
              const value = cells.value(row, col);
              if (typeof value === "number") total += value;
              else if (value !== null && isCellError(value)) return { error: value.error };
            }
          }
          continue;
        }
        const value = evaluateNode(arg, cells);
        if (value === null || isError(value)) return value;
        total += value;
      }
      return total;
    }
  }
}

/** A formula cell allocheck could not evaluate (it counts as blank). */
export interface UnevaluatedCell {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

export interface EvaluatedSheet {
  /** The sheet with the values of the formulas allocheck evaluated filled in (the same object when there were none). */
  readonly sheet: SheetData;
  readonly unevaluated: readonly UnevaluatedCell[];
}

/** Fills in the values of formulas that have none; lists those outside the subset. */
export function evaluateMissingValues(sheet: SheetData): EvaluatedSheet {
  const formulas = sheet.formulas;
  if (formulas === undefined) return { sheet, unevaluated: [] };
  const missing: { row: number; col: number; formula: string }[] = [];
  for (let row = 0; row < formulas.length; row++) {
    const line = formulas[row];
    if (line === undefined) continue;
    const values = sheet.values[row];
    for (let col = 0; col < line.length; col++) {
      const formula = line[col];
      if (formula === null || formula === undefined) continue;
      const value = values?.[col];
      if (value === undefined || value === null) missing.push({ row, col, formula });
    }
  }
  if (missing.length === 0) return { sheet, unevaluated: [] };

  const pending = new Map<string, string>(missing.map((m) => [`${m.row}:${m.col}`, m.formula]));
  const done = new Map<string, Evaluated>();
  const busy = new Set<string>();
  const cells: CellSource = {
    value(row, col) {
      const key = `${row}:${col}`;
      const formula = pending.get(key);
      if (formula === undefined) {
        const value = sheet.values[row]?.[col];
        return value === undefined ? null : value;
      }
      if (!done.has(key)) {
        if (busy.has(key)) return { error: "#CYCLE" };
        busy.add(key);
        done.set(key, evaluateFormula(formula, cells));
        busy.delete(key);
      }
      // A formula allocheck cannot evaluate counts as blank (its own `no-value` warning says so), here too.
      return done.get(key) ?? null;
    },
  };
  const values = sheet.values.map((row) => (row === undefined ? row : [...row]));
  const unevaluated: UnevaluatedCell[] = [];
  for (const { row, col, formula } of missing) {
    cells.value(row, col);
    const result = done.get(`${row}:${col}`) ?? null;
    // A cycle is not evaluated (nor is a formula over one).
    if (result === null || (isError(result) && result.error === "#CYCLE")) {
      unevaluated.push({ row, col, formula });
      continue;
    }
    const target = (values[row] ??= []) as CellValue[];
    while (target.length < col) target.push(null);
    target[col] = result;
  }
  return { sheet: { ...sheet, values }, unevaluated };
}
