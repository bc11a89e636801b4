// Puts an export where it goes: standard output, a file, or a folder; never over existing files unless forced.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ExportError } from "./export-error.ts";
import type { ExportOutput } from "./export-format.ts";

export interface OutputTarget {
  /** a file, or a folder for folder formats; undefined for standard output */
  out?: string;
  force?: boolean;
  stdout?: (text: string) => void;
}

/** Returns the paths written. A file is written beside its target and renamed, so a failed export leaves the old one. */
export function writeOutput(output: ExportOutput, target: OutputTarget): string[] {
  const { out, force } = target;
  if (output.kind === "file") {
    if (!out) {
      (target.stdout ?? ((t) => process.stdout.write(t)))(output.text);
      return [];
    }
    if (existsSync(out)) {
      if (statSync(out).isDirectory()) throw new ExportError(`export: --out ${out} is a folder; give a file name`);
      if (!force) throw new ExportError(`export: ${out} exists; use --force to overwrite it`);
    }
    const dir = dirname(out);
    if (!existsSync(dir)) throw new ExportError(`export: the folder of --out ${out} does not exist`);
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, output.text);
    renameSync(tmp, out);
    return [out];
  }
  if (!out) throw new ExportError("export: this format writes a folder; give it with --out DIR");
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new ExportError(`export: --out ${out} is a file; this format writes a folder`);
    const present = new Set(readdirSync(out));
    const clash = output.owns.filter((f) => present.has(f));
    const named = clash.length > 3 ? `${clash.slice(0, 3).join(", ")} and ${clash.length - 3} more` : clash.join(", ");
    if (clash.length && !force) throw new ExportError(`export: ${out} already holds ${named}; use --force to overwrite them`);
    // A file an earlier export left (a label this selection lacks) would be imported with the new ones: remove it.
    for (const f of clash) rmSync(join(out, f));
  }
  mkdirSync(out, { recursive: true });
  for (const f of output.files) writeFileSync(join(out, f.path), f.text);
  return output.files.map((f) => join(out, f.path));
}
