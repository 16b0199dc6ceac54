/**
 * The summary's progress chart as DrawingML parts (ECMA-376 Part 1, §21.2
 * charts and §20.5 spreadsheet drawing): a clustered bar per plan line with
 * its % of plan achieved, read live from the summary sheet's cells, and the
 * pace (the elapsed share of the plan's time) as a line across the bars, or
 * with percent lines among them (each bar their rate, against their target
 * rate) as a mark on each bar.
 * `xl/charts/chartN.xml`, `xl/drawings/drawingN.xml` and their relationships.
 */
import { columnLetters, quoteSheetName } from "../../core/model/address";
import { CHART_TEXT_SIZE, CHART_TITLE_SIZE, type SummaryChart } from "../../core/model/summary";
import { barLabelMoves, type BarLabelMove } from "../../core/summary/chartLabels";
import { TRANSITIONAL, type Conformance } from "./conformance";

export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function absolute(sheet: string, col: number, first: number, last: number): string {
  const letters = columnLetters(col);
  return `${quoteSheetName(sheet)}!$${letters}$${first + 1}:$${letters}$${last + 1}`;
}

function text(value: string): string {
  return `<c:tx><c:v>${esc(value)}</c:v></c:tx>`;
}

function solid(rgb: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`;
}

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

/** A series' cached points; a null is a blank cell (no point: a gap in the line). */
function numPoints(values: readonly (number | null)[]): string {
  return `<c:formatCode>0%</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("")}`;
}

/**
 * The chart area: no frame (under its table, the frame's top edge printed as a
 * stray line below the table's last row) and no fill of its own (it would
 * cover the table's bottom border, right above it); its labels at
 * CHART_TEXT_SIZE, the size its readable width is measured at
 * (progressTable.ts `chartReadableWidth`).
 */
const CHART_AREA =
  `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(CHART_TEXT_SIZE * 100)}"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

/** The pace as a dashed line across the bars. */
const PACE_LINE = `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`;

/** The marks (a percent line's target rate, another line's pace) as a short bar across each column, without a line between them. */
const MARKS =
  `<c:spPr><a:ln w="28575"><a:noFill/></a:ln></c:spPr>` +
  `<c:marker><c:symbol val="dash"/><c:size val="20"/><c:spPr><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></c:spPr></c:marker>`;

const LABEL_FLAGS = `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;
const LABEL_FORMAT = `<c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`;

/**
 * A bar's value label moved clear of its mark (core/summary/chartLabels.ts): inside the bar's top in white,
 * or raised over the mark (a manual offset, a fraction of the chart's height, from where it would sit).
 */
function movedLabel(move: BarLabelMove): string {
  if (move.place === "inside") {
    const white = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(CHART_TEXT_SIZE * 100)}"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
    return `<c:dLbl><c:idx val="${move.index}"/>${LABEL_FORMAT}${white}<c:dLblPos val="inEnd"/>${LABEL_FLAGS}</c:dLbl>`;
  }
  const layout = `<c:layout><c:manualLayout><c:x val="0"/><c:y val="${-move.raise}"/></c:manualLayout></c:layout>`;
  return `<c:dLbl><c:idx val="${move.index}"/>${layout}${LABEL_FORMAT}<c:dLblPos val="outEnd"/>${LABEL_FLAGS}</c:dLbl>`;
}

/** `xl/charts/chartN.xml` for the chart on sheet `sheet`, in the namespaces of `ns`. */
export function chartXml(sheet: string, chart: SummaryChart, ns: Conformance = TRANSITIONAL): string {
  const categories = `<c:cat><c:strRef><c:f>${esc(absolute(sheet, chart.categoryCol, chart.firstRow, chart.lastRow))}</c:f>${strCache(chart.categories)}</c:strRef></c:cat>`;
  const bars =
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>${text(chart.valueName)}${solid("2F75B5")}<c:invertIfNegative val="0"/>` +
    `<c:dLbls>${barLabelMoves(chart).map(movedLabel).join("")}${LABEL_FORMAT}${LABEL_FLAGS}</c:dLbls>` +
    categories +
    `<c:val><c:numRef><c:f>${esc(absolute(sheet, chart.valueCol, chart.firstRow, chart.lastRow))}</c:f><c:numCache>${numPoints(chart.values)}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="80"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>`;
  const pace =
    chart.pace === null || chart.paceCol === null
      ? ""
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
        `<c:ser><c:idx val="1"/><c:order val="1"/>${text(chart.paceName)}` +
        (chart.paceMarks === true ? MARKS : PACE_LINE) +
        categories +
        `<c:val><c:numRef><c:f>${esc(absolute(sheet, chart.paceCol, chart.firstRow, chart.lastRow))}</c:f><c:numCache>${numPoints(chart.paces ?? chart.categories.map(() => chart.pace!))}</c:numCache></c:numRef></c:val><c:smooth val="0"/>` +
        `</c:ser><c:marker val="1"/><c:axId val="500100"/><c:axId val="500200"/></c:lineChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.drawingMain}" xmlns:r="${ns.relationships}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${CHART_TITLE_SIZE * 100}" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${CHART_TITLE_SIZE * 100}" b="1"/><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${bars}${pace}` +
    `<c:catAx><c:axId val="500100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500200"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    CHART_AREA +
    `</c:chartSpace>`
  );
}

/** `xl/drawings/drawingN.xml`: the chart anchored over `anchor`'s cells; `chartRelId` names the chart in the drawing's relationships. */
export function drawingXml(chart: SummaryChart, chartRelId: string, ns: Conformance = TRANSITIONAL): string {
  const { row, col, rows, cols } = chart.anchor;
  const marker = (c: number, r: number) => `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.drawingMain}">` +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(col, row)}</xdr:from><xdr:to>${marker(col + cols, row + rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${ns.chart}"><c:chart xmlns:c="${ns.chart}" xmlns:r="${ns.relationships}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

/** A relationships part with one relationship. */
export function singleRels(id: string, type: string, target: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="${type}" Target="${esc(target)}"/></Relationships>`
  );
}

/** The sheet XML with its `<drawing r:id>` element, where the schema puts it (after pageSetup, before legacyDrawing). */
export function withDrawing(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  if (sheetXml.includes("<legacyDrawing")) return sheetXml.replace("<legacyDrawing", `${element}<legacyDrawing`);
  return sheetXml.replace("</worksheet>", `${element}</worksheet>`);
}
