// Builds DOM elements from tags, attributes and children; strings become text nodes, so article text is never parsed as HTML.
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? "" : v);
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
}

export const clear = (node: Element): void => node.replaceChildren();

/** Only http(s) links are followed; anything else (javascript:, data:) is shown as text instead. */
export function safeLink(href: string | null, text: string): HTMLElement {
  if (href && /^https?:\/\//i.test(href)) return el("a", { href, target: "_blank", rel: "noopener noreferrer" }, text);
  return el("span", {}, text);
}
