#!/usr/bin/env bash
# Runs every test of Maatwerk: installs what the tests need when it is missing (PostgreSQL server, Chromium,
# npm packages via the build), starts a throw-away PostgreSQL cluster on a free local port, runs all tests on
# SQLite, runs the web and browser tests again on PostgreSQL, and cleans up. CI (.ci/run) calls exactly this with
# CI=true, which makes the run fail when any test was skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installeren: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/maatwerk-pg.XXXXXX)
port=0
for candidate in $(shuf -i 20000-45000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ "$port" != 0 ] || { echo "Geen vrije poort gevonden voor PostgreSQL" >&2; exit 1; }

pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
cleanup() {
  pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap cleanup EXIT
pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "== PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') draait op 127.0.0.1:$port"
export MAATWERK_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

echo "== Bouwen"
dotnet build Maatwerk.sln -c Release -nologo -v q

log="$pgdir/test.log"
# One suite: its output goes to the console with its name in front, and unprefixed to its own log.
run() {
  local name=$1; shift
  dotnet test "$@" -c Release --no-build -nologo 2>&1 | tee "$pgdir/$name.log" | sed -u "s/^/[$name] /"
  return "${PIPESTATUS[0]}"
}

# The suites mostly wait (on the browser, the app, the database): run serially they kept 2 cores a third busy. Two lanes
# run side by side, each one suite at a time, so that at most one browser suite and one other suite share the machine.
# The accessibility scan (axe-core on every page) checks the HTML, which does not depend on the database: it runs once.
echo "== Alle tests: twee banen naast elkaar"
echo "   baan 1: alles behalve de browsertests op SQLite (schematests ook op PostgreSQL), dan de browsertests op PostgreSQL"
echo "   baan 2: de webtests op PostgreSQL, dan de browsertests (Playwright + Chromium) op SQLite"
(
  lane=0
  MAATWERK_TEST_DB=sqlite run sqlite Maatwerk.sln --filter "FullyQualifiedName!~Maatwerk.E2E" || lane=1
  MAATWERK_TEST_DB=postgres run e2e-postgres tests/Maatwerk.E2E --filter "FullyQualifiedName!~Maatwerk.E2E.ToegankelijkheidTests" || lane=1
  exit $lane
) &
lane1=$!
(
  lane=0
  MAATWERK_TEST_DB=postgres run web-postgres tests/Maatwerk.Web.Tests || lane=1
  MAATWERK_TEST_DB=sqlite run e2e-sqlite tests/Maatwerk.E2E || lane=1
  exit $lane
) &
lane2=$!
status=0
wait $lane1 || status=1
wait $lane2 || status=1
cat "$pgdir"/sqlite.log "$pgdir"/web-postgres.log "$pgdir"/e2e-sqlite.log "$pgdir"/e2e-postgres.log > "$log" 2>/dev/null || true

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" != 0 ] || [ "$passed" = 0 ]; then status=1; fi
# In CI every test must run: a skipped test hides a gap (a missing server, browser or file), so it fails the run.
if [ "${CI:-}" = "true" ] && [ "$skipped" != 0 ]; then
  echo "FOUT: $skipped test(s) overgeslagen terwijl CI=true; in CI moet elke test draaien. Overgeslagen:" >&2
  grep -E '^[[:space:]]+Skipped ' "$log" | sed -E 's/^[[:space:]]+Skipped /  - /' >&2 || true
  status=1
fi
exit $status
