/** Findings grouped by rule; each one a link that selects its cell in the sheet. */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, RuleId } from "../../core/model/finding";
import type { Lang } from "../../core/model/text";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  cell: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap" },
  headerText: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface FindingsByRuleProps {
  readonly findings: readonly Finding[];
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onSelect: (finding: Finding) => void;
}

export function groupByRule(findings: readonly Finding[]): Array<[RuleId, Finding[]]> {
  const groups = new Map<RuleId, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list === undefined) groups.set(f.rule, [f]);
    else list.push(f);
  }
  return [...groups.entries()];
}

export function FindingsByRule({ findings, lang, strings, disabled, onSelect }: FindingsByRuleProps): React.ReactElement {
  const classes = useStyles();
  const groups = groupByRule(findings);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map(([rule]) => rule)} data-testid="findings">
      {groups.map(([rule, list]) => {
        const errors = list.filter((f) => f.severity === "error").length;
        return (
          <AccordionItem key={rule} value={rule} data-testid="finding-group" data-rule={rule}>
            <AccordionHeader size="small">
              <span className={classes.headerText}>
                <span>{strings.rules[rule]}</span>
                <Badge size="small" appearance="tint" color={errors > 0 ? "danger" : "warning"}>
                  {list.length}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={classes.list}>
                {list.map((f, i) => (
                  <li key={i} className={classes.item}>
                    <Badge size="tiny" color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"} role="img" aria-label={strings.severity[f.severity]} />
                    {f.sheet !== null && f.cell !== null ? (
                      <Link
                        as="button"
                        disabled={disabled}
                        data-testid="finding"
                        data-rule={f.rule}
                        data-severity={f.severity}
                        data-sheet={f.sheet}
                        data-cell={f.cell}
                        aria-label={`${strings.goToCell(f.sheet, f.cell)}: ${f.message[lang]}`}
                        onClick={() => onSelect(f)}
                      >
                        <span className={classes.cell}>{f.cell}</span> {f.message[lang]}
                      </Link>
                    ) : (
                      <Text data-testid="finding" data-rule={f.rule} data-severity={f.severity}>
                        {f.message[lang]}
                      </Text>
                    )}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
