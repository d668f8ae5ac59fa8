import { CometD, type Message } from "cometd";
import { adapt } from "cometd-nodejs-client";

const UPDATES_CHANNEL = "/statistics/v3/updates";
const SERVICE_CHANNEL = "/statistics/v3/service";

interface NotificationHandlers {
  readonly onUpdates: (data: unknown) => void;
  readonly onService: (data: unknown) => void;
  /**
   * The session is up and both channels are subscribed. `again` is true after a re-handshake:
   * whatever was published while the session was down is lost, so the caller reads current
   * values once.
   */
  readonly onSession: (again: boolean) => void;
  /** The connection failed (`httpCode` when the server answered, e.g. 401). */
  readonly onLost: (reason: string, httpCode: number | null) => void;
}

let adapted = false;

/**
 * The Statistics API's notifications over CometD long polling, with the CometD project's own
 * client and its Node adapter. The client handshakes again by itself when the server forgets
 * the session (advice reconnect: handshake); the channels are subscribed anew on every
 * successful handshake, since a new session starts with none.
 */
export class StatisticsApiNotifications {
  readonly #cometd: CometD;
  readonly #url: string;
  readonly #handlers: NotificationHandlers;
  #sessions = 0;

  constructor(url: string, headers: Record<string, string>, handlers: NotificationHandlers) {
    if (!adapted) {
      adapt();
      adapted = true;
    }
    this.#url = url;
    this.#handlers = handlers;
    this.#cometd = new CometD();
    this.#cometd.unregisterTransport("websocket");
    this.#cometd.configure({
      url,
      requestHeaders: headers,
      logLevel: "warn",
      backoffIncrement: 250,
      maxBackoff: 5_000,
    });
    this.#cometd.addListener("/meta/handshake", (message) => this.#handshook(message));
    this.#cometd.addListener("/meta/connect", (message) => {
      if (!message.successful && this.#cometd.getStatus() !== "disconnecting") this.#lost(message);
    });
    this.#cometd.addListener("/meta/unsuccessful", (message) => this.#lost(message));
  }

  /** Handshakes; the first onSession says it worked. */
  start(): void {
    this.#cometd.handshake();
  }

  /** New headers (a renewed token) for every later request. */
  setHeaders(headers: Record<string, string>): void {
    this.#cometd.configure({ url: this.#url, requestHeaders: headers });
  }

  get status(): string {
    return this.#cometd.getStatus();
  }

  close(): Promise<void> {
    if (this.#cometd.isDisconnected()) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 1000);
      this.#cometd.disconnect(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  #handshook(message: Message): void {
    if (!message.successful) {
      this.#lost(message);
      return;
    }
    const again = this.#sessions > 0;
    this.#sessions += 1;
    const session = this.#sessions;
    let pending = 2;
    const subscribed = (reply: Message) => {
      if (session !== this.#sessions) return;
      if (!reply.successful) {
        this.#lost(reply);
        return;
      }
      pending -= 1;
      if (pending === 0) this.#handlers.onSession(again);
    };
    this.#cometd.batch(() => {
      this.#cometd.clearSubscriptions();
      this.#cometd.subscribe(UPDATES_CHANNEL, (m) => this.#handlers.onUpdates(m.data), subscribed);
      this.#cometd.subscribe(SERVICE_CHANNEL, (m) => this.#handlers.onService(m.data), subscribed);
    });
  }

  #lost(message: Message): void {
    const failure = (message as { failure?: { httpCode?: unknown; reason?: unknown } }).failure;
    const httpCode = typeof failure?.httpCode === "number" ? failure.httpCode : null;
    const reason =
      typeof message.error === "string"
        ? message.error
        : typeof failure?.reason === "string"
          ? failure.reason
          : httpCode !== null
            ? `HTTP ${httpCode}`
            : "connection failed";
    this.#handlers.onLost(reason, httpCode);
  }
}
