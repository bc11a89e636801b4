// The legend, which is also the label and relationship-type filter: a colour, a name, a count and a "shown" checkbox each.
import { LABEL_META, NODE_LABELS, REL_META, REL_TYPES, type NodeLabel, type RelType } from "../../graph-schema/index.ts";
import { actions, type Store, type ViewerState } from "../state.ts";
import { clear, el } from "./dom.ts";

function row(kind: "label" | "type", name: string, color: string, count: number, shown: boolean, title: string, onChange: (shown: boolean) => void): HTMLElement {
  const box = el("input", { type: "checkbox", [`data-${kind}`]: name });
  box.checked = shown;
  box.addEventListener("change", () => onChange(box.checked));
  return el("label", { class: "row", title }, box, el("span", { class: kind === "type" ? "swatch line" : "swatch", style: `background:${color}` }), name, ` (${count})`);
}

export function mountLegendFilters(container: HTMLElement, store: Store): void {
  const labels = el("fieldset", {}, el("legend", {}, "Nodes by label"));
  const types = el("fieldset", {}, el("legend", {}, "Relationships by type"));
  container.append(labels, types);
  const render = (s: ViewerState) => {
    clear(labels);
    clear(types);
    labels.append(el("legend", {}, "Nodes by label"));
    types.append(el("legend", {}, "Relationships by type"));
    for (const l of NODE_LABELS) {
      const count = s.meta.labelCounts[l] ?? 0;
      if (!count) continue;
      labels.append(row("label", l, LABEL_META[l].color, count, !s.filters.hiddenLabels.includes(l), LABEL_META[l].description, (shown) => store.dispatch(actions.setLabelHidden, { label: l as NodeLabel, hidden: !shown })));
    }
    for (const t of REL_TYPES) {
      const count = s.meta.typeCounts[t] ?? 0;
      if (!count) continue;
      types.append(row("type", t, REL_META[t].color, count, !s.filters.hiddenTypes.includes(t), REL_META[t].meaning, (shown) => store.dispatch(actions.setTypeHidden, { type: t as RelType, hidden: !shown })));
    }
  };
  store.subscribe((s, prev) => {
    if (s.meta !== prev.meta || s.filters.hiddenLabels !== prev.filters.hiddenLabels || s.filters.hiddenTypes !== prev.filters.hiddenTypes) render(s);
  });
  render(store.get());
}
