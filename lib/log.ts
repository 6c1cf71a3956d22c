/** Server logs hold no personal data. An error's message and properties can: a failed query's message carries
 * every parameter (names, NIKs, addresses), PostgreSQL's `detail` the whole row. So an error is logged as an id,
 * the route and its class (plus the cause's class and a SQLSTATE-like code, which name no person), never its
 * message. The id is what the person sees ("Kode kesalahan"), so a report can be matched to the log line. */

/** A code that names a condition, not a value: SQLSTATE (`22P02`, `23505`), Node's `ECONNREFUSED`. */
const SAFE_CODE = /^[A-Z0-9_]{2,40}$/;

function className(error: unknown): string {
  if (error === null || error === undefined) return String(error);
  if (typeof error !== "object" && typeof error !== "function") return typeof error;
  const ctor = (error as { constructor?: unknown }).constructor;
  const fromClass = typeof ctor === "function" && ctor !== Object ? ctor.name : undefined;
  const name = (error as { name?: unknown }).name;
  // `name` can be set from data; only an identifier-like one is used.
  const pick = [fromClass, name].find((n): n is string => typeof n === "string" && /^[A-Za-z_$][\w$]{0,60}$/.test(n));
  return pick ?? "UnknownError";
}

function codeOf(error: unknown): string | undefined {
  const code = error && typeof error === "object" ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && SAFE_CODE.test(code) ? code : undefined;
}

/** `class=DrizzleQueryError cause=PostgresError code=23514`: what may be logged about an error. */
export function errorSummary(error: unknown): string {
  const parts = [`class=${className(error)}`];
  const cause = error && typeof error === "object" ? (error as { cause?: unknown }).cause : undefined;
  if (cause !== undefined) parts.push(`cause=${className(cause)}`);
  const code = codeOf(error) ?? codeOf(cause);
  if (code) parts.push(`code=${code}`);
  return parts.join(" ");
}

/** A short random id for one error (Next's digest, when it has one, is used instead). */
export function newErrorId(): string {
  return crypto.randomUUID().slice(0, 8);
}

const DIGEST = /^[\w-]{1,40}$/;

/** Logs one line about an error and returns its id. `route` is a route pattern (`/wilayah/[kode]/sasaran`) or an
 * action's name, never a URL: a query string can hold a search term. */
export function logError(error: unknown, context: { route: string; id?: string }): string {
  const digest = error && typeof error === "object" ? (error as { digest?: unknown }).digest : undefined;
  const id = context.id ?? (typeof digest === "string" && DIGEST.test(digest) ? digest : newErrorId());
  console.error(`[tumbuh] error id=${id} route=${context.route} ${errorSummary(error)}`);
  return id;
}

const isErrorLike = (v: unknown): boolean =>
  v instanceof Error || (typeof v === "object" && v !== null && typeof (v as { stack?: unknown }).stack === "string");

const REDACTED = Symbol.for("tumbuh.redactedConsole");
type ConsoleMethod = "error" | "warn" | "log" | "info" | "debug";
const METHODS: readonly ConsoleMethod[] = ["error", "warn", "log", "info", "debug"];

/** Whatever logs an error object after us — Next printing a render error after `onRequestError`, an unhandled
 * rejection, a library — prints the summary instead of the object. Returns a function that undoes it (tests). */
export function redactConsole(target: Console = console): () => void {
  const marked = target as Console & { [REDACTED]?: () => void };
  if (marked[REDACTED]) return marked[REDACTED];
  const originals = METHODS.map((m) => [m, target[m]] as const);
  for (const [m, original] of originals) {
    target[m] = (...args: unknown[]) =>
      original.apply(
        target,
        args.map((a) => {
          if (!isErrorLike(a)) return a;
          const digest = (a as { digest?: unknown }).digest;
          const id = typeof digest === "string" && DIGEST.test(digest) ? ` id=${digest}` : "";
          return `[${errorSummary(a)}${id}]`;
        }),
      );
  }
  const undo = () => {
    for (const [m, original] of originals) target[m] = original;
    delete marked[REDACTED];
  };
  marked[REDACTED] = undo;
  return undo;
}
