/**
 * The preview outside Excel: the pane beside a read-only grid of the sample
 * workbook held in memory (or of a workbook loaded in its place, named as
 * it is), so a person sees the highlights and the summary sheet appear.
 */
import * as React from "react";
import { FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { MemoryWorkbookHost } from "../adapters/memory";
import type { Lang } from "../core/model/text";
import { PreviewWorkbook } from "../preview";
import { STRINGS } from "../i18n";
import { READING_STRINGS } from "../i18n/reading";
import { PREVIEW_STRINGS } from "../i18n/preview";
import { App } from "./components/App";

const useStyles = makeStyles({
  root: {
    display: "flex",
    height: "100vh",
    boxSizing: "border-box",
    "@media (max-width: 800px)": { flexDirection: "column", height: "auto" },
  },
  pane: {
    width: "400px",
    flexShrink: 0,
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 800px)": { width: "100%", borderRight: "none" },
  },
  notice: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    "@media (max-width: 800px)": { height: "70vh" },
  },
});

export interface PreviewShellProps {
  readonly host: MemoryWorkbookHost;
  readonly initialLang?: Lang;
  /** Called when the user switches language (the preview entry remembers it). */
  readonly onLanguageChange?: (lang: Lang) => void;
  /** The name of a workbook loaded in place of the sample; absent for the sample. */
  readonly workbookName?: string;
}

export function PreviewShell({ host, initialLang = "vi", onLanguageChange: remember, workbookName }: PreviewShellProps): React.ReactElement {
  const classes = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const strings = STRINGS[lang];
  const named = PREVIEW_STRINGS[lang];
  const loaded = workbookName ?? null;
  const onLanguageChange = (next: Lang): void => {
    setLang(next);
    remember?.(next);
  };
  return (
    <div className={classes.root}>
      <div className={classes.pane}>
        <MessageBar intent="info" layout="multiline" className={classes.notice} data-testid="preview-notice">
          <MessageBarBody>{named.notice(loaded)}</MessageBarBody>
        </MessageBar>
        <App host={host} initialLang={initialLang} onLanguageChange={onLanguageChange} />
      </div>
      {/* The grid stands for Excel's sheet and keeps Excel's light colours (its fills are Excel's own) whatever the pane's theme. */}
      <FluentProvider theme={webLightTheme} className={classes.grid}>
        <PreviewWorkbook
          host={host}
          label={named.gridLabel(loaded)}
          tabsLabel={strings.sheetTabs}
          legend={{ title: READING_STRINGS[lang].legend, names: READING_STRINGS[lang].kinds }}
        />
      </FluentProvider>
    </div>
  );
}
