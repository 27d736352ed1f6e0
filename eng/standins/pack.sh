#!/usr/bin/env bash
# Rebuilds the stand-in packages into eng/packages (the folder nuget.config adds as a source).
# The .nupkg files are committed, so a fresh clone restores without running this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for project in "$here"/*/*.csproj; do
  dotnet pack "$project" -c Release --nologo -v quiet
done
ls -1 "$here/../packages"
