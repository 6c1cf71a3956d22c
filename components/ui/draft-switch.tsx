import { commonText } from "@/lib/i18n/common";

const t = commonText.draftSwitch;

/** Says which quarters (or budgets) a pooled figure counts, with a link to the other view (`draf=1` or none):
 * approved only by default, drafts on request. A plain link, so it works without JavaScript and prints. */
export function DraftSwitch({
  on,
  href,
  kind,
}: {
  /** Drafts are included. */
  on: boolean;
  /** The same page with the switch flipped. */
  href: string;
  kind: "quarters" | "apbdes";
}) {
  const k = t[kind];
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm" data-testid="draf-switch">
      <span>
        {t.shown} <strong data-testid="draf-label">{on ? k.on : k.off}</strong>
      </span>
      <a href={href} className="no-print font-medium text-brand-800 underline underline-offset-2">
        {on ? k.toOff : k.toOn}
      </a>
    </p>
  );
}
