/**
 * Which Excel JavaScript API members a program uses, the requirement set each
 * needs, and whether each use above the manifest's minimum sits behind a
 * run-time check (`isSetSupported`). The TypeScript compiler's type checker
 * resolves every property access, call and object-literal property to its
 * declaration in `@types/office-js`, whose doc comment states the set
 * (`[Api set: ExcelApi 1.18]`).
 *
 * A use needs a check when its member's set is above the minimum and above
 * the set of the class that declares it (a `NoteCollection` can only be
 * reached through `Worksheet.notes`, so it is `Worksheet.notes` that needs
 * the check, not `NoteCollection.add`).
 *
 * A use is behind a check when, on the way from the use up to the function it
 * is in, a condition proves the set: the use is in the `then` of an `if`
 * (or `?:`, or right of `&&`) whose condition proves it, in the `else` of one
 * whose negation proves it, or after `if (!proof) return|throw`. When the
 * function itself has no such condition, every call of it must be behind one
 * (a callback passed inline counts as part of the function around it; a
 * function passed as a value, or with no call in the program, has no guarded
 * caller). A condition proves ExcelApi ≥ v when it is:
 *   - `isSetSupported("ExcelApi", "v")` (any receiver);
 *   - a call of a function all of whose truthy returns prove it (with the
 *     call's literal arguments bound to its parameters: `has("1.18")`);
 *   - a `const`, a parameter (every call passes a proof), or a property (every
 *     value written to it, in object literals or assignments, is a proof);
 *   - `x === "lit"` when every way x can hold "lit" (a literal, a `?:`
 *     branch, a const, a parameter's arguments, a property's writes, a
 *     getter's returns) is itself behind a proof (`mode === "areas"` with
 *     mode `has.merged ? this.mode : "none"`);
 *   - the presence of an object of an Excel class of set ≥ v
 *     (`if (note !== undefined)` with `note: Excel.Note`, ExcelApi 1.18);
 *   - `a && b` (either proves), `a || b` (both prove), `!x` with x disproving.
 */
import * as ts from "typescript";

export interface ApiSet {
  readonly set: string;
  readonly version: string;
}

export interface ApiUse {
  /** Path of the file, as the program knows it. */
  readonly file: string;
  /** 1-based line of the use. */
  readonly line: number;
  /** `Worksheet.notes`, `RunOptions.mergeUndoGroup`. */
  readonly member: string;
  /** The named function, method or class member the use is in (`queueRestore`), or `(top level)`. */
  readonly scope: string;
  readonly required: ApiSet;
  /** True when a check proves the set at this use. */
  readonly guarded: boolean;
}

type Proof = ReadonlyMap<string, string>;
const NONE: Proof = new Map();

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function merge(a: Proof, b: Proof): Proof {
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  const out = new Map(a);
  for (const [set, v] of b) {
    const w = out.get(set);
    if (w === undefined || compareVersions(v, w) > 0) out.set(set, v);
  }
  return out;
}

function meet(proofs: readonly Proof[]): Proof {
  if (proofs.length === 0) return NONE;
  let out = new Map(proofs[0]);
  for (const p of proofs.slice(1)) {
    const next = new Map<string, string>();
    for (const [set, v] of out) {
      const w = p.get(set);
      if (w !== undefined) next.set(set, compareVersions(v, w) < 0 ? v : w);
    }
    out = next;
  }
  return out;
}

function provesSet(proof: Proof, need: ApiSet): boolean {
  const v = proof.get(need.set);
  return v !== undefined && compareVersions(v, need.version) >= 0;
}

/** `[Api set: ExcelApi 1.1 for reading visibility; 1.7 for setting it.]` → ExcelApi 1.7 (the highest it names). */
export function apiSetOfComment(text: string): ApiSet | null {
  const m = /\[Api set:\s*([A-Za-z]+)\s+([^\]]*)\]/.exec(text);
  if (m === null) return null;
  const versions = [...m[2].matchAll(/\b(\d+\.\d+)\b/g)].map((x) => x[1]);
  if (versions.length === 0) return null;
  return { set: m[1], version: versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)) };
}

function leadingComment(node: ts.Node): string {
  const sf = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, node.getFullStart()) ?? [];
  return ranges.map((r) => sf.text.slice(r.pos, r.end)).join("\n");
}

function inExcelNamespace(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
    if (ts.isModuleDeclaration(n)) {
      // `declare namespace Excel { … }` (and Excel.Interfaces inside it).
      let top: ts.ModuleDeclaration = n;
      while (ts.isModuleDeclaration(top.parent) || ts.isModuleBlock(top.parent)) {
        const up = ts.isModuleBlock(top.parent) ? top.parent.parent : top.parent;
        if (!ts.isModuleDeclaration(up)) break;
        top = up;
      }
      return top.name.getText() === "Excel";
    }
  }
  return false;
}

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  );
}

function scopeName(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
    if (isFunctionLike(n) || ts.isPropertyDeclaration(n)) {
      const name = ts.getNameOfDeclaration(n as ts.Declaration);
      if (name !== undefined) return name.getText();
      if (ts.isVariableDeclaration(n.parent)) return n.parent.name.getText();
    }
  }
  return "(top level)";
}

function alwaysExits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && alwaysExits(last);
  }
  return false;
}

function isFalsyLiteral(expr: ts.Expression): boolean {
  return (
    expr.kind === ts.SyntaxKind.FalseKeyword ||
    expr.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(expr) && expr.text === "undefined") ||
    (ts.isNumericLiteral(expr) && Number(expr.text) === 0)
  );
}

function isNullish(expr: ts.Expression): boolean {
  return expr.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expr) && expr.text === "undefined");
}

interface Binding {
  readonly expr: ts.Expression;
  readonly env: Env;
}
type Env = ReadonlyMap<ts.Symbol, Binding>;
const EMPTY_ENV: Env = new Map();

export class OfficeApiUsage {
  private readonly checker: ts.TypeChecker;
  private readonly sources: readonly ts.SourceFile[];
  /** Function declaration → the calls of it found in the program. */
  private readonly calls = new Map<ts.Node, ts.CallExpression[]>();
  /** Functions used as a value somewhere (called from where the program does not show). */
  private readonly escapes = new Set<ts.Node>();
  /** Property symbol → the values written to it. */
  private writes: Map<ts.Symbol, Array<{ expr: ts.Expression }>> | null = null;
  private readonly guardCache = new Map<ts.Node, Proof>();
  private depth = 0;

  constructor(private readonly program: ts.Program, isProjectFile: (fileName: string) => boolean) {
    this.checker = program.getTypeChecker();
    this.sources = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && isProjectFile(sf.fileName));
    for (const sf of this.sources) this.indexCalls(sf);
  }

  /** Every use of an Excel API member above `minimum` in the files `include` accepts. */
  uses(include: (fileName: string) => boolean, minimum: ApiSet): ApiUse[] {
    const out: ApiUse[] = [];
    for (const sf of this.sources.filter((s) => include(s.fileName))) {
      const visit = (node: ts.Node): void => {
        const found = this.memberAt(node);
        if (found !== null && this.needsCheck(found.required, found.owner, minimum)) {
          const proof = this.guardAt(node, new Set());
          out.push({
            file: sf.fileName,
            line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            member: found.member,
            scope: scopeName(node),
            required: found.required,
            guarded: provesSet(proof, found.required),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    return out;
  }

  private needsCheck(required: ApiSet, owner: ApiSet | null, minimum: ApiSet): boolean {
    if (required.set === minimum.set && compareVersions(required.version, minimum.version) <= 0) return false;
    // Reached only through an object of a class that already needs this set.
    if (owner !== null && owner.set === required.set && compareVersions(required.version, owner.version) <= 0) return false;
    return true;
  }

  /** The Excel member a node uses (property access, or object-literal property against an Excel type). */
  private memberAt(node: ts.Node): { member: string; required: ApiSet; owner: ApiSet | null } | null {
    let declarations: readonly ts.Declaration[] = [];
    if (ts.isPropertyAccessExpression(node)) {
      const parent = node.parent;
      if (ts.isCallExpression(parent) && parent.expression === node) {
        const decl = this.checker.getResolvedSignature(parent)?.declaration;
        if (decl !== undefined && !ts.isJSDocSignature(decl)) declarations = [decl];
      }
      if (declarations.length === 0) declarations = this.checker.getSymbolAtLocation(node.name)?.declarations ?? [];
    } else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
      const type = this.checker.getContextualType(node.parent);
      const name = node.name.getText();
      const prop = type === undefined ? undefined : this.checker.getPropertyOfType(this.checker.getNonNullableType(type), name);
      declarations = prop?.declarations ?? [];
    } else {
      return null;
    }
    let best: { member: string; required: ApiSet; owner: ApiSet | null } | null = null;
    for (const decl of declarations) {
      if (!inExcelNamespace(decl)) continue;
      const required = apiSetOfComment(leadingComment(decl));
      if (required === null) continue;
      const parent = decl.parent;
      const ownerName =
        ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) ? (parent.name?.getText() ?? "?") : "Excel";
      const owner =
        ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) ? apiSetOfComment(leadingComment(parent)) : null;
      const name = ts.getNameOfDeclaration(decl)?.getText() ?? "?";
      if (best === null || compareVersions(required.version, best.required.version) > 0) {
        best = { member: `${ownerName}.${name}`, required, owner };
      }
    }
    return best;
  }

  private indexCalls(sf: ts.SourceFile): void {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const decl = this.checker.getResolvedSignature(node)?.declaration;
        if (decl !== undefined && !ts.isJSDocSignature(decl)) {
          const list = this.calls.get(decl) ?? [];
          list.push(node);
          this.calls.set(decl, list);
        }
      }
      if (ts.isIdentifier(node) && !this.isCallee(node) && !this.isDeclarationName(node)) {
        const symbol = this.resolved(this.checker.getSymbolAtLocation(node));
        for (const decl of symbol?.declarations ?? []) {
          if (isFunctionLike(decl)) this.escapes.add(decl);
          else if (ts.isVariableDeclaration(decl) && decl.initializer !== undefined && isFunctionLike(decl.initializer)) {
            this.escapes.add(decl.initializer);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  private isCallee(id: ts.Identifier): boolean {
    const parent = id.parent;
    if (ts.isCallExpression(parent) && parent.expression === id) return true;
    if (ts.isPropertyAccessExpression(parent) && parent.name === id) {
      const call = parent.parent;
      return ts.isCallExpression(call) && call.expression === parent;
    }
    return false;
  }

  private isDeclarationName(id: ts.Identifier): boolean {
    const parent = id.parent;
    return (
      (ts.isFunctionDeclaration(parent) ||
        ts.isMethodDeclaration(parent) ||
        ts.isVariableDeclaration(parent) ||
        ts.isPropertyDeclaration(parent) ||
        ts.isGetAccessorDeclaration(parent) ||
        ts.isSetAccessorDeclaration(parent) ||
        ts.isParameter(parent) ||
        ts.isPropertyAssignment(parent) ||
        ts.isPropertySignature(parent) ||
        ts.isMethodSignature(parent) ||
        ts.isImportSpecifier(parent) ||
        ts.isExportSpecifier(parent) ||
        ts.isImportClause(parent)) &&
      (parent as ts.NamedDeclaration).name === id
    );
  }

  /** The variable or property a name reads (the variable, for `{ mode }`). */
  private symbolOf(expr: ts.Identifier | ts.PropertyAccessExpression): ts.Symbol | undefined {
    if (ts.isIdentifier(expr) && ts.isShorthandPropertyAssignment(expr.parent) && expr.parent.name === expr) {
      return this.checker.getShorthandAssignmentValueSymbol(expr.parent);
    }
    return this.resolved(this.checker.getSymbolAtLocation(ts.isIdentifier(expr) ? expr : expr.name));
  }

  private resolved(symbol: ts.Symbol | undefined): ts.Symbol | undefined {
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) return this.checker.getAliasedSymbol(symbol);
    return symbol;
  }

  /** What the conditions around `node` prove (up through the callers of the named function it is in). */
  private guardAt(node: ts.Node, seen: Set<ts.Node>): Proof {
    let proof: Proof = NONE;
    let child: ts.Node = node;
    for (let parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent)) {
        if (child === parent.thenStatement) proof = merge(proof, this.proves(parent.expression, true, EMPTY_ENV));
        else if (child === parent.elseStatement) proof = merge(proof, this.proves(parent.expression, false, EMPTY_ENV));
      } else if (ts.isConditionalExpression(parent)) {
        if (child === parent.whenTrue) proof = merge(proof, this.proves(parent.condition, true, EMPTY_ENV));
        else if (child === parent.whenFalse) proof = merge(proof, this.proves(parent.condition, false, EMPTY_ENV));
      } else if (ts.isBinaryExpression(parent) && child === parent.right) {
        const op = parent.operatorToken.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken) proof = merge(proof, this.proves(parent.left, true, EMPTY_ENV));
        else if (op === ts.SyntaxKind.BarBarToken) proof = merge(proof, this.proves(parent.left, false, EMPTY_ENV));
      } else if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (ts.isIfStatement(statement) && statement.elseStatement === undefined && alwaysExits(statement.thenStatement)) {
            proof = merge(proof, this.proves(statement.expression, false, EMPTY_ENV));
          }
        }
      } else if (isFunctionLike(parent) && child === parent.body) {
        if (this.isInlineCallback(parent)) continue;
        return merge(proof, this.callersProve(parent, seen));
      }
    }
    return proof;
  }

  /** An arrow or function expression written where it is used (an argument, an array element): part of the code around it. */
  private isInlineCallback(fn: ts.FunctionLikeDeclaration): boolean {
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
    const p = fn.parent;
    return !(ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isBinaryExpression(p));
  }

  private callersProve(fn: ts.FunctionLikeDeclaration, seen: Set<ts.Node>): Proof {
    const cached = this.guardCache.get(fn);
    if (cached !== undefined) return cached;
    if (seen.has(fn)) return NONE;
    const calls = this.callsOf(fn);
    if (calls.length === 0 || this.escapes.has(fn)) return NONE;
    const next = new Set(seen).add(fn);
    const proof = meet(calls.map((call) => this.guardAt(call, next)));
    if (seen.size === 0) this.guardCache.set(fn, proof);
    return proof;
  }

  private callsOf(fn: ts.FunctionLikeDeclaration): ts.CallExpression[] {
    return this.calls.get(fn) ?? [];
  }

  /** What `expr` being truthy (`truthy`) or falsy proves. */
  private proves(expr: ts.Expression, truthy: boolean, env: Env): Proof {
    if (this.depth > 40) return NONE;
    this.depth++;
    try {
      return this.provesInner(expr, truthy, env);
    } finally {
      this.depth--;
    }
  }

  private provesInner(expr: ts.Expression, truthy: boolean, env: Env): Proof {
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) {
      return this.proves(expr.expression, truthy, env);
    }
    if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) {
      return this.proves(expr.operand, !truthy, env);
    }
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
        return truthy
          ? merge(this.proves(expr.left, true, env), this.proves(expr.right, true, env))
          : meet([this.proves(expr.left, false, env), this.proves(expr.right, false, env)]);
      }
      if (op === ts.SyntaxKind.BarBarToken) {
        return truthy
          ? meet([this.proves(expr.left, true, env), this.proves(expr.right, true, env)])
          : merge(this.proves(expr.left, false, env), this.proves(expr.right, false, env));
      }
      const notEqual = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
      const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
      if ((notEqual && truthy) || (equal && !truthy)) {
        if (isNullish(expr.right)) return this.presence(expr.left);
        if (isNullish(expr.left)) return this.presence(expr.right);
      }
      if ((equal && truthy) || (notEqual && !truthy)) {
        const target = this.stringLiteral(expr.right) ?? this.stringLiteral(expr.left);
        const side = this.stringLiteral(expr.right) !== null ? expr.left : expr.right;
        if (target !== null) return meet(this.matching(side, target, env, new Set()));
      }
      return NONE;
    }
    if (!truthy) return NONE;
    if (ts.isCallExpression(expr)) return this.callProves(expr, env);
    if (ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr)) {
      return merge(this.valueProves(expr, env), this.presence(expr));
    }
    return NONE;
  }

  private stringLiteral(expr: ts.Expression): string | null {
    return ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr) ? expr.text : null;
  }

  /**
   * For `expr === target`: what each way `expr` can get a value that may be
   * `target` proves (a mode such as `"areas"` set only when the API is there).
   * Values it cannot follow may be anything and prove nothing.
   */
  private matching(expr: ts.Expression, target: string, env: Env, seen: Set<ts.Symbol>): Proof[] {
    if (this.depth > 40) return [NONE];
    this.depth++;
    try {
      return this.matchingInner(expr, target, env, seen);
    } finally {
      this.depth--;
    }
  }

  private matchingInner(expr: ts.Expression, target: string, env: Env, seen: Set<ts.Symbol>): Proof[] {
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr)) {
      return this.matching(expr.expression, target, env, seen);
    }
    const literal = this.stringLiteral(expr);
    if (literal !== null) return literal === target ? [NONE] : [];
    if (ts.isConditionalExpression(expr)) {
      return [
        ...this.matching(expr.whenTrue, target, env, seen).map((p) => merge(p, this.proves(expr.condition, true, env))),
        ...this.matching(expr.whenFalse, target, env, seen).map((p) => merge(p, this.proves(expr.condition, false, env))),
      ];
    }
    if (!ts.isIdentifier(expr) && !ts.isPropertyAccessExpression(expr)) return [NONE];
    const symbol = this.symbolOf(expr);
    if (symbol === undefined || seen.has(symbol)) return [NONE];
    const binding = env.get(symbol);
    if (binding !== undefined) return this.matching(binding.expr, target, binding.env, seen);
    const next = new Set(seen).add(symbol);
    const out: Proof[] = [];
    for (const decl of symbol.declarations ?? []) {
      if (ts.isVariableDeclaration(decl)) {
        const isConst = (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0;
        if (!isConst || decl.initializer === undefined) return [NONE];
        out.push(...this.matching(decl.initializer, target, EMPTY_ENV, next));
      } else if (ts.isParameter(decl)) {
        const fn = decl.parent;
        if (!isFunctionLike(fn) || this.escapes.has(fn)) return [NONE];
        const calls = this.callsOf(fn);
        if (calls.length === 0) return [NONE];
        const index = fn.parameters.indexOf(decl);
        for (const call of calls) {
          const arg = call.arguments[index];
          if (arg === undefined) return [NONE];
          const found = this.matching(arg, target, EMPTY_ENV, next);
          if (found.length > 0) {
            const where = this.guardAt(call, new Set());
            out.push(...found.map((p) => merge(p, where)));
          }
        }
      } else if (ts.isGetAccessorDeclaration(decl) && decl.body !== undefined) {
        const returned: ts.Expression[] = [];
        const visit = (node: ts.Node): void => {
          if (isFunctionLike(node)) return;
          if (ts.isReturnStatement(node) && node.expression !== undefined) returned.push(node.expression);
          ts.forEachChild(node, visit);
        };
        ts.forEachChild(decl.body, visit);
        for (const r of returned) out.push(...this.matching(r, target, EMPTY_ENV, next));
      } else if (ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertyAssignment(decl)) {
        const writes = this.propertyWrites().get(symbol) ?? [];
        if (writes.length === 0) return [NONE];
        for (const w of writes) {
          const found = this.matching(w.expr, target, EMPTY_ENV, next);
          if (found.length > 0) {
            const where = this.guardAt(w.expr, new Set());
            out.push(...found.map((p) => merge(p, where)));
          }
        }
      } else {
        return [NONE];
      }
    }
    return out;
  }

  /** An object of an Excel class exists only where its set is supported. */
  private presence(expr: ts.Expression): Proof {
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(expr));
    const decl = type.getSymbol()?.declarations?.find((d) => ts.isClassDeclaration(d) && inExcelNamespace(d));
    const set = decl === undefined ? null : apiSetOfComment(leadingComment(decl));
    return set === null ? NONE : new Map([[set.set, set.version]]);
  }

  private callProves(call: ts.CallExpression, env: Env): Proof {
    const callee = call.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
    if (name === "isSetSupported") {
      const set = call.arguments[0] === undefined ? null : this.literal(call.arguments[0], env);
      const version = call.arguments[1] === undefined ? "1.1" : this.literal(call.arguments[1], env);
      return set === null || version === null ? NONE : new Map([[set, version]]);
    }
    const decl = this.checker.getResolvedSignature(call)?.declaration;
    if (decl === undefined || ts.isJSDocSignature(decl) || !isFunctionLike(decl) || decl.body === undefined) return NONE;
    const bound = new Map(env);
    decl.parameters.forEach((p, i) => {
      const symbol = this.checker.getSymbolAtLocation(p.name);
      const arg = call.arguments[i];
      if (symbol !== undefined && arg !== undefined) bound.set(symbol, { expr: arg, env });
    });
    return this.returnsProve(decl, bound);
  }

  /** What every truthy value a function returns proves. */
  private returnsProve(fn: ts.FunctionLikeDeclaration, env: Env): Proof {
    const body = fn.body;
    if (body === undefined) return NONE;
    if (!ts.isBlock(body)) return this.proves(body, true, env);
    const returned: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (isFunctionLike(node)) return;
      if (ts.isReturnStatement(node) && node.expression !== undefined) returned.push(node.expression);
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(body, visit);
    const truthy = returned.filter((e) => !isFalsyLiteral(e));
    return meet(truthy.map((e) => this.proves(e, true, env)));
  }

  /** A name's value: a bound parameter, a const, a parameter of a function (all its calls), a property (all its writes), a getter. */
  private valueProves(expr: ts.Identifier | ts.PropertyAccessExpression, env: Env): Proof {
    const symbol = this.symbolOf(expr);
    if (symbol === undefined) return NONE;
    const binding = env.get(symbol);
    if (binding !== undefined) return this.proves(binding.expr, true, binding.env);
    const proofs: Proof[] = [];
    for (const decl of symbol.declarations ?? []) {
      if (ts.isVariableDeclaration(decl)) {
        const isConst = (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0;
        proofs.push(isConst && decl.initializer !== undefined ? this.proves(decl.initializer, true, EMPTY_ENV) : NONE);
      } else if (ts.isParameter(decl)) {
        proofs.push(this.parameterProves(decl));
      } else if (ts.isGetAccessorDeclaration(decl)) {
        proofs.push(this.returnsProve(decl, EMPTY_ENV));
      } else if (ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertyAssignment(decl)) {
        proofs.push(this.propertyProves(symbol));
      } else {
        proofs.push(NONE);
      }
    }
    return meet(proofs);
  }

  private parameterProves(param: ts.ParameterDeclaration): Proof {
    const fn = param.parent;
    if (!isFunctionLike(fn) || this.escapes.has(fn)) return NONE;
    const index = fn.parameters.indexOf(param);
    const calls = this.callsOf(fn);
    if (calls.length === 0) return NONE;
    return meet(
      calls.map((call) => {
        const arg = call.arguments[index];
        return arg === undefined ? NONE : this.proves(arg, true, EMPTY_ENV);
      }),
    );
  }

  private propertyProves(symbol: ts.Symbol): Proof {
    const writes = this.propertyWrites().get(symbol) ?? [];
    if (writes.length === 0) return NONE;
    return meet(writes.map((w) => this.proves(w.expr, true, EMPTY_ENV)));
  }

  /** Every value written to a property of the program's own types (object literals, `x.p = v`, initializers). */
  private propertyWrites(): Map<ts.Symbol, Array<{ expr: ts.Expression }>> {
    if (this.writes !== null) return this.writes;
    const writes = new Map<ts.Symbol, Array<{ expr: ts.Expression }>>();
    const add = (symbol: ts.Symbol | undefined, expr: ts.Expression): void => {
      if (symbol === undefined) return;
      const list = writes.get(symbol) ?? [];
      list.push({ expr });
      writes.set(symbol, list);
    };
    for (const sf of this.sources) {
      const visit = (node: ts.Node): void => {
        if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
          const value = ts.isPropertyAssignment(node) ? node.initializer : node.name;
          const type = this.checker.getContextualType(node.parent);
          const name = node.name.getText();
          if (type !== undefined) {
            for (const t of type.isUnion() ? type.types : [type]) add(this.checker.getPropertyOfType(t, name), value);
          }
          add(this.checker.getSymbolAtLocation(node.name), value);
        } else if (
          ts.isBinaryExpression(node) &&
          node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isPropertyAccessExpression(node.left)
        ) {
          add(this.resolved(this.checker.getSymbolAtLocation(node.left.name)), node.right);
        } else if (ts.isPropertyDeclaration(node) && node.initializer !== undefined) {
          add(this.checker.getSymbolAtLocation(node.name), node.initializer);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    this.writes = writes;
    return writes;
  }

  private literal(expr: ts.Expression, env: Env): string | null {
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
    if (ts.isIdentifier(expr)) {
      const symbol = this.resolved(this.checker.getSymbolAtLocation(expr));
      if (symbol === undefined) return null;
      const binding = env.get(symbol);
      if (binding !== undefined) return this.literal(binding.expr, binding.env);
      const decl = symbol.valueDeclaration;
      if (decl !== undefined && ts.isVariableDeclaration(decl) && decl.initializer !== undefined) {
        if ((ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) !== 0) return this.literal(decl.initializer, EMPTY_ENV);
      }
    }
    return null;
  }
}

/** A program over `rootNames` with the project's compiler options (tsconfig.json) and the Office.js types. */
export function createProgram(rootNames: readonly string[], tsconfigPath: string, host?: ts.CompilerHost): ts.Program {
  const config = ts.readConfigFile(tsconfigPath, (p) => ts.sys.readFile(p));
  if (config.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, tsconfigPath.replace(/[/\\][^/\\]*$/, ""));
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, types: ["office-js", "node"] };
  return ts.createProgram({ rootNames, options, host });
}
