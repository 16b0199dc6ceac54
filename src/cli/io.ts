/** Where the command writes, so that tests can run it in-process. */
export interface CliIo {
  /** Writes to standard output (the caller adds line ends). */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Directory that relative paths are resolved against. */
  readonly cwd: string;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  get cwd(): string {
    return process.cwd();
  },
};
