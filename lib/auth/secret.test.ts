import { describe, expect, it } from "vitest";
import { authSecretProblem } from "./secret";

describe("AUTH_SECRET in production", () => {
  it("is required when production runs against PostgreSQL, with a message that says how to make one", () => {
    expect(authSecretProblem({ NODE_ENV: "production", DATABASE_URL: "postgres://x/y" })).toMatch(
      /AUTH_SECRET wajib diisi.*openssl rand -base64 32/,
    );
  });
  it("must be at least 32 characters", () => {
    expect(
      authSecretProblem({ NODE_ENV: "production", DATABASE_URL: "postgres://x/y", AUTH_SECRET: "pendek" }),
    ).toMatch(/minimal 32/);
    expect(
      authSecretProblem({ NODE_ENV: "production", DATABASE_URL: "postgres://x/y", AUTH_SECRET: "x".repeat(44) }),
    ).toBeNull();
  });
  it("is optional in development and in embedded mode", () => {
    expect(authSecretProblem({ NODE_ENV: "development", DATABASE_URL: "postgres://x/y" })).toBeNull();
    expect(authSecretProblem({ NODE_ENV: "production" })).toBeNull();
  });
});
