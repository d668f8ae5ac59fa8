import type { QueryClient } from "@tanstack/react-query";
import { parseSnapshot, type Snapshot } from "../../model/stats/wire/parseSnapshot";
import { parseUpdates } from "../../model/stats/wire/parseUpdates";
import { parseSourceEvent, type SourceState } from "../../model/stats/wire/SourceStatus";
import { SignInRequiredError } from "./SignInRequiredError";
import { snapshotQueryOptions } from "./snapshotQuery";
import { Inbox } from "./Inbox";
import type { StatsStore } from "./StatsStore";

const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 5000;

/** Doubling delays with jitter, so many browsers do not reconnect to a restarted server at once. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function applySource(store: StatsStore, state: SourceState): void {
  store.setAvailability(state.source, state.available, state.reason, state.since ?? undefined);
}

function applySnapshot(store: StatsStore, snapshot: Snapshot): void {
  store.replaceAll(snapshot.values, snapshot.intervalMs);
  store.noteDropped(snapshot.dropped);
  store.setFeedConfiguration(snapshot.configuration);
  // A snapshot lists the sources that can go down; one it does not list is not down.
  const api = snapshot.sources.find((state) => state.source === "api");
  if (api) applySource(store, api);
  else store.setAvailability("api", true);
}

function parseSnapshotOrNull(data: unknown): Snapshot | null {
  try {
    return parseSnapshot(data);
  } catch {
    return null;
  }
}

/**
 * Feeds the store from the server's stream. The snapshot comes through TanStack Query; the
 * stream then resumes from the snapshot's position (`?lastEventId=`), so nothing between the
 * two is lost or applied twice. On an error the EventSource is closed and reopened after a
 * backoff from the last event it received; a server that restarted (or a client that fell
 * out of the resume buffer) answers with a `reset` carrying a fresh snapshot.
 * Returns a function that stops it.
 */
export function startLiveFeed(store: StatsStore, queryClient: QueryClient): () => void {
  let stopped = false;
  let attempt = 0;
  let lastEventId: string | null = null;
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  store.setSource("live", 10_000);

  type Message = { readonly kind: "updates" | "reset" | "source"; readonly data: string };
  const inbox = new Inbox<Message>((message) => {
    const data = parseJson(message.data);
    if (message.kind === "reset") {
      const snapshot = parseSnapshotOrNull(data);
      if (!snapshot) return store.noteDropped();
      applySnapshot(store, snapshot);
      queryClient.setQueryData(snapshotQueryOptions().queryKey, snapshot);
      return;
    }
    if (message.kind === "source") {
      const parsed = parseSourceEvent(data);
      if (!parsed) return store.noteDropped();
      if (parsed.state) applySource(store, parsed.state);
      return;
    }
    const parsed = parseUpdates(data);
    if (!parsed) return store.noteDropped();
    store.noteDropped(parsed.dropped);
    store.ingest(parsed.updates);
  });

  const retry = (reason: string) => {
    source?.close();
    source = null;
    if (stopped) return;
    if (typeof navigator !== "undefined" && navigator.onLine === false) {
      store.setConnection("offline", "the browser is offline");
      return;
    }
    const delay = backoffDelay(attempt);
    attempt += 1;
    store.setConnection("reconnecting", `${reason}; retrying in ${Math.ceil(delay / 1000)} s`);
    retryTimer = setTimeout(() => void connect(), delay);
  };

  const connect = async () => {
    if (stopped) return;
    if (lastEventId === null) {
      try {
        const snapshot = await queryClient.fetchQuery(snapshotQueryOptions());
        if (stopped) return;
        applySnapshot(store, snapshot);
        lastEventId = snapshot.lastEventId;
      } catch (error) {
        if (error instanceof SignInRequiredError) {
          // Loading the page again takes the browser through sign-in (or, for a wall screen
          // whose token was revoked, to the page that says so) and back here.
          stopped = true;
          store.setConnection("offline", "signed out: signing in again");
          window.location.reload();
          return;
        }
        retry("server unreachable");
        return;
      }
    }
    const url = `/api/stream?lastEventId=${encodeURIComponent(lastEventId)}`;
    const stream = new EventSource(url);
    source = stream;
    stream.addEventListener("hello", (event) => {
      attempt = 0;
      lastEventId = event.lastEventId || lastEventId;
      store.setConnection("connected");
    });
    // Messages are only queued here; the inbox parses them in idle time, in order.
    stream.addEventListener("updates", (event) => {
      lastEventId = event.lastEventId;
      inbox.push({ kind: "updates", data: event.data });
    });
    stream.addEventListener("reset", (event) => {
      lastEventId = event.lastEventId;
      inbox.push({ kind: "reset", data: event.data });
    });
    // A source's availability says how things are now; it replaces what was said before.
    stream.addEventListener("source", (event) => {
      lastEventId = event.lastEventId || lastEventId;
      inbox.push({ kind: "source", data: event.data });
    });
    stream.onerror = () => {
      if (source === stream) retry("connection lost");
    };
  };

  const online = () => {
    if (source === null && !stopped) {
      clearTimeout(retryTimer);
      attempt = 0;
      void connect();
    }
  };
  window.addEventListener("online", online);
  void connect();
  return () => {
    stopped = true;
    inbox.clear();
    clearTimeout(retryTimer);
    source?.close();
    window.removeEventListener("online", online);
  };
}
