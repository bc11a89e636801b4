// Keeps the address bar in step with the state (replaceState: filters and camera changes are not history steps).
import type { Store } from "../state.ts";
import { actions } from "../state.ts";
import { readUrlState, writeUrlState, type UrlState } from "../url-state.ts";

/** Applies the link's filters and selection to the store; returns the whole URL state (the camera is applied later). */
export function applyUrlState(store: Store, search: string): UrlState {
  const u = readUrlState(new URLSearchParams(search));
  store.dispatch(actions.setFilters, u.filters);
  if (u.selected) store.dispatch(actions.select, u.selected);
  return u;
}

export function mountUrlSync(store: Store): void {
  store.subscribe((s, prev) => {
    if (s.selected === prev.selected && s.filters === prev.filters && s.camera === prev.camera) return;
    const params = writeUrlState({ selected: s.selected, filters: s.filters, camera: s.camera }, new URLSearchParams(location.search));
    const q = params.toString();
    history.replaceState(history.state, "", q ? `?${q}` : location.pathname);
  });
}
