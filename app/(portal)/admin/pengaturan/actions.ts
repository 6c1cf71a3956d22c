"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/lib/auth/guard";
import { saveYearSettings } from "@/db/writes/settings";
import { yearSettingsSchema } from "@/lib/scorecard/settings-schema";
import { adminText } from "@/lib/i18n/admin";

/** Settings are district-wide: the region checked is the admin's own scope; the capability is the guard. */
export const saveYearSettingsAction = guardedAction(
  { capability: "settings:manage", schema: yearSettingsSchema, regionOf: (_input, viewer) => viewer.scopeKode },
  async ({ viewer, input, values }) => {
    await saveYearSettings(viewer, input);
    revalidatePath("/admin/pengaturan");
    return { status: "ok", message: adminText.settings.saved(input.tahun), values };
  },
);
