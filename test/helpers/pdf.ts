/**
 * What a printed PDF shows, for tests that look at a page as a reader does:
 * the pages' sizes and every word with its box (poppler's `pdftotext
 * -bbox-layout`), and the pages rendered to PNG (`pdftoppm`). A missing tool
 * is an error, never a skip.
 */
import { execFile } from "child_process";
import { existsSync } from "fs";
import * as path from "path";

/** Path of a poppler-utils binary; throws with the install command when there is none. */
export function popplerTool(name: "pdftotext" | "pdftoppm"): string {
  for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), "/usr/bin", "/usr/local/bin"]) {
    const candidate = path.join(dir, name);
    if (dir !== "" && existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} (poppler-utils) is required for this test and was not found. Install it: apt-get install -y --no-install-recommends poppler-utils`);
}

function run(file: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  /** 1-based page number in the document. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Every page of `pdf` with its words and their boxes (points, origin top left). */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const html = await run(popplerTool("pdftotext"), ["-bbox-layout", pdf, "-"]);
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const page of html.matchAll(pageRe)) {
    const words = [...page[3].matchAll(wordRe)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: decodeEntities(w[5]).normalize("NFC"),
    }));
    pages.push({ number: pages.length + 1, width: Number(page[1]), height: Number(page[2]), words });
  }
  return pages;
}

/** Renders pages `first`…`last` of `pdf` to `<prefix>-N.png` at `dpi`. */
export async function renderPages(pdf: string, prefix: string, first: number, last: number, dpi = 60): Promise<void> {
  await run(popplerTool("pdftoppm"), ["-r", String(dpi), "-f", String(first), "-l", String(last), "-png", pdf, prefix]);
}
