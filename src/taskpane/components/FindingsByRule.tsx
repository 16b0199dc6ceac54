/**
 * Findings grouped by rule, a list of them (`FindingList`) under each rule's
 * name and count; each one selects its cell in the sheet.
 */
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, RuleId } from "../../core/model/finding";
import { worstSeverity } from "../../core/model/severity";
import { FindingList, severityColor, type FindingListProps } from "./FindingList";

const useStyles = makeStyles({
  headerText: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export type FindingsByRuleProps = Omit<FindingListProps, "testId" | "itemTestId">;

export function groupByRule(findings: readonly Finding[]): Array<[RuleId, Finding[]]> {
  const groups = new Map<RuleId, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list === undefined) groups.set(f.rule, [f]);
    else list.push(f);
  }
  return [...groups.entries()];
}

export function FindingsByRule({ findings, lang, strings, disabled, onSelect, mainSheet }: FindingsByRuleProps): React.ReactElement {
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
              <FindingList findings={list} lang={lang} strings={strings} disabled={disabled} onSelect={onSelect} itemTestId="finding" {...(mainSheet !== undefined ? { mainSheet } : {})} />
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
