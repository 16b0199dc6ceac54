/** Readings made by hand for the tests of the reading view (both orientations). */
import type { Reading } from "../../src/core/model/reading";

/** Areas as rows: a district with two communes and a `Cộng huyện` row, a grand total, a notes column. */
export const ROWS_READING: Reading = {
  table: "A4:F12",
  headerRows: [4, 5],
  labelColumn: "B",
  lines: [
    { code: "1", at: "C", header: "Tổ truyền thông", how: "name", score: 0.93 },
    { code: "2", at: "D", header: "Số hội viên", how: "code", score: 1 },
  ],
  areas: [
    { name: "Tổng cộng", at: "6", role: "total", parent: null, planArea: null, how: "label" },
    { name: "Huyện Ba Vì", at: "7", role: "group", parent: 0, planArea: "Ba Vì", how: "area-list" },
    { name: "Xã Tản Lĩnh", at: "8", role: "leaf", parent: 1, planArea: "Tản Lĩnh", how: "area-list" },
    { name: "Xã Ba Trại", at: "9", role: "leaf", parent: 1, planArea: "Ba Trại", how: "prefix" },
    { name: "Cộng huyện", at: "10", role: "subtotal", parent: 1, planArea: null, how: "label" },
  ],
  ignored: [{ at: "F", header: "Ghi chú", why: "text column" }],
  corrections: 0,
  confidence: { level: "high", reasons: [] },
};

/** Indicators as rows: areas are columns, lines rows. */
export const COLUMNS_READING: Reading = {
  table: "A3:E8",
  headerRows: [3],
  labelColumn: "B",
  lines: [{ code: "1", at: "5", header: "Tổ truyền thông", how: "name", score: 0.81 }],
  areas: [
    { name: "Tổng số", at: "C", role: "total", parent: null, planArea: null, how: "label" },
    { name: "Ba Vì", at: "D", role: "leaf", parent: 0, planArea: "Ba Vì", how: "area-list" },
  ],
  ignored: [{ at: "8", header: "Ghi chú", why: "no plan line" }],
  corrections: 1,
  confidence: {
    level: "low",
    reasons: [{ vi: "Hai cách đọc gần ngang nhau", en: "Two readings nearly tie" }],
  },
};
