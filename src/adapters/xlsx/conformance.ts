/**
 * The namespaces a package's parts are written in: Transitional (ECMA-376's
 * `schemas.openxmlformats.org`, what Excel writes by default) or Strict Open
 * XML (`purl.oclc.org/ooxml`, Excel's "Strict Open XML Spreadsheet"). A part
 * added to a package is written in the package's own conformance class, so
 * that one package never mixes the two. The package's own namespaces (content
 * types, package relationships) are the same in both.
 */
export interface Conformance {
  readonly strict: boolean;
  /** SpreadsheetML. */
  readonly main: string;
  /** The `r:` namespace, and the base of the relationship types (`…/worksheet`). */
  readonly relationships: string;
  readonly chart: string;
  readonly drawingMain: string;
  readonly spreadsheetDrawing: string;
  /** Custom XML data store item properties (`ds:`). */
  readonly customXml: string;
}

export const TRANSITIONAL: Conformance = {
  strict: false,
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
};

export const STRICT: Conformance = {
  strict: true,
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  chart: "http://purl.oclc.org/ooxml/drawingml/chart",
  drawingMain: "http://purl.oclc.org/ooxml/drawingml/main",
  spreadsheetDrawing: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  customXml: "http://purl.oclc.org/ooxml/officeDocument/customXml",
};

/** The conformance class of a workbook whose root element `name` has these attributes (its namespace declarations). */
export function conformanceOf(name: string, attributes: Readonly<Record<string, string>>): Conformance {
  const colon = name.indexOf(":");
  const namespace = attributes[colon < 0 ? "xmlns" : `xmlns:${name.slice(0, colon)}`];
  return namespace === STRICT.main ? STRICT : TRANSITIONAL;
}

/** A relationship type of the class (`worksheet`, `comments`, …). */
export function relationshipType(ns: Conformance, kind: string): string {
  return `${ns.relationships}/${kind}`;
}
