/** Outside a request there is no cache to revalidate; actions call these after their write. Use with
 *   vi.mock("next/cache", () => import("./next-stubs"));
 */
export function revalidatePath() {}
export function revalidateTag() {}
export function refresh() {}
export function updateTag() {}
