/**
 * The summary copy written by editing the .xlsx package directly: every part
 * the summary does not concern is copied byte for byte (charts, pivot tables,
 * images, macros, everything ExcelJS would drop), and only the workbook list,
 * the styles, the summary sheet and the highlighted sheets are rewritten.
 * Fast on large workbooks: nothing is parsed beyond what is edited.
 */
import type { Highlight, SummarySheetModel } from "../../core/model/summary";
import type { Severity } from "../../core/model/finding";
import type { Lang } from "../../core/model/text";
import { HIGHLIGHT_FILL } from "../../core/model/summary";
import { isAllocheckSummary, sameSheetName } from "../../core/summary/naming";
import { deflatedEntry, openZip, writeZip, type RawEntry } from "./zip";
import { parseAttributes, parseRelationships, parseSharedStrings, resolvePartPath, type Relationship } from "./xml";
import { parseSheetXml } from "./sheetXml";
import { escapeXml, StylesPatch } from "./stylesPatch";
import { summarySheetXml } from "./summaryXml";
import { addComments, addLegacyDrawing, addNoteShapes, restyleCells } from "./highlightXml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_WORKSHEET = `${REL}/worksheet`; // the type written for a new sheet
const REL_COMMENTS = `${REL}/comments`;
const REL_VML = `${REL}/vmlDrawing`;
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** Separator between a note the user had and allocheck's. */
export const NOTE_SEPARATOR = "\n— allocheck —\n";

function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

function relsPathOf(path: string): string {
  const folder = folderOf(path);
  const base = path.slice(folder === "" ? 0 : folder.length + 1);
  return folder === "" ? `_rels/${base}.rels` : `${folder}/_rels/${base}.rels`;
}

/** A target relative to the folder of the part that points at it. */
function relativeTarget(fromFolder: string, to: string): string {
  const from = fromFolder === "" ? [] : fromFolder.split("/");
  const parts = to.split("/");
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  return [...from.slice(common).map(() => ".."), ...parts.slice(common)].join("/");
}

class Package {
  private readonly zip;
  private readonly order: string[];
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();

  constructor(input: Buffer) {
    this.zip = openZip(input);
    this.order = [...this.zip.names];
  }

  has(path: string): boolean {
    return !this.removed.has(path) && (this.changed.has(path) || this.zip.has(path));
  }

  text(path: string): string | undefined {
    if (this.removed.has(path)) return undefined;
    return this.changed.get(path) ?? this.zip.text(path);
  }

  set(path: string, text: string): void {
    this.removed.delete(path);
    if (!this.zip.has(path) && !this.changed.has(path)) this.order.push(path);
    this.changed.set(path, text);
  }

  remove(path: string): void {
    this.removed.add(path);
  }

  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  names(): string[] {
    return this.order.filter((n) => !this.removed.has(n));
  }

  toBuffer(): Buffer {
    const entries: Array<[string, RawEntry]> = [];
    for (const name of this.names()) {
      const text = this.changed.get(name);
      const entry = text !== undefined ? deflatedEntry(text) : this.zip.raw(name);
      if (entry !== undefined) entries.push([name, entry]);
    }
    return writeZip(entries);
  }
}

class Rels {
  readonly list: Relationship[];
  private xml: string;

  constructor(
    private readonly pkg: Package,
    readonly path: string,
  ) {
    this.xml = pkg.text(path) ?? EMPTY_RELS;
    this.list = parseRelationships(this.xml);
  }

  add(type: string, target: string): string {
    const used = new Set(this.list.map((r) => r.id));
    let n = this.list.length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.list.push({ id, type, target, external: false });
    this.xml = this.xml.replace(/<\/((?:\w+:)?Relationships)>/, `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></$1>`);
    this.pkg.set(this.path, this.xml);
    return id;
  }

  removeWhere(test: (r: Relationship) => boolean): void {
    const gone = this.list.filter(test);
    if (gone.length === 0) return;
    for (const r of gone) {
      this.xml = this.xml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*\\bId="${r.id}"[^>]*\\/>`), "");
      this.list.splice(this.list.indexOf(r), 1);
    }
    this.pkg.set(this.path, this.xml);
  }
}

class ContentTypes {
  constructor(private readonly pkg: Package) {}

  private get xml(): string {
    return this.pkg.text("[Content_Types].xml") ?? "";
  }

  override(partPath: string, contentType: string): void {
    const name = `/${partPath}`;
    if (this.xml.includes(`PartName="${name}"`)) return;
    this.pkg.set("[Content_Types].xml", this.xml.replace(/<\/((?:\w+:)?Types)>/, `<Override PartName="${escapeXml(name)}" ContentType="${contentType}"/></$1>`));
  }

  removeOverride(partPath: string): void {
    this.pkg.set("[Content_Types].xml", this.xml.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${partPath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*\\/>`), ""));
  }

  defaultFor(extension: string, contentType: string): void {
    if (new RegExp(`Extension="${extension}"`, "i").test(this.xml)) return;
    this.pkg.set("[Content_Types].xml", this.xml.replace(/<\/((?:\w+:)?Types)>/, `<Default Extension="${extension}" ContentType="${contentType}"/></$1>`));
  }
}

interface SheetEntry {
  readonly name: string;
  readonly path: string;
}

export class UserSheetError extends Error {}

/**
 * The input workbook's bytes with the summary sheet written or refreshed and
 * the highlights applied. Throws `UserSheetError` when `model.name` is a
 * sheet allocheck did not write.
 */
export function writeSummaryPackage(input: Buffer, model: SummarySheetModel, highlights: readonly Highlight[] | null, lang: Lang): Buffer {
  const pkg = new Package(input);
  const types = new ContentTypes(pkg);
  const rootRels = parseRelationships(pkg.text("_rels/.rels") ?? "");
  const office = rootRels.find((r) => /\/officeDocument$/.test(r.type));
  const workbookPath = office ? resolvePartPath("", office.target) : "xl/workbook.xml";
  const workbookFolder = folderOf(workbookPath);
  let workbookXml = pkg.text(workbookPath);
  if (workbookXml === undefined) throw new Error(`No workbook part in the package (${workbookPath})`);
  const workbookRels = new Rels(pkg, relsPathOf(workbookPath));
  const wp = /<(\w+:)?workbook\b/.exec(workbookXml)?.[1] ?? "";

  const sheets: SheetEntry[] = [];
  let maxSheetId = 0;
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1]);
    maxSheetId = Math.max(maxSheetId, Number(a.sheetId ?? 0));
    const relKey = Object.keys(a).find((k) => /(^|:)id$/.test(k) && k !== "sheetId");
    const rel = relKey ? workbookRels.list.find((r) => r.id === a[relKey]) : undefined;
    if (rel && /\/worksheet$/.test(rel.type)) sheets.push({ name: a.name ?? "", path: resolvePartPath(workbookFolder, rel.target) });
  }

  // Styles.
  // Styles (a minimal part when the file has none, as some generators write).
  const stylesRel = workbookRels.list.find((r) => /\/styles$/.test(r.type));
  let stylesPath = stylesRel ? resolvePartPath(workbookFolder, stylesRel.target) : undefined;
  let stylesXml = stylesPath ? pkg.text(stylesPath) : undefined;
  if (stylesPath === undefined || stylesXml === undefined) {
    stylesPath = pkg.freeName((n) => `${workbookFolder === "" ? "" : `${workbookFolder}/`}styles${n === 1 ? "" : n}.xml`);
    stylesXml = MINIMAL_STYLES;
    if (!stylesRel) workbookRels.add(`${REL}/styles`, relativeTarget(workbookFolder, stylesPath));
    types.override(stylesPath, CT_STYLES);
  }
  const styles = new StylesPatch(stylesXml);

  // The summary sheet: refreshed in place when it is ours, added at the end otherwise.
  const existing = sheets.find((s) => sameSheetName(s.name, model.name));
  const sheetXml = summarySheetXml(model, styles);
  if (existing !== undefined) {
    const sharedRel = workbookRels.list.find((r) => /\/sharedStrings$/.test(r.type));
    const shared = sharedRel ? parseSharedStrings(pkg.text(resolvePartPath(workbookFolder, sharedRel.target)) ?? "") : [];
    const current = parseSheetXml(existing.name, pkg.text(existing.path) ?? "", shared, false);
    if (!isAllocheckSummary(current)) throw new UserSheetError(`Refusing to overwrite the user's sheet "${existing.name}"`);
    pkg.set(existing.path, sheetXml);
    // Our sheet has no parts of its own (links are formulas): drop what another program attached.
    if (pkg.has(relsPathOf(existing.path))) pkg.remove(relsPathOf(existing.path));
  } else {
    const path = pkg.freeName((n) => `${workbookFolder === "" ? "" : `${workbookFolder}/`}worksheets/sheet${n}.xml`);
    pkg.set(path, sheetXml);
    const id = workbookRels.add(REL_WORKSHEET, relativeTarget(workbookFolder, path));
    types.override(path, CT_WORKSHEET);
    const entry = `<${wp}sheet name="${escapeXml(model.name)}" sheetId="${maxSheetId + 1}" r:id="${id}"/>`;
    workbookXml = workbookXml.replace(/<\/((?:\w+:)?sheets)>/, `${entry}</$1>`);
    if (!/xmlns:r\s*=/.test(workbookXml)) workbookXml = workbookXml.replace(/<((?:\w+:)?workbook)\b/, `<$1 xmlns:r="${REL}"`);
  }

  // Excel recalculates every formula when it opens the copy; the old calculation chain goes.
  if (/<(?:\w+:)?calcPr\b/.test(workbookXml)) {
    workbookXml = workbookXml.replace(/<((?:\w+:)?calcPr)\b([^>]*?)(\/?)>/, (_m, tag: string, attrs: string, close: string) => {
      const a = /\bfullCalcOnLoad="/.test(attrs) ? attrs.replace(/\bfullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"') : `${attrs} fullCalcOnLoad="1"`;
      return `<${tag}${a}${close}>`;
    });
  } else {
    const anchor = /<\/(?:\w+:)?definedNames>|<\/(?:\w+:)?externalReferences>|<\/(?:\w+:)?sheets>/g;
    let last: RegExpExecArray | null = null;
    for (const m of workbookXml.matchAll(anchor)) last = m as RegExpExecArray;
    if (last) {
      const at = last.index + last[0].length;
      workbookXml = `${workbookXml.slice(0, at)}<${wp}calcPr fullCalcOnLoad="1"/>${workbookXml.slice(at)}`;
    }
  }
  pkg.set(workbookPath, workbookXml);
  const calcChain = workbookRels.list.find((r) => /\/calcChain$/.test(r.type));
  if (calcChain) {
    const path = resolvePartPath(workbookFolder, calcChain.target);
    pkg.remove(path);
    types.removeOverride(path);
    workbookRels.removeWhere((r) => r === calcChain);
  }

  // Highlights.
  if (highlights !== null && highlights.length > 0) {
    const fills = new Map<Severity, number>();
    const fillFor = (severity: Severity) => {
      let id = fills.get(severity);
      if (id === undefined) {
        const rgb = `FF${HIGHLIGHT_FILL[severity].replace(/^#/, "").toUpperCase()}`;
        const t = (n: string) => styles.tag(n);
        id = styles.addFill(`<${t("patternFill")} patternType="solid"><${t("fgColor")} rgb="${rgb}"/><${t("bgColor")} indexed="64"/></${t("patternFill")}>`);
        fills.set(severity, id);
      }
      return id;
    };
    let vmlBlock = 1 + Math.max(0, ...pkg.names().filter((n) => n.endsWith(".vml")).flatMap((n) => [...(pkg.text(n) ?? "").matchAll(/\bdata="([\d,]+)"/g)].flatMap((m) => m[1].split(",").map(Number))));
    const bySheet = new Map<string, Highlight[]>();
    for (const h of highlights) {
      const list = bySheet.get(h.sheet);
      if (list) list.push(h);
      else bySheet.set(h.sheet, [h]);
    }
    for (const [name, list] of bySheet) {
      const sheet = sheets.find((s) => s.name === name);
      if (sheet === undefined || sheet === existing) continue;
      let xml = pkg.text(sheet.path) ?? "";
      for (const severity of ["error", "warning", "info"] as const) {
        const cells = list.filter((h) => h.severity === severity);
        if (cells.length === 0) continue;
        const fill = fillFor(severity);
        xml = restyleCells(xml, cells, (current) => styles.withFill(current, fill));
      }
      // Notes.
      const sheetFolder = folderOf(sheet.path);
      const rels = new Rels(pkg, relsPathOf(sheet.path));
      const commentsRel = rels.list.find((r) => r.type === REL_COMMENTS);
      const commentsPath = commentsRel ? resolvePartPath(sheetFolder, commentsRel.target) : pkg.freeName((n) => `${workbookFolder === "" ? "" : `${workbookFolder}/`}comments${n}.xml`);
      const notes = list.map((h) => ({ row: h.row, col: h.col, text: `allocheck: ${h.message[lang]}` }));
      const { xml: commentsXml, added } = addComments(commentsRel ? pkg.text(commentsPath) : undefined, notes, NOTE_SEPARATOR);
      pkg.set(commentsPath, commentsXml);
      if (!commentsRel) {
        rels.add(REL_COMMENTS, relativeTarget(sheetFolder, commentsPath));
        types.override(commentsPath, CT_COMMENTS);
      }
      if (added.length > 0) {
        const vmlRel = rels.list.find((r) => r.type === REL_VML);
        if (vmlRel) {
          const vmlPath = resolvePartPath(sheetFolder, vmlRel.target);
          pkg.set(vmlPath, addNoteShapes(pkg.text(vmlPath), added, vmlBlock++));
        } else {
          const vmlPath = pkg.freeName((n) => `${workbookFolder === "" ? "" : `${workbookFolder}/`}drawings/vmlDrawing${n}.vml`);
          pkg.set(vmlPath, addNoteShapes(undefined, added, vmlBlock++));
          const id = rels.add(REL_VML, relativeTarget(sheetFolder, vmlPath));
          types.defaultFor("vml", CT_VML);
          xml = addLegacyDrawing(xml, id);
        }
      }
      pkg.set(sheet.path, xml);
    }
  }

  pkg.set(stylesPath, styles.toXml());
  return pkg.toBuffer();
}
