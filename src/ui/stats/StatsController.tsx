import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useContext, useEffect, useMemo, useState } from "react";
import { configurationFingerprint } from "../../model/stats/configurationFingerprint";
import { knownStatKeys } from "../../model/stats/knownStatKeys";
import { pivotRootQueryOptions } from "../shared/pivot/usePivotRoot";
import { WorkspaceContext } from "../shared/workspace/WorkspaceContext";
import { afterPaint } from "../shared/afterPaint";
import { ConnectionIndicator } from "./ConnectionIndicator";
import { startLiveFeed } from "./LiveFeed";
import { startSimulatedFeed } from "./SimulatedFeed";
import { liveServerQueryOptions, sourceFromUrl } from "./statsSourceQuery";
import type { StatsStore } from "./StatsStore";
import type { StatsSource } from "./StatsView";

interface Props {
  readonly store: StatsStore;
}

/**
 * Chooses the source (the URL's `?stats=`, else live when this page came from the statistics
 * server, else the simulator), runs it, and hands the open hierarchy to the store. Mounted in
 * the header, which is there with or without a configuration open.
 */
export function StatsController({ store }: Props) {
  const workspace = useContext(WorkspaceContext);
  const queryClient = useQueryClient();
  const fromUrl = useMemo(() => sourceFromUrl(window.location.search), []);
  const live = useQuery({
    ...liveServerQueryOptions(),
    enabled: fromUrl !== "simulated" && fromUrl !== "off",
  });
  const [chosen, setChosen] = useState<StatsSource | null>(() => store.chosenSource);
  const detected: StatsSource | null =
    live.data === true ? "live" : live.isFetched ? "simulated" : null;
  const source: StatsSource = chosen ?? fromUrl ?? detected ?? "off";

  const viewHierarchy = workspace?.hierarchy ?? null;
  const analysis = workspace?.analysis ?? null;
  // The simulator always runs over the campaign view, whatever pivot is drawn: the objects
  // and their figures are the same, only the drawing differs. Another pivot's campaign view
  // is built like a pivot (in the worker for a large configuration); the simulator starts
  // when it is there.
  const otherPivot = analysis !== null && analysis.pivot !== "campaign";
  const campaignView = useQuery({
    ...pivotRootQueryOptions(analysis, "campaign"),
    enabled: otherPivot,
  });
  const campaignHierarchy =
    analysis === null ? null : otherPivot ? (campaignView.data ?? null) : analysis.hierarchy;

  // The first roll-up over a 100k-node hierarchy is work the first paint need not wait for:
  // the store is given the hierarchy once the tree has painted.
  useEffect(() => {
    const handle = afterPaint(() => store.setHierarchy(viewHierarchy));
    return () => handle.cancel();
  }, [store, viewHierarchy]);

  useEffect(() => {
    if (source === "live") return startLiveFeed(store, queryClient);
    if (source === "simulated" && campaignHierarchy !== null)
      return startSimulatedFeed(store, campaignHierarchy);
    store.setSource(source, 10_000);
    return undefined;
  }, [store, source, campaignHierarchy, queryClient]);

  // What the page has open, for the statement of which configuration the live feed is for:
  // fingerprinted over the campaign view, as the server does, once the tree has painted, and
  // only while Live (nothing else reads it).
  useEffect(() => {
    if (campaignHierarchy === null || source !== "live") {
      store.setPageConfiguration(null);
      return undefined;
    }
    const handle = afterPaint(() => {
      const keys = knownStatKeys(campaignHierarchy);
      store.setPageConfiguration({
        fingerprint: configurationFingerprint(keys),
        objects: keys.size,
      });
    });
    return () => handle.cancel();
  }, [store, campaignHierarchy, source]);

  useEffect(() => {
    const timer = setInterval(() => store.tick(), 1000);
    return () => clearInterval(timer);
  }, [store]);

  return (
    <ConnectionIndicator
      store={store}
      source={source}
      liveAvailable={live.data === true || fromUrl === "live"}
      simulatorWaits={
        campaignView.isError
          ? `cannot build the campaign view (${campaignView.error.message})`
          : otherPivot && campaignHierarchy === null
            ? "building the campaign view…"
            : null
      }
      onSource={(next) => {
        store.chooseSource(next);
        setChosen(next);
      }}
    />
  );
}
