/**
 * The zip container of an .xlsx package, through JSZip: the parts by name and
 * their text. Anything JSZip cannot open (not a zip, truncated, encrypted) is
 * a `NotAZipError`.
 */
import JSZip from "jszip";

export class NotAZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAZipError";
  }
}

export interface ZipPackage {
  /** The archive itself, to edit and write a copy. */
  readonly zip: JSZip;
  /** Part names (forward slashes, no leading slash), in the archive's order. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The entry's name as stored in the archive (some producers write a leading slash). */
  storedName(name: string): string | undefined;
  /** The part decoded as UTF-8, or undefined when absent. */
  text(name: string): Promise<string | undefined>;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openZip(bytes: Buffer): Promise<ZipPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new NotAZipError(reason(error));
  }
  const stored = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) stored.set(entry.name.replace(/^\/+/, ""), entry.name);
  return {
    zip,
    names: [...stored.keys()],
    has: (name) => stored.has(name),
    storedName: (name) => stored.get(name),
    text: async (name) => {
      const entryName = stored.get(name);
      if (entryName === undefined) return undefined;
      try {
        // Node's UTF-8 decoder: faster than JSZip's own on large sheets.
        return (await zip.file(entryName)!.async("nodebuffer")).toString("utf8");
      } catch (error) {
        throw new NotAZipError(`${name}: ${reason(error)}`);
      }
    },
  };
}
