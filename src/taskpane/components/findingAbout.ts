/**
 * What a finding is about, said beside its cell as the command line's report
 * says it (`(mã 5, Xã Ba Trại)`): in a pane too narrow to show the sheet's
 * headers, `C11` alone does not say which plan line or commune the cell is.
 * The area is left out when the message already names it, so that a narrow
 * pane does not say it twice.
 */
import type { Finding } from "../../core/model/finding";
import type { Lang } from "../../core/model/text";

/** The plan line's code and the area a finding is about, each null when it has none or the message names it. */
export interface FindingAbout {
  readonly code: string | null;
  readonly area: string | null;
}

function folded(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi");
}

export function findingAbout(finding: Finding, lang: Lang): FindingAbout | null {
  const code = finding.indicator !== null && finding.indicator.trim() !== "" ? finding.indicator : null;
  const name = finding.area?.trim() ?? "";
  const area = name !== "" && !folded(finding.message[lang]).includes(folded(name)) ? name : null;
  return code === null && area === null ? null : { code, area };
}
