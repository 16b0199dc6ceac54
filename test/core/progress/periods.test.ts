import fc from "fast-check";
import { asOfMonth, comparePeriods, elapsedShare, parsePeriod, partOfYearInText } from "../../../src/core/progress/periods";

describe("parsePeriod: every form a Vietnamese report writes", () => {
  test.each([
    ["2023", "2023"],
    ["Năm 2023", "2023"],
    ["NĂM 2023", "2023"],
    ["Nam 2023", "2023"],
    ["Năm 2023 (tổ)", "2023"],
    ["6 tháng đầu năm 2024", "2024-H1"],
    ["6 tháng 2024", "2024-H1"],
    ["6 tháng cuối năm 2024", "2024-H2"],
    ["6 thang cuoi nam 2024", "2024-H2"],
    ["9 tháng 2024", "2024-9M"],
    ["9 tháng đầu năm 2024", "2024-9M"],
    ["Quý III/2024", "2024-Q3"],
    ["Quý III-2024", "2024-Q3"],
    ["Quý 3 năm 2024", "2024-Q3"],
    ["Quý I/2024", "2024-Q1"],
    ["Quý IV năm 2025", "2025-Q4"],
    ["Quý I, II/2024", "2024-H1"],
    ["Quý I+II năm 2024", "2024-H1"],
    ["Quý I và II/2024", "2024-H1"],
    ["Quý III, IV/2024", "2024-H2"],
    ["Quý I-III/2024", "2024-9M"],
    ["Quý I, II, III/2024", "2024-9M"],
    ["Quý 1,2/2024", "2024-H1"],
    ["Quý I + Quý II/2024", "2024-H1"],
    ["Quý III và Quý IV năm 2024", "2024-H2"],
    ["Thực hiện Quý I, II, III, IV năm 2024", "2024"],
    ["Q3 2024", "2024-Q3"],
    ["Q3/2024", "2024-Q3"],
    ["2024-Q2", "2024-Q2"],
    ["2024-H1", "2024-H1"],
    ["2024-9M", "2024-9M"],
    ["Thực hiện 2023", "2023"],
    ["Kết quả 6 tháng 2024", "2024-H1"],
    ["Kết quả thực hiện năm 2022", "2022"],
    ["Giải ngân Quý 3 năm 2024", "2024-Q3"],
    ["Results Q3 2024", "2024-Q3"],
    ["Thực hiện Quý III-2024", "2024-Q3"],
    // Several leading words, and the short 6T / 9T.
    ["Kết quả TH 2022", "2022"],
    ["Kết quả giải ngân năm 2023", "2023"],
    ["Ước thực hiện năm 2024", "2024"],
    ["Ước TH 6 tháng đầu năm 2024", "2024-H1"],
    ["TH 6T/2024", "2024-H1"],
    ["6T đầu năm 2024", "2024-H1"],
    ["6T cuối năm 2024", "2024-H2"],
    ["Giải ngân 6T 2024", "2024-H1"],
    ["9T/2024", "2024-9M"],
    // Q with a Roman quarter, and the whole year as twelve months.
    ["Kết quả QI-2024", "2024-Q1"],
    ["QIV/2024", "2024-Q4"],
    ["Q.II 2024", "2024-Q2"],
    ["12 tháng năm 2024", "2024"],
    ["Thực hiện 12T-2024", "2024"],
    ["Cả năm 2024", "2024"],
    // A year with the part it covers in brackets.
    ["Thực hiện 2024 (Q1)", "2024-Q1"],
    // The first quarter written as its three months, with its year.
    ["Kết quả 3 tháng 2024", "2024-Q1"],
    ["3 tháng đầu năm 2024", "2024-Q1"],
    ["Thực hiện 3 tháng đầu năm 2024", "2024-Q1"],
    ["3 tháng năm 2024", "2024-Q1"],
    ["3 tháng/2024", "2024-Q1"],
    ["Năm 2024 (6 tháng đầu năm)", "2024-H1"],
    // The last quarter as the year's last three months; the short 3T; months glued or written out; a span of months.
    ["3 tháng cuối năm 2024", "2024-Q4"],
    ["Thực hiện 3 tháng cuối năm 2024", "2024-Q4"],
    ["3T/2024", "2024-Q1"],
    ["TH 3T cuối năm 2024", "2024-Q4"],
    ["6tháng 2024", "2024-H1"],
    ["Sáu tháng đầu năm 2024", "2024-H1"],
    ["Chín tháng năm 2024", "2024-9M"],
    ["Tháng 1-6/2024", "2024-H1"],
    ["Từ tháng 7 đến tháng 12 năm 2024", "2024-H2"],
    ["Tháng 10-12/2024", "2024-Q4"],
    ["Tháng 1 - 9/2024", "2024-9M"],
    ["Kết quả 2024 (Quý III)", "2024-Q3"],
    ["Năm 2024 (lượt người)", "2024"],
    // A year said to run only to a month of it.
    ["Năm 2024 (tính đến 30/6/2024)", "2024-H1"],
    ["Năm 2024 (đến 30/9)", "2024-9M"],
    ["Năm 2024 (ước đến hết tháng 3)", "2024-Q1"],
    ["Năm 2024 (đến 31/12/2024)", "2024"],
    ["  6  tháng   đầu năm\n2024 ", "2024-H1"],
    ["6 tha\u0301ng đâ\u0300u năm 2024", "2024-H1"], // NFD
    // Months written with a leading zero, as official reports often do.
    ["06 tháng đầu năm 2024", "2024-H1"],
    ["Thực hiện 06 tháng 2024", "2024-H1"],
    ["09 tháng năm 2024", "2024-9M"],
    ["03 tháng đầu năm 2024", "2024-Q1"],
    ["06T cuối năm 2023", "2023-H2"],
    // A span of dates from the first of a month to the last of another.
    ["Thực hiện từ 01/01/2024 đến 30/6/2024", "2024-H1"],
    ["Từ 1/7/2023 đến 31/12/2023", "2023-H2"],
    ["Từ ngày 01/01/2024 đến ngày 30/9/2024", "2024-9M"],
    ["Từ 1/1/2023 đến 31/12/2023", "2023"],
  ])("%s → %s", (label, id) => {
    expect(parsePeriod(label)?.id).toBe(id);
  });

  test("a year typed as a number cell", () => {
    expect(parsePeriod(2023)?.id).toBe("2023");
    expect(parsePeriod(2023.5)).toBeNull();
  });

  test.each(["Năm 2024 (đến 31/10/2024)", "Ghi chú", "Quý V/2024", "Q5 2024", "QV 2024", "11 tháng 2024", "Lũy kế", "12", "Năm 20234", "3 tháng", "3 tháng đầu năm", "3 tháng cuối năm", "6 tháng cuối năm", "9 tháng cuối năm 2024", "3 tháng giữa năm 2024", "Tháng 6/2024", "Tháng 2-5/2024", "Quý II, III/2024", "Quý II, I/2024", "Quý I, II, IV/2024", "Lũy kế đến 30/6/2024", "1850", "", "Từ 15/1/2024 đến 30/6/2024", "Từ 1/1/2024 đến 15/6/2024", "Từ 1/7/2023 đến 30/6/2024", "Từ 1/2/2024 đến 31/5/2024"])("%s is no period", (label) => {
    expect(parsePeriod(label)).toBeNull();
  });

  test("months covered", () => {
    expect(parsePeriod("Quý II/2024")).toMatchObject({ year: 2024, startMonth: 4, endMonth: 6, kind: "quarter" });
    expect(parsePeriod("6 tháng cuối năm 2023")).toMatchObject({ startMonth: 7, endMonth: 12, kind: "half" });
    expect(parsePeriod("9 tháng 2024")).toMatchObject({ startMonth: 1, endMonth: 9, kind: "nine-months" });
  });
});

describe("time order, asOf and the elapsed share", () => {
  const ids = (labels: string[]) => labels.map((l) => parsePeriod(l)!).sort(comparePeriods).map((p) => p.id);

  test("periods come in time order whatever their order in the workbook", () => {
    expect(ids(["6 tháng đầu năm 2024", "2023", "Năm 2022"])).toEqual(["2022", "2023", "2024-H1"]);
    expect(ids(["Quý IV/2024", "Q1 2024", "Quý 3 năm 2024", "Quý II-2024"])).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(ids(["6 tháng cuối năm 2024", "9 tháng 2025", "2023", "6 tháng đầu năm 2024"])).toEqual(["2023", "2024-H1", "2024-H2", "2025-9M"]);
  });

  test("asOf is the month the latest period ends", () => {
    const asOf = (labels: string[]) => asOfMonth(labels.map((l) => parsePeriod(l)!));
    expect(asOf(["2022", "2023", "6 tháng đầu năm 2024"])).toBe("2024-06");
    expect(asOf(["Quý III/2024"])).toBe("2024-09");
    expect(asOf(["2023", "2022"])).toBe("2023-12");
    expect(asOfMonth([])).toBeNull();
  });

  test("elapsed share: 2022–2025 with results to 2024-H1 is 30 / 48", () => {
    const periods = ["2022", "2023", "6 tháng đầu năm 2024"].map((l) => parsePeriod(l)!);
    expect(elapsedShare({ start: 2022, end: 2025 }, periods)).toBe(0.625);
    expect(elapsedShare({ start: 2024, end: 2024 }, [parsePeriod("Quý III/2024")!])).toBe(0.75);
    expect(elapsedShare({ start: 2022, end: 2023 }, [parsePeriod("2025")!])).toBe(1);
  });

  test("property: any shuffle of distinct periods sorts to the same time order", () => {
    const all = ["2022", "2023-H1", "2023-H2", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-9M"].map((l) => parsePeriod(l)!);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (shuffled) => {
        expect([...shuffled].sort(comparePeriods).map((p) => p.id)).toEqual(all.map((p) => p.id));
      }),
    );
  });
});

test.each<[string, string | null]>([
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024", "2024-H1"],
  ["KẾT QUẢ THỰC HIỆN QUÝ III NĂM 2024", "2024-Q3"],
  ["Kết quả 9 tháng 2024 của các xã", "2024-9M"],
  ["KẾT QUẢ THỰC HIỆN NĂM 2024", null],
  ["KẾT QUẢ THỰC HIỆN QUÝ I, II NĂM 2024", "2024-H1"],
  ["KẾT QUẢ THỰC HIỆN QUÝ I VÀ QUÝ II NĂM 2024", "2024-H1"],
  ["Hà Nội, ngày 30 tháng 6 năm 2024", null],
])("partOfYearInText(%j)", (text, id) => {
  expect(partOfYearInText(text)?.id ?? null).toBe(id);
});
