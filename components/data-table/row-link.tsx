/** A link in a table row. A plain anchor, not next/link: a page of a hundred rows would otherwise prefetch up
 * to a hundred pages on a cadre's phone over a slow connection, and ship and hydrate a hundred link components.
 * Its look is `.row-link` in app/globals.css. */
export function RowLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <a href={href} className={className ? `row-link ${className}` : "row-link"}>
      {children}
    </a>
  );
}
