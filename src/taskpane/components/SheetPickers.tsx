/** The allocation and plan sheet pickers: filled automatically, changeable. */
import * as React from "react";
import { Button, Dropdown, Field, Option, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { SheetInfo } from "../../app/host";
import type { SheetSelection } from "../../app/outcome";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  field: { minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
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
}

export function SheetPickers(props: SheetPickersProps): React.ReactElement {
  const { strings, sheets, selection, detected, disabled, onChange, onRefresh } = props;
  const classes = useStyles();
  const headingId = useId("sheets-heading");
  const visible = sheets.filter((s) => s.visible);

  const hint = (chosen: string | null, auto: string | null): string | undefined =>
    chosen === null ? strings.notFound : chosen === auto ? strings.autoPicked : undefined;

  const picker = (
    key: "allocationSheet" | "planSheet",
    label: string,
    testId: string,
  ): React.ReactElement => (
    <Field
      className={classes.field}
      label={label}
      hint={hint(selection[key], detected[key])}
      validationState={selection[key] === null ? "warning" : "none"}
    >
      <Dropdown
        className={classes.dropdown}
        data-testid={testId}
        placeholder={strings.pickSheet}
        disabled={disabled}
        value={selection[key] ?? ""}
        selectedOptions={selection[key] === null ? [] : [selection[key] as string]}
        onOptionSelect={(_e, data) => {
          if (data.optionValue !== undefined) onChange({ ...selection, [key]: data.optionValue });
        }}
      >
        {visible.map((s) => (
          <Option key={s.name} value={s.name}>
            {s.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

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
      {picker("planSheet", strings.planSheet, "pick-plan")}
    </div>
  );
}
