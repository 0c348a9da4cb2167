#!/usr/bin/env bash
# End-to-end benchmark of `hwgrade grade` (docs/performance.md): generates synthetic classes of
# each size into a temporary folder, grades each with /usr/bin/time -v and prints one table row per
# size: wall time, submissions per second, peak RSS and per-stage thread time. Everything it writes
# is removed on exit.
#
#   bench/run.sh [SIZES...]          default: 1000 10000 100000
#   BENCH_DIR=/dev/shm/x bench/run.sh    where classes and reports go (default: a mktemp -d in /tmp)
#   HWGRADE_JAVA_OPTS=...            JVM options (default: -Xmx256m, to show the heap bound)
#   JOBS=N                           --jobs (default: the number of cores)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
jobs="${JOBS:-$(nproc)}"
export HWGRADE_JAVA_OPTS="${HWGRADE_JAVA_OPTS:--Xmx256m}"

if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh needs GNU time (/usr/bin/time): apt-get install time" >&2
  exit 2
fi
work="${BENCH_DIR:-$(mktemp -d /tmp/hwgrade-bench.XXXXXX)}"
mkdir -p "$work"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# About 6 KB per hand-in and 16 KB of reports per student: check the space first.
largest=0
for n in "${sizes[@]}"; do [ "$n" -gt "$largest" ] && largest=$n; done
need_kb=$(( largest * 24 ))
free_kb=$(df -Pk "$work" | awk 'NR==2 {print $4}')
if [ "$free_kb" -lt "$need_kb" ]; then
  echo "bench/run.sh: $work has $((free_kb / 1024)) MB free, the largest class needs about $((need_kb / 1024)) MB" >&2
  exit 2
fi

"$here/hwgrade" --version >/dev/null   # builds the jar (and the CDS archive) outside the timings

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "folder: $work ($(df -PT "$work" | awk 'NR==2 {print $2}')), jobs: $jobs, JVM options: $HWGRADE_JAVA_OPTS"
echo
printf '| %9s | %8s | %9s | %12s | %7s | %7s | %7s | %7s | %7s |\n' \
  "students" "wall s" "subs/s" "peak RSS MB" "read" "parse" "solve" "compare" "write"
echo "|----------:|---------:|----------:|-------------:|--------:|--------:|--------:|--------:|--------:|"
for n in "${sizes[@]}"; do
  class="$work/class-$n"
  out="$work/out-$n"
  "$here/hwgrade" bench generate --students "$n" --seed 1 "$class" >/dev/null
  sync
  /usr/bin/time -v -o "$work/time-$n.txt" "$here/hwgrade" grade "$here/rubrics/dl-hw3.yaml" "$class" \
    --out "$out" --jobs "$jobs" --timings >/dev/null 2>"$work/timings-$n.txt"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time-$n.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time-$n.txt")
  stage() { awk -v s="$1" '$1 == s {sub(/%/, "", $3); print $3}' "$work/timings-$n.txt"; }
  printf '| %9d | %8.2f | %9.0f | %12s | %6s%% | %6s%% | %6s%% | %6s%% | %6s%% |\n' \
    "$n" "$wall" "$(awk -v n="$n" -v w="$wall" 'BEGIN {print n / w}')" "$rss" "$(stage read)" "$(stage parse)" "$(stage solve)" \
    "$(stage compare)" "$(stage write)"
  echo "$n $wall" >> "$work/walls.txt"
  rm -rf "$class" "$out"
done
if [ "$(wc -l < "$work/walls.txt")" -ge 2 ]; then
  # Least-squares line through (students, wall): the slope is the cost of one more submission.
  awk '{n++; sx += $1; sy += $2; sxx += $1 * $1; sxy += $1 * $2}
       END {b = (n * sxy - sx * sy) / (n * sxx - sx * sx); a = (sy - b * sx) / n;
            printf "\nslope: %.3f ms per submission (%.0f submissions/s at scale), intercept %.2f s\n", b * 1000, 1 / b, a}' \
    "$work/walls.txt"
fi
echo "(read/parse/solve/compare/write: shares of thread time summed over threads; grade --timings)"
