#!/usr/bin/env bash
# Migrations for every context, one set per provider (see docs/adr/0003-module-tables-and-two-providers.md).
#   build/migrations.sh add <Name>    add a migration named <Name>, for SQLite and SQL Server, to every context whose model changed
#   build/migrations.sh script        write the idempotent SQL Server script of every context to artifacts/sql/
#   build/migrations.sh check         fail when a model change has no migration (either provider)
# No SQL Server needs to run: the SQL Server provider is chosen by configuration, not by a connection.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTUP=src/BackOffice.Host
SQLSERVER_ENV=(Database__Provider=SqlServer "Database__ConnectionString=Server=localhost;Database=BackOffice;Trusted_Connection=True;TrustServerCertificate=True")
# context-prefix : project
CONTEXTS=(
  "Access:src/BackOffice.Host"
  "Origination:modules/Origination/BackOffice.Origination"
  "Servicing:modules/Servicing/BackOffice.Servicing"
  "Collections:modules/Collections/BackOffice.Collections"
  "Training:modules/Training/BackOffice.Training"
  "Compliance:modules/Compliance/BackOffice.Compliance"
)

dotnet tool restore >/dev/null
dotnet build "$STARTUP" -v q -nologo >/dev/null

ef() { dotnet ef "$@" --startup-project "$STARTUP" --no-build; }

for_each() {
  local action=$1; shift
  for entry in "${CONTEXTS[@]}"; do
    IFS=: read -r name project <<<"$entry"
    "$action" "$name" "$project" "$@"
  done
}

add_one() {
  local name=$1 project=$2 migration=$3 dir added=0
  dir=$( [[ $project == src/BackOffice.Host ]] && echo Access/Migrations || echo Persistence/Migrations )
  # Each provider on its own: a change may matter to one only (SQLite ignores decimal precision, for one).
  if ! ef migrations has-pending-model-changes --project "$project" --context "${name}SqliteDbContext" >/dev/null 2>&1; then
    ef migrations add "$migration" --project "$project" --context "${name}SqliteDbContext" --output-dir "$dir/Sqlite"
    added=1
  fi
  if ! env "${SQLSERVER_ENV[@]}" dotnet ef migrations has-pending-model-changes --startup-project "$STARTUP" --no-build \
       --project "$project" --context "${name}SqlServerDbContext" >/dev/null 2>&1; then
    env "${SQLSERVER_ENV[@]}" dotnet ef migrations add "$migration" --startup-project "$STARTUP" --no-build --project "$project" \
       --context "${name}SqlServerDbContext" --output-dir "$dir/SqlServer"
    added=1
  fi
  [[ $added == 1 ]] || echo "$name: no model change"
}

script_one() {
  local name=$1 project=$2
  mkdir -p artifacts/sql
  env "${SQLSERVER_ENV[@]}" dotnet ef migrations script --idempotent --startup-project "$STARTUP" --no-build --project "$project" \
     --context "${name}SqlServerDbContext" --output "artifacts/sql/${name}.sql"
  echo "artifacts/sql/${name}.sql"
}

check_one() {
  local name=$1 project=$2
  ef migrations has-pending-model-changes --project "$project" --context "${name}SqliteDbContext"
  env "${SQLSERVER_ENV[@]}" dotnet ef migrations has-pending-model-changes --startup-project "$STARTUP" --no-build \
     --project "$project" --context "${name}SqlServerDbContext"
}

case "${1:-}" in
  add)
    [[ -n "${2:-}" ]] || { echo "usage: $0 add <Name>" >&2; exit 2; }
    for_each add_one "$2"
    # Each add built against the previous state; build once more so the next command sees all of them.
    dotnet build "$STARTUP" -v q -nologo >/dev/null ;;
  script) for_each script_one ;;
  check) for_each check_one ;;
  *) echo "usage: $0 add <Name> | script | check" >&2; exit 2 ;;
esac
