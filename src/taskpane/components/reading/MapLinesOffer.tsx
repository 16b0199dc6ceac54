/**
 * Under the check's error when no plan line was found on the sheet: the way
 * to the reading view, where the sheet's columns (or rows) are mapped to the
 * plan's lines.
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../../../core/model/text";
import { TAB_WORDS } from "../../../i18n/tabs";

export interface MapLinesOfferProps {
  readonly lang: Lang;
  readonly disabled: boolean;
  readonly onOpen: () => void;
}

export function MapLinesOffer({ lang, disabled, onOpen }: MapLinesOfferProps): React.ReactElement {
  return (
    <Button appearance="primary" disabled={disabled} onClick={onOpen} data-testid="map-lines-offer" style={{ alignSelf: "flex-start", maxWidth: "100%", whiteSpace: "normal", height: "auto" }}>
      {TAB_WORDS[lang].mapLinesOffer}
    </Button>
  );
}
