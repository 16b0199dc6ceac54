/**
 * Name cells holding an error value: an area's name (`#REF!` after a deleted
 * reference) and a line's header (`#N/A` from a lookup). Each is one
 * `invalid-value` error at that cell; the row's figures still count; the
 * coverage and unmapped warnings it alone would cause are not told again.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { SheetData } from "../../../src/core/model/workbook";
import { checkErrorNames as check, errorNameSheet as sheet, PLAN } from "./errorNameSheet";

const summary = (report: ReturnType<typeof check>) => report.findings.map((f) => `${f.rule} ${f.severity} ${f.cell ?? "-"}`).sort();

describe("an area's name cell holding an error value", () => {
  test.each([
    ["#REF! for a commune, the plan's list naming the one missing", { 6: { error: "#REF!" } }, true, ["invalid-value error B6"], "Vân Hòa"],
    ["#REF! for a commune, no list of areas", { 6: { error: "#REF!" } }, false, ["invalid-value error B6"], null],
    ["#N/A for two communes of one district, both missing from the list", { 5: { error: "#N/A" }, 6: { error: "#N/A" } }, true, ["invalid-value error B5", "invalid-value error B6"], "Ba Trại"],
    ["the name typed: nothing to tell", {}, true, [], null],
  ])("%s", (_name, names, areas, expected, guess) => {
    const report = check(sheet(names, {}), areas);
    expect(summary(report)).toEqual(expected);
    const indicator = report.indicators.find((i) => i.code === "1");
    // The row's figures still count toward the plan line.
    expect(indicator?.allocated).toBe(12);
    for (const finding of report.findings) {
      expect(finding.message.en).toMatch(/the error #(REF!|N\/A)/);
      expect(finding.area).toBeNull();
      // A guess is said as the name it probably is; only with none does the message say the name cannot be read.
      if (guess !== null) expect(finding.message.vi).toContain(guess);
      else expect(finding.message.en).not.toContain("probably");
      expect(finding.message.en.includes("cannot be read")).toBe(guess === null);
    }
  });

  test("a missing plan area in another district is still told", () => {
    const values = sheet({ 6: { error: "#REF!" } }, {});
    values.splice(8, 1); // Xã Cấn Hữu's row gone, Quốc Oai's subtotal now off.
    const findings = summary(check(values, true));
    expect(findings).toContain("invalid-value error B6");
    expect(findings).toContain("coverage warning -");
  });
});

describe("a line's header cell holding an error value", () => {
  test.each([
    ["#N/A over the first line", { 2: { error: "#N/A" } }, ["invalid-value error C2"], '1 "Tổ truyền thông cộng đồng"'],
    ["#REF! over the second line", { 3: { error: "#REF!" } }, ["invalid-value error D2"], '2 "Câu lạc bộ phụ nữ khởi nghiệp"'],
  ])("%s", (_name, headers, expected, guess) => {
    const report = check(sheet({}, headers), true);
    expect(summary(report)).toEqual(expected);
    for (const finding of report.findings) {
      expect(finding.message.en).toContain("cannot be checked");
      expect(finding.message.en).toContain(guess);
    }
  });

  test("a header holding an error beside a line the plan lacks: the plan line left is still told", () => {
    const plan = [...PLAN, ["3", "Mô hình sinh kế", "mô hình", 4]];
    const values = sheet({}, { 2: { error: "#N/A" } });
    const sheets: SheetData[] = [
      { name: "Kế hoạch", merges: [], values: plan },
      { name: "Phân bổ", merges: [], values },
    ];
    const findings = checkWorkbook({ sheets }, { workbookName: "x.xlsx" }).report.findings;
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.cell ?? "-"}`).sort()).toEqual(["invalid-value error C2", "unmapped warning -", "unmapped warning -"]);
    expect(findings.find((f) => f.rule === "invalid-value")?.message.en).not.toContain("probably");
  });
});
