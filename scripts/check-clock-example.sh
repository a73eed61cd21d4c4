#!/usr/bin/env bash
# Checks the README's clock example from the state its first command leaves (issue 15, item 11):
#   1. `bash run.sh` in real time, until the sample notice is loaded; then stopped with Ctrl+C (SIGINT);
#   2. `bash run.sh --fresh --now 2023-07-20` on the same store: the lead agency SNNMT gets the first reminder of
#      directive 5 in its inbox, and the email reaches its focal point in smtp4dev.
# Runs on ports and a data folder of its own, so a developer's run.sh and .azurite/ are left alone.
set -euo pipefail
# Job control: each background run.sh gets a process group of its own with SIGINT not ignored, so the
# Ctrl+C that stop_run sends reaches LocalHost, and run.sh's exit trap then stops Azurite and smtp4dev.
set -m
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work="$(mktemp -d)"
export RUN_DATA_DIR="$work/azurite" RUN_PORT=17171 RUN_TABLE_PORT=17102
export SMTP4DEV_SMTP_PORT=17125 SMTP4DEV_WEB_PORT=17150 Orleans__SiloPort=17111 Orleans__GatewayPort=17130
api="http://127.0.0.1:$RUN_PORT"
pid=""
stop_run() {
  [[ -n "$pid" ]] || return 0
  kill -INT -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  pid=""
}
fail() { echo "check-clock-example: $*" >&2; tail -n 30 "$work/run.log" >&2 || true; stop_run; exit 1; }
trap 'stop_run; rm -rf "$work"' EXIT

# Waits up to $2 seconds for the command $1 to succeed.
wait_for() {
  local deadline=$((SECONDS + $2))
  until eval "$1" > /dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 1
  done
}

start_run() {
  bash run.sh "$@" > "$work/run.log" 2>&1 &
  pid=$!
}

leader="$(bash run.sh token --role leader)"
snnmt="$(bash run.sh token --role agency --agency SNNMT)"
tasks_loaded="curl -sf -H 'Authorization: Bearer $leader' '$api/api/tasks?agency=SNNMT' | grep -q '\"id\":\"tb-'"

start_run
wait_for "$tasks_loaded" 180 || fail "bash run.sh (real time) did not load the sample notice"
stop_run

start_run --fresh --now 2023-07-20
wait_for "$tasks_loaded" 180 || fail "bash run.sh --fresh --now 2023-07-20 did not load the sample notice again"
# The sweep runs every minute on the development clock: the first reminder (7 days before 27/07/2023) is due.
reminder="curl -sf -H 'Authorization: Bearer $snnmt' '$api/api/agencies/SNNMT/notifications' | grep -q 'remind-7d'"
wait_for "$reminder" 150 || fail "SNNMT's inbox has no 7-day reminder after --fresh --now 2023-07-20"
email="curl -sf 'http://127.0.0.1:$SMTP4DEV_WEB_PORT/api/messages' | grep -q 'dau.moi@snnmt.example.gov.vn'"
wait_for "$email" 90 || fail "smtp4dev received no email for SNNMT's focal point"
stop_run
echo "check-clock-example: after a real-time run, --fresh --now 2023-07-20 sends SNNMT its first reminder (inbox and email)"
