/**
 * scripts/check-bundle-size.js (npm run size, after the production build):
 * what it counts as the first load and what it refuses. The real measure runs
 * on dist/ in `npm test`; here on small made-up builds.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const size = require("../../scripts/check-bundle-size.js") as {
  INITIAL_GZIP_BUDGET: number;
  pageScripts: (html: string) => string[];
  measure: (dist: string) => { initial: Array<{ file: string; gzip: number }>; all: Array<{ file: string }> };
  problems: (m: ReturnType<(typeof size)["measure"]>) => string[];
};

function build(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** `n` characters that gzip cannot shrink below ~¾ (random bytes in base64). */
function noise(n: number): string {
  return crypto.randomBytes(Math.ceil((n * 3) / 4)).toString("base64").slice(0, n);
}

const PAGE = '<html><head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=taskpane.js></script></head></html>';
const IMPORT_CHUNK = 'var m="mammoth";var p="word/document.xml";';

describe("check-bundle-size", () => {
  it("counts the page's own scripts, quoted or not, and not Office.js from the CDN", () => {
    expect(size.pageScripts(PAGE)).toEqual(["taskpane.js"]);
    expect(size.pageScripts('<script src="a.js"></script><script src=\'./b.js\'></script><script src="//cdn/x.js"></script>')).toEqual(["a.js", "b.js"]);
  });

  it("passes a small first load with the plan import in its own chunk", () => {
    const dist = build({ "taskpane.html": PAGE, "taskpane.js": "console.log(1)", "plan-import.1.js": IMPORT_CHUNK });
    expect(size.problems(size.measure(dist))).toEqual([]);
  });

  it.each([
    ["over the budget", { "taskpane.js": noise(size.INITIAL_GZIP_BUDGET * 2) }, /over the budget/],
    ["the sample in a production file", { "taskpane.js": 'var f="allocheck-mau.xlsx"' }, /preview or the sample/],
    ["the preview hook", { "taskpane.js": "window.allocheckPreview={}" }, /preview or the sample/],
    ["the document reader in the first load", { "taskpane.js": IMPORT_CHUNK }, /first load\) carries the plan import/],
    ["the check's result view in the first load", { "taskpane.js": 'var t="indicator-table"' }, /first load\) carries the check's result view/],
  ])("fails with %s", (_name, files, message) => {
    const dist = build({ "taskpane.html": PAGE, "plan-import.1.js": IMPORT_CHUNK, ...files });
    expect(size.problems(size.measure(dist)).join("\n")).toMatch(message);
  });

  it("fails when no chunk on demand carries the plan import", () => {
    const dist = build({ "taskpane.html": PAGE, "taskpane.js": "console.log(1)" });
    expect(size.problems(size.measure(dist))).toEqual(["no chunk loaded on demand carries the plan import"]);
  });
});
