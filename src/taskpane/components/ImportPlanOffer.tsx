/**
 * Under the check's error when the workbook has no usable plan sheet: the way
 * to the import tab, where the plan is read from its text and written as the
 * `Kế hoạch` sheet.
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { UiStrings } from "../../i18n";

export interface ImportPlanOfferProps {
  readonly strings: UiStrings;
  readonly disabled: boolean;
  readonly onOpen: () => void;
}

export function ImportPlanOffer({ strings, disabled, onOpen }: ImportPlanOfferProps): React.ReactElement {
  return (
    <Button
      appearance="primary"
      disabled={disabled}
      onClick={onOpen}
      data-testid="import-plan-offer"
      style={{ alignSelf: "flex-start", maxWidth: "100%", whiteSpace: "normal", height: "auto" }}
    >
      {strings.importOffer}
    </Button>
  );
}
