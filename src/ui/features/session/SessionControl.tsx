import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
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
  // The button stays disabled once the sign-out succeeded, while the browser leaves: the
  // session is gone already.
  const leaving = useMutation({ mutationFn: signOut, onSuccess: () => navigate(SIGNED_OUT_PAGE) });
  const state = session.data;
  if (!session.isError && state?.kind !== "signedIn") return null;
  const signedIn = state?.kind === "signedIn" ? state : null;
  const wall = signedIn?.method === "read-token";
  const failure =
    leaving.error === null
      ? null
      : leaving.error instanceof SignOutFailure
        ? leaving.error.message
        : "Could not sign out: unexpected error.";

  let title: string;
  let who: ReactNode;
  if (signedIn === null) {
    title = `Could not tell who is signed in: ${session.error?.message ?? "no answer"}.`;
    who = <span className="muted">Signed in</span>;
  } else {
    const until = clock(signedIn.expiresAt);
    const name = (
      <span className="session-name">
        <VisibleName name={signedIn.name} />
      </span>
    );
    title = wall
      ? `This screen is signed in with a wall screen's read token, not as a person, until ${until}.`
      : `Signed in through your organisation's sign-in until ${until}.`;
    who = wall ? (
      <>Wall screen: {name}</>
    ) : (
      <>
        <span className="visually-hidden">Signed in as </span>
        {name}
      </>
    );
  }
  const busy = leaving.isPending || leaving.isSuccess;
  return (
    <div className="session" role="group" aria-label="Sign-in">
      <div className="session-stack">
        <span className="session-who" title={title}>
          {who}
        </span>
        <button
          type="button"
          className="button session-sign-out"
          disabled={busy}
          aria-busy={busy}
          onClick={() => leaving.mutate()}
        >
          {busy ? "Signing out…" : "Sign out"}
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
