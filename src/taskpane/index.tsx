/**
 * Entry of the task pane (production and `npm run dev-server`). Inside Excel
 * the pane works on the open workbook through Office.js; opened anywhere else
 * it says to open it from Excel. The preview on the sample workbook is a
 * separate entry (`preview.tsx`, `npm run preview`) and not in this bundle.
 */
import * as React from "react";
import { StartupScreen } from "./boot/StartupScreen";
import { bootPane } from "./boot/bootPane";
import { decisionMessage } from "./boot/startupText";

void bootPane({
  outsideOffice: (render) => render(<StartupScreen waiting={null} message={decisionMessage({ kind: "outside-office" })} intent="warning" />),
});
