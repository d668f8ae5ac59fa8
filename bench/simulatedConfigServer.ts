import { resolve } from "node:path";
import { analyseInputs } from "../src/model/pipeline/analyseInputs";
import { simulationPlan, type SimulationPlan } from "../src/model/stats/simulationPlan";
import { createServer } from "../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS } from "../src/node/server/ServerOptions";

/**
 * A statistics server on a free loopback port serving the built app and one configuration,
 * with its campaign hierarchy and the simulation plan the browser benchmarks publish from.
 */
export async function simulatedConfigServer(file: string, content: Uint8Array) {
  const { hierarchy } = analyseInputs([{ path: file, content }], {
    pivot: "campaign",
    settings: null,
  });
  const plan: SimulationPlan = simulationPlan(hierarchy);
  const { app, hub } = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: "bench-secret-0",
    token: "bench-token-0",
    staticRoot: resolve("dist"),
    configFiles: [{ name: file, content }],
    knownGroups: plan.groups,
    readPerMinute: 100_000,
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return { hierarchy, plan, app, hub, url };
}
