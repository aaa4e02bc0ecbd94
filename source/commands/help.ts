/** The `--help` text. Keys come from the keymap so help, README and the app cannot disagree. */
export function helpText(keyLines: readonly string[]): string {
	return `netflix-tui: explore your Netflix personal-data export in the terminal.

Usage
  netflix-tui [export]                     open the explorer (no export: how to get one, and the demo)
  netflix-tui --demo                       open the explorer on the bundled sample export
  netflix-tui summary  <export> [--json]   what is in the export, per profile
  netflix-tui profiles <export> [--json]   each profile with its numbers
  netflix-tui stopped  <export> [--json] [--unfinished]
                                           where each profile stopped in each show, newest first
  netflix-tui search   <export> <query> [--json]
                                           fuzzy search over show and movie titles
  netflix-tui history  <export> [--json] [--show NAME] [--since 2024-01] [--until 2024-06-30] [--extras]
                                           viewings in time order, oldest first
  netflix-tui stats    <export> [--json] [--by year|month|weekday|hour|show|device|country]
                       [--since DATE] [--until DATE]
                                           watch time per period, when, what, binges
  netflix-tui doctor   <export> [--json]   what was detected; attach this to bug reports
  netflix-tui knows    <export> [--json]   what Netflix knows: every table of the export, summarised

<export> is the netflix-report.zip Netflix sent, the folder you unzipped it into,
a ViewingActivity.csv, or a NetflixViewingHistory.csv. Use --demo instead of <export>
to try any command on the bundled sample.

Options
  -p, --profile NAME    only this profile (case, accents and emoji do not matter: Ninos for Niños 🎈)
      --show NAME       history: only this show or movie, found as search finds it
      --since DATE      history: from this day (2024-01-31) or month (2024-01) on, UTC
      --until DATE      history: up to and including this day or month, UTC
      --json            exact JSON (UTF-8, ISO 8601 UTC times, durations in seconds)
      --since DATE      history, stats: viewings from this day or month on (2024-01-31, 2024-01; UTC)
      --until DATE      history, stats: viewings up to the end of this day or month (UTC)
      --by WHAT         stats: year, month, weekday, hour, show, device or country (text; --json has all)
      --unfinished      stopped: only series not known to be done and movies left midway
      --limit N         at most N entries (history: the newest N)
      --date-order dmy|mdy
                        day-first or month-first dates in NetflixViewingHistory.csv,
                        and in Start Times a spreadsheet re-saved as 16/1/2021 14:23
      --tz ZONE         show times in this time zone (default: TZ or the system's)
  -h, --help            this help
  -v, --version         the version

Keys in the explorer
${keyLines.map(l => `  ${l}`).join('\n')}

Exit codes: 0 ok, 1 the export could not be read, 2 usage error.
Environment: NO_COLOR turns colour off; NETFLIX_TUI_TRACE=1 prints load phase timings on stderr.
Nothing is sent anywhere and nothing is written: the export is read in memory.
`;
}
