#!/usr/bin/env bash
# Runs the product on this machine: Azurite (data in .azurite/) + LocalHost with the sample notice loaded.
#   bash run.sh                                   # real time
#   bash run.sh --now 2023-09-01T09:00+07:00      # development clock: watch the ladder move
#   bash run.sh --fresh --now 2023-07-20          # start over: empty store (deletes .azurite/), then the sample again
#   bash run.sh token --role leader               # print a development bearer token (also office, agency --agency SXD, operator)
#   bash run.sh parse notice.txt | eval DIR       # the notice parser from the command line
# Reminder emails go to smtp4dev (a local SMTP server with a web inbox, pinned in .config/dotnet-tools.json), unless
# Smtp__Host is set. Ports (defaults): RUN_PORT 7071 (API), RUN_TABLE_PORT 10002 (Azurite tables; blob and queue
# just below), SMTP4DEV_SMTP_PORT 2525, SMTP4DEV_WEB_PORT 5000 (inbox). RUN_DATA_DIR (default .azurite) holds the store.
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

# --fresh: the store remembers every stage it sent, so a clock set before them sends nothing again; start over
# (deletes the store's folder, $RUN_DATA_DIR or .azurite/).
args=()
fresh=false
for arg in "$@"; do
  if [[ "$arg" == "--fresh" ]]; then fresh=true; else args+=("$arg"); fi
done
set -- "${args[@]+"${args[@]}"}"

api_port=${RUN_PORT:-7071}
table_port=${RUN_TABLE_PORT:-10002}
data_dir=${RUN_DATA_DIR:-.azurite}
smtp_port=${SMTP4DEV_SMTP_PORT:-2525}
inbox_port=${SMTP4DEV_WEB_PORT:-5000}

source scripts/check-node.sh
[[ -f node_modules/azurite/dist/src/azurite.js ]] || npm ci --no-audit --no-fund
source scripts/check-node.sh
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if $fresh; then
  if port_open "$table_port"; then
    echo "run.sh --fresh: an Azurite already listens on $table_port (another run.sh?); stop it first." >&2
    exit 1
  fi
  rm -rf "$data_dir"
fi
mkdir -p "$data_dir" .local

# Azurite and smtp4dev run in process groups of their own: Ctrl+C reaches LocalHost only, which then stops with its
# storage still there; when it has ended, this script stops each group it started (smtp4dev's tool runner has a child).
started=()
stop_started() { for pgid in "${started[@]+"${started[@]}"}"; do kill -- "-$pgid" 2>/dev/null || true; done; }
trap stop_started EXIT

if ! port_open "$table_port"; then
  setsid node node_modules/azurite/dist/src/azurite.js --silent --disableTelemetry --skipApiVersionCheck \
    --location "$data_dir" --blobPort $((table_port - 2)) --queuePort $((table_port - 1)) --tablePort "$table_port" > "$data_dir/azurite.log" 2>&1 &
  started+=($!)
  for _ in $(seq 1 100); do port_open "$table_port" && break; sleep 0.1; done
  port_open "$table_port" || { echo "Azurite did not start; see $data_dir/azurite.log" >&2; exit 1; }
fi
# A second instance beside another run.sh: also set Orleans__SiloPort and Orleans__GatewayPort (11111, 30000).
[[ "$table_port" == 10002 ]] || export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"

# smtp4dev: the reminder emails arrive in its web inbox. Its data is in memory: a restart starts an empty inbox.
inbox=""
if [[ -z "${Smtp__Host:-}" ]]; then
  if ! port_open "$smtp_port"; then
    dotnet tool restore > .local/tool-restore.log 2>&1 || { echo "dotnet tool restore failed; see .local/tool-restore.log" >&2; exit 1; }
    setsid dotnet tool run smtp4dev --smtpport="$smtp_port" --urls="http://127.0.0.1:$inbox_port" --bindaddress=127.0.0.1 \
      --imapport= --pop3port= --db= --nousersettings > .local/smtp4dev.log 2>&1 &
    started+=($!)
    for _ in $(seq 1 300); do port_open "$smtp_port" && port_open "$inbox_port" && break; sleep 0.1; done
    port_open "$smtp_port" || { echo "smtp4dev did not start; see .local/smtp4dev.log" >&2; exit 1; }
  fi
  inbox="http://127.0.0.1:$inbox_port"
  export Smtp__Host=127.0.0.1 Smtp__Port="$smtp_port" Smtp__Security=None
  export Smtp__FromAddress="${Smtp__FromAddress:-nhacviec@ubnd.example.gov.vn}"
fi
# The sample agencies' contacts (stored for agencies that have none yet) and the link to a task in the web app.
export Delivery__ContactsSeedFile="${Delivery__ContactsSeedFile:-$PWD/samples/contacts.json}"
export Delivery__TaskUrlTemplate="${Delivery__TaskUrlTemplate:-http://127.0.0.1:$api_port/api/app/#/task/{taskId}}"

build_if_stale

cat <<TEXT

Directive tracking runs on http://127.0.0.1:$api_port (sample notice 125/TB-UBND loaded when the store is empty).
Open http://127.0.0.1:$api_port/ in a browser for the web app (development sign-in: pick a role and an agency).
Every API call but /api/health needs a bearer token; in another terminal:
  LEADER=\$(bash run.sh token --role leader)
  curl -s -H "Authorization: Bearer \$LEADER" 'http://127.0.0.1:$api_port/api/tasks?overdue=true'
  SNNMT=\$(bash run.sh token --role agency --agency SNNMT)
  curl -s -H "Authorization: Bearer \$SNNMT" http://127.0.0.1:$api_port/api/agencies/SNNMT/notifications
${inbox:+Reminder and escalation emails: $inbox (smtp4dev inbox; contacts from samples/contacts.json)
}Stop with Ctrl+C. Restart with --now <date> to move the product's clock (add --fresh to start from an empty store).

TEXT
# Not exec: the trap stops Azurite and smtp4dev when LocalHost ends.
dotnet "$localhost" --urls "http://127.0.0.1:$api_port" --seed samples/sample-notice.json "$@"
