/**
 * Where a package's parts are: a part's relationships part and back, and a
 * target made relative to its source's folder resolving to the same part.
 */
import { folderOf, relativeTarget, relsPathOf, resolvePartPath, sourceOfRels } from "../../../src/adapters/xlsx/packagePaths";

describe("package paths", () => {
  it.each([
    ["xl/workbook.xml", "xl", "xl/_rels/workbook.xml.rels"],
    ["xl/worksheets/sheet1.xml", "xl/worksheets", "xl/worksheets/_rels/sheet1.xml.rels"],
    ["[Content_Types].xml", "", "_rels/[Content_Types].xml.rels"],
    ["", "", "_rels/.rels"],
  ])("%s: folder %s, relationships in %s, and back", (part, folder, rels) => {
    expect(folderOf(part)).toBe(folder);
    expect(relsPathOf(part)).toBe(rels);
    expect(sourceOfRels(rels)).toBe(part);
  });

  it("leaves a name that is no relationships part as it is", () => {
    expect(sourceOfRels("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  });

  it.each([
    ["xl/worksheets", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml"],
    ["xl", "worksheets/./sheet2.xml", "xl/worksheets/sheet2.xml"],
    ["xl/worksheets", "/xl/media/image1.png", "xl/media/image1.png"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
  ])("from %s, %s resolves to %s", (folder, target, part) => {
    expect(resolvePartPath(folder, target)).toBe(part);
  });

  it.each([
    ["xl/worksheets", "xl/drawings/drawing1.xml", "../drawings/drawing1.xml"],
    ["xl", "xl/worksheets/sheet3.xml", "worksheets/sheet3.xml"],
    ["xl/drawings", "xl/charts/chart1.xml", "../charts/chart1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
  ])("from %s, %s is written %s and resolves back", (folder, part, target) => {
    expect(relativeTarget(folder, part)).toBe(target);
    expect(resolvePartPath(folder, relativeTarget(folder, part))).toBe(part);
  });
});
