/**
 * `RangeFormat.borders` (Excel.RangeBorderCollection, ExcelApi 1.1,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangebordercollection)
 * and its `getItem(index)` (Excel.RangeBorder): `style`, `weight`, `color`
 * set over the cells of a range. Write-only here: reading borders back is not
 * modelled (reads throw as any unloaded property does).
 */
import type { FakeRequestContext } from "../context";
import { type BorderLine, type BorderSide, normalizeColor } from "../document";
import { invalidArgument } from "../errors";
import { type AreasTarget, assertWritable, FakeCellsPart, forEachCell, recordWrite } from "./shared";

/**
 * Excel.BorderIndex: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" |
 * "InsideVertical" | "InsideHorizontal" | "DiagonalDown" | "DiagonalUp"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.interfaces.rangeborderdata, `sideIndex`).
 * Diagonals are not modelled: refused here, never silently accepted.
 */
const INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
type ModelledIndex = (typeof INDEXES)[number];

/**
 * Excel.BorderLineStyle and Excel.BorderWeight, the values the same page's
 * `style` and `weight` take (XlLineStyle / XlBorderWeight,
 * https://learn.microsoft.com/office/vba/api/excel.xlborderweight). What
 * Excel does with a value outside them is not on those pages; the fake takes
 * the strict reading and fails the sync with InvalidArgument, so that no
 * caller can rely on a misspelt value being accepted.
 */
const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export class FakeRangeBorderCollection extends FakeCellsPart {
  protected readonly family = "borders";
  protected readonly scalarProperties = [] as const;

  protected readScalar(): unknown {
    return undefined;
  }

  /** An index outside the modelled ones fails the sync (Office.js reports an argument's errors at `sync`, not at the call). */
  getItem(index: string): FakeRangeBorder {
    const known = (INDEXES as readonly string[]).includes(index);
    if (!known) {
      this.enqueue("call", "getItem", [index], () => {
        throw invalidArgument("RangeBorderCollection.getItem");
      });
    }
    return new FakeRangeBorder(this.context, `${this.path}.getItem(${index})`, this.find, known ? (index as ModelledIndex) : "EdgeTop");
  }
}

/**
 * One index's border over the range. Edges touch the cells on that side of the
 * range; the insides, every side between two cells of the range: "borders for
 * all cells in the range except borders on the outside of the range"
 * (XlBordersIndex, https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/ms281836(v=office.14)).
 * On a one-row (one-column) range that set is empty for the inside horizontal
 * (vertical) index: the docs define the index by the borders it covers, list
 * it for any range, and name no error for a range without insides
 * (Excel.BorderIndex, https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderindex;
 * RangeBorderCollection.getItem, link above). So the fake sets it there as
 * Excel's docs say: on no side at all, without an error.
 */
export class FakeRangeBorder extends FakeCellsPart {
  protected readonly family = "border";
  protected readonly scalarProperties = [] as const;

  constructor(
    context: FakeRequestContext,
    path: string,
    find: () => AreasTarget,
    private readonly index: ModelledIndex,
  ) {
    super(context, path, find);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  set style(value: string) {
    this.setSides("style", value, (line, v) => {
      if (!STYLES.includes(v as string)) throw invalidArgument("RangeBorder.style");
      return v === "None" ? undefined : { ...line, style: v as string };
    });
  }
  set weight(value: string) {
    this.setSides("weight", value, (line, v) => {
      if (!WEIGHTS.includes(v as string)) throw invalidArgument("RangeBorder.weight");
      return { ...line, weight: v as string };
    });
  }
  set color(value: string) {
    this.setSides("color", value, (line, v) => ({ ...line, color: normalizeColor(v as string) }));
  }

  /** Queues `change` on each side this index covers (a new line starts Continuous, Excel's default style); refused on a protected sheet. */
  private setSides(name: string, value: unknown, change: (line: BorderLine, value: unknown) => BorderLine | undefined): void {
    this.queueSet(name, value, (v) => {
      const t = this.find();
      assertWritable(t.sheet, `border.${name}`);
      for (const rect of t.rects) {
        forEachCell(rect, (r, c) => {
          const sides = sidesOf(this.index, rect, r, c);
          if (sides.length === 0) return;
          const cell = t.sheet.ensureCell(r, c);
          const borders = { ...(cell.borders ?? {}) };
          for (const side of sides) {
            const next = change(borders[side] ?? { style: "Continuous" }, v);
            if (next === undefined) delete borders[side];
            else borders[side] = next;
          }
          if (Object.keys(borders).length > 0) cell.borders = borders;
          else delete cell.borders;
          t.sheet.prune(r, c);
        });
      }
      recordWrite(this.context.document, t.sheet, t.rects, `border.${this.index}.${name}`);
    });
  }
}

function sidesOf(index: ModelledIndex, rect: { top: number; left: number; bottom: number; right: number }, r: number, c: number): BorderSide[] {
  switch (index) {
    case "EdgeTop":
      return r === rect.top ? ["top"] : [];
    case "EdgeBottom":
      return r === rect.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return c === rect.left ? ["left"] : [];
    case "EdgeRight":
      return c === rect.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(r > rect.top ? (["top"] as const) : []), ...(r < rect.bottom ? (["bottom"] as const) : [])];
    case "InsideVertical":
      return [...(c > rect.left ? (["left"] as const) : []), ...(c < rect.right ? (["right"] as const) : [])];
  }
}
