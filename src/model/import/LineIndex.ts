import { keepShape } from "../keepShape";

/**
 * 1-based line and column (in UTF-16 code units) of indexes into a text. Lookups at increasing
 * indexes continue from the previous one, so locating every object of a large file stays
 * linear in its size.
 */
export class LineIndex {
  private index = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  at(position: number): { line: number; column: number } {
    if (position < this.index) {
      this.index = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (
      let i = this.text.indexOf("\n", this.index);
      i !== -1 && i < position;
      i = this.text.indexOf("\n", i + 1)
    ) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.index = position;
    return { line: this.line, column: position - this.lineStart + 1 };
  }
}

keepShape(new LineIndex(""));
