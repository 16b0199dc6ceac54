/**
 * The reading view and the progress tab, each loaded when the user first
 * opens it (separate chunks of the build; see lazyPanel).
 */
import { localized } from "../../core/model/text";
import type { ProgressTabProps } from "./progress/ProgressTab";
import type { ReadingTabProps } from "./reading/ReadingTab";
import { lazyPanel } from "./lazyPanel";

export const ReadingTab = lazyPanel<ReadingTabProps>(
  () => import(/* webpackChunkName: "reading" */ "./reading/ReadingTab").then((m) => m.ReadingTab),
  localized(
    "Không tải được phần cách đọc biểu. Kiểm tra kết nối mạng, rồi đóng và mở lại bảng allocheck.",
    "The reading view could not be loaded. Check the network connection, then close and reopen the allocheck pane.",
  ),
);

export const ProgressTab = lazyPanel<ProgressTabProps>(
  () => import(/* webpackChunkName: "progress" */ "./progress/ProgressTab").then((m) => m.ProgressTab),
  localized(
    "Không tải được phần tiến độ. Kiểm tra kết nối mạng, rồi đóng và mở lại bảng allocheck.",
    "The progress tab could not be loaded. Check the network connection, then close and reopen the allocheck pane.",
  ),
);
