/** Number formats of the cell styles (`xl/styles.xml`): index of a cell's `s` attribute → format code. */
import { scanXml } from "./xml";

/** Excel's built-in number formats (ids below 164 that files do not spell out). */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Format code per cell style index; null for General. A cell format inside an
 * `mc:AlternateContent` block (ECMA-376 Part 3, Markup Compatibility) is one
 * format, read from its first choice's `<xf>` (each choice holds the same
 * format for another reader), so the indices after it stay right.
 */
export function parseStyleFormats(xml: string): Array<string | null> {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let block = "";
  /** Inside a cellXfs item `mc:AlternateContent`: whether its format is read yet. */
  let alternate: "none" | "open" | "read" = "none";
  /** Depth of the innermost open element. */
  let innermost = -1;
  scanXml(xml, {
    open: (tag) => {
      if (!tag.selfClosing) innermost = tag.depth;
      if (tag.depth === 1) block = tag.selfClosing ? "" : tag.local;
      else if (block === "numFmts" && tag.local === "numFmt") {
        const { numFmtId, formatCode } = tag.attributes;
        if (numFmtId !== undefined && formatCode !== undefined && !custom.has(Number(numFmtId))) custom.set(Number(numFmtId), formatCode);
      } else if (block === "cellXfs" && tag.depth === 2 && tag.local === "xf") ids.push(Number(tag.attributes.numFmtId ?? "0"));
      else if (block === "cellXfs" && tag.depth === 2 && tag.local === "AlternateContent") {
        if (tag.selfClosing) ids.push(0);
        else alternate = "open";
      } else if (block === "cellXfs" && tag.depth > 2 && tag.local === "xf" && alternate === "open") {
        ids.push(Number(tag.attributes.numFmtId ?? "0"));
        alternate = "read";
      }
    },
    close: (local) => {
      const closing = innermost--;
      if (closing === 2 && local === "AlternateContent" && block === "cellXfs") {
        if (alternate === "open") ids.push(0); // no format inside: General, and the next format keeps its index
        alternate = "none";
      }
    },
  });
  return ids.map((id) => (id === 0 ? null : (custom.get(id) ?? BUILT_IN[id] ?? null)));
}
