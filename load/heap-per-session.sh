#!/usr/bin/env bash
# Live heap per session: a full-GC class histogram of the running Préau before and after opening
# N sessions with the learner list open (SessionsSimulation), the difference divided by N.
#   load/heap-per-session.sh <pid of Préau's JVM> [sessions=300] [baseUrl=http://127.0.0.1:8080] [seconds=300]
# jcmd must be the one of the JDK that runs Préau (JDK 25).
set -euo pipefail
pid=${1:?pid of the Préau JVM}
sessions=${2:-300}
base=${3:-http://127.0.0.1:8080}
seconds=${4:-300}
here=$(cd "$(dirname "$0")" && pwd)
jcmd=${JCMD:-$(dirname "$(readlink -f "/proc/$pid/exe")")/jcmd}

histogram() { # prints: total live bytes, VaadinSession count, UI count, StateNode count
  "$jcmd" "$pid" GC.class_histogram > "$1"
  awk '/^Total/ {total=$3}
       / com\.vaadin\.flow\.server\.VaadinSession$/ {vs=$2}
       / com\.vaadin\.flow\.component\.UI$/ {ui=$2}
       / com\.vaadin\.flow\.internal\.StateNode$/ {sn=$2}
       END {printf "%d %d %d %d\n", total, vs, ui, sn}' "$1"
}

out=$(mktemp -d)
before=$(histogram "$out/histogram-before.txt")
echo "before: live bytes, VaadinSession, UI, StateNode = $before"
(cd "$here" && ../mvnw -B -q gatling:test -Dsimulation=org.preau.load.SessionsSimulation \
    -Dsessions="$sessions" -DbaseUrl="$base" -Dseconds="$seconds")
after=$(histogram "$out/histogram-after.txt")
echo "after:  live bytes, VaadinSession, UI, StateNode = $after"
read -r b _ _ _ <<< "$before"
read -r a vs ui sn <<< "$after"
echo "live heap per session: $(( (a - b) / sessions / 1024 )) kB over $sessions sessions ($vs VaadinSession, $ui UI, $sn StateNode alive)"
echo "largest classes after: $out/histogram-after.txt"
