// `npm run conformance -- <file-or-folder>...`: plays workflow scenarios against the real server.
import { exitWith } from './connect.ts';
import { startConformanceDatabases } from './conformance/databases.ts';
import { resultLine, runScenarioFile } from './conformance/run.ts';
import { scenarioFiles } from './conformance/scenario.ts';

const paths = process.argv.slice(2).filter((arg) => arg !== '--');
if (paths.length === 0) {
  process.stderr.write('Usage: npm run conformance -- <scenario.json | folder>...\n');
  exitWith(2);
}

let files: string[];
try {
  files = await scenarioFiles(paths);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  exitWith(2);
}

const databases = await startConformanceDatabases(process.env.DATABASE_URL);
let passed = 0;
let failed = 0;
try {
  for (const file of files) {
    const result = await runScenarioFile(file, () => databases.create());
    if (result.passed) passed++;
    else failed++;
    process.stdout.write(`${resultLine(result)}\n`);
  }
} finally {
  await databases.close();
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
exitWith(failed === 0 ? 0 : 1);
