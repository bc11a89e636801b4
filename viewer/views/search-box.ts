// The "Search" combobox: finds nodes by name or alias as you type; Enter or a click picks one.
import type { NodeLabel } from "../../graph-schema/index.ts";
import type { Api } from "../api.ts";
import type { ViewerGraph } from "../graph/viewer-graph.ts";
import { rankMatches } from "../search-rank.ts";
import { actions, type Store } from "../state.ts";
import { clear, el } from "./dom.ts";

interface Suggestion {
  id: string;
  name: string;
  label: NodeLabel;
  matched: string;
}

export interface SearchDeps {
  store: Store;
  graph: ViewerGraph;
  api: Api;
  /** selects a node, loading it first if the page does not hold it yet */
  pick(id: string): void;
}

export function mountSearchBox(container: HTMLElement, deps: SearchDeps): HTMLInputElement {
  const input = el("input", { type: "search", "aria-label": "Search", placeholder: "Search a name or alias…", role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": "search-results", autocomplete: "off" });
  const list = el("ul", { id: "search-results", role: "listbox", "aria-label": "Search results", hidden: true });
  container.append(el("div", { class: "search" }, input, list));
  let items: Suggestion[] = [];
  let active = -1;
  let serial = 0;

  const render = () => {
    clear(list);
    items.forEach((s, i) => {
      const li = el("li", { role: "option", id: `search-option-${i}`, "aria-selected": String(i === active) }, s.name, " ", el("span", { class: "hint" }, s.label, s.matched !== s.name ? ` · ${s.matched}` : ""));
      li.addEventListener("mousedown", (ev) => {
        ev.preventDefault(); // keep focus in the field until the pick is done
        choose(i);
      });
      list.append(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const local = (q: string): Suggestion[] => {
    const nodes = deps.graph.mapNodes((id, a) => ({ id, name: a.label, aliases: a.aliases, degree: a.degree, label: a.category }));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return rankMatches(nodes, q, 12).map((r) => ({ id: r.id, name: byId.get(r.id)!.name, label: byId.get(r.id)!.label, matched: r.matched }));
  };

  const update = () => {
    const q = input.value;
    deps.store.dispatch(actions.setQuery, q);
    items = local(q);
    active = items.length ? 0 : -1;
    render();
    // When the page holds only part of the graph, the server knows the rest.
    if (deps.store.get().meta.truncated && q.trim()) {
      const mine = ++serial;
      deps.api.search(q).then((hits) => {
        if (mine !== serial) return;
        const seen = new Set(items.map((s) => s.id));
        items = [...items, ...hits.filter((h) => !seen.has(h.id))].slice(0, 20);
        if (active < 0 && items.length) active = 0;
        render();
      }, () => undefined);
    }
  };

  const choose = (i: number) => {
    const s = items[i];
    if (!s) return;
    input.value = s.name;
    items = [];
    active = -1;
    render();
    deps.pick(s.id);
  };

  input.addEventListener("input", update);
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!items.length) return;
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      render();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (ev.key === "Escape") {
      items = [];
      active = -1;
      render();
    }
  });
  input.addEventListener("blur", () => {
    items = [];
    render();
  });
  return input;
}
