import { CredentialsSignin } from "next-auth";

/** A refused sign-in because of too many failures. `code` travels to the login action (and, for the raw
 * HTTP endpoint, into the error URL): it names the reason, never whether the account exists. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
  constructor(public readonly retryAfterSeconds: number) {
    super();
  }
}
