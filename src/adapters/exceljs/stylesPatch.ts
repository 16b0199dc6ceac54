/**
 * Adds cell formats to a workbook's `xl/styles.xml` without touching the
 * existing ones: new fonts, fills, borders, number formats and cell formats
 * are appended and the `count` attributes updated.
 */
import { decodeXml } from "./xml";

type Block = "fonts" | "fills" | "borders" | "cellXfs";
const ITEM: Readonly<Record<Block, string>> = { fonts: "font", fills: "fill", borders: "border", cellXfs: "xf" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

export class StylesPatch {
  private readonly prefix: string;
  private readonly counts: Record<Block, number> = { fonts: 0, fills: 0, borders: 0, cellXfs: 0 };
  private readonly added: Record<Block, string[]> = { fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly numFmts = new Map<string, number>();
  private readonly addedNumFmts: Array<[number, string]> = [];
  private nextNumFmtId = 164;
  /** The existing cell formats, as written. */
  private readonly xfs: string[] = [];
  private readonly memo = new Map<string, number>();

  constructor(private readonly xml: string) {
    const root = /<(\w+:)?styleSheet\b/.exec(xml);
    this.prefix = root?.[1] ?? "";
    for (const block of Object.keys(ITEM) as Block[]) {
      const body = this.blockBody(block);
      if (body === null) continue;
      const items = body.match(this.itemPattern(block)) ?? [];
      this.counts[block] = items.length;
      if (block === "cellXfs") this.xfs.push(...items);
    }
    const numFmt = new RegExp(`<${this.prefix}numFmt\\b[^>]*?numFmtId="(\\d+)"[^>]*?formatCode="([^"]*)"`, "g");
    let m: RegExpExecArray | null;
    while ((m = numFmt.exec(xml)) !== null) {
      const id = Number(m[1]);
      this.numFmts.set(decodeXml(m[2]), id);
      if (id >= this.nextNumFmtId) this.nextNumFmtId = id + 1;
    }
  }

  private itemPattern(block: Block): RegExp {
    const item = `${this.prefix}${ITEM[block]}`;
    return new RegExp(`<${item}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${item}>)`, "g");
  }

  private blockBody(block: Block): string | null {
    const tag = `${this.prefix}${block}`;
    const m = new RegExp(`<${tag}\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${tag}>)`).exec(this.xml);
    if (!m) return null;
    return m[1] ?? "";
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
    const base = this.xfs[index] ?? this.xfs[0] ?? `<${this.tag("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = /^<[^>]*?(\/?)>/.exec(base)!;
    let head = open[0];
    head = /\bfillId="\d+"/.test(head) ? head.replace(/\bfillId="\d+"/, `fillId="${fillId}"`) : head.replace(/(\/?)>$/, ` fillId="${fillId}"$1>`);
    head = /\bapplyFill="\w+"/.test(head) ? head.replace(/\bapplyFill="\w+"/, 'applyFill="1"') : head.replace(/(\/?)>$/, ' applyFill="1"$1>');
    return this.add("cellXfs", head + base.slice(open[0].length));
  }

  toXml(): string {
    let xml = this.xml;
    for (const block of Object.keys(ITEM) as Block[]) {
      if (this.added[block].length === 0) continue;
      const tag = this.tag(block);
      const total = this.counts[block] + this.added[block].length;
      const items = this.added[block].join("");
      const selfClosing = new RegExp(`<${tag}\\b([^>]*?)\\/>`);
      const open = new RegExp(`<${tag}\\b([^>]*?)>`);
      if (new RegExp(`<${tag}\\b[^>]*?>[\\s\\S]*?<\\/${tag}>`).test(xml)) {
        xml = xml.replace(new RegExp(`<\\/${tag}>`), `${items}</${tag}>`);
        xml = xml.replace(open, (_m, attrs: string) => `<${tag}${setCount(attrs, total)}>`);
      } else if (selfClosing.test(xml)) {
        xml = xml.replace(selfClosing, (_m, attrs: string) => `<${tag}${setCount(attrs, total)}>${items}</${tag}>`);
      }
    }
    if (this.addedNumFmts.length > 0) {
      const tag = this.tag("numFmts");
      const items = this.addedNumFmts.map(([id, code]) => `<${this.tag("numFmt")} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("");
      if (new RegExp(`<${tag}\\b[^>]*?>`).test(xml) && !new RegExp(`<${tag}\\b[^>]*?\\/>`).test(xml)) {
        const existing = (xml.match(new RegExp(`<${this.tag("numFmt")}\\b`, "g")) ?? []).length;
        xml = xml.replace(new RegExp(`<\\/${tag}>`), `${items}</${tag}>`);
        xml = xml.replace(new RegExp(`<${tag}\\b([^>]*?)>`), (_m, attrs: string) => `<${tag}${setCount(attrs, existing + this.addedNumFmts.length)}>`);
      } else {
        xml = xml.replace(new RegExp(`<${tag}\\b[^>]*?\\/>`), "");
        xml = xml.replace(new RegExp(`(<${this.tag("styleSheet")}\\b[^>]*>)`), `$1<${tag} count="${this.addedNumFmts.length}">${items}</${tag}>`);
      }
    }
    return xml;
  }
}

function setCount(attrs: string, count: number): string {
  return /\bcount="\d+"/.test(attrs) ? attrs.replace(/\bcount="\d+"/, `count="${count}"`) : `${attrs} count="${count}"`;
}
