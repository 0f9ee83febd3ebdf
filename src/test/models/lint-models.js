// Lints every model with bpmnlint, the rules of the project's .bpmnlintrc (recommended, and Camunda
// 7.24's compatibility), through bpmnlint's own command line, so that the test sees what a modeller
// running `npx bpmnlint` sees. Run by kz.qyzmet.models.ModelLintTest with
//   QYZMET_BPMNLINTRC   the configuration file
//   QYZMET_MODELS       the model files, one per line
// Any error or warning fails (--max-warnings 0); the last line counts the models and the problems.
const { spawnSync } = require('child_process');
const path = require('path');

const models = process.env.QYZMET_MODELS.split('\n').map((f) => f.trim()).filter(Boolean);
const cli = path.join(path.dirname(require.resolve('bpmnlint/package.json')), 'bin', 'bpmnlint.js');
const run = spawnSync(process.execPath,
  [cli, '--config', process.env.QYZMET_BPMNLINTRC, '--max-warnings', '0', ...models],
  { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
process.stdout.write(run.stdout || '');
process.stderr.write(run.stderr || '');
const summary = /(\d+) problems? \((\d+) errors?, (\d+) warnings?\)/.exec(run.stdout || '');
console.log(`models=${models.length} problems=${summary ? summary[1] : (run.status === 0 ? 0 : 'unknown')}`);
process.exit(run.status === null ? 2 : run.status);
