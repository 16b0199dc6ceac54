/** What else the document says: its identity, its areas, and what it gets wrong. */
import * as React from "react";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/model/text";
import type { ExtractedArea, ExtractedPlan } from "../../extract/types";
import type { UiStrings } from "../../i18n";
import { documentDate, sourceLabel } from "../../i18n/documentRefs";
import { typographicQuotes } from "../../core/text/quotes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Fluent's Text is inline even as a heading: a block, so that what follows starts on its own line.
  heading: { display: "block", fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  issue: { color: tokens.colorPaletteDarkOrangeForeground1 },
  subtle: { color: tokens.colorNeutralForeground3 },
});

/** Districts in document order with their communes. */
export function groupAreas(areas: readonly ExtractedArea[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const a of areas) {
    let communes = groups.get(a.district);
    if (communes === undefined) {
      communes = [];
      groups.set(a.district, communes);
    }
    if (a.commune !== null && a.commune !== "") communes.push(a.commune);
  }
  return [...groups.entries()];
}

export interface ExtractedDetailsProps {
  readonly plan: ExtractedPlan;
  readonly lang: Lang;
  readonly strings: UiStrings;
}

export function ExtractedDetails({ plan, lang, strings }: ExtractedDetailsProps): React.ReactElement {
  const classes = useStyles();
  const identity = [plan.number, plan.date === null ? null : documentDate(plan.date, lang), plan.issuer ?? null].filter((x): x is string => x !== null && x !== "");
  const areas = groupAreas(plan.areas);
  return (
    <div className={classes.root}>
      {plan.title !== null || identity.length > 0 ? (
        <div data-testid="extracted-identity">
          {plan.title !== null ? <Text weight="semibold">{plan.title}</Text> : null}
          {identity.length > 0 ? <Caption1 className={classes.subtle}> · {identity.join(" · ")}</Caption1> : null}
        </div>
      ) : null}

      <section aria-label={strings.areasHeading(plan.areas.length)} data-testid="extracted-areas">
        <Text as="h3" className={classes.heading}>
          {strings.areasHeading(plan.areas.length)}
        </Text>
        {areas.length > 0 ? (
          <ul className={classes.list}>
            {areas.map(([district, communes]) => (
              <li key={district}>
                <Text weight="semibold">{district}</Text>
                {communes.length > 0 ? `: ${communes.join(", ")}` : null}
              </li>
            ))}
          </ul>
        ) : (
          <Caption1 className={classes.subtle}>—</Caption1>
        )}
      </section>

      <section aria-label={strings.documentIssues} data-testid="extracted-issues">
        <Text as="h3" className={classes.heading}>
          {strings.documentIssues}
        </Text>
        {plan.issues.length > 0 ? (
          <ul className={classes.list}>
            {plan.issues.map((issue, i) => (
              <li key={i} className={classes.issue} data-rule={issue.rule}>
                {typographicQuotes(issue.text[lang])}
                {issue.source !== undefined ? <Caption1 className={classes.subtle}> ({sourceLabel(issue.source, lang)})</Caption1> : null}
              </li>
            ))}
          </ul>
        ) : (
          <Caption1 className={classes.subtle}>{strings.noDocumentIssues}</Caption1>
        )}
      </section>
    </div>
  );
}
