/** Lets a wide table scroll inside its own box on a 360-px phone instead of widening the page. */
export function TableScroll({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <div className={`max-w-full overflow-x-auto ${className}`}>{children}</div>;
}
