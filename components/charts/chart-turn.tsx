"use client";

import { useEffect, useState, type ReactNode } from "react";

// The chart drawn last on this page; the next one waits for it.
let previous: Promise<void> = Promise.resolve();

/** Draws the charts of a page one per task, in page order. Four charts built in one go are the largest block of main-thread
 * work on a cheap phone (taps and scrolling wait; docs/dashboard.md); one at a time, the page stays responsive between
 * them. The box keeps its size meanwhile, so nothing moves when a chart appears. */
export function ChartTurn({ children }: { children: ReactNode }) {
  const [turn, setTurn] = useState(false);
  const [drawn] = useState(() => {
    let release = () => {};
    const done = new Promise<void>((resolve) => (release = resolve));
    return { done, release };
  });
  useEffect(() => {
    let live = true;
    const before = previous;
    previous = drawn.done;
    void before.then(() => setTimeout(() => (live ? setTurn(true) : drawn.release()), 0));
    return () => {
      live = false;
      drawn.release();
    };
  }, [drawn]);
  // Runs after the chart's own effect (children first), i.e. once Chart.js has drawn it.
  useEffect(() => {
    if (turn) drawn.release();
  }, [turn, drawn]);
  return turn ? (
    <>{children}</>
  ) : (
    <canvas className="block h-full w-full animate-pulse rounded-md bg-slate-100" aria-hidden="true" />
  );
}
