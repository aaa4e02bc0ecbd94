#!/bin/bash
# Compares every answer of this build (dist/cli.js) with another build's (OLD=path/to/cli.js), byte for byte:
# daysSince moves with the clock: lines holding it are dropped on both sides.
NEW=${NEW:-dist/cli.js}
OLD=${OLD:?set OLD to the cli.js of a build of main, e.g. OLD=/tmp/main/dist/cli.js}
BIG=${BIG:-1}
cd "$(dirname "$0")/.."
EXPORTS=(fixtures/sample/netflix-report.zip fixtures/legacy-export.zip fixtures/ViewingActivity-2025.csv fixtures/ViewingActivity-legacy.csv fixtures/ViewingActivity-title-traps.csv fixtures/NetflixViewingHistory-show-episodes.csv fixtures/NetflixViewingHistory-mdy.csv fixtures/NetflixViewingHistory-dmy.csv "fixtures/NetflixViewingHistory-ambiguous.csv --date-order dmy" fixtures/resaved/ViewingActivity-day-first.csv fixtures/resaved/ViewingActivity-semicolon-tail.csv fixtures/resaved/ViewingActivity-r-headers.csv fixtures/resaved/ViewingActivity-one-profile.csv fixtures/bad/malformed-rows.csv /tmp/netflix-tui-bench/export-20000-seed1-6p-2025.zip)
[ "$BIG" = 1 ] && EXPORTS+=(/tmp/netflix-tui-bench/export-250000-seed1-6p-2025.zip)
CMDS=("summary" "profiles" "stats" "stats --by show" "knows" "doctor" "search stranger" "history --show dark" "knows --json" "profiles --json" "stopped --json" "stopped --all --json" "stopped" "stopped --all" "stopped --json --profile Alex" "stopped --json --limit 3" "summary --json" "stats --json" "history --json" "search stranger --json" "history --json --show dark" "doctor --json")
fail=0; n=0
for e in "${EXPORTS[@]}"; do
  for c in "${CMDS[@]}"; do
    a=$(node $OLD $c $e 2>&1 | grep -v '"daysSince"'; echo "rc=${PIPESTATUS[0]}")
    b=$(node $NEW $c $e 2>&1 | grep -v '"daysSince"'; echo "rc=${PIPESTATUS[0]}")
    n=$((n+1))
    if [ "$a" != "$b" ]; then echo "DIFF: $c $e"; fail=1; fi
  done
done
echo "compared $n answers; fail=$fail"
exit $fail
