import { describe, expect, it } from "vitest";
import { shellRoute } from "./shell-routes";

const KODE = "19.01.01.2001";
const r = (path: string) => shellRoute(new URL(path, "https://tumbuh.test"), KODE);

describe("offline shell routes", () => {
  it("maps the desa pages a KPM works with", () => {
    expect(r("/")).toEqual({ view: "home" });
    expect(r("/luring")).toEqual({ view: "home" });
    expect(r("/luring?lihat=antrean")).toEqual({ view: "antrean" });
    expect(r(`/wilayah/${KODE}`)).toEqual({ view: "home" });
    expect(r(`/wilayah/${KODE}/sasaran?q=ani`)).toEqual({ view: "sasaran", q: "ani" });
    expect(r(`/wilayah/${KODE}/sasaran/12`)).toEqual({ view: "sasaran-detail", id: 12 });
    expect(r(`/wilayah/${KODE}/sasaran/baru?jenis=anak&ibu=4`)).toEqual({
      view: "sasaran-baru",
      jenis: "anak",
      ibu: 4,
      item: null,
    });
    expect(r(`/wilayah/${KODE}/pemantauan?bulan=2026-11`)).toEqual({
      view: "pemantauan",
      ym: { tahun: 2026, bulan: 11 },
    });
    expect(r(`/wilayah/${KODE}/pemantauan/9?bulan=2026-10`)).toMatchObject({ view: "entry", id: 9 });
    expect(r(`/wilayah/${KODE}/scorecard`)).toEqual({ view: "scorecard" });
  });

  it("answers the posyandu-day mode with the phone's form of its child, or the month's list", () => {
    expect(r(`/wilayah/${KODE}/pemantauan/posyandu/3?bulan=2026-10&anak=9`)).toEqual({
      view: "entry",
      id: 9,
      ym: { tahun: 2026, bulan: 10 },
      item: null,
    });
    expect(r(`/wilayah/${KODE}/pemantauan/posyandu/3?bulan=2026-10&hasil=9`)).toEqual({
      view: "pemantauan",
      ym: { tahun: 2026, bulan: 10 },
    });
    expect(r(`/wilayah/${KODE}/pemantauan/posyandu/x?anak=9`)).toEqual({ view: "online-only" });
    expect(r(`/wilayah/${KODE}/pemantauan/posyandu/3/lain?anak=9`)).toEqual({ view: "online-only" });
  });

  it("everything else needs the server: other desa, other sections, exports, bad ids", () => {
    for (const p of [
      "/wilayah/19.01.01.2002/pemantauan",
      `/wilayah/${KODE}/apbdes`,
      `/wilayah/${KODE}/sasaran/ekspor`,
      `/wilayah/${KODE}/sasaran/12/riwayat`,
      `/wilayah/${KODE}/pemantauan/0`,
      `/wilayah/${KODE}/scorecard/ekspor`,
      "/admin/pengguna",
    ])
      expect(r(p)).toEqual({ view: "online-only" });
  });
});
