/**
 * A target of none (`Không để xảy ra trường hợp tảo hôn mới`, `Không có
 * trường hợp học sinh bỏ học`, `Không để xảy ra tình trạng tảo hôn`, `Không để
 * xảy ra vụ ngộ độc thực phẩm trên 30 người mắc`) in a targets part: 0 cases, at
 * most (`<=`), to confirm. Read only when both are clear: the unit is a case
 * (`trường hợp`, `vụ`, `ca`; `tình trạng X` counts cases of X; an outbreak,
 * fire or accident — `ngộ độc`, `cháy`, `nổ`, `tai nạn` — counts in `vụ`) and
 * the name is one thing — `tảo hôn, hôn nhân cận huyết` or a name of more than
 * sixteen syllables is not read. What makes a case one of those counted (`trên 30
 * người mắc`, `(trên 30 người mắc)`, `gây thiệt hại nghiêm trọng …`) stays in
 * the name; its figure is no target (`insideNone`).
 */
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";
import { NONE_OPENING } from "./noneClauses";
import { CONFIDENCE } from "./prose";
import type { Section } from "./sections";
import type { FoundTarget } from "./targets";

/** The none's opening, then a case word (group 1) or an event counted in `vụ` (left in the name). */
const NONE = new RegExp(
  `(?:^|[\\s,;:(])${NONE_OPENING}\\s+(?:(trường\\s+hợp|vụ\\s+việc|vụ|ca|tình\\s+trạng)\\s+(?:nào\\s+)?|(?=(?:ngộ\\s+độc|cháy|nổ|tai\\s+nạn)(?!\\p{L})))`,
  "iu",
);
/** Where the name ends: a place or time after it (`… trên địa bàn`, `… trong năm 2026`). */
const NAME_TAIL = /\s+(?:trên\s+địa\s+bàn|tại|ở|trong|thuộc|năm|giai\s+đoạn|đến|vào|so\s+với)(?:\s|$).*$/iu;
/** Where what qualifies the cases begins: a bracket, a bound before a figure (`trên 30 người`), or their harm (`gây …`). */
const QUALIFIER = /\s*\(|\s(?:trên|từ|hơn|quá|dưới|có)\s+\d|\s(?:gây|làm)\s/iu;

function zeroTarget(text: string, line: TextLine, lineIndex: number, label: string | null): FoundTarget | null {
  const m = NONE.exec(text);
  if (!m) return null;
  const sentence = text.slice((m.index ?? 0) + m[0].length).split(/[.;!?]/u)[0] ?? "";
  const whole = sentence.replace(NAME_TAIL, "").replace(/[\s,:]+$/u, "").trim();
  const cut = QUALIFIER.exec(whole);
  const core = cut === null ? whole : whole.slice(0, cut.index);
  const qualifier = cut === null ? "" : whole.slice(cut.index);
  // One thing, named in words: no list (`tảo hôn, hôn nhân cận huyết thống`; `cháy, nổ` is one), no figures, not too long.
  const thing = core.replace(/cháy\s*,\s*nổ/iu, "cháy nổ");
  if (!/\p{L}/u.test(thing) || /[,/\d()]|\s(?:và|hoặc|hay)\s/iu.test(thing) || thing.split(/\s+/).length > 16) return null;
  if (qualifier.split(/\s+/).length > 14 || (/\(/u.test(qualifier) && !/\)/u.test(qualifier))) return null;
  const unit = m[1] === undefined ? "vụ" : /^tình/iu.test(m[1]) || /^vụ\s+việc$/iu.test(m[1]) ? "trường hợp" : m[1].toLocaleLowerCase("vi").replace(/\s+/g, " ");
  // `Không để phát sinh mới các trường hợp …`: new cases.
  const fresh = /\smới(?!\p{L})/iu.test(m[0]) && !/\smới$/iu.test(whole) ? " mới" : "";
  const name = `${whole}${fresh}`;
  return {
    indicator: {
      code: "",
      name: `Số ${unit} ${name}`,
      unit,
      target: 0,
      kind: "count",
      source: `line ${line.line}`,
      line: line.line,
      rule: "<=",
      sourceText: text.trim(),
      confidence: CONFIDENCE.frame,
      confirmReason: "zero",
    },
    context: text,
    label,
    lineIndex,
    running: true,
    why: "zero",
  };
}

/** The targets of none in the targets parts, one a line, beside those with figures. */
export function zeroTargets(body: readonly TextLine[], sections: readonly Section[], taken: ReadonlySet<number>): FoundTarget[] {
  const out: FoundTarget[] = [];
  for (const section of sections) {
    for (let i = section.start; i < section.end; i++) {
      const line = body[i];
      if (line.cells || taken.has(i)) continue;
      const marker = parseMarker(line.text);
      const found = zeroTarget(line.text.slice(marker ? marker.length : 0), line, i, marker && marker.style !== "bullet" ? marker.label : null);
      if (found) out.push(found);
    }
  }
  return out;
}
