/**
 * The request context and the proxy base class: the part of Office.js that
 * makes the Excel API a batch protocol. Proxies only queue operations;
 * `sync()` sends the queue in one round trip, applies the operations in order
 * to the document and fills in loaded properties. Reading a property that no
 * completed sync loaded throws PropertyNotLoaded. The context counts round
 * trips and the JSON size of each request, and refuses one over 5 MB as Excel
 * on the web does.
 */
import type { FakeDocument } from "./document";
import { apiNotFound, FakeOfficeError, generalException, invalidObjectPath, invalidOperationInCellEditMode, payloadTooLarge, propertyNotLoaded } from "./errors";

/**
 * Excel on the web's limit on a request and on a response: 5 MB ("Excel on
 * the web limits requests and responses to 5 MB. The API returns a
 * RichAPI.Error error if this limit is exceeded", docs/excel/performance.md
 * as quoted in office-js-docs-pr #5821,
 * https://github.com/OfficeDev/office-js-docs-pr/pull/5821; added by #920,
 * https://github.com/OfficeDev/office-js-docs-pr/pull/920; web only per
 * #5333, https://github.com/OfficeDev/office-js-docs-pr/pull/5333; the
 * "Excel add-ins" section of
 * https://learn.microsoft.com/vi-vn/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * Applied on every platform here, and counted as 5 000 000 bytes, the
 * smaller reading of "5 MB", so the fake is never friendlier than Excel.
 */
export const REQUEST_LIMIT_BYTES = 5_000_000;

export interface Operation {
  /** The proxy the operation is on (resolved against the document at sync time). */
  readonly target: FakeClientObject;
  readonly kind: "set" | "call" | "load";
  readonly name: string;
  readonly args: readonly unknown[];
  /** Runs the operation on the resolved object; returns what the proxy should learn. */
  readonly apply: () => void;
  /** Requirement set (e.g. `ExcelApi 1.13`) the API belongs to, if newer than the base. */
  readonly requires?: string;
}

export interface SyncRecord {
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export class FakeStats {
  /** Round trips (a `sync()` with nothing queued costs none, as in Office.js). */
  syncs = 0;
  requestBytes = 0;
  responseBytes = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  runs = 0;
  readonly runOptions: unknown[] = [];
  readonly history: SyncRecord[] = [];

  reset(): void {
    this.syncs = 0;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.maxRequestBytes = 0;
    this.maxResponseBytes = 0;
    this.runs = 0;
    this.runOptions.length = 0;
    this.history.length = 0;
  }
}

export interface ContextHooks {
  readonly document: FakeDocument;
  readonly stats: FakeStats;
  /** `ExcelApi` version of the simulated host, e.g. `1.9`. */
  readonly apiVersion: string;
  /** Fail a sync that loads a child collection of a null object (InvalidObjectPath). */
  readonly strictNullChildren?: boolean;
  /** Response size limit (Excel on the web: 5 MB). */
  readonly responseLimitBytes?: number;
  /** True while the user is editing a cell and this run did not ask to wait for it (index.ts `beginCellEdit`). */
  readonly cellEditRefuses?: () => boolean;
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export class FakeRequestContext {
  private queue: Operation[] = [];
  /** Loaded values learnt in the current sync, applied to the proxies only if the sync succeeds. */
  private pendingResponses: Array<() => void> = [];
  private pendingResponseBytes = 0;
  closed = false;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly workbook: any;

  constructor(
    readonly hooks: ContextHooks,
    makeWorkbook: (context: FakeRequestContext) => unknown,
  ) {
    this.workbook = makeWorkbook(this);
  }

  get document(): FakeDocument {
    return this.hooks.document;
  }

  /**
   * A proxy used after its `Excel.run` fails with InvalidObjectPath ("If you
   * are using an object across \".sync\" calls and outside the sequential
   * execution of a \".run\" batch, and get an \"InvalidObjectPath\" error…",
   * https://learn.microsoft.com/en-us/javascript/api/office/officeextension.trackedobjects).
   * The fake throws at once, when the operation is queued; Excel fails the
   * next sync (not documented which; the earlier failure is the stricter).
   */
  enqueue(op: Operation): void {
    if (this.closed) throw invalidObjectPath(`${op.target.path}.${op.name}`);
    this.queue.push(op);
  }

  /** Records data sent back to a proxy by a load (applied when the sync completes). */
  respond(apply: () => void, data: unknown): void {
    this.pendingResponses.push(apply);
    // One `{"ActionId":n,"Value":…}` result per load, UTF-8 (see requestBodyBytes).
    this.pendingResponseBytes += utf8Bytes(JSON.stringify(data ?? null)) + RESULT_OVERHEAD_BYTES;
  }

  /**
   * Runs the queue in one request ("executing instructions queued on the
   * request context and retrieving properties of loaded Office objects",
   * https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext).
   * A sync with nothing queued is not counted as a round trip: not
   * documented; assumed from Office.js's own client code.
   */
  async sync(): Promise<void> {
    if (this.closed) throw invalidObjectPath("RequestContext.sync");
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    if (this.hooks.cellEditRefuses?.() === true) throw invalidOperationInCellEditMode("RequestContext.sync");
    const requestBytes = requestBodyBytes(batch);
    const stats = this.hooks.stats;
    stats.syncs++;
    stats.requestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > REQUEST_LIMIT_BYTES) throw payloadTooLarge(requestBytes);
    if (this.hooks.document.closed) throw generalException("RequestContext.sync");
    this.pendingResponses = [];
    this.pendingResponseBytes = 0;
    try {
      for (const op of batch) {
        if (op.requires) {
          const [set, version] = op.requires.split(" ");
          if (set === "ExcelApi" && !versionAtLeast(this.hooks.apiVersion, version)) {
            throw apiNotFound(`${op.target.path}.${op.name}`, op.requires);
          }
        }
        op.apply();
      }
    } finally {
      // Office.js applies what ran before a failing operation; loaded values
      // reach the proxies only with a successful response.
      stats.responseBytes += this.pendingResponseBytes;
      stats.history.push({ operations: batch.length, requestBytes, responseBytes: this.pendingResponseBytes });
    }
    const responseLimit = this.hooks.responseLimitBytes ?? REQUEST_LIMIT_BYTES;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, this.pendingResponseBytes);
    if (this.pendingResponseBytes > responseLimit) {
      // Excel.ErrorCodes.responsePayloadSizeLimitExceeded (https://learn.microsoft.com/zh-cn/javascript/api/excel/excel.errorcodes?view=excel-js-preview);
      // the message is not documented (localized in Excel).
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${this.pendingResponseBytes} bytes).`,
      );
    }
    for (const apply of this.pendingResponses) apply();
    // Every proxy created in this batch now knows whether it is a null object.
    for (const op of batch) op.target.markSynced();
  }
}

/**
 * Base of every proxy. `path` names the object as Office.js's object path does
 * (it is what a request carries); `resolve()` finds the real object at sync time.
 */
export abstract class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();
  private synced = false;
  private nullObject = false;

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
  ) {}

  /** The object in the document, or null for a null object. Called only inside sync. */
  abstract resolveTarget(): unknown;

  /** Scalar properties `load()` accepts on this object. */
  protected abstract readonly scalarProperties: readonly string[];

  /** Scalar properties newer than the base requirement set: loading one on an older host fails the sync with ApiNotFound. */
  protected readonly propertyRequires: Readonly<Record<string, string>> = {};

  /** Navigation properties `load("format/fill/color")` may walk through. */
  protected navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  /** Reads a scalar property from the resolved object (inside sync). */
  protected abstract readScalar(name: string): unknown;

  /**
   * "You must call context.sync() before reading the isNullObject property"
   * (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.clientobject?view=common-js):
   * reading it earlier throws here, as an unloaded property does.
   */
  get isNullObject(): boolean {
    if (!this.synced) throw propertyNotLoaded("isNullObject");
    return this.nullObject;
  }

  markSynced(): void {
    if (this.synced) return;
    this.synced = true;
    this.nullObject = this.resolveTarget() === null;
  }

  /** Stores a loaded value (`a/b/c` paths go to the navigation child). */
  accept(path: string, value: unknown): void {
    const slash = path.indexOf("/");
    if (slash < 0) {
      this.loadedValues.set(path, value);
      return;
    }
    const child = this.navigation(path.slice(0, slash));
    if (!child) throw new TypeError(`fake Excel: cannot load '${path}' on ${this.path}`);
    child.accept(path.slice(slash + 1), value);
    child.markSynced();
  }

  /** Takes the values a collection load read for this item (when its sync completes). */
  acceptLoaded(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) this.accept(key, value);
    this.markSynced();
  }

  /** Reads a property path now (inside sync). */
  readPath(path: string): unknown {
    const slash = path.indexOf("/");
    if (slash >= 0) {
      const child = this.navigation(path.slice(0, slash));
      if (!child) throw new TypeError(`fake Excel: cannot load '${path}' on ${this.path}`);
      return child.readPath(path.slice(slash + 1));
    }
    if (!this.scalarProperties.includes(path)) {
      throw new TypeError(`fake Excel: '${path}' is not a loadable property of ${this.path}`);
    }
    return this.resolveTarget() === null ? null : this.readScalar(path);
  }

  /**
   * Reads a loaded property or throws PropertyNotLoaded ("You must call
   * context.sync() before reading the properties",
   * https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext;
   * OfficeExtension.ErrorCodes.propertyNotLoaded,
   * https://learn.microsoft.com/ja-jp/javascript/api/office/officeextension.errorcodes?view=word-js-preview).
   */
  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** Queues loading of scalar properties (and `a/b/c` paths through navigation properties). */
  load(spec?: string | string[] | Record<string, unknown>): this {
    for (const path of loadPaths(spec, this.scalarProperties)) this.loadPath(path);
    return this;
  }

  protected loadPath(path: string): void {
    const slash = path.indexOf("/");
    if (slash >= 0) {
      const child = this.navigation(path.slice(0, slash));
      if (!child) throw new TypeError(`fake Excel: cannot load '${path}' on ${this.path}`);
      child.loadPath(path.slice(slash + 1));
      return;
    }
    if (!this.scalarProperties.includes(path)) {
      const child = this.navigation(path);
      if (child) {
        child.load();
        return;
      }
      throw new TypeError(`fake Excel: '${path}' is not a loadable property of ${this.path}`);
    }
    this.enqueue(
      "load",
      path,
      [],
      () => {
        const value = this.readPath(path);
        this.context.respond(() => this.loadedValues.set(path, value), value);
      },
      this.propertyRequires[path],
    );
  }

  /**
   * Office.js sends an "instantiate" action for objects from `…OrNullObject`
   * methods, so that the response says whether they exist.
   */
  protected instantiate(requires?: string): void {
    this.enqueue("call", "_instantiate", [], () => undefined, requires);
  }

  protected enqueue(kind: Operation["kind"], name: string, args: readonly unknown[], apply: () => void, requires?: string): void {
    this.context.enqueue({ target: this, kind, name, args, apply, requires });
  }

  /** Queues a property write. */
  protected queueSet(name: string, value: unknown, apply: (value: unknown) => void, requires?: string): void {
    const copy = structuredClone(value);
    this.enqueue("set", name, [copy], () => apply(copy), requires);
  }

  /** Sets several properties at once (Office.js `set()`), in the order given. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** Normalises the arguments of `load()` to `a/b/c` property paths. */
export function loadPaths(spec: string | string[] | Record<string, unknown> | undefined, scalars: readonly string[]): string[] {
  if (spec === undefined) return [...scalars];
  if (typeof spec === "string") {
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s, scalars));
  const paths: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      if (key === "$all") continue;
      if (value === true) paths.push(prefix + key);
      else if (value && typeof value === "object") walk(value as Record<string, unknown>, `${prefix}${key}/`);
    }
  };
  walk(spec, "");
  return paths;
}

/** UTF-8 length of a string (what goes over the wire). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** `{"ActionId":123456,"Value":}` around each loaded value in a response body (six-digit ids, see requestBodyBytes). */
const RESULT_OVERHEAD_BYTES = 29;

/** First id of a request's actions and object paths: six digits (see requestBodyBytes). */
const ID_BASE = 100_000;

/**
 * The UTF-8 size of the body Office.js sends for a batch, in its own format
 * (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags` in
 * `@microsoft/office-js` dist/excel-web-16.00.debug.js):
 *
 *   {"AutoKeepReference":false,
 *    "Actions":[{"Id":7,"ActionType":4,"Name":"values","ObjectPathId":5,
 *                "ArgumentInfo":{"Arguments":[[[1,2]]]}}, …],
 *    "ObjectPaths":{"5":{"Id":5,"ObjectPathType":3,"Name":"getRange",
 *                        "ParentObjectPathId":4,"ArgumentInfo":{"Arguments":["A1:B1"]}}, …}}
 *
 * One action per queued operation (set property = ActionType 4, method = 3,
 * query = 2) and one object path per proxy the batch touches (its method name
 * and arguments, parsed from the proxy's path). The format is Office.js's
 * own code, not documented on a page found here. Office.js keeps counting
 * ids across a context, so a late request carries long ids: the fake numbers
 * them from 100 000 in each request (six digits), which over-counts early
 * requests by a few bytes per action rather than under-count late ones.
 */
export function requestBodyBytes(batch: readonly Operation[]): number {
  const ids = new Map<string, number>();
  let next = ID_BASE;
  const paths: Record<string, unknown> = {};
  const pathId = (path: string): number => {
    const known = ids.get(path);
    if (known !== undefined) return known;
    const dot = lastSegmentStart(path);
    const parent = dot > 0 ? pathId(path.slice(0, dot)) : undefined;
    const id = next++;
    ids.set(path, id);
    const segment = path.slice(dot > 0 ? dot + 1 : 0);
    const call = /^([^(]*)\((.*)\)$/s.exec(segment);
    paths[id] = {
      Id: id,
      ObjectPathType: call ? 3 : 4,
      Name: call ? call[1] : segment,
      ...(parent !== undefined ? { ParentObjectPathId: parent } : {}),
      ArgumentInfo: call && call[2] !== "" ? { Arguments: [call[2]] } : {},
    };
    return id;
  };
  const actions = batch.map((op) => {
    const objectPathId = pathId(op.target.path);
    const type = op.kind === "set" ? 4 : op.kind === "call" ? 3 : 2;
    return op.kind === "load"
      ? { Id: next++, ActionType: type, Name: "", ObjectPathId: objectPathId, QueryInfo: { Select: [op.name, ...op.args.flat()] } }
      : { Id: next++, ActionType: type, Name: op.name, ObjectPathId: objectPathId, ArgumentInfo: { Arguments: op.args } };
  });
  return utf8Bytes(JSON.stringify({ AutoKeepReference: false, Actions: actions, ObjectPaths: paths }));
}

/** Index of the dot before the last segment of a proxy path (outside parentheses and quotes), or -1. */
function lastSegmentStart(path: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = path.length - 1; i >= 0; i--) {
    const ch = path[i];
    if (ch === '"' && path[i - 1] !== "\\") quoted = !quoted;
    if (quoted) continue;
    if (ch === ")" || ch === "]") depth++;
    else if (ch === "(" || ch === "[") depth--;
    else if (ch === "." && depth === 0) return i;
  }
  return -1;
}
