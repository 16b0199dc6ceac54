/**
 * The pane's words for the reading view ("Cách đọc biểu") and the user's
 * corrections, Vietnamese first, English second.
 */
import type { Lang } from "../core/model/text";
import { formatNumber } from "../core/text/format";
import type { AreaEvidence, LineEvidence, ReadingRole } from "../core/model/reading";
import type { ReadingMarkKind } from "../app/host";
import { ignoredWhyWords } from "../core/words/ignoredWhy";
import { TAB_WORDS } from "./tabs";

export interface ReadingStrings {
  readonly tab: string;
  readonly heading: string;
  readonly intro: string;
  readonly notAvailable: string;
  readonly checkFirst: string;
  readonly table: string;
  readonly headerRows: string;
  readonly labelColumn: string;
  readonly showAll: string;
  readonly showOne: (at: string) => string;
  readonly stopShowing: string;
  readonly linesHeading: (count: number) => string;
  readonly areasHeading: (count: number) => string;
  readonly ignoredHeading: (count: number) => string;
  readonly noIgnored: string;
  /** In place of an empty plan-line table (no plan line found on the sheet yet). */
  readonly noLines: string;
  readonly colAt: string;
  readonly colHeader: string;
  readonly colLine: string;
  /** A narrow pane's one column for the header and the plan line chosen under it. */
  readonly colHeaderLine: string;
  readonly colScore: string;
  readonly colHow: string;
  readonly colArea: string;
  readonly colRole: string;
  readonly colParent: string;
  readonly colPlanArea: string;
  readonly colWhy: string;
  readonly colCorrect: string;
  readonly legend: string;
  readonly kinds: Readonly<Record<ReadingMarkKind, string>>;
  /** Why a row or column was left out, in words. */
  readonly ignoredWhy: (why: string) => string;
  readonly lineHow: Readonly<Record<LineEvidence, string>>;
  readonly areaHow: Readonly<Record<AreaEvidence, string>>;
  readonly lowConfidence: string;
  /** Under the low-confidence warning on the check's result: opens the reading view. */
  readonly reviewReading: string;
  // Corrections
  readonly setRole: (name: string) => string;
  readonly setLine: (header: string) => string;
  readonly keep: string;
  readonly ignore: string;
  /** The choice an ignored column or row shows until it is corrected (it stays left out): what to pick. */
  readonly stillIgnored: (axis: "line" | "area") => string;
  readonly noLine: string;
  readonly correctionsHeading: (count: number) => string;
  readonly noCorrections: string;
  readonly applied: (applied: number, saved: number) => string;
  readonly stale: (count: number) => string;
  readonly removeCorrection: (at: string) => string;
  readonly correctionText: (at: string, what: string) => string;
  readonly correctionSaved: string;
  readonly correctionsUnavailable: string;
  readonly roleWord: (role: ReadingRole) => string;
  /** When no plan line was found: the offer on the check tab, and the hint above the reading. */
  readonly mapLinesOffer: string;
  readonly mapLinesHint: string;
}

const KINDS_VI: Record<ReadingMarkKind, string> = {
  table: "Bảng",
  header: "Dòng tiêu đề",
  line: "Cột chỉ tiêu",
  ignored: "Bỏ qua",
  total: "Tổng cộng",
  group: "Nhóm (huyện)",
  subtotal: "Cộng nhóm",
  leaf: "Địa bàn",
  heading: "Đề mục",
};

const KINDS_EN: Record<ReadingMarkKind, string> = {
  table: "Table",
  header: "Header row",
  line: "Plan line",
  ignored: "Ignored",
  total: "Grand total",
  group: "Group (district)",
  subtotal: "Group subtotal",
  leaf: "Area",
  heading: "Heading",
};

const VI: ReadingStrings = {
  tab: TAB_WORDS.vi.readingTab,
  heading: TAB_WORDS.vi.readingHeading,
  intro: "Mỗi cột chỉ tiêu, mỗi dòng địa bàn được hiểu như sau. Nếu sai, hãy sửa: điều chỉnh được lưu trong sổ tính và áp dụng cho cả lệnh allocheck.",
  notAvailable: "Lần kiểm tra này không cho biết cách đọc biểu.",
  checkFirst: "Hãy bấm Kiểm tra trước.",
  table: "Bảng",
  headerRows: "Dòng tiêu đề",
  labelColumn: "Cột tên",
  showAll: "Hiện trên trang tính",
  showOne: (at) => `Hiện ${at} trên trang tính`,
  stopShowing: "Thôi hiện",
  linesHeading: (n) => `Cột chỉ tiêu (${formatNumber(n, "vi")})`,
  areasHeading: (n) => `Địa bàn (${formatNumber(n, "vi")})`,
  ignoredHeading: (n) => `Bỏ qua (${formatNumber(n, "vi")})`,
  noIgnored: "Không bỏ qua cột hay dòng nào.",
  noLines: "Chưa có cột (hoặc dòng) nào được ghép với chỉ tiêu của kế hoạch.",
  colAt: "Vị trí",
  colHeader: "Tiêu đề",
  colLine: "Chỉ tiêu",
  colHeaderLine: "Tiêu đề → chỉ tiêu",
  colScore: "Độ khớp",
  colHow: "Căn cứ",
  colArea: "Địa bàn",
  colRole: "Vai trò",
  colParent: "Thuộc",
  colPlanArea: "Trong kế hoạch",
  colWhy: "Lý do",
  colCorrect: "Sửa",
  legend: "Chú giải",
  kinds: KINDS_VI,
  lineHow: { name: "tên", code: "mã", corrected: "đã sửa" },
  ignoredWhy: (why) => ignoredWhyWords(why, "vi"),
  areaHow: {
    "area-list": "danh sách địa bàn",
    prefix: "tiền tố (Huyện/Xã…)",
    stt: "số thứ tự",
    arithmetic: "cộng khớp",
    label: "nhãn (Tổng cộng, Cộng…)",
    position: "vị trí",
    corrected: "đã sửa",
  },
  lowConfidence: "Cách đọc biểu chưa chắc chắn — hãy xem lại:",
  reviewReading: "Xem lại cách đọc biểu (thẻ Cách đọc)",
  setRole: (name) => `Vai trò của ${name}`,
  setLine: (header) => `Chỉ tiêu của cột ${header}`,
  keep: "(giữ nguyên)",
  ignore: "Bỏ qua",
  stillIgnored: (axis) => (axis === "line" ? "Chọn chỉ tiêu…" : "Chọn vai trò…"),
  noLine: "(không khớp)",
  correctionsHeading: (n) => `Điều chỉnh đã lưu (${formatNumber(n, "vi")})`,
  noCorrections: "Chưa có điều chỉnh nào.",
  applied: (applied, saved) => `Đã áp dụng ${formatNumber(applied, "vi")}/${formatNumber(saved, "vi")} điều chỉnh.`,
  stale: (n) => `${formatNumber(n, "vi")} điều chỉnh không còn khớp với trang tính (dòng đã xoá hoặc tiêu đề đã đổi) nên không được áp dụng.`,
  removeCorrection: (at) => `Bỏ điều chỉnh tại ${at}`,
  correctionText: (at, what) => `${at}: ${what}`,
  correctionSaved: "Đã lưu điều chỉnh vào sổ tính và kiểm tra lại.",
  mapLinesOffer: TAB_WORDS.vi.mapLinesOffer,
  mapLinesHint:
    "Cách sửa: ở mục “Bỏ qua” bên dưới, chọn chỉ tiêu cho từng cột (hoặc dòng) số liệu: điều chỉnh được lưu vào sổ tính rồi kiểm tra lại.",
  correctionsUnavailable: "Nơi chạy này không lưu được điều chỉnh.",
  roleWord: (role) => KINDS_VI[role],
};

const EN: ReadingStrings = {
  tab: TAB_WORDS.en.readingTab,
  heading: TAB_WORDS.en.readingHeading,
  intro: "This is what each plan-line column and each area row was taken for. If it is wrong, correct it: corrections are saved in the workbook and applied by the allocheck command too.",
  notAvailable: "This check does not say how the sheet was read.",
  checkFirst: "Run Check first.",
  table: "Table",
  headerRows: "Header rows",
  labelColumn: "Label column",
  showAll: "Show on the sheet",
  showOne: (at) => `Show ${at} on the sheet`,
  stopShowing: "Stop showing",
  linesHeading: (n) => `Plan-line columns (${formatNumber(n, "en")})`,
  areasHeading: (n) => `Areas (${formatNumber(n, "en")})`,
  ignoredHeading: (n) => `Ignored (${formatNumber(n, "en")})`,
  noIgnored: "No column or row was ignored.",
  noLines: "No column (or row) is matched to a plan line yet.",
  colAt: "At",
  colHeader: "Header",
  colLine: "Plan line",
  colHeaderLine: "Header → plan line",
  colScore: "Match",
  colHow: "Evidence",
  colArea: "Area",
  colRole: "Role",
  colParent: "Under",
  colPlanArea: "In the plan",
  colWhy: "Why",
  colCorrect: "Correct",
  legend: "Legend",
  kinds: KINDS_EN,
  lineHow: { name: "name", code: "code", corrected: "corrected" },
  ignoredWhy: (why) => ignoredWhyWords(why, "en"),
  areaHow: {
    "area-list": "area list",
    prefix: "prefix (Huyện/Xã…)",
    stt: "numbering",
    arithmetic: "adds up",
    label: "label (Tổng cộng, Cộng…)",
    position: "position",
    corrected: "corrected",
  },
  lowConfidence: "The reading of the sheet is uncertain — please review it:",
  reviewReading: "Review how the sheet was read (Reading tab)",
  setRole: (name) => `Role of ${name}`,
  setLine: (header) => `Plan line of column ${header}`,
  keep: "(keep)",
  ignore: "Ignore",
  stillIgnored: (axis) => (axis === "line" ? "Pick a plan line…" : "Pick a role…"),
  noLine: "(no match)",
  correctionsHeading: (n) => `Saved corrections (${formatNumber(n, "en")})`,
  noCorrections: "No corrections yet.",
  applied: (applied, saved) => `${formatNumber(applied, "en")} of ${formatNumber(saved, "en")} corrections applied.`,
  stale: (n) =>
    n === 1
      ? "1 correction no longer fits the sheet (row deleted or header renamed) and was not applied."
      : `${formatNumber(n, "en")} corrections no longer fit the sheet (row deleted or header renamed) and were not applied.`,
  removeCorrection: (at) => `Remove the correction at ${at}`,
  correctionText: (at, what) => `${at}: ${what}`,
  correctionSaved: "Correction saved in the workbook; checked again.",
  mapLinesOffer: TAB_WORDS.en.mapLinesOffer,
  mapLinesHint:
    "To fix it: under “Ignored” below, pick the plan line of each column (or row) of figures: the correction is saved in the workbook, then the check runs again.",
  correctionsUnavailable: "Corrections cannot be saved here.",
  roleWord: (role) => KINDS_EN[role],
};

export const READING_STRINGS: Readonly<Record<Lang, ReadingStrings>> = { vi: VI, en: EN };
