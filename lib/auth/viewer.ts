import type { Role } from "./permissions";

/** The signed-in user as every query and action receives it; always re-read from the database. */
export type Viewer = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  scopeKode: string;
};
