/**
 * The count above the lines read from a plan text tells its targets from its
 * budget lines, counted on the plan the engine read (jest runs in node: the
 * heading is rendered to HTML from a real reading).
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../src/core/model/text";
import { extractPlan } from "../../src/extract";
import { STRINGS } from "../../src/i18n";
import { ExtractedCount, foundCounts } from "../../src/taskpane/components/ExtractedCount";

const PLAN = [
  "KẾ HOẠCH",
  "Thực hiện Dự án 8 năm 2024",
  "",
  "II. CHỈ TIÊU",
  "1. Thành lập mới 5 tổ truyền thông cộng đồng.",
  "2. Tổ chức 12 cuộc đối thoại chính sách.",
  "",
  "III. KINH PHÍ",
  "Tổng kinh phí thực hiện: 500.000.000 đồng.",
].join("\n");

const TASKS_ONLY = ["KẾ HOẠCH", "Thực hiện Dự án 8 năm 2024", "", "Các cơ sở Hội tuyên truyền, vận động hội viên tham gia."].join("\n");

function heading(text: string, lang: Lang): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ExtractedCount plan={extractPlan(text)} strings={STRINGS[lang]} />
    </FluentProvider>,
  );
}

describe("the count of what a plan text gives", () => {
  test("the reading has two targets and one budget line: the count says so, not three targets", () => {
    const plan = extractPlan(PLAN);
    expect(plan.indicators).toHaveLength(3);
    expect(foundCounts(plan)).toEqual({ targets: 2, budgetLines: 1 });
  });

  test.each<[Lang, string]>([
    ["vi", "Tìm thấy 2 chỉ tiêu và 1 dòng kinh phí"],
    ["en", "Found 2 targets and 1 budget line"],
  ])("the heading in %s", (lang, said) => {
    const html = heading(PLAN, lang);
    expect(html).toMatch(new RegExp(`data-testid="extracted-count">${said}<`));
    expect(html).not.toContain("no-targets");
  });

  test("a text with no figure: no target found, and said why", () => {
    const html = heading(TASKS_ONLY, "vi");
    expect(html).toMatch(/data-testid="extracted-count">Tìm thấy 0 chỉ tiêu</);
    expect(html).toContain(STRINGS.vi.noTargetsFound);
  });

  test("a budget line alone is no target: the note that the text has none shows", () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <ExtractedCount plan={{ indicators: extractPlan(PLAN).indicators.filter((i) => i.kind === "money") }} strings={STRINGS.en} />
      </FluentProvider>,
    );
    expect(html).toMatch(/data-testid="extracted-count">Found 1 budget line</);
    expect(html).toContain(STRINGS.en.noTargetsFound);
  });
});
