import { feedMatch } from "../../model/stats/feedStatement";
import { feedStatementText } from "./feedStatementText";
import type { StatsStore } from "./StatsStore";
import { useStatsView } from "./useStatsView";
import "./provenance.css";

interface Props {
  readonly store: StatsStore;
}

/**
 * Beside the live indicator: which configuration the live feed is for, and a warning when it
 * is not the one open here (opening another file while Live leaves the feed on the server's).
 */
export function FeedStatement({ store }: Props) {
  const feed = useStatsView(store, (view) => view.feed);
  const page = useStatsView(store, (view) => view.page);
  const known = useStatsView(store, (view) => view.overlap.known);
  const unknown = useStatsView(store, (view) => view.overlap.unknown);
  const { text, detail, mismatch } = feedStatementText(
    feedMatch(feed, page, { known, unknown }),
    feed,
  );
  return (
    <span
      className="stats-feed"
      data-testid="stats-feed"
      data-mismatch={mismatch || undefined}
      title={detail}
      role={mismatch ? "alert" : undefined}
    >
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{detail}</span>
    </span>
  );
}
