/**
 * The plan import, loaded when the user opens its tab: the document reader
 * (the text extractor and mammoth for .docx, with their libraries) is a
 * separate chunk of the build, not part of what every user loads first.
 * If the chunk cannot be fetched (the network dropped), the tab says so
 * instead of taking the whole pane down.
 */
import * as React from "react";
import { localized } from "../../core/model/text";
import type { PlanImportPanelProps } from "./PlanImportPanel";
import { BusyIndicator } from "./BusyIndicator";
import { Notice } from "./Notice";

const Panel = React.lazy(() => import(/* webpackChunkName: "plan-import" */ "./PlanImportPanel").then((m) => ({ default: m.PlanImportPanel })));

const LOAD_FAILED = localized(
  "Không tải được phần nhập kế hoạch. Kiểm tra kết nối mạng, rồi đóng và mở lại bảng allocheck.",
  "The plan import could not be loaded. Check the network connection, then close and reopen the allocheck pane.",
);

interface BoundaryProps {
  readonly props: PlanImportPanelProps;
  readonly children: React.ReactNode;
}

class LoadBoundary extends React.Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): React.ReactNode {
    const { props } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <Notice
        notice={{ intent: "error", text: LOAD_FAILED[props.lang] }}
        dismissLabel={props.strings.dismiss}
        onDismiss={() => this.setState({ failed: false })}
      />
    );
  }
}

export function PlanImportPanel(props: PlanImportPanelProps): React.ReactElement {
  return (
    <LoadBoundary props={props}>
      <React.Suspense fallback={<BusyIndicator label={props.strings.working} />}>
        <Panel {...props} />
      </React.Suspense>
    </LoadBoundary>
  );
}
