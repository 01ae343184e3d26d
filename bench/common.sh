# Shared by bench/generate and bench/run: where the benchmark database lives, how the portal
# is built and started against it. Only addresses on this machine are used.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
BENCH_DB=${BENCH_DB:-bilateral_bench}

die() { echo "$(basename "$0"): $*" >&2; exit 2; }

# The benchmark fills and drops its own database only: never the portal's, never a test's.
check_database_name() {
  case "$BENCH_DB" in
    bilateral|postgres|template0|template1|*test*) die "refusing to use database '$BENCH_DB': the benchmark uses its own database (bilateral_bench)" ;;
    bilateral_bench|bilateral_bench_*) ;;
    *) die "the benchmark database must be called bilateral_bench or bilateral_bench_<name>, not '$BENCH_DB'" ;;
  esac
  case "$PGHOST" in
    127.*|localhost|::1) ;;
    *) die "the benchmark uses PostgreSQL on this machine only, not $PGHOST" ;;
  esac
}

check_scale() {
  [[ "${1:-}" =~ ^[1-9][0-9]{0,3}$ ]] && (( $1 <= 1000 )) || die "SCALE must be a whole number from 1 to 1000 (1, 100, 1000), not '${1:-}'"
}

# A loopback port nothing listens on.
free_port() {
  local port
  for port in $(shuf -i 20000-40000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  die "found no free port on 127.0.0.1"
}

# What the benchmark database's comment says it holds: the scale, and the migrations it was built
# with, so a database built before a migration changed is made again.
data_label() {
  local migrations
  migrations=$(cat "$(dirname "${BASH_SOURCE[0]}")"/../src/main/resources/db/migration/*.sql | sha1sum | cut -c1-12)
  echo "bilateral benchmark data, scale $1, migrations $migrations"
}

psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }

# The portal's executable jar, built from this work tree when missing or older than its sources.
portal_jar() {
  local jar
  jar=$(ls "$BENCH_ROOT"/target/bilateral-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  if [[ -z "$jar" || -n "$(find "$BENCH_ROOT/src/main" "$BENCH_ROOT/pom.xml" -newer "$jar" -print -quit)" ]]; then
    echo "Building the portal (./mvnw package, tests skipped)..." >&2
    (cd "$BENCH_ROOT" && { ./mvnw -o -q -DskipTests package >&2 || ./mvnw -q -DskipTests package >&2; }) \
      || die "the build failed"
    jar=$(ls "$BENCH_ROOT"/target/bilateral-*.jar | grep -v original | head -n 1)
  fi
  echo "$jar"
}

# Starts the portal on 127.0.0.1:$1 against the benchmark database, logging to $2; prints its pid.
start_portal() {
  local port=$1 log=$2 jar
  jar=$(portal_jar)
  BILATERAL_ADMIN_PASSWORD=${BILATERAL_ADMIN_PASSWORD:-bench-$(date +%s%N)} \
    java ${BENCH_JAVA_OPTS:-} -jar "$jar" \
    --server.address=127.0.0.1 --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
    --spring.datasource.username="$PGUSER" \
    --bilateral.database.create-if-missing=false \
    --spring.docker.compose.enabled=false >"$log" 2>&1 &
  echo $!
}

# Waits until the portal on 127.0.0.1:$1 (process $2) answers its health check, 300 s at most.
wait_for_portal() {
  local port=$1 pid=$2 i
  for i in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}
