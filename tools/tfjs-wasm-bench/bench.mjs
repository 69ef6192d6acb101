#!/usr/bin/env node
// Times a MoveNet TF.js graph model (model.json + .bin shards on local disk)
// on the TF.js WASM backend with one thread, for comparison with
// `java -jar target/formcheck.jar bench pose` (ONNX Runtime).
//
// Usage: node bench.mjs MODEL_JSON [--warmup N] [--iterations N] [--json]
//
// Everything that is not the result goes to stderr, so with --json stdout
// holds exactly one JSON line.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import * as tfwasm from '@tensorflow/tfjs-backend-wasm';

const USAGE =
  'usage: node bench.mjs MODEL_JSON [--warmup N] [--iterations N] [--json]\n' +
  '  MODEL_JSON  path to a TF.js graph model.json (e.g. movenet-lightning.json)\n' +
  '  --warmup N      untimed runs before measuring (default 20)\n' +
  '  --iterations N  timed runs (default 200)\n' +
  '  --json          print one JSON line with the result on stdout';

function fail(message) {
  process.stderr.write(`error: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseCount(flag, value, min) {
  if (value === undefined || !/^\d+$/.test(value)) {
    fail(`${flag} needs a whole number`);
  }
  const n = Number.parseInt(value, 10);
  if (n < min) fail(`${flag} must be at least ${min}`);
  return n;
}

function parseArgs(argv) {
  const opts = { modelPath: null, warmup: 20, iterations: 200, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let flag = arg;
    let inline;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      flag = arg.slice(0, eq);
      inline = arg.slice(eq + 1);
    }
    switch (flag) {
      case '--warmup':
        opts.warmup = parseCount(flag, inline ?? argv[++i], 0);
        break;
      case '--iterations':
        opts.iterations = parseCount(flag, inline ?? argv[++i], 1);
        break;
      case '--json':
        opts.json = true;
        break;
      case '-h':
      case '--help':
        process.stdout.write(USAGE + '\n');
        process.exit(0);
        break;
      default:
        if (arg.startsWith('-')) fail(`unknown option ${arg}`);
        if (opts.modelPath !== null) fail(`unexpected argument ${arg}`);
        opts.modelPath = arg;
    }
  }
  if (opts.modelPath === null) fail('missing MODEL_JSON');
  return opts;
}

// An IOHandler that reads model.json and its weight shards from disk. The
// shards are concatenated in manifest order, which is the order the weight
// specs are listed in, as tf.io expects.
function fileHandler(modelJsonPath) {
  return {
    async load() {
      const modelJson = JSON.parse(await readFile(modelJsonPath, 'utf8'));
      if (modelJson.modelTopology == null) {
        throw new Error(`${modelJsonPath} has no modelTopology (not a TF.js model.json?)`);
      }
      const dir = path.dirname(modelJsonPath);
      const weightSpecs = [];
      const shards = [];
      for (const group of modelJson.weightsManifest ?? []) {
        weightSpecs.push(...group.weights);
        for (const shardPath of group.paths) {
          shards.push(await readFile(path.join(dir, shardPath)));
        }
      }
      const total = shards.reduce((sum, b) => sum + b.byteLength, 0);
      const weightData = new Uint8Array(total);
      let offset = 0;
      for (const b of shards) {
        weightData.set(b, offset);
        offset += b.byteLength;
      }
      return {
        modelTopology: modelJson.modelTopology,
        format: modelJson.format,
        generatedBy: modelJson.generatedBy,
        convertedBy: modelJson.convertedBy,
        signature: modelJson.signature,
        userDefinedMetadata: modelJson.userDefinedMetadata,
        modelInitializer: modelJson.modelInitializer,
        weightSpecs,
        weightData: weightData.buffer,
      };
    },
  };
}

// Input side length from the model signature ([1, N, N, 3]); falls back to
// the file name for converted models that carry no signature.
function inputSize(model, modelPath) {
  const shape = model.inputs?.[0]?.shape;
  if (Array.isArray(shape) && shape.length === 4 && shape[1] > 0 && shape[1] === shape[2]) {
    return shape[1];
  }
  const name = path.basename(modelPath).toLowerCase();
  if (name.includes('thunder')) return 256;
  if (name.includes('lightning')) return 192;
  throw new Error('cannot tell the input size from the model signature or file name');
}

// Deterministic RGB pattern with values 0..255 (no randomness, so every run
// and every runtime sees the same pixels).
function makePixels(n) {
  const data = new Int32Array(n * n * 3);
  let i = 0;
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      data[i++] = (x * 7 + y * 3) & 255;
      data[i++] = (x * 5 + y * 11 + 64) & 255;
      data[i++] = (x ^ y) & 255;
    }
  }
  return data;
}

// Nearest-rank percentile over an ascending array.
function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function round3(x) {
  return Math.round(x * 1000) / 1000;
}

async function runOnce(model, pixels, n) {
  const input = tf.tensor4d(pixels, [1, n, n, 3], 'int32');
  const start = performance.now();
  const result = model.execute(input);
  const outputs = Array.isArray(result) ? result : [result];
  for (const t of outputs) await t.data();
  const elapsed = performance.now() - start;
  const shape = outputs[0].shape;
  tf.dispose(outputs);
  input.dispose();
  return { elapsed, shape };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = (msg) => process.stderr.write(msg + '\n');

  // Load the .wasm binaries from the installed package, never over the
  // network. The prefix must end with a path separator.
  const require = createRequire(import.meta.url);
  const wasmDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
  tfwasm.setWasmPaths(path.join(wasmDir, 'dist') + path.sep);
  tfwasm.setThreadsCount(1);
  if (!(await tf.setBackend('wasm'))) throw new Error('could not initialise the wasm backend');
  await tf.ready();

  const threads = tfwasm.getThreadsCount();
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  const multithread = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  if (threads !== 1) throw new Error(`expected 1 XNNPACK thread, backend reports ${threads}`);

  const model = await loadGraphModel(fileHandler(opts.modelPath));
  const n = inputSize(model, opts.modelPath);
  const pixels = makePixels(n);
  const modelName = path.basename(opts.modelPath).replace(/\.json$/i, '');

  log(`tfjs-core ${tf.version_core}, backend ${tf.getBackend()} ` +
      `(tfjs-backend-wasm ${tfwasm.version_wasm}, simd=${simd}, ` +
      `threaded binary=${multithread}, threads=${threads}), node ${process.version}`);
  log(`model ${modelName}: input int32 [1,${n},${n},3], ` +
      `warmup ${opts.warmup}, iterations ${opts.iterations}`);

  let outShape = null;
  for (let i = 0; i < opts.warmup; i++) {
    outShape = (await runOnce(model, pixels, n)).shape;
  }
  const tensorsBefore = tf.memory().numTensors;
  const times = new Array(opts.iterations);
  for (let i = 0; i < opts.iterations; i++) {
    const r = await runOnce(model, pixels, n);
    times[i] = r.elapsed;
    outShape = r.shape;
  }
  const leaked = tf.memory().numTensors - tensorsBefore;
  if (leaked !== 0) log(`warning: ${leaked} tensors not disposed during the timed loop`);
  log(`output shape [${outShape}]`);

  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const stats = {
    p50: round3(percentile(sorted, 50)),
    p95: round3(percentile(sorted, 95)),
    mean: round3(mean),
  };

  if (opts.json) {
    process.stdout.write(JSON.stringify({
      runtime: 'tfjs-wasm',
      model: modelName,
      threads,
      iterations: opts.iterations,
      p50_ms: stats.p50,
      p95_ms: stats.p95,
      mean_ms: stats.mean,
    }) + '\n');
  } else {
    process.stdout.write(
      `tfjs-wasm ${modelName} threads=${threads} iterations=${opts.iterations}: ` +
      `p50 ${stats.p50.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms, ` +
      `mean ${stats.mean.toFixed(2)} ms\n`);
  }

  model.dispose();
}

main().catch((err) => {
  process.stderr.write(`error: ${err?.stack ?? err?.message ?? err}\n`);
  process.exit(1);
});
