/** Shown while Excel (or the preview workbook) is working. */
import * as React from "react";
import { Spinner } from "@fluentui/react-components";

export function BusyIndicator({ label }: { readonly label: string }): React.ReactElement {
  return (
    <div role="status" aria-live="polite" data-testid="busy">
      <Spinner size="tiny" labelPosition="after" label={label} />
    </div>
  );
}
