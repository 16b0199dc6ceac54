/**
 * A finding with no cell names its place before its message
 * (`Trang Phân bổ · thuộc Huyện Ba Vì: Địa bàn …`) with one gap between them:
 * the space after the place, no margin on top of it. Rendered to HTML with
 * the styles the pane would insert (jest runs in node).
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, RendererProvider, createDOMRenderer, renderToStyleElements, webLightTheme } from "@fluentui/react-components";
import type { Finding } from "../../src/core/model/finding";
import type { FindingPlace } from "../../src/core/report/findingPlace";
import { STRINGS } from "../../src/i18n";
import { FindingList } from "../../src/taskpane/components/FindingList";

const FINDING: Finding = {
  rule: "coverage",
  severity: "warning",
  sheet: "Phân bổ",
  cell: null,
  row: null,
  col: null,
  indicator: null,
  area: "Xã Ba Trại",
  expected: null,
  actual: null,
  message: { vi: "Địa bàn Xã Ba Trại có trong kế hoạch nhưng không có trong biểu", en: "x" },
};

function render(place: FindingPlace, withSelect: boolean): { html: string; css: string } {
  const renderer = createDOMRenderer();
  const html = renderToStaticMarkup(
    <RendererProvider renderer={renderer}>
      <FluentProvider theme={webLightTheme}>
        <FindingList
          findings={[FINDING]}
          lang="vi"
          strings={STRINGS.vi}
          disabled={false}
          onSelect={() => undefined}
          itemTestId="finding"
          placeOf={() => place}
          {...(withSelect ? { onSelectCell: () => undefined } : {})}
        />
      </FluentProvider>
    </RendererProvider>,
  );
  return { html, css: renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>) };
}

/** The classes of the element with a test id, and the text that follows its closing tag up to the next tag. */
function placeSpan(html: string): { classes: string[]; after: string } {
  const match = /<span class="([^"]*)" data-testid="finding-place">[\s\S]*?:<\/span>([^<]*)</.exec(html);
  if (match === null) throw new Error(`no place in ${html}`);
  return { classes: match[1].split(/\s+/), after: match[2] };
}

/** The CSS declarations that a class carries. */
function declarationsOf(css: string, cls: string): string[] {
  const rules = css.match(new RegExp(`\\.${cls}(?![\\w-])[^{]*\\{[^}]*\\}`, "g")) ?? [];
  return rules.map((r) => r.slice(r.indexOf("{") + 1, -1));
}

describe.each<[string, FindingPlace, boolean]>([
  ["a district that links to its label", { sheet: "Phân bổ", group: { name: "Huyện Ba Vì", cell: "A7" } }, true],
  ["a district with no label cell", { sheet: "Phân bổ", group: { name: "Huyện Ba Vì", cell: null } }, false],
  ["a sheet alone", { sheet: "Phân bổ", group: null }, false],
])("the place before a message: %s", (_label, place, withSelect) => {
  const { html, css } = render(place, withSelect);

  test("is followed by one space, then the message", () => {
    const { after } = placeSpan(html);
    expect(after).toBe(" Địa bàn Xã Ba Trại có trong kế hoạch nhưng không có trong biểu");
  });

  test("carries no margin on top of that space", () => {
    const { classes } = placeSpan(html);
    const declarations = classes.flatMap((c) => declarationsOf(css, c));
    expect(declarations.join(";")).toMatch(/font-weight/); // the styles were found: the place is in bold
    expect(declarations.join(";")).not.toMatch(/margin/);
  });
});
