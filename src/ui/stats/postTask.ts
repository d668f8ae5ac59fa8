/**
 * Runs `run` in a new task as soon as the browser has handled input and drawn what was due: a
 * MessageChannel message, which no timer clamping delays (nested timeouts wait at least 4 ms).
 * Falls back to a timeout where there is no MessageChannel.
 */
export function postTask(run: () => void): void {
  if (typeof MessageChannel !== "function") {
    setTimeout(run, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}
