/**
 * How alike a header and a plan line's name are: a token-set score over
 * folded syllables (diacritics-blind), with stop-words removed, common
 * abbreviations expanded, and numbers that must agree (`chương trình 2` is
 * not `chương trình 3`).
 */
import { wordKey } from "../text/fold";

const STOP_WORDS = new Set([
  "so", "cac", "duoc", "va", "cua", "cho", "tai", "trong", "the", "nhung", "mot", "moi", "voi", "ve", "de",
  "nay", "do", "la", "co", "theo", "hoac", "tren", "of", "and", "for", "number", "nhu",
]);

/** Phrases that say nothing about which line a header is (`chỉ tiêu`, `thực hiện`, `trong đó`). */
const STOP_PHRASES = /\b(chi tieu giao|chi tieu|thuc hien|phan bo|so luong|giai doan|ke hoach|trong do|chia ra|bao gom)\b/g;

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  dtts: "dan toc thieu so",
  mn: "mien nui",
  clb: "cau lac bo",
  bdg: "binh dang gioi",
  lhpn: "lien hiep phu nu",
  hlhpn: "hoi lien hiep phu nu",
  pn: "phu nu",
  te: "tre em",
  kp: "kinh phi",
  mtqg: "muc tieu quoc gia",
  ttcd: "truyen thong cong dong",
  // Budget sources as finance sheets write them (`NSTW`, `NSĐP`, `NS tỉnh`, `Vốn ĐTPT`, `Vốn SN`).
  nstw: "ngan sach trung uong",
  nsdp: "ngan sach dia phuong",
  nsnn: "ngan sach nha nuoc",
  ns: "ngan sach",
  tw: "trung uong",
  dtpt: "dau tu phat trien",
  sn: "su nghiep",
  dbkk: "dac biet kho khan",
  ntm: "nong thon moi",
};

export interface NameTokens {
  readonly words: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
}

/** Tokens of a name; text in parentheses (units, notes) is left out. */
export function nameTokens(text: string): NameTokens {
  const bare = text.replace(/\([^)]*\)/g, " ");
  const words = new Set<string>();
  const numbers = new Set<string>();
  for (const raw of wordKey(bare).replace(STOP_PHRASES, " ").split(" ")) {
    if (raw === "") continue;
    if (/^\d+$/.test(raw)) {
      numbers.add(String(Number(raw)));
      continue;
    }
    const expanded = ABBREVIATIONS[raw];
    for (const word of expanded ? expanded.split(" ") : [raw]) if (!STOP_WORDS.has(word)) words.add(word);
  }
  return { words, numbers };
}

/**
 * Similarity in [0, 1] of two token sets: the mean of the Dice coefficient and
 * the overlap coefficient. Zero when both carry numbers and they differ.
 */
export function nameSimilarity(a: NameTokens, b: NameTokens): number {
  if (a.numbers.size > 0 && b.numbers.size > 0) {
    if (a.numbers.size !== b.numbers.size || [...a.numbers].some((n) => !b.numbers.has(n))) return 0;
  }
  if (a.words.size === 0 || b.words.size === 0) return 0;
  let common = 0;
  for (const word of a.words) if (b.words.has(word)) common++;
  if (common === 0) return 0;
  const dice = (2 * common) / (a.words.size + b.words.size);
  const overlap = common / Math.min(a.words.size, b.words.size);
  return (dice + overlap) / 2;
}
