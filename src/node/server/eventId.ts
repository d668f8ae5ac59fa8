/**
 * Stream event ids are `<instance>-<seq>`. The instance changes at every server start, so a
 * browser resuming with an id from before a restart is recognised and sent a fresh snapshot
 * instead of the new instance's updates with the same numbers.
 */
export function formatEventId(instance: string, seq: number): string {
  return `${instance}-${seq}`;
}

export function parseEventId(raw: string | undefined): { instance: string; seq: number } | null {
  if (raw === undefined) return null;
  const match = /^([A-Za-z0-9]+)-(\d{1,15})$/.exec(raw.trim());
  if (!match) return null;
  return { instance: match[1]!, seq: Number(match[2]) };
}
