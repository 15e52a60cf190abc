/**
 * Problems found while importing a pack, each tied to the place a teacher can find it: a line of a GIFT file, a row
 * and column of a spreadsheet, or a JSON path. Importers never throw for bad input; they return these.
 */

/** Where a problem is. At least one of the fields is always set. */
export interface Place {
  /** 1-based line in a text file (GIFT, JSON). */
  line?: number;
  /** 1-based row in a spreadsheet or CSV file. */
  row?: number;
  /** Spreadsheet column letter and header, e.g. `C (Answer 2)`. */
  column?: string;
  /** JSON path, e.g. `$.questions[3].options`. */
  field?: string;
}

export interface ImportIssue {
  place: Place;
  message: string;
}

export function issue(place: Place, message: string): ImportIssue {
  return { place, message };
}

/** `line 12`, `row 9, column H (Correct answer(s))`, `$.questions[2].prompt` — the place as a person reads it. */
export function describePlace(place: Place): string {
  const parts: string[] = [];
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.column !== undefined) parts.push(`column ${place.column}`);
  if (place.field !== undefined) parts.push(place.field);
  return parts.join(', ') || 'the file';
}

/** One line for a log or the CLI: `quiz.gift: line 12: the answer block has no closing }`. */
export function formatIssue(item: ImportIssue, file?: string): string {
  return `${file ? `${file}: ` : ''}${describePlace(item.place)}: ${item.message}`;
}

/** True when the place names something concrete (used by tests and as a guard before showing a problem). */
export function hasPlace(place: Place): boolean {
  return (
    place.line !== undefined ||
    place.row !== undefined ||
    place.column !== undefined ||
    place.field !== undefined
  );
}

/** Combines a place with a JSON path found inside the item at that place (`line 4, options[1].text`). */
export function withField(place: Place, field: string): Place {
  return { ...place, field: place.field ? `${place.field}${field.replace(/^\$/, '')}` : field };
}
