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
import { apiNotFound, FakeOfficeError, invalidObjectPath, payloadTooLarge, propertyNotLoaded } from "./errors";

/** Excel on the web's request size limit. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

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
  runs = 0;
  readonly runOptions: unknown[] = [];
  readonly history: SyncRecord[] = [];

  reset(): void {
    this.syncs = 0;
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.maxRequestBytes = 0;
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

  enqueue(op: Operation): void {
    if (this.closed) throw invalidObjectPath(`${op.target.path}.${op.name}`);
    this.queue.push(op);
  }

  /** Records data sent back to a proxy by a load (applied when the sync completes). */
  respond(apply: () => void, data: unknown): void {
    this.pendingResponses.push(apply);
    this.pendingResponseBytes += JSON.stringify(data ?? null).length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw invalidObjectPath("RequestContext.sync");
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const requestBytes = JSON.stringify(
      batch.map((op) => ({ o: op.target.path, k: op.kind, n: op.name, a: op.args })),
    ).length;
    const stats = this.hooks.stats;
    stats.syncs++;
    stats.requestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > REQUEST_LIMIT_BYTES) throw payloadTooLarge(requestBytes);
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
    if (this.pendingResponseBytes > responseLimit) {
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

  /** Navigation properties `load("format/fill/color")` may walk through. */
  protected navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  /** Reads a scalar property from the resolved object (inside sync). */
  protected abstract readScalar(name: string): unknown;

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

  /** Reads a loaded property or throws PropertyNotLoaded. */
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
    this.enqueue("load", path, [], () => {
      const value = this.readPath(path);
      this.context.respond(() => this.loadedValues.set(path, value), value);
    });
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
