import { stratify } from "d3-hierarchy";
import { SaxesParser } from "saxes";
import type { GeneratorFormat } from "../src/model/generate/generateConfig";

interface Row {
  readonly id: string;
  readonly parentId: string | null;
}

type Doc = Record<string, unknown>;
const list = (doc: Doc, key: string): Doc[] => (Array.isArray(doc[key]) ? (doc[key] as Doc[]) : []);
const text = (value: unknown): string => (typeof value === "string" ? value : String(value));

/**
 * The same objects as parent links, for d3's stratify: tenants under one root, campaign groups
 * under their campaign, everything else under its tenant. Ids carry the array index, so
 * duplicate names (planted defects) do not stop stratify; a parent is found by name (mutagen
 * JSON) or DBID (RAW), as the importers resolve it.
 */
function rowsOf(doc: Doc, format: GeneratorFormat): Row[] {
  const rows: Row[] = [{ id: "root", parentId: null }];
  const add = (kind: string, items: Doc[], parentOf: (item: Doc) => string): void => {
    items.forEach((item, i) => rows.push({ id: `${kind}#${i}`, parentId: parentOf(item) }));
  };
  const tenants = new Map<string, string>();
  const campaigns = new Map<string, string>();
  if (format === "mutagen-json") {
    list(doc, "tenants").forEach((t, i) => tenants.set(text(t.name), `tenant#${i}`));
    list(doc, "campaigns").forEach((c, i) =>
      campaigns.set(`${text(c.tenant)}/${text(c.name)}`, `campaign#${i}`),
    );
    const tenant = (name: unknown) => tenants.get(text(name)) ?? "root";
    add("tenant", list(doc, "tenants"), () => "root");
    add("campaign", list(doc, "campaigns"), (c) => tenant(c.tenant));
    add("campaignGroup", list(doc, "campaignGroups"), (g) => {
      const c = g.campaign as Doc;
      return campaigns.get(`${text(c.tenant)}/${text(c.name)}`) ?? tenant(c.tenant);
    });
    for (const kind of ["agentGroups", "placeGroups"]) {
      add(kind, list(doc, kind), (g) => tenant((g.group as Doc).tenant));
    }
    for (const kind of ["persons", "places"]) add(kind, list(doc, kind), (o) => tenant(o.tenant));
  } else {
    list(doc, "CFGTenant").forEach((t, i) => tenants.set(text(t.DBID), `tenant#${i}`));
    list(doc, "CFGCampaign").forEach((c, i) => campaigns.set(text(c.DBID), `campaign#${i}`));
    const tenant = (dbid: unknown) => tenants.get(text(dbid)) ?? "root";
    add("tenant", list(doc, "CFGTenant"), () => "root");
    add("campaign", list(doc, "CFGCampaign"), (c) => tenant(c.tenantDBID));
    add(
      "campaignGroup",
      list(doc, "CFGCampaignGroup"),
      (g) => campaigns.get(text(g.campaignDBID)) ?? tenant(g.tenantDBID),
    );
    add("callingList", list(doc, "CFGCallingList"), (l) => tenant(l.tenantDBID));
    for (const kind of ["CFGAgentGroup", "CFGPlaceGroup"]) {
      add(kind, list(doc, kind), (g) => tenant((g.CfgGroup as Doc).tenantDBID));
    }
    for (const kind of ["CFGPerson", "CFGPlace"])
      add(kind, list(doc, kind), (o) => tenant(o.tenantDBID));
  }
  return rows;
}

/**
 * The baseline the pipeline is measured against, in the same run: for JSON formats,
 * `JSON.parse` of the same text plus d3's `stratify` over the same objects; for XML, the XML
 * library's parse alone (saxes, reading each element's attributes as the importer must).
 */
export function runBaseline(content: string, format: GeneratorFormat): number {
  const started = performance.now();
  if (format === "xml") {
    const parser = new SaxesParser({ position: true });
    let elements = 0;
    parser.on("opentag", (tag) => {
      if (tag.attributes.value !== undefined) elements++;
    });
    parser.write(content).close();
    if (elements === 0) throw new Error("baseline: no element read");
  } else {
    const doc = JSON.parse(content) as Doc;
    const root = stratify<Row>()(rowsOf(doc, format));
    if (root.descendants().length < 2) throw new Error("baseline: empty hierarchy");
  }
  return performance.now() - started;
}
