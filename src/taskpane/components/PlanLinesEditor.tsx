/**
 * The extracted plan lines, editable in place before they are written as the
 * plan sheet: one compact card per line (a task pane is narrow), with the
 * sentence each value came from. Targets read from running text come first,
 * marked to confirm, until the user confirms or removes them.
 */
import * as React from "react";
import { Badge, Button, Caption1, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { DraftField, DraftProblem, DraftRule, PlanLineDraft } from "../../app/planImport";
import type { UiStrings } from "../../i18n";
import { sourceLabel } from "../../i18n/documentRefs";
import { CONFIRM_REASONS, CONFIRM_WORDS } from "../../i18n/planConfirm";
import type { Lang } from "../../core/model/text";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "grid",
    gridTemplateColumns: "64px 1fr 1fr",
    // The code box keeps its own height beside a name box of several lines.
    alignItems: "start",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  name: { gridColumn: "2 / 4" },
  numbers: {
    gridColumn: "1 / 4",
    display: "grid",
    // The unit (`triệu đồng`, `địa chỉ`) gets the most room: at 350 px an equal share cuts it.
    // The comparison's box holds its longest choice (`Tự động`) whole.
    gridTemplateColumns: "minmax(0, 1.5fr) minmax(0, 1fr) 92px minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    // In a task pane (320–400 px) four fields in a row cut a budget such as `1.250,5`: two rows of two.
    "@media (max-width: 400px)": {
      gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
      rowGap: tokens.spacingVerticalXS,
    },
  },
  footer: {
    gridColumn: "1 / 4",
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  source: { color: tokens.colorNeutralForeground3 },
  toConfirm: { border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`, backgroundColor: tokens.colorPaletteYellowBackground1 },
  confirmRow: {
    gridColumn: "1 / 4",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  input: { width: "100%", minWidth: 0 },
});

/**
 * Lines for a name box: a name from a sentence is long, and a one-line box at
 * task-pane width shows only its start; the whole name must be readable to be
 * checked against the sentence. About 26 characters a line at 320 px (the
 * narrowest pane; Vietnamese words wrap whole, so a line holds fewer).
 */
function nameRows(name: string): number {
  return Math.min(5, Math.max(1, Math.ceil(name.length / 26)));
}

export interface PlanLinesEditorProps {
  readonly drafts: readonly PlanLineDraft[];
  readonly problems: readonly DraftProblem[];
  readonly strings: UiStrings;
  /** The pane's language (for `dòng 31`); Vietnamese when not given. */
  readonly lang?: Lang;
  readonly disabled: boolean;
  readonly onChange: (drafts: PlanLineDraft[]) => void;
  readonly onAdd: () => void;
}

export function PlanLinesEditor(props: PlanLinesEditorProps): React.ReactElement {
  const { drafts, problems, strings, disabled, onChange, onAdd, lang = "vi" } = props;
  const classes = useStyles();
  const bad = new Set(problems.map((p) => `${p.index}:${p.field}`));

  const update = (index: number, patch: Partial<PlanLineDraft>): void =>
    onChange(drafts.map((d, i) => (i === index ? { ...d, ...patch } : d)));

  const text = (index: number, field: DraftField, label: string, className?: string): React.ReactElement => {
    const invalid = bad.has(`${index}:${field}`);
    if (field === "name") {
      return (
        <Field className={className} label={label} size="small" validationState={invalid ? "error" : "none"}>
          <Textarea
            className={classes.input}
            size="small"
            resize="vertical"
            rows={nameRows(drafts[index].name)}
            value={drafts[index].name}
            disabled={disabled}
            aria-label={strings.fieldLabel(label, index + 1)}
            data-field={field}
            // A name is one line in the plan sheet: a line break typed is a space.
            onChange={(_e, data) => update(index, { name: data.value.replace(/\s*[\r\n]+\s*/g, " ") })}
          />
        </Field>
      );
    }
    return (
      <Field className={className} label={label} size="small" validationState={invalid ? "error" : "none"}>
        <Input
          className={classes.input}
          size="small"
          value={drafts[index][field]}
          disabled={disabled}
          aria-label={strings.fieldLabel(label, index + 1)}
          data-field={field}
          onChange={(_e, data) => update(index, { [field]: data.value })}
        />
      </Field>
    );
  };

  return (
    <div data-testid="extracted-lines">
      <ul className={classes.list} aria-label={strings.importHeading}>
        {drafts.map((d, i) => (
          <li key={d.id} className={d.toConfirm === true ? `${classes.card} ${classes.toConfirm}` : classes.card} data-testid="extracted-line" data-to-confirm={d.toConfirm === true ? "true" : undefined}>
            {d.toConfirm === true ? (
              <div className={classes.confirmRow} data-testid="confirm-line">
                <Badge appearance="tint" color="warning" data-testid="confirm-badge">{CONFIRM_WORDS.badge[lang]}</Badge>
                <Caption1>{CONFIRM_REASONS[d.confirmReason ?? "text"].why[lang]}</Caption1>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={disabled}
                  aria-label={`${CONFIRM_WORDS.confirm[lang]} ${i + 1}`}
                  onClick={() => update(i, { toConfirm: false })}
                  data-testid="confirm-button"
                >
                  {CONFIRM_WORDS.confirm[lang]}
                </Button>
              </div>
            ) : null}
            {text(i, "code", strings.colCode)}
            {text(i, "name", strings.colName, classes.name)}
            <div className={classes.numbers}>
              {text(i, "unit", strings.colUnit)}
              {text(i, "target", strings.colTarget)}
              <Field label={strings.colRule} size="small">
                <Select
                  size="small"
                  value={d.rule}
                  disabled={disabled}
                  aria-label={strings.fieldLabel(strings.colRule, i + 1)}
                  data-field="rule"
                  title={d.rule === "" ? strings.ruleAutoHint : undefined}
                  onChange={(_e, data) => update(i, { rule: data.value as DraftRule })}
                >
                  {/* Left to the line's kind: said in words, with what it comes to, not a bare dash. */}
                  <option value="" title={strings.ruleAutoHint}>{strings.ruleAuto}</option>
                  <option value="<=">≤</option>
                  <option value="=">=</option>
                  <option value=">=">≥</option>
                </Select>
              </Field>
              {text(i, "quota", strings.colQuota)}
            </div>
            <div className={classes.footer}>
              <Caption1 className={classes.source} data-testid="extracted-source">
                {d.source !== "" ? <Text size={200} weight="semibold">{sourceLabel(d.source, lang)}</Text> : null}
                {d.sourceText !== "" ? ` ${d.sourceText}` : ""}
              </Caption1>
              <Button
                size="small"
                appearance="subtle"
                disabled={disabled}
                aria-label={`${strings.removeLine} ${i + 1}`}
                title={strings.removeLine}
                onClick={() => onChange(drafts.filter((_, j) => j !== i))}
              >
                ×
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Button size="small" appearance="secondary" disabled={disabled} onClick={onAdd} data-testid="add-line">
        {strings.addLine}
      </Button>
    </div>
  );
}
