import packageJson from "../../../package.json";

/** A package.json, of which `homepage` and `repository` can say where the tool is described. */
type PackageLinks = Readonly<Record<string, unknown>>;

/** Where npm's shorthand repositories (`github:owner/name`, or just `owner/name`) live. */
const SHORTHAND_HOSTS: ReadonlyMap<string, string> = new Map([
  ["github", "https://github.com/"],
  ["gitlab", "https://gitlab.com/"],
  ["bitbucket", "https://bitbucket.org/"],
]);

/** `text` as a web page's address, or undefined when it is not an absolute http(s) URL. */
function webPage(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The web page of a repository as package.json gives it (a URL, `git+https:…`, a shorthand). */
function repositoryPage(repository: unknown): string | undefined {
  const url =
    typeof repository === "object" && repository !== null && "url" in repository
      ? repository.url
      : repository;
  if (typeof url !== "string") return undefined;
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(url);
  const host = shorthand === null ? undefined : SHORTHAND_HOSTS.get(shorthand[1] ?? "github");
  if (host !== undefined) return webPage(`${host}${shorthand![2]!.replace(/\.git$/, "")}`);
  return webPage(url.replace(/^git\+/, "").replace(/\.git$/, ""));
}

/**
 * Where to read about the tool, as SARIF reports give it (tool.driver.informationUri): the
 * package's homepage, else its repository's page. SARIF wants an absolute URI that whoever
 * reads the report can open, which a path on the machine that made it is not; with neither
 * field in package.json the property is left out (it is optional) rather than made up.
 */
export function toolHomepage(pkg: PackageLinks = packageJson): string | undefined {
  return (
    (typeof pkg.homepage === "string" ? webPage(pkg.homepage) : undefined) ??
    repositoryPage(pkg.repository)
  );
}
