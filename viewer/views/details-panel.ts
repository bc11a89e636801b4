// The "Details" region: the selected node's name, label, aliases, role and relationships by type, each with its evidence.
import { REL_META } from "../../graph-schema/index.ts";
import type { ApiRelationship, NodeDetails } from "../../server/api-types.ts";
import type { Api } from "../api.ts";
import { actions, type Store, type ViewerState } from "../state.ts";
import { append, clear, el, safeLink } from "./dom.ts";

export interface DetailsDeps {
  store: Store;
  api: Api;
  pick(id: string): void;
  expand(id: string): Promise<void>;
  findPath(from: string, to: string): Promise<void>;
  nameOf(id: string): string;
}

function relationshipItem(r: ApiRelationship, pick: (id: string) => void): HTMLElement {
  const other = el("button", { class: "link", type: "button" }, r.other.name);
  other.addEventListener("click", () => pick(r.other.id));
  const qualifier = r.role ?? r.of ?? r.demand;
  const head = el("div", {}, r.direction === "out" ? "→ " : "← ", other, ` (${r.other.label})`, r.date ? ` · ${r.date}` : "", qualifier ? ` · ${qualifier}` : "");
  const evidence = el("ul", { class: "evidence" });
  for (const ev of r.evidence) {
    const a = ev.article;
    evidence.append(
      el("li", {}, el("blockquote", {}, ev.sentence), el("p", { class: "source" }, a.title, a.date ? ` · ${a.date}` : "", ev.date && ev.date !== a.date ? ` (about ${ev.date})` : "", " · ", safeLink(a.url, a.url ? "source" : a.source))),
    );
  }
  return el("li", { class: "rel", "data-type": r.type }, head, r.evidence.length ? evidence : el("p", { class: "source" }, "no sentence recorded"));
}

function render(panel: HTMLElement, d: NodeDetails, s: ViewerState, deps: DetailsDeps): void {
  clear(panel);
  const n = d.node;
  const buttons = el("div", { class: "actions" });
  const button = (text: string, onClick: () => void) => {
    const b = el("button", { type: "button" }, text);
    b.addEventListener("click", onClick);
    buttons.append(b);
  };
  button("Expand neighbours", () => void deps.expand(n.id));
  if (s.path.from && s.path.from !== n.id) button(`Shortest path from ${deps.nameOf(s.path.from)}`, () => void deps.findPath(s.path.from!, n.id));
  else button("Start a path here", () => deps.store.dispatch(actions.startPath, n.id));
  if (s.path.from) button("Clear path", () => deps.store.dispatch(actions.clearPath, undefined));
  button("Close", () => deps.store.dispatch(actions.select, null));

  const groups = new Map<string, ApiRelationship[]>();
  for (const r of d.relationships) if (r.type !== "MENTIONS") groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  const mentions = d.relationships.filter((r) => r.type === "MENTIONS").length;

  append(
    panel,
    el("h2", {}, n.name),
    el("p", { class: "meta" }, n.label, n.role ? ` · ${n.role}` : "", ` · ${n.degree} relationships`, mentions ? ` · ${mentions} articles` : ""),
    n.aliases.length ? el("p", { class: "aliases" }, "Also: ", n.aliases.filter((a) => a !== n.name).join(", ") || "—") : null,
    buttons,
    s.path.nodes.length ? el("p", { class: "path" }, "Path: ", s.path.nodes.map(deps.nameOf).join(" → ")) : s.path.from && s.path.edges.length === 0 && s.path.nodes.length === 0 ? el("p", { class: "path" }, `Path starts at ${deps.nameOf(s.path.from)}: select another node.`) : null,
  );
  for (const [type, rels] of groups) {
    const meta = REL_META[type as keyof typeof REL_META];
    panel.append(el("section", { class: "group", "aria-label": type }, el("h3", {}, el("span", { class: "swatch line", style: `background:${meta.color}` }), `${type} (${rels.length})`), el("ul", {}, ...rels.map((r) => relationshipItem(r, deps.pick)))));
  }
}

export function mountDetailsPanel(panel: HTMLElement, deps: DetailsDeps): void {
  panel.classList.add("details");
  const cache = new Map<string, NodeDetails>();
  let shown: string | null = null;
  const empty = () => {
    clear(panel);
    panel.append(el("p", { class: "meta" }, "Select a node (search, or click it) to see its relationships and the sentences behind them."));
  };
  const update = async (s: ViewerState) => {
    shown = s.selected;
    if (!s.selected) return empty();
    const id = s.selected;
    let d = cache.get(id);
    if (!d) {
      clear(panel);
      panel.append(el("p", { class: "meta" }, "Loading…"));
      try {
        d = await deps.api.node(id);
      } catch (e) {
        if (shown === id) panel.replaceChildren(el("p", { class: "notice" }, (e as Error).message));
        return;
      }
      cache.set(id, d);
    }
    if (shown === id) render(panel, d, deps.store.get(), deps);
  };
  deps.store.subscribe((s, prev) => {
    if (s.selected !== prev.selected || s.path !== prev.path) void update(s);
  });
  void update(deps.store.get());
}
