/**
 * The preview grid rendered to HTML on the server side (jest runs in node, no
 * DOM): what the browser tests and a person rely on — one cell per address
 * with its sheet, fill and note, merged cells spanning, the selection marked.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookHost } from "../../src/adapters/memory";
import { HIGHLIGHT_FILL } from "../../src/core/model/summary";
import { SheetGrid } from "../../src/preview";

function host(): MemoryWorkbookHost {
  return new MemoryWorkbookHost(
    {
      sheets: [
        {
          name: "Phân bổ",
          values: [["Biểu phân bổ"], ["Địa bàn", "Tổ", "Ghi chú"], ["Xã A", 1250, "12"], ["Xã B", { error: "#REF!" }, null]],
          merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        },
      ],
    },
    "t.xlsx",
    { fills: { "Phân bổ": { A2: "#DDEBF7" } } },
  );
}

function render(h: MemoryWorkbookHost): string {
  const sheet = h.getSheet("Phân bổ");
  if (sheet === undefined) throw new Error("no sheet");
  const selection = h.getSelection();
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <SheetGrid
        sheet={sheet}
        version={h.getVersion()}
        label="Sổ"
        selectedCell={selection?.sheet === sheet.name ? selection.cell : null}
        onFollowLink={() => undefined}
      />
    </FluentProvider>,
  );
}

function cellTag(html: string, cell: string): string {
  const match = new RegExp(`<td[^>]*data-cell="${cell}"[^>]*>`).exec(html);
  if (match === null) throw new Error(`no cell ${cell}`);
  return match[0];
}

describe("preview grid", () => {
  test("cells carry their sheet, address and fill; values read as in Excel (vi-VN)", () => {
    const html = render(host());
    expect(cellTag(html, "A2")).toContain('data-sheet="Phân bổ"');
    expect(cellTag(html, "A2")).toContain('data-fill="#DDEBF7"');
    expect(cellTag(html, "B3")).toContain('data-fill=""');
    expect(html).toMatch(/data-cell="B3"[^>]*>1\.250</);
    expect(html).toMatch(/data-cell="C3"[^>]*>12</);
    expect(html).toMatch(/data-cell="B4"[^>]*>#REF!</);
    // Column letters and row numbers.
    expect(html).toMatch(/<th[^>]*scope="col"[^>]*>C<\/th>/);
    expect(html).toMatch(/<th[^>]*scope="row"[^>]*>4<\/th>/);
  });

  test("a merge spans its columns and hides the cells it covers", () => {
    const html = render(host());
    expect(cellTag(html, "A1")).toContain('colSpan="3"');
    expect(html).not.toContain('data-cell="B1"');
    expect(html).not.toContain('data-cell="C1"');
  });

  test("highlights show as fills with the message as a tooltip; the selected cell is marked", async () => {
    const h = host();
    await h.applyHighlights([
      { sheet: "Phân bổ", cell: "B3", row: 2, col: 1, severity: "error", note: "Vượt kế hoạch" },
    ]);
    await h.selectCell("Phân bổ", "B3");
    const html = render(h);
    const b3 = cellTag(html, "B3");
    expect(b3).toContain(`data-fill="${HIGHLIGHT_FILL.error}"`);
    expect(b3).toContain('title="Vượt kế hoạch"');
    expect(b3).toContain('data-selected="true"');
    expect(html.match(/data-selected="true"/g)).toHaveLength(1);

    await h.clearHighlights();
    const cleared = cellTag(render(h), "B3");
    expect(cleared).toContain('data-fill=""');
    expect(cleared).not.toContain("title=");
  });
});
