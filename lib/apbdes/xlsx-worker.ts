import { Worker } from "node:worker_threads";

/* exceljs builds its whole workbook model in long synchronous stretches (about 0.4 s for 50,000 cells on one
 * core), so it runs in a worker thread: the server's event loop keeps answering other people, a file that
 * overruns the time budget is stopped by terminating the worker, and the worker's heap is capped. The inspection
 * (xlsx-inspect.ts) has already refused anything that would make exceljs build more than the limits allow. */

export type SheetRows = Array<[rowNumber: number, cells: string[]]>;
type Input = { bytes: Uint8Array; columns: number; rows: number };

/** The worker's script, plain JavaScript in a string: nothing between here and the thread (a bundler, a test
 * transform) may rewrite it, and it needs no file on disk. It opens the file with exceljs and sends back the
 * first sheet's non-empty rows as trimmed text (a cell's text as the person typed it: whole numbers stay digits
 * so "12500000" parses as rupiah, a date is YYYY-MM-DD, a formula gives its result), at most `columns` wide,
 * stopping after `rows` + 2 rows (header, the limit, one over it). String.raw keeps it byte for byte. */
const SCRIPT = String.raw`
const { parentPort } = require("node:worker_threads");
const { Workbook } = require("exceljs");
function cellText(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "ya" : "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("result" in value) return cellText(value.result ?? null);
  if ("text" in value) return String(value.text);
  return "";
}
async function main({ bytes, columns, rows }) {
  const wb = new Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const out = [];
  const sheet = wb.worksheets[0];
  if (sheet)
    sheet.eachRow((row, n) => {
      if (out.length > rows + 1) return;
      const cells = [];
      for (let c = 1; c <= Math.min(row.cellCount, columns); c++) cells.push(cellText(row.getCell(c).value).trim());
      if (cells.some((c) => c !== "")) out.push([n, cells]);
    });
  return out;
}
parentPort.on("message", (job) =>
  main(job).then(
    (rows) => parentPort.postMessage({ rows }),
    () => parentPort.postMessage({ failed: true }),
  ),
);
`;

/** Worker threads alive at once: a burst of uploads queues for them instead of starting a thread each. A worker
 * is kept for the next upload (starting one and loading exceljs takes 0.2–1 s) and ended after a minute idle. */
const MAX_WORKERS = 2;
const IDLE_MS = 60_000;
const HEAP = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

type Slot = { worker: Worker | null; busy: boolean; idle?: NodeJS.Timeout };
const slots: Slot[] = Array.from({ length: MAX_WORKERS }, () => ({ worker: null, busy: false }));
const waiting: Array<(slot: Slot) => void> = [];

function end(slot: Slot) {
  clearTimeout(slot.idle);
  void slot.worker?.terminate();
  slot.worker = null;
}

function release(slot: Slot) {
  const next = waiting.shift();
  if (next) return next(slot);
  slot.busy = false;
  clearTimeout(slot.idle);
  if (slot.worker) slot.idle = setTimeout(() => end(slot), IDLE_MS).unref();
}

/** A free slot, waiting until `deadline` (performance.now()); null when the time ran out first. */
function acquire(deadline: number): Promise<Slot | null> {
  const free = slots.find((s) => !s.busy);
  if (free) {
    free.busy = true;
    clearTimeout(free.idle);
    return Promise.resolve(free);
  }
  return new Promise((resolve) => {
    const take = (slot: Slot) => {
      clearTimeout(timer);
      clearTimeout(slot.idle);
      resolve(slot);
    };
    const timer = setTimeout(
      () => {
        waiting.splice(waiting.indexOf(take), 1);
        resolve(null);
      },
      Math.max(0, deadline - performance.now()),
    );
    waiting.push(take);
  });
}

function spawn(): Worker {
  const worker = new Worker(SCRIPT, { eval: true, resourceLimits: HEAP });
  // An error after its job was answered (while being terminated) must not become an unhandled 'error' event.
  worker.on("error", () => undefined);
  worker.unref();
  return worker;
}

export type SheetRead = { ok: true; rows: SheetRows } | { ok: false; kind: "slow" | "unreadable" | "unpacked" };

/** The first sheet's non-empty rows, read by exceljs in a worker thread with a capped heap, within `deadline`;
 * past it the worker is terminated. */
export async function readSheetRows(
  bytes: Uint8Array,
  limits: { columns: number; rows: number },
  deadline: number,
): Promise<SheetRead> {
  const slot = await acquire(deadline);
  if (!slot) return { ok: false, kind: "slow" };
  const worker = (slot.worker ??= spawn());
  const result = await new Promise<SheetRead>((resolve) => {
    const done = (r: SheetRead, broken: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (broken) end(slot);
      resolve(r);
    };
    const onMessage = (m: { rows?: SheetRows }) =>
      done(m.rows ? { ok: true, rows: m.rows } : { ok: false, kind: "unreadable" }, false);
    const onError = (e: Error & { code?: string }) =>
      done({ ok: false, kind: e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "unpacked" : "unreadable" }, true);
    const onExit = () => done({ ok: false, kind: "unreadable" }, true);
    const timer = setTimeout(() => done({ ok: false, kind: "slow" }, true), Math.max(0, deadline - performance.now()));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage({ bytes, columns: limits.columns, rows: limits.rows } satisfies Input);
  });
  release(slot);
  return result;
}
