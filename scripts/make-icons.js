#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png, and
 * assets/favicon.ico holding the 16 and 32 px PNGs for browsers) with no
 * dependency but node's zlib: a green rounded square (a sheet) with three
 * white grid lines and a white check mark. Shapes are described as signed
 * distance functions and sampled 8×8 times per pixel, so every size is
 * anti-aliased and drawn from the same geometry (no scaling of a bitmap).
 *
 *   node scripts/make-icons.js            # writes the PNGs into assets/
 *   node scripts/make-icons.js --check    # exits 1 if the committed PNGs differ
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;
const GREEN = [0x10, 0x7c, 0x41]; // Excel green
const WHITE = [0xff, 0xff, 0xff];
const ROW_LINE = [0x9f, 0xd3, 0xb5]; // pale green grid lines

// --- geometry in a unit square (0..1, y down) --------------------------------

function roundedRectDistance(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius;
  const hy = (bottom - top) / 2 - radius;
  const qx = Math.abs(x - cx) - hx;
  const qy = Math.abs(y - cy) - hy;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour (RGBA 0..255) of one sample point, painter's order. */
function sample(x, y, size) {
  // Small icons get a thicker stroke so that the mark stays legible at 16 px.
  const stroke = size <= 16 ? 0.13 : size <= 32 ? 0.11 : 0.095;
  let color = null;
  if (roundedRectDistance(x, y, 0.04, 0.04, 0.96, 0.96, 0.18) <= 0) color = GREEN;
  if (color && size > 16) {
    for (const lineY of [0.3, 0.5, 0.7]) {
      if (Math.abs(y - lineY) <= 0.022 && x > 0.14 && x < 0.86) color = ROW_LINE;
    }
  }
  const check =
    Math.min(segmentDistance(x, y, 0.24, 0.52, 0.43, 0.71), segmentDistance(x, y, 0.43, 0.71, 0.78, 0.3)) <=
    stroke / 2;
  if (check) color = WHITE;
  return color ? [color[0], color[1], color[2], 255] : [0, 0, 0, 0];
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          // Premultiplied accumulation keeps the edges free of dark fringes.
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (py * size + px) * 4;
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(a / (n * n));
    }
  }
  return pixels;
}

// --- PNG encoding (RGBA, 8 bit, no interlace) ------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An ICO file whose images are PNGs (valid since Windows Vista; every browser reads it). */
function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]);
}

function main() {
  const check = process.argv.includes("--check");
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  let stale = 0;
  const pngs = new Map(SIZES.map((size) => [size, encodePng(size, render(size))]));
  const outputs = SIZES.map((size) => [path.join(dir, `icon-${size}.png`), pngs.get(size)]);
  outputs.push([path.join(dir, "favicon.ico"), encodeIco([16, 32].map((size) => ({ size, png: pngs.get(size) })))]);
  for (const [file, png] of outputs) {
    if (check) {
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(png)) {
        console.error(`stale: ${path.relative(process.cwd(), file)}`);
        stale++;
      }
    } else {
      fs.writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${png.length} bytes)`);
    }
  }
  if (stale) process.exit(1);
}

if (require.main === module) main();

module.exports = { SIZES, encodePng, encodeIco, render };
