/**
 * The result of a check (the plan-line table and the problems, with their
 * Fluent table, accordion and badges), loaded with the first check: a separate
 * chunk of the build. `Kiểm tra` starts fetching it while the check runs, so
 * it is there when the result is.
 */
import { localized } from "../../core/model/text";
import type { CheckResultProps } from "./CheckResult";
import { lazyPanel } from "./lazyPanel";

export const CheckResult = lazyPanel<CheckResultProps>(
  () => import(/* webpackChunkName: "result" */ "./CheckResult").then((m) => m.CheckResult),
  localized(
    "Không tải được phần kết quả kiểm tra. Kiểm tra kết nối mạng, rồi đóng và mở lại bảng allocheck.",
    "The check's result could not be shown. Check the network connection, then close and reopen the allocheck pane.",
  ),
);
