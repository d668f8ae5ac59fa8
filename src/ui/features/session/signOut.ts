/** Where the server says, once the session has ended, that it has. */
export const SIGNED_OUT_PAGE = "/auth/signed-out";

export class SignOutFailure extends Error {
  override readonly name = "SignOutFailure";
}

/**
 * Ends this page's session on the server: POST /auth/logout from the page's own origin, with
 * its cookie (the server refuses a sign-out from any other origin). Resolves once the server
 * has ended it; otherwise throws a SignOutFailure saying why, the session being still open.
 */
export async function signOut(): Promise<void> {
  let response: Response;
  try {
    response = await fetch("/auth/logout", {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    throw new SignOutFailure("Could not sign out: the server could not be reached.");
  }
  if (response.status === 204) return;
  throw new SignOutFailure(
    response.status === 403
      ? "Could not sign out: the server refused the request (HTTP 403)."
      : `Could not sign out: the server answered HTTP ${response.status}.`,
  );
}
