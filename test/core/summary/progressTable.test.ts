/** The summary's progress table with a `Lũy kế đến 31/12/2023` column carried from before the first period (CONTRACT §7). */
import { checkWorkbook } from "../../../src/core/check";
import { dayBefore, progressTable } from "../../../src/core/summary/progressTable";
import type { CellValue, SheetData } from "../../../src/core/model/workbook";
import { fixtureWorkbook } from "./fixture";

function progressSheet(rows: CellValue[][]): SheetData {
  return { name: "Tiến độ", values: rows, merges: [] };
}

function tableOf(rows: CellValue[][]) {
  const workbook = fixtureWorkbook([progressSheet(rows)]);
  const { report } = checkWorkbook(workbook, { workbookName: "tien-do.xlsx" });
  const block = progressTable({ report, workbook, lang: "vi" }, 0);
  if (block === null) throw new Error("no progress table");
  const at = (row: number, col: number) => block.cells.find((c) => c.row === row && c.col === col);
  return { block, at };
}

describe("the carried Lũy kế column", () => {
  test.each([
    ["2024-H1", "31/12/2023"],
    ["2024", "31/12/2023"],
    ["2024-H2", "30/6/2024"],
    ["2024-Q2", "31/3/2024"],
    ["2024-Q1", "31/12/2023"],
    ["2024-9M", "31/12/2023"],
  ])("%s starts the day after %s", (id, day) => {
    expect(dayBefore(id)).toBe(day);
  });

  test("shown before the periods, and the cumulative adds it to them", () => {
    const { at } = tableOf([
      ["Mã", "Chỉ tiêu", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024"],
      ["1", "Số tổ truyền thông", 4, 1, 5],
      ["3", "Địa chỉ tin cậy", 10, 6, 16],
    ]);
    // Row 2: the headers; rows 3, 4: lines 1 and 3.
    expect(at(2, 3)?.value).toBe("Lũy kế đến 31/12/2023");
    expect(at(2, 4)?.value).toBe("6 tháng đầu năm 2024");
    expect(at(2, 5)?.value).toBe("Lũy kế");
    expect(at(3, 3)?.value).toBe(4);
    expect(at(3, 4)?.value).toBe(1);
    expect(at(3, 5)).toMatchObject({ value: 5, formula: "SUM(D4:E4)" });
    expect(at(4, 3)?.value).toBe(10);
    expect(at(4, 5)).toMatchObject({ value: 16, formula: "SUM(D5:E5)" });
    // % of plan over the cumulative column.
    expect(at(3, 6)?.formula).toBe('IF(C4=0,"",F4/C4)');
  });

  test("absent when no line carries a figure", () => {
    const { at } = tableOf([
      ["Mã", "Chỉ tiêu", "6 tháng đầu năm 2024", "Lũy kế"],
      ["1", "Số tổ truyền thông", 1, 1],
    ]);
    expect(at(2, 3)?.value).toBe("6 tháng đầu năm 2024");
    expect(at(2, 4)?.value).toBe("Lũy kế");
    expect(at(3, 4)).toMatchObject({ value: 1, formula: "SUM(D4:D4)" });
  });
});

test("whole numbers are shown without a decimal mark, fractions with up to two decimals", () => {
  const { at } = tableOf([
    ["Mã", "Chỉ tiêu", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024"],
    ["1", "Số tổ truyền thông", 4, 1.5, 5.5],
  ]);
  expect(at(3, 2)).toMatchObject({ value: 10, numFmt: "#,##0" });
  expect(at(3, 3)).toMatchObject({ value: 4, numFmt: "#,##0" });
  expect(at(3, 4)).toMatchObject({ value: 1.5, numFmt: "#,##0.##" });
  expect(at(3, 5)).toMatchObject({ value: 5.5, numFmt: "#,##0.##" });
});

test("dated by the first period of the lines that carry a figure, not an earlier period of another line", () => {
  const workbook = fixtureWorkbook([
    progressSheet([
      ["Mã", "Chỉ tiêu", "Lũy kế đến 31/12/2023", "6 tháng đầu năm 2024", "Lũy kế đến 30/6/2024"],
      ["1", "Số tổ truyền thông", 4, 1, 5],
    ]),
    {
      name: "Kết quả địa chỉ",
      values: [
        ["Mã", "Chỉ tiêu", "Năm 2023", "6 tháng đầu năm 2024", "Lũy kế"],
        ["3", "Địa chỉ tin cậy", 10, 6, 16],
      ],
      merges: [],
    },
  ]);
  const { report } = checkWorkbook(workbook, { workbookName: "tien-do.xlsx" });
  expect(report.progress?.periods).toEqual(["2023", "2024-H1"]);
  const block = progressTable({ report, workbook, lang: "vi" }, 0)!;
  const headers = block.cells.filter((c) => c.row === 2).map((c) => c.value);
  expect(headers.slice(2, 6)).toEqual(["Kế hoạch", "Lũy kế đến 31/12/2023", "2023", "6 tháng đầu năm 2024"].map((h, i) => (i === 2 ? expect.stringContaining("2023") : h)));
});
