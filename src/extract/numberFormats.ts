/**
 * Figures written against the Vietnamese notation the contract reads
 * (`.` groups thousands, `,` is the decimal mark): `1.25 tỷ đồng`, `2.5%`,
 * `1,250.5`. They are read the way the writer most likely meant (a decimal
 * point), and each is reported so that the reading is confirmed.
 */
import { normalizeVietnameseNumber } from "../core/text/vnNumber";
import { issue, sourceOf } from "./issues";
import { parseMarker } from "./markers";
import { lineAt, type TextLine } from "./normalize";
import { findQuantities } from "./quantities";
import type { ExtractIssue } from "./types";

/** A dot not followed by exactly three digits, or a comma before a dot (`1,250.5`). */
const OFF_NOTATION = /^\d+(?:\.\d{3})*\.(?:\d{1,2}|\d{4,})$|^\d+(?:,\d{3})+\.\d+$/;

function reported(raw: string, line: number): ExtractIssue | null {
  if (!OFF_NOTATION.test(raw)) return null;
  const read = normalizeVietnameseNumber(raw);
  if (read === null) return null;
  const shown = read.replace(".", ",");
  return issue(
    "number-format",
    `Số "${raw}" (dòng ${line}) không theo cách viết Việt Nam (dấu chấm ngăn cách hàng nghìn, dấu phẩy là dấu thập phân); đã đọc là ${shown}, cần xác nhận.`,
    `The figure "${raw}" (line ${line}) does not follow the Vietnamese notation (a dot groups thousands, a comma is the decimal mark); read as ${read}, to be confirmed.`,
    { source: sourceOf(line) },
  );
}

export function checkNumberFormats(body: readonly TextLine[]): ExtractIssue[] {
  const out: ExtractIssue[] = [];
  for (const line of body) {
    if (line.cells) {
      // The first cell numbers the row (`1.2`), it holds no figure.
      const first = line.cells.findIndex((c) => c.trim() !== "");
      line.cells.forEach((cell, i) => {
        const found = i === first ? null : reported(cell.trim().replace(/\s*%$/, ""), line.line);
        if (found) out.push(found);
      });
      continue;
    }
    // `1.2. Tỷ lệ …`: the item's number is no figure.
    const offset = parseMarker(line.text)?.length ?? 0;
    for (const q of findQuantities(line.text.slice(offset))) {
      const found = reported(q.raw, lineAt(line, offset + q.start));
      if (found) out.push(found);
    }
  }
  return out;
}
