/** One message bar: an input problem, an unexpected error, or the result of an action. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { typographicQuotes } from "../../core/text/quotes";

export interface NoticeData {
  readonly intent: "error" | "warning" | "success" | "info";
  readonly title?: string;
  readonly text: string;
}

export interface NoticeProps {
  readonly notice: NoticeData;
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
}

export function Notice({ notice, dismissLabel, onDismiss }: NoticeProps): React.ReactElement {
  return (
    <MessageBar
      intent={notice.intent}
      // Multiline keeps the dismiss button inside the bar at any pane width (singleline lets it overflow at 320–360 px).
      layout="multiline"
      politeness={notice.intent === "error" ? "assertive" : "polite"}
      data-testid={`notice-${notice.intent}`}
    >
      <MessageBarBody>
        {notice.title !== undefined ? <MessageBarTitle style={{ display: "block" }}>{notice.title}</MessageBarTitle> : null}
        {typographicQuotes(notice.text)}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          // Icon-only: a 32 px square, not a 64 px wide text button that leaves the message a narrow column at 320 px.
          <Button
            appearance="transparent"
            icon={<span aria-hidden="true">×</span>}
            aria-label={dismissLabel}
            title={dismissLabel}
            onClick={onDismiss}
            data-testid="notice-dismiss"
          />
        }
      />
    </MessageBar>
  );
}
