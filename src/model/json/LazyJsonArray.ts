/**
 * A JSON array whose elements are made from a list one at a time, as they are written: a
 * report of many findings can then be written element by element (`jsonInParts`, as the
 * command line writes its reports), and neither the list of elements nor the report's whole text exists at
 * once. To `JSON.stringify` it is the array of every element, so one report builder serves
 * a report written whole and one written in parts, with the same text.
 */
export class LazyJsonArray<Source, Element> {
  readonly #source: readonly Source[];
  readonly #make: (item: Source) => Element;

  constructor(source: readonly Source[], make: (item: Source) => Element) {
    this.#source = source;
    this.#make = make;
  }

  *elements(): Generator<Element> {
    for (const item of this.#source) yield this.#make(item);
  }

  toJSON(): Element[] {
    return this.#source.map((item) => this.#make(item));
  }
}
