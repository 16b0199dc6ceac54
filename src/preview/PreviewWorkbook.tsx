/**
 * The preview's view of the in-memory workbook: a tab per visible sheet and
 * the active sheet's grid. It follows the host (selecting a cell or writing
 * the summary switches the tab, as Excel does).
 */
import * as React from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MemoryWorkbookHost } from "../adapters/memory";
import { SheetGrid } from "./SheetGrid";
import { ReadingLegend } from "./ReadingLegend";
import type { ReadingMarkKind } from "../app/host";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    height: "100%",
    gap: tokens.spacingVerticalXS,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap" },
});

export interface PreviewWorkbookProps {
  readonly host: MemoryWorkbookHost;
  readonly label: string;
  readonly tabsLabel: string;
  /** Legend title and the names of the reading bands, in the pane's language. */
  readonly legend?: { readonly title: string; readonly names: Readonly<Record<ReadingMarkKind, string>> };
}

export function PreviewWorkbook({ host, label, tabsLabel, legend }: PreviewWorkbookProps): React.ReactElement {
  const classes = useStyles();
  const subscribe = React.useCallback((onChange: () => void) => host.subscribe(onChange), [host]);
  const version = React.useSyncExternalStore(subscribe, () => host.getVersion());

  const sheets = host.getSheets().filter((s) => !s.hidden);
  const activeName = host.getActiveSheet();
  const active = sheets.find((s) => s.name === activeName) ?? sheets[0];
  const selection = host.getSelection();
  const reading = host.getReadingView();
  const marks = reading !== null && active !== undefined && reading.sheet === active.name ? reading.marks : undefined;
  const followLink = React.useCallback(
    (sheet: string, cell: string) => {
      void host.selectCell(sheet, cell);
    },
    [host],
  );

  return (
    <section className={classes.root} aria-label={label} data-testid="preview">
      <Text as="h2" className={classes.title}>
        {label}
      </Text>
      <TabList
        className={classes.tabs}
        size="small"
        aria-label={tabsLabel}
        selectedValue={active?.name}
        onTabSelect={(_e, data) => host.activateSheet(String(data.value))}
      >
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-sheet-tab={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {active !== undefined ? (
        <SheetGrid
          sheet={active}
          version={version}
          label={label}
          selectedCell={selection !== null && selection.sheet === active.name ? selection.cell : null}
          onFollowLink={followLink}
          readingMarks={marks}
        />
      ) : null}
      {marks !== undefined && legend !== undefined ? (
        <ReadingLegend title={legend.title} kinds={marks.map((m) => m.kind)} names={legend.names} />
      ) : null}
    </section>
  );
}
