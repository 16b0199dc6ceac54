/** `Workbook.settings` and `Setting` (ExcelApi 1.4): JSON values kept with the document. */
import { FakeClientObject, type FakeRequestContext } from "../context";
import { invalidArgument, itemNotFound } from "../errors";

/**
 * Document settings hold about 1 MB in practice: Microsoft states a 2 MB
 * maximum (office-js #621) but saving fails above ~1 MB with InvalidArgument
 * ("The argument is invalid or missing or has an incorrect format", office-js
 * #3957). The fake refuses a settings collection over 1 MB (its JSON, UTF-16
 * code units as Office's own settings store counts characters).
 */
export const SETTINGS_LIMIT_CHARS = 1_000_000;
import { quoteJson } from "./shared";

export class FakeSettingCollection extends FakeClientObject {
  protected readonly scalarProperties: readonly string[] = [];

  constructor(context: FakeRequestContext) {
    super(context, "workbook.settings");
  }

  resolveTarget(): unknown {
    return this.context.document.settings;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  add(key: string, value: unknown): FakeSetting {
    this.enqueue("call", "add", [key, value], () => {
      // Settings hold JSON: what cannot round-trip through JSON is refused.
      const copy = JSON.parse(JSON.stringify(value)) as unknown;
      const settings = this.context.document.settings;
      const next = new Map(settings);
      next.set(key, copy);
      const size = JSON.stringify([...next]).length;
      if (size > SETTINGS_LIMIT_CHARS) throw invalidArgument("SettingCollection.add", "The argument is invalid or missing or has an incorrect format.");
      settings.set(key, copy);
    });
    return new FakeSetting(this.context, `${this.path}.getItem(${quoteJson(key)})`, key, false);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, `${this.path}.getItem(${quoteJson(key)})`, key, false);
  }

  getItemOrNullObject(key: string): FakeSetting {
    const setting = new FakeSetting(this.context, `${this.path}.getItemOrNullObject(${quoteJson(key)})`, key, true);
    setting.queueInstantiate();
    return setting;
  }
}

export class FakeSetting extends FakeClientObject {
  protected readonly scalarProperties = ["key", "value"] as const;
  private resolved: { key: string } | null | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly settingKey: string,
    private readonly nullable: boolean,
  ) {
    super(context, path);
  }

  resolveTarget(): { key: string } | null {
    if (this.resolved === undefined) {
      const exists = this.context.document.settings.has(this.settingKey);
      if (!exists && !this.nullable) throw itemNotFound(this.path);
      this.resolved = exists ? { key: this.settingKey } : null;
    }
    return this.resolved;
  }

  queueInstantiate(): void {
    this.instantiate("ExcelApi 1.4");
  }

  protected readScalar(name: string): unknown {
    if (name === "key") return this.settingKey;
    return structuredClone(this.context.document.settings.get(this.settingKey));
  }

  get key(): string {
    return this.loaded("key");
  }

  get value(): unknown {
    return this.loaded("value");
  }

  delete(): void {
    this.enqueue("call", "delete", [], () => {
      if (this.resolveTarget() === null) throw itemNotFound(this.path);
      this.context.document.settings.delete(this.settingKey);
    });
  }
}
