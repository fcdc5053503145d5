#!/usr/bin/env bash
# Starts the portal on http://localhost:5080 with demo data.
#   Database: $CONGRESS_DB if set (an Npgsql connection string); otherwise an embedded PostgreSQL under
#   .data/ (installed with apt-get when missing); otherwise `docker compose` where a Docker engine runs.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

DATA_DIR=""
# Stop the database on exit only if this run started it.
cleanup() { if [ -n "$DATA_DIR" ] && [ -n "${PG_STARTED_HERE:-}" ]; then pg_stop "$DATA_DIR"; fi; }
trap cleanup EXIT

if [ -n "${CONGRESS_DB:-}" ]; then
  CONNECTION=$CONGRESS_DB
  echo "使用 CONGRESS_DB 指定的数据库。"
elif pg_ensure_binaries; then
  DATA_DIR=$(pg_data_dir_for "$PWD/.data/pg")
  pg_start "$DATA_DIR"
  CONNECTION=$PG_CONNECTION
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  echo "本机没有 PostgreSQL，改用 docker compose 启动数据库。"
  docker compose up -d db
  CONNECTION="Host=127.0.0.1;Port=5432;Username=congress;Password=${POSTGRES_PASSWORD:-congress-dev};Database=congress"
  for _ in $(seq 1 30); do docker compose exec -T db pg_isready -U congress >/dev/null 2>&1 && break; sleep 1; done
else
  echo "无法启动数据库：请安装 PostgreSQL，或设置 CONGRESS_DB。" >&2
  exit 1
fi

export ConnectionStrings__Portal=$CONNECTION
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "正在编译……"
dotnet build src/CongressPortal.Web -c Release -nologo -v quiet
echo "正在更新数据库结构并载入演示数据……"
dotnet run --project src/CongressPortal.Web -c Release --no-build --no-launch-profile -- --migrate-only

cat <<'ACCOUNTS'

  示例市人大门户已就绪：http://localhost:5080

  演示账号（密码均为 Portal@2026demo）：
    admin    系统管理员（账号、角色、基础数据）
    staff    工作人员（工作人员工作台）
    auditor  审计员（审计日志，只读）
    deputy   人大代表（代表工作台，关联代表 李建国）
    unit     承办单位（示例市住房和城乡建设局）

  admin 和 auditor 首次登录时须用手机验证器应用扫码设置两步验证（见 README）。

  按 Ctrl+C 停止。

ACCOUNTS
dotnet run --project src/CongressPortal.Web -c Release --no-build --no-launch-profile --urls "http://localhost:5080"
