import { Fragment } from "react";
import { nameSegments } from "./nameSegments";
import "./VisibleName.css";

/**
 * A name as text, with each character that would not show (a zero-width space, a control, a
 * space at either end) drawn as a small marker giving its code point, and its Unicode name
 * on hover. Without them "Team_Madrid " and "Team_Madrid" read as the same name.
 */
export function VisibleName({ name }: { readonly name: string }) {
  const segments = nameSegments(name);
  if (segments.length === 1 && segments[0]!.kind === "text") return <>{name}</>;
  // One span: inside a flex container (a button) loose text and markers would be spaced apart.
  return (
    <span>
      {segments.map((segment, i) => (
        <Fragment key={i}>
          {segment.kind === "text" ? (
            segment.text
          ) : (
            <abbr className="hidden-char" title={segment.label}>
              {segment.mark}
            </abbr>
          )}
        </Fragment>
      ))}
    </span>
  );
}
