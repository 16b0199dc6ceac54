/** The pane before it can work: waiting for Excel, or why it cannot start and what to do. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { LocalizedText } from "../../core/model/text";
import type { StartupMessage } from "./startupText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  second: { display: "block", marginTop: tokens.spacingVerticalS },
});

function Both({ text }: { readonly text: LocalizedText }): React.ReactElement {
  const classes = useStyles();
  return (
    <>
      <span lang="vi">{text.vi}</span>
      <span lang="en" className={classes.second}>
        {text.en}
      </span>
    </>
  );
}

export interface StartupScreenProps {
  /** Still waiting (a spinner with this label), with or without a message. */
  readonly waiting: LocalizedText | null;
  readonly message: StartupMessage | null;
  readonly intent?: "error" | "warning";
}

export function StartupScreen({ waiting, message, intent = "error" }: StartupScreenProps): React.ReactElement {
  const classes = useStyles();
  return (
    <main className={classes.root} data-testid="startup">
      {waiting !== null ? <Spinner size="small" label={`${waiting.vi} / ${waiting.en}`} /> : null}
      {message !== null ? (
        <MessageBar intent={intent} layout="multiline" data-testid={`startup-${intent}`}>
          <MessageBarBody>
            <MessageBarTitle>
              {message.title.vi} / {message.title.en}
            </MessageBarTitle>
            <Both text={message.text} />
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </main>
  );
}
