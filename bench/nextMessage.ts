import type { ChildProcess } from "node:child_process";

/** The next message from a benchmark's child process that has `key`, as a whole. */
export function nextMessage<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (key in message) {
        child.off("message", onMessage);
        resolve(message as T);
      }
    };
    child.on("message", onMessage);
  });
}

/** The value under `key` of the next message that has it. */
export async function nextValue<T>(child: ChildProcess, key: string): Promise<T> {
  return (await nextMessage<Record<string, unknown>>(child, key))[key] as T;
}
