/** The real plan texts in ../shared/seeds (beside the repository). Missing seeds fail the tests. */
import * as fs from "fs";
import * as path from "path";

export const SEEDS_DIR = path.join(__dirname, "../../../shared/seeds");

export function seedPath(prefix: string): string {
  if (!fs.existsSync(SEEDS_DIR)) throw new Error(`seed folder missing: ${SEEDS_DIR}`);
  const name = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (!name) throw new Error(`seed ${prefix}* missing in ${SEEDS_DIR}`);
  return path.join(SEEDS_DIR, name);
}

export function seedText(prefix: string): string {
  return fs.readFileSync(seedPath(prefix), "utf8");
}
