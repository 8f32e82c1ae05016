#!/usr/bin/env bash
# The performance table of the README: end-to-end `parley bench` runs in separate JVMs with -Xmx768m, started by the
# `parley` launcher as a user starts them (PARLEY_JAVA_OPTS=-Xmx768m).
#   - throughput on 2 and 1 coding threads, the median of RUNS runs each on the default 200,000-sentence corpus;
#   - wall time against corpus size (50k, 200k, 1M sentences) on 2 threads;
#   - peak RSS on the corpus ten times the default (2M sentences).
# Prints Markdown rows; the raw output of every run is kept under target/bench-table/.
#   tools/bench-table.sh [RUNS]      (default 3; about 20 minutes on a 2-core machine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
out=target/bench-table
mkdir -p "$out"

bench() { # name, args... (--jit-c2 last: the JVM's own tiered compilation instead of the launcher's C1)
  local name="$1"; shift
  local opts=-Xmx768m
  if [ "${*: -1}" = --jit-c2 ]; then opts="-Xmx768m -XX:TieredStopAtLevel=4"; set -- "${@:1:$#-1}"; fi
  PARLEY_JAVA_OPTS="$opts" ./parley bench "$@" >"$out/$name.txt" 2>&1 || { echo "bench-table: $name failed, see $out/$name.txt" >&2; exit 1; }
}
field() { # file, line label, awk field
  awk -v label="$2" -v f="$3" '$1 == label { gsub(",", "", $f); print $f; exit }' "$1"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(free -g | awk '/Mem:/ { print $2 }') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for threads in 2 1; do
  for r in $(seq 1 "$runs"); do bench "t$threads-r$r" --threads "$threads"; done
  rates=$(for r in $(seq 1 "$runs"); do field "$out/t$threads-r$r.txt" throughput 2; done | tr '\n' ' ')
  echo "| 200,000 sentences, $threads thread(s) | median $(echo $rates | tr ' ' '\n' | median) sentences/s (runs: $rates) |"
done
for n in 50000 1000000 2000000; do
  bench "size-$n" --sentences "$n"
  echo "| $n sentences, 2 threads | $(field "$out/size-$n.txt" wall 3) s wall, $(field "$out/size-$n.txt" throughput 2) sentences/s, peak RSS $(field "$out/size-$n.txt" memory 8) MiB, peak heap $(field "$out/size-$n.txt" memory 4) MiB |"
done
bench "size-2000000-c2" --sentences 2000000 --jit-c2
echo "| 2000000 sentences, 2 threads, C2 JIT (PARLEY_JAVA_OPTS=\"-Xmx768m -XX:TieredStopAtLevel=4\") | $(field "$out/size-2000000-c2.txt" wall 3) s wall, $(field "$out/size-2000000-c2.txt" throughput 2) sentences/s, peak RSS $(field "$out/size-2000000-c2.txt" memory 8) MiB |"
echo "| start-up (from the first 2-thread run) | $(field "$out/t2-r1.txt" start-up 2) s |"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
