/** Wiring the Office.js workbook host to the fake Excel host. */
import { OfficeWorkbookHost, type OfficeRuntime } from "../../../src/adapters/office";
import type { SummaryCell, SummarySheetModel } from "../../../src/core/model/summary";
import type { FakeExcel } from "../../fakes/excel";

export function runtimeFor(excel: FakeExcel): OfficeRuntime {
  return {
    run: (options, batch) => excel.run(options, batch as never),
    isSetSupported: (set, version) => excel.isSetSupported(set, version),
  };
}

export function hostFor(excel: FakeExcel): OfficeWorkbookHost {
  return new OfficeWorkbookHost(runtimeFor(excel));
}

/** Round trips and request bytes of one call. */
export async function measure<T>(excel: FakeExcel, call: () => Promise<T>): Promise<{ result: T; syncs: number; maxRequestBytes: number }> {
  excel.stats.reset();
  const result = await call();
  return { result, syncs: excel.stats.syncs, maxRequestBytes: excel.stats.maxRequestBytes };
}

/** A small summary model written by hand (the real one comes from core/summary). */
export function summaryModel(name: string, extra: readonly SummaryCell[] = []): SummarySheetModel {
  const cells: SummaryCell[] = [
    { row: 0, col: 0, value: "TỔNG HỢP KIỂM TRA PHÂN BỔ", style: "title" },
    { row: 1, col: 0, value: "allocheck · 23/11/2026", style: "subtitle" },
    { row: 3, col: 0, value: "Mã", style: "header" },
    { row: 3, col: 1, value: "Chỉ tiêu", style: "header" },
    { row: 3, col: 2, value: "Kế hoạch", style: "header" },
    { row: 3, col: 3, value: "Đã phân bổ", style: "header" },
    { row: 3, col: 4, value: "Chênh lệch", style: "header" },
    { row: 4, col: 0, value: "1", style: "label" },
    { row: 4, col: 1, value: "Số tổ hợp tác", style: "label", link: { sheet: "Phân bổ", cell: "C5" } },
    { row: 4, col: 2, value: 120, numFmt: "#,##0", style: "number", link: { sheet: "Phân bổ", cell: "C9" } },
    { row: 4, col: 3, value: 118, formula: "SUM('Phân bổ'!C5:C9)", numFmt: "#,##0", style: "number" },
    { row: 4, col: 4, value: -2, formula: "D5-C5", numFmt: "#,##0", style: "status-error" },
    { row: 5, col: 0, value: "2", style: "label" },
    { row: 5, col: 1, value: "=SUM(A1) (text from a user sheet)", style: "label" },
    { row: 5, col: 2, value: "-5", style: "label" },
    { row: 5, col: 3, value: "+84 912", style: "label" },
    { row: 5, col: 4, value: "@mention", style: "note" },
    { row: 6, col: 0, value: "007", style: "label" },
    { row: 6, col: 2, value: 0.15, numFmt: "0%", style: "percent" },
    ...extra,
  ];
  return {
    name,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    columnWidths: [8, 40, 14, 14, 14],
    frozenRows: 4,
    print: { paper: "A4", orientation: "landscape", fitToWidth: true },
    rowCount: 7,
    columnCount: 5,
  };
}
