/**
 * What the reading of a plan text found, above its lines: the targets and the
 * budget lines told apart (`Tìm thấy 2 chỉ tiêu và 1 dòng kinh phí`), as the
 * command line's reading lists them, counted on the plan the engine read: a
 * money line is a budget line (CONTRACT §1, the unit decides the kind).
 */
import * as React from "react";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExtractedPlan } from "../../extract/types";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  heading: { fontWeight: tokens.fontWeightSemibold },
});

/** How many targets and budget lines the plan has. */
export function foundCounts(plan: Pick<ExtractedPlan, "indicators">): { readonly targets: number; readonly budgetLines: number } {
  const budgetLines = plan.indicators.filter((i) => i.kind === "money").length;
  return { targets: plan.indicators.length - budgetLines, budgetLines };
}

export function ExtractedCount({ plan, strings }: { readonly plan: Pick<ExtractedPlan, "indicators">; readonly strings: UiStrings }): React.ReactElement {
  const classes = useStyles();
  const { targets, budgetLines } = foundCounts(plan);
  return (
    <>
      <Text as="h3" className={classes.heading} data-testid="extracted-count">
        {strings.extractedTitle(targets, budgetLines)}
      </Text>
      {targets === 0 ? <Caption1 data-testid="no-targets">{strings.noTargetsFound}</Caption1> : null}
    </>
  );
}
