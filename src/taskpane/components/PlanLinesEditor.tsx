/** The extracted plan lines, editable in place before they are written as the plan sheet. */
import * as React from "react";
import {
  Button,
  Caption1,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DraftField, DraftProblem, DraftRule, PlanLineDraft } from "../../app/planImport";
import type { UiStrings } from "../../i18n";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { minWidth: "760px" },
  code: { width: "64px" },
  unit: { width: "90px" },
  num: { width: "96px" },
  rule: { width: "72px" },
  source: { minWidth: "180px", color: tokens.colorNeutralForeground3 },
  sourceText: { display: "block", whiteSpace: "normal" },
  input: { width: "100%", minWidth: 0 },
});

export interface PlanLinesEditorProps {
  readonly drafts: readonly PlanLineDraft[];
  readonly problems: readonly DraftProblem[];
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onChange: (drafts: PlanLineDraft[]) => void;
  readonly onAdd: () => void;
}

export function PlanLinesEditor(props: PlanLinesEditorProps): React.ReactElement {
  const { drafts, problems, strings, disabled, onChange, onAdd } = props;
  const classes = useStyles();
  const bad = new Set(problems.map((p) => `${p.index}:${p.field}`));

  const update = (index: number, patch: Partial<PlanLineDraft>): void =>
    onChange(drafts.map((d, i) => (i === index ? { ...d, ...patch } : d)));

  const text = (index: number, field: DraftField, label: string, className?: string): React.ReactElement => (
    <Input
      className={className ?? classes.input}
      size="small"
      value={drafts[index][field]}
      disabled={disabled}
      aria-label={strings.fieldLabel(label, index + 1)}
      aria-invalid={bad.has(`${index}:${field}`)}
      data-field={field}
      onChange={(_e, data) => update(index, { [field]: data.value })}
    />
  );

  return (
    <div className={classes.wrap}>
      <Table size="small" className={classes.table} aria-label={strings.importHeading} data-testid="extracted-lines">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={classes.code}>{strings.colCode}</TableHeaderCell>
            <TableHeaderCell>{strings.colName}</TableHeaderCell>
            <TableHeaderCell className={classes.unit}>{strings.colUnit}</TableHeaderCell>
            <TableHeaderCell className={classes.num}>{strings.colTarget}</TableHeaderCell>
            <TableHeaderCell className={classes.rule}>{strings.colRule}</TableHeaderCell>
            <TableHeaderCell className={classes.num}>{strings.colQuota}</TableHeaderCell>
            <TableHeaderCell className={classes.source}>{strings.colSource}</TableHeaderCell>
            <TableHeaderCell aria-label={strings.removeLine} />
          </TableRow>
        </TableHeader>
        <TableBody>
          {drafts.map((d, i) => (
            <TableRow key={d.id} data-testid="extracted-line">
              <TableCell>{text(i, "code", strings.colCode)}</TableCell>
              <TableCell>{text(i, "name", strings.colName)}</TableCell>
              <TableCell>{text(i, "unit", strings.colUnit)}</TableCell>
              <TableCell>{text(i, "target", strings.colTarget)}</TableCell>
              <TableCell>
                <Select
                  size="small"
                  value={d.rule}
                  disabled={disabled}
                  aria-label={strings.fieldLabel(strings.colRule, i + 1)}
                  data-field="rule"
                  onChange={(_e, data) => update(i, { rule: data.value as DraftRule })}
                >
                  <option value="">—</option>
                  <option value="<=">≤</option>
                  <option value="=">=</option>
                  <option value=">=">≥</option>
                </Select>
              </TableCell>
              <TableCell>{text(i, "quota", strings.colQuota)}</TableCell>
              <TableCell className={classes.source}>
                <Caption1 className={classes.sourceText}>
                  {d.source}
                  {d.sourceText !== "" ? `: ${d.sourceText}` : ""}
                </Caption1>
              </TableCell>
              <TableCell>
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
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button size="small" appearance="secondary" disabled={disabled} onClick={onAdd} data-testid="add-line">
        {strings.addLine}
      </Button>
    </div>
  );
}
