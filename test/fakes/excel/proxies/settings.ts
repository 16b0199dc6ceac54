/**
 * `Workbook.settings` and `Setting` (ExcelApi 1.4): JSON values kept with the document.
 *
 * What is modelled, and from where:
 * - settings belong to the file and the add-in: "a collection of key-value
 *   pair setting objects that are part of the workbook. The scope is limited
 *   to per file and add-in (task-pane or content) combination"
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection);
 *   "a key-value pair of a setting persisted to the document (per file, per
 *   add-in)" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.setting).
 *   So they live on `FakeDocument.settings`, and `FakeExcel.reopen()` (save,
 *   close, reopen) keeps them while every in-memory proxy is gone.
 * - `add(key, value)` "sets or adds" (same page): an existing key is replaced.
 * - `getItem` of a missing key fails the sync with ItemNotFound;
 *   `getItemOrNullObject` answers a null object (`isNullObject`).
 * - Excel writes them into the saved file as `we:property` name/value pairs of
 *   the add-in's `xl/webextensions/webextensionN.xml` part ([MS-OWEXML] 2.2.1
 *   CT_OsfWebExtensionProperty, 2.2.7 CT_OsfWebExtension,
 *   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-owexml/d59d5543-252a-47dd-a566-1503dbf6a233
 *   — that page was not returned by the search here; the closest found is
 *   the web extension property list of [MS-EXSPXML3],
 *   https://learn.microsoft.com/en-us/openspecs/sharepoint_protocols/ms-exspxml3/4f415585-1080-4f87-8ba1-957bbd61d0b1),
 *   each value JSON-serialized ("the value can be a string, number,
 *   boolean, null, object, or array",
 *   https://learn.microsoft.com/en-us/javascript/api/office/office.settings);
 *   only what survives JSON is kept, hence the JSON round trip on `add`. `test/adapters/xlsx/documentSettings.test.ts`
 *   writes such a part from these settings.
 */
import { FakeClientObject, type FakeRequestContext, utf8Bytes } from "../context";
import { invalidArgument, itemNotFound } from "../errors";

/**
 * Document settings hold about 1 MB in practice: Microsoft states a 2 MB
 * maximum (office-js #621, https://github.com/OfficeDev/office-js/issues/621:
 * "We only support 2MB maximum for settings") but "the settings can only hold
 * around 1MB or so of data" and saving more fails with InvalidArgument ("The
 * argument is invalid or missing or has an incorrect format", office-js
 * #3957, https://github.com/OfficeDev/office-js/issues/3957). How the size is
 * counted is not documented; the fake counts the UTF-8 bytes of the
 * collection's JSON (never fewer than its characters, so the stricter
 * reading for Vietnamese text) and refuses more than 1 000 000.
 */
export const SETTINGS_LIMIT_BYTES = 1_000_000;
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
      const size = utf8Bytes(JSON.stringify([...next]));
      if (size > SETTINGS_LIMIT_BYTES) throw invalidArgument("SettingCollection.add", "The argument is invalid or missing or has an incorrect format.");
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
