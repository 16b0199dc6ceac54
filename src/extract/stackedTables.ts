/**
 * A Word table pasted as plain text with each cell on a line of its own (`TT` / `Nội dung` / `Đơn vị tính` /
 * `Số lượng`, then `1` / `Thành lập mới tổ …` / `Tổ` / `06`, …): a header of three cells or more opening with
 * `TT` or `STT`, every cell a column title, then rows of as many lines, each opening with the next row number
 * and holding a figure, is read as the table it was. Nothing else is: a list of short lines stays lines.
 */
import { foldText } from "../core/text/fold";

/** The column titles a stacked header is made of (folded). */
const HEADER_CELL =
  /^(?:s?tt|so tt|noi dung(?: hoat dong| cong viec| chi tieu)?|ten (?:chi tieu|hoat dong)|chi tieu(?: ke hoach)?|hoat dong|nhiem vu|don vi tinh|dvt|don vi(?: thuc hien| chu tri)?|so luong|ke hoach(?: nam (?:19|20)\d{2})?|muc tieu|ghi chu|kinh phi(?: \(.*\))?|du toan(?: \(.*\))?|dinh muc|thanh tien|thoi gian(?: thuc hien)?|tong(?: so| cong)?|nam (?:19|20)\d{2}|dia ban|co quan (?:chu tri|phoi hop))$/;

const FIGURE = /^[≥≤<>]?\s*\d[\d.,]*\s*%?$/u;

/** Row cells by the index of a row's first line; the row's other lines map to null (read with their row). */
export function stackedTableRows(lines: readonly string[]): Map<number, string[] | null> {
  const out = new Map<number, string[] | null>();
  const text = lines.map((l) => (l.includes("|") || l.includes("\t") ? "" : l.trim()));
  const folded = text.map((t) => foldText(t).replace(/\s+/g, " "));
  for (let i = 0; i < lines.length; i++) {
    if (!/^s?tt$|^so tt$/.test(folded[i])) continue;
    let k = i + 1;
    while (k < lines.length && k - i < 9 && HEADER_CELL.test(folded[k]) && !/^s?tt$/.test(folded[k])) k++;
    const width = k - i;
    if (width < 3) continue;
    const rows: Array<[number, string[]]> = [];
    let at = k;
    for (let n = 1; at + width <= lines.length; n++) {
      const cells = text.slice(at, at + width);
      if (cells[0] !== String(n) && cells[0] !== `${n}.` && cells[0] !== String(n).padStart(2, "0")) break;
      // A cell left empty (a note column) is an empty line of its own; the name is never empty.
      if (cells[1] === "" || !cells.slice(1).some((c) => FIGURE.test(c))) break;
      rows.push([at, cells]);
      at += width;
    }
    // A total row, its number cell left empty: `Tổng cộng` and the rest of its cells, the empty cell on a line of
    // its own before it or left out.
    const blank = text[at] === "" ? 1 : 0;
    const total = text.slice(at + blank, at + blank + width - 1);
    if (rows.length >= 2 && total.length === width - 1 && /^(tong cong|tong|cong)$/.test(folded[at + blank] ?? "") && total.slice(1).some((c) => FIGURE.test(c))) {
      rows.push([at + blank, ["", ...total]]);
      at += blank + width - 1;
    }
    if (rows.length < 2) continue;
    out.set(i, text.slice(i, k));
    for (let j = i + 1; j < k; j++) out.set(j, null);
    for (const [start, cells] of rows) {
      out.set(start, cells);
      const span = cells[0] === "" ? width - 1 : width;
      for (let j = start + 1; j < start + span; j++) out.set(j, null);
    }
    i = at - 1;
  }
  return out;
}
