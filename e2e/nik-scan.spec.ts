import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { Workbook } from "exceljs";
import { login } from "./fixtures";

/**
 * The NIK policy seen from outside (docs/security.md "NIK"): signed in as a kecamatan user, walk every page of
 * the kecamatan that links lead to — region pages, dashboards, target lists, targets and their history, monthly
 * records, scorecard indicator lists, KPM — with its RSC payload, and download every export linked from them;
 * one target's history holds an audit entry with its NIK (the desa's KPM registered it first).
 * Nothing may hold a 16-digit number (a NIK) or a masked NIK that still shows a serial digit (13–16): with the
 * birth date and sex shown beside it, that rebuilds the NIK.
 */

const KECAMATAN = "19.05.01";
/** Desa whose records (targets, history, monthly records, indicator lists) are opened; every other desa of the
 * kecamatan is visited down to its section pages. */
const DEEP = new Set(["19.05.01.2004", "19.05.01.2006", "19.05.01.1001"]);
/** Pages per desa and route shape (ids and query values ignored), so paging and sorting links stay bounded. */
const PER_SHAPE = 3;
// Issue 20 added the SKDN report and the balita pages to every desa: the whole kecamatan is about 850 pages.
const MAX_PAGES = 1100;
/** Sent as a browser would on a same-site navigation or download. */
const SAME_SITE = { "Sec-Fetch-Site": "same-origin" };

/** 16 digits standing alone: not inside a longer number, word or hash, nor the decimals of a fraction. */
const FULL_NIK = /(?<![0-9A-Za-z.])\d{16}(?![0-9A-Za-z]|\.\d)/g;
const MASK_LIKE = /(?<![\d•*])[\d•*]{16}(?![\d•*])/g;

/** What a kecamatan user must never see in `text`. */
function leaks(text: string): string[] {
  const t = text.replace(/\\u2022/gi, "•");
  const full = t.match(FULL_NIK) ?? [];
  const serial = (t.match(MASK_LIKE) ?? []).filter((m) => /[•*]/.test(m) && /\d/.test(m.slice(12)));
  return [...full, ...serial];
}

/** Masked NIKs in `text`, whichever digits they show: proof that the walk saw NIK columns at all. */
const masks = (text: string) =>
  (text.replace(/\\u2022/gi, "•").match(MASK_LIKE) ?? []).filter((m) => /[•*]/.test(m)).length;

/** Where a link may lead in this walk, as a path with its query; null when it leaves the kecamatan's pages. */
function inScope(href: string): string | null {
  const url = new URL(href.replace(/&amp;/g, "&"), "http://x");
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(`/wilayah/${KECAMATAN}`)) return null;
  return `${url.pathname}${url.search}`;
}

function desaOf(path: string): string {
  return decodeURIComponent(path).split("/")[2] ?? "";
}

/** The route shape a page belongs to: region, path with numeric ids replaced, and the names of its query keys. */
function shapeOf(href: string): string {
  const url = new URL(href, "http://x");
  const [, , kode, ...rest] = decodeURIComponent(url.pathname).split("/");
  const keys = [...url.searchParams.keys()].sort().join("&");
  return `${kode} ${rest.map((s) => (/^\d+$/.test(s) ? "#" : s)).join("/")}?${keys}`;
}

/** A page of one record or one indicator of a desa: opened only in the DEEP desa. */
const isDesaRecord = (href: string) =>
  desaOf(href).split(".").length === 4 &&
  /\/(sasaran|pemantauan|kegiatan|scorecard\/indikator)\/./.test(href.split("?")[0]);
const isDownload = (href: string) => /ekspor|templat/.test(href.split("?")[0]);

/** Every cell of every sheet, as shown and as stored; and how many rows hold something. */
async function cellsOf(body: Buffer): Promise<{ text: string; rows: number }> {
  const wb = new Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out: string[] = [];
  let rows = 0;
  for (const sheet of wb.worksheets)
    sheet.eachRow((row) => {
      rows++;
      row.eachCell((cell) => out.push(`${cell.text}\t${JSON.stringify(cell.value)}`));
    });
  return { text: out.join("\n"), rows };
}

type Finding = { where: string; found: string[] };

async function walk(request: APIRequestContext, also: string[]) {
  const findings: Finding[] = [];
  const seen = new Set<string>(also);
  const shapes = new Map<string, number>();
  const downloads = new Set<string>();
  const queue = [`/wilayah/${KECAMATAN}`, ...also];
  let pages = 0;
  let masked = 0;
  let rsc = 0;
  const check = (where: string, text: string) => {
    const found = leaks(text);
    if (found.length) findings.push({ where, found: [...new Set(found)].slice(0, 5) });
    masked += masks(text);
  };
  while (queue.length && pages < MAX_PAGES) {
    const href = queue.shift()!;
    const res = await request.get(href, { headers: SAME_SITE });
    pages++;
    const html = await res.text();
    if (res.status() !== 200) continue;
    check(href, html);
    const flight = await request.get(href, { headers: { ...SAME_SITE, RSC: "1" } });
    if (flight.ok() && (flight.headers()["content-type"] ?? "").includes("text/x-component")) {
      rsc++;
      check(`${href} (RSC)`, await flight.text());
    }
    for (const [, raw] of html.matchAll(/href="([^"]+)"/g)) {
      const next = inScope(raw);
      if (!next || seen.has(next)) continue;
      seen.add(next);
      if (isDownload(next)) {
        // Sort and filter variants of one download hold the same cells.
        const shape = `download ${shapeOf(next)}`;
        if ((shapes.get(shape) ?? 0) < 2) downloads.add(next);
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
        continue;
      }
      if (isDesaRecord(next) && !DEEP.has(desaOf(next))) continue;
      const shape = shapeOf(next);
      const n = shapes.get(shape) ?? 0;
      if (n >= PER_SHAPE) continue;
      shapes.set(shape, n + 1);
      queue.push(next);
    }
  }
  const visited = [...shapes.keys()].filter((k) => !k.startsWith("download "));
  return { findings, pages, left: queue.length, rsc, masked, downloads: [...downloads], visited };
}

/** The desa's KPM registers a pregnant woman with a NIK, so her history holds an audit entry naming it. */
async function auditedTarget(browser: Browser): Promise<string> {
  const kpm = await browser.newPage();
  await login(kpm, "kpm.belolaut");
  for (let attempt = 0; ; attempt++) {
    // Born 10-04-1996, a woman (day + 40), issued in Mentok; a random serial, again if it is taken.
    const nik = `190501500496${String(1000 + Math.floor(Math.random() * 9000))}`;
    await kpm.goto("/wilayah/19.05.01.2006/sasaran/baru?jenis=ibu");
    await kpm.getByLabel("Nama ibu").fill(`Ibu Pindai ${Date.now().toString(36)}`);
    await kpm.getByLabel("NIK (boleh kosong)").fill(nik);
    await kpm.getByLabel("Tanggal lahir").fill("1996-04-10");
    await kpm.getByLabel("Posyandu").selectOption({ index: 1 });
    await kpm.getByRole("button", { name: "Simpan sasaran" }).click();
    await kpm.waitForURL(/tersimpan=1/, { timeout: 5_000 }).catch(() => undefined);
    if (kpm.url().includes("tersimpan=1")) break;
    expect(attempt, (await kpm.getByTestId("error-nik").textContent()) ?? "").toBeLessThan(3);
  }
  const href = new URL(kpm.url()).pathname;
  await kpm.close();
  return href;
}

test("a kecamatan user finds no NIK and no serial digit in any page, RSC payload or export of the kecamatan", async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const target = await auditedTarget(browser);
  await login(page, "tpps.mentok");
  const request = page.request;
  const history = `${target}/riwayat`;
  const result = await walk(request, [target, history]);
  // The history page showed the audit entry's NIK, masked.
  expect(masks(await (await request.get(history)).text()), history).toBeGreaterThan(0);

  let workbooks = 0;
  let rows = 0;
  for (const href of result.downloads) {
    const res = await request.get(href, { headers: SAME_SITE });
    if (res.status() !== 200) continue;
    const body = await res.body();
    let text = body.toString("utf8");
    if ((res.headers()["content-type"] ?? "").includes("spreadsheetml")) {
      const sheet = await cellsOf(body);
      text = sheet.text;
      workbooks++;
      rows += sheet.rows;
    }
    const found = leaks(text);
    if (found.length) result.findings.push({ where: `${href} (download)`, found: [...new Set(found)].slice(0, 5) });
    result.masked += masks(text);
  }

  console.log(
    `nik-scan: ${result.pages} pages (${result.left} left), ${result.rsc} RSC payloads, ` +
      `${workbooks} workbooks (${rows} rows), ${result.masked} masked NIKs seen`,
  );

  // Not vacuous: the walk reached the desa's records, their RSC payloads and the exports, and it saw masked NIKs.
  const visited = result.visited.join("\n");
  for (const shape of ["sasaran/#?", "sasaran/#/riwayat?", "pemantauan/#?", "scorecard/indikator/", "kpm?"])
    expect(visited, shape).toContain(shape);
  expect(result.pages).toBeGreaterThan(60);
  expect(result.left, "pages left when the walk stopped").toBe(0);
  expect(result.rsc).toBeGreaterThan(60);
  expect(result.downloads.some((d) => d.includes("/sasaran/ekspor"))).toBe(true);
  expect(workbooks).toBeGreaterThanOrEqual(4);
  expect(rows).toBeGreaterThan(100);
  expect(result.masked).toBeGreaterThan(20);
  expect(result.findings).toEqual([]);
});

test("a kecamatan user's search by NIK digits finds nobody, in the list and in the export", async ({ browser }) => {
  const kpm = await browser.newPage();
  await login(kpm, "kpm.airputih");
  const list = await (await kpm.request.get("/wilayah/19.05.01.2004/sasaran")).text();
  const nik = list.match(FULL_NIK)?.[0];
  expect(nik, "the desa's KPM sees full NIKs").toBeTruthy();
  await kpm.close();

  const kec = await browser.newPage();
  await login(kec, "tpps.mentok");
  for (const q of [nik!, nik!.slice(6, 14)]) {
    await kec.goto(`/wilayah/19.05.01.2004/sasaran?q=${q}`);
    await expect(kec.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(kec.getByTestId("tabel-sasaran")).toHaveCount(0);
    const res = await kec.request.get(`/wilayah/19.05.01.2004/sasaran/ekspor?q=${q}`, { headers: SAME_SITE });
    expect(res.status()).toBe(200);
    // Title block (title, period, kecamatan, kabupaten, print date) and header: no target.
    expect((await cellsOf(await res.body())).rows, q).toBe(6);
  }
  await kec.close();
});
