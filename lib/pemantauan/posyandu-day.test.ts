import { describe, expect, it } from "vitest";
import { firstChild, nextChild } from "./posyandu-day";

const kids = [
  { id: 1, nama: "A", weighed: true },
  { id: 2, nama: "B", weighed: false },
  { id: 3, nama: "C", weighed: false },
  { id: 4, nama: "D", weighed: true },
  { id: 5, nama: "E", weighed: false },
];

describe("posyandu-day order", () => {
  it("opens on the first child not yet recorded", () => {
    expect(firstChild(kids)?.id).toBe(2);
    expect(firstChild(kids.map((k) => ({ ...k, weighed: true })))).toBeNull();
  });
  it("moves on to the next unrecorded child, skipping recorded ones", () => {
    expect(nextChild(kids, 2)?.id).toBe(3);
    expect(nextChild(kids, 3)?.id).toBe(5);
  });
  it("wraps round to a child skipped earlier, and ends when none is left", () => {
    expect(nextChild(kids, 5)?.id).toBe(2);
    const done = kids.map((k) => (k.id === 5 ? k : { ...k, weighed: true }));
    expect(nextChild(done, 5)).toBeNull();
  });
  it("starts from the top for an unknown child", () => {
    expect(nextChild(kids, 99)?.id).toBe(2);
  });
});
