import type { ChangelogEntry } from "../schemas/changelog.ts";

/**
 * The id of a changelog entry on the corrections page: "release-<id>" for a release, else "change-<n>"
 * with n counted from the oldest entry (1), stable because the changelog only grows at its end.
 */
export function changelogAnchor(entry: ChangelogEntry, index: number): string {
  return entry.kind === "release" && entry.release !== undefined
    ? `release-${entry.release}`
    : `change-${String(index + 1)}`;
}
