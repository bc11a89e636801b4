// The toolbar: pause/resume the layout, one-shot layouts, and the export buttons.
import type { LayoutRunner } from "../controllers/layout-runner.ts";
import type { Exporter, ExportContext } from "../exporters/index.ts";
import type { LayoutDescriptor } from "../layouts/index.ts";
import type { Store } from "../state.ts";
import { el } from "./dom.ts";

export interface ToolbarDeps {
  store: Store;
  runner: LayoutRunner;
  layouts: LayoutDescriptor[];
  exporters: Exporter[];
  exportContext(): ExportContext;
  /** after a one-shot layout moved the nodes */
  relayout(run: () => void): void;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountToolbar(container: HTMLElement, deps: ToolbarDeps): void {
  const bar = el("div", { class: "toolbar", role: "toolbar", "aria-label": "Layout and export" });
  const toggle = el("button", { type: "button", "aria-pressed": "false" }, "Resume layout");
  toggle.addEventListener("click", () => deps.runner.toggle());
  bar.append(toggle);
  for (const l of deps.layouts) {
    if (l.kind !== "once") continue;
    const b = el("button", { type: "button" }, l.name);
    b.addEventListener("click", () => {
      deps.runner.stop();
      deps.relayout(() => l.run(deps.exportContext().renderer.getGraph()));
    });
    bar.append(b);
  }
  bar.append(" Export: ");
  for (const x of deps.exporters) {
    const b = el("button", { type: "button", "data-export": x.id }, x.name);
    b.addEventListener("click", async () => download(await x.export(deps.exportContext()), `graph.${x.extension}`));
    bar.append(b);
  }
  container.append(bar);
  const sync = (running: boolean) => {
    toggle.textContent = running ? "Pause layout" : "Resume layout";
    toggle.setAttribute("aria-pressed", String(running));
  };
  deps.store.subscribe((s, prev) => s.layoutRunning !== prev.layoutRunning && sync(s.layoutRunning));
  sync(deps.store.get().layoutRunning);
}
