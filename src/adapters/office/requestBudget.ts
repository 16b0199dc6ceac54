/**
 * Keeps each request under Excel on the web's 5 MB limit ("Excel on the web
 * has a payload size limit for requests and responses of 5MB", Microsoft's
 * "Resource limits and performance optimization for Office Add-ins"): writers
 * say how many bytes an operation will add before queueing it, and the budget
 * sends what is queued first when it would go over.
 *
 * Bytes are estimated as the UTF-8 size of the operation's arguments in the
 * JSON Office.js sends (`Actions[].ArgumentInfo.Arguments`) plus
 * `OP_OVERHEAD_BYTES` for the action and its object path.
 */
import { jsonBytes } from "./blockRead";

/** Aimed-at request size: a margin under 5 MB for the estimate's error. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** An action and its object path (`{"Id":…,"ActionType":4,"Name":"values","ObjectPathId":…}` …). */
export const OP_OVERHEAD_BYTES = 300;

export class RequestBudget {
  private queued = 0;
  /** Syncs this budget made. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queueing an operation of about `bytes`. */
  async spend(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) {
      // A write of many bands needs one sync per band: that is the point of the budget.
      await this.context.sync();
      this.syncs++;
      this.queued = 0;
    }
    this.queued += bytes;
  }

  /** Bytes of an operation whose argument is `value`. */
  static cost(value: unknown): number {
    return jsonBytes(value) + OP_OVERHEAD_BYTES;
  }
}
