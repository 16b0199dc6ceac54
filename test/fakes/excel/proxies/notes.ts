/** `Worksheet.notes` and `Note` (ExcelApi 1.18): one note per cell. */
import { FakeClientObject, type FakeRequestContext } from "../context";
import { type FakeSheet, parseRect, rectAddress, splitSheetAddress } from "../document";
import { FakeOfficeError, invalidOperation, itemNotFound } from "../errors";
import { FakeSheetPart, quoteJson, recordWrite } from "./shared";

function noteKey(address: string): string {
  const rect = parseRect(splitSheetAddress(address).local);
  if (rect.top !== rect.bottom || rect.left !== rect.right) throw new FakeOfficeError("InvalidCellAddress", "A note needs one cell.");
  return rectAddress(rect);
}

export class FakeNoteCollection extends FakeSheetPart {
  protected readonly scalarProperties: readonly string[] = [];

  protected readScalar(): unknown {
    return undefined;
  }

  add(cellAddress: string, content: string): FakeNote {
    let key: string | null = null;
    const note = new FakeNote(this.context, `${this.path}.add(${quoteJson(cellAddress)})`, this.sheet, () => key, false);
    this.enqueue(
      "call",
      "add",
      [cellAddress, content],
      () => {
        const sheet = this.sheet();
        key = noteKey(cellAddress);
        if (sheet.notes.has(key)) throw invalidOperation("NoteCollection.add", "The cell already has a note.");
        sheet.notes.set(key, String(content));
        recordWrite(this.context.document, sheet, [parseRect(key)], "note.add");
      },
      "ExcelApi 1.18",
    );
    return note;
  }

  getItem(cellAddress: string): FakeNote {
    return new FakeNote(this.context, `${this.path}.getItem(${quoteJson(cellAddress)})`, this.sheet, () => noteKey(cellAddress), false);
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    const note = new FakeNote(this.context, `${this.path}.getItemOrNullObject(${quoteJson(cellAddress)})`, this.sheet, () => noteKey(cellAddress), true);
    note.queueInstantiate();
    return note;
  }
}

export class FakeNote extends FakeClientObject {
  protected readonly scalarProperties = ["content"] as const;
  private resolved: { sheet: FakeSheet; key: string } | null | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly key: () => string | null,
    private readonly nullable: boolean,
  ) {
    super(context, path);
  }

  resolveTarget(): { sheet: FakeSheet; key: string } | null {
    if (this.resolved === undefined) {
      const sheet = this.sheet();
      const key = this.key();
      const exists = key !== null && sheet.notes.has(key);
      if (!exists && !this.nullable) throw itemNotFound(this.path);
      this.resolved = exists && key !== null ? { sheet, key } : null;
    }
    return this.resolved;
  }

  queueInstantiate(): void {
    this.instantiate("ExcelApi 1.18");
  }

  protected readScalar(): unknown {
    const t = this.resolveTarget();
    return t === null ? null : (t.sheet.notes.get(t.key) ?? null);
  }

  get content(): string {
    return this.loaded("content");
  }

  set content(value: string) {
    this.queueSet(
      "content",
      value,
      (v) => {
        const t = this.resolveTarget();
        if (t === null) throw itemNotFound(this.path);
        t.sheet.notes.set(t.key, String(v));
        recordWrite(this.context.document, t.sheet, [parseRect(t.key)], "note.content");
      },
      "ExcelApi 1.18",
    );
  }

  delete(): void {
    this.enqueue(
      "call",
      "delete",
      [],
      () => {
        const t = this.resolveTarget();
        if (t === null) throw itemNotFound(this.path);
        t.sheet.notes.delete(t.key);
        recordWrite(this.context.document, t.sheet, [parseRect(t.key)], "note.delete");
      },
      "ExcelApi 1.18",
    );
  }
}
