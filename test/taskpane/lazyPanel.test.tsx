/**
 * A part of the pane loaded on demand (lazyPanel): `preload` starts fetching
 * its chunk once, however often it is called, and the first render uses that
 * same fetch (the check's result is fetched while the check runs, not again
 * when the result is shown).
 */
import * as React from "react";
import { PassThrough } from "stream";
import { renderToPipeableStream, renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../src/core/model/text";
import { lazyPanel } from "../../src/taskpane/components/lazyPanel";

interface PartProps {
  readonly lang: Lang;
  readonly word: string;
}

function Part({ lang, word }: PartProps): React.ReactElement {
  return <p data-testid="part">{`${lang}:${word}`}</p>;
}

/** The whole markup once every suspended part has loaded. */
function renderAll(element: React.ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const out = new PassThrough();
    let html = "";
    out.on("data", (chunk: Buffer) => (html += chunk.toString("utf8")));
    out.on("end", () => resolve(html));
    const stream = renderToPipeableStream(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>, {
      onAllReady: () => stream.pipe(out),
      onShellError: reject,
    });
  });
}

describe("lazyPanel", () => {
  test("preload fetches the part once, and the first render uses that fetch", async () => {
    const load = jest.fn(() => Promise.resolve(Part));
    const Lazy = lazyPanel<PartProps>(load, { vi: "lỗi", en: "failed" });
    expect(load).not.toHaveBeenCalled();
    Lazy.preload();
    Lazy.preload();
    expect(load).toHaveBeenCalledTimes(1);
    const html = await renderAll(<Lazy lang="en" word="shown" />);
    expect(html).toContain("en:shown");
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("a part fetched ahead shows at once, with no busy indicator in between", async () => {
    const Lazy = lazyPanel<PartProps>(() => Promise.resolve(Part), { vi: "lỗi", en: "failed" });
    Lazy.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // One synchronous render: nothing left to wait for.
    const html = renderToStaticMarkup(<FluentProvider theme={webLightTheme}><Lazy lang="vi" word="ngay" /></FluentProvider>);
    expect(html).toContain("vi:ngay");
    expect(html).not.toContain('data-testid="busy"');
  });

  // Not `Đang làm việc với sổ tính…`: the workbook's task is over, the pane is only fetching the part that shows it.
  test.each([
    ["vi", ">Đang tải…<"],
    ["en", ">Loading…<"],
  ] as const)("while its part is fetched, the pane says it is loading it, not working with the workbook (%s)", (lang, text) => {
    const Lazy = lazyPanel<PartProps>(() => new Promise<typeof Part>(() => undefined), { vi: "lỗi", en: "failed" });
    const html = renderToStaticMarkup(<FluentProvider theme={webLightTheme}><Lazy lang={lang} word="chờ" /></FluentProvider>);
    expect(html).toContain(text);
    expect(html).not.toMatch(/sổ tính|workbook/);
  });

  test("without a preload, the part is fetched when first shown", async () => {
    const load = jest.fn(() => Promise.resolve(Part));
    const Lazy = lazyPanel<PartProps>(load, { vi: "lỗi", en: "failed" });
    const html = await renderAll(<Lazy lang="vi" word="hiện" />);
    expect(html).toContain("vi:hiện");
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("a failed preload is not an unhandled rejection", async () => {
    const unhandled = jest.fn();
    process.on("unhandledRejection", unhandled);
    try {
      const Lazy = lazyPanel<PartProps>(() => Promise.reject(new Error("offline")), { vi: "lỗi", en: "failed" });
      Lazy.preload();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });
});
