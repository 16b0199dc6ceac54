/** A unit note read from title text typed the ways staff type it. */
import { sheetGrid } from "../../../src/core/layout/grid";
import { findUnitNote } from "../../../src/core/layout/unitNote";
import { sheet } from "./sheetBuilder";

const CASES: ReadonlyArray<readonly [string, ReadonlyArray<ReadonlyArray<string | null>>, number | null, string?]> = [
  ["separate cell", [["BIỂU PHÂN BỔ"], ["ĐVT: triệu đồng"]], 1e6],
  ["after a Kèm theo note", [["BIỂU PHÂN BỔ"], ["(Kèm theo Kế hoạch số 15/KH-UBND ngày 03/10/2022)   ĐVT kinh phí: triệu đồng"]], 1e6, "triệu đồng"],
  ["same row as the title", [["BIỂU PHÂN BỔ KINH PHÍ", null, null, null, "Đơn vị tính: triệu đồng"]], 1e6],
  ["Tr.đồng", [["BIỂU PHÂN BỔ"], ["ĐVT: Tr.đồng"]], 1e6],
  ["nghìn đồng", [["BIỂU PHÂN BỔ"], ["ĐVT: nghìn đồng"]], 1e3],
  ["(Đơn vị: 1.000đ)", [["BIỂU PHÂN BỔ"], ["(Đơn vị: 1.000đ)"]], 1e3, "nghìn đồng"],
  ["Đơn vị: 1.000đ after a title", [["BIỂU PHÂN BỔ KINH PHÍ NĂM 2023 (Đơn vị: 1.000đ)"]], 1e3],
  ["title then note on one line", [["Biểu phân bổ kinh phí năm 2023 - ĐVT: Tr.đồng"]], 1e6],
  ["ĐVT without a colon", [["BIỂU PHÂN BỔ"], ["ĐVT triệu đồng"]], 1e6],
  ["Đơn vị tính - ", [["BIỂU PHÂN BỔ"], ["Đơn vị tính - nghìn đồng"]], 1e3],
  ["ĐVT: đồng", [["BIỂU PHÂN BỔ"], ["ĐVT: đồng"]], 1],
  ["ĐVT: Triệu đồng in a bracket after Kèm theo", [["(Kèm theo Quyết định số 12/QĐ-UBND) (ĐVT: Triệu đồng)"]], 1e6],
  ["ĐVT: trđ", [["BIỂU"], ["ĐVT: trđ"]], 1e6],
  ["ĐVT: 1000 đồng", [["BIỂU"], ["ĐVT: 1000 đồng"]], 1e3],
  ["ĐVT: Tỷ đồng", [["BIỂU"], ["ĐVT: Tỷ đồng"]], 1e9],
  ["ĐVT: Triệu VNĐ", [["BIỂU"], ["ĐVT: Triệu VNĐ"]], 1e6],
  ["Đơn vị tính: Nghìn đồng (NFD)", [["BIỂU"], ["Đơn vị tính: Nghìn đồng".normalize("NFD")]], 1e3, "Nghìn đồng".normalize("NFD")],
  ["Đơn vị tính : 1.000.000 đồng", [["BIỂU"], ["Đơn vị tính : 1.000.000 đồng"]], 1e6],
  ["note followed by other title text", [["BIỂU"], ["ĐVT: triệu đồng          Biểu số 02"]], 1e6, "triệu đồng"],
  ["Đơn vị hành chính header is no note", [["STT", "Đơn vị hành chính", "ĐVT", "Tên đơn vị"]], null],
  ["a count note", [["BIỂU"], ["ĐVT: tổ"]], 1, "tổ"],
  ["a note ending in a full stop", [["BIỂU"], ["Đơn vị tính: Triệu đồng."]], 1e6, "Triệu đồng"],
];

describe("unit note in title text", () => {
  test.each(CASES.map(([name, rows, scale, shown]) => [name, rows, scale, shown ?? null] as const))("%s", (_name, rows, scale, shown) => {
    const note = findUnitNote(sheetGrid(sheet("S", rows)), rows.length - 1);
    expect(note?.unit.scale ?? null).toBe(scale);
    if (scale !== null && scale > 1) expect(note?.unit.kind).toBe("money");
    if (shown !== null) expect(note?.text).toBe(shown);
  });
});
