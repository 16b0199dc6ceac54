import { compileLater } from "./compilerTier";

/** Where the command writes, so that tests can run it in-process. */
export interface CliIo {
  /** Writes to standard output (the caller adds line ends). */
  stdout(text: string): void;
  /** Writes bytes (UTF-8 text) to standard output, where the output takes bytes as they are; the buffer is not used again after. */
  stdoutBytes?(bytes: Uint8Array): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Directory that relative paths are resolved against. */
  readonly cwd: string;
  /** Called before a workbook is read and checked, to set the process's JavaScript compiler for the work (`allocheck`'s own process only: compilerTier.ts). */
  readonly beforeCheck?: () => void;
}

let pipeGuarded = false;

/** `allocheck check … | head`: a closed pipe ends the output quietly instead of with a stack trace. */
function guardPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export const processIo: CliIo = {
  stdout: (text) => {
    guardPipe();
    process.stdout.write(text);
  },
  stdoutBytes: (bytes) => {
    guardPipe();
    process.stdout.write(bytes);
  },
  stderr: (text) => void process.stderr.write(text),
  get cwd(): string {
    return process.cwd();
  },
  beforeCheck: compileLater,
};
