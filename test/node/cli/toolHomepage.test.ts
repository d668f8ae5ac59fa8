import { describe, expect, it } from "vitest";
import { toolHomepage } from "../../../src/node/cli/toolHomepage";

describe("toolHomepage (a SARIF report's informationUri)", () => {
  it("is the package's homepage when it has one", () => {
    expect(
      toolHomepage({
        homepage: "https://example.org/campaign-lens#readme",
        repository: "github:acme/campaign-lens",
      }),
    ).toBe("https://example.org/campaign-lens#readme");
  });

  it("is the repository's web page when there is no homepage", () => {
    expect(
      toolHomepage({
        repository: { type: "git", url: "git+https://github.com/acme/campaign-lens.git" },
      }),
    ).toBe("https://github.com/acme/campaign-lens");
    expect(toolHomepage({ repository: "https://gitlab.com/acme/lens" })).toBe(
      "https://gitlab.com/acme/lens",
    );
  });

  it("reads npm's repository shorthands", () => {
    expect(toolHomepage({ repository: "acme/campaign-lens" })).toBe(
      "https://github.com/acme/campaign-lens",
    );
    expect(toolHomepage({ repository: "gitlab:acme/lens" })).toBe("https://gitlab.com/acme/lens");
    expect(toolHomepage({ repository: "bitbucket:acme/lens" })).toBe(
      "https://bitbucket.org/acme/lens",
    );
  });

  it("is left out rather than a page a reader elsewhere cannot open", () => {
    expect(toolHomepage({})).toBeUndefined();
    expect(
      toolHomepage({ homepage: "file:///home/build/campaign-lens/README.md" }),
    ).toBeUndefined();
    expect(toolHomepage({ homepage: "README.md" })).toBeUndefined();
    expect(toolHomepage({ repository: { type: "git", url: "git@github.com:acme/lens.git" } })).toBe(
      undefined,
    );
    expect(toolHomepage({ homepage: 42, repository: null })).toBeUndefined();
  });

  it("takes the repository when the homepage is not a web address", () => {
    expect(toolHomepage({ homepage: "file:///x/README.md", repository: "acme/lens" })).toBe(
      "https://github.com/acme/lens",
    );
  });
});
