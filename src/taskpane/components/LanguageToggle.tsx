/** Switches the pane between Vietnamese (default) and English. */
import * as React from "react";
import { Button, makeStyles } from "@fluentui/react-components";
import type { Lang } from "../../core/model/text";
import type { UiStrings } from "../../i18n";

export interface LanguageToggleProps {
  readonly lang: Lang;
  readonly strings: UiStrings;
  readonly onChange: (lang: Lang) => void;
}

const useStyles = makeStyles({ root: { whiteSpace: "nowrap", flexShrink: 0 } });

export function LanguageToggle({ lang, strings, onChange }: LanguageToggleProps): React.ReactElement {
  const classes = useStyles();
  const other: Lang = lang === "vi" ? "en" : "vi";
  return (
    <Button
      className={classes.root}
      appearance="subtle"
      size="small"
      lang={other}
      aria-label={`${strings.languageLabel}: ${strings.languageOther}`}
      data-testid="lang-toggle"
      onClick={() => onChange(other)}
    >
      {strings.languageOther}
    </Button>
  );
}
