// Entry of an extraction worker thread: registers tsx so the TypeScript worker loads whatever started the parent
// (tsx, jest, plain node), then hands over to extract-worker.ts.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
