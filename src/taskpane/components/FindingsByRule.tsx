/**
 * Findings grouped by rule, a list of them (`FindingList`) under each rule's
 * name and count; each one selects its cell in the sheet. A long group (a
 * column of numbers stored as text gives one finding a commune) shows its
 * first findings and a button for the rest, so that the groups after it stay
 * in reach; the button then moves the focus to the first finding it showed.
 */
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, RuleId } from "../../core/model/finding";
import { severityRank, worstSeverity } from "../../core/model/severity";
import { FindingList, severityColor, type FindingListProps } from "./FindingList";

const useStyles = makeStyles({
  // The rule's name in semibold: the groups stand out from the findings under them when the list is scanned.
  headerText: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", fontWeight: tokens.fontWeightSemibold },
  more: { marginTop: tokens.spacingVerticalXS },
});

/** A group shows this many findings at first; a longer one a button for the rest. */
export const GROUP_FIRST_SHOWN = 10;

/** One rule's findings: the first `GROUP_FIRST_SHOWN`, then the rest on request. */
function RuleFindings(props: Omit<FindingListProps, "testId" | "itemTestId"> & { readonly rule: RuleId }): React.ReactElement {
  const classes = useStyles();
  const { findings, strings, rule } = props;
  const [all, setAll] = React.useState(findings.length <= GROUP_FIRST_SHOWN);
  const listRef = React.useRef<HTMLDivElement>(null);
  const focusFirstNew = React.useRef(false);
  React.useEffect(() => {
    if (!all || !focusFirstNew.current) return;
    focusFirstNew.current = false;
    // The first finding the button showed takes the focus (the button is gone).
    const first = listRef.current?.querySelectorAll<HTMLElement>('[data-testid="finding"]')[GROUP_FIRST_SHOWN];
    if (first === undefined) return;
    // A finding with no cell is plain text: focusable by script only, so that reading goes on from it.
    if (first.tabIndex < 0 && !first.hasAttribute("tabindex")) first.setAttribute("tabindex", "-1");
    first.focus();
  }, [all]);
  const shown = all ? findings : findings.slice(0, GROUP_FIRST_SHOWN);
  const hidden = findings.length - shown.length;
  return (
    <div ref={listRef}>
      <FindingList {...props} findings={shown} itemTestId="finding" withAbout />
      {hidden > 0 ? (
        <Button
          className={classes.more}
          size="small"
          appearance="subtle"
          data-testid="findings-more"
          data-rule={rule}
          onClick={() => {
            focusFirstNew.current = true;
            setAll(true);
          }}
        >
          {strings.showMoreFindings(hidden)}
        </Button>
      ) : null}
    </div>
  );
}

export type FindingsByRuleProps = Omit<FindingListProps, "testId" | "itemTestId">;

/**
 * The findings by rule, the groups holding an error first, then those of
 * warnings, then notes; groups of the same worst severity in the order their
 * first finding comes in (the engine's). Read from the top, every error comes
 * before any warning's group.
 */
export function groupByRule(findings: readonly Finding[]): Array<[RuleId, Finding[]]> {
  const groups = new Map<RuleId, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list === undefined) groups.set(f.rule, [f]);
    else list.push(f);
  }
  const rank = (list: readonly Finding[]) => severityRank(worstSeverity(list.map((f) => f.severity)));
  // Array.prototype.sort is stable: equal ranks keep the engine's order.
  return [...groups.entries()].sort((a, b) => rank(a[1]) - rank(b[1]));
}

export function FindingsByRule({ findings, lang, strings, disabled, onSelect, mainSheet, placeOf, onSelectCell }: FindingsByRuleProps): React.ReactElement {
  const classes = useStyles();
  const groups = groupByRule(findings);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map(([rule]) => rule)} data-testid="findings">
      {groups.map(([rule, list]) => {
        // The count in the colour of the group's worst finding: a group of notes is not shown as a warning.
        const worst = worstSeverity(list.map((f) => f.severity));
        return (
          <AccordionItem key={rule} value={rule} data-testid="finding-group" data-rule={rule}>
            <AccordionHeader size="small">
              <span className={classes.headerText}>
                <span>{strings.rules[rule]}</span>
                <Badge size="small" appearance="tint" color={severityColor(worst)} data-testid="finding-group-count" data-severity={worst}>
                  {list.length}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <RuleFindings rule={rule} findings={list} lang={lang} strings={strings} disabled={disabled} onSelect={onSelect} {...(mainSheet !== undefined ? { mainSheet } : {})}
                {...(placeOf !== undefined ? { placeOf } : {})}
                {...(onSelectCell !== undefined ? { onSelectCell } : {})}
              />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
