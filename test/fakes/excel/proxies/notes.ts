/**
 * `Worksheet.notes` and `Note` (ExcelApi 1.18,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection;
 * "The ExcelApi 1.18 adds support for creating, deleting, and managing
 * notes", https://learn.microsoft.com/en-nz/javascript/api/requirement-sets/excel/excel-api-1-18-requirement-set?view=powerpoint-js-preview):
 * one note per cell ("The range must be a single cell",
 * https://learn.microsoft.com/en-my/office/dev/add-ins/excel/excel-add-ins-notes;
 * "an InvalidArgument error is thrown if multiple cells are selected",
 * NoteCollection page). Adding a second note to a cell fails here with
 * InvalidOperation: not documented; the stricter reading assumed.
 */
import { FakeClientObject, type FakeRequestContext } from "../context";
import { FakeRange } from "./range";
import { type FakeSheet, parseRect, rectAddress, splitSheetAddress } from "../document";
import { invalidArgument, invalidOperation, itemNotFound } from "../errors";
import { assertWritable, FakeSheetPart, quoteJson, recordWrite } from "./shared";

function noteKey(address: string): string {
  const rect = parseRect(splitSheetAddress(address).local);
  if (rect.top !== rect.bottom || rect.left !== rect.right) throw invalidArgument("NoteCollection.add", "A note needs one cell.");
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
        assertWritable(sheet, "NoteCollection.add");
        key = noteKey(cellAddress);
        if (sheet.notes.has(key)) throw invalidOperation("NoteCollection.add", "The cell already has a note.");
        // A cell holds a threaded comment or a note, not both: refused here
        // (the API's behaviour is not documented; the stricter reading).
        if (sheet.comments.has(key)) throw invalidOperation("NoteCollection.add", "The cell has a threaded comment.");
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
        assertWritable(t.sheet, "Note.content");
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
        assertWritable(t.sheet, "Note.delete");
        t.sheet.notes.delete(t.key);
        recordWrite(this.context.document, t.sheet, [parseRect(t.key)], "note.delete");
      },
      "ExcelApi 1.18",
    );
  }
}

/**
 * `Worksheet.comments` (ExcelApi 1.10): the sheet's threaded comments, each
 * with `getLocation()` (its cell). A cell can carry a threaded comment or a
 * note, not both (Excel's "The difference between threaded comments and
 * notes", linked from the notes page above; `NoteCollection.add` on such a
 * cell fails here, an assumption on the stricter side).
 */
export class FakeCommentCollection extends FakeSheetPart {
  protected readonly scalarProperties: readonly string[] = [];
  private loadedItems: FakeComment[] | null = null;

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): FakeComment[] {
    if (this.loadedItems === null) return this.loaded<FakeComment[]>("items");
    return this.loadedItems;
  }

  override load(): this {
    this.enqueue(
      "load",
      "items",
      [],
      () => {
        const sheet = this.sheet();
        const cells = [...sheet.comments.keys()];
        const items = cells.map((cell, i) => new FakeComment(this.context, `${this.path}[${i}]`, this.sheet, cell));
        this.context.respond(() => {
          for (const item of items) item.markSynced();
          this.loadedItems = items;
        }, cells.map((_, i) => ({ id: `comment-${i}` })));
      },
      "ExcelApi 1.10",
    );
    return this;
  }
}

export class FakeComment extends FakeClientObject {
  protected readonly scalarProperties = ["content"] as const;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly cell: string,
  ) {
    super(context, path);
  }

  resolveTarget(): unknown {
    return this.sheet().comments.has(this.cell) ? this.cell : null;
  }

  protected readScalar(): unknown {
    return this.sheet().comments.get(this.cell) ?? null;
  }

  getLocation(): FakeRange {
    const cell = this.cell;
    const sheet = this.sheet;
    return new FakeRange(this.context, `${this.path}.getLocation()`, () => ({ sheet: sheet(), rect: parseRect(cell) }));
  }
}
