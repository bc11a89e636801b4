// Starts Debian's Chromium through playwright-core with a fresh profile, as the viewer's browser tests and benchmark need.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium may still be installing (apt) when a test starts: wait for the binary rather than fail at once. */
async function waitForChromium(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > until) throw new Error(`e2e: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export async function launchChromium(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  await waitForChromium(120_000);
  const profile = mkdtempSync(join(tmpdir(), "kg-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport, acceptDownloads: true });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
