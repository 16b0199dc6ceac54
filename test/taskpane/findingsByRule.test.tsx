/**
 * The findings grouped by rule, rendered to HTML (jest runs in node): each
 * group's count in the colour of its worst finding, and each finding with its
 * severity mark and word, in the check tab as under a progress line.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Finding, RuleId, Severity } from "../../src/core/model/finding";
import { STRINGS } from "../../src/i18n";
import { FindingsByRule, groupByRule } from "../../src/taskpane/components/FindingsByRule";

function finding(rule: RuleId, severity: Severity, cell: string | null): Finding {
  return {
    rule,
    severity,
    sheet: cell === null ? null : "Phân bổ",
    cell,
    row: null,
    col: null,
    indicator: null,
    area: null,
    expected: null,
    actual: null,
    message: { vi: `${rule} ${severity}`, en: `${rule} ${severity}` },
  };
}

function render(findings: readonly Finding[]): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <FindingsByRule findings={findings} lang="vi" strings={STRINGS.vi} disabled={false} onSelect={() => undefined} />
    </FluentProvider>,
  );
}

describe("FindingsByRule", () => {
  test.each([
    ["an error among warnings", [finding("ceiling", "warning", "D7"), finding("ceiling", "error", "D8")], "error"],
    ["warnings only", [finding("coverage", "warning", null)], "warning"],
    ["notes only: not shown as a warning", [finding("second-table", "info", "A10")], "info"],
  ] as const)("the group's count is in the colour of its worst finding: %s", (_label, list, worst) => {
    const html = render(list);
    expect(html).toMatch(new RegExp(`data-testid="finding-group-count" data-severity="${worst}"[^>]*>${list.length}<`));
  });

  test("each finding has its severity mark with its word, and a cell's finding is a link named by its text", () => {
    const html = render([finding("ceiling", "error", "D7"), finding("coverage", "warning", null)]);
    expect(html).toMatch(/role="img" aria-label="Lỗi" data-testid="severity-mark"/);
    expect(html).toMatch(/role="img" aria-label="Cảnh báo" data-testid="severity-mark"/);
    expect(html).toMatch(/data-testid="finding" data-rule="ceiling" data-severity="error" data-sheet="Phân bổ" data-cell="D7"/);
    expect(html).not.toMatch(/data-testid="finding"[^>]*aria-label=/);
  });
});

describe("what each finding is about", () => {
  test("the check tab says the plan line's code and an area the message does not name, before the message", () => {
    const f: Finding = { ...finding("text-number", "warning", "D9"), indicator: "2", area: "Xã Minh Quang", message: { vi: "“12” là số lưu dạng văn bản", en: "x" } };
    const g: Finding = { ...finding("quota", "error", "C11"), indicator: "1", area: "Xã Ba Trại", message: { vi: "Xã Ba Trại được phân bổ 2 tổ", en: "x" } };
    const html = render([f, g]);
    expect(html).toMatch(/D9<\/span> <span[^>]*data-testid="finding-about">\(mã\u00a02, Xã Minh Quang\)<\/span> <span[^>]*>“12” là số/);
    expect(html).toMatch(/C11<\/span> <span[^>]*data-testid="finding-about">\(mã\u00a01\)<\/span> <span[^>]*>Xã Ba Trại được/);
  });

  test("a finding about nothing in particular has no such mark", () => {
    expect(render([finding("ceiling", "error", "D7")])).not.toContain("finding-about");
  });
});

describe("the groups' order", () => {
  test.each([
    [
      "a warning's group met first goes after the errors'",
      [finding("overspend", "error", "E21"), finding("coverage", "warning", null), finding("pace", "warning", "H7"), finding("cumulative", "error", "H8")],
      ["overspend", "cumulative", "coverage", "pace"],
    ],
    [
      "a group with one error among its warnings counts as an error's",
      [finding("coverage", "warning", null), finding("ceiling", "warning", "D7"), finding("ceiling", "error", "D8")],
      ["ceiling", "coverage"],
    ],
    ["notes last, after warnings", [finding("second-table", "info", "A10"), finding("pace", "warning", "H7")], ["pace", "second-table"]],
    ["same severity: the engine's order", [finding("quota", "error", "C11"), finding("subtotal", "error", "H14"), finding("quota", "error", "C17")], ["quota", "subtotal"]],
  ] as const)("%s", (_label, list, rules) => {
    const groups = groupByRule(list);
    expect(groups.map(([rule]) => rule)).toEqual(rules);
    // Every finding is in exactly one group, in its own order within it.
    expect(groups.flatMap(([, fs]) => fs).sort((a, b) => list.indexOf(a) - list.indexOf(b))).toEqual(list);
    const html = render(list);
    expect([...html.matchAll(/data-testid="finding-group" data-rule="([^"]+)"/g)].map((m) => m[1])).toEqual(rules);
  });
});

describe("a finding on another sheet than the one checked", () => {
  const onSheet = (sheet: string, cell: string, message: string): Finding => ({ ...finding("overspend", "error", cell), sheet, message: { vi: message, en: message } });
  const html = (lang: "vi" | "en") =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <FindingsByRule
          findings={[onSheet("Giải ngân 2024", "E21", "vượt"), onSheet("Phân bổ", "E21", "vượt kế hoạch")]}
          lang={lang}
          strings={STRINGS[lang]}
          disabled={false}
          onSelect={() => undefined}
          mainSheet="Phân bổ"
        />
      </FluentProvider>,
    );

  const text = (markup: string) => markup.replace(/<[^>]+>/g, "");
  test.each([
    ["vi", "Trang Giải ngân 2024", "Trang Giải ngân 2024 · E21 vượt"],
    ["en", "Sheet Giải ngân 2024", "Sheet Giải ngân 2024 · E21 vượt"],
  ] as const)("names its sheet before its cell, as a finding with no cell names its place (%s); the checked sheet's are not", (lang, words, shown) => {
    const markup = html(lang);
    const sheets = [...markup.matchAll(/data-testid="finding-sheet"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(sheets).toEqual([words]);
    expect(text(markup)).toContain(shown);
    expect(text(markup)).toContain("E21 vượt kế hoạch");
    expect(text(markup)).not.toContain("Phân bổ · E21");
  });
});

describe("a long group shows its first findings and a button for the rest", () => {
  const many = (n: number): Finding[] => Array.from({ length: n }, (_, i) => finding("text-number", "error", `C${i + 5}`));
  test.each([
    // [findings in the group, shown, the button's words (none when all are shown)]
    [3, 3, null],
    [10, 10, null],
    [11, 10, "Xem thêm 1 vấn đề"],
    [60, 10, "Xem thêm 50 vấn đề"],
  ] as const)("%d findings: %d shown", (n, shown, button) => {
    const html = render([...many(n), finding("ceiling", "error", "D4")]);
    // The group after the long one is still listed whole.
    expect(html).toMatch(/data-testid="finding" data-rule="ceiling"/);
    expect((html.match(/data-testid="finding" data-rule="text-number"/g) ?? []).length).toBe(shown);
    const more = /<button[^>]*data-testid="findings-more"[^>]*>([^<]*)</.exec(html);
    expect(more === null ? null : more[1]).toBe(button);
  });

  test("in English", () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <FindingsByRule findings={many(12)} lang="en" strings={STRINGS.en} disabled={false} onSelect={() => undefined} />
      </FluentProvider>,
    );
    expect(html).toMatch(/data-testid="findings-more"[^>]*>Show 2 more problems</);
  });
});

describe("a finding with no cell (a plan commune with no row)", () => {
  const missing: Finding = { ...finding("coverage", "warning", null), sheet: "Phân bổ", area: "Yên Bài", message: { vi: "Địa bàn “Yên Bài” thiếu.", en: "Area “Yên Bài” missing." } };
  const render = (lang: "vi" | "en", group: { name: string; cell: string | null } | null) =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <FindingsByRule
          findings={[missing]}
          lang={lang}
          strings={STRINGS[lang]}
          disabled={false}
          onSelect={() => undefined}
          placeOf={(f) => ({ sheet: f.sheet!, group })}
          onSelectCell={() => undefined}
        />
      </FluentProvider>,
    );
  const text = (html: string) => html.replace(/<[^>]+>/g, "");

  test.each([
    ["vi", "Trang Phân bổ · thuộc Huyện Ba Vì: Địa bàn “Yên Bài” thiếu."],
    ["en", "Sheet Phân bổ · under Huyện Ba Vì: Area “Yên Bài” missing."],
  ] as const)("%s: its sheet and the district it belongs under, before the message; the district a link to its label cell", (lang, shown) => {
    const html = render(lang, { name: "Huyện Ba Vì", cell: "B7" });
    expect(text(html)).toContain(shown);
    expect(html).toMatch(/data-testid="finding-place-group" data-cell="B7"/);
  });

  test("a district with no cell is named as text; no district, the sheet alone", () => {
    expect(render("vi", { name: "Ba Vì", cell: null })).not.toContain("finding-place-group");
    expect(text(render("vi", { name: "Ba Vì", cell: null }))).toContain("Trang Phân bổ · thuộc Ba Vì:");
    expect(text(render("vi", null))).toContain("Trang Phân bổ: Địa bàn");
  });
});
