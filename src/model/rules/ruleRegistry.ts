import { agentWithoutEmployeeId } from "./agentWithoutEmployeeId";
import { ambiguousGroupName } from "./ambiguousGroupName";
import { atSignInName } from "./atSignInName";
import { campaignWithoutCallingLists } from "./campaignWithoutCallingLists";
import { campaignGroupDisagreement } from "./campaignGroupDisagreement";
import { campaignWithoutGroups } from "./campaignWithoutGroups";
import { confusableNames } from "./confusableNames";
import { disabledInUse } from "./disabledInUse";
import { duplicateName } from "./duplicateName";
import { emptyGroup } from "./emptyGroup";
import { groupNameMismatch } from "./groupNameMismatch";
import { inactiveCallingList } from "./inactiveCallingList";
import { invisibleCharacter } from "./invisibleCharacter";
import { missingGroup } from "./missingGroup";
import { missingName } from "./missingName";
import { nameTooLong } from "./nameTooLong";
import { nameWhitespace } from "./nameWhitespace";
import { nonAgentInAgentGroup } from "./nonAgentInAgentGroup";
import { recordBufferSizes } from "./recordBufferSizes";
import type { Rule } from "./Rule";
import { unknownReference } from "./unknownReference";

/** Every rule, in the order the documentation lists them. */
export const RULES: readonly Rule[] = [
  groupNameMismatch,
  ambiguousGroupName,
  atSignInName,
  nameWhitespace,
  invisibleCharacter,
  confusableNames,
  nameTooLong,
  duplicateName,
  missingName,
  unknownReference,
  missingGroup,
  inactiveCallingList,
  disabledInUse,
  emptyGroup,
  campaignWithoutGroups,
  campaignWithoutCallingLists,
  recordBufferSizes,
  campaignGroupDisagreement,
  agentWithoutEmployeeId,
  nonAgentInAgentGroup,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id; undefined for an unknown id (settings and CLI check with it). */
export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
