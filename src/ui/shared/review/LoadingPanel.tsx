/**
 * What shows while a feature loaded on first use (compare, conventions, report, presentation)
 * is fetched: a panel in the same place, saying so, announced politely.
 */
export function LoadingPanel({ feature }: { readonly feature: string }) {
  return (
    <section className="panel review-panel" aria-busy="true" aria-label={feature}>
      <p role="status" className="review-loading">
        Loading {feature.toLowerCase()}…
      </p>
    </section>
  );
}
