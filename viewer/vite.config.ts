// Vite build of the viewer: root is this folder, output viewer/dist (git-ignored), relative asset paths.
import { defineConfig } from "vite";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: "./",
  logLevel: "warn",
  build: {
    outDir: join(root, "dist"),
    emptyOutDir: true,
    // sigma and graphology are one large chunk by nature; the warning would only be noise.
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  // The ForceAtlas2 worker (layouts/fa2-worker.ts) is its own file, loaded as a module worker ('self' in the CSP).
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
});
