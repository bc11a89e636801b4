// In headless Chromium: the first frame is on screen before the layout has done its work, and ForceAtlas2 iterates in
// a web worker at its own pace, more often than the page draws its positions.
import type { Page } from "playwright-core";
import { syntheticGraph } from "../../bench/viewer-bench.ts";
import { GraphIndex, startServer, VIEWER_DIST, type RunningServer } from "../../server/index.ts";
import { launchChromium, type Browser } from "../e2e/browser.ts";
import { buildViewerIfStale } from "../e2e/built-viewer.ts";

let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  buildViewerIfStale();
  const index = new GraphIndex(syntheticGraph(3_000));
  server = await startServer({ port: 0, distDir: VIEWER_DIST, source: { current: () => index } });
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.__kgViewer?.ready === true && window.__kgViewer.timings.painted > 0, undefined, { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the first frame is painted while the layout is still running, and the layout started only after the first render", async () => {
  const t = (await page.evaluate(() => window.__kgViewer!.timings)) as Record<string, number>;
  expect(t.layoutStarted).toBeGreaterThanOrEqual(t.firstDraw);
  expect(await page.evaluate(() => window.__kgViewer!.state().layoutRunning)).toBe(true);
});

test("ForceAtlas2 runs in a web worker, and its positions reach the graph", async () => {
  expect(page.workers().some((w) => /fa2-worker/.test(w.url()))).toBe(true);
  const at = () => page.evaluate(() => window.__kgViewer!.renderer.getGraph().getNodeAttributes("n0")) as Promise<{ x: number; y: number }>;
  const before = await at();
  await page.waitForFunction(() => window.__kgViewer!.layout().applied >= 2, undefined, { timeout: 30_000 });
  const after = await at();
  expect([after.x, after.y]).not.toEqual([before.x, before.y]);
  // The worker does not wait for the page: it has iterated more times than the page has drawn.
  const s = await page.evaluate(() => window.__kgViewer!.layout());
  expect(s.iterations).toBeGreaterThan(s.applied);
  expect(errors).toEqual([]);
});
