/** The plan lines editor rendered to HTML (jest runs in node): a line to confirm shows its badge, why, and a confirm button. */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PlanLinesEditor } from "../../src/taskpane/components/PlanLinesEditor";
import { STRINGS } from "../../src/i18n";
import type { PlanLineDraft } from "../../src/app/planImport";

const drafts: PlanLineDraft[] = [
  { id: 2, code: "2", name: "Số hộ đạt Gia đình văn hóa", unit: "%", target: "88", rule: "", quota: "", source: "line 12", sourceText: "Hà Nội đặt ra chỉ tiêu số hộ đạt Gia đình văn hóa là 88%.", toConfirm: true },
  { id: 1, code: "1", name: "Tổ truyền thông", unit: "tổ", target: "14", rule: "", quota: "", source: "line 9", sourceText: "- 14 tổ truyền thông." },
];

function render(lang: "vi" | "en"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PlanLinesEditor drafts={drafts} problems={[]} strings={STRINGS[lang]} lang={lang} disabled={false} onChange={() => undefined} onAdd={() => undefined} />
    </FluentProvider>,
  );
}

test.each([
  ["vi", "Cần xác nhận", "Xác nhận", "dòng 12"],
  ["en", "Please confirm", "Confirm", "line 12"],
] as const)("%s: the line to confirm has its badge, the confirm button and its sentence; the other has none", (lang, badge, button, source) => {
  const html = render(lang);
  const cards = html.split('data-testid="extracted-line"').slice(1);
  expect(cards).toHaveLength(2);
  expect(cards[0]).toContain('data-to-confirm="true"');
  expect(cards[0]).toContain(badge);
  expect(cards[0]).toContain(`>${button}<`);
  expect(cards[0]).toContain(source);
  expect(cards[0]).toContain("Hà Nội đặt ra chỉ tiêu số hộ đạt Gia đình văn hóa là 88%.");
  expect(cards[1]).not.toContain("data-to-confirm");
  expect(cards[1]).not.toContain('data-testid="confirm-button"');
});
