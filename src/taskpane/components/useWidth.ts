/**
 * An element's width in px (0 until it is laid out), followed by a
 * ResizeObserver so that the answer does not depend on the window's width.
 */
import * as React from "react";
// A layout effect in the pane, an effect when the views are rendered to text (the projection tests), without React's warning.
import { useIsomorphicLayoutEffect } from "@fluentui/react-components";

export function useWidth<T extends HTMLElement>(): [React.RefObject<T>, number] {
  const ref = React.useRef<T>(null);
  const [width, setWidth] = React.useState(0);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const measure = (): void => setWidth(element.getBoundingClientRect().width);
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
