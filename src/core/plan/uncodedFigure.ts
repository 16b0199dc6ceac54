/** A figure under the target on a row with no code: a note to the plan, said, not read as a line. */
import type { LocalizedText } from "../model/text";
import { cellRef } from "./planErrors";

/**
 * What the reading says of a figure under the target on a row with no code
 * (and `name`, or none), taken as a note, not a plan line.
 */
export function uncodedFigure(sheet: string, where: string, shown: string, name: string | null): LocalizedText {
  const at = cellRef(sheet, where);
  return name === null
    ? {
        vi: `${at}: số ${shown} ở dòng không có mã và không có tên: không đọc là chỉ tiêu. Nếu là chỉ tiêu, hãy ghi mã và tên; nếu là dòng tổng, hãy ghi "Tổng cộng".`,
        en: `${at}: the figure ${shown} is on a row with no code and no name: not read as a plan line. If it is a line, give it a code and a name; if it is a total, name it "Tổng cộng".`,
      }
    : {
        vi: `${at}: dòng "${name}" không có mã: số ${shown} được coi là ghi chú, không đọc là chỉ tiêu. Nếu là chỉ tiêu, hãy ghi mã cho dòng này.`,
        en: `${at}: the row "${name}" has no code: its figure ${shown} is taken as a note, not read as a plan line. If it is a line, give it a code.`,
      };
}
