/** Codes of the seed data → ids the database generated, failing loudly on a code the data lacks. */
export class CodeMap {
  readonly #ids = new Map<string, string>();

  constructor(
    private readonly what: string,
    rows: readonly { code: string; id: string }[] = [],
  ) {
    for (const row of rows) this.#ids.set(row.code, row.id);
  }

  id(code: string): string {
    const id = this.#ids.get(code);
    if (id === undefined) throw new Error(`Dữ liệu khởi tạo tham chiếu ${this.what} không có: "${code}"`);
    return id;
  }
}
