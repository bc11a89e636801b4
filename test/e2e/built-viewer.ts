// Builds the viewer for the browser tests when it is missing or stale, with Vite's CLI in a child process: Vite's JS API
// does not run inside jest's VM modules (its bundler rejects objects made in another realm).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { VIEWER_DIR, viewerIsStale } from "../../server/index.ts";
import { ROOT } from "./test-ledger.ts";

export function buildViewerIfStale(): void {
  if (!viewerIsStale()) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "--config", join(VIEWER_DIR, "vite.config.ts"), "--logLevel", "warn"], { cwd: ROOT, stdio: "pipe", timeout: 120_000 });
}
