#!/usr/bin/env node
"use strict";
/**
 * Makes, from a bench file (bench-output/alloc-N-v1.xlsx), two variants whose
 * data rows carry formulas filled down in six columns (W…AB, cached values
 * kept): `<out>-shared.xlsx` stores them as Excel does after a fill-down
 * (shared formulas: the master cell holds the text, the others only
 * `<f t="shared" si="k"/>`), `<out>-expanded.xlsx` writes each cell's formula
 * out in full. Both must give the same `check --json`; timing them against
 * each other measures the shared-formula expansion alone.
 *
 *   node scripts/bench-shared-formulas.js bench-output/alloc-100000-v1.xlsx /tmp/alloc-100000-sf
 *
 * Zip read and written with Node's zlib only (stored central directory, deflated entries).
 */
const fs = require("fs");
const zlib = require("zlib");

const FIRST_ROW = 6;
// Column → formula at row FIRST_ROW (the master); relative references move down with the row.
const COLUMNS = {
  W: "SUM(C6:V6)",
  X: "SUM(C6:L6)",
  Y: "SUM(M6:V6)-$C$5",
  Z: "C6+D6*E$5",
  AA: "ROUND(E6*$C$5/100,0)",
  AB: 'IF(F6>0,F6,"")',
};

function readZip(buffer) {
  let eocd = buffer.length - 22;
  while (buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(p + 10);
    const size = buffer.readUInt32LE(p + 20);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const local = buffer.readUInt32LE(p + 42);
    const name = buffer.toString("utf8", p + 46, p + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(dataStart, dataStart + size);
    entries.push({ name, data: method === 0 ? raw : zlib.inflateRawSync(raw) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(data) {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function writeZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const packed = zlib.deflateRawSync(data, { level: 6 });
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(packed.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(header, nameBytes, packed);
    central.push(record, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralBytes, end]);
}

/** The master's formula moved down by `rows` (the relative rows only; these formulas have no whole ranges). */
function movedDown(formula, rows) {
  return formula.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_, colAbs, letters, rowAbs, digits) =>
    `${colAbs}${letters}${rowAbs}${rowAbs ? digits : Number(digits) + rows}`);
}

function rewriteSheet(xml, shared) {
  const lastRow = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  const index = Object.fromEntries(Object.keys(COLUMNS).map((col, i) => [col, i]));
  return xml.replace(/<c r="([A-Z]+)(\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/g, (whole, col, digits, attributes, value) => {
    const row = Number(digits);
    const master = COLUMNS[col];
    if (master === undefined || row < FIRST_ROW) return whole;
    let f;
    if (!shared) f = `<f>${escapeXml(movedDown(master, row - FIRST_ROW))}</f>`;
    else if (row === FIRST_ROW) f = `<f t="shared" ref="${col}${FIRST_ROW}:${col}${lastRow}" si="${index[col]}">${escapeXml(master)}</f>`;
    else f = `<f t="shared" si="${index[col]}"/>`;
    return `<c r="${col}${digits}"${attributes}>${f}<v>${value}</v></c>`;
  });
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function main() {
  const [input, out] = process.argv.slice(2);
  if (!input || !out) {
    process.stderr.write("usage: node scripts/bench-shared-formulas.js <bench .xlsx> <output prefix>\n");
    process.exit(2);
  }
  const entries = readZip(fs.readFileSync(input));
  for (const shared of [true, false]) {
    const rewritten = entries.map(({ name, data }) =>
      name === "xl/worksheets/sheet1.xml" ? { name, data: Buffer.from(rewriteSheet(data.toString("utf8"), shared), "utf8") } : { name, data });
    const file = `${out}-${shared ? "shared" : "expanded"}.xlsx`;
    fs.writeFileSync(file, writeZip(rewritten));
    process.stdout.write(`${file}\n`);
  }
}

main();
