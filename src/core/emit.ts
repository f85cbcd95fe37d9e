/** The `detail` type of a custom event named in `GlobalEventHandlersEventMap`. */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed custom event from `target` that bubbles and crosses shadow roots, as every event of the widgets does. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K, detail: EventDetail<K>): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
