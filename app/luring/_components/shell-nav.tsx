"use client";

import { createContext, useContext, useEffect, useState, type MouseEvent, type ReactNode } from "react";

/** In-page navigation of the offline shell: links change the URL with history.pushState and the shell re-renders
 * (a full load would go to the network, then to the service worker, for every tap). */
const Nav = createContext<{ url: URL; go: (href: string) => void }>({
  url: new URL("http://localhost/luring"),
  go: () => undefined,
});

export function ShellNavProvider({ children }: { children: ReactNode }) {
  const [url, setUrl] = useState(() => new URL(window.location.href));
  useEffect(() => {
    const pop = () => setUrl(new URL(window.location.href));
    window.addEventListener("popstate", pop);
    return () => window.removeEventListener("popstate", pop);
  }, []);
  const go = (href: string) => {
    window.history.pushState(null, "", href);
    setUrl(new URL(window.location.href));
    window.scrollTo(0, 0);
  };
  return <Nav.Provider value={{ url, go }}>{children}</Nav.Provider>;
}

export const useShellNav = () => useContext(Nav);

export function ShellLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const { go } = useShellNav();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    go(href);
  };
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
