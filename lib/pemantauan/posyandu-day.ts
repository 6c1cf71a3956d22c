/* The order of the posyandu-day mode (docs/posyandu-day.md). Pure. */

/** `weighed`: this month's 2B record has a weight. A record without one (e.g. made by a home visit logged in the
 * activity log, docs/home-visit.md) still leaves the child to be weighed. */
export type DayChild = { id: number; nama: string; weighed: boolean };

/** The child shown when the mode opens without one: the first not yet weighed this month, in the list's order. */
export function firstChild(children: readonly DayChild[]): DayChild | null {
  return children.find((c) => !c.weighed) ?? null;
}

/** The child after `currentId` (after a save or "Lewati"): the next one not yet recorded in the list's order,
 * wrapping round to those skipped earlier; null when every other child is recorded. */
export function nextChild(children: readonly DayChild[], currentId: number): DayChild | null {
  const at = children.findIndex((c) => c.id === currentId);
  const after = [...children.slice(at + 1), ...children.slice(0, Math.max(at, 0))];
  return after.find((c) => !c.weighed && c.id !== currentId) ?? null;
}
