interface PolicyWatch {
  /** The directive that refused a request to the URL (`connect-src`), or null; waits a turn for the report. */
  settle(): Promise<string | null>;
  stop(): void;
}

/**
 * Listens for the page's Content Security Policy refusing a request to `url`. A refused
 * fetch rejects like a failed network request; only this event tells the two apart. The
 * browser queues it as a task of its own, so `settle` lets one pass before it answers.
 */
export function watchPolicyRefusal(url: URL): PolicyWatch {
  let directive: string | null = null;
  const listener = (event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI === url.href || event.blockedURI === url.origin) {
      directive = event.effectiveDirective || event.violatedDirective;
    }
  };
  document.addEventListener("securitypolicyviolation", listener);
  return {
    settle: () =>
      new Promise((resolve) => {
        setTimeout(() => resolve(directive), 50);
      }),
    stop: () => document.removeEventListener("securitypolicyviolation", listener),
  };
}
