/**
 * Findings grouped by rule; each one a link that selects its cell in the
 * sheet. A finding's severity shows as a mark with its own shape (✕ error,
 * ! warning, i note), not by colour alone, and says its word to a screen
 * reader; the link's accessible name is its visible text.
 */
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
import type { Finding, RuleId, Severity } from "../../core/model/finding";
import type { Lang } from "../../core/model/text";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  mark: { flexShrink: 0, fontWeight: tokens.fontWeightBold, minWidth: "18px", justifyContent: "center" },
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

const MARK: Readonly<Record<Severity, { glyph: string; color: "danger" | "warning" | "informative" }>> = {
  error: { glyph: "✕", color: "danger" },
  warning: { glyph: "!", color: "warning" },
  info: { glyph: "i", color: "informative" },
};

function SeverityMark({ severity, label }: { readonly severity: Severity; readonly label: string }): React.ReactElement {
  const classes = useStyles();
  const { glyph, color } = MARK[severity];
  return (
    <Badge className={classes.mark} size="small" shape="rounded" appearance="tint" color={color} role="img" aria-label={label} data-testid="severity-mark">
      <span aria-hidden="true">{glyph}</span>
    </Badge>
  );
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
                    <SeverityMark severity={f.severity} label={strings.severity[f.severity]} />
                    {f.sheet !== null && f.cell !== null ? (
                      <Link
                        as="button"
                        disabled={disabled}
                        data-testid="finding"
                        data-rule={f.rule}
                        data-severity={f.severity}
                        data-sheet={f.sheet}
                        data-cell={f.cell}
                        title={strings.goToCell(f.sheet, f.cell)}
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
