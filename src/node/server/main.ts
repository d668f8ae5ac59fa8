import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import { HierarchyBuilder } from "../../model/hierarchy/HierarchyBuilder";
import { createReadAccess } from "./auth/ReadAccess";
import { readServerSettings, ServerSettingsError } from "./auth/ServerSettings";
import { createServer } from "./createServer";
import { loadHierarchy } from "./loadHierarchy";
import { describeConfiguration } from "./describeConfiguration";
import { knownStatKeys } from "../../model/stats/knownStatKeys";
import { ocsGroupDirectory } from "./ocsGroupDirectory";
import { redactRedisUrl } from "./redactRedisUrl";
import { parseServerArgs, SERVER_USAGE, ServerArgsError, type ServerArgs } from "./parseServerArgs";
import { runSimulation, SIMULATION_REPORT_MS } from "./runSimulation";
import { DEFAULT_SERVER_OPTIONS } from "./ServerOptions";
import { ServerOutput } from "./ServerOutput";
import { readStatisticsMapping } from "./statisticsApi/statisticsMapping";
import { StatisticsApiSource } from "./statisticsApi/StatisticsApiSource";

/** The configuration `npm start` simulates when given none: the demo sample the app ships. */
const DEMO_SAMPLE = "public/samples/contact-centre-mistakes.json";

/** The hierarchy of no configuration: the root alone. */
function emptyHierarchy(): Hierarchy {
  const builder = new HierarchyBuilder(1);
  builder.leaf("root", "", null, null);
  return builder.finish();
}

async function start(args: ServerArgs): Promise<void> {
  let files = args.configFiles;
  if (files.length === 0 && existsSync(DEMO_SAMPLE)) files = [DEMO_SAMPLE];
  const loaded = files.length > 0 ? await loadHierarchy(files) : null;
  const hierarchy = loaded?.hierarchy ?? emptyHierarchy();
  const simulate = args.simulate || args.configFiles.length === 0;
  const generated: string[] = [];
  const secret = args.secret ?? randomBytes(18).toString("base64url");
  const token = args.token ?? randomBytes(24).toString("base64url");
  if (args.secret === null) generated.push(`OCS secret (generated): ${secret}`);
  if (args.token === null) generated.push(`Stats token (generated): ${token}`);

  const statisticsApi = args.statisticsApi;
  const mapping = statisticsApi ? await readStatisticsMapping(statisticsApi.mappingFile) : null;

  const settings =
    args.settingsFile === null ? null : await readServerSettings(args.settingsFile, process.env);
  const access =
    settings === null
      ? null
      : createReadAccess(settings, loaded?.model ?? null, { redisUrl: args.redisUrl });
  if (access?.tokens) {
    await access.tokens.refresh(true);
    if (access.tokens.problem !== null) throw new ServerSettingsError(access.tokens.problem);
  }

  const staticRoot = resolve(args.staticRoot);
  const known = knownStatKeys(hierarchy);
  const { app, hub } = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret,
    token,
    staticRoot: existsSync(staticRoot) ? staticRoot : null,
    configFiles: loaded?.files ?? [],
    knownGroups: loaded ? ocsGroupDirectory(loaded.hierarchy, loaded.model) : [],
    knownObjects: known,
    configuration: loaded ? describeConfiguration(loaded.files, known, simulate) : null,
    intervalMs: simulate ? SIMULATION_REPORT_MS : DEFAULT_SERVER_OPTIONS.intervalMs,
    maxClockSkewMs: args.maxClockSkewMs,
    redisUrl: args.redisUrl,
    listenHost: args.host,
    allowedHosts: args.allowedHosts,
    trustedProxies: args.trustedProxies,
    log: { write: (line) => output.line(line) },
    access,
  });
  const stop = simulate ? runSimulation(hub, hierarchy, args.seed) : () => {};
  app.addHook("onClose", async () => stop());
  if (statisticsApi && mapping) {
    const source = new StatisticsApiSource(hub, { ...statisticsApi, mapping });
    app.addHook("onClose", async () => source.close());
    source.start(hierarchy).catch((error: unknown) => {
      process.stderr.write(`campaign-lens: Statistics API: ${(error as Error).message}\n`);
    });
  }

  await app.listen({ host: args.host, port: args.port });
  // The address actually bound: 0.0.0.0 or :: when listening on every interface.
  const bound = app.server.address() as AddressInfo;
  const listening = `http://${bound.family === "IPv6" ? `[${bound.address}]` : bound.address}:${bound.port}`;
  const address = settings?.publicUrl.href.replace(/\/$/, "") ?? listening;
  const signIn =
    settings === null
      ? ["none: reads are open, to this machine only"]
      : [
          ...(settings.oidc ? [`OpenID Connect at ${settings.oidc.issuer.href}`] : []),
          ...(settings.readTokensFile
            ? [`read tokens from ${settings.readTokensFile} (${access?.tokens?.size ?? 0} issued)`]
            : []),
        ];
  const lines = [
    `Campaign Lens listening on ${listening}${address === listening ? "" : `, public address ${address}`}`,
    `  sign-in: ${signIn.join("; ")}`,
    existsSync(staticRoot)
      ? `  app:     ${address}/`
      : `  app:     not served (${staticRoot} missing: run npm run build)`,
    ...(loaded?.files ?? []).map(
      (file, index) =>
        `  open:    ${address}/?config=${encodeURIComponent(`/api/config/${index}/${encodeURIComponent(file.name)}`)}`,
    ),
    `  stream:  ${address}/api/stream`,
    args.redisUrl === null
      ? `  live:    in memory: a restart loses the last values and the resume log (see --redis)`
      : `  live:    in Redis at ${redactRedisUrl(args.redisUrl)}: kept across restarts, shared by every server using it`,
    `  config:  ${files.length > 0 ? files.join(", ") : "none"}${simulate ? " (simulated)" : ""}`,
    `  OCS:     POST ${address}/api/ocs/campaign-group-state?secret=<secret>`,
    ...(statisticsApi ? [`  Statistics API: ${statisticsApi.baseUrl}`] : []),
    `  feeders: POST ${address}/api/stats with Authorization: Bearer <token>`,
    ...generated.map((line) => `  ${line}`),
  ];
  output.line(lines.join("\n"));

  const shutdown = () => {
    void app.close().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

const output = new ServerOutput();
let args: ServerArgs;
try {
  args = parseServerArgs(process.argv.slice(2), process.env);
} catch (error) {
  if (error instanceof ServerArgsError) {
    output.error(
      error.message ? `${error.message}\n\n${SERVER_USAGE.trimEnd()}` : SERVER_USAGE.trimEnd(),
    );
    process.exit(error.message ? 2 : 0);
  }
  throw error;
}
start(args).catch((error: unknown) => {
  output.error(`campaign-lens: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof ServerSettingsError ? 2 : 1);
});
