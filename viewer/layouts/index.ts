// Every layout the toolbar offers, in order. To add one: add a file and a line below.
import { forceAtlas2Layout } from "./forceatlas2.ts";
import { circularLayout } from "./circular.ts";
import type { LayoutDescriptor } from "./layout.ts";

export const layouts: LayoutDescriptor[] = [forceAtlas2Layout, circularLayout];
export type * from "./layout.ts";
export * from "./saved-positions.ts";
