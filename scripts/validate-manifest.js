#!/usr/bin/env node
/**
 * Validates manifest.xml offline (`npm run validate`):
 *
 * 1. against Microsoft's XML schemas with xmllint, from
 *    ../shared/schemas/office-manifest/ relative to the repository root
 *    (override with ALLOCHECK_MANIFEST_SCHEMAS). Under CI=true a missing
 *    xmllint or schema is a failure; elsewhere it is a loud warning.
 * 2. with structural checks the schema cannot express: every URL is https;
 *    every resid points at a defined resource; the icons exist in assets/ as
 *    real PNGs of the declared pixel size (16, 32, 64, 80); the default
 *    locale is vi-VN and every user-visible string has an en-US override;
 *    ExcelApi is required; the Id is a GUID; the Home tab has a button that
 *    opens the task pane.
 *
 *   node scripts/validate-manifest.js [manifest.xml]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const REQUIRED_ICON_SIZES = [16, 32, 64, 80];

function schemaDir() {
  return process.env.ALLOCHECK_MANIFEST_SCHEMAS || path.resolve(ROOT, "..", "shared", "schemas", "office-manifest");
}

/** Width and height of a PNG file, or null when the bytes are not a PNG. */
function pngSize(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(signature)) return null;
  if (buffer.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Attributes of every element named `tag` (a small regex reader: the manifest is ours and plain). */
function elements(xml, tag) {
  const found = [];
  const pattern = new RegExp(`<${tag.replace(":", "\\:")}(\\s[^>]*?)?/?>`, "g");
  let match;
  while ((match = pattern.exec(xml)) !== null) {
    const attrs = {};
    const attrPattern = /([\w:.-]+)\s*=\s*"([^"]*)"/g;
    let attr;
    while ((attr = attrPattern.exec(match[1] || "")) !== null) attrs[attr[1]] = attr[2];
    found.push({ attrs, index: match.index, selfClosing: match[0].endsWith("/>") });
  }
  return found;
}

/** The text between `<tag …>` and `</tag>` of the first element named `tag`. */
function innerText(xml, tag) {
  const match = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return match ? match[2] : null;
}

function stripComments(xml) {
  return xml.replace(/<!--[\s\S]*?-->/g, "");
}

/**
 * Structural checks. Returns a list of problems (empty when the manifest is fine).
 * `assetsRoot` is where `/assets/…` URLs are looked up (the repository root).
 */
function structuralProblems(rawXml, assetsRoot) {
  const xml = stripComments(rawXml);
  const problems = [];

  const id = innerText(xml, "Id");
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.trim())) {
    problems.push("Id must be a GUID");
  }
  if ((innerText(xml, "DefaultLocale") || "").trim() !== "vi-VN") problems.push("DefaultLocale must be vi-VN");
  if ((innerText(xml, "Permissions") || "").trim() !== "ReadWriteDocument") {
    problems.push("Permissions must be ReadWriteDocument");
  }
  if (!elements(xml, "Host").some((h) => h.attrs.Name === "Workbook" || h.attrs["xsi:type"] === "Workbook")) {
    problems.push("no Excel (Workbook) host");
  }
  const excelSet = elements(xml, "Set").find((s) => s.attrs.Name === "ExcelApi");
  if (!excelSet) problems.push("Requirements must name the ExcelApi set");
  else if (!/^1\.\d+$/.test(excelSet.attrs.MinVersion || "")) problems.push("ExcelApi MinVersion must be 1.x");

  // Every URL https.
  const urlAttrs = [];
  for (const tag of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"]) {
    for (const el of elements(xml, tag)) if (el.attrs.DefaultValue) urlAttrs.push([tag, el.attrs.DefaultValue]);
  }
  for (const domain of (xml.match(/<AppDomain>([^<]*)<\/AppDomain>/g) || []).map((s) => s.replace(/<\/?AppDomain>/g, ""))) {
    urlAttrs.push(["AppDomain", domain]);
  }
  if (urlAttrs.length === 0) problems.push("no URLs found");
  for (const [tag, url] of urlAttrs) if (!/^https:\/\//.test(url)) problems.push(`${tag} is not https: ${url}`);

  // Locale overrides: DisplayName, Description and every bt:String need an en-US Override.
  for (const tag of ["DisplayName", "Description"]) {
    const body = innerText(xml, tag);
    if (body === null || !/<Override\s+Locale="en-US"\s+Value="[^"]+"/.test(body)) {
      problems.push(`${tag} lacks an en-US Override`);
    }
  }
  const stringPattern = /<bt:String\s+id="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/bt:String>)/g;
  let stringMatch;
  let strings = 0;
  while ((stringMatch = stringPattern.exec(xml)) !== null) {
    strings++;
    if (!/<bt:Override\s+Locale="en-US"\s+Value="[^"]+"/.test(stringMatch[3] || "")) {
      problems.push(`string ${stringMatch[1]} lacks an en-US Override`);
    }
  }
  if (strings === 0) problems.push("no ribbon strings (bt:String) found");

  // resid references resolve.
  const defined = new Set(
    [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]),
  );
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(m[1])) problems.push(`resid ${m[1]} is not defined`);
  }

  // Ribbon: a button on the Home tab that shows the task pane.
  const homeTab = /<OfficeTab\s+id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(xml);
  if (!homeTab) problems.push("no OfficeTab TabHome");
  else if (!/<Control\s+xsi:type="Button"[\s\S]*?<Action\s+xsi:type="ShowTaskpane">/.test(homeTab[1])) {
    problems.push("the Home tab has no button that shows the task pane");
  }

  // Icons: real PNGs in assets/ of the declared size.
  const imageUrls = new Map(elements(xml, "bt:Image").filter((e) => e.attrs.id).map((e) => [e.attrs.id, e.attrs.DefaultValue]));
  const expectations = [];
  for (const [tag, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]]) {
    const el = elements(xml, tag)[0];
    if (!el) problems.push(`${tag} missing`);
    else expectations.push([el.attrs.DefaultValue, size, tag]);
  }
  for (const use of elements(xml, "bt:Image").filter((e) => e.attrs.size && e.attrs.resid)) {
    const url = imageUrls.get(use.attrs.resid);
    if (url) expectations.push([url, Number(use.attrs.size), use.attrs.resid]);
  }
  const checkedFiles = new Map();
  for (const [url, size, what] of expectations) {
    const match = /^https:\/\/[^/]+\/(assets\/[^?#]+)$/.exec(url || "");
    if (!match) {
      problems.push(`${what}: icon URL must point into /assets/: ${url}`);
      continue;
    }
    const file = path.join(assetsRoot, match[1]);
    if (!fs.existsSync(file)) {
      problems.push(`${what}: ${match[1]} does not exist`);
      continue;
    }
    const dims = pngSize(fs.readFileSync(file));
    if (!dims) problems.push(`${what}: ${match[1]} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`${what}: ${match[1]} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
    }
    checkedFiles.set(match[1], size);
  }
  for (const size of REQUIRED_ICON_SIZES) {
    const rel = `assets/icon-${size}.png`;
    const file = path.join(assetsRoot, rel);
    if (!fs.existsSync(file)) problems.push(`${rel} does not exist`);
    else {
      const dims = pngSize(fs.readFileSync(file));
      if (!dims || dims.width !== size || dims.height !== size) problems.push(`${rel} is not a ${size}×${size} PNG`);
    }
  }
  return problems;
}

/** Runs xmllint; returns {ok, skipped, output}. */
function schemaCheck(manifestPath) {
  const dir = schemaDir();
  const schema = path.join(dir, "OfficeAppManifestV1_1.xsd");
  if (!fs.existsSync(schema)) return { ok: false, skipped: true, output: `schema not found: ${schema}` };
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifestPath], { encoding: "utf8" });
  if (run.error && run.error.code === "ENOENT") {
    return { ok: false, skipped: true, output: "xmllint not found (Debian: apt-get install libxml2-utils)" };
  }
  return { ok: run.status === 0, skipped: false, output: `${run.stdout}${run.stderr}`.trim() };
}

function main() {
  const manifestPath = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  const ci = process.env.CI === "true" || process.env.CI === "1";
  let failed = false;

  const schema = schemaCheck(manifestPath);
  if (schema.skipped) {
    if (ci) {
      console.error(`FAIL schema: ${schema.output} (required under CI)`);
      failed = true;
    } else {
      console.warn(`WARNING schema check NOT RUN: ${schema.output}`);
    }
  } else if (!schema.ok) {
    console.error(`FAIL schema:\n${schema.output}`);
    failed = true;
  } else {
    console.log(`ok   schema: ${schema.output}`);
  }

  const problems = structuralProblems(fs.readFileSync(manifestPath, "utf8"), ROOT);
  for (const p of problems) console.error(`FAIL ${p}`);
  if (problems.length === 0) console.log("ok   structure: URLs https, resources defined, icons 16/32/64/80 px, vi-VN with en-US overrides");
  failed = failed || problems.length > 0;
  process.exit(failed ? 1 : 0);
}

if (require.main === module) main();

module.exports = { structuralProblems, schemaCheck, pngSize };
