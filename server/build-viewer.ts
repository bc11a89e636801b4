// Builds the viewer with Vite's JS API when viewer/dist is missing, older than the viewer's sources, or a build is asked for.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const VIEWER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "viewer");
export const VIEWER_DIST = join(VIEWER_DIR, "dist");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function viewerIsStale(): boolean {
  const index = join(VIEWER_DIST, "index.html");
  return !existsSync(index) || statSync(index).mtimeMs < newestSource(VIEWER_DIR);
}

/** Returns true when it built. Vite is imported lazily: serving an up-to-date build never loads it. */
export async function ensureViewerBuilt(opts: { force?: boolean; log?: (line: string) => void } = {}): Promise<boolean> {
  if (!opts.force && !viewerIsStale()) return false;
  opts.log?.("kg serve: building the viewer (vite)...");
  const { build } = await import("vite");
  await build({ configFile: join(VIEWER_DIR, "vite.config.ts"), logLevel: "warn" });
  return true;
}
