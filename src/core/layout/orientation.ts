/**
 * Which axis holds the areas. Labels down the side and headers across the top
 * are each scored by how many look like areas (administrative prefixes, plan
 * area names, total words) minus how many look like plan lines (a fuzzy name
 * match, a unit, money words); the side with the more area-like labels is the
 * area axis.
 */
import type { Plan } from "../model/plan";
import type { Orientation } from "../model/table";
import { areaKey, wordKey } from "../text/fold";
import { findUnitInText } from "../text/units";
import { labelFacts } from "./labels";
import { MATCH_THRESHOLD } from "./matchLines";
import { nameSimilarity, nameTokens, type NameTokens } from "./similarity";

const LINE_WORDS = /\b(kinh phi|du toan|ngan sach|so tien|chi tieu|so luong|ty le|so nguoi|so to|mo hinh|hoat dong)\b/;

export interface AxisScorer {
  areaLike(label: string): boolean;
  lineLike(label: string): boolean;
}

export function axisScorer(plan: Plan): AxisScorer {
  const areaKeys = new Set<string>();
  for (const area of plan.areas) {
    if (area.district) areaKeys.add(areaKey(area.district));
    if (area.commune) areaKeys.add(areaKey(area.commune));
  }
  const planTokens: NameTokens[] = plan.lines.map((line) => nameTokens(line.name));
  // The plan lines sharing a word with a label are the only ones whose names it may match (no common word, no
  // similarity): each label is compared with those alone, not with every line (an area's name shares none).
  const linesByWord = new Map<string, number[]>();
  planTokens.forEach((tokens, i) => {
    for (const word of tokens.words) {
      const lines = linesByWord.get(word);
      if (lines === undefined) linesByWord.set(word, [i]);
      else lines.push(i);
    }
  });
  const namesAPlanLine = (tokens: NameTokens): boolean => {
    for (const word of tokens.words) {
      const lines = linesByWord.get(word);
      if (lines === undefined) continue;
      for (const i of lines) if (nameSimilarity(tokens, planTokens[i]) >= MATCH_THRESHOLD) return true;
    }
    return false;
  };
  return {
    areaLike: (label) => {
      // `isTotalLabel(label) || areaLevel(label) !== null || areaKeys.has(areaKey(stripNumbering(label)))`, folding the label once.
      const facts = labelFacts(label);
      return facts.total || facts.level !== null || areaKeys.has(facts.key);
    },
    lineLike: (label) => {
      if (findUnitInText(label) !== null || LINE_WORDS.test(wordKey(label))) return true;
      return namesAPlanLine(nameTokens(label));
    },
  };
}

function axisScore(labels: readonly string[], scorer: AxisScorer): number {
  const present = labels.filter((l) => l.trim() !== "");
  if (present.length === 0) return 0;
  let score = 0;
  for (const label of present) {
    if (scorer.areaLike(label)) score++;
    if (scorer.lineLike(label)) score--;
  }
  return score / present.length;
}

export interface OrientationHints {
  /** A unit column (`ĐVT`) beside the row labels: rows are lines. */
  readonly unitColumn?: boolean;
  /** A units row under the header: columns are lines. */
  readonly unitsRow?: boolean;
}

/** Weight of a unit column or units row, in the same scale as the label scores (−1 … 1). */
const HINT_WEIGHT = 0.5;

/** `areas-as-rows` unless the column headers look more like areas than the row labels do. */
export function decideOrientation(
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  plan: Plan,
  hints: OrientationHints = {},
): Orientation {
  const scorer = axisScorer(plan);
  let rows = axisScore(rowLabels, scorer);
  let cols = axisScore(columnLabels, scorer);
  if (hints.unitColumn) rows -= HINT_WEIGHT;
  if (hints.unitsRow) cols -= HINT_WEIGHT;
  return cols > rows ? "indicators-as-rows" : "areas-as-rows";
}
