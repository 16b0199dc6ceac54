/**
 * The summary copy written by editing the .xlsx package directly (JSZip for
 * the container, saxes to find where to edit): every part the summary does not
 * concern is copied unchanged (charts, pivot tables, images, macros,
 * everything ExcelJS would drop; JSZip even keeps their compressed bytes), and
 * only the workbook list, the styles, the summary sheet and the highlighted
 * sheets are rewritten, each edited where it stands rather than re-serialised.
 * Fast on large workbooks: nothing is parsed beyond what is edited.
 */
import { chartXml, CT_CHART, CT_DRAWING, drawingXml, singleRels, withDrawing } from "./chartParts";
import { conformanceOf, relationshipType, type Conformance } from "./conformance";
import type { Highlight, SummarySheetModel } from "../../core/model/summary";
import type { Severity } from "../../core/model/finding";
import { severityRank } from "../../core/model/severity";
import { HIGHLIGHT_FILL } from "../../core/model/summary";
import { isAllocheckSummary } from "../../core/summary/naming";
import { sameSheetName } from "../../core/model/sheetName";
import { openZip, partKey, type ZipPackage } from "./zip";
import { contentTypeOf, copyContentType, kindOfContentType } from "./workbookKind";
import { constants as zlibConstants, inflateRawSync } from "zlib";
import { mayBeUtf16, partText, utf16Order } from "./partEncoding";
import { copyRawZipPieces, DeflateSink, levelFor, openRawZip, rawEntryBytes, rawEntryChunks, rawEntryStored, type Deflated, type RawEntry, type RawZip } from "./zipCopy";
import { SheetPart, type PieceSink, type StreamOutcome } from "./sheetPart";
import { BlockSource } from "./blockInflate";
import { SpliceFailed, SpliceSink } from "./deflateSplice";
import {
  appendToElement,
  applyEdits,
  parseRelationships,
  parseSharedStrings,
  relationshipIdOf,
  startTag,
  xmlElements,
  type Relationship,
  type XmlEdit,
  type XmlElement,
} from "./xml";
import { folderOf, relativeTarget, relsPathOf, resolvePartPath, sourceOfRels } from "./packagePaths";
import { parseSheetXml } from "./sheetXml";
import { StylesPatch } from "./stylesPatch";
import { summarySheetPieces } from "./summaryXml";
import { addComments, addNoteShapes, highlightSheet, OWN_NOTE_PREFIX, removeNoteShapes, removeOwnNotes } from "./highlightXml";
import {
  cellKey,
  CUSTOM_XML_PROPS_TYPE,
  decodeHighlightRecord,
  encodeHighlightRecord,
  recordedCellsOf,
  recordPropsXml,
  restoredStyle,
  type HighlightRecord,
  type RecordedCell,
} from "./highlightRecord";
import { a1 } from "../../core/model/address";
import { printTitlesFormula, unselectSheetXml, workbookViewEdits, type WorkbookViewParts } from "./workbookView";

const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const minimalStyles = (ns: Conformance): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${ns.main}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
const CONTENT_TYPES = "[Content_Types].xml";
const CALC_PR_ANCHORS = new Set(["sheets", "externalReferences", "definedNames"]);
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** Separator between a note the user had and allocheck's. */
export const NOTE_SEPARATOR = "\n— allocheck —\n";

/** The time stamp of the entries the copy writes: a fixed one, as Excel writes (1980-01-01), so that the same input gives the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

/** A part set here: the name as first written, and its content (a sheet part edited as bytes comes in pieces, or deflated already). */
interface ChangedPart {
  readonly name: string;
  readonly data: string | Buffer[] | Deflated;
}

function isDeflated(data: string | Buffer[] | Deflated): data is Deflated {
  return typeof data !== "string" && !Array.isArray(data);
}

function piecesOf(data: string | Buffer[] | Deflated): Buffer[] {
  if (typeof data === "string") return [Buffer.from(data, "utf8")];
  if (isDeflated(data)) return [inflateRawSync(Buffer.concat(data.deflated))];
  return data;
}

function textOf(data: string | Buffer[] | Deflated): string {
  return typeof data === "string" ? data : Buffer.concat(piecesOf(data)).toString("utf8");
}

/** Whether an archived entry's bytes start with a UTF-16 byte order mark (its first bytes inflated alone). */
function entryInUtf16(raw: RawZip, entry: RawEntry): boolean {
  const stored = rawEntryStored(raw, entry);
  if (entry.method === 0) return utf16Order(stored) !== null;
  let head: Buffer;
  try {
    head = inflateRawSync(stored.subarray(0, 4096), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch {
    return false; // a damaged stream: the ordinary path reports it
  }
  if (head.length < 2 && stored.length > 4096) return utf16Order(rawEntryBytes(raw, entry)) !== null;
  return utf16Order(head) !== null;
}

/** A part's chunks as UTF-8: as they come, unless the part is in UTF-16 (then whole, re-encoded, see `partText`). */
async function* utf8Chunks(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const held: Buffer[] = [];
  let length = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  for (let step = await iterator.next(); step.done !== true; step = await iterator.next()) {
    if (length >= 2) {
      yield step.value;
      continue;
    }
    held.push(step.value);
    length += step.value.length;
    if (length < 2) continue;
    const start = held.length === 1 ? held[0] : Buffer.concat(held);
    if (utf16Order(start) === null) {
      yield start;
      continue;
    }
    const all = [start];
    for (let rest = await iterator.next(); rest.done !== true; rest = await iterator.next()) all.push(rest.value);
    yield Buffer.from(partText(Buffer.concat(all)), "utf8");
    return;
  }
  if (length < 2 && held.length > 0) yield Buffer.concat(held);
}

/** Parts smaller than this are deflated whole: taking their stored blocks saves little. */
const SPLICE_FROM = 4_000_000;

/**
 * A large stored sheet part streamed with its unchanged deflate blocks taken as
 * they are (deflateSplice.ts); undefined when it cannot be, and the part is
 * then streamed the ordinary way.
 */
async function spliced(raw: RawZip, entry: RawEntry, part: SheetPart, from = SPLICE_FROM): Promise<StreamOutcome<Deflated> | undefined> {
  if (entry.method !== 8 || entry.size < from || entryInUtf16(raw, entry)) return undefined;
  const source = BlockSource.open(rawEntryStored(raw, entry), entry.size, entry.storedName);
  if (source === null) return undefined;
  try {
    return await part.stream(
      () => source.chunks(),
      () => new SpliceSink(levelFor(entry.size), source),
    );
  } catch (error) {
    if (error instanceof SpliceFailed) return undefined;
    throw error;
  }
}

/** Pieces collected as they come (the archive JSZip writes). */
class CollectSink implements PieceSink<Buffer[]> {
  private readonly pieces: Buffer[] = [];

  write(piece: Buffer): void {
    this.pieces.push(Buffer.from(piece));
  }

  end(): Promise<Buffer[]> {
    return Promise.resolve(this.pieces);
  }
}

/**
 * The package being edited. Part names compare without regard to case (OPC):
 * a new part never takes the name of an existing one written in another case,
 * and an edited part keeps the name it is stored under. Maps here are keyed by
 * `partKey`.
 */
class Package {
  private readonly changed = new Map<string, ChangedPart>();
  private readonly removed = new Set<string>();
  /** Worksheet parts with edits to make as they stream (see sheetPart.ts), and the name each was asked for by. */
  private readonly sheetParts = new Map<string, { readonly name: string; readonly part: SheetPart }>();
  /** The raw archive's entry names by key (the first entry of a part, as zip.ts reads it). */
  private readonly rawNames = new Map<string, string>();

  private constructor(
    /** The archive through JSZip, when it cannot be copied entry by entry. */
    private readonly zip: ZipPackage | null,
    /** The archive as read from its central directory, when it can be copied entry by entry (zipCopy.ts). */
    private readonly raw: RawZip | null,
  ) {
    for (const [name, entry] of raw?.order ?? []) {
      if (entry.storedName.endsWith("/") || this.rawNames.has(partKey(name))) continue;
      this.rawNames.set(partKey(name), name);
    }
  }

  static async open(input: Buffer): Promise<Package> {
    const raw = openRawZip(input);
    // JSZip only for the archives copied through it: loading it reads every byte of the file again.
    return new Package(raw === null ? await openZip(input) : null, raw);
  }

  /** Whether the archive as read holds the part. */
  private inArchive(path: string): boolean {
    return this.zip !== null ? this.zip.has(path) : this.rawNames.has(partKey(path));
  }

  has(path: string): boolean {
    const key = partKey(path);
    return !this.removed.has(key) && (this.changed.has(key) || this.inArchive(path));
  }

  private rawEntry(key: string): RawEntry | undefined {
    const name = this.rawNames.get(key);
    return name === undefined ? undefined : this.raw?.entries.get(name);
  }

  private async stored(path: string): Promise<Buffer | undefined> {
    const entry = this.rawEntry(partKey(path));
    if (this.raw && entry) return rawEntryBytes(this.raw, entry);
    const text = await this.zip?.text(path);
    if (text === undefined || !mayBeUtf16(text)) return text === undefined ? undefined : Buffer.from(text, "utf8");
    const chunks: Buffer[] = [];
    for await (const chunk of this.zip!.chunks(path)!) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  async text(path: string): Promise<string | undefined> {
    const key = partKey(path);
    if (this.removed.has(key)) return undefined;
    if (this.sheetParts.has(key)) await this.finishSheet(path);
    const changed = this.changed.get(key);
    if (changed !== undefined) return textOf(changed.data);
    const bytes = await this.stored(path);
    return bytes === undefined ? undefined : partText(bytes);
  }

  set(path: string, text: string): void {
    this.setData(path, text);
  }

  /** The part set to these bytes, in pieces. */
  setPieces(path: string, pieces: Buffer[]): void {
    this.setData(path, pieces);
  }

  private setData(path: string, data: string | Buffer[]): void {
    const key = partKey(path);
    this.removed.delete(key);
    this.sheetParts.delete(key);
    this.changed.set(key, { name: this.changed.get(key)?.name ?? path, data });
  }

  /**
   * A worksheet part to edit as it streams, or null when the package lacks it.
   * Its edits are made by `finishSheet` (or when the part is read or the copy written).
   */
  sheet(path: string): SheetPart | null {
    const key = partKey(path);
    const pending = this.sheetParts.get(key);
    if (pending !== undefined) return pending.part;
    if (!this.has(path)) return null;
    const part = new SheetPart();
    this.sheetParts.set(key, { name: path, part });
    return part;
  }

  /** The part's current bytes in chunks. */
  private chunks(path: string): AsyncIterable<Buffer> {
    const key = partKey(path);
    const changed = this.changed.get(key);
    const entry = this.rawEntry(key);
    if (changed !== undefined) return (async function* () { yield* piecesOf(changed.data); })();
    if (this.raw !== null && entry !== undefined) return utf8Chunks(rawEntryChunks(this.raw, entry));
    const chunks = this.zip?.chunks(path);
    if (chunks === undefined) throw new Error(`No part ${path} in the package`);
    return utf8Chunks(chunks);
  }

  /** Makes the edits of a worksheet part asked for by `sheet`, streaming it once (or whole, when it must). */
  async finishSheet(path: string): Promise<void> {
    const key = partKey(path);
    const pending = this.sheetParts.get(key);
    if (pending === undefined) return;
    this.sheetParts.delete(key);
    const name = this.changed.get(key)?.name ?? pending.name;
    const source = () => this.chunks(pending.name);
    const raw = this.raw;
    if (raw !== null) {
      const entry = this.rawEntry(key);
      const size = entry?.size ?? 0;
      const outcome =
        (!this.changed.has(key) && entry !== undefined ? await spliced(raw, entry, pending.part) : undefined) ??
        (await pending.part.stream(source, () => new DeflateSink(levelFor(size))));
      if (outcome.kind === "written") this.changed.set(key, { name, data: outcome.data });
      else if (outcome.kind === "whole") this.editWhole(key, name, pending.part, await this.partText(pending.name));
      return;
    }
    const outcome = await pending.part.stream(source, () => new CollectSink());
    if (outcome.kind === "written") this.changed.set(key, { name, data: outcome.data });
    else if (outcome.kind === "whole") this.editWhole(key, name, pending.part, await this.partText(pending.name));
  }

  private async partText(path: string): Promise<string> {
    return (await this.text(path)) ?? "";
  }

  private editWhole(key: string, name: string, part: SheetPart, xml: string): void {
    const edited = part.editWhole(xml);
    if (edited !== xml) this.changed.set(key, { name, data: edited });
  }

  remove(path: string): void {
    this.removed.add(partKey(path));
  }

  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  names(): string[] {
    const archived = this.zip !== null ? this.zip.names : [...this.rawNames.values()];
    const added = [...this.changed.values()].map((c) => c.name).filter((n) => !this.inArchive(n));
    return [...archived, ...added].filter((n) => !this.removed.has(partKey(n)));
  }

  /**
   * The copy: the parts set or removed here, the others as they were (their
   * stored bytes, when the archive allows); same input, same bytes (no clock
   * in the entries).
   */
  async toBuffer(): Promise<Buffer> {
    const pieces = await this.toPieces();
    return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
  }

  /** The copy in pieces, in order. */
  async toPieces(): Promise<Buffer[]> {
    for (const { name } of [...this.sheetParts.values()]) await this.finishSheet(name);
    if (this.raw !== null) {
      // Entries by the raw archive's own names, so an edited part replaces its entry whatever the case it was asked for in.
      const replaced = new Map<string, Buffer[] | Deflated>();
      for (const [key, { name, data }] of this.changed) if (!this.removed.has(key)) replaced.set(this.rawNames.get(key) ?? name, isDeflated(data) ? data : piecesOf(data));
      const removed = new Set<string>();
      for (const [key, name] of this.rawNames) if (this.removed.has(key)) removed.add(name);
      return copyRawZipPieces(this.raw, replaced, removed);
    }
    const archive = this.zip!;
    const zip = archive.zip;
    for (const key of this.removed) {
      const stored = archive.storedName(key);
      if (stored !== undefined) zip.remove(stored);
    }
    for (const [key, { name, data }] of this.changed) {
      if (this.removed.has(key)) continue;
      // Large parts (a big sheet with highlights) favour speed over size.
      const content = typeof data === "string" ? data : Buffer.concat(piecesOf(data));
      const level = content.length > 4_000_000 ? 1 : 6;
      // An existing part keeps the name it is stored under, whatever the case it was asked for in.
      zip.file(archive.storedName(name) ?? name, content, { compression: "DEFLATE", compressionOptions: { level }, createFolders: false, date: ENTRY_DATE });
    }
    return [await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })];
  }
}

class Rels {
  readonly list: Relationship[];

  private constructor(
    private readonly pkg: Package,
    readonly path: string,
    private xml: string,
  ) {
    this.list = parseRelationships(xml);
  }

  static async open(pkg: Package, path: string): Promise<Rels> {
    return new Rels(pkg, path, (await pkg.text(path)) ?? EMPTY_RELS);
  }

  add(type: string, target: string): string {
    const used = new Set(this.list.map((r) => r.id));
    let n = this.list.length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.list.push({ id, type, target, external: false });
    const root = xmlElements(this.xml, (_local, depth) => depth === 0)[0];
    const prefix = prefixOf(root.name);
    this.xml = applyEdits(this.xml, [appendToElement(root, startTag(`${prefix}Relationship`, { Id: id, Type: type, Target: target }, true))]);
    this.pkg.set(this.path, this.xml);
    return id;
  }

  removeWhere(test: (r: Relationship) => boolean): void {
    const gone = new Set(this.list.filter(test).map((r) => r.id));
    if (gone.size === 0) return;
    const elements = xmlElements(this.xml, (local, depth) => depth === 1 && local === "Relationship");
    this.xml = applyEdits(
      this.xml,
      elements.filter((e) => gone.has(e.attributes.Id ?? "")).map((e) => ({ start: e.start, end: e.end, text: "" })),
    );
    for (let i = this.list.length - 1; i >= 0; i--) if (gone.has(this.list[i].id)) this.list.splice(i, 1);
    this.pkg.set(this.path, this.xml);
  }
}

/** `[Content_Types].xml`: part names and extensions compare without regard to case, as OPC says. */
class ContentTypes {
  private constructor(
    private readonly pkg: Package,
    private xml: string,
  ) {}

  static async open(pkg: Package): Promise<ContentTypes> {
    return new ContentTypes(pkg, (await pkg.text(CONTENT_TYPES)) ?? "");
  }

  private elements(): XmlElement[] {
    if (this.xml === "") return [];
    return xmlElements(this.xml, (local, depth) => depth === 0 || (depth === 1 && (local === "Override" || local === "Default")));
  }

  private append(local: string, attributes: Record<string, string>): void {
    const root = this.elements()[0];
    if (root === undefined) return; // no content types part: nothing to declare in
    this.xml = applyEdits(this.xml, [appendToElement(root, startTag(`${prefixOf(root.name)}${local}`, attributes, true))]);
    this.pkg.set(CONTENT_TYPES, this.xml);
  }

  private find(local: string, key: string, value: string): XmlElement | undefined {
    return this.elements().find((e) => e.depth === 1 && e.local === local && (e.attributes[key] ?? "").toLowerCase() === value.toLowerCase());
  }

  override(partPath: string, contentType: string): void {
    if (this.find("Override", "PartName", `/${partPath}`) === undefined) this.append("Override", { PartName: `/${partPath}`, ContentType: contentType });
  }

  removeOverride(partPath: string): void {
    const element = this.find("Override", "PartName", `/${partPath}`);
    if (element === undefined) return;
    this.xml = applyEdits(this.xml, [{ start: element.start, end: element.end, text: "" }]);
    this.pkg.set(CONTENT_TYPES, this.xml);
  }

  /** The part's Override set to `contentType` (added when the part has none). */
  setOverride(partPath: string, contentType: string): void {
    const element = this.find("Override", "PartName", `/${partPath}`);
    if (element === undefined) return this.override(partPath, contentType);
    if (element.attributes.ContentType === contentType) return;
    this.xml = applyEdits(this.xml, [{ start: element.start, end: element.openEnd, text: startTag(element.name, { ...element.attributes, ContentType: contentType }, element.selfClosing) }]);
    this.pkg.set(CONTENT_TYPES, this.xml);
  }

  defaultFor(extension: string, contentType: string): void {
    if (this.find("Default", "Extension", extension) === undefined) this.append("Default", { Extension: extension, ContentType: contentType });
  }
}

/** Whether a relationship type is of this kind (`comments`, …) in either conformance class; compared without regard to ASCII case, as OPC compares them. */
function ofKind(type: string, kind: string): boolean {
  return type.toLowerCase().endsWith(`/${kind.toLowerCase()}`);
}

function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

interface SheetEntry {
  readonly name: string;
  readonly path: string;
  /** The sheet's `sheetId` in the workbook part, which Excel keeps across renames; null when missing or not unique. */
  readonly sheetId: number | null;
}

export class UserSheetError extends Error {}

interface WorkbookPart extends WorkbookViewParts {
  readonly root: XmlElement;
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly sheetId: number; readonly relId: string | undefined }>;
  readonly sheetsElement: XmlElement | undefined;
  readonly calcPr: XmlElement | undefined;
  /** Where a new `calcPr` goes: after the last of sheets, externalReferences, definedNames. */
  readonly calcPrAt: number | undefined;
}

function readWorkbookPart(xml: string): WorkbookPart {
  const elements = xmlElements(
    xml,
    (local, depth) =>
      depth === 0 ||
      (depth === 1 && (CALC_PR_ANCHORS.has(local) || local === "bookViews" || local === "functionGroups")) ||
      local === "calcPr" ||
      (depth === 2 && (local === "sheet" || local === "workbookView" || local === "definedName")),
  );
  const root = elements[0];
  if (root === undefined || root.local !== "workbook") throw new Error("The workbook part is not a workbook");
  const sheets = elements
    .filter((e) => e.depth === 2 && e.local === "sheet")
    .map((e) => ({ name: e.attributes.name ?? "", sheetId: Number(e.attributes.sheetId ?? 0), relId: relationshipIdOf(e.attributes) }));
  const anchors = elements.filter((e) => e.depth === 1 && CALC_PR_ANCHORS.has(e.local));
  const namesAnchors = elements.filter((e) => e.depth === 1 && (e.local === "sheets" || e.local === "functionGroups" || e.local === "externalReferences"));
  const child = (parent: string, local: string) =>
    elements.filter((e) => e.depth === 2 && e.local === local && e.parent >= 0 && elements[e.parent].local === parent);
  return {
    bookViews: elements.find((e) => e.depth === 1 && e.local === "bookViews"),
    workbookView: child("bookViews", "workbookView")[0],
    definedNames: elements.find((e) => e.depth === 1 && e.local === "definedNames"),
    definedName: child("definedNames", "definedName"),
    definedNamesAt: namesAnchors.length > 0 ? Math.max(...namesAnchors.map((e) => e.end)) : undefined,
    root,
    sheets,
    sheetsElement: elements.find((e) => e.depth === 1 && e.local === "sheets"),
    calcPr: elements.find((e) => e.depth === 1 && e.local === "calcPr"),
    calcPrAt: anchors.length > 0 ? Math.max(...anchors.map((e) => e.end)) : undefined,
  };
}

/**
 * The workbook part with the new sheet listed, the summary (`model`) as the
 * active tab with its print titles, and a full recalculation asked for on opening.
 */
function editWorkbook(xml: string, newSheet: { name: string; relId: string } | null, model: SummarySheetModel, ns: Conformance): string {
  const part = readWorkbookPart(xml);
  const prefix = prefixOf(part.root.name);
  const existing = part.sheets.findIndex((s) => sameSheetName(s.name, model.name));
  const index = newSheet !== null || existing < 0 ? part.sheets.length : existing;
  const edits: XmlEdit[] = workbookViewEdits(part, index, printTitlesFormula(model.name, model.print));
  if (newSheet !== null) {
    if (part.sheetsElement === undefined) throw new Error("The workbook part lists no sheets");
    const sheetId = 1 + Math.max(0, ...part.sheets.map((s) => s.sheetId).filter(Number.isFinite));
    edits.push(appendToElement(part.sheetsElement, startTag(`${prefix}sheet`, { name: newSheet.name, sheetId, "r:id": newSheet.relId }, true)));
    if (part.root.attributes["xmlns:r"] === undefined) {
      const at = part.root.start + 1 + part.root.name.length;
      edits.push({ start: at, end: at, text: ` xmlns:r="${ns.relationships}"` });
    }
  }
  // Excel recalculates every formula when it opens the copy.
  if (part.calcPr !== undefined) {
    const c = part.calcPr;
    edits.push({ start: c.start, end: c.openEnd, text: startTag(c.name, { ...c.attributes, fullCalcOnLoad: "1" }, c.selfClosing) });
  } else if (part.calcPrAt !== undefined) {
    edits.push({ start: part.calcPrAt, end: part.calcPrAt, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` });
  }
  return applyEdits(xml, edits);
}

/** The highest VML shape-id block (`<o:idmap data="1,2">`) used in the package. */
async function lastVmlBlock(pkg: Package): Promise<number> {
  let last = 0;
  for (const name of pkg.names().filter((n) => n.toLowerCase().endsWith(".vml"))) {
    // VML from Excel is not always well-formed XML (`<br>` in note text): read as text.
    for (const m of ((await pkg.text(name)) ?? "").matchAll(/\bdata="([\d,]+)"/g)) last = Math.max(last, ...m[1].split(",").map(Number));
  }
  return last;
}

/** The package opened, with its workbook part, the workbook's relationships and its worksheets. */
interface OpenedWorkbook {
  readonly pkg: Package;
  readonly types: ContentTypes;
  readonly workbookPath: string;
  readonly workbookFolder: string;
  readonly workbookXml: string;
  /** The namespaces the package is written in (what its workbook part's root says): new parts are written in them. */
  readonly ns: Conformance;
  readonly workbookRels: Rels;
  readonly sheets: readonly SheetEntry[];
}

/**
 * A new part's path in the workbook's folder: `name(n)` for the first free `n`,
 * free in any case and with no relationships part of its own left over (a new
 * part must not inherit another's relationships).
 */
function freeWorkbookPart(book: OpenedWorkbook, name: (n: number) => string): string {
  const path = (n: number) => `${book.workbookFolder === "" ? "" : `${book.workbookFolder}/`}${name(n)}`;
  for (let n = 1; ; n++) if (!book.pkg.has(path(n)) && !book.pkg.has(relsPathOf(path(n)))) return path(n);
}

async function openWorkbook(input: Buffer): Promise<OpenedWorkbook> {
  const pkg = await Package.open(input);
  const types = await ContentTypes.open(pkg);
  const rootRels = parseRelationships((await pkg.text("_rels/.rels")) ?? "");
  const office = rootRels.find((r) => /\/officeDocument$/i.test(r.type));
  const workbookPath = office ? resolvePartPath("", office.target) : "xl/workbook.xml";
  const workbookFolder = folderOf(workbookPath);
  const workbookXml = await pkg.text(workbookPath);
  if (workbookXml === undefined) throw new Error(`No workbook part in the package (${workbookPath})`);
  const workbookRels = await Rels.open(pkg, relsPathOf(workbookPath));

  const sheets: SheetEntry[] = [];
  const workbookPart = readWorkbookPart(workbookXml);
  const ns = conformanceOf(workbookPart.root.name, workbookPart.root.attributes);
  const idCount = new Map<number, number>();
  for (const entry of workbookPart.sheets) idCount.set(entry.sheetId, (idCount.get(entry.sheetId) ?? 0) + 1);
  for (const entry of workbookPart.sheets) {
    const rel = entry.relId !== undefined ? workbookRels.list.find((r) => r.id === entry.relId) : undefined;
    const sheetId = Number.isSafeInteger(entry.sheetId) && entry.sheetId > 0 && idCount.get(entry.sheetId) === 1 ? entry.sheetId : null;
    if (rel && /\/worksheet$/i.test(rel.type)) sheets.push({ name: entry.name, path: resolvePartPath(workbookFolder, rel.target), sheetId });
  }
  return { pkg, types, workbookPath, workbookFolder, workbookXml, ns, workbookRels, sheets };
}

/** The styles part (a minimal one when the file has none, as some generators write) and where it goes. */
async function openStyles(book: OpenedWorkbook): Promise<{ path: string; styles: StylesPatch }> {
  const { pkg, types, workbookFolder, workbookRels } = book;
  const stylesRel = workbookRels.list.find((r) => /\/styles$/i.test(r.type));
  let stylesPath = stylesRel ? resolvePartPath(workbookFolder, stylesRel.target) : undefined;
  let stylesXml = stylesPath ? await pkg.text(stylesPath) : undefined;
  if (stylesPath === undefined || stylesXml === undefined) {
    stylesPath = freeWorkbookPart(book, (n) => `styles${n === 1 ? "" : n}.xml`);
    stylesXml = minimalStyles(book.ns);
    if (!stylesRel) workbookRels.add(relationshipType(book.ns, "styles"), relativeTarget(workbookFolder, stylesPath));
    types.override(stylesPath, CT_STYLES);
  }
  return { path: stylesPath, styles: new StylesPatch(stylesXml) };
}

interface SummaryPart {
  /** The sheet allocheck wrote before, refreshed in place; undefined when the summary is new. */
  readonly existing: SheetEntry | undefined;
  readonly path: string;
  /** The part up to and with its rows, in pieces, and the rest (where the chart's drawing goes). */
  readonly body: readonly Buffer[];
  readonly tail: string;
  /** The sheet to list in the workbook part; null when it is listed already. */
  readonly newSheet: { name: string; relId: string } | null;
}

/**
 * The earlier summary's relationships go (its links are formulas; its chart is
 * written afresh), and with them the drawing and chart they led to — an
 * earlier run's, or what another program attached — when no other part of the
 * package points at them, so that rerunning on a copy leaves no part behind
 * and never takes one something else uses.
 */
async function dropSummaryParts(book: OpenedWorkbook, sheetPath: string): Promise<void> {
  const { pkg, types } = book;
  const relsPath = relsPathOf(sheetPath);
  if (!pkg.has(relsPath)) return;
  /** The drawings and charts reached from the summary, by key, with their paths. */
  const reached = new Map<string, string>();
  const walk = async (from: string): Promise<void> => {
    const rels = await Rels.open(pkg, relsPathOf(from));
    for (const r of rels.list) {
      if (r.external || !(ofKind(r.type, "drawing") || ofKind(r.type, "chart"))) continue;
      const path = resolvePartPath(folderOf(from), r.target);
      if (reached.has(partKey(path)) || !pkg.has(path)) continue;
      reached.set(partKey(path), path);
      if (pkg.has(relsPathOf(path))) await walk(path);
    }
  };
  await walk(sheetPath);
  pkg.remove(relsPath);
  if (reached.size === 0) return;
  const own = new Set([partKey(relsPath), ...[...reached.keys()].map((key) => partKey(relsPathOf(reached.get(key)!)))]);
  // Any other relationship to one of them: all are kept (a drawing and its charts go together or not at all).
  for (const name of pkg.names()) {
    if (!/\.rels$/i.test(name) || own.has(partKey(name))) continue;
    const from = sourceOfRels(name);
    const list = parseRelationships((await pkg.text(name)) ?? "");
    if (list.some((r) => !r.external && reached.has(partKey(resolvePartPath(folderOf(from), r.target))))) return;
  }
  for (const path of reached.values()) {
    pkg.remove(path);
    if (pkg.has(relsPathOf(path))) pkg.remove(relsPathOf(path));
    types.removeOverride(path);
  }
}

/** The summary sheet: refreshed in place when it is ours, added at the end otherwise. */
async function writeSummarySheet(book: OpenedWorkbook, model: SummarySheetModel, styles: StylesPatch): Promise<SummaryPart> {
  const { pkg, types, workbookFolder, workbookRels } = book;
  const existing = book.sheets.find((s) => sameSheetName(s.name, model.name));
  const { body, tail } = summarySheetPieces(model, styles, book.ns);
  const pieces = () => [...body, Buffer.from(tail, "utf8")];
  if (existing !== undefined) {
    const sharedRel = workbookRels.list.find((r) => /\/sharedStrings$/i.test(r.type));
    const shared = sharedRel ? parseSharedStrings((await pkg.text(resolvePartPath(workbookFolder, sharedRel.target))) ?? "") : [];
    const current = parseSheetXml(existing.name, (await pkg.text(existing.path)) ?? "", shared, false);
    if (!isAllocheckSummary(current)) throw new UserSheetError(`Refusing to overwrite the user's sheet "${existing.name}"`);
    pkg.setPieces(existing.path, pieces());
    await dropSummaryParts(book, existing.path);
    return { existing, path: existing.path, body, tail, newSheet: null };
  }
  const path = freeWorkbookPart(book, (n) => `worksheets/sheet${n}.xml`);
  pkg.setPieces(path, pieces());
  const newSheet = { name: model.name, relId: workbookRels.add(relationshipType(book.ns, "worksheet"), relativeTarget(workbookFolder, path)) };
  types.override(path, CT_WORKSHEET);
  return { existing, path, body, tail, newSheet };
}

/** The workbook part edited, and the copy opening on the summary: no other tab stays selected (two would open grouped). */
async function openOnSummary(book: OpenedWorkbook, summary: SummaryPart, model: SummarySheetModel): Promise<void> {
  const { pkg } = book;
  pkg.set(book.workbookPath, editWorkbook(book.workbookXml, summary.newSheet, model, book.ns));
  for (const sheet of book.sheets) {
    if (sameSheetName(sheet.name, model.name)) continue;
    // Made as the part streams (see sheetPart.ts): a part whose tab is not selected is left as it is.
    pkg.sheet(sheet.path)?.editFrame({ edit: unselectSheetXml, headOnly: true });
  }
}

/** The progress chart (CONTRACT §7): a drawing and a chart of the summary sheet's own. */
function addProgressChart(book: OpenedWorkbook, summary: SummaryPart, model: SummarySheetModel): void {
  if (model.chart === undefined) return;
  const { pkg, types } = book;
  const chartPath = freeWorkbookPart(book, (n) => `charts/chart${n}.xml`);
  const drawingPath = freeWorkbookPart(book, (n) => `drawings/drawing${n}.xml`);
  const { ns } = book;
  pkg.set(chartPath, chartXml(model.name, model.chart, ns));
  pkg.set(drawingPath, drawingXml(model.chart, "rId1", ns));
  pkg.set(relsPathOf(drawingPath), singleRels("rId1", relationshipType(ns, "chart"), relativeTarget(folderOf(drawingPath), chartPath)));
  pkg.set(relsPathOf(summary.path), singleRels("rId1", relationshipType(ns, "drawing"), relativeTarget(folderOf(summary.path), drawingPath)));
  // The drawing goes after the rows (withDrawing looks for the part's end or its notes' drawing, never in a cell's escaped text).
  pkg.setPieces(summary.path, [...summary.body, Buffer.from(withDrawing(summary.tail, "rId1"), "utf8")]);
  types.override(chartPath, CT_CHART);
  types.override(drawingPath, CT_DRAWING);
}

/**
 * The copy is a workbook: a template's (.xltx, .xltm) main part becomes a
 * workbook's of the same macro kind, as Excel does when it makes a workbook
 * from a template; a workbook's, with or without macros, stays as it is.
 */
async function asWorkbook(book: OpenedWorkbook): Promise<void> {
  const kind = kindOfContentType(contentTypeOf((await book.pkg.text(CONTENT_TYPES)) ?? "", book.workbookPath));
  if (kind.template) book.types.setOverride(book.workbookPath, copyContentType(kind));
}

/** The old calculation chain goes (Excel rebuilds it). */
function dropCalcChain(book: OpenedWorkbook): void {
  const calcChain = book.workbookRels.list.find((r) => /\/calcChain$/i.test(r.type));
  if (!calcChain) return;
  const path = resolvePartPath(book.workbookFolder, calcChain.target);
  book.pkg.remove(path);
  book.types.removeOverride(path);
  book.workbookRels.removeWhere((r) => r === calcChain);
}

/** The colour allocheck fills a cell of this severity with, as ARGB (`FFF8B4B4`). */
function highlightColour(severity: Severity): string {
  return `FF${HIGHLIGHT_FILL[severity].replace(/^#/, "").toUpperCase()}`;
}

/** The fill of each severity, added to the styles the first time it is asked for. */
function highlightFills(styles: StylesPatch): (severity: Severity) => number {
  const fills = new Map<Severity, number>();
  return (severity) => {
    let id = fills.get(severity);
    if (id === undefined) {
      const rgb = highlightColour(severity);
      const t = (n: string) => styles.tag(n);
      id = styles.addFill(`<${t("patternFill")} patternType="solid"><${t("fgColor")} rgb="${rgb}"/><${t("bgColor")} indexed="64"/></${t("patternFill")}>`);
      fills.set(severity, id);
    }
    return id;
  };
}

function bySheetName(highlights: readonly Highlight[]): Map<string, Highlight[]> {
  const bySheet = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const list = bySheet.get(h.sheet);
    if (list) list.push(h);
    else bySheet.set(h.sheet, [h]);
  }
  return bySheet;
}

/** One highlight per cell: a cell found by several checks gets the most severe. */
function mostSevereByCell(list: readonly Highlight[]): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const h of list) {
    const key = `${h.row}:${h.col}`;
    const known = byCell.get(key);
    if (known === undefined || severityRank(h.severity) < severityRank(known.severity)) byCell.set(key, h);
  }
  return [...byCell.values()];
}

/**
 * The notes of a user's sheet in its comments part (new or existing) and the
 * shapes of the new ones in its VML drawing; allocheck's notes of an earlier
 * run on cells that are no longer found go, with their shapes. Returns the
 * relationship id the sheet's new `legacyDrawing` points at, when the VML
 * drawing is new.
 */
async function addNotes(book: OpenedWorkbook, sheet: SheetEntry, list: readonly Highlight[], nextVmlBlock: () => number): Promise<string | undefined> {
  const { pkg, types, ns } = book;
  const sheetFolder = folderOf(sheet.path);
  const rels = await Rels.open(pkg, relsPathOf(sheet.path));
  const commentsRel = rels.list.find((r) => ofKind(r.type, "comments"));
  const vmlRel = rels.list.find((r) => ofKind(r.type, "vmlDrawing"));
  const vmlPath = vmlRel ? resolvePartPath(sheetFolder, vmlRel.target) : undefined;
  const commentsPath = commentsRel ? resolvePartPath(sheetFolder, commentsRel.target) : freeWorkbookPart(book, (n) => `comments${n}.xml`);
  let existing = commentsRel ? await pkg.text(commentsPath) : undefined;
  if (existing !== undefined && existing.includes(OWN_NOTE_PREFIX)) {
    const stale = removeOwnNotes(existing, new Set(list.map((h) => a1(h.row, h.col))), NOTE_SEPARATOR);
    if (stale.xml !== existing) {
      existing = stale.xml;
      pkg.set(commentsPath, existing);
      if (vmlPath !== undefined && stale.removed.length > 0) pkg.set(vmlPath, removeNoteShapes((await pkg.text(vmlPath)) ?? "", stale.removed));
    }
  }
  if (list.length === 0) return undefined;
  const notes = list.map((h) => ({ row: h.row, col: h.col, text: `${OWN_NOTE_PREFIX}${h.note}` }));
  const { xml: commentsXml, added } = addComments(existing, notes, NOTE_SEPARATOR, ns);
  pkg.set(commentsPath, commentsXml);
  if (!commentsRel) {
    rels.add(relationshipType(ns, "comments"), relativeTarget(sheetFolder, commentsPath));
    types.override(commentsPath, CT_COMMENTS);
  }
  if (added.length === 0) return undefined;
  if (vmlPath !== undefined) {
    pkg.set(vmlPath, addNoteShapes(await pkg.text(vmlPath), added, nextVmlBlock()));
    return undefined;
  }
  const newVmlPath = freeWorkbookPart(book, (n) => `drawings/vmlDrawing${n}.vml`);
  pkg.set(newVmlPath, addNoteShapes(undefined, added, nextVmlBlock()));
  const legacyDrawingId = rels.add(relationshipType(ns, "vmlDrawing"), relativeTarget(sheetFolder, newVmlPath));
  types.defaultFor("vml", CT_VML);
  return legacyDrawingId;
}

/** A cell to colour (a current finding's) or to put back as it was (an earlier run's, no longer found). */
type SheetTarget = (Highlight & { readonly restore?: undefined }) | { readonly row: number; readonly col: number; readonly restore: RecordedCell };

/** Whether a sheet carries a note allocheck wrote in an earlier run. */
async function hasOwnNotes(book: OpenedWorkbook, sheet: SheetEntry): Promise<boolean> {
  const relsPath = relsPathOf(sheet.path);
  if (!book.pkg.has(relsPath)) return false;
  const rels = await Rels.open(book.pkg, relsPath);
  const commentsRel = rels.list.find((r) => ofKind(r.type, "comments"));
  if (commentsRel === undefined) return false;
  return ((await book.pkg.text(resolvePartPath(folderOf(sheet.path), commentsRel.target))) ?? "").includes(OWN_NOTE_PREFIX);
}

/**
 * The highlights on the user's sheets (never on the summary): notes, then
 * fills and the notes' drawing in one pass over each sheet. The cells an
 * earlier run coloured (`previous`) that are not found now get their format
 * back; returns the record of what the cells coloured now had.
 */
async function highlightUserSheets(
  book: OpenedWorkbook,
  summary: SummaryPart,
  styles: StylesPatch,
  highlights: readonly Highlight[],
  previous: HighlightRecord,
): Promise<HighlightRecord> {
  const { pkg } = book;
  const fillFor = highlightFills(styles);
  const record: HighlightRecord = [];
  let vmlBlock = 1 + (await lastVmlBlock(pkg));
  const nextVmlBlock = () => vmlBlock++;
  const bySheet = bySheetName(highlights);
  for (const sheet of book.sheets) {
    if (sheet === summary.existing) continue;
    const list = bySheet.get(sheet.name) ?? [];
    // By the sheet's id first: a sheet renamed since the earlier run still gets its colours put back.
    const before = recordedCellsOf(previous, sheet, sameSheetName);
    if (list.length === 0 && before === undefined && !(await hasOwnNotes(book, sheet))) continue;
    const legacyDrawingId = await addNotes(book, sheet, list, nextVmlBlock);
    const coloured = mostSevereByCell(list);
    const targets: SheetTarget[] = [...coloured];
    if (before !== undefined) {
      const now = new Set(coloured.map((h) => cellKey(h.row, h.col)));
      for (const [key, cell] of before) if (!now.has(key)) targets.push({ row: cell.row, col: cell.col, restore: cell });
    }
    const kept = new Map<number, RecordedCell>();
    const styleFor = (current: number, t: SheetTarget): number => {
      if (t.restore !== undefined) return restoredStyle(current, t.restore, styles) ?? current;
      // A cell still coloured from the earlier run: its format before that run is the one to keep and colour.
      const earlier = before?.get(cellKey(t.row, t.col));
      const base = earlier !== undefined ? (restoredStyle(current, earlier, styles) ?? current) : current;
      // Recorded where the format's fill is known (a format the file lacks has none to put back).
      const fill = styles.fillOf(base);
      if (fill !== undefined) kept.set(cellKey(t.row, t.col), { row: t.row, col: t.col, style: base, fill, applied: highlightColour(t.severity) });
      return styles.withFill(base, fillFor(t.severity));
    };
    if (targets.length > 0) {
      const part = pkg.sheet(sheet.path);
      if (part !== null) {
        // Only the rows with highlights are rewritten; the frame gets the notes' drawing.
        part.highlight(targets, styleFor);
        if (legacyDrawingId !== undefined) part.editFrame({ edit: (outside) => highlightSheet(outside, [], () => 0, legacyDrawingId, book.ns) });
        // Streamed now, so that the formats are added to the styles in the order of the sheets.
        await pkg.finishSheet(sheet.path);
      } else {
        pkg.set(sheet.path, highlightSheet((await pkg.text(sheet.path)) ?? "", targets, styleFor, legacyDrawingId, book.ns));
      }
    }
    if (kept.size > 0) record.push({ name: sheet.name, sheetId: sheet.sheetId, cells: kept });
  }
  return record;
}

/** The record an earlier run left in the copy, and where. */
interface StoredRecord {
  readonly record: HighlightRecord;
  readonly path: string | null;
  readonly relId: string | null;
}

async function readHighlightRecord(book: OpenedWorkbook): Promise<StoredRecord> {
  for (const rel of book.workbookRels.list) {
    if (rel.external || !ofKind(rel.type, "customXml")) continue;
    const path = resolvePartPath(book.workbookFolder, rel.target);
    const text = await book.pkg.text(path);
    const record = text === undefined ? null : decodeHighlightRecord(text);
    if (record !== null) return { record, path, relId: rel.id };
  }
  return { record: [], path: null, relId: null };
}

/** The record written to the copy (a custom XML item of its own), or taken out of it when no cell is coloured now. */
async function writeHighlightRecord(book: OpenedWorkbook, stored: StoredRecord, record: HighlightRecord): Promise<void> {
  const { pkg, types } = book;
  const empty = record.every((sheet) => sheet.cells.size === 0);
  if (stored.path !== null) {
    if (!empty) return pkg.set(stored.path, encodeHighlightRecord(record));
    const itemRels = await Rels.open(pkg, relsPathOf(stored.path));
    for (const r of itemRels.list) {
      if (!ofKind(r.type, "customXmlProps")) continue;
      const props = resolvePartPath(folderOf(stored.path), r.target);
      pkg.remove(props);
      types.removeOverride(props);
    }
    pkg.remove(relsPathOf(stored.path));
    pkg.remove(stored.path);
    types.removeOverride(stored.path);
    book.workbookRels.removeWhere((r) => r.id === stored.relId);
    return;
  }
  if (empty) return;
  const free = (n: number) => !pkg.has(`customXml/item${n}.xml`) && !pkg.has(`customXml/itemProps${n}.xml`) && !pkg.has(relsPathOf(`customXml/item${n}.xml`));
  let n = 1;
  while (!free(n)) n++;
  const itemPath = `customXml/item${n}.xml`;
  const propsPath = `customXml/itemProps${n}.xml`;
  pkg.set(itemPath, encodeHighlightRecord(record));
  pkg.set(propsPath, recordPropsXml(book.ns));
  pkg.set(relsPathOf(itemPath), singleRels("rId1", relationshipType(book.ns, "customXmlProps"), `itemProps${n}.xml`));
  types.override(itemPath, "application/xml");
  types.override(propsPath, CUSTOM_XML_PROPS_TYPE);
  book.workbookRels.add(relationshipType(book.ns, "customXml"), relativeTarget(book.workbookFolder, itemPath));
}

/**
 * The input workbook's bytes with the summary sheet written or refreshed and
 * the highlights applied. Throws `UserSheetError` when `model.name` is a
 * sheet allocheck did not write.
 */
export async function writeSummaryPackage(input: Buffer, model: SummarySheetModel, highlights: readonly Highlight[] | null): Promise<Buffer> {
  const pieces = await writeSummaryPackagePieces(input, model, highlights);
  return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces);
}

/** The same bytes in pieces, in order. */
export async function writeSummaryPackagePieces(input: Buffer, model: SummarySheetModel, highlights: readonly Highlight[] | null): Promise<Buffer[]> {
  const book = await openWorkbook(input);
  const { path: stylesPath, styles } = await openStyles(book);
  const summary = await writeSummarySheet(book, model, styles);
  await openOnSummary(book, summary, model);
  addProgressChart(book, summary, model);
  dropCalcChain(book);
  await asWorkbook(book);
  // The earlier run's colours that are not found now are taken off, the current ones put on: the copy's highlights are the current findings.
  const stored = await readHighlightRecord(book);
  const record = await highlightUserSheets(book, summary, styles, highlights ?? [], stored.record);
  await writeHighlightRecord(book, stored, record);
  book.pkg.set(stylesPath, styles.toXml());
  return book.pkg.toPieces();
}
