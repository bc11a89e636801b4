#!/usr/bin/env node
// The `kg` command: registers tsx so the TypeScript CLI runs without a build step.
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
