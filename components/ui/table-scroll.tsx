/** Lets a wide table scroll inside its own box on a 360-px phone instead of widening the page. Focusable, so a
 * keyboard can scroll it too (axe: scrollable-region-focusable, seen on the scorecard at 360 px). */
export function TableScroll({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <div tabIndex={0} className={`max-w-full overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
