/**
 * Adds cell formats to a workbook's `xl/styles.xml` without touching the
 * existing ones: new fonts, fills, borders, number formats and cell formats
 * are appended and the `count` attributes updated. An item the file holds
 * already, written the same (an earlier run's, on its own copy), is taken
 * rather than added again, so that rerunning on a copy does not grow it.
 */
import { appendToElement, applyEdits, escapeXml, startTag, xmlElements, type XmlEdit, type XmlElement } from "./xml";

type Block = "fonts" | "fills" | "borders" | "cellStyleXfs" | "cellXfs";
/** The blocks whose existing items are looked up by their text before one is added. */
type Shared = "fonts" | "fills" | "borders";
const SHARED = new Set<string>(["fonts", "fills", "borders"]);
const ITEM: Readonly<Record<Block, string>> = { fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf" };
const BLOCKS = new Set<string>([...Object.keys(ITEM), "numFmts"]);
/** The style sheet's children in the schema's order (ECMA-376 Part 1, CT_Stylesheet): where a missing block goes. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
/**
 * What a block holds at least before allocheck's own items: a default font,
 * border and cell format, and the two fills Excel reserves (index 0 is read
 * as none and 1 as gray125 whatever they say), so that an added fill or format
 * never takes one of these indices.
 */
const DEFAULTS: Readonly<Record<Block, readonly string[]>> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};
const ALTERNATE_CONTENT = "AlternateContent";

/**
 * An existing cell format, as written: a `<xf>`, or an `mc:AlternateContent`
 * block (ECMA-376 Part 3, Markup Compatibility) whose choices each hold one
 * `<xf>` — one format, whichever choice the reader takes.
 */
interface ExistingXf {
  readonly text: string;
  /** The start tags of its `<xf>` elements, with their places in `text`. */
  readonly xfTags: ReadonlyArray<{ readonly start: number; readonly openEnd: number; readonly name: string; readonly attributes: Readonly<Record<string, string>>; readonly selfClosing: boolean }>;
}

export class StylesPatch {
  private readonly prefix: string;
  private readonly counts: Record<Block, number> = { fonts: 0, fills: 0, borders: 0, cellStyleXfs: 0, cellXfs: 0 };
  /** The defaults written before allocheck's items, per block (where the file has fewer items than `DEFAULTS`). */
  private readonly padding: Record<Block, string[]> = { fonts: [], fills: [], borders: [], cellStyleXfs: [], cellXfs: [] };
  private readonly added: Record<Block, string[]> = { fonts: [], fills: [], borders: [], cellStyleXfs: [], cellXfs: [] };
  private readonly numFmts = new Map<string, number>();
  private readonly addedNumFmts: Array<[number, string]> = [];
  private nextNumFmtId = 164;
  private readonly xfs: ExistingXf[] = [];
  /** The existing fonts, fills and borders, as written (`<fill>…</fill>`), by index. */
  private readonly texts: Record<Shared, string[]> = { fonts: [], fills: [], borders: [] };
  /** The same by their text (the first of equal ones), made when first asked for. */
  private readonly textIndex: Partial<Record<Shared, Map<string, number>>> = {};
  private readonly memo = new Map<string, number>();
  /** The root and the blocks (`fonts`, `cellXfs`, `numFmts`…), where they stand in the text. */
  private readonly root: XmlElement;
  private readonly blocks = new Map<string, XmlElement>();
  /** The root's children, for where a missing block goes. */
  private readonly children: XmlElement[] = [];
  private existingNumFmts = 0;
  /** The name of the workbook's first font (its default: the Normal style's, whose digit sizes its columns), if any. */
  private firstFontName: string | undefined;

  constructor(private readonly xml: string) {
    // Depth 4: a format inside `mc:AlternateContent` / `mc:Choice` (or `mc:Fallback`).
    const elements = xmlElements(xml, (_local, depth) => depth <= 4);
    this.root = elements[0];
    this.prefix = this.root.name.slice(0, this.root.name.length - this.root.local.length);
    /** The depth-2 ancestor (an item of a block) of each element, by index. */
    const itemOf: number[] = [];
    elements.forEach((e, i) => {
      itemOf.push(e.depth === 2 ? i : e.depth > 2 && e.parent >= 0 ? itemOf[e.parent] : -1);
      if (e.depth === 1) {
        this.children.push(e);
        if (BLOCKS.has(e.local) && !this.blocks.has(e.local)) this.blocks.set(e.local, e);
      }
    });
    elements.forEach((e, i) => {
      if (e.depth < 2 || itemOf[i] < 0) return;
      const item = elements[itemOf[i]];
      const block = elements[item.parent];
      if (block === undefined || block !== this.blocks.get(block.local)) return;
      const isItem = e.depth === 2 && (e.local === ALTERNATE_CONTENT || (block.local !== "numFmts" && e.local === ITEM[block.local as Block]) || (block.local === "numFmts" && e.local === "numFmt"));
      if (block.local === "numFmts") {
        if (isItem) this.existingNumFmts++;
        if (e.local !== "numFmt") return;
        const id = Number(e.attributes.numFmtId);
        const code = e.attributes.formatCode;
        if (code !== undefined && Number.isFinite(id)) {
          if (!this.numFmts.has(code)) this.numFmts.set(code, id);
          if (id >= this.nextNumFmtId) this.nextNumFmtId = id + 1;
        }
        return;
      }
      // The first font's name (its children come after it, while it is the only font counted).
      if (block.local === "fonts" && e.local === "name" && this.counts.fonts === 1 && this.firstFontName === undefined) this.firstFontName = e.attributes.val;
      if (isItem) {
        this.counts[block.local as Block]++;
        if (block.local === "cellXfs") this.xfs.push({ text: xml.slice(e.start, e.end), xfTags: [] });
        if (SHARED.has(block.local)) this.texts[block.local as Shared].push(xml.slice(e.start, e.end));
      }
      // The `<xf>` start tags of an existing cell format, the item itself or inside its alternate content.
      if (block.local === "cellXfs" && e.local === "xf" && (e.depth === 2 || item.local === ALTERNATE_CONTENT) && this.xfs.length > 0) {
        const tags = this.xfs[this.xfs.length - 1].xfTags as Array<ExistingXf["xfTags"][number]>;
        tags.push({ start: e.start - item.start, openEnd: e.openEnd - item.start, name: e.name, attributes: e.attributes, selfClosing: e.selfClosing });
      }
    });
    for (const block of Object.keys(ITEM) as Block[]) {
      const defaults = DEFAULTS[block];
      if (this.counts[block] < defaults.length) {
        this.padding[block] = defaults.slice(this.counts[block]).map((item) => this.prefixed(item));
        this.counts[block] = defaults.length;
      }
    }
  }

  /** A default item with the file's namespace prefix on its elements. */
  private prefixed(item: string): string {
    return this.prefix === "" ? item : item.replace(/<(\/?)([A-Za-z])/g, `<$1${this.prefix}$2`);
  }

  private add(block: Block, itemXml: string): number {
    const key = `${block}\u0000${itemXml}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    // An item the file has already (an earlier run's summary or highlight, made the same way): taken, not added again.
    const existing = block === "cellXfs" ? this.existingXfIndex().get(itemXml) : SHARED.has(block) ? this.existingIndex(block as Shared, itemXml) : undefined;
    if (existing !== undefined) return existing;
    const index = this.counts[block] + this.added[block].length;
    this.added[block].push(itemXml);
    this.memo.set(key, index);
    return index;
  }

  /** The workbook's default font's name (its first font's), as written; undefined when it has none. */
  defaultFontName(): string | undefined {
    return this.firstFontName;
  }

  /** Element names with the file's namespace prefix. */
  tag(name: string): string {
    return `${this.prefix}${name}`;
  }

  addFont(inner: string): number {
    return this.add("fonts", `<${this.tag("font")}>${inner}</${this.tag("font")}>`);
  }

  addFill(inner: string): number {
    return this.add("fills", `<${this.tag("fill")}>${inner}</${this.tag("fill")}>`);
  }

  addBorder(inner: string): number {
    return this.add("borders", `<${this.tag("border")}>${inner}</${this.tag("border")}>`);
  }

  numFmtId(code: string | undefined): number {
    if (code === undefined || code === "General") return 0;
    const builtIn: Record<string, number> = { "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };
    if (builtIn[code] !== undefined) return builtIn[code];
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    this.numFmts.set(code, id);
    this.addedNumFmts.push([id, code]);
    return id;
  }

  addXf(attributes: Record<string, number | string>, inner = ""): number {
    const attrs = Object.entries(attributes)
      .map(([k, v]) => `${k}="${v}"`)
      .join(" ");
    const xf = inner === "" ? `<${this.tag("xf")} ${attrs}/>` : `<${this.tag("xf")} ${attrs}>${inner}</${this.tag("xf")}>`;
    return this.add("cellXfs", xf);
  }

  private xfIndex: Map<string, number> | undefined;

  /** The index of the file's first font, fill or border written `itemXml`; undefined when it has none. */
  private existingIndex(block: Shared, itemXml: string): number | undefined {
    let index = this.textIndex[block];
    if (index === undefined) {
      index = new Map();
      const texts = this.texts[block];
      for (let i = texts.length - 1; i >= 0; i--) index.set(texts[i], i);
      this.textIndex[block] = index;
    }
    return index.get(itemXml);
  }

  /** The file's cell formats by their text (the first of equal ones). */
  private existingXfIndex(): Map<string, number> {
    if (this.xfIndex === undefined) {
      this.xfIndex = new Map();
      for (let i = this.xfs.length - 1; i >= 0; i--) this.xfIndex.set(this.xfs[i].text, i);
    }
    return this.xfIndex;
  }

  /** How many cell formats the file has (allocheck's added ones not counted). */
  existingXfCount(): number {
    return this.xfs.length;
  }

  /** The fill of an existing cell format, as written (`<fill>…</fill>`); undefined for a format the file lacks or a fill it does not list. */
  fillOf(index: number): string | undefined {
    const xf = this.xfs[index];
    if (xf === undefined) return undefined;
    const id = xf.xfTags[0]?.attributes.fillId;
    // A format without `fillId` has fill 0.
    return this.texts.fills[id === undefined ? 0 : Number(id)];
  }

  /** Whether two existing cell formats are the same but for their fill (`fillId`, `applyFill`). */
  sameExceptFill(a: number, b: number): boolean {
    const text = (index: number): string | undefined => {
      const xf = this.xfs[index];
      if (xf === undefined) return undefined;
      const edits = xf.xfTags.map((t) => {
        const { fillId: _fillId, applyFill: _applyFill, ...rest } = t.attributes;
        return { start: t.start, end: t.openEnd, text: startTag(t.name, rest, t.selfClosing) };
      });
      return applyEdits(xf.text, edits);
    };
    const ta = text(a);
    return ta !== undefined && ta === text(b);
  }

  /** A copy of cell format `index` with the fill written `fillXml` (an existing fill of the same text, else a new one). */
  withFillText(index: number, fillXml: string): number {
    return this.withFill(index, this.add("fills", fillXml));
  }

  /** A copy of cell format `index` with another fill (every choice of an alternate-content format gets it). */
  withFill(index: number, fillId: number): number {
    const base = this.xfs[index] ?? this.xfs[0];
    if (base === undefined || base.xfTags.length === 0) return this.addXf({ numFmtId: 0, fontId: 0, fillId, borderId: 0, xfId: 0, applyFill: 1 });
    const edits = base.xfTags.map((t) => ({ start: t.start, end: t.openEnd, text: startTag(t.name, { ...t.attributes, fillId: String(fillId), applyFill: "1" }, t.selfClosing) }));
    return this.add("cellXfs", applyEdits(base.text, edits));
  }

  toXml(): string {
    const anyAdded = this.addedNumFmts.length > 0 || (Object.keys(ITEM) as Block[]).some((block) => this.added[block].length > 0);
    if (!anyAdded) return this.xml;
    const edits: XmlEdit[] = [];
    /** New blocks, for a self-closing root (opened with them inside). */
    const created: string[] = [];
    const grow = (element: XmlElement, items: string, count: number) => {
      const open = startTag(element.name, { ...element.attributes, count }, element.selfClosing);
      if (element.selfClosing) edits.push({ start: element.start, end: element.end, text: `${open.slice(0, -2)}>${items}</${element.name}>` });
      else edits.push({ start: element.start, end: element.openEnd, text: open }, appendToElement(element, items));
    };
    /** A block the file lacks, after the last of the root's children that comes before it in the schema. */
    const create = (local: string, items: string, count: number) => {
      const tag = this.tag(local);
      const text = `<${tag} count="${count}">${items}</${tag}>`;
      if (this.root.selfClosing) return void created.push(text);
      const rank = ORDER.indexOf(local);
      const before = this.children.filter((c) => ORDER.includes(c.local) && ORDER.indexOf(c.local) < rank);
      const at = before.length > 0 ? Math.max(...before.map((c) => c.end)) : this.root.openEnd;
      edits.push({ start: at, end: at, text });
    };
    if (this.addedNumFmts.length > 0) {
      const items = this.addedNumFmts.map(([id, code]) => `<${this.tag("numFmt")} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("");
      const element = this.blocks.get("numFmts");
      if (element !== undefined) grow(element, items, this.existingNumFmts + this.addedNumFmts.length);
      else create("numFmts", items, this.addedNumFmts.length);
    }
    // Every block a format needs is there once anything is added: a format refers to a font, a fill, a border and a style.
    for (const block of Object.keys(ITEM) as Block[]) {
      const items = [...this.padding[block], ...this.added[block]];
      if (items.length === 0) continue;
      const element = this.blocks.get(block);
      if (element !== undefined) grow(element, items.join(""), this.counts[block] + this.added[block].length);
      else create(block, items.join(""), this.counts[block] + this.added[block].length);
    }
    if (this.root.selfClosing) {
      const r = this.root;
      edits.push({ start: r.start, end: r.end, text: `${startTag(r.name, r.attributes, false)}${created.join("")}</${r.name}>` });
    }
    return applyEdits(this.xml, edits);
  }
}
