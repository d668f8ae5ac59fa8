import type { QueryClient } from "@tanstack/react-query";
import { snapshotQueryOptions } from "./snapshotQuery";
import { Inbox } from "./Inbox";
import type { StatsStore } from "./StatsStore";
import { snapshotSchema, toStatUpdate, wireUpdatesSchema, type Snapshot } from "./wireSchema";

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

function applySnapshot(store: StatsStore, snapshot: Snapshot): void {
  store.replaceAll(
    snapshot.values.map((entry) => ({ update: toStatUpdate(entry), receivedAt: entry.received })),
    snapshot.intervalMs,
  );
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

  const inbox = new Inbox<{ readonly reset: boolean; readonly data: string }>((message) => {
    if (message.reset) {
      const parsed = snapshotSchema.safeParse(parseJson(message.data));
      if (!parsed.success) return store.noteDropped();
      applySnapshot(store, parsed.data);
      queryClient.setQueryData(snapshotQueryOptions().queryKey, parsed.data);
      return;
    }
    const parsed = wireUpdatesSchema.safeParse(parseJson(message.data));
    if (!parsed.success) return store.noteDropped();
    store.ingest(parsed.data.map(toStatUpdate));
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
      } catch {
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
      inbox.push({ reset: false, data: event.data });
    });
    stream.addEventListener("reset", (event) => {
      lastEventId = event.lastEventId;
      inbox.push({ reset: true, data: event.data });
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
