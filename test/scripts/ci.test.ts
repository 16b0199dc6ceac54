/**
 * `.ci/run` and what the README says of it and of the add-in: the Debian
 * packages it installs are the ones the README lists, it runs the tests under
 * CI=true (a missing tool fails, never skips), and the README names the
 * ribbon button the manifest defines.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const ciRun = fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function withoutCi(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CI;
  return env;
}

describe(".ci/run", () => {
  test("sets CI=true before it installs and runs anything", () => {
    const lines = ciRun.split("\n");
    const ci = lines.findIndex((line) => /^export CI=true$/.test(line.trim()));
    expect(ci).toBeGreaterThan(-1);
    expect(ci).toBeLessThan(lines.findIndex((line) => line.includes("apt-get")));
    expect(ci).toBeLessThan(lines.findIndex((line) => line.trim() === "npm test"));
  });

  test("installs the Debian packages the README lists, and no other", () => {
    const installed = [...ciRun.matchAll(/need_apt\+=\(([^)]+)\)/g)].map((m) => m[1].trim()).sort();
    const listed = /```bash\n(apt-get install [^\n]+)\n```/.exec(readme.slice(readme.indexOf("## Tests")))?.[1];
    expect(listed).toBeDefined();
    const packages = listed!.split(/\s+/).filter((word) => !/^(apt-get|install|-y|--no-install-recommends)$/.test(word)).sort();
    expect(packages).toEqual(installed);
  });
});

describe("under CI=true a missing tool fails the run, never skips it", () => {
  test.each([
    ["the browser tests without chromium", ["scripts/run-browser-tests.js", "--no-build"], { CHROMIUM_PATH: "/nonexistent/chromium" }, /FAIL: Browser tests need chromium/],
    ["the manifest check without its schemas", ["scripts/validate-manifest.js"], { ALLOCHECK_MANIFEST_SCHEMAS: "/nonexistent/schemas" }, /FAIL schema: .*required under CI/],
  ])("%s", (_, args, extra, message) => {
    const strict = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...withoutCi(), ...extra, CI: "true" } });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(message);
    const loose = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...withoutCi(), ...extra } });
    expect(loose.status).toBe(0);
    expect(loose.stderr).toMatch(/NOT RUN/);
  });
});

describe("the README's add-in section", () => {
  test("names the Home-tab button and its group as the manifest labels them, in both languages", () => {
    const label = (id: string) => {
      const entry = new RegExp(`<bt:String id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]+)">\\s*<bt:Override Locale="en-US" Value="([^"]+)"/>`).exec(manifest);
      expect(entry).not.toBeNull();
      return { vi: entry![1], en: entry![2] };
    };
    const button = label("Allocheck.OpenPane.Label");
    const group = label("Allocheck.Group.Label");
    const sentence = /The button (.+?) appears on the Home\s+tab, in its group of the\s+same name \(\*([^*]+)\*\)/s.exec(readme);
    expect(sentence).not.toBeNull();
    expect(sentence![1].replace(/\s+/g, " ")).toBe(`**${button.vi}** (*${button.en}* in an English Office)`);
    expect(group.vi).toBe(button.vi);
    expect(sentence![2]).toBe(group.en);
  });

  test("its --only example names browser suites that exist", () => {
    const words = /run-browser-tests\.js --only ([\w,]+)/.exec(readme.replace(/`\s*node\s*\n?\s*scripts/g, "`node scripts"))?.[1].split(",");
    expect(words).toBeDefined();
    const suites = fs.readdirSync(path.join(ROOT, "test", "browser")).filter((f) => f.endsWith(".e2e.js"));
    for (const word of words!) expect(suites.some((suite) => suite.includes(word))).toBe(true);
  });
});
