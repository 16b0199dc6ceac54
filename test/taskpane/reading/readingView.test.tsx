/**
 * The reading view ("Cách đọc biểu") rendered on the server side from
 * Readings made in the test: the table, header rows, each line's column with
 * its score, each area's role and parent, the ignored ones, the choices that
 * correct them; and the bands it draws on the preview grid, with symbols and
 * a legend so that colour is never the only sign.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbookHost } from "../../../src/adapters/memory";
import { runCheck } from "../../../src/app/runCheck";
import { readingMarks } from "../../../src/app/readingMarks";
import type { CheckOutcome } from "../../../src/app/outcome";
import type { WorkbookHost } from "../../../src/app/host";
import type { Reading } from "../../../src/core/model/reading";
import { buildSampleWorkbookData } from "../../../src/sample";
import { SheetGrid } from "../../../src/preview";
import { gridBands } from "../../../src/preview/readingBands";
import { ReadingTab } from "../../../src/taskpane/components/reading/ReadingTab";
import { COLUMNS_READING, ROWS_READING } from "../../helpers/readings";

let host: MemoryWorkbookHost;
let outcome: CheckOutcome;

beforeAll(async () => {
  host = new MemoryWorkbookHost(buildSampleWorkbookData(), "mau.xlsx");
  outcome = await runCheck(host, { allocationSheet: null, planSheet: null });
});

function withReading(reading: Reading | undefined): CheckOutcome {
  // A reading of areas as columns comes from a sheet read as indicators-as-rows.
  const orientation = reading !== undefined && /^\d+$/.test(reading.areas[0]?.at ?? "") ? "areas-as-rows" : "indicators-as-rows";
  return { ...outcome, report: { ...outcome.report, reading, ...(reading !== undefined ? { orientation } : {}) } };
}

function render(element: React.ReactElement): HTMLElementLike {
  return parse(renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>));
}

/** A tiny view of the markup: enough to find elements by attribute and read their text. */
interface HTMLElementLike {
  readonly html: string;
  text(): string;
  count(selector: RegExp): number;
}

function parse(html: string): HTMLElementLike {
  return {
    html,
    text: () => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "),
    count: (re) => (html.match(new RegExp(re.source, "g")) ?? []).length,
  };
}

function tab(reading: Reading | undefined, lang: "vi" | "en" = "vi", h: WorkbookHost = host): HTMLElementLike {
  return render(<ReadingTab host={h} outcome={withReading(reading)} lang={lang} busy={false} onRecheck={async () => undefined} />);
}

describe("ReadingTab", () => {
  test("before a check it asks for one", () => {
    const out = render(<ReadingTab host={host} outcome={null} lang="vi" busy={false} onRecheck={async () => undefined} />);
    expect(out.text()).toContain("Hãy bấm Kiểm tra trước.");
  });

  test.each(["vi", "en"] as const)("with no plan line found, the engine's words then what to do, said once, in the pane's quotes (%s)", (lang) => {
    const problem = { vi: "Không tìm thấy chỉ tiêu nào, nên không đối chiếu được gì.", en: "No plan line found, so nothing was compared." };
    const out = render(
      <ReadingTab host={host} outcome={withReading(ROWS_READING)} problem={problem} lang={lang} busy={false} onRecheck={async () => undefined} />,
    );
    const bar = out.html.slice(out.html.indexOf('data-testid="reading-no-plan-line"'));
    expect(bar).toContain(problem[lang]);
    const hint = /data-testid="map-lines-hint"[^>]*>([^<]*)</.exec(bar)?.[1] ?? "";
    expect(hint).toMatch(lang === "vi" ? /^Cách sửa: ở mục “Bỏ qua” bên dưới/ : /^To fix it: under “Ignored” below/);
    expect(hint).not.toMatch(/đối chiếu được gì|compared|«|»/);
  });

  test.each(["vi", "en"] as const)("no plan-line column yet: words in place of an empty table (%s)", (lang) => {
    const out = tab({ ...ROWS_READING, lines: [] }, lang);
    expect(out.html).not.toContain('data-testid="reading-lines"');
    expect(out.html).toMatch(/data-testid="reading-lines-empty"[^>]*>(No column|Chưa có cột)/);
    expect(tab(ROWS_READING, lang).html).not.toContain("reading-lines-empty");
  });

  test("a check without a reading says so", () => {
    expect(tab(undefined).html).toContain('data-testid="reading-unavailable"');
  });

  test("the table, header rows, lines with scores, areas with roles and parents, the ignored column", () => {
    const out = tab(ROWS_READING);
    const text = out.text();
    // As Excel's Go To takes it: the sheet name holds a space, so it is quoted (the markup escapes the quotes).
    expect(text).toContain(`&#x27;${outcome.report.allocationSheet}&#x27;!A4:F12`);
    expect(out.html).toMatch(/data-testid="reading-header-rows"[^>]*>4, 5</);
    expect(out.count(/data-reading-line="/)).toBe(2);
    expect(text).toContain("93%");
    expect(text).toContain("100%");
    expect(out.count(/data-reading-area="/)).toBe(5);
    // Cộng huyện is a subtotal under Huyện Ba Vì.
    expect(out.html).toMatch(/data-reading-area="10" data-role="subtotal".*?Cộng huyện.*?Huyện Ba Vì/s);
    expect(out.html).toMatch(/data-reading-ignored="F".*?Ghi chú.*?cột chữ/s);
    // Every kind shown has its words in the legend, not a colour alone.
    for (const kind of ["total", "group", "subtotal", "leaf", "line", "header", "ignored"]) {
      expect(out.html).toContain(`data-legend-kind="${kind}"`);
    }
    expect(out.html).toMatch(/data-legend-kind="total".*?>Σ<\/span><span>Tổng cộng<\/span>/s);
  });

  test("a score keeps its % on its line; the plan's name of an area is said only when it is another name", () => {
    const areas = ROWS_READING.areas.map((a) => (a.at === "9" ? { ...a, planArea: "Ba Trại mới" } : a));
    const out = tab({ ...ROWS_READING, areas });
    // Written as the pane's other percents (`62,5%`): no space, so the sign never wraps alone.
    expect(out.html).toContain("100%");
    expect(out.html).not.toMatch(/\d[ \u00a0]%/);
    // `Xã Tản Lĩnh` is the plan's `Tản Lĩnh`: the same name, not said again; `Xã Ba Trại` was matched to another name.
    expect(out.html).toMatch(/data-reading-area="9".*?Xã Ba Trại \(Trong kế hoạch: Ba Trại mới\)/s);
    expect(out.text()).not.toContain("Trong kế hoạch: Tản Lĩnh");
    expect(out.text()).not.toContain("Trong kế hoạch: Ba Vì");
  });

  test("each row can be corrected: role choices on areas, plan lines on columns, both on ignored ones", () => {
    const out = tab(ROWS_READING);
    expect(out.html).toMatch(/data-testid="role-choice-10"/);
    expect(out.html).toMatch(/aria-label="Vai trò của Cộng huyện"/);
    expect(out.html).toMatch(/data-testid="line-choice-C"/);
    // The ignored notes column is on the lines' axis: it offers plan lines.
    // Until corrected it says what to pick (the section says it is left out), not a bare "Bỏ qua" that reads as an action.
    expect(out.html).toMatch(/data-testid="ignored-choice-F".*?<option value="ignore"[^>]*>Chọn chỉ tiêu…<\/option><option value="[^"]+"/s);
    expect(tab(ROWS_READING, "en").html).toMatch(/data-testid="ignored-choice-F".*?<option value="ignore"[^>]*>Pick a plan line…<\/option>/s);
  });

  test("without a host that saves corrections, nothing is offered to correct", () => {
    const readOnly: WorkbookHost = { ...hostMethods(host), loadCorrections: undefined, saveCorrections: undefined };
    const out = tab(ROWS_READING, "en", readOnly);
    expect(out.html).not.toMatch(/data-testid="role-choice-/);
    expect(out.text()).toContain("Corrections cannot be saved here.");
  });

  test("low confidence is said before the tables, in the pane's language; indicators-as-rows reads too", () => {
    const out = tab(COLUMNS_READING, "en");
    expect(out.html).toContain('data-testid="reading-low-confidence"');
    expect(out.text()).toContain("Two readings nearly tie");
    expect(out.html.indexOf("reading-low-confidence")).toBeLessThan(out.html.indexOf("reading-lines"));
    // The ignored row 8 sits on the lines' axis (lines are rows here).
    expect(out.html).toMatch(/data-testid="ignored-choice-8".*?<option value="1"/s);
  });
});

function hostMethods(h: MemoryWorkbookHost): WorkbookHost {
  return {
    kind: h.kind,
    listSheets: () => h.listSheets(),
    readWorkbook: (names) => h.readWorkbook(names),
    sheetFingerprint: (s) => h.sheetFingerprint(s),
    writeSummary: (m) => h.writeSummary(m),
    applyHighlights: (x) => h.applyHighlights(x),
    clearHighlights: () => h.clearHighlights(),
    selectCell: (s, c) => h.selectCell(s, c),
    writeNewSheet: (n, r) => h.writeNewSheet(n, r),
  };
}

describe("bands on the preview grid", () => {
  test("the winning band of each cell, and the symbols in the headers", () => {
    const bands = gridBands(readingMarks(ROWS_READING), 20, 10);
    expect(bands.cells.get("B7")).toBe("group");
    expect(bands.cells.get("C8")).toBe("leaf"); // an area row wins over a line column
    expect(bands.cells.get("C5")).toBe("header");
    expect(bands.cells.get("C11")).toBe("line");
    expect(bands.cells.get("F8")).toBe("ignored");
    expect(bands.cells.get("A12")).toBe("table");
    expect(bands.cells.get("A13")).toBeUndefined();
    expect(bands.rows.get(6)).toBe("G");
    expect(bands.rows.get(9)).toBe("S");
    expect(bands.cols.get(2)).toBe("#1");
    expect(bands.cols.get(5)).toBe("×");
  });

  test("the grid carries data-reading and the header badges while the reading is shown", async () => {
    const sheetName = outcome.report.allocationSheet;
    await host.showReading(sheetName, readingMarks(ROWS_READING));
    const view = host.getReadingView()!;
    const out = render(
      <SheetGrid sheet={host.getSheet(sheetName)!} selectedCell={null} version={host.getVersion()} label="Sổ" onFollowLink={() => undefined} readingMarks={view.marks} />,
    );
    expect(out.html).toMatch(/data-cell="B7"[^>]*data-reading="group"|data-reading="group"[^>]*data-cell="B7"/);
    expect(out.html).toContain('data-reading-badge="Σ"');
    expect(out.html).toContain('data-reading-badge="#2"');
    await host.showReading(sheetName, []);
    const plain = render(
      <SheetGrid sheet={host.getSheet(sheetName)!} selectedCell={null} version={host.getVersion()} label="Sổ" onFollowLink={() => undefined} />,
    );
    expect(plain.html).not.toContain("data-reading");
  });
});
