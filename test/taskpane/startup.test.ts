/**
 * How the pane starts (src/taskpane/boot/startup.ts): the sample workbook only
 * outside Office; inside Office a slow start shows a message and keeps
 * waiting for Excel, never falls back to the sample.
 */
import * as fs from "fs";
import * as path from "path";
import { decideStart, type OfficeGlobal } from "../../src/taskpane/boot/startup";
import { decisionMessage, slowMessage } from "../../src/taskpane/boot/startupText";
import { EXCEL_API_SET, MIN_EXCEL_API } from "../../src/taskpane/requirements";

function office(answer: Promise<{ host: string | null }>, options: { language?: string; supports?: string } = {}): OfficeGlobal {
  return {
    onReady: () => answer,
    context: {
      displayLanguage: options.language,
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === EXCEL_API_SET && options.supports !== undefined && minor(version ?? "1.1") <= minor(options.supports),
      },
    },
  };
}

/** `1.9` → 9, `1.20` → 20 (ExcelApi versions are 1.minor). */
function minor(version: string): number {
  return Number(version.split(".")[1]);
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("decideStart", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it.each([
    ["no Office.js at all", undefined],
    ["Office.js without onReady", {} as OfficeGlobal],
  ])("is outside Office with %s", async (_name, global) => {
    const onSlow = jest.fn();
    await expect(decideStart(global, { slowAfterMs: 5000, onSlow })).resolves.toEqual({ kind: "outside-office" });
    expect(onSlow).not.toHaveBeenCalled();
  });

  it("is outside Office when onReady answers with no host (a plain browser)", async () => {
    const onSlow = jest.fn();
    const decision = await decideStart(office(Promise.resolve({ host: null })), { slowAfterMs: 5000, onSlow });
    expect(decision).toEqual({ kind: "outside-office" });
    jest.advanceTimersByTime(60_000);
    expect(onSlow).not.toHaveBeenCalled();
  });

  it("a slow Excel gets a message and then the pane, never the sample", async () => {
    const ready = deferred<{ host: string | null }>();
    const onSlow = jest.fn();
    let decided: unknown = null;
    void decideStart(office(ready.promise, { language: "en-US", supports: "1.20" }), { slowAfterMs: 5000, onSlow }).then(
      (d) => (decided = d),
    );
    await jest.advanceTimersByTimeAsync(4999);
    expect(onSlow).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(onSlow).toHaveBeenCalledTimes(1);
    // Still waiting long after: no decision, in particular not "outside-office".
    await jest.advanceTimersByTimeAsync(120_000);
    expect(decided).toBeNull();
    expect(onSlow).toHaveBeenCalledTimes(1);
    ready.resolve({ host: "Excel" });
    await jest.runAllTimersAsync();
    expect(decided).toEqual({ kind: "excel", displayLanguage: "en-US" });
  });

  it("an onReady that fails is an error, not the sample", async () => {
    const ready = deferred<{ host: string | null }>();
    const result = decideStart(office(ready.promise), { slowAfterMs: 5000, onSlow: jest.fn() });
    ready.reject(new Error("boom"));
    await expect(result).resolves.toEqual({ kind: "failed", message: "boom" });
  });

  it.each([
    ["1.8", "old-excel"],
    [undefined, "old-excel"],
    ["1.9", "excel"],
    ["1.20", "excel"],
  ])("Excel supporting ExcelApi up to %s is %s", async (supports, kind) => {
    const decision = await decideStart(office(Promise.resolve({ host: "Excel" }), { supports, language: "vi-VN" }), {
      slowAfterMs: 5000,
      onSlow: jest.fn(),
    });
    expect(decision).toEqual({ kind, displayLanguage: "vi-VN" });
  });

  it("another Office application is told to use Excel", async () => {
    const decision = await decideStart(office(Promise.resolve({ host: "Word" }), { supports: "1.20" }), {
      slowAfterMs: 5000,
      onSlow: jest.fn(),
    });
    expect(decision).toEqual({ kind: "other-host", host: "Word", displayLanguage: null });
  });
});

describe("startup messages", () => {
  it("say in both languages what to do", () => {
    const messages = [
      slowMessage(10),
      decisionMessage({ kind: "old-excel", displayLanguage: null }),
      decisionMessage({ kind: "other-host", host: "Word", displayLanguage: null }),
      decisionMessage({ kind: "outside-office" }),
      decisionMessage({ kind: "failed", message: "boom" }),
    ];
    for (const m of messages) {
      expect(m.title.vi).not.toBe(m.title.en);
      expect(m.text.vi).toMatch(/Hãy|hãy|rồi mở lại|Đóng/);
      expect(m.text.en).toMatch(/Open|open|Close|close|Wait/);
    }
  });

  it("the old-Excel message names the versions ExcelApi 1.9 really means", () => {
    const m = decisionMessage({ kind: "old-excel", displayLanguage: null });
    expect(m.text.en).toContain("Excel 2021");
    expect(m.text.en).toContain("Microsoft 365");
    expect(m.text.en).toContain(`ExcelApi ${MIN_EXCEL_API}`);
    expect(m.text.vi).toContain("Excel 2021");
    // Office 2019 stops at ExcelApi 1.8: it is named only as not enough.
    expect(m.text.en).toMatch(/Excel 2019 and Excel 2016 are not enough/);
  });

  it("the pane's minimum is the manifest's", () => {
    const xml = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
    const set = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
    expect(set?.[1]).toBe(MIN_EXCEL_API);
  });
});
