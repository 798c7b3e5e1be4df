// Draws the toolbar icon set (16, 32, 48, 128 px PNG) from one vector description, with no image library:
// a rounded blue tile holding two blocks of text lines, split by a gap — stories, split.
// Run: npx tsx scripts/make-icons.ts  (writes public/icons/)
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { resolve } from 'node:path';

const SIZES = [16, 32, 48, 128];
const BG: RGB = [37, 99, 235];
const FG: RGB = [255, 255, 255];
const ACCENT: RGB = [251, 191, 36];
type RGB = [number, number, number];

/** Shapes in a 0–1 unit square: [x0, y0, x1, y1, colour]. */
const LINES: [number, number, number, number, RGB][] = [
  [0.2, 0.2, 0.8, 0.29, FG],
  [0.2, 0.35, 0.66, 0.44, FG],
  [0.14, 0.5, 0.86, 0.53, ACCENT],
  [0.2, 0.59, 0.8, 0.68, FG],
  [0.2, 0.74, 0.58, 0.83, FG],
];

function insideRoundedTile(x: number, y: number): boolean {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function pixel(x: number, y: number): [number, number, number, number] {
  if (!insideRoundedTile(x, y)) return [0, 0, 0, 0];
  for (const [x0, y0, x1, y1, c] of LINES) if (x >= x0 && x <= x1 && y >= y0 && y <= y1) return [...c, 255];
  return [...BG, 255];
}

/** 4×4 supersampling keeps small sizes smooth. */
function render(size: number): Buffer {
  const SS = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const p = pixel((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          for (let k = 0; k < 3; k++) acc[k] += p[k] * p[3];
          acc[3] += p[3];
        }
      const a = acc[3] / (SS * SS);
      for (let k = 0; k < 3; k++) row[1 + px * 4 + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
      row[1 + px * 4 + 3] = Math.round(a);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const out = resolve(import.meta.dirname, '../public/icons');
mkdirSync(out, { recursive: true });
for (const s of SIZES) writeFileSync(resolve(out, `icon-${s}.png`), render(s));
const rgb = (c: RGB) => `rgb(${c.join(',')})`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="20" fill="${rgb(BG)}"/>${LINES.map(
  ([x0, y0, x1, y1, c]) => `<rect x="${x0 * 100}" y="${y0 * 100}" width="${((x1 - x0) * 100).toFixed(1)}" height="${((y1 - y0) * 100).toFixed(1)}" fill="${rgb(c)}"/>`,
).join('')}</svg>\n`;
writeFileSync(resolve(out, 'icon.svg'), svg);
console.log(`icons written to ${out}`);
