/** Times saving one monthly child record (Formulir 2B with a weight) the way a phone without JavaScript does:
 * GET the form, POST it back as multipart form data to the server action, expect the 303 to the month list.
 * The server runs the whole write: validation, z-scores, the record, the quarter's recomputation and both
 * per-desa roll-ups, in one transaction. */
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** The hidden fields of the monthly form (action id, kode, sasaranId, bulan, version) and the first posyandu. */
function formFields(html: string): { fields: Array<[string, string]>; posyanduId: string } {
  const form = html.match(/<form[^>]*>(?:(?!<\/form>)[\s\S])*name="beratKg"[\s\S]*?<\/form>/)?.[0];
  if (!form) throw new Error("monthly form not found in the page");
  const fields: Array<[string, string]> = [];
  for (const tag of form.match(/<input[^>]*>/g) ?? []) {
    if (attr(tag, "type") !== "hidden") continue;
    const name = attr(tag, "name");
    if (name) fields.push([decode(name), decode(attr(tag, "value") ?? "")]);
  }
  const select = form.match(/<select[^>]*name="posyanduId"[^>]*>([\s\S]*?)<\/select>/)?.[1] ?? "";
  const posyanduId = [...select.matchAll(/<option[^>]*value="(\d+)"/g)][0]?.[1];
  if (!posyanduId) throw new Error("no posyandu option in the monthly form");
  return { fields, posyanduId };
}

export async function timeSaves(
  base: string,
  cookie: string,
  opts: { kode: string; childIds: number[]; bulan: string; tanggal: string },
) {
  const times: number[] = [];
  for (const [i, id] of opts.childIds.entries()) {
    const url = `${base}/wilayah/${opts.kode}/pemantauan/${id}?bulan=${opts.bulan}`;
    const page = await fetch(url, { headers: { cookie } });
    const { fields, posyanduId } = formFields(await page.text());
    const body = new FormData();
    for (const [k, v] of fields) if (k !== "version") body.append(k, v);
    for (const [k, v] of Object.entries({
      tanggalPeriksa: opts.tanggal,
      posyanduId,
      statusTikar: "H",
      imunisasiCampak: "belum",
      beratKg: (8.3 + (i % 5) / 10).toFixed(1).replace(".", ","),
      airBersih: "on",
    }))
      body.append(k, v);
    const t = performance.now();
    const res = await fetch(url, { method: "POST", body, headers: { cookie, origin: base }, redirect: "manual" });
    const text = await res.text();
    const ms = performance.now() - t;
    if (res.status !== 303) {
      const why = [...text.matchAll(/data-testid="(?:error-[^"]*|form-message)"[^>]*>([^<]*)/g)]
        .map((m) => m[1])
        .join("; ");
      throw new Error(`save of child ${id} answered ${res.status}, not 303: ${why || text.slice(0, 200)}`);
    }
    times.push(ms);
  }
  return times;
}
