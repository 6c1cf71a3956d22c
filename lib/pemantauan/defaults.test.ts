import { describe, expect, it } from "vitest";
import { balitaNewMonthValues, householdValues, newMonthValues } from "./defaults";

const yes = { airMinumLayak: true, jambanLayak: true };

describe("newMonthValues (water and latrine entered once)", () => {
  it("starts a target's first month from its household's answers, under each form's field names", () => {
    expect(newMonthValues("anak", null, yes)).toEqual({ airBersih: "on", kepemilikanJamban: "on" });
    expect(newMonthValues("ibu", null, yes)).toEqual({ aksesAirBersih: "on", kepemilikanJamban: "on" });
    expect(newMonthValues("anak", null, { airMinumLayak: false, jambanLayak: true })).toEqual({
      kepemilikanJamban: "on",
    });
    expect(newMonthValues("anak", null, null)).toEqual({});
  });
  it("takes later months from the target's last record, not the household", () => {
    // The last month said no latrine (say the household lost it): that answer wins over the household's old one.
    expect(newMonthValues("anak", { airBersih: true, kepemilikanJamban: false }, yes)).toEqual({ airBersih: "on" });
    expect(newMonthValues("ibu", { aksesAirBersih: false, kepemilikanJamban: true }, yes)).toEqual({
      kepemilikanJamban: "on",
    });
  });
  it("reads a phone's household without the answers as no answer", () => {
    expect(householdValues("anak", {})).toEqual({});
  });
});

describe("balitaNewMonthValues", () => {
  it("starts standing and carries a completed immunisation follow-up", () => {
    expect(balitaNewMonthValues(null)).toEqual({ caraUkur: "berdiri" });
    expect(balitaNewMonthValues({ imunisasiLanjutan: true })).toEqual({ caraUkur: "berdiri", imunisasiLanjutan: "on" });
    expect(balitaNewMonthValues({ imunisasiLanjutan: false })).toEqual({ caraUkur: "berdiri" });
  });
});
