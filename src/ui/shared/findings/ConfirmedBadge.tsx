import "./ConfirmedBadge.css";

/** Marks a finding Stat Server confirmed by refusing the object's id. */
export function ConfirmedBadge() {
  return (
    <span
      className="finding-confirmed"
      title="Stat Server refused this object's id: the finding is confirmed"
    >
      confirmed by Stat Server
    </span>
  );
}
