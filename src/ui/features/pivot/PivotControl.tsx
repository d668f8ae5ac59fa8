import type { Pivot } from "../../../model/hierarchy/NodeKind";

const PIVOTS: readonly { value: Pivot; label: string; question: string }[] = [
  { value: "campaign", label: "Campaigns", question: "The hierarchy as Stat Server sees it" },
  { value: "callingList", label: "Calling lists", question: "Which campaigns use this list?" },
  { value: "group", label: "Groups", question: "Where does this team dial?" },
];

interface Props {
  readonly pivot: Pivot;
  readonly onChange: (pivot: Pivot) => void;
}

/** Roots the same data by campaign, by calling list, or by agent/place group. */
export function PivotControl({ pivot, onChange }: Props) {
  return (
    <fieldset className="pivot">
      <legend className="pivot-legend">Root by</legend>
      {PIVOTS.map((option) => (
        <label key={option.value} className="pivot-option" title={option.question}>
          <input
            className="visually-hidden"
            type="radio"
            name="pivot"
            value={option.value}
            checked={pivot === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
