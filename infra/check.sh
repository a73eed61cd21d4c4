#!/usr/bin/env bash
# Builds and lints every Bicep file of the repository offline, failing on any diagnostic.
#   bash infra/check.sh
# The Bicep CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64, which
# tests/Serverless.Infra.Tests downloads on restore (PackageDownload); nothing else is fetched.
# Output goes to artifacts/infra/ (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
test_project="$root/tests/Serverless.Infra.Tests/Serverless.Infra.Tests.csproj"
out="$root/artifacts/bicep"

version="$(sed -n 's:.*<BicepCliVersion>\(.*\)</BicepCliVersion>.*:\1:p' "$test_project")"
if [[ -z "$version" ]]; then
  echo "check.sh: no <BicepCliVersion> in $test_project" >&2
  exit 1
fi
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [[ ! -f "$bicep" ]]; then
  echo "check.sh: Bicep CLI $version not restored yet; restoring $test_project"
  dotnet restore "$test_project" >/dev/null
fi
if [[ ! -f "$bicep" ]]; then
  echo "check.sh: Bicep CLI not found at $bicep after restore" >&2
  exit 1
fi
# NuGet does not always keep the executable bit.
[[ -x "$bicep" ]] || chmod u+x "$bicep"

# main.bicepparam reads the API audience and the web app's client id from the environment (they differ per
# tenant); any non-empty value compiles.
export AUTH_AUDIENCE="${AUTH_AUDIENCE:-api://build-check}"
export WEBAPP_CLIENT_ID="${WEBAPP_CLIENT_ID:-00000000-0000-0000-0000-000000000000}"

failed=0
# Runs one Bicep command; any output at all (warning, error, linter finding) fails the check.
run() {
  local diagnostics
  if ! diagnostics="$("$bicep" "$@" 2>&1)"; then
    printf '%s\n' "$diagnostics" >&2
    echo "FAILED: bicep $*" >&2
    failed=1
  elif [[ -n "$diagnostics" ]]; then
    printf '%s\n' "$diagnostics" >&2
    echo "FAILED (diagnostics): bicep $*" >&2
    failed=1
  fi
}

rm -rf "$out"
mapfile -t files < <(cd "$root" && find . \( -name .git -o -name node_modules -o -name artifacts -o -name bin -o -name obj \) -prune \
  -o -type f \( -name '*.bicep' -o -name '*.bicepparam' \) -print | sed 's|^\./||' | sort)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "check.sh: no Bicep files found" >&2
  exit 1
fi

for file in "${files[@]}"; do
  target="$out/${file%.*}"
  mkdir -p "$(dirname "$target")"
  case "$file" in
    *.bicep) run build "$root/$file" --outfile "$target.json" ;;
    *.bicepparam) run build-params "$root/$file" --outfile "$target.parameters.json" ;;
  esac
  run lint "$root/$file"
  echo "checked $file"
done

if [[ $failed -ne 0 ]]; then
  echo "check.sh: Bicep build or lint failed" >&2
  exit 1
fi
echo "check.sh: ${#files[@]} Bicep files built and linted with no diagnostics (output in ${out#"$root"/})"
