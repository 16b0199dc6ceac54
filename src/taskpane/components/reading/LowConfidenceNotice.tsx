/**
 * Above the check's result when the engine read the sheet with low confidence
 * (CONTRACT §5): the same warning and reasons the command line prints before
 * its findings, and the way to the reading view to review it. The findings
 * below stand on that reading, so the warning comes first, not only in the
 * reading view.
 */
import * as React from "react";
import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../../core/model/text";
import type { Reading } from "../../../core/model/reading";
import { typographicQuotes } from "../../../core/text/quotes";
import { READING_STRINGS } from "../../../i18n/reading";
import { FORCED_COLORS_LINK } from "../forcedColors";

const useStyles = makeStyles({
  reasons: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: "1.25em" },
  review: { minHeight: "24px", ...FORCED_COLORS_LINK },
});

export interface LowConfidenceNoticeProps {
  readonly reading: Reading;
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly onReview: () => void;
}

export function LowConfidenceNotice({ reading, lang, disabled, onReview }: LowConfidenceNoticeProps): React.ReactElement | null {
  const classes = useStyles();
  if (reading.confidence.level !== "low") return null;
  const strings = READING_STRINGS[lang];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="check-low-confidence">
      <MessageBarBody>
        {strings.lowConfidence}
        <ul className={classes.reasons}>
          {reading.confidence.reasons.map((reason, i) => (
            <li key={i}>{typographicQuotes(reason[lang])}</li>
          ))}
        </ul>
        <Link as="button" disabled={disabled} onClick={onReview} data-testid="review-reading" className={classes.review}>
          {strings.reviewReading}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}
