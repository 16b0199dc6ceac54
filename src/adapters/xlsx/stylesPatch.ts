/**
 * Adds cell formats to a workbook's `xl/styles.xml` without touching the
 * existing ones: new fonts, fills, borders, number formats and cell formats
 * are appended and the `count` attributes updated.
 */
import { appendToElement, applyEdits, escapeXml, startTag, xmlElements, type XmlEdit, type XmlElement } from "./xml";

type Block = "fonts" | "fills" | "borders" | "cellXfs";
const ITEM: Readonly<Record<Block, string>> = { fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };
const BLOCKS = new Set<string>([...Object.keys(ITEM), "numFmts"]);

/** An existing cell format: its start tag's parts and what follows it, as written. */
interface ExistingXf {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
  /** Children and end tag, as written. */
  readonly rest: string;
}

export class StylesPatch {
  private readonly prefix: string;
  private readonly counts: Record<Block, number> = { fonts: 0, fills: 0, borders: 0, cellXfs: 0 };
  private readonly added: Record<Block, string[]> = { fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly numFmts = new Map<string, number>();
  private readonly addedNumFmts: Array<[number, string]> = [];
  private nextNumFmtId = 164;
  private readonly xfs: ExistingXf[] = [];
  private readonly memo = new Map<string, number>();
  /** The root and the blocks (`fonts`, `cellXfs`, `numFmts`…), where they stand in the text. */
  private readonly root: XmlElement;
  private readonly blocks = new Map<string, XmlElement>();
  private existingNumFmts = 0;

  constructor(private readonly xml: string) {
    const elements = xmlElements(xml, (_local, depth) => depth <= 2);
    this.root = elements[0];
    this.prefix = this.root.name.slice(0, this.root.name.length - this.root.local.length);
    for (const e of elements) {
      if (e.depth === 1 && BLOCKS.has(e.local) && !this.blocks.has(e.local)) this.blocks.set(e.local, e);
      if (e.depth !== 2) continue;
      const block = elements[e.parent];
      if (block !== this.blocks.get(block.local)) continue;
      if (block.local === "numFmts" && e.local === "numFmt") {
        this.existingNumFmts++;
        const id = Number(e.attributes.numFmtId);
        const code = e.attributes.formatCode;
        if (code !== undefined && Number.isFinite(id)) {
          this.numFmts.set(code, id);
          if (id >= this.nextNumFmtId) this.nextNumFmtId = id + 1;
        }
      } else if (block.local in ITEM && e.local === ITEM[block.local as Block]) {
        this.counts[block.local as Block]++;
        if (block.local === "cellXfs") {
          this.xfs.push({ name: e.name, attributes: e.attributes, selfClosing: e.selfClosing, rest: xml.slice(e.openEnd, e.end) });
        }
      }
    }
  }

  private add(block: Block, itemXml: string): number {
    const key = `${block}\u0000${itemXml}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const index = this.counts[block] + this.added[block].length;
    this.added[block].push(itemXml);
    this.memo.set(key, index);
    return index;
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

  /** A copy of cell format `index` with another fill. */
  withFill(index: number, fillId: number): number {
    const base = this.xfs[index] ?? this.xfs[0];
    if (base === undefined) return this.addXf({ numFmtId: 0, fontId: 0, fillId, borderId: 0, xfId: 0, applyFill: 1 });
    const attributes = { ...base.attributes, fillId: String(fillId), applyFill: "1" };
    return this.add("cellXfs", startTag(base.name, attributes, base.selfClosing) + base.rest);
  }

  toXml(): string {
    const edits: XmlEdit[] = [];
    const grow = (element: XmlElement, items: string, count: number) => {
      const open = startTag(element.name, { ...element.attributes, count }, element.selfClosing);
      if (element.selfClosing) edits.push({ start: element.start, end: element.end, text: `${open.slice(0, -2)}>${items}</${element.name}>` });
      else edits.push({ start: element.start, end: element.openEnd, text: open }, appendToElement(element, items));
    };
    for (const block of Object.keys(ITEM) as Block[]) {
      const element = this.blocks.get(block);
      if (this.added[block].length === 0 || element === undefined) continue;
      grow(element, this.added[block].join(""), this.counts[block] + this.added[block].length);
    }
    if (this.addedNumFmts.length > 0) {
      const items = this.addedNumFmts.map(([id, code]) => `<${this.tag("numFmt")} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("");
      const element = this.blocks.get("numFmts");
      if (element !== undefined) grow(element, items, this.existingNumFmts + this.addedNumFmts.length);
      else {
        // numFmts comes first in the style sheet.
        const tag = this.tag("numFmts");
        edits.push({ start: this.root.openEnd, end: this.root.openEnd, text: `<${tag} count="${this.addedNumFmts.length}">${items}</${tag}>` });
      }
    }
    return applyEdits(this.xml, edits);
  }
}
