#!/usr/bin/env bash
# Runs every check on a fresh machine: installs Azurite (npm ci), restores and builds (warnings are errors),
# builds and lints the Bicep offline, and runs all tests (they start their own in-memory Azurite).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

[[ -f node_modules/azurite/dist/src/table/main.js ]] || npm ci --no-audit --no-fund
dotnet restore Serverless.sln -v q
dotnet build Serverless.sln --no-restore -nologo -v q -clp:ErrorsOnly
bash infra/check.sh

# The parser's quality on the labelled notices shared with the project (fails under the issues' targets).
samples="../shared/samples/notices"
if [[ -d "$samples" ]]; then
  # Also the import readiness of their drafts: the shipped seed for the seed notice, a Lào Cai test directory for Lào Cai's.
  dotnet functions/Serverless.LocalHost/bin/Debug/net10.0/Serverless.LocalHost.dll eval "$samples" \
    --directories tests/Serverless.Notices.Tests/Fixtures/Directories --readiness
else
  echo "test.sh: $samples is missing; the parser evaluation cannot run" >&2
  exit 1
fi

log="$(mktemp)"
status=0
dotnet test Serverless.sln --no-build -nologo 2>&1 | tee "$log" || status=$?
# One plain closing line over all test projects.
awk '/(Passed|Failed)! +- Failed: / { gsub(",", ""); f += $4; p += $6; s += $8 } END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
