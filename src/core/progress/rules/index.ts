/** The progress rules (CONTRACT §7), in the order they are evaluated. */
import { areaProgressRule } from "./areaProgress";
import { cumulativeRule } from "./cumulative";
import { overspendRule } from "./overspend";
import { paceRule } from "./pace";
import { planCopyRule } from "./planCopy";
import { rateRule } from "./rate";
import type { ProgressRule } from "./shared";
import { unreportedAreasRule } from "./unreportedAreas";

export const PROGRESS_RULES: readonly ProgressRule[] = [cumulativeRule, rateRule, planCopyRule, paceRule, overspendRule, areaProgressRule, unreportedAreasRule];

export { areaProgressRule, cumulativeRule, overspendRule, paceRule, planCopyRule, rateRule, unreportedAreasRule };
export type { ProgressRule };
