import "./zodWithoutEval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { AppProviders } from "./app/AppProviders";
import { createStatsSlots } from "./stats/createStatsSlots";
import "./app/theme.css";

const statsSlots = createStatsSlots();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <AppProviders statsSlots={statsSlots}>
      <App />
    </AppProviders>
  </StrictMode>,
);
