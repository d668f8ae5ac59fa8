import { SampleGallery } from "./SampleGallery";

interface Props {
  readonly onOpenUrl: (url: string) => void;
}

/** What the page shows before any configuration is open. */
export function EmptyState({ onOpenUrl }: Props) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">Open a configuration</h2>
      <p className="muted">
        Drop mutagen JSON, mutagen RAW or Configuration Server XML exports anywhere on this page,
        use <strong>Open files…</strong> or <strong>Paste…</strong>, or start from a sample. Files
        stay in your browser.
      </p>
      <div className="drop-target" aria-hidden="true">
        Drop files here
      </div>
      <h3>Samples</h3>
      <SampleGallery onOpenUrl={onOpenUrl} />
    </section>
  );
}
