#!/usr/bin/env bash
# Runs the product on this machine: Azurite (data in .azurite/) + LocalHost with the sample notice loaded.
#   bash run.sh                                   # real time
#   bash run.sh --now 2023-09-01T09:00+07:00      # development clock: watch the ladder move
#   bash run.sh --fresh --now 2023-07-20          # start over: empty store (deletes .azurite/), then the sample again
#   bash run.sh token --role leader               # print a development bearer token (also office, agency --agency SXD, operator)
#   bash run.sh parse notice.txt | eval DIR       # the notice parser from the command line
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Run the built assembly rather than "dotnet run", so relative paths resolve from where the user stands.
localhost=functions/Serverless.LocalHost/bin/Debug/net10.0/Serverless.LocalHost.dll

# Builds LocalHost only when a source or project file is newer than the built assembly (tokens come in seconds).
build_if_stale() {
  if [[ -f "$localhost" ]] && [[ -z "$(find functions grains Directory.Build.props Directory.Packages.props host.json \
      \( -name bin -o -name obj \) -prune -o -type f -newer "$localhost" -print -quit)" ]]; then
    return 0
  fi
  echo "run.sh: building LocalHost" >&2
  dotnet build functions/Serverless.LocalHost -nologo -v q "-clp:ErrorsOnly;NoSummary" >&2
  touch "$localhost"
}

if [[ "${1:-}" =~ ^(token|parse|eval)$ ]]; then
  build_if_stale
  exec dotnet "$localhost" "$@"
fi

# --fresh: the store remembers every stage it sent, so a clock set before them sends nothing again; start over.
args=()
fresh=false
for arg in "$@"; do
  if [[ "$arg" == "--fresh" ]]; then fresh=true; else args+=("$arg"); fi
done
set -- "${args[@]+"${args[@]}"}"

source scripts/check-node.sh
[[ -f node_modules/azurite/dist/src/azurite.js ]] || npm ci --no-audit --no-fund
source scripts/check-node.sh
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if $fresh; then
  if port_open 10002; then
    echo "run.sh --fresh: an Azurite already listens on 10002 (another run.sh?); stop it first." >&2
    exit 1
  fi
  rm -rf .azurite
fi
mkdir -p .azurite

if ! port_open 10002; then
  node node_modules/azurite/dist/src/azurite.js --silent --disableTelemetry --skipApiVersionCheck \
    --location .azurite --blobPort 10000 --queuePort 10001 --tablePort 10002 > .azurite/azurite.log 2>&1 &
  azurite_pid=$!
  trap 'kill "$azurite_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do port_open 10002 && break; sleep 0.1; done
  port_open 10002 || { echo "Azurite did not start; see .azurite/azurite.log" >&2; exit 1; }
fi

build_if_stale

cat <<'TEXT'

Directive tracking runs on http://127.0.0.1:7071 (sample notice 125/TB-UBND loaded when the store is empty).
Every call but /api/health needs a bearer token; in another terminal:
  LEADER=$(bash run.sh token --role leader)
  curl -s -H "Authorization: Bearer $LEADER" 'http://127.0.0.1:7071/api/tasks?overdue=true'
  SNNMT=$(bash run.sh token --role agency --agency SNNMT)
  curl -s -H "Authorization: Bearer $SNNMT" http://127.0.0.1:7071/api/agencies/SNNMT/notifications
Stop with Ctrl+C. Restart with --now <date> to move the product's clock (add --fresh to start from an empty store).

TEXT
dotnet "$localhost" --seed samples/sample-notice.json "$@"
