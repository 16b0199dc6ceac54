/**
 * The saved corrections as the reading view lists them: a column mapped to a
 * plan line is told with the line's name (not its code alone), and each
 * remove button says what it does on hover as well as to a screen reader.
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Correction } from "../../../src/core/model/corrections";
import { CorrectionsList } from "../../../src/taskpane/components/reading/CorrectionsList";
import { READING_STRINGS } from "../../../src/i18n/reading";

const CORRECTIONS: readonly Correction[] = [
  { kind: "line", at: "C", header: "Nhóm nòng cốt", code: "1" },
  { kind: "line", at: "D", header: "Sinh hoạt chuyên đề", code: "9" },
  { kind: "ignore", at: "E", label: "Ghi chú" },
];

function html(lineNames?: ReadonlyMap<string, string>, lang: "vi" | "en" = "vi"): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <CorrectionsList
        corrections={CORRECTIONS}
        strings={READING_STRINGS[lang]}
        disabled={false}
        {...(lineNames !== undefined ? { lineNames } : {})}
        onRemove={() => undefined}
      />
    </FluentProvider>,
  );
}

describe("CorrectionsList", () => {
  test.each([
    ["with the plan's names", new Map([["1", "Tổ truyền thông cộng đồng"]]), "C: Nhóm nòng cốt → 1 Tổ truyền thông cộng đồng"],
    ["a code the plan lacks stays a code", new Map([["1", "Tổ truyền thông cộng đồng"]]), "D: Sinh hoạt chuyên đề → 9<"],
    ["without names, the code", undefined, "C: Nhóm nòng cốt → 1<"],
  ] as const)("a column mapped to a plan line: %s", (_name, names, shown) => {
    expect(html(names)).toContain(shown);
  });

  test.each(["vi", "en"] as const)("each remove button is named and titled by what it does (%s)", (lang) => {
    const out = html(undefined, lang);
    for (const at of ["C", "D", "E"]) {
      const words = READING_STRINGS[lang].removeCorrection(at);
      expect(out).toContain(`aria-label="${words}"`);
      expect(out).toContain(`title="${words}"`);
    }
    expect((out.match(/data-testid="remove-correction"/g) ?? []).length).toBe(3);
  });
});
