/**
 * A failure the user can act on: printed as one line
 * (`jiedu: fixtures/x.txt: not a text file (binary data at byte 12)`),
 * with a stack trace only under --debug.
 */
export class JieduError extends Error {
  constructor(
    message: string,
    /** 1 findings or thresholds, 2 usage / unreadable / invalid input. */
    readonly exitCode: 1 | 2 = 2,
    /** The file the problem is about, when there is one. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'JieduError';
  }
}

/** The one-line form of any error, naming the file when known. */
export function errorLine(err: unknown): string {
  if (err instanceof JieduError) return err.file ? `${err.file}: ${err.message}` : err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? String(err);
  return String(err);
}
