/**
 * Whether an element is narrower than `limit` px (a task pane is 320–360 px
 * wide at first; the preview shows the pane at 400 px beside the grid). A
 * ResizeObserver follows the element itself, so the answer does not depend on
 * the window's width.
 */
import * as React from "react";
// A layout effect in the pane, an effect when the views are rendered to text (the projection tests), without React's warning.
import { useIsomorphicLayoutEffect } from "@fluentui/react-components";

export function useNarrow<T extends HTMLElement>(limit: number): [React.RefObject<T>, boolean] {
  const ref = React.useRef<T>(null);
  const [narrow, setNarrow] = React.useState(false);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = (): void => setNarrow(element.getBoundingClientRect().width < limit);
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [limit]);
  return [ref, narrow];
}
