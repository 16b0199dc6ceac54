/**
 * LibreOffice headless for tests: recalculates every formula of a workbook and
 * saves the result, so that tests can read what a spreadsheet program computes
 * from allocheck's live formulas. A throw-away profile sets OOXMLRecalcMode = 0
 * ("always recalculate on load"); otherwise LibreOffice keeps the cached values
 * the file carries. A missing `soffice` is an error, never a skip.
 */
import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

const CANDIDATES = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/usr/local/bin/soffice"];

/** Path of the soffice binary; throws with the install command when there is none. */
export function sofficePath(): string {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "soffice");
    if (dir !== "" && existsSync(candidate)) return candidate;
  }
  const found = CANDIDATES.find((c) => existsSync(c));
  if (found) return found;
  throw new Error(
    "LibreOffice (soffice) is required for this test and was not found. Install it: apt-get install -y --no-install-recommends libreoffice-calc-nogui",
  );
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(file: string, args: readonly string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

export interface ConvertOptions {
  /** LibreOffice filter, e.g. `xlsx` (default) or `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1` (every sheet). */
  readonly format?: string;
  readonly timeoutMs?: number;
}

/**
 * Opens `input` in LibreOffice with full recalculation and converts it; returns
 * the paths of the files written (one per sheet for csv with sheet -1).
 */
export async function convertWithLibreOffice(input: string, outDir: string, options: ConvertOptions = {}): Promise<string[]> {
  const soffice = sofficePath();
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-lo-profile-"));
  try {
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
    await fs.mkdir(outDir, { recursive: true });
    const before = new Set(await fs.readdir(outDir));
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        options.format ?? "xlsx",
        "--outdir",
        outDir,
        input,
      ],
      options.timeoutMs ?? 110_000,
    );
    const written = (await fs.readdir(outDir)).filter((n) => !before.has(n)).map((n) => path.join(outDir, n));
    if (written.length === 0) throw new Error(`LibreOffice wrote nothing for ${input}`);
    return written.sort();
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/** Recalculates a workbook in LibreOffice and saves it as .xlsx; returns the new file's path. */
export async function recalculateWithLibreOffice(input: string, outDir: string): Promise<string> {
  const [file] = await convertWithLibreOffice(input, outDir, { format: "xlsx" });
  return file;
}
