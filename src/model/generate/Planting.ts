import type { FindingKind } from "../findings/Finding";
import type { Random } from "../random/createRandom";
import type {
  GenAgentGroup,
  GenCampaignGroup,
  GenConfig,
  GenTenant,
  ManifestFinding,
} from "./GeneratedConfig";
import type { NameRegistry } from "./NameRegistry";
import { confusableWith, withAtSign, withInvisible, withWhitespace } from "./nameVariants";
import type { Variant } from "./nameVariants";

type Named = { name: string; readonly tenant: GenTenant };

/** One way an object can go wrong; `apply` returns false when it does not fit the object. */
export interface Defect<T> {
  readonly weight: number;
  readonly apply: (object: T) => boolean;
}

/**
 * What the defect catalogues share while defects are planted: the configuration, the seeded
 * random source, the name registry (so a planted name clashes only where it is meant to) and
 * the findings expected so far. Findings are kept as thunks and read at the end, because a
 * campaign group's name is only final once every campaign and group has its own.
 */
export class Planting {
  private readonly expected: (() => ManifestFinding)[] = [];
  /** Campaign groups to misname once every other name is final. */
  readonly misnamed = new Set<GenCampaignGroup>();
  /** Agent groups given a place-group twin: their campaign groups get the finding. */
  readonly ambiguous = new Set<GenAgentGroup>();
  private danglingSerial = 0;

  constructor(
    readonly config: GenConfig,
    readonly random: Random,
    private readonly registry: NameRegistry,
    /** Whether the format writes calling-list objects (mutagen JSON only names them). */
    private readonly listsAreObjects: boolean,
  ) {}

  findings(): ManifestFinding[] {
    return this.expected.map((finding) => finding());
  }

  expectLater(finding: () => ManifestFinding): void {
    this.expected.push(finding);
  }

  expect(rule: string, kind: FindingKind, object: Named, defect: string): void {
    this.expected.push(() => ({
      rule,
      kind,
      tenant: object.tenant.name,
      name: object.name,
      defect,
    }));
  }

  nextDanglingSerial(): number {
    return ++this.danglingSerial;
  }

  /** Gives each object a defect with probability `rate`, trying others when one does not fit. */
  each<T>(objects: readonly T[], rate: number, defects: readonly Defect<T>[]): void {
    if (rate <= 0) return;
    for (const object of objects) {
      if (!this.random.chance(rate)) continue;
      const candidates = [...defects];
      while (candidates.length > 0) {
        const defect = this.random.weighted(
          candidates,
          candidates.map((d) => d.weight),
        );
        if (defect.apply(object)) break;
        candidates.splice(candidates.indexOf(defect), 1);
      }
    }
  }

  private namespace(kind: FindingKind, object: Named): string {
    if (kind === "person") return "person";
    const space = kind === "agentGroup" || kind === "placeGroup" ? "group" : kind;
    return `${object.tenant.dbid}:${space}`;
  }

  rename(kind: FindingKind, object: Named, variant: Variant | null, rule: string): boolean {
    if (!variant) return false;
    const space = this.namespace(kind, object);
    this.registry.release(space, object.name);
    if (!this.registry.tryClaim(space, variant.name)) {
      this.registry.claim(space, object.name, "");
      return false;
    }
    object.name = variant.name;
    const listsHidden = kind === "callingList" && !this.listsAreObjects;
    if (!listsHidden) this.expect(rule, kind, object, variant.defect);
    return true;
  }

  nameDefects<T extends Named>(kind: FindingKind): Defect<T>[] {
    const r = this.random;
    const defects: Defect<T>[] = [
      {
        weight: 2,
        apply: (o) => this.rename(kind, o, withWhitespace(o.name, r), "name-whitespace"),
      },
      {
        weight: 2,
        apply: (o) => this.rename(kind, o, withInvisible(o.name, r), "invisible-character"),
      },
    ];
    if (kind !== "place") {
      defects.push({
        weight: 2,
        apply: (o) => this.rename(kind, o, withAtSign(o.name, r), "at-sign-in-name"),
      });
    }
    return defects;
  }

  /** Another object of the same kind and tenant, with the same or a confusable name. */
  twin<T extends Named>(
    kind: FindingKind,
    object: T,
    list: T[],
    copy: (name: string) => T,
    confusable: boolean,
  ): boolean {
    if (!confusable) {
      const duplicate = copy(object.name);
      list.push(duplicate);
      this.expect("duplicate-name", kind, duplicate, "same name twice");
      return true;
    }
    const variant = confusableWith(object.name, this.random);
    if (
      !variant ||
      !this.registry.tryClaim(`confusable:${this.namespace(kind, object)}`, variant.name)
    ) {
      return false;
    }
    const twin = copy(variant.name);
    list.push(twin);
    this.expect("confusable-names", kind, twin, variant.defect);
    return true;
  }
}
