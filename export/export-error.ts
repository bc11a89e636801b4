// The error the exporter raises for bad input (an unknown or ambiguous name, a bad date); the CLI prints it as one line.
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}
