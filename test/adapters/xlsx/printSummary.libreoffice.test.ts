/**
 * The summary sheet as a reader gets it on paper: `allocheck summary` writes
 * the copy, LibreOffice prints it to PDF, and the summary's pages are read
 * back word by word (poppler). On the built-in sample and on a large designed
 * workbook (120 communes, long line names, many findings with long messages):
 * A4 landscape pages, a sensible number of them, the findings table's header
 * on every page of that table and the table as wide as the page, messages on
 * a few lines, no two words printed over each other, no text
 * under 8 pt, and every finding, area and line name printed whole. The pages
 * are also rendered to PNG in test-output/print/ to be looked at.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeWorkbookSpec } from "../../../src/adapters/exceljs/writeWorkbook";
import { readWorkbookFile } from "../../../src/adapters/xlsx/readWorkbook";
import { checkWorkbook } from "../../../src/core/check";
import type { Report } from "../../../src/core/model/report";
import type { Lang } from "../../../src/core/model/text";
import { AREA_HEADER, AREA_INDEX_HEADER, FINDING_HEADERS, SECTIONS, TITLE } from "../../../src/core/summary/labels";
import { buildSampleSpec } from "../../../src/sample";
import { typographicQuotes } from "../../../src/core/text/quotes";
import { runCli } from "../../cli/runCli";
import { convertWithLibreOffice, sofficePath } from "../../helpers/libreoffice";
import { pdfPages, popplerTool, renderPages, type PdfPage, type PdfWord } from "../../helpers/pdf";
import { writeFixture, type FixtureValue } from "../../helpers/xlsxFixture";

const OUTPUT = path.join(__dirname, "..", "..", "..", "test-output", "print");
/** DejaVu Sans (what LibreOffice prints for Calibri here): a word's box is 1.164 × the font size tall. */
const BOX_PER_POINT = 1.164;

const DISTRICTS = ["Bắc Hà", "Mường Khương", "Văn Bàn", "Bảo Yên", "Than Uyên", "Phong Thổ", "Tủa Chùa", "Quản Bạ", "Si Ma Cai", "Bát Xát"];
const FIRST = ["Nậm", "Bản", "Cốc", "Lùng", "Pha", "Tả", "Khánh", "Minh", "Nghĩa", "Vĩnh", "Mường", "Sính"];
const SECOND = ["Lúc", "Liền", "Ly", "Phình", "Long", "Gia", "Yên", "Lương", "Đô", "Thuận"];
const LINES: ReadonlyArray<{ code: string; name: string; unit: string; quota?: number }> = [
  { code: "1", name: "Tổ truyền thông cộng đồng được thành lập mới và duy trì hoạt động thường xuyên", unit: "tổ", quota: 1 },
  { code: "2", name: "Câu lạc bộ “Thủ lĩnh của sự thay đổi” tại trường trung học cơ sở", unit: "CLB" },
  { code: "3", name: "Địa chỉ tin cậy tại cộng đồng hỗ trợ phụ nữ và trẻ em bị bạo lực", unit: "địa chỉ" },
  { code: "4", name: "Người được tập huấn kỹ năng truyền thông và vận động chính sách về bình đẳng giới", unit: "người" },
  { code: "5", name: "Kinh phí hỗ trợ phát triển sinh kế cho phụ nữ dân tộc thiểu số và miền núi", unit: "triệu đồng" },
  { code: "6", name: "Kinh phí tổ chức đối thoại chính sách cấp xã, thôn bản", unit: "triệu đồng" },
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** The large designed workbook: 10 districts × 12 communes, quota breaks, numbers typed as text, a total over the plan. */
async function writeLargeWorkbook(dir: string): Promise<string> {
  const header: FixtureValue[] = ["STT", "Địa bàn", ...LINES.map((l) => `${l.name} (${l.unit})`)];
  const rows: FixtureValue[][] = [["BIỂU PHÂN BỔ CHỈ TIÊU VÀ KINH PHÍ NĂM 2025"], header];
  const planAreas: FixtureValue[][] = [];
  const totals = LINES.map(() => 0);
  let n = 0;
  DISTRICTS.forEach((district, d) => {
    const communes = Array.from({ length: 12 }, (_, k) => `Xã ${FIRST[k]} ${SECOND[(k + d) % SECOND.length]}`);
    const values = communes.map((_, k) => {
      const i = d * 12 + k;
      return [i % 5 === 0 ? 2 : 1, 1 + (i % 3), i % 4, 20 + (i % 17), 150 + 10 * (i % 9), 35 + (i % 6)];
    });
    const sums = LINES.map((_, j) => values.reduce((s, v) => s + v[j], 0));
    rows.push([ROMAN[d], `Huyện ${district}`, ...sums]);
    communes.forEach((commune, k) => {
      n++;
      // Every seventh commune has a number typed as text.
      const cells: FixtureValue[] = values[k].map((v, j) => (n % 7 === 0 && j === 1 ? String(v) : v));
      rows.push([n, commune, ...cells]);
      planAreas.push([district, commune]);
    });
    sums.forEach((s, j) => (totals[j] += s));
  });
  rows.push([null, "Tổng cộng", ...totals]);
  const plan: FixtureValue[][] = [
    ["Mã số", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Định mức"],
    // Line 4 is over the plan; the others on it.
    ...LINES.map((l, j) => [l.code, l.name, l.unit, j === 3 ? totals[j] - 40 : totals[j], l.quota ?? null]),
    [],
    ["Huyện", "Xã"],
    ...planAreas,
  ];
  return writeFixture(dir, "large.xlsx", [
    { name: "Kế hoạch", rows: plan },
    { name: "Phân bổ", rows, widths: [6, 28, ...LINES.map(() => 14)] },
  ]);
}

interface Printed {
  readonly lang: Lang;
  readonly report: Report;
  /** The summary's pages (the copy's pages after the input's own). */
  readonly pages: readonly PdfPage[];
}

let dir: string;
const text = (page: PdfPage) => page.words.map((w) => w.text).join(" ");
const printed = new Map<string, Printed>();

async function pdfOf(file: string, outDir: string): Promise<string> {
  const [pdf] = await convertWithLibreOffice(file, outDir, { format: "pdf" });
  return pdf;
}

async function printCase(name: string, input: string, lang: Lang = "vi"): Promise<Printed> {
  const copy = path.join(dir, `${name}-tong-hop.xlsx`);
  const run = await runCli(["summary", input, "-o", copy, "--lang", lang], dir);
  expect(run.stderr).toBe("");
  const { report } = checkWorkbook(await readWorkbookFile(input), { workbookName: path.basename(input) });
  // The input's own sheets print first, the summary (added last) from its title on.
  const pdf = await pdfOf(copy, path.join(dir, `${name}-copy-pdf`));
  const all = await pdfPages(pdf);
  const first = all.findIndex((p) => text(p).includes(TITLE[lang]));
  expect(first).toBeGreaterThan(0);
  const pages = all.slice(first);
  await fs.mkdir(OUTPUT, { recursive: true });
  for (const old of (await fs.readdir(OUTPUT)).filter((f) => f.startsWith(`${name}-`))) await fs.rm(path.join(OUTPUT, old));
  await renderPages(pdf, path.join(OUTPUT, name), first + 1, all.length);
  return { lang, report, pages };
}

beforeAll(async () => {
  // Fails (never skips) when a tool is missing.
  sofficePath();
  popplerTool("pdftotext");
  popplerTool("pdftoppm");
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "allocheck-print-"));
  const sample = path.join(dir, "sample.xlsx");
  await writeWorkbookSpec(buildSampleSpec(), sample);
  printed.set("sample", await printCase("sample", sample));
  printed.set("large", await printCase("large", await writeLargeWorkbook(dir)));
  printed.set("sample-en", await printCase("sample-en", sample, "en"));
}, 300_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function overlaps(a: PdfWord, b: PdfWord): boolean {
  // Boxes shrunk by a point: the ascent of one line may touch the descent of the line above.
  const inset = 1;
  return a.xMin + inset < b.xMax - inset && b.xMin + inset < a.xMax - inset && a.yMin + inset < b.yMax - inset && b.yMin + inset < a.yMax - inset;
}

function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of t.normalize("NFC").split(/\s+/)) if (w !== "") counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

test("the large workbook has many areas and many findings with long messages", () => {
  const { report } = printed.get("large")!;
  expect(report.findings.length).toBeGreaterThanOrEqual(30);
  expect(report.findings.filter((f) => f.message.vi.length > 80).length).toBeGreaterThanOrEqual(15);
});

describe.each([
  ["sample", 2, 6],
  ["large", 4, 16],
  ["sample-en", 2, 6],
])("%s: the printed summary", (name, fewest, most) => {
  const get = () => printed.get(name)!;

  test("opens on the title, prints on A4 landscape, on a sensible number of pages", () => {
    const { pages } = get();
    expect(text(pages[0])).toContain(TITLE[get().lang]);
    for (const page of pages) {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
    }
    expect(pages.length).toBeGreaterThanOrEqual(fewest);
    expect(pages.length).toBeLessThanOrEqual(most);
  });

  test("every page's foot numbers it in the summary's words, the pages in order, the count the whole printout's", () => {
    const { pages, lang } = get();
    const pattern = lang === "vi" ? /^Trang (\d+) \/ (\d+)$/ : /^Page (\d+) of (\d+)$/;
    const numbers = pages.map((page) => {
      // The footer prints in the bottom margin (0.5 in), below every row, on one line. LibreOffice also
      // writes a chart that starts on the next page into this page's PDF, clipped out of sight: pdftotext
      // still lists its words, so only the words on the footer's own line are read.
      const margin = page.words.filter((w) => w.yMin > page.height - 36);
      const first = margin.find((w) => w.text === (lang === "vi" ? "Trang" : "Page"));
      const foot = margin.filter((w) => first !== undefined && Math.abs(w.yMin - first.yMin) < 2).sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(" ");
      const match = pattern.exec(foot);
      expect({ foot, match: match !== null }).toEqual({ foot, match: true });
      return [Number(match![1]), Number(match![2])];
    });
    numbers.forEach(([page, count], i) => expect([page, count]).toEqual([numbers[0][0] + i, numbers[0][1]]));
    // The summary is the workbook's last sheet: its last page is the printout's last.
    expect(numbers[numbers.length - 1][0]).toBe(numbers[0][1]);
  });

  test("the findings table's header is on every page of the table, and the table uses the page's width", () => {
    const { pages, lang, report } = get();
    // The findings table's pages: from the one that opens it (its subtitle, whatever its number), those that print the start of a message.
    const start = pages.findIndex((p) => text(p).includes(SECTIONS.findings[lang].replace(/^\d+\.\s*/, "")));
    expect(start).toBeGreaterThanOrEqual(0);
    const opening = report.findings.map((f) => f.message[lang].normalize("NFC").split(/\s+/).slice(0, 6).join(" "));
    const findingPages = pages.slice(start).filter((p) => opening.some((words) => text(p).includes(words)));
    expect(findingPages[0]).toBe(pages[start]);
    const headerWords = FINDING_HEADERS.map((h) => h[lang].split(" ")[0]);
    for (const page of findingPages) {
      // The header: every column's first word on one line, near the top of the page (the repeated title rows) or under the subtitle.
      const lineOf = (word: string) => page.words.filter((w) => w.text === word).map((w) => Math.round(w.yMin));
      const header = lineOf(headerWords[1]).find((y) => headerWords.every((word) => lineOf(word).some((other) => Math.abs(other - y) <= 12)));
      expect({ page: page.number, header: header !== undefined }).toEqual({ page: page.number, header: true });
      // Its last column (the area) ends near the page's right margin (0.4 in): the table spans the printable width.
      const right = Math.max(...page.words.filter((w) => w.yMin > (header ?? 0)).map((w) => w.xMax));
      const headerRight = Math.max(...page.words.filter((w) => Math.abs(Math.round(w.yMin) - (header ?? -99)) <= 12).map((w) => w.xMax));
      expect({ page: page.number, wide: Math.max(right, headerRight) > page.width * 0.85 }).toEqual({ page: page.number, wide: true });
    }
  });

  test("the area table prints under its header on its first page", () => {
    const { pages, report, lang } = get();
    const codes = report.indicators.filter((r) => r.allocated !== null).map((r) => r.code);
    const areaTitle = SECTIONS.areas[lang].replace(/^\d+\.\s*/, "");
    const page = pages.find((p) => text(p).includes(areaTitle));
    expect(page).toBeDefined();
    expect(text(page!).includes(AREA_INDEX_HEADER[lang]) && text(page!).includes(AREA_HEADER[lang]) && codes.some((code) => text(page!).includes(`${code}.`))).toBe(true);
  });

  test("the area table prints one page wide: every line's column on the page of its title, money said in the report's language", () => {
    const { pages, report, lang } = get();
    const codes = report.indicators.filter((r) => r.allocated !== null).map((r) => r.code);
    const areaTitle = SECTIONS.areas[lang].replace(/^\d+\.\s*/, "");
    const page = pages.find((p) => text(p).includes(areaTitle))!;
    expect(codes.filter((code) => !text(page).includes(`${code}.`))).toEqual([]);
    if (report.indicators.some((r) => r.kind === "money")) expect(text(page)).toContain(lang === "en" ? "million VND" : "triệu đồng");
    if (lang === "en") expect(pages.filter((p) => text(p).includes("triệu")).map((p) => p.number)).toEqual([]);
  });

  test("a finding's message wraps on at most three lines", () => {
    const { pages, report, lang } = get();
    // A message's first words and its last word: at most three lines apart.
    const all = pages.flatMap((p) => p.words.map((w) => ({ ...w, page: p.number })));
    const tooTall: string[] = [];
    let measured = 0;
    for (const f of report.findings) {
      const words = f.message[lang].normalize("NFC").split(/\s+/);
      const head = all.findIndex((w, i) => words.slice(0, 4).every((word, k) => all[i + k]?.text === word));
      if (head < 0) continue;
      const first = all[head];
      const tail = all.slice(head, head + 400).find((w) => w.text === words[words.length - 1] && w.page === first.page && w.yMin >= first.yMin);
      if (tail === undefined) continue;
      measured++;
      // A line is about 1.17 word boxes apart: the fourth line starts 3.5 boxes below the first.
      if (tail.yMin - first.yMin > 3 * (first.yMax - first.yMin)) tooTall.push(f.message[lang]);
    }
    expect(measured).toBeGreaterThanOrEqual(Math.ceil(report.findings.length / 2));
    expect(tooTall.slice(0, 5)).toEqual([]);
  });

  test("no two words are printed over each other", () => {
    const collisions: string[] = [];
    for (const page of get().pages) {
      const words = [...page.words].sort((a, b) => a.yMin - b.yMin);
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length && words[j].yMin < words[i].yMax; j++) {
          if (overlaps(words[i], words[j])) collisions.push(`page ${page.number}: "${words[i].text}" × "${words[j].text}"`);
        }
      }
    }
    expect(collisions.slice(0, 10)).toEqual([]);
  });

  test("no text is smaller than 8 pt", () => {
    const small = get()
      .pages.flatMap((p) => p.words.map((w) => ({ page: p.number, text: w.text, size: (w.yMax - w.yMin) / BOX_PER_POINT })))
      .filter((w) => w.size < 7.95);
    expect(small.slice(0, 10)).toEqual([]);
  });

  test("every finding, area and plan line is printed whole", () => {
    const { pages, report, lang } = get();
    const printedWords = wordCounts(pages.map(text));
    const needed = wordCounts([
      // As the sheet prints them: with typographic quotation marks.
      ...report.findings.map((f) => typographicQuotes(f.message[lang])),
      ...report.indicators.map((r) => r.name),
      ...report.findings.map((f) => f.area ?? ""),
    ]);
    // A word cut off (a line lost under the next row, or past the page) is printed fewer times than written.
    const missing = [...needed].filter(([word, count]) => (printedWords.get(word) ?? 0) < count).map(([word, count]) => `${word} ×${count - (printedWords.get(word) ?? 0)}`);
    expect(missing).toEqual([]);
  });
});
