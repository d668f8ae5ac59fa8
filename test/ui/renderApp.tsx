import { render } from "@testing-library/react";
import { App } from "../../src/ui/app/App";
import { AppProviders } from "../../src/ui/app/AppProviders";
import { testQueryClient } from "./testQueryClient";

/** The whole app, as main.tsx mounts it, with a fresh QueryClient. */
export function renderApp() {
  return render(
    <AppProviders client={testQueryClient()}>
      <App />
    </AppProviders>,
  );
}
