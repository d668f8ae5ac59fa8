import type { GenCampaign, GenCampaignGroup } from "./GeneratedConfig";
import type { Defect, Planting } from "./Planting";

export function campaignDefects(p: Planting): Defect<GenCampaign>[] {
  const { config, random } = p;
  const copy =
    (original: GenCampaign) =>
    (name: string): GenCampaign => ({
      dbid: 300 + config.campaigns.length,
      tenant: original.tenant,
      name,
      state: "Enabled",
      lists: original.lists.map((e) => ({ ...e })),
    });
  return [
    ...p.nameDefects<GenCampaign>("campaign"),
    {
      weight: 3,
      apply: (c) => {
        const entry = c.lists.length > 1 ? random.pick(c.lists) : undefined;
        if (!entry) return false;
        const zeroShare = random.chance(0.6);
        if (zeroShare) entry.share = 0;
        else entry.isActive = false;
        p.expectLater(() => ({
          rule: "inactive-calling-list",
          kind: "campaignCallingList",
          tenant: c.tenant.name,
          name: `${c.name}@${entry.list.name}`,
          defect: zeroShare ? "share 0" : "not active",
        }));
        return true;
      },
    },
    {
      weight: 1,
      apply: (c) => {
        config.campaignGroups = config.campaignGroups.filter((g) => g.campaign !== c);
        p.expect("campaign-without-groups", "campaign", c, "no campaign group");
        return true;
      },
    },
    {
      weight: 1,
      apply: (c) => {
        c.lists = [];
        p.expect("campaign-without-calling-lists", "campaign", c, "no calling list");
        return true;
      },
    },
    { weight: 1, apply: (c) => p.twin("campaign", c, config.campaigns, copy(c), false) },
    { weight: 1, apply: (c) => p.twin("campaign", c, config.campaigns, copy(c), true) },
  ];
}

export function campaignGroupDefects(p: Planting): Defect<GenCampaignGroup>[] {
  const random = p.random;
  const cgFinding = (rule: string, g: GenCampaignGroup, defect: string) => {
    p.expectLater(() => ({
      rule,
      kind: "campaignGroup",
      tenant: g.tenant.name,
      name: g.name,
      defect,
    }));
  };
  return [
    {
      weight: 9,
      apply: (g) => {
        p.misnamed.add(g);
        return true;
      },
    },
    {
      weight: 1,
      apply: (g) => {
        if (!g.group) return false;
        g.name = `${g.campaign.name}@${g.group.group.name}`;
        g.group = null;
        cgFinding("missing-group", g, "no agent or place group");
        return true;
      },
    },
    {
      weight: 2,
      apply: (g) => {
        const opt = g.optRecBuffSize;
        const [min, defect] = random.pick([
          [0, "minRecBuffSize 0"],
          [opt, "minRecBuffSize equals optRecBuffSize"],
          [opt + 2, "minRecBuffSize above optRecBuffSize"],
        ] as const);
        g.minRecBuffSize = min;
        cgFinding("record-buffer-sizes", g, defect);
        return true;
      },
    },
    {
      weight: 1,
      apply: (g) => {
        if (g.campaign.state !== "Enabled") return false;
        g.state = "Disabled";
        cgFinding("disabled-in-use", g, "disabled under an enabled campaign");
        return true;
      },
    },
  ];
}
