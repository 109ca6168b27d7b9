#!/usr/bin/env bash
# Fuzzes the generator's per-seed path (decode, check, parse, extract, emit) with SharpFuzz and afl-fuzz.
#
#   tests/SeedData.Fuzz/fuzz.sh MINUTES [OUTPUT_DIR]
#
# Needs afl-fuzz (Debian/Ubuntu: apt-get install afl++); the SharpFuzz instrumenter is a local tool
# of this repository (.config/dotnet-tools.json), restored here. Findings land in
# OUTPUT_DIR/findings/default/crashes (default OUTPUT_DIR: artifacts/fuzz); each is replayed at the end.
# Every crash becomes a seed in tests/SeedData.Tests/Robustness/Adversarial with its expected outcome.
set -euo pipefail

minutes=${1:?usage: fuzz.sh MINUTES [OUTPUT_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${2:-$root/artifacts/fuzz}
command -v afl-fuzz > /dev/null || { echo "afl-fuzz not found: apt-get install afl++ (or use: dotnet run --project tests/SeedData.Fuzz -c Release -- random MINUTES SEED DIR...)" >&2; exit 2; }
(cd "$root" && dotnet tool restore > /dev/null)

# A fresh build each time: SharpFuzz rewrites the generator assembly in place, and only once.
rm -rf "$out/bin"
dotnet build "$here/SeedData.Fuzz.csproj" -c Release -o "$out/bin" -v q -nologo
(cd "$root" && dotnet tool run sharpfuzz "$out/bin/SeedData.Generator.dll")

# Starting inputs: the small adversarial seeds and the first 2 KB of each repository seed
# (afl-fuzz works best on small inputs; growth comes from mutation).
rm -rf "$out/in"
mkdir -p "$out/in"
find "$root/tests/SeedData.Tests/Robustness/Adversarial" -name '*.txt' -size -8k -print0 | while IFS= read -r -d '' f; do
  cp "$f" "$out/in/adv-$(basename "$f" | tr -c 'A-Za-z0-9.\n-' '_')"
done
for f in "$root"/seeds/*.txt; do head -c 2048 "$f" > "$out/in/seed-$(basename "$f")"; done
dotnet "$out/bin/SeedData.Fuzz.dll" dict > "$out/seed.dict"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# -V: stop after the given seconds; -t: per-input timeout in ms (the first run pays for JIT);
# -m none: the .NET runtime reserves far more address space than afl's default limit.
afl-fuzz -i "$out/in" -o "$out/findings" -x "$out/seed.dict" -t 10000 -m none -V $((minutes * 60)) -- dotnet "$out/bin/SeedData.Fuzz.dll" || true

crashes="$out/findings/default/crashes"
grep -E 'execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg|run_time' "$out/findings/default/fuzzer_stats" || true
if compgen -G "$crashes/id:*" > /dev/null; then
  echo "Crashes found; replaying them:"
  dotnet "$out/bin/SeedData.Fuzz.dll" replay "$crashes"
  exit 1
fi
echo "No crash (run_time above, in seconds)."
