/**
 * The allocation and plan sheet pickers: filled automatically, changeable.
 * Native selects (Fluent `Select`): the system's own list, usable at any pane
 * width, and far lighter than a popup combobox.
 */
import * as React from "react";
import { Button, Field, Select, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { SheetInfo } from "../../app/host";
import type { SheetSelection } from "../../app/outcome";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
  again: { alignSelf: "flex-start" },
});

export interface SheetPickersProps {
  readonly strings: UiStrings;
  readonly sheets: readonly SheetInfo[];
  readonly selection: SheetSelection;
  /** The names detection proposed (to say "picked automatically"). */
  readonly detected: SheetSelection;
  readonly disabled: boolean;
  readonly onChange: (selection: SheetSelection) => void;
  readonly onRefresh: () => void;
  /**
   * Why no allocation sheet was found (the check's own message), shown under
   * its picker while none is chosen, with this id (`Kiểm tra` points to it).
   */
  readonly allocationProblem?: { readonly text: string; readonly id: string };
}

export function SheetPickers(props: SheetPickersProps): React.ReactElement {
  const { strings, sheets, selection, detected, disabled, onChange, onRefresh, allocationProblem } = props;
  const classes = useStyles();
  const headingId = useId("sheets-heading");
  const visible = sheets.filter((s) => s.visible);
  /** The sheets to offer for `key`: the visible ones, and the chosen one even if it is hidden. */
  const choices = (chosen: string | null): string[] => {
    const names = visible.map((s) => s.name);
    return chosen !== null && !names.includes(chosen) ? [chosen, ...names] : names;
  };

  // No sheet listed yet: the workbook is still being read (a workbook has at least one sheet), so nothing is "not found".
  const listed = sheets.length > 0;
  const hint = (chosen: string | null, auto: string | null): string | undefined =>
    !listed ? undefined : chosen === null ? strings.notFound : chosen === auto ? strings.autoPicked : undefined;

  // No plan sheet yet: the allocation table is found by matching the plan's lines, so it is not "not found" but not looked for.
  const awaitingPlan = listed && selection.planSheet === null && detected.planSheet === null;

  const picker = (
    key: "allocationSheet" | "planSheet",
    label: string,
    testId: string,
  ): React.ReactElement => {
    const problem = key === "allocationSheet" && selection[key] === null ? allocationProblem : undefined;
    const waits = key === "allocationSheet" && selection[key] === null && awaitingPlan && problem === undefined;
    return (
      <Field
        className={classes.field}
        label={label}
        hint={problem !== undefined ? undefined : waits ? strings.allocationAfterPlan : hint(selection[key], detected[key])}
        validationState={selection[key] === null && listed && !waits ? "warning" : "none"}
        {...(problem !== undefined
          ? { validationMessage: { children: problem.text, id: problem.id } }
          : {})}
      >
        <Select
          className={classes.dropdown}
          data-testid={testId}
          disabled={disabled}
          value={selection[key] ?? ""}
          onChange={(_e, data) => {
            if (data.value !== "") onChange({ ...selection, [key]: data.value });
          }}
        >
          {selection[key] === null ? (
            <option value="" disabled>
              {strings.pickSheet}
            </option>
          ) : null}
          {choices(selection[key]).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
    );
  };

  return (
    <div className={classes.root} role="group" aria-labelledby={headingId}>
      <div className={classes.row}>
        <Text id={headingId} weight="semibold">
          {strings.sheetsHeading}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          aria-label={strings.refreshSheets}
          title={strings.refreshSheets}
          disabled={disabled}
          onClick={onRefresh}
          data-testid="refresh-sheets"
        >
          <span aria-hidden="true">↻</span>
        </Button>
      </div>
      {picker("allocationSheet", strings.allocationSheet, "pick-allocation")}
      {allocationProblem !== undefined && selection.allocationSheet === null ? (
        // Once the sheet is fixed, the table is looked for again without hunting for the ↻ button.
        <Button size="small" className={classes.again} disabled={disabled} onClick={onRefresh} data-testid="find-table-again">
          {strings.findTableAgain}
        </Button>
      ) : null}
      {picker("planSheet", strings.planSheet, "pick-plan")}
    </div>
  );
}
