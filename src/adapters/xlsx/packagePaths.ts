/**
 * Where the parts of an .xlsx package are (ECMA-376 Part 2, Open Packaging
 * Conventions): a part's folder, the relationships part that belongs to it
 * (`a/_rels/b.xml.rels` for `a/b.xml`) and back, and a relationship's target
 * resolved against or made relative to its source's folder.
 */

/** The folder of a part (`xl/worksheets` for `xl/worksheets/sheet1.xml`; `` at the root). */
export function folderOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return slash < 0 ? "" : partPath.slice(0, slash);
}

/** The relationships part of a part (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`). */
export function relsPathOf(partPath: string): string {
  const folder = folderOf(partPath);
  const base = partPath.slice(folder === "" ? 0 : folder.length + 1);
  return folder === "" ? `_rels/${base}.rels` : `${folder}/_rels/${base}.rels`;
}

/** The part a relationships part (`a/_rels/b.xml.rels`) belongs to (`a/b.xml`; `` for the package's own). */
export function sourceOfRels(relsPath: string): string {
  const m = /^(?:(.*)\/)?_rels\/([^/]*)\.rels$/i.exec(relsPath);
  if (m === null) return relsPath;
  return m[1] === undefined ? m[2] : `${m[1]}/${m[2]}`;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolvePartPath(baseFolder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${baseFolder}/${target}`).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

/** A target relative to the folder of the part that points at it. */
export function relativeTarget(fromFolder: string, to: string): string {
  const from = fromFolder === "" ? [] : fromFolder.split("/");
  const parts = to.split("/");
  let common = 0;
  while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
  return [...from.slice(common).map(() => ".."), ...parts.slice(common)].join("/");
}
