import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import {
  agentGroup,
  campaign,
  campaignGroup,
  loadMutagen,
  person,
  placeGroup,
} from "../model/rules/mutagenFixtures";

/**
 * Campaigns Sales (lists Main, Shared) and Retention (Shared, the same calling list); group
 * Sales@Team A, group "Floor" of Retention over place group Floor 2 (misnamed: Stat Server
 * knows it as Retention@Floor 2), and "Ghost@Team A" of a campaign that does not exist, which
 * goes under Unassigned. Agent bob has no employee ID.
 */
export function serverHierarchy() {
  const model = loadMutagen({
    campaigns: [campaign("Sales", ["Main", "Shared"]), campaign("Retention", ["Shared"])],
    campaignGroups: [
      campaignGroup("Sales@Team A", "Sales", "Team A"),
      campaignGroup("Floor", "Retention", "Floor 2", "placegroup"),
      campaignGroup("Ghost@Team A", "Ghost", "Team A"),
    ],
    agentGroups: [agentGroup("Team A", ["ann", "bob"])],
    placeGroups: [placeGroup("Floor 2", ["P1"])],
    persons: [person("ann", "E100"), person("bob")],
    places: [{ name: "P1", tenant: "Environment" }],
  });
  return { model, hierarchy: buildHierarchy(model, "campaign") };
}
