/**
 * A target of none (`Không để xảy ra trường hợp tảo hôn mới`, `Không có
 * trường hợp học sinh bỏ học`, `Không để xảy ra tình trạng tảo hôn`) in a
 * targets part: 0 cases, at most (`<=`), to confirm. Read only when both are
 * clear: the unit is a case (`trường hợp`, `vụ`, `ca`; `tình trạng X` counts
 * cases of X) and the name is one thing — `tảo hôn, hôn nhân cận huyết` or a
 * name of more than eight words is not read.
 */
import { parseMarker } from "./markers";
import type { TextLine } from "./normalize";
import { CONFIDENCE } from "./prose";
import type { Section } from "./sections";
import type { FoundTarget } from "./targets";

/** `Không để xảy ra trường hợp`, `không để phát sinh vụ`, `Không có trường hợp`, `không để tình trạng`. */
const NONE = /(?:^|[\s,;:(])không\s+(?:để\s+(?:xảy\s+ra|phát\s+sinh|có|tái\s+diễn|còn)\s+|(?:có|xảy\s+ra|phát\s+sinh)\s+)(?:bất\s+kỳ\s+|một\s+)?(trường\s+hợp|vụ\s+việc|vụ|ca|tình\s+trạng)\s+(?:nào\s+)?/iu;
/** Where the name ends: a place or time after it (`… trên địa bàn`, `… trong năm 2026`). */
const NAME_TAIL = /\s+(?:trên\s+địa\s+bàn|tại|ở|trong|thuộc|năm|giai\s+đoạn|đến|vào|so\s+với)(?:\s|$).*$/iu;

function zeroTarget(text: string, line: TextLine, lineIndex: number, label: string | null): FoundTarget | null {
  const m = NONE.exec(text);
  if (!m) return null;
  const sentence = text.slice((m.index ?? 0) + m[0].length).split(/[.;!?]/u)[0] ?? "";
  const name = sentence.replace(NAME_TAIL, "").replace(/[\s,:]+$/u, "").trim();
  // One thing, named in words: no list (`tảo hôn, hôn nhân cận huyết thống`), no figures, not too long.
  if (!/\p{L}/u.test(name) || /[,/\d()]|\s(?:và|hoặc|hay)\s/iu.test(name) || name.split(/\s+/).length > 8) return null;
  const unit = /^tình/iu.test(m[1]) || /^vụ\s+việc$/iu.test(m[1]) ? "trường hợp" : m[1].toLocaleLowerCase("vi").replace(/\s+/g, " ");
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
