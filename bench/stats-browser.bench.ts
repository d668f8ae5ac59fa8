// npm run bench:stats [-- --seconds 30 --rate 20000 --objects 10000]
//
// A generated 10,000-object configuration open in Chromium, fed live by the statistics server
// at 20,000 updates/s for 30 s. Measures frame times (requestAnimationFrame deltas) and
// update-to-paint: a marker figure on a node on screen is published with its wall-clock time,
// and the page notes the frame after the chip shows it. The baseline is the same page with
// the same configuration on screen and statistics off, measured in the same run.
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { generateConfig } from "../src/model/generate/generateConfig";
import { asNodeId } from "../src/model/config/ids";
import { launchChromium } from "../test/e2e/support/launchChromium";
import { randomStatUpdates } from "./randomStatUpdates";
import { simulatedConfigServer } from "./simulatedConfigServer";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    rate: { type: "string", default: "20000" },
    objects: { type: "string", default: "10000" },
    baseline: { type: "string", default: "10" },
  },
});
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const objects = Number(values.objects);
const FILE = "bench-config.json";

const { text } = generateConfig({ objects, seed: 7 });
const content = new Uint8Array(Buffer.from(text));
const { hierarchy, plan, app, hub, url } = await simulatedConfigServer(FILE, content);
const nodeCount = hierarchy.size;

// The first campaign calling list in tree order: its path is the page's `?node=` and its DOM id.
const markerNode = Array.from({ length: hierarchy.size }, (_, n) => asNodeId(n)).find(
  (n) => hierarchy.kind(n) === "campaignCallingList",
);
if (markerNode === undefined) throw new Error("the generated configuration has no calling list");
const marker = { id: hierarchy.pathOf(markerNode), statId: hierarchy.statId(markerNode) };

const randomUpdates = randomStatUpdates(
  plan,
  { agentStates: 0.5, groupCounters: 0.3, rest: "listRecords" },
  11,
);

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
const address = (stats: string) =>
  `${url}/?stats=${stats}&node=${encodeURIComponent(marker.id)}&config=${encodeURIComponent(`/api/config/0/${FILE}`)}`;

// Page scripts are strings: tsx wraps named functions in a helper the page does not have.
async function measureFrames(ms: number): Promise<number[]> {
  return page.evaluate(`new Promise((done) => {
    const deltas = [];
    let last = performance.now();
    const end = last + ${ms};
    const frame = (t) => {
      deltas.push(t - last);
      last = t;
      if (t < end) requestAnimationFrame(frame);
      else done(deltas);
    };
    requestAnimationFrame(frame);
  })`);
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
const describe = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return `p50 ${pct(s, 0.5).toFixed(1)} ms, p95 ${pct(s, 0.95).toFixed(1)} ms, p99 ${pct(s, 0.99).toFixed(1)} ms, max ${(s.at(-1) ?? NaN).toFixed(1)} ms (${s.length} samples)`;
};

// Baseline: the same configuration on screen, statistics off.
await page.goto(address("off"));
await page.locator(`[data-node-id="${marker.id}"]`).first().waitFor({ timeout: 60_000 });
await page.waitForTimeout(1000);
const baselineFrames = await measureFrames(Number(values.baseline) * 1000);

// Live: the stream at `rate` updates/s.
await page.goto(address("live"));
await page
  .getByTestId("stats-connection")
  .filter({ hasText: "Live: connected" })
  .waitFor({ timeout: 60_000 });
await page.locator(`[data-node-id="${marker.id}"]`).first().waitFor({ timeout: 60_000 });
await page.evaluate(`(() => {
  const marks = [];
  window.__marks = marks;
  let seen = -1;
  const selector = '[data-node-id="' + CSS.escape(${JSON.stringify(marker.id)}) + '"] .stat-chip[data-figure="recordsReady"]';
  new MutationObserver(() => {
    const chip = document.querySelector(selector);
    const n = Number((chip && chip.textContent ? chip.textContent : "").replace(/\\D/g, ""));
    if (n >= 1000000 && n !== seen) {
      seen = n;
      // The frame after the DOM change: by then the change has been painted.
      requestAnimationFrame(() => marks.push([n, Date.now()]));
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`);

const published = new Map<number, number>();
let sent = 0;
let markerValue = 1_000_000;
const start = Date.now();
const feeder = setInterval(() => {
  const now = Date.now();
  const due = Math.floor(((now - start) * rate) / 1000) - sent;
  if (due > 0) {
    sent += due;
    hub.publish(randomUpdates(due, now));
  }
}, 10);
const markers = setInterval(() => {
  markerValue += 1;
  published.set(markerValue, Date.now());
  hub.publish([
    {
      objectType: "CampaignCallingList",
      objectId: marker.statId!,
      statistic: "RecordsReady",
      value: markerValue,
      timestamp: Date.now(),
    },
  ]);
}, 200);

const liveFrames = await measureFrames(seconds * 1000);
clearInterval(feeder);
clearInterval(markers);
const elapsed = (Date.now() - start) / 1000;
const marks = await page.evaluate(
  () => (window as unknown as { __marks: [number, number][] }).__marks,
);
const lags = marks.flatMap(([n, paintedAt]) =>
  published.has(n) ? [paintedAt - published.get(n)!] : [],
);
const connection = await page.getByTestId("stats-connection").textContent();

process.stdout.write(
  [
    `stats browser bench: ${objects} generated objects (${nodeCount} nodes on the hierarchy), ${rate} updates/s for ${seconds} s`,
    `  machine load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    `  published ${sent} updates in ${elapsed.toFixed(1)} s (${Math.round(sent / elapsed)}/s); connection at end: ${connection}`,
    `  frame time, live:        ${describe(liveFrames)}`,
    `  frame time, stats off:   ${describe(baselineFrames)} (baseline)`,
    `  update-to-paint (marker every 200 ms): ${describe(lags)}; ${published.size - lags.length} markers superseded before a paint`,
    "",
  ].join("\n"),
);
await browser.close();
await app.close();
