#!/bin/bash
# Interleaved rounds of `maatwerk iwmo validate` against `xmllint --noout --schema` on the same file (issue 12, bench/README.md
# "maatwerk iwmo validate cold against xmllint --schema"). Per pair: wall, user, sys (s) and peak RSS (KB) of each, and the
# wall ratio ours / xmllint. Compare variants only within one run of this script: the machine's speed drifts.
#
# usage: bench/validate-tegen-xmllint.sh ROUNDS "label|ENV=value …|/path/to/maatwerk" …
#   F (default /tmp/maatwerk-bench-323.xml) and X (default ../shared/iwmo/3.2/xsd/wmo323.xsd) may be set in the environment.
set -u
F=${F:-/tmp/maatwerk-bench-323.xml}
X=${X:-../shared/iwmo/3.2/xsd/wmo323.xsd}
tijden=$(mktemp -d)
trap 'rm -rf "$tijden"' EXIT
rondes=$1; shift
for _ in $(seq "$rondes"); do
  for variant in "$@"; do
    IFS='|' read -r label omgeving cli <<<"$variant"
    env $omgeving /usr/bin/time -o "$tijden/a" -f "%e %U %S %M" "$cli" iwmo validate "$F" >/dev/null 2>&1
    /usr/bin/time -o "$tijden/b" -f "%e %U %S %M" xmllint --noout --schema "$X" "$F" >/dev/null 2>&1
    a=$(tail -1 "$tijden/a"); b=$(tail -1 "$tijden/b")
    echo "$label $a | xmllint $b | $(awk -v a="${a%% *}" -v b="${b%% *}" 'BEGIN { printf "%.3f", a / b }')"
  done
done
