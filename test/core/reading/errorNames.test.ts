/**
 * An area whose name cell holds an error value (`#REF!`): the reading shows
 * what it believes the area is — the plan area it probably stands for, the
 * same the `invalid-value` finding at that cell names — beside the error,
 * and says it is unsure of the name; the finding stays the only one told.
 */
import type { CellValue } from "../../../src/core/model/workbook";
import { checkErrorNames as check, errorNameSheet as sheet } from "../layout/errorNameSheet";

const REF = { error: "#REF!" };

test.each<[string, Partial<Record<number, CellValue>>, boolean, string, string, string | null, string]>([
  ["a commune, the one its district lacks", { 6: REF }, true, "6", "leaf", "Vân Hòa", "probably Vân Hòa"],
  ["a district, named by its communes", { 7: REF }, true, "7", "group", "Quốc Oai", "reads it as Quốc Oai"],
  ["a commune, no list of areas", { 6: REF }, false, "6", "leaf", null, "cannot tell which"],
  ["two communes of one district, both missing: either", { 5: REF, 6: REF }, true, "6", "leaf", null, "cannot tell which"],
])("%s: the reading shows the plan area it believes, the error beside, and is unsure", (_label, names, areas, at, role, planArea, said) => {
  const report = check(sheet(names), areas);
  const row = report.reading!.areas.find((a) => a.at === at)!;
  expect(row).toMatchObject({ name: "#REF!", role, planArea, nameError: "#REF!" });
  expect(report.reading!.confidence.level).toBe("low");
  expect(report.reading!.confidence.reasons.filter((r) => r.en.includes(`row ${at} cannot be read`)).map((r) => r.en)).toEqual([expect.stringContaining(said)]);
  // One finding per unreadable name, at its cell: no coverage warning beside it.
  expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(Object.keys(names).map((r) => `invalid-value B${r}`));
});

test.each<[string, Partial<Record<number, CellValue>>, boolean, string, string, string]>([
  ["a district, named by its communes", { 7: REF }, true, "B7", 'có lẽ đây là "Quốc Oai", vì các xã dưới nó thuộc "Quốc Oai"', 'it is probably "Quốc Oai", as the communes under it'],
  ["a commune, the one its district lacks", { 6: REF }, true, "B6", 'có lẽ đây là "Vân Hòa" (Ba Vì), vì địa bàn này của kế hoạch chưa có dòng nào', 'it is probably "Vân Hòa" (Ba Vì), as that area of the plan has no row'],
  ["a commune, no list of areas", { 6: REF }, false, "B6", "không đối chiếu được với địa bàn nào của kế hoạch", "cannot be matched to any area of the plan"],
  ["two communes of one district, both missing", { 5: REF, 6: REF }, true, "B6", 'có lẽ đây là một trong "Ba Trại" (Ba Vì) hoặc "Vân Hòa" (Ba Vì)', 'it is probably one of "Ba Trại" (Ba Vì) or "Vân Hòa" (Ba Vì)'],
])("%s: the finding names the area it probably is directly, or says it matches none only when none is guessed", (_label, names, areas, cell, vi, en) => {
  const finding = check(sheet(names), areas).findings.find((f) => f.cell === cell)!;
  expect(finding.message.vi).toContain(vi);
  expect(finding.message.en).toContain(en);
  // A guess and "matches no area" are never said together.
  const guessed = finding.message.vi.includes("có lẽ");
  expect(finding.message.vi.includes("không đối chiếu được")).toBe(!guessed);
  expect(finding.message.en.includes("cannot be matched")).toBe(!guessed);
  expect(finding.message.vi.startsWith(guessed ? `Tên địa bàn ở ô ${cell} là lỗi #REF!;` : "Ô tên địa bàn có giá trị lỗi #REF!:")).toBe(true);
});

test("names typed: no error beside any area, nothing said", () => {
  const report = check(sheet({}));
  expect(report.reading!.areas.some((a) => "nameError" in a)).toBe(false);
  expect(report.reading!.confidence).toEqual({ level: "high", reasons: [] });
});
