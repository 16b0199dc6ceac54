/**
 * High-contrast (forced colours) styles shared by the pane's links that are
 * buttons (a finding, a total's cell, the jump to the problems): Windows maps a
 * button's text to the plain text colour, so without this they read as
 * ordinary text; they keep the system's link colour instead.
 */
import type { GriffelStyle } from "@fluentui/react-components";

export const FORCED_COLORS_LINK: GriffelStyle = {
  "@media (forced-colors: active)": { color: "LinkText" },
};
