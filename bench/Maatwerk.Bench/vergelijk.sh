#!/usr/bin/env bash
# Compares `maatwerk iwmo validate` (all layers) with `xmllint --noout --schema` (XSD only) on a generated WMO323
# with 100,000 prestaties. Run from anywhere: bash bench/Maatwerk.Bench/vergelijk.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
F=${BENCH_FILE:-/tmp/maatwerk-bench-323.xml}
XSD=../shared/iwmo/3.2/xsd/wmo323.xsd
T=$(mktemp)
dotnet build -c Release bench/Maatwerk.Bench -v q -nologo >/dev/null
dotnet build -c Release src/Maatwerk.Cli -v q -nologo >/dev/null
# The command line as it is measured for issue 12: published ReadyToRun, which also turns tiered compilation off.
R=${CLI_DIR:-/tmp/maatwerk-cli-r2r}
dotnet publish src/Maatwerk.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$R" -v q -nologo >/dev/null
B=bench/Maatwerk.Bench/bin/Release/net10.0/Maatwerk.Bench
M=src/Maatwerk.Cli/bin/Release/net10.0/maatwerk
[ -f "$F" ] || "$B" generate "$F" 100000
echo "== in-process (warm, median of 5, after one warm-up run)"
"$B" measure "$F" 5
echo "== one-shot processes, $RUNS runs each (wall, user+sys CPU, peak RSS)"
for i in $(seq "$RUNS"); do
  /usr/bin/time -a -o "$T" -f "maatwerk iwmo validate         %e s  %U+%S s  %M KB" "$M" iwmo validate "$F" >/dev/null
  /usr/bin/time -a -o "$T" -f "maatwerk (ReadyToRun)          %e s  %U+%S s  %M KB" "$R/maatwerk" iwmo validate "$F" >/dev/null
  /usr/bin/time -a -o "$T" -f "xmllint --noout --schema       %e s  %U+%S s  %M KB" xmllint --noout --schema "$XSD" "$F" 2>/dev/null
done
sort "$T"
echo "== cold breakdown (fresh process each): .NET XmlReader alone, + layers 1-2, + layers 3-4"
for i in 1 2 3; do for w in raw structuur alles; do "$B" once "$F" $w; done; done | sort
rm -f "$T"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
