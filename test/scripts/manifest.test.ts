/**
 * The add-in manifest validates offline against Microsoft's schemas, the
 * validator's own checks catch what the schema cannot, and the committed
 * icons are what scripts/make-icons.js draws.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { structuralProblems, schemaCheck, pngSize } = require("../../scripts/validate-manifest.js") as {
  structuralProblems: (xml: string, root: string) => string[];
  schemaCheck: (file: string) => { ok: boolean; skipped: boolean; output: string };
  pngSize: (buffer: Buffer) => { width: number; height: number } | null;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require("../../scripts/make-icons.js") as {
  SIZES: number[];
  encodePng: (size: number, pixels: Buffer) => Buffer;
  render: (size: number) => Buffer;
};

const ROOT = path.join(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const xml = fs.readFileSync(MANIFEST, "utf8");
const CI = process.env.CI === "true" || process.env.CI === "1";

function withTemp(text: string, check: (file: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, text);
  try {
    check(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("manifest.xml", () => {
  test("passes the structural checks", () => {
    expect(structuralProblems(xml, ROOT)).toEqual([]);
  });

  test("validates against the offline schemas (xmllint), and a broken manifest does not", () => {
    const result = schemaCheck(MANIFEST);
    if (result.skipped) {
      // Without xmllint or the schemas the check cannot run; under CI that is a failure.
      expect(CI).toBe(false);
      console.warn(`schema check not run: ${result.output}`);
      return;
    }
    expect(result).toMatchObject({ ok: true });
    withTemp(xml.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"), (file) => {
      expect(schemaCheck(file).ok).toBe(false);
    });
    withTemp(xml.replace(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, ""), (file) => {
      expect(schemaCheck(file).ok).toBe(false);
    });
  });

  test("the structural checks catch http URLs, missing overrides, undefined resources, wrong icons", () => {
    const broken = [
      [xml.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"), /not https/],
      [xml.replace(/<Override Locale="en-US" Value="allocheck – Allocation check"\/>/, ""), /DisplayName lacks an en-US Override/],
      [xml.replace(/(<bt:String id="Allocheck.Group.Label"[^>]*>)\s*<bt:Override[^>]*\/>/, "$1"), /Allocheck.Group.Label lacks/],
      [xml.replace('resid="Taskpane.Url"', 'resid="Nope.Url"'), /resid Nope.Url is not defined/],
      [xml.replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), /icon-64.png is 64×64, expected 80×80/],
      [xml.replace("<DefaultLocale>vi-VN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), /DefaultLocale must be vi-VN/],
      [xml.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">'), /TabHome/],
    ] as const;
    for (const [text, problem] of broken) {
      expect(text).not.toBe(xml);
      expect(structuralProblems(text, ROOT).join("\n")).toMatch(problem);
    }
  });

  test("npm run validate exits non-zero under CI when the schemas are missing", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js")], {
      env: { ...process.env, CI: "true", ALLOCHECK_MANIFEST_SCHEMAS: path.join(ROOT, "no-such-dir") },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/schema not found/);
  });
});

describe("icons", () => {
  test("the committed PNGs are the generator's output at 16, 32, 64, 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      const file = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(file.equals(icons.encodePng(size, icons.render(size)))).toBe(true);
    }
  });

  test("the mark is drawn: opaque green body, white check, transparent corners", () => {
    const size = 64;
    const pixels = icons.render(size);
    const at = (x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(8, 32)).toEqual([0x10, 0x7c, 0x41, 255]);
    expect(at(Math.round(0.43 * size), Math.round(0.71 * size))).toEqual([255, 255, 255, 255]);
  });
});
