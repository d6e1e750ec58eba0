#!/usr/bin/env bash
# Developer tool: runs the CometChat generator over OpenAPI documents the way a consuming project does
# (a throwaway project with <AdditionalFiles CometChatSpec="true">, built by the real compiler), and prints
# the CCG diagnostics, the generated code's size and the compiler's generator timing.
#
#   tools/generate-from-spec.sh [spec.json ...]
#
# With no arguments it runs over our spec and, when ../shared is checked out beside the project, over
# CometChat's published documents. Nothing in the build or the tests depends on this script.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
  specs=("$root/spec/cometchat.openapi.json")
  for published in "$root"/../shared/reference/cometchat-openapi/*.json; do
    [ -f "$published" ] && specs+=("$published")
  done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for spec in "${specs[@]}"; do
  spec="$(realpath "$spec")"
  name="$(basename "$spec" .json | tr -c 'A-Za-z0-9\n' '_')"
  project="$work/$name"
  mkdir -p "$project"
  cat > "$project/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <NoWarn>CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/CometChat.Rest/CometChat.Rest.csproj" />
    <ProjectReference Include="$root/generator/CometChat.Rest.Generator/CometChat.Rest.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <AdditionalFiles Include="$spec" CometChatSpec="true" CometChatNamespace="Published.$name" />
  </ItemGroup>
  <Import Project="$root/src/CometChat.Rest/build/CometChat.Rest.props" />
</Project>
XML
  echo "== $spec"
  log="$project/build.log"
  # Detailed verbosity is what makes the compiler print its per-generator times.
  dotnet build "$project/Consumer.csproj" -v:d -p:ReportAnalyzer=true > "$log" 2>&1 || true
  grep -oE "[^ >]+\.json\([0-9]+,[0-9]+\): (warning|error) CCG[0-9]+: [^(]+" "$log" | sed "s#^$(dirname "$spec")/##" | sort -u | sort -t'(' -k2 -n || true
  # The log repeats each diagnostic in its summary: count distinct ones.
  echo "   CCG diagnostics: $(grep -oE '[^ >]+\.json\([0-9]+,[0-9]+\): (warning|error) CCG[0-9]+' "$log" | sort -u | grep -oE '(warning|error) CCG[0-9]+' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
  echo "   C# errors in the generated code: $(grep -oE '[^ >]+\([0-9]+,[0-9]+\): error CS[0-9]+' "$log" | sort -u | wc -l)"
  generated="$project/obj/Debug/net10.0/generated"
  if [ -d "$generated" ]; then
    echo "   generated: $(find "$generated" -name '*.g.cs' | wc -l) files, $(cat $(find "$generated" -name '*.g.cs') | wc -c) bytes"
  fi
  echo "   generator time (compiler's report, seconds):$(grep -E '[0-9.]+ +[0-9]+ +CometChat.Rest.Generator.CometChatGenerator' "$log" | head -1 | awk '{print " " $1}')"
done
