import "server-only";
import { cache } from "react";
import { forbidden, notFound, redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { auth } from "@/auth";
import { getActiveViewerById } from "@/db/queries/users";
import { getRegionInScope } from "@/db/queries/regions";
import { can, type Capability } from "./permissions";
import type { Viewer } from "./viewer";
import { AppError, messageFor } from "@/lib/errors";
import type { Region } from "@/db/schema";
import type { FormState } from "@/lib/form-state";

/** The signed-in user, re-read from the database on every request so a deactivated account, or a changed
 * role or scope, takes effect at once. Cached for the duration of one request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getActiveViewerById(id);
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/** Page guard: signed in, region inside scope (else 404: nothing about it is shown), capability held (else 403). */
export async function requireRegionPage(kode: string, capability: Capability): Promise<{ viewer: Viewer; region: Region }> {
  const viewer = await requireViewer();
  const region = await getRegionInScope({ viewer, kode });
  if (!region) notFound();
  if (!can(viewer.role, capability)) forbidden();
  return { viewer, region };
}

export function requireCapability(viewer: Viewer, capability: Capability) {
  if (!can(viewer.role, capability)) forbidden();
}

export { fieldError, initialFormState, type FormState } from "@/lib/form-state";

function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") out[key] = key in out ? `${out[key]},${value}` : value;
  }
  return out;
}

type ActionContext<T> = { viewer: Viewer; input: T; region: Region; values: Record<string, string> };

/** Every server action is built here: authenticate → authorise role → validate → authorise region → body.
 * A server action is a public endpoint; hiding a button is never the check. */
export function guardedAction<S extends z.ZodType>(
  spec: { capability: Capability; schema: S | (() => S); regionOf: (input: z.infer<S>) => string | Promise<string> },
  body: (ctx: ActionContext<z.infer<S>>) => Promise<FormState | void>,
) {
  return async function action(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
    const values = formValues(formData);
    try {
      const viewer = await getViewer();
      if (!viewer) return { status: "error", message: messageFor("unauthenticated"), values };
      if (!can(viewer.role, spec.capability)) return { status: "error", message: messageFor("forbidden"), values };
      const schema = typeof spec.schema === "function" ? (spec.schema as () => S)() : spec.schema;
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        return { status: "error", message: messageFor("invalid_input"), errors: z.flattenError(parsed.error).fieldErrors as FormState["errors"], values };
      }
      const region = await getRegionInScope({ viewer, kode: await spec.regionOf(parsed.data) });
      if (!region) return { status: "error", message: messageFor("forbidden"), values };
      const result = await body({ viewer, input: parsed.data, region, values });
      return result ?? { status: "ok" };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return { status: "error", message: error.message, values };
      console.error("[action]", error);
      return { status: "error", message: messageFor("internal"), values };
    }
  };
}
