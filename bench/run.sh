#!/usr/bin/env bash
# One command for the whole benchmark (bench/README.md): installs wrk if missing, builds the platform and the
# baselines in Release (published ReadyToRun into bench/.publish), and runs the driver, which starts PostgreSQL (the platform's embedded helper), the apps,
# the load, and writes bench/results/bench-full-<time>.{json,svg,txt}.
#   bench/run.sh                     full run (roughly 3½ hours on 2 cores: S12 and S9 an hour each)
#   bench/run.sh --smoke             a few seconds per scenario, one client (what the test suite runs)
#   bench/run.sh --scenarios S1,S3 --clients 1,16 --duration 10 --soak-seconds 120 --rebuild-events 200000
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk not found: installing Debian's wrk package"
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y -qq wrk || (apt-get update -qq && apt-get install -y -qq wrk)) >/dev/null
fi
# PostgreSQL server binaries, as for the tests (.ci/run).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y -qq postgresql || (apt-get update -qq && apt-get install -y -qq postgresql)) >/dev/null
fi

dotnet build bench/Nanchuan.Bench -c Release -nologo -v q
# The apps run as the platform is deployed (README): published in Release with ReadyToRun code, so start-up (S8) is not
# spent compiling. Same for the baselines (the Marten stack's Wolverine code is pre-generated too, as the platform's).
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
for project in src/Host bench/baselines/RawNpgsql bench/baselines/EfCore bench/baselines/MinimalApi bench/baselines/MartenStack; do
  assembly=$(basename "$project"/*.csproj .csproj)
  dotnet publish "$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "bench/.publish/$assembly" -nologo -v q
done
exec dotnet bench/Nanchuan.Bench/bin/Release/net10.0/Nanchuan.Bench.dll --published bench/.publish "$@"
