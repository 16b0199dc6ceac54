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

test.each([
  ["vi", "Tự động", "Tự động: ≤ (không vượt) cho số lượng và kinh phí, ≥ (ít nhất) cho chỉ tiêu tỷ lệ %."],
  ["en", "Auto", "Auto: ≤ (at most) for counts and money, ≥ (at least) for a percentage target."],
] as const)("%s: a comparison left to the line's kind is named in words, with what it comes to; a chosen one has no hint", (lang, auto, hint) => {
  const chosen: PlanLineDraft = { ...drafts[1], id: 3, code: "3", rule: ">=" };
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PlanLinesEditor drafts={[drafts[1], chosen]} problems={[]} strings={STRINGS[lang]} lang={lang} disabled={false} onChange={() => undefined} onAdd={() => undefined} />
    </FluentProvider>,
  );
  const selects = [...html.matchAll(/<select[^>]*data-field="rule"[^>]*>([\s\S]*?)<\/select>/g)];
  expect(selects).toHaveLength(2);
  const escaped = hint.replace(/&/g, "&amp;");
  for (const [, options] of selects) expect(options).toMatch(new RegExp(`^<option value="" title="[^"]*"[^>]*>${auto}</option>`));
  expect(selects[0][1]).toContain(`title="${escaped}"`);
  expect(selects[0][0]).toMatch(new RegExp(`<select[^>]*title="${escaped.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&")}"`));
  expect(selects[1][0].split(">")[0]).not.toContain("title=");
  expect(html).not.toContain(">—</option>");
});
