/** npx tsx scripts/make-icons.ts — draws the app icons in public/icons/ (a white sprout on the app's green) with no
 * image library: shapes are sampled 4×4 per pixel and written as RGBA PNG with node:zlib. The PNGs are committed;
 * run this again only to change the drawing. */
import fs from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

/** The theme colour (app/layout.tsx viewport.themeColor). */
const GREEN = [0x17, 0x64, 0x3a] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

type Point = { x: number; y: number };

function inEllipse(p: Point, cx: number, cy: number, a: number, b: number, degrees: number): boolean {
  const t = (degrees * Math.PI) / 180;
  const dx = p.x - cx;
  const dy = p.y - cy;
  const u = dx * Math.cos(t) + dy * Math.sin(t);
  const v = -dx * Math.sin(t) + dy * Math.cos(t);
  return (u * u) / (a * a) + (v * v) / (b * b) <= 1;
}

/** The sprout, in a unit square: a stem, two leaves and a strip of soil. */
function inSprout(p: Point): boolean {
  const stem = Math.abs(p.x - 0.5) <= 0.028 && p.y >= 0.45 && p.y <= 0.74;
  const left = inEllipse(p, 0.355, 0.47, 0.16, 0.075, 35);
  const right = inEllipse(p, 0.64, 0.37, 0.18, 0.085, -35);
  const soil = inEllipse(p, 0.5, 0.76, 0.24, 0.045, 0);
  return stem || left || right || soil;
}

function inRoundedSquare(p: Point, radius: number): boolean {
  const qx = Math.max(radius - p.x, 0, p.x - (1 - radius));
  const qy = Math.max(radius - p.y, 0, p.y - (1 - radius));
  return qx * qx + qy * qy <= radius * radius;
}

/** RGBA pixels. `glyphScale` shrinks the sprout about the centre (maskable icons keep it in the safe zone). */
function draw(size: number, { corner, glyphScale }: { corner: number; glyphScale: number }): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const p = { x: (x + (sx + 0.5) / n) / size, y: (y + (sy + 0.5) / n) / size };
          if (!inRoundedSquare(p, corner)) continue;
          bg++;
          const g = { x: 0.5 + (p.x - 0.5) / glyphScale, y: 0.5 + (p.y - 0.5) / glyphScale };
          if (inSprout(g)) fg++;
        }
      const i = (y * size + x) * 4;
      const f = bg === 0 ? 0 : fg / bg;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(GREEN[c] * (1 - f) + WHITE[c] * f);
      pixels[i + 3] = Math.round((255 * bg) / (n * n));
    }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** File name → size and shape. "any" icons have rounded corners; maskable and Apple icons fill the square (the
 * platform cuts the shape) with the sprout inside the central 80 % safe zone. */
export const ICONS = {
  "icon-192.png": { size: 192, corner: 0.18, glyphScale: 1 },
  "icon-512.png": { size: 512, corner: 0.18, glyphScale: 1 },
  "icon-maskable-512.png": { size: 512, corner: 0, glyphScale: 0.72 },
  "apple-touch-icon.png": { size: 180, corner: 0, glyphScale: 0.8 },
} as const;

function main() {
  const dir = path.join(process.cwd(), "public/icons");
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, { size, corner, glyphScale }] of Object.entries(ICONS)) {
    fs.writeFileSync(path.join(dir, file), png(size, draw(size, { corner, glyphScale })));
    console.log(`public/icons/${file}`);
  }
}

if (process.argv[1]?.endsWith("make-icons.ts")) main();
