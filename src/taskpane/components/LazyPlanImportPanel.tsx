/**
 * The plan import, loaded when the user opens its tab: the document reader
 * (the text extractor and mammoth for .docx, with their libraries) is a
 * separate chunk of the build.
 */
import { localized } from "../../core/model/text";
import type { PlanImportPanelProps } from "./PlanImportPanel";
import { lazyPanel } from "./lazyPanel";

export const PlanImportPanel = lazyPanel<PlanImportPanelProps>(
  () => import(/* webpackChunkName: "plan-import" */ "./PlanImportPanel").then((m) => m.PlanImportPanel),
  localized(
    "Không tải được phần nhập kế hoạch. Kiểm tra kết nối mạng, rồi đóng và mở lại bảng allocheck.",
    "The plan import could not be loaded. Check the network connection, then close and reopen the allocheck pane.",
  ),
);
