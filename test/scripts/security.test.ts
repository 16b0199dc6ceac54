/**
 * The pane's security settings: the Content-Security-Policy (only its own
 * scripts and Office.js, never 'unsafe-eval') in both HTML templates and the
 * dev server's header; no eval source maps in any build; the lint rules that
 * keep code from strings and user text as HTML out of src/; the manifest's
 * permission (the least that lets the add-in read the sheets and write its
 * summary); the licence check. The production bundle itself is scanned after
 * the build by scripts/check-bundle-security.js (`npm run security`).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { spawnSync } from "child_process";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require("../../scripts/csp") as { contentSecurityPolicy: (url: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isPermissive, productionPackages } = require("../../scripts/licences") as {
  isPermissive: (expression: string) => boolean;
  productionPackages: () => Array<{ name: string; version: string; license: string | null }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as (env: Record<string, unknown>, options: { mode: string }) => Promise<{
  devtool: string | false;
  devServer: { headers: Record<string, string> };
  plugins: Array<{ userOptions?: { csp?: string; officeJsUrl?: string } }>;
}>;

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe("Content-Security-Policy", () => {
  test.each([
    [CDN, ["'self'", "https://appsforoffice.microsoft.com"]],
    ["office-js/office.js", ["'self'"]],
  ])("Office.js from %s: scripts only from %j, no eval, no inline script, no plugins", (url, scripts) => {
    const policy = directives(contentSecurityPolicy(url));
    expect(policy.get("script-src")).toEqual(scripts);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(contentSecurityPolicy(url)).not.toMatch(/unsafe-eval|\*|http:/);
    for (const [name, sources] of policy) if (name !== "style-src") expect({ name, sources }).toEqual({ name, sources: sources.filter((s) => s !== "'unsafe-inline'") });
  });

  test.each(["src/taskpane/taskpane.html", "src/commands/commands.html"])("%s carries the policy before any script", (file) => {
    const html = readFileSync(path.join(ROOT, file), "utf8");
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.csp %>" />');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf("<script"));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  });

  test.each([
    ["production", {}],
    ["development", {}],
    ["development", { preview: true }],
  ])("webpack %s %j: pages and dev server get the policy; the source maps never use eval", async (mode, env) => {
    const config = await webpackConfig(env, { mode });
    expect(String(config.devtool)).not.toMatch(/eval/);
    const pages = config.plugins.filter((p) => p.userOptions?.csp !== undefined);
    expect(pages.length).toBe(2);
    for (const page of pages) expect(page.userOptions!.csp).toBe(contentSecurityPolicy(page.userOptions!.officeJsUrl!));
    expect(config.devServer.headers["Content-Security-Policy"]).toBe(pages[0].userOptions!.csp);
  });
});

describe("lint keeps code from strings and user text as HTML out of src/", () => {
  /** ESLint's own command (its flat config is an ES module, which jest's module loader does not import). */
  function lint(filePath: string, code: string): string[] {
    const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", filePath, "--format", "json"], {
      cwd: ROOT,
      input: code,
      encoding: "utf8",
      timeout: 90_000,
    });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; severity: number }> }>;
    return result.messages.filter((m) => m.severity === 2).map((m) => String(m.ruleId));
  }

  test("eval, new Function and string timers are errors in src/", () => {
    const rules = lint("src/adapters/x.ts", ['export const x = eval("1");', 'export const f = new Function("return 1");', 'setTimeout("run()", 10);'].join("\n"));
    expect(rules).toEqual(expect.arrayContaining(["no-eval", "no-new-func", "no-implied-eval"]));
  }, 90_000);

  test("dangerouslySetInnerHTML is an error in the pane", () => {
    const rules = lint("src/taskpane/components/X.tsx", "export const X = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;");
    expect(rules).toContain("react/no-danger");
  }, 90_000);
});

describe("the manifest asks for the least permission it needs", () => {
  test("ReadWriteDocument: the add-in reads the sheets and writes its summary, fills, notes and settings", () => {
    const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(manifest.match(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual(["<Permissions>ReadWriteDocument</Permissions>"]);
    // Writing is what needs more than ReadDocument (WriteDocument alone cannot read): the Office.js adapter writes.
    const writer = readFileSync(path.join(ROOT, "src/adapters/office/summaryWriter.ts"), "utf8");
    expect(writer).toMatch(/range\.formulas = /);
    const highlights = readFileSync(path.join(ROOT, "src/adapters/office/highlights.ts"), "utf8");
    expect(highlights).toMatch(/format\.fill\.color = /);
  });
});

describe("licences of the production dependencies", () => {
  test.each([
    ["MIT", true],
    ["(MIT OR GPL-3.0-or-later)", true],
    ["(MIT AND Zlib)", true],
    ["Apache-2.0", true],
    ["GPL-3.0-only", false],
    ["(GPL-2.0 OR LGPL-3.0)", false],
    ["(MIT AND GPL-3.0-only)", false],
    ["SEE LICENSE IN LICENSE.txt", false],
    ["AGPL-3.0", false],
  ])("%s is permissive: %p", (expression, permissive) => {
    expect(isPermissive(expression)).toBe(permissive);
  });

  test("the list holds the production dependencies, not the development ones", () => {
    const names = new Set(productionPackages().map((p) => p.name));
    for (const name of ["exceljs", "jszip", "react", "saxes", "commander", "mammoth"]) expect(names.has(name)).toBe(true);
    for (const name of ["jest", "webpack", "typescript", "eslint", "fast-check"]) expect(names.has(name)).toBe(false);
  });
});
