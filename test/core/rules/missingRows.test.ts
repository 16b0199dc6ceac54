/**
 * Several communes' rows deleted, every total typed (or added up) without them, the plan listing no areas: told once
 * where a quota line short by exactly k quotas, or the STT skipping k numbers, counts the rows, and every other line is
 * short by what k communes could hold — the quota and the STT, where both count, agreeing. Else one warning per line.
 */
import type { Finding } from "../../../src/core/model/finding";
import { checkWorkbook } from "../../../src/core/check";
import { setCommunes, staffLayouts, staffWorkbook, STAFF_DISTRICTS as D, STAFF_LINES, withEdits, type Placed, type StaffCommune, type StaffLayout, type StaffLine } from "./staffSheet";

const name = (l: StaffLayout) => `${l.orientation}, total ${l.grand} (${l.grandTotals}), districts ${l.districtTotals}`;
const layouts = (keep: (l: StaffLayout) => boolean) => staffLayouts().filter((l) => l.headerRows === 2 && keep(l)).map((l): [string, StaffLayout] => [name(l), l]);
const check = (placed: Placed): readonly Finding[] =>
  checkWorkbook({ sheets: placed.sheets.filter((x) => x.name !== "Địa bàn") }, { workbookName: "t.xlsx" }).report.findings;
const cells = (findings: readonly Finding[]) => findings.map((f) => `${f.rule} ${f.cell ?? f.area ?? ""}`).sort();
const perLine = (placed: Placed) => [0, 1, 3].map((line) => `ceiling ${placed.grand(line)}`).sort();
const noQuota = STAFF_LINES.map((l) => ({ ...l, quota: undefined }));
const row = (address: string) => Number(address.replace(/^[A-Z]+/, ""));
/** What a missing area is, by the layout: a row, or (areas across the columns) a column. */
const unit = (layout: StaffLayout) => (layout.orientation === "areas-as-rows" ? { vi: "dòng", en: "row" } : { vi: "cột", en: "column" });

/** The STT cell of a commune whose label is at `label`: column A of its row, or (areas across) the row above its name. */
const sttCell = (layout: StaffLayout, label: string) =>
  layout.orientation === "areas-as-rows" ? label.replace(/^[A-Z]+/, "A") : label.replace(/\d+$/, (r) => `${Number(r) - 1}`);

/** Mỹ Đức keeping only `kept` of its communes (and Ba Vì only `baVi`, Quốc Oai `quocOai`), every total typed without the others; STT edits by (district, row). */
function deleted(lines: readonly StaffLine[], layout: StaffLayout, kept: number[], stt: [number, number, number][] = [], baVi = [0, 1, 2, 3], quocOai = [0, 1, 2]): Placed {
  const pick = (d: number, at: number[]): StaffCommune[] => at.map((c) => D[d].communes[c]);
  const actual = setCommunes(setCommunes(setCommunes(D, 0, pick(0, baVi)), 1, pick(1, kept)), 2, pick(2, quocOai));
  const placed = staffWorkbook(lines, D, { actual, typedDistricts: actual, typedGrand: actual }, layout);
  return withEdits(placed, stt.map(([d, c, n]) => [sttCell(layout, placed.label(d, c)), n]));
}

describe("two communes deleted, the plan listing no areas", () => {
  // Phù Lưu and Hợp Thanh deleted, the STT renumbered: the quota line 2 tổ short (two quotas), the others by what two
  // communes could hold (5 địa chỉ within 4–6, 225 triệu within 190–280).
  test.each(layouts(() => true))("%s — by the quota: one finding naming the lines", (_n, layout) => {
    const placed = deleted(STAFF_LINES, layout, [0, 1]);
    const findings = check(placed);
    expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
    expect(findings[0].severity).toBe("warning");
    const { en, vi } = findings[0].message;
    // Areas across the columns, what is missing is two columns.
    expect(en).toContain(`by what 2 areas could hold: the plan counts 11 areas at the quota of 1 tổ, the sheet has 9 — probably 2 areas' ${unit(layout).en}s missing (deleted)`);
    expect(en).toContain(`5 địa chỉ for the allocated total of Xây dựng địa chỉ tin cậy tại cộng đồng against the plan (${placed.grand(1)})`);
    expect(en).toContain(`225 million VND for the allocated total of Kinh phí hỗ trợ hoạt động against the plan (${placed.grand(3)})`);
    expect(vi).toContain(`có lẽ thiếu (đã xoá) ${unit(layout).vi} của 2 địa bàn, các ${unit(layout).vi} đó giữ`);
  });

  const rows = layouts((l) => l.orientation === "areas-as-rows");
  // Hùng Tiến and Phù Lưu deleted from the middle of Mỹ Đức, Hợp Thanh's STT left as typed (1, 4).
  test.each(rows)("%s — the quota and the STT agreeing: both named in one finding", (_n, layout) => {
    const placed = deleted(STAFF_LINES, layout, [0, 3], [[1, 1, 4]]);
    const findings = check(placed);
    expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
    const [from, to] = [row(placed.label(1, 0)), row(placed.label(1, 1))];
    expect(findings[0].message.en).toContain(`the sheet has 9, and the areas' STT skips 2–3 (between rows ${from} and ${to}) — probably 2 areas' rows missing`);
    expect(findings[0].message.vi).toContain(`STT của các địa bàn bỏ mất số 2–3 (giữa dòng ${from} và dòng ${to})`);
    expect(findings[0].message.en).toContain("240 million VND for the allocated total of Kinh phí");
  });

  test.each(rows)("%s — no quota line, the STT skipping two numbers at one place: one finding", (_n, layout) => {
    const placed = deleted(noQuota, layout, [0, 3], [[1, 1, 4]]);
    const findings = check(placed);
    expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
    expect(findings[0].severity).toBe("warning");
    const [from, to] = [row(placed.label(1, 0)), row(placed.label(1, 1))];
    expect(findings[0].message.en).toContain(`by what 2 areas could hold, and the areas' STT skips 2–3 (between rows ${from} and ${to}) — probably 2 areas' rows missing (deleted) there`);
    expect(findings[0].message.en).toContain("2 tổ for the allocated total of Thành lập mới");
    expect(findings[0].message.en).toContain("240 million VND for the allocated total of Kinh phí");
  });

  // Minh Quang (Ba Vì: 1, 3, 4) and Phù Lưu (Mỹ Đức: 1, 2, 4) deleted: two single gaps.
  test.each(rows)("%s — no quota line, the STT skipping one number in each of two places: one finding", (_n, layout) => {
    const placed = deleted(noQuota, layout, [0, 1, 3], [[0, 1, 3], [0, 2, 4], [1, 2, 4]], [0, 2, 3]);
    const findings = check(placed);
    expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
    const place = (d: number, c: number) => `(between rows ${row(placed.label(d, c - 1))} and ${row(placed.label(d, c))})`;
    expect(findings[0].message.en).toContain(`the areas' STT skips 2 ${place(0, 1)} and 3 ${place(1, 2)} — probably 2 areas' rows missing`);
    expect(findings[0].message.en).toContain("220 million VND for the allocated total of Kinh phí");
  });

  const [layout] = rows.map(([, l]) => l).filter((l) => l.grand === "top" && l.districtTotals === "typed" && l.grandTotals === "typed");
  test.each<[string, Placed]>([
    // The quota counting one row missing (Phù Lưu), the STT skipping two (1, 2, 5): the two readings disagree.
    ["the quota one row, the STT two", deleted(STAFF_LINES, layout, [0, 1, 3], [[1, 2, 5]])],
    // Two rows by the quota, but the money line short by more than two communes hold (225 + 200 > 280).
    ["a line short by more than two communes hold", deleted(STAFF_LINES.map((l, i) => (i === 3 ? { ...l, target: 1465 } : l)), layout, [0, 1])],
    // The STT skipping two at one place and one at another: no plain count.
    ["the STT a gap of two and a gap of one", deleted(noQuota, layout, [0, 3], [[0, 1, 3], [0, 2, 4], [1, 1, 4]], [0, 2, 3])],
  ])("%s — one warning per line", (_n, placed) => {
    expect(cells(check(placed))).toEqual(perLine(placed));
  });

  // The STT counting fewer rows than the quota: the others may sit at a district's end, where no gap shows.
  describe("rows deleted at a district's end beside a gap in the STT", () => {
    // Phù Lưu deleted from the middle of Mỹ Đức (1, 2, 4 left as typed) and Đông Yên from the end of Quốc Oai (1, 2: no gap).
    test.each(rows)("%s — numbered anew under each district: one finding, the other row at a district's end", (_n, layout) => {
      const placed = deleted(STAFF_LINES, layout, [0, 1, 3], [[1, 2, 4]], [0, 1, 2, 3], [0, 1]);
      const findings = check(placed);
      expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
      const [from, to] = [row(placed.label(1, 1)), row(placed.label(1, 2))];
      const { en, vi } = findings[0].message;
      expect(en).toContain(
        `the sheet has 9, and the areas' STT skips 3 (between rows ${from} and ${to}), the other row leaving no gap in it (at the end of a district, the next numbered anew) — probably 2 areas' rows missing (deleted)`,
      );
      expect(en).toContain("235 million VND for the allocated total of Kinh phí");
      expect(vi).toContain(`STT của các địa bàn bỏ mất số 3 (giữa dòng ${from} và dòng ${to}), dòng còn lại không để lại chỗ trống trong STT (ở cuối một huyện, huyện sau đánh số lại từ 1) — có lẽ thiếu (đã xoá) dòng của 2 địa bàn`);
    });

    // Numbered along the sheet (1–11): Phù Lưu deleted (7 skipped), and Đông Yên, the table's last commune.
    test("numbered along the sheet: one finding, the other row at the table's end", () => {
      const along: [number, number, number][] = [[1, 0, 5], [1, 1, 6], [1, 2, 8], [2, 0, 9], [2, 1, 10]];
      const placed = deleted(STAFF_LINES, layout, [0, 1, 3], along, [0, 1, 2, 3], [0, 1]);
      const findings = check(placed);
      expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
      expect(findings[0].message.en).toContain(
        `the areas' STT skips 7 (between rows ${row(placed.label(1, 1))} and ${row(placed.label(1, 2))}), the other row leaving no gap in it (at the end of the table) — probably 2 areas' rows missing`,
      );
    });

    // Hùng Tiến and Phù Lưu deleted, Hợp Thanh typed 3 (1, 3): the STT tells one, the quota two — the other read at a
    // district's end, where the numbering shows none; the count of rows is the quota's.
    test("the quota two rows, the STT one: told once, by the quota", () => {
      const placed = deleted(STAFF_LINES, layout, [0, 3], [[1, 1, 3]]);
      const findings = check(placed);
      expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
      expect(findings[0].message.en).toContain("the plan counts 11 areas at the quota of 1 tổ, the sheet has 9, and the areas' STT skips 2");
    });
  });

  // One row by the quota (Phù Lưu) and by the STT (1, 2, 4): the one finding names both.
  test("one row, the quota and the STT agreeing: both named", () => {
    const placed = deleted(STAFF_LINES, layout, [0, 1, 3], [[1, 2, 4]]);
    const findings = check(placed);
    expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
    expect(findings[0].message.en).toContain(`the sheet has 10, and the areas' STT skips 3 (between rows ${row(placed.label(1, 1))} and ${row(placed.label(1, 2))}) — probably one area's row missing (deleted), which would hold`);
  });

  // Areas across the columns, a header row numbering them (`I`, `1`, `2` … over the names): the STT read along that row.
  const across = staffLayouts()
    .filter((l) => l.orientation === "indicators-as-rows" && l.headerRows === 3)
    .map((l): [string, StaffLayout] => [name(l), l]);
  const column = (address: string) => address.replace(/\d+$/, "");
  describe("areas across the columns, numbered in a header row", () => {
    // Hùng Tiến and Phù Lưu deleted, Hợp Thanh's number left as typed (1, 4).
    test.each(across)("%s — no quota line, the STT skipping two numbers: one finding", (_n, layout) => {
      const placed = deleted(noQuota, layout, [0, 3], [[1, 1, 4]]);
      const findings = check(placed);
      expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
      const [from, to] = [column(placed.label(1, 0)), column(placed.label(1, 1))];
      expect(findings[0].message.en).toContain(`by what 2 areas could hold, and the areas' STT skips 2–3 (between columns ${from} and ${to}) — probably 2 areas' columns missing (deleted) there`);
      expect(findings[0].message.vi).toContain(`STT của các địa bàn bỏ mất số 2–3 (giữa cột ${from} và cột ${to}) — có lẽ thiếu (đã xoá) cột của 2 địa bàn ở đó, các cột đó giữ`);
    });

    // Phù Lưu deleted (1, 2, 4) and Đông Yên from the end of Quốc Oai: the quota's two, the STT's one, the other at a district's end.
    test.each(across)("%s — the quota and the STT, a row at a district's end: one finding", (_n, layout) => {
      const placed = deleted(STAFF_LINES, layout, [0, 1, 3], [[1, 2, 4]], [0, 1, 2, 3], [0, 1]);
      const findings = check(placed);
      expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
      expect(findings[0].message.en).toContain(
        `the areas' STT skips 3 (between columns ${column(placed.label(1, 1))} and ${column(placed.label(1, 2))}), the other column leaving no gap in it (at the end of a district, the next numbered anew) — probably 2 areas' columns missing`,
      );
      expect(findings[0].message.vi).toContain("cột còn lại không để lại chỗ trống trong STT (ở cuối một huyện, huyện sau đánh số lại từ 1) — có lẽ thiếu (đã xoá) cột của 2 địa bàn");
    });

    // The quota counting one row (Phù Lưu), the STT skipping two (1, 2, 5): one warning per line.
    test.each(across)("%s — the quota one row, the STT two: one warning per line", (_n, layout) => {
      const placed = deleted(STAFF_LINES, layout, [0, 1, 3], [[1, 2, 5]]);
      expect(cells(check(placed))).toEqual(perLine(placed));
    });
  });

  // One commune deleted (Phù Lưu): the finding says what is missing as the sheet lays the areas out — a row, or
  // (areas across the columns, numbered in a header row) a column — in both languages, by the quota or by the STT.
  describe("the words follow the orientation", () => {
    const both = [...rows, ...across];
    const place = (layout: StaffLayout, address: string) => (layout.orientation === "areas-as-rows" ? `${row(address)}` : column(address));
    test.each(both)("%s — by the quota: one area's row (column)", (_n, layout) => {
      const placed = deleted(STAFF_LINES, layout, [0, 1, 3]);
      const findings = check(placed);
      expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
      const { vi, en } = unit(layout);
      expect(findings[0].message.en).toContain(`the sheet has 10 — probably one area's ${en} missing (deleted), which would hold`);
      expect(findings[0].message.vi).toContain(`bảng chỉ có 10 — có lẽ thiếu (đã xoá) ${vi} của một địa bàn, ${vi} đó giữ`);
      expect(`${findings[0].message.vi} ${findings[0].message.en}`).not.toMatch(layout.orientation === "areas-as-rows" ? /cột|column/ : /dòng|\brows?\b/);
    });

    test.each(both)("%s — by the STT: one area's row (column) where the number is skipped", (_n, layout) => {
      const placed = deleted(noQuota, layout, [0, 1, 3], [[1, 2, 4]]);
      const findings = check(placed);
      expect(cells(findings)).toEqual([`ceiling ${placed.grand(0)}`]);
      const { vi, en } = unit(layout);
      const [from, to] = [place(layout, placed.label(1, 1)), place(layout, placed.label(1, 2))];
      expect(findings[0].message.en).toContain(`the areas' STT skips 3 (between ${en}s ${from} and ${to}) — probably one area's ${en} missing (deleted) there, which would hold`);
      expect(findings[0].message.vi).toContain(`bỏ mất số 3 (giữa ${vi} ${from} và ${vi} ${to}) — có lẽ thiếu (đã xoá) ${vi} của một địa bàn ở đó, ${vi} đó giữ`);
      expect(`${findings[0].message.vi} ${findings[0].message.en}`).not.toMatch(layout.orientation === "areas-as-rows" ? /cột|column/ : /dòng|\brows?\b/);
    });
  });
});
