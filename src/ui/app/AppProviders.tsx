import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { StatsSlotsContext, type StatsSlots } from "../shared/statsSlots/StatsSlots";

interface Props {
  readonly children: ReactNode;
  /** A client per test; the app makes its own. */
  readonly client?: QueryClient;
  readonly statsSlots?: StatsSlots;
}

const NO_SLOTS: StatsSlots = {};

export function AppProviders({ children, client, statsSlots = NO_SLOTS }: Props) {
  const [ownClient] = useState(
    () =>
      client ?? new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={ownClient}>
      <StatsSlotsContext.Provider value={statsSlots}>{children}</StatsSlotsContext.Provider>
    </QueryClientProvider>
  );
}
