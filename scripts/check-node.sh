#!/usr/bin/env bash
# Sourced by run.sh and test.sh: Azurite (pinned in package.json) needs Node.js 20 or later.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if (( node_major < 20 )); then
  echo "Node.js 20 or later is needed for Azurite (found: $(node --version 2>/dev/null || echo none)); install it and retry." >&2
  exit 1
fi
# The installed Azurite must accept this Node (npm only warns; Azurite would then fail at run time).
if [[ -f node_modules/azurite/package.json ]]; then
  node -e '
    const wanted = require("./node_modules/azurite/package.json").engines.node;
    const m = /^>=\s*(\d+)/.exec(wanted || "");
    if (m && Number(process.versions.node.split(".")[0]) < Number(m[1])) {
      console.error(`Azurite in node_modules wants Node.js ${wanted}, this is ${process.version}: run "npm ci" (package.json pins one that supports Node.js 20).`);
      process.exit(1);
    }' || exit 1
fi
