// The time slider (two handles over the relationships' dates) and the minimum-degree slider.
import { actions, type Store, type ViewerState } from "../state.ts";
import { clear, el } from "./dom.ts";

function slider(name: string, max: number, value: number): HTMLInputElement {
  const s = el("input", { type: "range", "aria-label": name, min: "0", max: String(max), step: "1" });
  s.value = String(value);
  return s;
}

export function mountRangeFilters(container: HTMLElement, store: Store): void {
  const box = el("div", { class: "range" });
  container.append(box);

  const render = (s: ViewerState) => {
    clear(box);
    const dates = s.meta.dates;
    if (dates.length > 1) {
      const last = dates.length - 1;
      // A bound between stops (from a shared link) snaps to the first stop inside it.
      const fromIdx = s.filters.dateFrom ? Math.max(0, dates.findIndex((d) => d >= s.filters.dateFrom!)) : 0;
      const toIdxRaw = s.filters.dateTo ? dates.findLastIndex((d) => d <= s.filters.dateTo!) : last;
      const toIdx = toIdxRaw < 0 ? 0 : toIdxRaw;
      const from = slider("From date", last, fromIdx);
      const to = slider("To date", last, toIdx);
      const label = el("output", { "aria-live": "polite" }, `${dates[fromIdx]} to ${dates[toIdx]}`);
      const onInput = (moved: "from" | "to") => () => {
        let f = Number(from.value);
        let t = Number(to.value);
        // Handles may not cross: the one not being moved follows the one that is.
        if (f > t && moved === "from") to.value = String((t = f));
        if (f > t && moved === "to") from.value = String((f = t));
        label.textContent = `${dates[f]} to ${dates[t]}`;
        store.dispatch(actions.setDateRange, { from: dates[f], to: dates[t] });
      };
      from.addEventListener("input", onInput("from"));
      to.addEventListener("input", onInput("to"));
      box.append(el("fieldset", {}, el("legend", {}, "Relationship dates"), from, to, label, el("p", { class: "hint" }, "Undated relationships always show.")));
    }
    const deg = slider("Minimum degree", Math.max(1, s.meta.maxDegree), s.filters.minDegree);
    const degOut = el("output", {}, String(s.filters.minDegree));
    deg.addEventListener("input", () => {
      degOut.textContent = deg.value;
      store.dispatch(actions.setMinDegree, Number(deg.value));
    });
    box.append(el("fieldset", {}, el("legend", {}, "Minimum degree"), deg, degOut));
  };
  // Re-rendered only when the loaded graph changes: re-rendering on every input would steal the slider from the pointer.
  store.subscribe((s, prev) => {
    if (s.meta !== prev.meta) render(s);
  });
  render(store.get());
}
