/** The server needs a sign-in this page no longer has: its session expired, ended or was revoked. */
export class SignInRequiredError extends Error {
  override readonly name = "SignInRequiredError";
}
