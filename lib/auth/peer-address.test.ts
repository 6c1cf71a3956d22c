import { describe, expect, it } from "vitest";
import { PEER_HEADER, readPeer, stampPeer } from "./peer-address";

const TAG = "tag-acak-proses-ini";

describe("the socket address stamp", () => {
  it("overwrites whatever the client sent under the header, and reads back with this process's tag", () => {
    const req = {
      headers: { [PEER_HEADER]: `${TAG} 203.0.113.9`, "x-forwarded-for": "203.0.113.9" } as Record<string, string>,
      socket: { remoteAddress: "::ffff:127.0.0.9" },
    };
    stampPeer(req, TAG);
    expect(req.headers[PEER_HEADER]).toBe(`${TAG} ::ffff:127.0.0.9`);
    expect(readPeer(new Headers(req.headers), TAG)).toBe("::ffff:127.0.0.9");
  });

  it("drops a client's copy when the socket has no address", () => {
    const req = { headers: { [PEER_HEADER]: `${TAG} 203.0.113.9` } as Record<string, string>, socket: null };
    stampPeer(req, TAG);
    expect(req.headers[PEER_HEADER]).toBeUndefined();
  });

  it("believes nothing without this process's tag (a forged header, a server started without the stamp)", () => {
    expect(readPeer(new Headers({ [PEER_HEADER]: "tebakan 203.0.113.9" }), TAG)).toBeNull();
    expect(readPeer(new Headers({ [PEER_HEADER]: "203.0.113.9" }), TAG)).toBeNull();
    expect(readPeer(new Headers({ [PEER_HEADER]: `${TAG} 203.0.113.9` }), undefined)).toBeNull();
    expect(readPeer(new Headers({ [PEER_HEADER]: `${TAG} ` }), TAG)).toBeNull();
    expect(readPeer(new Headers(), TAG)).toBeNull();
    expect(readPeer(null, TAG)).toBeNull();
  });
});
