import { cleanup, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach } from "vitest";
import { AppProviders } from "../../../src/ui/app/AppProviders";
import {
  setCurrentAnalysis,
  useCurrentAnalysis,
} from "../../../src/ui/shared/load/currentAnalysis";
import { WorkspaceProvider } from "../../../src/ui/shared/workspace/WorkspaceProvider";
import { ReviewProvider } from "../../../src/ui/app/ReviewProvider";
import type { Analysis } from "../../../src/ui/worker/analyseConfig";
import { reviewAnalysis } from "./reviewFixture";
import { testQueryClient } from "../testQueryClient";

afterEach(cleanup);

/** Reads the open analysis from the query cache, as the app does, so review updates show. */
function CurrentWorkspace({ children }: { readonly children: ReactNode }) {
  const analysis = useCurrentAnalysis();
  if (!analysis) return null;
  return (
    <WorkspaceProvider
      analysis={analysis}
      pivot="campaign"
      hierarchy={analysis.hierarchy}
      initialNode={null}
    >
      <ReviewProvider>{children}</ReviewProvider>
    </WorkspaceProvider>
  );
}

/** Renders review panels over the review fixture, with a fresh QueryClient. */
export function renderReview(ui: ReactNode, analysis: Analysis = reviewAnalysis()) {
  const client = testQueryClient();
  setCurrentAnalysis(client, analysis);
  return {
    ...render(
      <AppProviders client={client}>
        <CurrentWorkspace>{ui}</CurrentWorkspace>
      </AppProviders>,
    ),
    client,
  };
}
