import { chromium, type Browser } from "playwright-core";
import { watchCspRefusals } from "./cspRefusals";

/**
 * The project's Chromium, launched the way every end-to-end test and benchmark launches it, its
 * pages watched for what the Content Security Policy refuses.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return watchCspRefusals(browser);
}
