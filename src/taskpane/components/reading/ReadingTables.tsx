/**
 * The reading, line by line and area by area: where each plan line's column
 * is (with its match score and evidence), each area's role and parent, the
 * ignored columns and rows; each with a button that shows it on the sheet and
 * a choice that corrects it.
 */
import * as React from "react";
import {
  Button,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReadingMarkKind } from "../../../app/host";
import type { Correction } from "../../../core/model/corrections";
import type { PlanLine } from "../../../core/model/plan";
import type { Reading } from "../../../core/model/reading";
import type { Orientation } from "../../../core/model/table";
import type { ReadingStrings } from "../../../i18n/reading";
import { areaKey } from "../../../core/text/fold";
import { BAND_LOOK } from "../../../preview/readingBands";
import { IGNORE, ROLES, areaChoice, axisOf, lineChoice, unmappedCodes } from "./readingCorrections";
import { useNarrow } from "../useNarrow";
import { shortName } from "./shortName";

/**
 * Below this width (a task pane opens at 320–360 px) the score, evidence and
 * parent columns go under the name in grey, leaving the names room to be read.
 */
const NARROW_PX = 380;

/** In a narrow pane a plan line's name in its box: its first words, as many as the box (the cell's width) shows whole. */
const NARROW_OPTION_CHARS = 22;

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { tableLayout: "auto", width: "100%" },
  // A narrow pane's plan lines: the position column as wide as its button, the rest for the header and the box under
  // it (laid out by the table's width, not by the box's longest choice).
  fixed: { tableLayout: "fixed" },
  atColumn: { width: "44px" },
  cell: { paddingLeft: "4px", paddingRight: "4px", fontSize: tokens.fontSizeBase200 },
  num: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  head: { fontSize: tokens.fontSizeBase200, paddingLeft: "4px", paddingRight: "4px", whiteSpace: "normal" },
  symbol: { display: "inline-block", minWidth: "16px", textAlign: "center", fontWeight: tokens.fontWeightBold, marginRight: "4px" },
  select: { minWidth: "110px", maxWidth: "170px" },
  // The plan line's whole name under its box is no wider than the box: the header beside it keeps room to be read.
  lineName: { maxWidth: "170px" },
  // In a narrow pane the boxes give the names beside them more room (the whole line name is under its box).
  narrowChoice: { maxWidth: "140px" },
  // In a narrow pane a plan line's box goes under the header, across the cell: its name is read in it, not cut.
  stackedChoice: { width: "100%", maxWidth: "none", marginTop: "4px" },
  stackedName: { maxWidth: "none" },
  // Extra-small rows have no rule between them; these rows run over several lines, so each gets one.
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  title: { fontWeight: tokens.fontWeightSemibold },
  // A button's default minimum width (64 px) for a cell address like `D` or `12` takes the area names' room.
  show: { minWidth: 0 },
  under: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface ReadingTablesProps {
  readonly reading: Reading;
  readonly orientation: Orientation;
  readonly planLines: readonly PlanLine[];
  readonly strings: ReadingStrings;
  readonly disabled: boolean;
  /** Null when the host cannot save corrections: the choices are then not offered. */
  readonly onCorrect: ((correction: Correction, keep?: readonly string[]) => void) | null;
  readonly onShow: (at: string, kind: ReadingMarkKind, label?: string) => void;
}

/** Whether a plan line's name is the header already shown beside it (then it is not said twice). */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  return words(a) === words(b);
}

/** A match score as a percent, written as every other percent in the pane (`62,5%`, `100%`): no space before the sign, so it never wraps alone. */
function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/**
 * The plan's name of an area after its label, when it says more than the
 * label itself (not the same name with or without `Xã`, `Huyện`, accents, capitals).
 */
function planAreaNote(name: string, planArea: string | null, label: string): string {
  return planArea !== null && areaKey(planArea) !== areaKey(name) ? ` (${label}: ${planArea})` : "";
}

function Swatch({ kind }: { readonly kind: ReadingMarkKind }): React.ReactElement {
  const classes = useStyles();
  const look = BAND_LOOK[kind];
  return (
    <span className={classes.symbol} aria-hidden="true" style={look.background !== null ? { background: look.background } : undefined}>
      {look.symbol}
    </span>
  );
}

function ShowButton(props: { readonly label: string; readonly at: string; readonly onClick: () => void }): React.ReactElement {
  const classes = useStyles();
  return (
    <Button size="small" appearance="transparent" className={classes.show} aria-label={props.label} onClick={props.onClick} data-show-at={props.at}>
      {props.at}
    </Button>
  );
}

/**
 * One of the reading's tables under its heading: the header cells given (a
 * column left out in a narrow pane is `null`), the rows as children, or
 * `empty`'s words in place of the table when there is nothing to list.
 */
function ReadingSection(props: {
  readonly heading: string;
  readonly testId: string;
  readonly columns: ReadonlyArray<string | null>;
  readonly empty?: string;
  /** Laid out by the pane's width (a narrow pane's plan lines), the first column as wide as its button. */
  readonly fixed?: boolean;
  readonly children: React.ReactNode;
}): React.ReactElement {
  const classes = useStyles();
  return (
    <>
      <Text as="h3" className={classes.title}>
        {props.heading}
      </Text>
      {props.empty !== undefined ? (
        <Text block size={200} data-testid={`${props.testId}-empty`}>
          {props.empty}
        </Text>
      ) : (
        <div className={classes.wrap}>
          <Table size="extra-small" className={mergeClasses(classes.table, props.fixed === true && classes.fixed)} aria-label={props.heading} data-testid={props.testId}>
            <TableHeader>
              <TableRow>
                {props.columns.map((column, i) =>
                  column === null ? null : (
                    <TableHeaderCell key={i} className={mergeClasses(classes.head, props.fixed === true && i === 0 && classes.atColumn)}>
                      {column}
                    </TableHeaderCell>
                  ),
                )}
              </TableRow>
            </TableHeader>
            <TableBody>{props.children}</TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

export function ReadingTables(props: ReadingTablesProps): React.ReactElement {
  const { reading, orientation, planLines, strings, disabled, onCorrect, onShow } = props;
  const classes = useStyles();
  const [wrapRef, narrow] = useNarrow<HTMLDivElement>(NARROW_PX);
  const planCodes = planLines.map((l) => l.code);
  const nameOf = (code: string): string => planLines.find((l) => l.code === code)?.name ?? "";
  const lineOptions = (first: readonly string[]): string[] => [...first, ...planCodes.filter((c) => !first.includes(c))];
  const free = unmappedCodes(reading, planCodes);
  // In a narrow pane the name is cut between words with `…` (the whole name is under the box, and in the tooltip).
  const lineLabel = (code: string): string => `${code} ${narrow ? shortName(nameOf(code), NARROW_OPTION_CHARS) : nameOf(code)}`;
  const lineOption = (code: string): React.ReactElement => (
    <option key={code} value={code} title={`${code} ${nameOf(code)}`}>
      {lineLabel(code)}
    </option>
  );

  const correct = (correction: Correction | null, keep?: readonly string[]): void => {
    if (correction !== null && onCorrect !== null) onCorrect(correction, keep);
  };
  /** The other areas read at the same row (a district beside its first commune): their corrections are kept. */
  const othersAt = (at: string, name: string): string[] => reading.areas.filter((a) => a.at === at && a.name !== name).map((a) => a.name);

  return (
    <div ref={wrapRef} data-narrow={narrow ? "true" : undefined}>
      <ReadingSection
        heading={strings.linesHeading(reading.lines.length)}
        testId="reading-lines"
        fixed={narrow}
        empty={reading.lines.length === 0 ? strings.noLines : undefined}
        columns={[strings.colAt, narrow ? strings.colHeaderLine : strings.colHeader, narrow ? null : strings.colLine, narrow ? null : strings.colScore, narrow ? null : strings.colHow]}
      >
        {reading.lines.map((line) => {
          const choice =
            onCorrect === null ? (
              `${line.code} ${nameOf(line.code)}`
            ) : (
              <>
                <Select
                  size="small"
                  className={mergeClasses(classes.select, narrow && classes.stackedChoice)}
                  value={line.code}
                  disabled={disabled}
                  aria-label={strings.setLine(line.header)}
                  // The box is narrower than a long plan line's name: the whole name on hover, in the list, and below.
                  title={`${line.code} ${nameOf(line.code)}`}
                  data-testid={`line-choice-${line.at}`}
                  onChange={(_e, data) => correct(lineChoice(line.at, line.header, data.value, planCodes))}
                >
                  {lineOptions([line.code]).map(lineOption)}
                  <option value={IGNORE}>{strings.ignore}</option>
                </Select>
                {narrow && !sameWords(nameOf(line.code), line.header) ? (
                  <span className={mergeClasses(classes.under, classes.lineName, classes.stackedName)} data-line-name={line.code}>
                    {nameOf(line.code)}
                  </span>
                ) : null}
              </>
            );
          return (
            <TableRow key={line.at} className={classes.row} data-reading-line={line.code} data-at={line.at}>
              <TableCell className={classes.cell}>
                <ShowButton label={strings.showOne(line.at)} at={line.at} onClick={() => onShow(line.at, "line", line.code)} />
              </TableCell>
              <TableCell className={classes.cell}>
                {line.header}
                {narrow ? (
                  <>
                    <span className={classes.under} data-under="">
                      {`${strings.colScore}: ${percent(line.score)} · ${strings.colHow}: ${strings.lineHow[line.how]}`}
                    </span>
                    {choice}
                  </>
                ) : null}
              </TableCell>
              {narrow ? null : <TableCell className={classes.cell}>{choice}</TableCell>}
              {narrow ? null : <TableCell className={mergeClasses(classes.cell, classes.num)}>{percent(line.score)}</TableCell>}
              {narrow ? null : <TableCell className={classes.cell}>{strings.lineHow[line.how]}</TableCell>}
            </TableRow>
          );
        })}
      </ReadingSection>

      <ReadingSection
        heading={strings.areasHeading(reading.areas.length)}
        testId="reading-areas"
        columns={[strings.colAt, strings.colArea, strings.colRole, narrow ? null : strings.colParent, narrow ? null : strings.colHow]}
      >
        {reading.areas.map((area, i) => (
          <TableRow key={`${area.at}-${i}`} className={classes.row} data-reading-area={area.at} data-role={area.role}>
            <TableCell className={classes.cell}>
              <ShowButton label={strings.showOne(area.at)} at={area.at} onClick={() => onShow(area.at, area.role)} />
            </TableCell>
            <TableCell className={classes.cell}>
              <Swatch kind={area.role} />
              {area.name}
              {planAreaNote(area.name, area.planArea, strings.colPlanArea)}
              {narrow ? (
                <span className={classes.under} data-under="">
                  {[
                    area.parent !== null ? `${strings.colParent}: ${reading.areas[area.parent]?.name ?? ""}` : "",
                    `${strings.colHow}: ${strings.areaHow[area.how]}`,
                  ]
                    .filter((t) => t !== "")
                    .join(" · ")}
                </span>
              ) : null}
            </TableCell>
            <TableCell className={classes.cell}>
              {onCorrect === null ? (
                strings.roleWord(area.role)
              ) : (
                <Select
                  size="small"
                  className={mergeClasses(classes.select, narrow && classes.narrowChoice)}
                  value={area.role}
                  disabled={disabled}
                  aria-label={strings.setRole(area.name)}
                  data-testid={`role-choice-${area.at}`}
                  onChange={(_e, data) => correct(areaChoice(area.at, area.name, data.value), othersAt(area.at, area.name))}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {`${BAND_LOOK[role].symbol} ${strings.roleWord(role)}`}
                    </option>
                  ))}
                  <option value={IGNORE}>{`${BAND_LOOK.ignored.symbol} ${strings.ignore}`}</option>
                </Select>
              )}
            </TableCell>
            {narrow ? null : <TableCell className={classes.cell}>{area.parent !== null ? (reading.areas[area.parent]?.name ?? "") : ""}</TableCell>}
            {narrow ? null : <TableCell className={classes.cell}>{strings.areaHow[area.how]}</TableCell>}
          </TableRow>
        ))}
      </ReadingSection>

      <ReadingSection
        heading={strings.ignoredHeading(reading.ignored.length)}
        testId="reading-ignored"
        columns={[strings.colAt, strings.colHeader, strings.colWhy, onCorrect !== null ? strings.colCorrect : null]}
        empty={reading.ignored.length === 0 ? strings.noIgnored : undefined}
      >
        {reading.ignored.map((item) => {
          const axis = axisOf(item.at, orientation);
          return (
            <TableRow key={item.at} className={classes.row} data-reading-ignored={item.at}>
              <TableCell className={classes.cell}>
                <ShowButton label={strings.showOne(item.at)} at={item.at} onClick={() => onShow(item.at, "ignored")} />
              </TableCell>
              <TableCell className={classes.cell}>{item.header}</TableCell>
              <TableCell className={classes.cell}>{strings.ignoredWhy(item.why)}</TableCell>
              {onCorrect !== null ? (
                <TableCell className={classes.cell}>
                  <Select
                    size="small"
                    className={mergeClasses(classes.select, narrow && classes.narrowChoice)}
                    value={IGNORE}
                    disabled={disabled}
                    aria-label={axis === "line" ? strings.setLine(item.header) : strings.setRole(item.header)}
                    data-testid={`ignored-choice-${item.at}`}
                    onChange={(_e, data) =>
                      correct(
                        axis === "line" ? lineChoice(item.at, item.header, data.value, planCodes) : areaChoice(item.at, item.header, data.value),
                        axis === "line" ? undefined : othersAt(item.at, item.header),
                      )
                    }
                  >
                    <option value={IGNORE}>{strings.stillIgnored(axis)}</option>
                    {axis === "line"
                      ? lineOptions(free).map(lineOption)
                      : ROLES.map((role) => (
                          <option key={role} value={role}>
                            {strings.roleWord(role)}
                          </option>
                        ))}
                  </Select>
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </ReadingSection>
    </div>
  );
}
