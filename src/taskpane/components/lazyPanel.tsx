/**
 * A part of the pane loaded when the user first opens it: a separate chunk of
 * the build, not part of what every user loads first (the production pane's
 * first load stays under its budget, `npm run size`). If the chunk cannot be
 * fetched (the network dropped), the tab says so instead of taking the whole
 * pane down.
 */
import * as React from "react";
import type { Lang, LocalizedText } from "../../core/model/text";
import { STRINGS } from "../../i18n";
import { BusyIndicator } from "./BusyIndicator";
import { Notice } from "./Notice";

interface BoundaryProps {
  readonly lang: Lang;
  readonly failed: LocalizedText;
  readonly children: React.ReactNode;
}

class LoadBoundary extends React.Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Notice
        notice={{ intent: "error", text: this.props.failed[this.props.lang] }}
        dismissLabel={STRINGS[this.props.lang].dismiss}
        onDismiss={() => this.setState({ failed: false })}
      />
    );
  }
}

/** A lazily loaded part: render it as a component; `preload` starts fetching its chunk ahead of the first render. */
export interface LazyPanel<P> {
  (props: P): React.ReactElement;
  /** Starts loading the chunk now (e.g. while the task whose result it shows runs); safe to call any number of times. */
  readonly preload: () => void;
}

/** The component `load` gives, shown with a busy indicator while its chunk loads. */
export function lazyPanel<P extends { readonly lang: Lang }>(
  load: () => Promise<React.ComponentType<P>>,
  failed: LocalizedText,
): LazyPanel<P> {
  // One fetch, shared by `preload` and the first render.
  let loading: Promise<React.ComponentType<P>> | null = null;
  /** The part once fetched: shown at once, with no busy indicator flashing for a frame. */
  let loaded: React.ComponentType<P> | null = null;
  const fetchOnce = (): Promise<React.ComponentType<P>> => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };
  // Fetched ahead: a thenable that answers at once, which React.lazy takes without suspending (no busy
  // indicator flashing for a frame), the part keeping its place in the tree (and its state) all along.
  const ready = (): PromiseLike<{ default: React.ComponentType<P> }> | null => {
    const component = loaded;
    if (component === null) return null;
    return { then: (resolve) => Promise.resolve(resolve === undefined || resolve === null ? undefined : resolve({ default: component })) as never };
  };
  // React.lazy's own type cannot carry a generic component's props through: cast once here.
  const Panel = React.lazy(
    () => (ready() ?? fetchOnce().then((component) => ({ default: component }))) as Promise<{ default: React.ComponentType<P> }>,
  ) as unknown as React.ComponentType<P>;
  function LazyPanelView(props: P): React.ReactElement {
    return (
      <LoadBoundary lang={props.lang} failed={failed}>
        <React.Suspense fallback={<BusyIndicator label={STRINGS[props.lang].loadingPart} />}>
          {React.createElement(Panel, props)}
        </React.Suspense>
      </LoadBoundary>
    );
  }
  // A failed preload is told when the part is shown (the boundary above), not as an unhandled rejection.
  return Object.assign(LazyPanelView, { preload: () => void fetchOnce().catch(() => undefined) });
}
