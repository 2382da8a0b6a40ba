/** A row that passed its schema, with where it sits in its file (index from 0) and its key. */
export interface LoadedRow<Row> {
  readonly index: number;
  readonly key: string;
  readonly value: Row;
}

/** A dataset file's valid rows, as the cross-checks see them. */
export interface LoadedFile<Row> {
  /** The file as the newsroom knows it, e.g. "data/events.json". */
  readonly file: string;
  readonly rows: readonly LoadedRow<Row>[];
}
