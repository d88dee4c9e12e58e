#!/usr/bin/env bash
# Coverage-guided fuzzing of shinsa's parsers of outside input (libFuzzer, with AddressSanitizer).
#
#   bash Fuzz/run.sh [SECONDS-PER-HARNESS] [HARNESS ...]
#
# SECONDS-PER-HARNESS defaults to 60. HARNESS is one of: json project answers rulebook condition
# theme (default: all). FUZZ_RUNS=N runs each harness for N inputs instead of for a time.
# Build output goes to .build/fuzz; corpora grow in a temporary folder (the seeds in
# Fuzz/Corpus are never changed) and crash inputs are written to $FUZZ_ARTIFACTS (a temporary
# folder unless set). Exits non-zero if a harness finds a crash, a hang or a memory blowup.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="/opt/swift/usr/bin:$PATH"

seconds=${1:-60}
[ "$#" -gt 0 ] && shift
all=(json project answers rulebook condition theme)
if [ "$#" -gt 0 ]; then harnesses=("$@"); else harnesses=("${all[@]}"); fi
for name in "${harnesses[@]}"; do
  [ -f "Fuzz/Harnesses/$name.swift" ] || { echo "fuzz: no harness '$name' (${all[*]})" >&2; exit 2; }
done

build=$root/.build/fuzz
mkdir -p "$build/modules"
flags=(-sanitize=fuzzer,address -O -g -parse-as-library -enable-testing -I "$build/modules")

# One module at a time, rebuilt only when one of its sources is newer than the object.
build_module() {
  local module=$1
  shift
  local object=$build/$module.o
  local sources
  mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
  sources+=("$@")
  if [ -f "$object" ] && [ -z "$(find "${sources[@]}" Fuzz/run.sh -newer "$object" 2>/dev/null)" ]; then
    return
  fi
  echo "fuzz: compiling $module"
  swiftc "${flags[@]}" -module-name "$module" -wmo -emit-module \
    -emit-module-path "$build/modules/$module.swiftmodule" -c "${sources[@]}" -o "$object"
  touch "$object" # swiftc leaves an unchanged object's time as it was
}

# The linker warns about ASan's local symbols on every link; keep the rest of its output.
link() {
  swiftc "$@" 2>&1 | { grep -v 'Cannot export local symbol' || true; }
  return "${PIPESTATUS[0]}"
}

start=$(date +%s)
build_module ShinsaCore Fuzz/Support/BundleModule.swift
# ShinsaUI imports ShinsaCore: a new ShinsaCore means a new ShinsaUI.
if [ -f "$build/ShinsaUI.o" ] && [ -n "$(find "$build/ShinsaCore.o" -newer "$build/ShinsaUI.o")" ]; then
  rm -f "$build/ShinsaUI.o"
fi
build_module ShinsaUI
# Two links at a time.
pids=()
for name in "${harnesses[@]}"; do
  link "${flags[@]}" -module-name "fuzz_$name" "Fuzz/Harnesses/$name.swift" \
    Fuzz/Support/Rulebook.swift Fuzz/Support/Checks.swift \
    "$build/ShinsaCore.o" "$build/ShinsaUI.o" -o "$build/fuzz-$name" &
  pids+=($!)
  if [ "${#pids[@]}" -ge 2 ]; then
    wait "${pids[0]}"
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid"; done
echo "fuzz: built ${harnesses[*]} in $(($(date +%s) - start)) s"

work=$(mktemp -d "${TMPDIR:-/tmp}/shinsa-fuzz.XXXXXX")
artifacts=${FUZZ_ARTIFACTS:-$work/artifacts}
mkdir -p "$artifacts" "$work/logs"

# See the leak note below: the check at exit is AddressSanitizer's own.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
export SHINSA_FUZZ_RULEBOOK=$root/Sources/ShinsaCore/Resources/jp-ai.json
failed=()
summary=()
for name in "${harnesses[@]}"; do
  corpus=$work/corpus/$name
  mkdir -p "$corpus"
  # The first folder takes new inputs; the rest are seeds, read only.
  seeds=("Fuzz/Corpus/$name")
  maxlen=4096
  case $name in
    json) seeds+=(Tests/Fixtures/projects Tests/Fixtures/scenarios) ;;
    project) seeds+=(Tests/Fixtures/projects Tests/Fixtures/bad-projects) ;;
    answers) seeds+=(Tests/Fixtures/scenarios) ;;
    rulebook)
      # The mini rulebook fits; the bundled one (250 KB) is cut to its first 32 KB.
      maxlen=32768
      seeds+=(Sources/ShinsaCore/Resources)
      ;;
    theme) seeds+=(themes) ;;
  esac
  # Leak checks are off: Swift keeps enum tags in the spare bits of pointers (the rulebook's
  # compiled conditions), so LeakSanitizer takes live objects for leaks. Memory blowups are
  # caught by the RSS and malloc limits instead.
  options=(-max_len=$maxlen -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -detect_leaks=0
    -artifact_prefix="$artifacts/$name-" -print_final_stats=1)
  [ -f "Fuzz/Dictionaries/$name.dict" ] && options+=(-dict="Fuzz/Dictionaries/$name.dict")
  if [ -n "${FUZZ_RUNS:-}" ]; then options+=(-runs="$FUZZ_RUNS"); else
    options+=(-max_total_time="$seconds")
  fi
  log=$work/logs/$name.log
  echo "fuzz: running $name"
  status=0
  "$build/fuzz-$name" "${options[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1 || status=$?
  done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 || true)
  stats=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1 || true)
  if [ "$status" -ne 0 ]; then
    failed+=("$name")
    echo "fuzz: $name FAILED (exit $status); the end of its log ($log):"
    tail -n 60 "$log"
    summary+=("$name: FAILED, inputs in $artifacts")
  else
    summary+=("$name: ${done_line:-no 'Done' line} | ${stats#\#}")
  fi
done

echo "fuzz: inputs executed per harness"
for line in "${summary[@]}"; do echo "  $line"; done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: failures in ${failed[*]}; crash inputs are in $artifacts" >&2
  exit 1
fi
rm -rf "$work"
