// The picture as PNG: sigma's layers (edges, nodes, labels...) drawn one over another on a white canvas.
import type Sigma from "sigma";
import type { EdgeAttrs, NodeAttrs } from "../graph/viewer-graph.ts";
import type { Exporter } from "./exporter.ts";

/**
 * sigma's WebGL layers do not keep their drawing buffer, so they are read in the same task as a fresh render,
 * before the browser clears them.
 */
export function compositeCanvas(renderer: Sigma<NodeAttrs, EdgeAttrs>): HTMLCanvasElement {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const [id, canvas] of Object.entries(renderer.getCanvases())) {
    if (id === "mouse") continue;
    ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

export const pngExporter: Exporter = {
  id: "png",
  name: "PNG",
  extension: "png",
  export: ({ renderer }) =>
    new Promise<Blob>((resolve, reject) => compositeCanvas(renderer).toBlob((b) => (b ? resolve(b) : reject(new Error("viewer: the PNG could not be encoded"))), "image/png")),
};
