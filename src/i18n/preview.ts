/**
 * The preview's words for a workbook loaded in place of the built-in sample
 * (`window.allocheckPreview.load`): its own name, never "the sample".
 * Vietnamese first, English second.
 */
import type { Lang } from "../core/model/text";
import { STRINGS } from "./strings";

export interface PreviewStrings {
  /** The notice above the pane. */
  readonly notice: (workbook: string | null) => string;
  /** The heading of the read-only grid. */
  readonly gridLabel: (workbook: string | null) => string;
}

export const PREVIEW_STRINGS: Readonly<Record<Lang, PreviewStrings>> = {
  vi: {
    notice: (name) => (name === null ? STRINGS.vi.previewNotice : `Chế độ xem thử: đang dùng sổ tính “${name}” trong trình duyệt, không có Excel.`),
    gridLabel: (name) => (name === null ? STRINGS.vi.previewGridLabel : `Sổ tính “${name}” (chỉ xem)`),
  },
  en: {
    notice: (name) => (name === null ? STRINGS.en.previewNotice : `Preview mode: using the workbook “${name}” in the browser, no Excel.`),
    gridLabel: (name) => (name === null ? STRINGS.en.previewGridLabel : `Workbook “${name}” (read-only)`),
  },
};
