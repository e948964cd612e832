/** The rows a panel shows, as its table view, its CSV and its export all read them. */
export interface TableColumn {
  key: string;
  header: string;
  /** Right-align numbers. */
  numeric?: boolean;
  /** The cell holds a source id; tables and CSV show the article's sentence (and its translation). */
  source?: boolean;
}

export type TableCell = string | number | null;

export interface TableSpec {
  columns: TableColumn[];
  rows: Record<string, TableCell>[];
}
