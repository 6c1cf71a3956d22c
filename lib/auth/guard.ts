import "server-only";
import { cache } from "react";
import { forbidden, notFound, redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { currentSession } from "@/auth";
import { getSessionUserById } from "@/db/queries/users";
import { getRegionInScope } from "@/db/queries/regions";
import { can, type Capability } from "./permissions";
import type { Viewer } from "./viewer";
import { AppError, messageFor } from "@/lib/errors";
import { section as sectionOf, sectionAt, type SectionKey } from "@/lib/sections";
import type { Region } from "@/db/schema";
import { formValues, type FormState } from "@/lib/form-state";
import { regionKodeParam } from "@/lib/route-params";
import { isValidKode } from "./scope";
import { authText } from "@/lib/i18n/auth";
import { commonText } from "@/lib/i18n/common";
import { logError } from "@/lib/log";

export const PASSWORD_PAGE = "/akun/kata-sandi";

/** The signed-in user, re-read from the database on every request so a deactivated account, or a changed
 * role or scope, takes effect at once. Cached for the duration of one request. */
const getSessionUser = cache(async (): Promise<{ viewer: Viewer; mustChangePassword: boolean } | null> => {
  const session = await currentSession();
  if (!session) return null;
  const row = await getSessionUserById(session.uid, { loginAt: session.loginAt, sid: session.sid });
  if (!row) return null;
  const { mustChangePassword, ...viewer } = row;
  return { viewer, mustChangePassword };
});

/** The viewer, or null when signed out, deactivated, or still holding a temporary password (which opens
 * nothing but the password page). Route handlers answer 401 on null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const user = await getSessionUser();
  return user && !user.mustChangePassword ? user.viewer : null;
});

export async function requireViewer(): Promise<Viewer> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect(PASSWORD_PAGE);
  return user.viewer;
}

/** For the password page only: a signed-in user even while a temporary password must still be replaced. */
export async function requireViewerForPasswordChange(): Promise<{ viewer: Viewer; mustChangePassword: boolean }> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** Whether the signed-in user must replace a temporary password first (null when signed out). */
export async function mustChangePassword(): Promise<boolean | null> {
  const user = await getSessionUser();
  return user ? user.mustChangePassword : null;
}

/** Page guard of a section (lib/sections.ts): signed in, region inside scope (else 404: nothing about it is
 * shown), the section's read capability held (else 403), the section present at the region's level (else 404).
 * A form page asks for "write": the section's write capability, and only where the section is written.
 * `rawKode` is the `[kode]` segment as Next hands it over; one that is no region code is a 404 as well. */
export async function requireRegionPage(
  rawKode: string,
  section: SectionKey,
  use: "read" | "write" = "read",
): Promise<{ viewer: Viewer; region: Region }> {
  const viewer = await requireViewer();
  const kode = regionKodeParam(rawKode);
  if (!kode) notFound();
  const region = await getRegionInScope({ viewer, kode });
  if (!region) notFound();
  const s = sectionOf(section);
  const capability = use === "write" ? s.write : s.read;
  if (!capability || !can(viewer.role, capability)) forbidden();
  if (!sectionAt(section, region.jenis, use)) notFound();
  return { viewer, region };
}

export function requireCapability(viewer: Viewer, capability: Capability) {
  if (!can(viewer.role, capability)) forbidden();
}

export { fieldError, initialFormState, type FormState } from "@/lib/form-state";

const PASSWORD_FIRST = authText.passwordPolicy.changeFirst;

/** Password fields are parsed but never echoed back to the browser. */
const SECRET_FIELD = /password|sandi/i;
function echoable(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELD.test(key)));
}

export type ActionContext<T> = { viewer: Viewer; input: T; region: Region; values: Record<string, string> };

/** Every server action is built here: authenticate → authorise role → validate → authorise region → body.
 * A server action is a public endpoint; hiding a button is never the check. */
export function guardedAction<S extends z.ZodType>(
  spec: {
    capability: Capability;
    schema: S | (() => S);
    /** The region the action writes to; checked against the viewer's scope. */
    regionOf: (input: z.infer<S>, viewer: Viewer) => string | Promise<string>;
    /** Only the password change itself runs while a temporary password is still in use. */
    allowPendingPassword?: boolean;
    /** The section written to: a region of a level where it has no writes (lib/sections.ts) is refused. */
    section?: SectionKey;
    /** That refusal's message (default: not found). */
    wrongLevel?: string;
  },
  body: (ctx: ActionContext<z.infer<S>>) => Promise<FormState | void>,
) {
  return async function action(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
    const all = formValues(formData);
    const values = echoable(all);
    try {
      const user = await getSessionUser();
      if (!user) return { status: "error", message: messageFor("unauthenticated"), values };
      if (user.mustChangePassword && !spec.allowPendingPassword)
        return { status: "error", message: PASSWORD_FIRST, values };
      const { viewer } = user;
      if (!can(viewer.role, spec.capability)) return { status: "error", message: messageFor("forbidden"), values };
      const schema = typeof spec.schema === "function" ? (spec.schema as () => S)() : spec.schema;
      const parsed = schema.safeParse(all);
      if (!parsed.success) {
        return {
          status: "error",
          message: messageFor("invalid_input"),
          errors: z.flattenError(parsed.error).fieldErrors as FormState["errors"],
          values,
        };
      }
      // A posted code that is no region code (a NUL byte, say) is refused before it reaches a query.
      const kode = await spec.regionOf(parsed.data, viewer);
      const region = isValidKode(kode) ? await getRegionInScope({ viewer, kode }) : null;
      if (!region) return { status: "error", message: messageFor("forbidden"), values };
      if (spec.section && !sectionAt(spec.section, region.jenis, "write"))
        return { status: "error", message: spec.wrongLevel ?? messageFor("not_found"), values };
      const result = await body({ viewer, input: parsed.data, region, values });
      return result ?? { status: "ok" };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return { status: "error", message: error.message, values };
      const id = logError(error, { route: `action:${spec.section ?? spec.capability}` });
      return { status: "error", message: commonText.status.error.action(id), values };
    }
  };
}
