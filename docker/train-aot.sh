#!/usr/bin/env bash
# The image's training start (issue 25): a throw-away MariaDB server, the portal started against it
# until it is ready (app.aot-training: seeds the first administrator, then stops cleanly), and the
# JDK writing its AOT cache beside the jar. The server and its data are removed afterwards.
#   docker/train-aot.sh /app        (portal.jar and lib/ there; writes /app/portal.aot)
# MARIADB_BIN names the folder of mariadb-install-db and mariadb (default /usr/bin); the server is
# $MARIADB_BIN/mariadbd, or Debian's /usr/sbin/mariadbd.
set -euo pipefail
app=$1
bin=${MARIADB_BIN:-/usr/bin}
mariadbd=$bin/mariadbd
if [ ! -x "$mariadbd" ]; then mariadbd=/usr/sbin/mariadbd; fi
work=$(mktemp -d "${TRAINING_DIR:-/var/tmp}/giamsat124-training.XXXXXX")
port=${TRAINING_PORT:-33061}
basedir=()
if [ -n "${MARIADB_BASEDIR:-}" ]; then basedir=(--basedir="$MARIADB_BASEDIR"); fi

server=
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
"${MARIADB_INSTALL_DB:-$bin/mariadb-install-db}" --no-defaults "${basedir[@]}" --datadir="$work/db" --user="$(id -un)" \
  --skip-name-resolve --force > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; exit 1; }
"$mariadbd" --no-defaults "${basedir[@]}" --datadir="$work/db" --socket="$work/mariadb.sock" --port="$port" \
  --bind-address=127.0.0.1 --skip-ssl --user="$(id -un)" --character-set-server=utf8mb4 \
  --collation-server=utf8mb4_uca1400_vietnamese_ai_ci --default-time-zone=+00:00 > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  "$bin/mariadb" --no-defaults --skip-ssl --socket="$work/mariadb.sock" -e "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.5
done
"$bin/mariadb" --no-defaults --skip-ssl --socket="$work/mariadb.sock" <<SQL
CREATE DATABASE giamsat124 CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci;
CREATE USER 'training'@'127.0.0.1' IDENTIFIED BY 'training-only';
GRANT ALL ON giamsat124.* TO 'training'@'127.0.0.1';
SQL

SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$port/giamsat124" SPRING_DATASOURCE_USERNAME=training \
  SPRING_DATASOURCE_PASSWORD=training-only GIAMSAT_ADMIN_PASSWORD=training-only-123 \
  GIAMSAT_ATTACHMENTS_DIR="$work/attachments" GIAMSAT_BASE_URL=https://giamsat.example.vn \
  GIAMSAT_IDENTITY_KEYS=k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= GIAMSAT_IDENTITY_CURRENT_KEY=k1 \
  java -XX:AOTCacheOutput="$app/portal.aot" -jar "$app/portal.jar" \
  --app.aot-training=true --server.port=0 --spring.quartz.auto-startup=false > "$work/training.log" 2>&1 \
  || { grep -E "ERROR|Caused by|Exception:" "$work/training.log" | head -20 >&2; cp "$work/training.log" "${TRAINING_LOG:-/dev/null}"; exit 1; }
echo "AOT cache written: $app/portal.aot ($(du -h "$app/portal.aot" | cut -f1))"
