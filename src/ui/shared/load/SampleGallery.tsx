import { samplesBase, useSamples } from "./samplesQuery";

interface Props {
  readonly onOpenUrl: (url: string) => void;
}

/** The built-in samples, from public/samples/index.json. */
export function SampleGallery({ onOpenUrl }: Props) {
  const samples = useSamples();
  if (samples.isPending) {
    return (
      <p className="gallery-status" role="status">
        Loading the samples…
      </p>
    );
  }
  if (samples.isError) {
    return (
      <p className="gallery-status" role="alert">
        The samples could not be loaded: {samples.error.message}{" "}
        <button type="button" className="button" onClick={() => samples.refetch()}>
          Retry
        </button>
      </p>
    );
  }
  return (
    <ul className="gallery" aria-label="Samples">
      {samples.data.map((sample) => (
        <li key={sample.file}>
          <button
            type="button"
            className="gallery-card"
            onClick={() => onOpenUrl(`${samplesBase()}${sample.file}`)}
          >
            <span className="gallery-title">{sample.title}</span>
            <span className="gallery-description">{sample.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
