/**
 * A list of findings, each one a link that selects its cell in the sheet (or
 * plain text when it has no cell): the findings of a rule in the check tab,
 * and the findings under a progress line. A finding's severity shows as a
 * mark with its own shape (✕ error, ! warning, i note), not by colour alone,
 * and says its word to a screen reader; the link's accessible name is its
 * visible text, the cell it goes to its tooltip. The cell reads as the link
 * (underlined, in the link's colour) and the message as text.
 */
import * as React from "react";
import { Badge, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/model/finding";
import type { Lang } from "../../core/model/text";
import type { UiStrings } from "../../i18n";
import { FORCED_COLORS_LINK } from "./forcedColors";
import { typographicQuotes } from "../../core/text/quotes";
import type { FindingPlace } from "../../core/report/findingPlace";
import { findingAbout } from "./findingAbout";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  mark: { flexShrink: 0, fontWeight: tokens.fontWeightBold, minWidth: "18px", justifyContent: "center" },
  cell: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap", textDecorationLine: "underline" },
  // The message in the text's colour (a paragraph in link blue is hard to read); the cell before it keeps the link's.
  message: { color: tokens.colorNeutralForeground1 },
  sheet: { fontWeight: tokens.fontWeightSemibold },
  link: FORCED_COLORS_LINK,
  // The one gap after a place is the space that follows it (a margin too would make two).
  place: { fontWeight: tokens.fontWeightSemibold },
  about: { color: tokens.colorNeutralForeground2 },
});

const MARK: Readonly<Record<Severity, { glyph: string; color: "danger" | "warning" | "informative" }>> = {
  error: { glyph: "✕", color: "danger" },
  warning: { glyph: "!", color: "warning" },
  info: { glyph: "i", color: "informative" },
};

/** The colour a severity is shown in (beside its mark's shape and word). */
export function severityColor(severity: Severity): "danger" | "warning" | "informative" {
  return MARK[severity].color;
}

function SeverityMark({ severity, label }: { readonly severity: Severity; readonly label: string }): React.ReactElement {
  const classes = useStyles();
  const { glyph, color } = MARK[severity];
  return (
    <Badge
      className={classes.mark}
      size="small"
      shape="rounded"
      appearance="tint"
      color={color}
      role="img"
      aria-label={label}
      data-testid="severity-mark"
    >
      <span aria-hidden="true">{glyph}</span>
    </Badge>
  );
}

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onSelect: (finding: Finding) => void;
  /** The list's own test id, when it has one. */
  readonly testId?: string;
  /** Each finding's test id: `finding` in the check tab, `progress-finding` under a progress line. */
  readonly itemTestId: string;
  /**
   * The sheet checked: a finding on another sheet names its sheet before its
   * cell (`Trang Giải ngân 2024 · E21`, the way a finding with no cell names
   * its place), not to be taken for the checked sheet's.
   */
  readonly mainSheet?: string;
  /** Where a finding with no cell is (its sheet, the district it belongs under): shown before its message. */
  readonly placeOf?: (finding: Finding) => FindingPlace | null;
  /** Selects a cell (the district's label of a finding with no cell). */
  readonly onSelectCell?: (sheet: string, cell: string) => void;
  /**
   * Say beside each finding the plan line and the area it is about (`(mã 5, Xã Ba Trại)`), as the command
   * line's report does: in the check tab, where the findings are grouped by rule, not under their line.
   */
  readonly withAbout?: boolean;
}

/** `(mã 5, Xã Ba Trại)` before a finding's message, or nothing. */
function About(props: { readonly finding: Finding; readonly lang: Lang; readonly strings: UiStrings; readonly className: string | undefined }): React.ReactElement | null {
  const about = findingAbout(props.finding, props.lang);
  if (about === null) return null;
  return (
    <>
      <span className={props.className} data-testid="finding-about">
        {props.strings.findingAbout(about.code, about.area)}
      </span>{" "}
    </>
  );
}

/** A finding's place when it has no cell: `Trang Phân bổ · thuộc Huyện Ba Vì`, the district a link to its label when there is one. */
function Place(props: { readonly place: FindingPlace; readonly strings: UiStrings; readonly disabled: boolean; readonly onSelectCell?: (sheet: string, cell: string) => void }): React.ReactElement {
  const classes = useStyles();
  const { place, strings, disabled, onSelectCell } = props;
  const group = place.group;
  return (
    <span className={classes.place} data-testid="finding-place">
      {strings.placeOnSheet(place.sheet)}
      {group !== null ? (
        <>
          {" · "}
          {group.cell !== null && onSelectCell !== undefined ? (
            <Link
              as="button"
              className={classes.link}
              disabled={disabled}
              data-testid="finding-place-group"
              data-cell={group.cell}
              title={strings.goToGroup(place.sheet, group.cell, group.name)}
              onClick={() => onSelectCell(place.sheet, group.cell!)}
            >
              {strings.placeUnder(group.name)}
            </Link>
          ) : (
            strings.placeUnder(group.name)
          )}
        </>
      ) : null}
      {":"}
    </span>
  );
}

export function FindingList({ findings, lang, strings, disabled, onSelect, testId, itemTestId, mainSheet, placeOf, onSelectCell, withAbout }: FindingListProps): React.ReactElement {
  const classes = useStyles();
  return (
    <ul className={classes.list} data-testid={testId}>
      {findings.map((f, i) => {
        const place = f.cell === null ? (placeOf?.(f) ?? null) : null;
        return (
        <li key={i} className={classes.item}>
          <SeverityMark severity={f.severity} label={strings.severity[f.severity]} />
          {f.sheet !== null && f.cell !== null ? (
            <Link
              as="button"
              className={classes.link}
              disabled={disabled}
              data-testid={itemTestId}
              data-rule={f.rule}
              data-severity={f.severity}
              data-sheet={f.sheet}
              data-cell={f.cell}
              data-area={f.area ?? undefined}
              title={strings.goToCell(f.sheet, f.cell)}
              onClick={() => onSelect(f)}
            >
              {mainSheet !== undefined && f.sheet !== mainSheet ? (
                <>
                  <span className={classes.sheet} data-testid="finding-sheet">
                    {strings.placeOnSheet(f.sheet)}
                  </span>
                  {" · "}
                </>
              ) : null}
              <span className={classes.cell}>{f.cell}</span>{" "}
              {withAbout === true ? <About finding={f} lang={lang} strings={strings} className={disabled ? undefined : classes.about} /> : null}
              <span className={disabled ? undefined : classes.message}>{typographicQuotes(f.message[lang])}</span>
            </Link>
          ) : (
            <Text data-testid={itemTestId} data-rule={f.rule} data-severity={f.severity} data-sheet={f.sheet ?? undefined} data-area={f.area ?? undefined}>
              {place !== null ? (
                <>
                  <Place place={place} strings={strings} disabled={disabled} {...(onSelectCell !== undefined ? { onSelectCell } : {})} />{" "}
                </>
              ) : null}
              {withAbout === true ? <About finding={f} lang={lang} strings={strings} className={classes.about} /> : null}
              {typographicQuotes(f.message[lang])}
            </Text>
          )}
        </li>
        );
      })}
    </ul>
  );
}
