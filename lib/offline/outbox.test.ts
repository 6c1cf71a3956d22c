import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { corrected, needsAttention, newItem, nextState, pendingCount, sendable, type OutboxEvent } from "./outbox";

const now = new Date("2026-11-20T03:00:00Z");
const item = (over: Partial<Parameters<typeof newItem>[0]> = {}) =>
  newItem({
    clientId: "00000000-0000-4000-8000-000000000001",
    kind: "anak_bulan",
    fields: { sasaranId: "7", bulan: "2026-11", beratKg: "8,4" },
    label: "Formulir 2B — Ani, November 2026",
    href: "/wilayah/x/pemantauan/7?bulan=2026-11",
    now,
    ...over,
  });

describe("outbox state machine", () => {
  it("waiting → sending → removed on ok", () => {
    const sending = nextState(item(), { type: "send" })!;
    expect(sending.state).toBe("sending");
    expect(sending.attempts).toBe(1);
    expect(nextState(sending, { type: "answer", answer: { status: "ok", duplicate: false } })).toBeNull();
  });

  it("a duplicate answer also removes it (the server has it)", () => {
    const sending = nextState(item(), { type: "send" })!;
    expect(nextState(sending, { type: "answer", answer: { status: "ok", duplicate: true } })).toBeNull();
  });

  it("no answer puts it back to waiting, keeping everything typed", () => {
    const it0 = item();
    const back = nextState(nextState(it0, { type: "send" })!, { type: "retry" })!;
    expect(back.state).toBe("waiting");
    expect(back.fields).toEqual(it0.fields);
  });

  it("a refusal keeps the item with the server's message and field errors", () => {
    const sending = nextState(item(), { type: "send" })!;
    const r = nextState(sending, {
      type: "answer",
      answer: { status: "refused", message: "Periode terkunci", errors: { bulan: ["x"] } },
    })!;
    expect(r.state).toBe("refused");
    expect(r.message).toBe("Periode terkunci");
    expect(r.errors).toEqual({ bulan: ["x"] });
    expect(needsAttention([r])).toHaveLength(1);
    // A refused item is not sent again by itself.
    expect(sendable([r], now.getTime())).toHaveLength(0);
  });

  it("a conflict keeps both versions; the chosen values go out as a new item with the server's version", () => {
    const sending = nextState(item(), { type: "send" })!;
    const c = nextState(sending, {
      type: "answer",
      answer: { status: "conflict", message: "bentrok", server: { beratKg: "8,1" }, version: "3" },
    })!;
    expect(c.state).toBe("conflict");
    expect(c.server).toEqual({ beratKg: "8,1" });
    const next = corrected(c, { ...c.fields, beratKg: "8,1" }, "00000000-0000-4000-8000-000000000002", now);
    expect(next.state).toBe("waiting");
    expect(next.clientId).not.toBe(c.clientId);
    expect(next.fields.version).toBe("3");
    expect(next.message).toBeUndefined();
  });

  it("a write-ahead copy is neither counted nor sent while on hold", () => {
    const held = item({ holdMs: 10_000 });
    expect(pendingCount([held], now.getTime())).toBe(0);
    expect(sendable([held], now.getTime())).toHaveLength(0);
    expect(pendingCount([held], now.getTime() + 10_001)).toBe(1);
    expect(sendable([held], now.getTime() + 10_001)).toHaveLength(1);
  });

  it("sends oldest typed first, including items left 'sending' by a closed tab", () => {
    const a = item({ clientId: "a", now: new Date("2026-11-20T05:00:00Z") });
    const b = nextState(item({ clientId: "b", now: new Date("2026-11-20T04:00:00Z") }), { type: "send" })!;
    expect(sendable([a, b], now.getTime() + 1e8).map((i) => i.clientId)).toEqual(["b", "a"]);
  });

  it("no sequence of events loses an item: it is removed only by the server's ok", () => {
    const event = fc.oneof(
      fc.constant<OutboxEvent>({ type: "send" }),
      fc.constant<OutboxEvent>({ type: "retry" }),
      fc.constant<OutboxEvent>({ type: "answer", answer: { status: "refused", message: "m" } }),
      fc.constant<OutboxEvent>({
        type: "answer",
        answer: { status: "conflict", message: "m", server: {}, version: "2" },
      }),
      fc.constant<OutboxEvent>({ type: "answer", answer: { status: "ok", duplicate: false } }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let cur = item();
        for (const e of events) {
          const next = nextState(cur, e);
          if (next === null) {
            expect(cur.state).toBe("sending");
            expect(e).toMatchObject({ type: "answer", answer: { status: "ok" } });
            return;
          }
          expect(next.fields).toEqual(cur.fields);
          cur = next;
        }
      }),
    );
  });
});
