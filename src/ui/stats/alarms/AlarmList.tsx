import { useContext, useRef, useState } from "react";
import { FIGURES } from "../../../model/stats/Figure";
import { KindGlyph } from "../../shared/hierarchy/KindGlyph";
import { NODE_KIND_LABEL } from "../../shared/hierarchy/nodeKind";
import { VisibleName } from "../../shared/hierarchy/VisibleName";
import type { Alarm, AlarmSource } from "../../shared/statsSlots/StatsSlots";
import { WorkspaceContext } from "../../shared/workspace/WorkspaceContext";
import { formatAge } from "../formatFigure";
import { readableFigure } from "../readableFigure";
import type { StatsStore } from "../StatsStore";
import { useStatsView } from "../useStatsView";
import type { AlarmAcknowledgements } from "./AlarmAcknowledgements";
import type { AlarmSound } from "./AlarmSound";
import { useAcknowledgementsVersion, useSoundOn } from "./useAlarms";
import { useWorkspaceAlarms } from "./useWorkspaceAlarms";
import "./alarms.css";

interface Props {
  readonly store: StatsStore;
  readonly alarms: AlarmSource;
  readonly acknowledgements: AlarmAcknowledgements;
  readonly sound: AlarmSound;
}

/** Rows drawn at first; a long list (thousands of warnings) grows on request. */
const PAGE = 200;
const LEVEL_NAME = { warning: "Warning", alarm: "Alarm" } as const;

const absolute = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });

/**
 * Every node over a threshold now, newest first: when it went over, its worst figure and
 * value, and an Acknowledge button. A row selects its node in the tree and the inspector.
 */
export function AlarmList({ store, alarms, acknowledgements, sound }: Props) {
  const workspace = useContext(WorkspaceContext);
  const { hierarchy, alarms: current } = useWorkspaceAlarms(store, alarms);
  useAcknowledgementsVersion(acknowledgements);
  const soundOn = useSoundOn(sound);
  const source = useStatsView(store, (view) => view.source);
  const enabled = useStatsView(store, (view) => view.thresholds.filter((t) => t.enabled).length);
  // Ages are shown to the second; the clock is read from the store, which ticks every second.
  const second = useStatsView(store, (view) => Math.floor(view.now / 1000));
  const [shown, setShown] = useState(PAGE);

  const sorted = [...current.values()].sort((a, b) => b.since - a.since || a.node - b.node);
  const open = sorted.filter((alarm) => !acknowledgements.isAcknowledged(alarm));

  const soundToggle = (
    <label className="alarm-sound">
      <input
        type="checkbox"
        checked={soundOn}
        onChange={(event) => sound.setOn(event.target.checked)}
      />
      Sound for new alarms
    </label>
  );

  if (source === "off") {
    return (
      <div className="alarms">
        <div className="alarms-controls">{soundToggle}</div>
        <p className="panel-empty">
          Statistics are off. Choose simulated or live statistics in the header to watch for alarms.
        </p>
      </div>
    );
  }

  return (
    <div className="alarms">
      <div className="alarms-controls">
        <p className="alarms-summary">
          {sorted.length === 0
            ? "No node is over a threshold now."
            : `${sorted.length} ${sorted.length === 1 ? "node" : "nodes"} over a threshold, ${open.length} unacknowledged`}
        </p>
        <div className="alarms-actions">
          {soundToggle}
          {open.length > 1 && (
            <button
              type="button"
              className="button"
              onClick={() => acknowledgements.acknowledge(open)}
            >
              Acknowledge all
            </button>
          )}
        </div>
      </div>
      {sorted.length === 0 ? (
        <p className="panel-empty">
          {enabled === 0
            ? "Every threshold is off: edit the thresholds under the tree to be warned."
            : `Watching ${enabled} ${enabled === 1 ? "threshold" : "thresholds"}; an alarm shows here when a node goes over one.`}
        </p>
      ) : (
        <ul className="alarm-list" aria-label="Alarms, newest first">
          {sorted.slice(0, shown).map((alarm) => {
            return (
              <AlarmRow
                key={alarm.node}
                alarm={alarm}
                name={hierarchy!.name(alarm.node)}
                kind={hierarchy!.kind(alarm.node)}
                now={second * 1000}
                acknowledged={acknowledgements.isAcknowledged(alarm)}
                selected={workspace?.view.selected === alarm.node}
                onOpen={() => workspace?.reveal(alarm.node)}
                onAcknowledge={() => acknowledgements.acknowledge([alarm])}
              />
            );
          })}
        </ul>
      )}
      {sorted.length > shown && (
        <button type="button" className="button alarms-more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, sorted.length - shown)} more of {sorted.length - shown}
        </button>
      )}
    </div>
  );
}

interface RowProps {
  readonly alarm: Alarm;
  readonly name: string;
  readonly kind: keyof typeof NODE_KIND_LABEL | null;
  readonly now: number;
  readonly acknowledged: boolean;
  readonly selected: boolean;
  readonly onOpen: () => void;
  readonly onAcknowledge: () => void;
}

function AlarmRow({
  alarm,
  name,
  kind,
  now,
  acknowledged,
  selected,
  onOpen,
  onAcknowledge,
}: RowProps) {
  const figure = FIGURES[alarm.figure].label;
  const value = readableFigure(alarm.figure, alarm.value);
  const when = absolute(alarm.since);
  const openRef = useRef<HTMLButtonElement>(null);
  return (
    <li className="alarm-row" data-level={alarm.level} data-acknowledged={acknowledged}>
      <button
        ref={openRef}
        type="button"
        className="alarm-open"
        aria-current={selected ? "true" : undefined}
        onClick={onOpen}
      >
        <span className="alarm-level">{LEVEL_NAME[alarm.level]}</span>
        <span className="alarm-node">
          {kind && <KindGlyph kind={kind} />}
          <span className="alarm-name">
            {name ? <VisibleName name={name} /> : <em>(no name)</em>}
            {kind && <span className="visually-hidden">, {NODE_KIND_LABEL[kind]}</span>}
          </span>
        </span>
        <span className="alarm-figure">
          {figure} <strong>{value}</strong>
        </span>
        <span className="alarm-since">
          went over{" "}
          <time dateTime={new Date(alarm.since).toISOString()} title={when}>
            {formatAge(Math.max(0, now - alarm.since))}
          </time>
          <span className="visually-hidden"> ({when})</span>
        </span>
      </button>
      {acknowledged ? (
        <span className="alarm-acknowledged">Acknowledged</span>
      ) : (
        <button
          type="button"
          className="button alarm-acknowledge"
          aria-label={`Acknowledge ${LEVEL_NAME[alarm.level].toLowerCase()} on ${name}: ${figure} ${value}`}
          onClick={() => {
            onAcknowledge();
            // The button goes away: focus stays in the row rather than falling to the page.
            openRef.current?.focus();
          }}
        >
          Acknowledge
        </button>
      )}
    </li>
  );
}
