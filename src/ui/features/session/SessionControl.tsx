import { useState } from "react";
import { VisibleName } from "../../shared/hierarchy/VisibleName";
import { SIGNED_OUT_PAGE, signOut, SignOutFailure } from "./signOut";
import { useSession } from "./sessionQuery";
import "./SessionControl.css";

interface Props {
  /** Goes to the server's signed-out page; a test passes its own. */
  readonly navigate?: (path: string) => void;
}

const goTo = (path: string) => window.location.assign(path);

const clock = (at: Date) => at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/**
 * Who this page is signed in as, and a Sign out button, when the server asks for sign-in.
 * Nothing at all where it does not (the demo on loopback, static hosting, the dev server). A
 * failed sign-out says so beside the button and leaves the page as it was, to try again.
 */
export function SessionControl({ navigate = goTo }: Props) {
  const session = useSession();
  const [signingOut, setSigningOut] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const state = session.data;
  const unknown = session.isError;
  if (!unknown && state?.kind !== "signedIn") return null;

  const onSignOut = () => {
    setSigningOut(true);
    setFailure(null);
    signOut().then(
      // The button stays disabled while the browser leaves: the session is gone already.
      () => navigate(SIGNED_OUT_PAGE),
      (error: unknown) => {
        setSigningOut(false);
        setFailure(
          error instanceof SignOutFailure ? error.message : "Could not sign out: unexpected error.",
        );
      },
    );
  };

  const wall = state?.kind === "signedIn" && state.method === "read-token";
  const title =
    state?.kind === "signedIn"
      ? wall
        ? `This screen is signed in with a wall screen's read token, not as a person, until ${clock(state.expiresAt)}.`
        : `Signed in through your organisation's sign-in until ${clock(state.expiresAt)}.`
      : `Could not tell who is signed in: ${session.error?.message ?? "no answer"}.`;
  return (
    <div className="session" role="group" aria-label="Sign-in">
      <div className="session-stack">
        <span className="session-who" title={title}>
          {state?.kind === "signedIn" ? (
            wall ? (
              <>
                Wall screen:{" "}
                <span className="session-name">
                  <VisibleName name={state.name} />
                </span>
              </>
            ) : (
              <>
                <span className="visually-hidden">Signed in as </span>
                <span className="session-name">
                  <VisibleName name={state.name} />
                </span>
              </>
            )
          ) : (
            <span className="muted">Signed in</span>
          )}
        </span>
        <button
          type="button"
          className="button session-sign-out"
          disabled={signingOut}
          aria-busy={signingOut}
          onClick={onSignOut}
        >
          {signingOut ? "Signing out…" : "Sign out"}
        </button>
      </div>
      {failure !== null && (
        <p role="alert" className="session-error">
          {failure} You are still signed in; nothing was lost. Try again.
        </p>
      )}
    </div>
  );
}
