/** The command's own words (help and messages), Vietnamese first, English second. */
import type { LocalizedText } from "../core/model/text";
import { formatNumber } from "../core/text/format";
import { countOf } from "../core/text/plural";

/** `vi / en` for the help screens, which show both languages. */
export function both(text: LocalizedText): string {
  return `${text.vi} / ${text.en}`;
}

export const HELP = {
  program: {
    vi: "Đối chiếu biểu phân bổ (Excel) với kế hoạch: mọi tổng số so với trần, mọi lỗi chỉ ra tận ô.",
    en: "Reconcile allocation worksheets (Excel) with their plan: every total against its ceiling, every problem at its cell.",
  },
  check: { vi: "kiểm tra biểu phân bổ theo kế hoạch", en: "check an allocation workbook against its plan" },
  summary: {
    vi: "ghi bản sao sổ tính kèm trang Tổng hợp và tô màu các ô có lỗi",
    en: "write a copy of the workbook with a summary sheet and the offending cells highlighted",
  },
  extractPlan: {
    vi: "đọc văn bản kế hoạch (.txt, .docx) và in các chỉ tiêu, kinh phí, địa bàn tìm thấy",
    en: "read a plan document (.txt, .docx) and print the targets, budget and areas found",
  },
  demo: {
    vi: "ghi sổ tính mẫu (Kế hoạch 257/KH-UBND Hà Nội), kiểm tra và ghi trang Tổng hợp",
    en: "write the sample workbook (Hà Nội plan 257/KH-UBND), check it and write its summary",
  },
  workbookArg: { vi: "sổ tính Excel cần kiểm tra", en: "the Excel workbook to check" },
  planDocArg: { vi: "văn bản kế hoạch", en: "the plan document" },
  sheet: { vi: "tên trang biểu phân bổ (mặc định: tự tìm)", en: "allocation sheet name (default: found automatically)" },
  plan: {
    vi: "kế hoạch từ tệp: JSON, văn bản .txt/.docx (đọc như extract-plan), hoặc sổ tính có trang Kế hoạch (như extract-plan -o ghi)",
    en: "plan from a file: JSON, a .txt/.docx document (read as extract-plan does), or a workbook with a Kế hoạch sheet (as extract-plan -o writes)",
  },
  planSheet: { vi: "tên trang kế hoạch trong sổ tính (mặc định: Kế hoạch)", en: "plan sheet name in the workbook (default: Kế hoạch)" },
  period: {
    vi: "giai đoạn của kế hoạch, như 2022-2025 (mặc định: đọc từ tiêu đề kế hoạch)",
    en: "the plan's period, such as 2022-2025 (default: read from the plan's title)",
  },
  json: { vi: "in báo cáo dạng JSON (chỉ JSON trên stdout)", en: "print the report as JSON (nothing else on stdout)" },
  lang: { vi: "ngôn ngữ: vi (mặc định) hoặc en", en: "language: vi (default) or en" },
  explain: { vi: "in cách allocheck đọc biểu (bảng, cột chỉ tiêu, vai trò từng địa bàn) trước báo cáo", en: "print how allocheck read the sheet (table, line columns, each area's role) before the report" },
  out: { vi: "tệp .xlsx ghi ra (không bao giờ ghi đè tệp đầu vào)", en: "the .xlsx file to write (never the input)" },
  noHighlight: { vi: "không tô màu, không ghi chú vào các ô có lỗi", en: "do not fill or annotate the offending cells" },
  extractJson: { vi: "in kế hoạch dạng JSON", en: "print the plan as JSON" },
  extractOut: {
    vi: "ghi kế hoạch thành sổ tính có trang Kế hoạch (không ghi đè tệp đã có)",
    en: "write the plan as a workbook with a Kế hoạch sheet (never over an existing file)",
  },
  demoDir: { vi: "thư mục ghi các tệp mẫu (mặc định: ./allocheck-demo)", en: "folder for the demo files (default: ./allocheck-demo)" },
  help: { vi: "hiện trợ giúp", en: "show help" },
  helpCommand: { vi: "trợ giúp cho một lệnh", en: "help for a command" },
  version: { vi: "hiện phiên bản", en: "show the version" },
  exitCodes: {
    vi: "Mã thoát: 0 không có lỗi; 1 có ít nhất một lỗi; 2 không dùng được đầu vào (thiếu tệp, không phải sổ tính, không có kế hoạch hay bảng phân bổ).",
    en: "Exit status: 0 no error; 1 at least one error; 2 unusable input (missing file, not a workbook, no plan or allocation table).",
  },
  extractExit: {
    vi: "Mã thoát: 0 đọc được kế hoạch; 1 văn bản tự mâu thuẫn (các khoản kinh phí không khớp tổng, một chỉ tiêu có hai giá trị); 2 không đọc được văn bản. Văn bản không có chỉ tiêu bằng số cho danh sách rỗng và nói rõ điều đó; với -o thì không ghi tệp nào (mã 2).",
    en: "Exit status: 0 plan read; 1 the document contradicts itself (budget parts that do not add up, one target with two values); 2 the document could not be read. A document with no numeric target gives an empty list and says so; with -o nothing is written (exit 2).",
  },
  examples: [
    "allocheck demo",
    "allocheck check phan-bo.xlsx",
    "allocheck check phan-bo.xlsx --plan ke-hoach.docx --json",
    "allocheck summary phan-bo.xlsx -o phan-bo-tong-hop.xlsx",
    "allocheck extract-plan ke-hoach.docx -o ke-hoach.xlsx",
  ],
} as const;

/** The help's width: a terminal's 80 columns. */
export const HELP_WIDTH = 80;

/** A paragraph of the help broken between words into lines of at most `width` columns (a longer word alone on its line). */
export function wrapHelpLine(text: string, width: number = HELP_WIDTH): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** Commander's headings, shown in both languages. */
export const HELP_HEADINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Usage:/m, "Cách dùng / Usage:"],
  [/^Arguments:/m, "Tham số / Arguments:"],
  [/^Options:/m, "Tùy chọn / Options:"],
  [/^Commands:/m, "Lệnh / Commands:"],
];

/** An argument as typed in a shell: in quotes when it holds a space. */
function quotedArg(arg: string): string {
  return /\s/.test(arg) ? `"${arg}"` : arg;
}

export const MSG = {
  noCommand: {
    vi: "thiếu lệnh: check (kiểm tra), summary (ghi bản sao có trang Tổng hợp), extract-plan (đọc văn bản kế hoạch) hoặc demo (chạy thử trên sổ tính mẫu) — như allocheck check phan-bo.xlsx; xem allocheck --help",
    en: "no command given: check, summary (a copy with the summary sheet), extract-plan (read a plan document) or demo (try it on the sample workbook) — such as allocheck check phan-bo.xlsx; see allocheck --help",
  },
  planBoth: {
    vi: "chỉ dùng một trong hai: --plan hoặc --plan-sheet",
    en: "use either --plan or --plan-sheet, not both",
  },
  badPlanJson: (file: string, line: number, column: number, reason: string, atEnd: boolean): LocalizedText => ({
    vi: `${file} không phải là JSON hợp lệ: lỗi ở dòng ${line}, cột ${column}${atEnd ? " (tệp kết thúc khi JSON chưa đóng — thiếu } hay ])" : " (kiểm tra dấu phẩy, dấu ngoặc kép, dấu ngoặc quanh chỗ đó)"}`,
    en: `${file} is not valid JSON: error at line ${line}, column ${column} (${reason})`,
  }),
  /** A workbook given to extract-plan: a plan in a workbook is given to check as --plan. */
  workbookNotADocument: (file: string): LocalizedText => ({
    vi: `${file} là sổ tính, không phải văn bản kế hoạch: extract-plan đọc văn bản (.txt, .md, .docx). Kế hoạch trong sổ tính (trang "Kế hoạch") được dùng để kiểm tra: allocheck check <sổ tính.xlsx> --plan ${file}; để kiểm tra chính sổ tính này: allocheck check ${file}`,
    en: `${file} is a workbook, not a plan document: extract-plan reads documents (.txt, .md, .docx). A plan in a workbook (a "Kế hoạch" sheet) is used to check: allocheck check <workbook.xlsx> --plan ${file}; to check this workbook itself: allocheck check ${file}`,
  }),
  /** A JSON plan given to extract-plan: it is given to check as --plan. */
  jsonNotADocument: (file: string): LocalizedText => ({
    vi: `${file} là kế hoạch JSON, không phải văn bản kế hoạch: extract-plan đọc văn bản (.txt, .md, .docx). Kế hoạch JSON được dùng để kiểm tra: allocheck check <sổ tính.xlsx> --plan ${file}`,
    en: `${file} is a JSON plan, not a plan document: extract-plan reads documents (.txt, .md, .docx). A JSON plan is used to check: allocheck check <workbook.xlsx> --plan ${file}`,
  }),
  notADocument: (file: string): LocalizedText => ({
    vi: `${file}: chỉ nhận văn bản kế hoạch dạng .txt, .md hoặc .docx`,
    en: `${file}: only plan documents in .txt, .md or .docx are read`,
  }),
  /** `--plan` names a document with no target: nothing to check against, and what to do about it. */
  noTargetsInDocument: (file: string): LocalizedText => ({
    vi: `không tìm thấy chỉ tiêu hay kinh phí nào trong ${file}, nên không có gì để đối chiếu — xem allocheck đọc được gì: allocheck extract-plan ${quotedArg(file)} (kế hoạch cần có mục chỉ tiêu với số liệu); hoặc dùng trang Kế hoạch trong sổ tính, với các cột Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch`,
    en: `no targets or budget lines found in ${file}, so there is nothing to check against — see what allocheck reads in it: allocheck extract-plan ${quotedArg(file)} (a plan needs a list of targets with figures); or use a Kế hoạch sheet in the workbook, with the columns Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch`,
  }),
  noPlanToWrite: (file: string, out: string): LocalizedText => ({
    vi: `không tìm thấy chỉ tiêu hay kinh phí nào trong ${file} — không ghi ${out}; hãy kiểm tra văn bản (có mục chỉ tiêu với số liệu không), hoặc tự lập trang Kế hoạch với các cột Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch`,
    en: `no targets or budget lines found in ${file} — ${out} not written; check the document (does it list targets with figures?), or make the Kế hoạch sheet by hand with the columns Mã, Chỉ tiêu, Đơn vị tính, Kế hoạch`,
  }),
  noIndicatorsInJson: (file: string): LocalizedText => ({
    vi: `${file}: danh sách "indicators" (chỉ tiêu) trống — không có chỉ tiêu nào để đối chiếu; hãy thêm chỉ tiêu (mã, tên, đơn vị, kế hoạch)`,
    en: `${file}: the "indicators" list is empty — no target to check against; add the targets (code, name, unit, target)`,
  }),
  blankWorkbook: (file: string, sheets: string): LocalizedText => ({
    vi: `${file} là sổ tính trống: không trang nào có ô có dữ liệu (các trang: ${sheets}) — có thể đã chọn nhầm tệp, hoặc tệp được lưu trước khi nhập số liệu`,
    en: `${file} is an empty workbook: no sheet has a cell with data (sheets: ${sheets}) — perhaps the wrong file, or one saved before its figures were typed`,
  }),
  inputOpen: (file: string, program: string, lock: string): LocalizedText => ({
    vi: `allocheck: lưu ý: ${file} đang mở trong ${program} (có tệp khóa ${lock} bên cạnh) — allocheck đọc bản đã lưu; nếu vừa sửa, hãy lưu trong ${program} rồi chạy lại`,
    en: `allocheck: note: ${file} is open in ${program} (its lock file ${lock} is beside it) — allocheck reads it as last saved; if you have just edited it, save it in ${program} and run again`,
  }),
  outputIsInput: (file: string): LocalizedText => ({
    vi: `không ghi đè lên tệp đầu vào ${file} — hãy chọn tên khác cho -o`,
    en: `will not write over the input ${file} — choose another name for -o`,
  }),
  jsonPlanOut: (document: string, file: string): LocalizedText => ({
    vi: `-o ghi kế hoạch thành sổ tính .xlsx, không ghi JSON: ${file} — để có tệp JSON, hãy dùng --json và chuyển kết quả vào tệp: allocheck extract-plan ${quotedArg(document)} --json > ${quotedArg(file)}`,
    en: `-o writes the plan as an .xlsx workbook, not as JSON: ${file} — for a JSON file, use --json and send the output to the file: allocheck extract-plan ${quotedArg(document)} --json > ${quotedArg(file)}`,
  }),
  outputExists: (file: string): LocalizedText => ({
    vi: `tệp ${file} đã có — không ghi đè; hãy chọn tên khác cho -o`,
    en: `${file} already exists — not overwritten; choose another name for -o`,
  }),
  demoDirIsFile: (dir: string): LocalizedText => ({
    vi: `${dir} là một tệp, không phải thư mục`,
    en: `${dir} is a file, not a folder`,
  }),
  wroteSummary: { vi: "Đã ghi bản sao có trang Tổng hợp", en: "Wrote the copy with the summary sheet" },
  counts: (error: number, warning: number): LocalizedText => ({
    vi: `Kết quả kiểm tra: ${formatNumber(error, "vi")} lỗi, ${formatNumber(warning, "vi")} cảnh báo (xem trang Tổng hợp).`,
    en: `Check result: ${countOf(error, "error", "errors")}, ${countOf(warning, "warning", "warnings")} (see the summary sheet).`,
  }),
  wrotePlan: { vi: "Đã ghi sổ tính kế hoạch", en: "Wrote the plan workbook" },
  demoSample: { vi: "Sổ tính mẫu (Kế hoạch 257/KH-UBND)", en: "Sample workbook (plan 257/KH-UBND)" },
  demoSummary: { vi: "Bản sao có trang Tổng hợp", en: "Copy with the summary sheet" },
  demoNext: {
    vi: "Mở hai tệp trên trong Excel để xem các ô được tô màu và trang Tổng hợp. Sổ tính mẫu có sẵn vài lỗi cố ý để thấy allocheck tìm ra gì.",
    en: "Open the two files above in Excel to see the highlighted cells and the summary sheet. The sample has a few deliberate mistakes to show what allocheck finds.",
  },
  commander: {
    /** An option of other commands given to `command`; `planArgument`: the plan document given to extract-plan, said as the command to type. */
    otherCommandsOption: (command: string, option: string, owners: readonly string[], planArgument?: string): LocalizedText => ({
      vi: `lệnh ${command} không có tùy chọn ${option} — đó là tùy chọn của ${owners.join(", ")}${
        planArgument !== undefined ? ` (kế hoạch để đối chiếu sổ tính); extract-plan đọc văn bản kế hoạch ghi ngay sau tên lệnh: allocheck extract-plan ${planArgument}` : ` — xem allocheck ${command} --help`
      }`,
      en: `${command} has no option ${option} — it is an option of ${owners.join(", ")}${
        planArgument !== undefined ? ` (the plan to check a workbook against); extract-plan reads the plan document named right after it: allocheck extract-plan ${planArgument}` : ` — see allocheck ${command} --help`
      }`,
    }),
    unknownOption: (option: string, suggestion?: string): LocalizedText => ({
      vi: `tùy chọn không hợp lệ: ${option}${suggestion !== undefined ? ` — có phải ý bạn là ${suggestion}?` : ""} — xem --help`,
      en: `unknown option: ${option}${suggestion !== undefined ? ` — did you mean ${suggestion}?` : ""} — see --help`,
    }),
    unknownCommand: (command: string, suggestion?: string): LocalizedText => ({
      vi: `không có lệnh ${command}${suggestion !== undefined ? ` — có phải ý bạn là ${suggestion}?` : ""} — các lệnh: check, summary, extract-plan, demo`,
      en: `unknown command ${command}${suggestion !== undefined ? ` — did you mean ${suggestion}?` : ""} — commands: check, summary, extract-plan, demo`,
    }),
    missingArgument: (arg: string): LocalizedText => ({
      vi: `thiếu tham số ${arg} — xem --help`,
      en: `missing argument ${arg} — see --help`,
    }),
    optionMissingArgument: (option: string): LocalizedText => ({
      vi: `tùy chọn ${option} cần một giá trị`,
      en: `option ${option} needs a value`,
    }),
    missingMandatoryOption: (option: string): LocalizedText => ({
      vi: `thiếu tùy chọn bắt buộc ${option}`,
      en: `missing required option ${option}`,
    }),
    excessArguments: (extra: readonly string[], spacedName?: string): LocalizedText =>
      spacedName !== undefined
        ? {
            vi: `thừa tham số: ${extra.join(" ")} — tên tệp có dấu cách phải đặt trong ngoặc kép: "${spacedName}"`,
            en: `too many arguments: ${extra.join(" ")} — a file name with spaces must be put in quotes: "${spacedName}"`,
          }
        : { vi: `thừa tham số${extra.length > 0 ? `: ${extra.join(" ")}` : ""} — xem --help`, en: `too many arguments${extra.length > 0 ? `: ${extra.join(" ")}` : ""} — see --help` },
    spacedOptionValue: (extra: readonly string[], option: string, value: string): LocalizedText => ({
      vi: `thừa tham số: ${extra.join(" ")} — giá trị có dấu cách phải đặt trong ngoặc kép: ${option} "${value}"`,
      en: `too many arguments: ${extra.join(" ")} — a value with spaces must be put in quotes: ${option} "${value}"`,
    }),
    /** The output typed without `-o`: `what` is the extra word (or the missing option), `meant` the command line meant. */
    outputWithoutOption: (meant: string, folder: boolean, what: string): LocalizedText => ({
      vi: `${what.startsWith("-") ? `thiếu tùy chọn bắt buộc ${what}` : `thừa tham số: ${what}`} — có phải ý bạn là: ${meant} ? (${folder ? "thư mục" : "tệp"} ghi ra đặt sau -o)`,
      en: `${what.startsWith("-") ? `missing required option ${what}` : `too many arguments: ${what}`} — did you mean: ${meant} ? (the output ${folder ? "folder" : "file"} goes after -o)`,
    }),
    /** `summary <workbook>` typed with no `-o`: the copy is named, never the workbook written, with the line to type (`meant`, per language). */
    summaryWithoutOutput: (meant: LocalizedText): LocalizedText => ({
      vi: `thiếu -o: summary ghi một bản sao (không ghi vào sổ tính của bạn) — hãy đặt tên bản sao, như: ${meant.vi}`,
      en: `missing -o: summary writes a copy (never into your workbook) — name the copy, such as: ${meant.en}`,
    }),
    invalidArgument: (option: string, value: string): LocalizedText => ({
      vi: `giá trị không hợp lệ cho ${option}: ${value}${option === "--lang" ? " (chỉ nhận vi hoặc en)" : ""}`,
      en: `invalid value for ${option}: ${value}${option === "--lang" ? " (vi or en only)" : ""}`,
    }),
  },
  correctionsRejected: (count: number, part: string): LocalizedText => ({
    vi: `bỏ qua ${count} điều chỉnh không đọc được trong ${part} (cài đặt allocheck.corrections)`,
    en: `ignored ${count} unreadable correction(s) in ${part} (setting allocheck.corrections)`,
  }),
};
