/**
 * What a browser does over HTTP for a sign-in: keeps cookies per origin (by name; paths and
 * expiry as Max-Age=0 only), follows redirects one at a time, and submits forms.
 */
export class BrowserSession {
  readonly #jar = new Map<string, Map<string, string>>();

  cookies(origin: string): Map<string, string> {
    let cookies = this.#jar.get(origin);
    if (cookies === undefined) this.#jar.set(origin, (cookies = new Map()));
    return cookies;
  }

  cookieHeader(origin: string): string {
    return [...this.cookies(origin)].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(origin);
    if (cookie !== "") headers.set("cookie", cookie);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (gone || value === "") this.cookies(origin).delete(name);
      else this.cookies(origin).set(name, value);
    }
    return response;
  }

  /**
   * Starts at `url` and follows redirects and forms (filling `fields` where a form has inputs
   * of those names) until a response that is neither, or one whose address starts with `stopAt`
   * has been fetched. Returns the last response and its address.
   */
  async follow(
    url: string,
    fields: Readonly<Record<string, string>>,
    stopAt: string,
  ): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.request(current);
    for (let step = 0; step < 20; step += 1) {
      if (current.startsWith(stopAt)) return { response, url: current };
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location !== null) {
        current = new URL(location, current).href;
        response = await this.request(current);
        continue;
      }
      const html = response.headers.get("content-type")?.includes("text/html")
        ? await response.text()
        : "";
      const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
      if (form === null) return { response: new Response(html, response), url: current };
      const body = new URLSearchParams();
      for (const input of form[2]!.matchAll(/<input[^>]*>/gi)) {
        const name = /name="([^"]+)"/.exec(input[0])?.[1];
        if (name === undefined) continue;
        body.set(name, fields[name] ?? /value="([^"]*)"/.exec(input[0])?.[1] ?? "");
      }
      current = new URL(form[1]!.replace(/&amp;/g, "&"), current).href;
      response = await this.request(current, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
      });
    }
    throw new Error(`sign-in did not finish; last at ${current}`);
  }
}
