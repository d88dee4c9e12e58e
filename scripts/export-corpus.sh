#!/usr/bin/env bash
# Writes every export and assessment shinsa produces for a set of projects and answers files
# into OUT, one file per combination, so that two builds can be compared byte for byte:
#   scripts/export-corpus.sh .build/debug/shinsa /tmp/before PROJECT... -- ANSWERS...
#   diff -r /tmp/before /tmp/after
# Exports: format (markdown, html, json) x language (en, ja, both) x sections (all,
# disclosure, sandbox, disclosure+sandbox) x private notes (off, on). Assessments: format
# (text, json, markdown) x language (en, ja), of every project and answers file.
set -euo pipefail
bin=$1 out=$2
shift 2
projects=() answers=()
while (($#)); do
  if [[ $1 == -- ]]; then shift; answers=("$@"); break; fi
  projects+=("$1"); shift
done
mkdir -p "$out"
for project in "${projects[@]}"; do
  name=$(basename "$project" .shinsa.json)
  for format in markdown html json; do
    for lang in en ja both; do
      for sections in all disclosure sandbox disclosure+sandbox; do
        flags=()
        [[ $sections == *disclosure* ]] && flags+=(--disclosure)
        [[ $sections == *sandbox* ]] && flags+=(--sandbox)
        for private in off on; do
          extra=("${flags[@]}")
          [[ $private == on ]] && extra+=(--include-private)
          file="$out/export-$name-$format-$lang-$sections-private-$private"
          "$bin" export "$project" --format "$format" --lang "$lang" "${extra[@]}" \
            >"$file.out" 2>"$file.err" && echo 0 >"$file.rc" || echo $? >"$file.rc"
        done
      done
    done
  done
done
for file in "${projects[@]}" "${answers[@]}"; do
  name=$(basename "$file" .json)
  for format in text json markdown; do
    for lang in en ja; do
      base="$out/assess-$name-$format-$lang"
      "$bin" assess "$file" --format "$format" --lang "$lang" >"$base.out" 2>"$base.err" \
        && echo 0 >"$base.rc" || echo $? >"$base.rc"
    done
  done
done
