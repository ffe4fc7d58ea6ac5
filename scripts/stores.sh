#!/usr/bin/env bash
# Starts and stops throwaway RDF stores on loopback, for the tests of
# `newsgraph push` (SPARQL 1.1 Graph Store Protocol). Install them first with
# scripts/setup-stores.sh.
#
#   scripts/stores.sh start oxigraph|virtuoso DIR
#       Starts one store with its data in DIR (made if missing; an existing
#       DIR's data is kept) on a free port of 127.0.0.1, waits until it
#       answers queries, and prints on stdout:
#         gsp=URL      Graph Store Protocol endpoint: PUT/POST/GET/DELETE URL?graph=IRI
#         query=URL    SPARQL query endpoint (GET ?query=..., or POST form query=...)
#         update=URL   SPARQL update endpoint (POST update=...)
#         pid=PID      the server's process
#       and, for Virtuoso, also:
#         isql=127.0.0.1:PORT  SQL port (isql-vt 127.0.0.1:PORT dba dba)
#         gsp_basic=URL        the GSP endpoint behind HTTP Basic authentication
#         basic_auth=USER:PASSWORD  for gsp_basic
#       (gsp itself takes writes without authentication).
#   scripts/stores.sh info DIR        prints the same lines for a running store
#   scripts/stores.sh stop DIR        stops it and waits until it has exited
#   scripts/stores.sh bulkload virtuoso|oxigraph DIR FILE.nq [GRAPH]
#       Loads an N-Quads file into the running store: Virtuoso's bulk loader
#       (ld_dir + rdf_loader_run + checkpoint; triples without a graph go to
#       GRAPH, default urn:x-newsgraph:fallback), or for Oxigraph a POST of the
#       file to its store (triples without a graph go to the default graph).
#
# Several stores may run at once (e.g. two test processes in parallel): each
# has its own DIR and its own ports, chosen under a lock. All traffic is to
# 127.0.0.1. Environment: STORES_TIMEOUT (seconds to wait for a start or a
# stop, default 60); NEWSGRAPH_VENV (where setup-stores.sh put `oxigraph`);
# OXIGRAPH, VIRTUOSO, ISQL (binaries, to override); NEWSGRAPH_STORES_OWNER=PID
# (the store is stopped when that process is gone, e.g. a test runner killed
# before it could call stop).
set -euo pipefail

timeout=${STORES_TIMEOUT:-60}
venv=${NEWSGRAPH_VENV:-$HOME/.cache/newsgraph/venv}
lockfile=${TMPDIR:-/tmp}/newsgraph-stores.lock
portdir=${TMPDIR:-/tmp}/newsgraph-stores.ports

die() { echo "stores: $*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0" >&2; exit 2; }

# True while PID runs (a zombie counts as gone).
alive() {
  local st
  st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ -n "$st" ] && [ "$st" != Z ]
}

# True when PID is a server of ours for DIR (guards against a reused pid).
ours() { alive "$1" && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2/"; }

# Prints a port of 127.0.0.1 that no socket uses (any state, IPv4 or IPv6),
# below the ephemeral range, and reserves it for this script (a file in
# $portdir) until release_ports: two starts at once never pick the same port.
reserve_port() {
  local used=" " addr p f owner _
  mkdir -p "$portdir"
  exec 9>>"$lockfile"
  flock -w "$timeout" 9 || die "could not take $lockfile within ${timeout}s"
  while read -r _ addr _; do
    case "$addr" in *:*) used+="$((16#${addr##*:})) " ;; esac
  done < <(cat /proc/net/tcp /proc/net/tcp6 2>/dev/null)
  for f in "$portdir"/*; do
    [ -f "$f" ] || continue
    owner=$(cat "$f" 2>/dev/null || true)
    if [ -n "$owner" ] && alive "$owner"; then used+="${f##*/} "; else rm -f "$f"; fi
  done
  for _ in $(seq 200); do
    p=$((20000 + (RANDOM * 32768 + RANDOM) % 12000))
    case "$used" in *" $p "*) continue ;; esac
    echo $$ >"$portdir/$p"
    flock -u 9; exec 9>&-
    echo "$p"; return 0
  done
  die "no free port found"
}

# Drops this script's port reservations (its servers have bound them, or died).
release_ports() {
  local f
  for f in "$portdir"/*; do
    [ -f "$f" ] && [ "$(cat "$f" 2>/dev/null)" = "$$" ] && rm -f "$f"
  done
  return 0
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }
past() { awk -v d="$1" -v t="$(now)" 'BEGIN{exit !(t>d)}'; }
deadline() { awk -v t="$(now)" -v s="$1" 'BEGIN{printf "%.3f", t+s}'; }

oxigraph_bin() {
  local b=${OXIGRAPH:-$venv/bin/oxigraph}
  [ -x "$b" ] || b=$(command -v oxigraph) || die "no oxigraph server: run scripts/setup-stores.sh"
  echo "$b"
}
virtuoso_bin() { command -v "${VIRTUOSO:-virtuoso-t}" || die "no virtuoso-t: run scripts/setup-stores.sh"; }
isql_bin() { command -v "${ISQL:-isql-vt}" || die "no isql-vt: run scripts/setup-stores.sh"; }

# Runs SQL statements, one a line, on DIR's Virtuoso; fails (printing the
# error) when isql reports one, unless the error matches $2. The SQL goes on
# stdin: `exec=` would percent-decode it.
isql() {
  local out err rc=0
  err=$(mktemp)
  out=$(printf 'SET MACRO_SUBSTITUTION OFF;\n%s\n' "$1" |
    "$(isql_bin)" "127.0.0.1:$isql_port" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF 2>"$err") || rc=$?
  if [ $rc -ne 0 ] || { grep -q '\*\*\* Error' "$err" && ! grep -qE -- "${2:-^\$^}" "$err"; }; then
    cat "$err" >&2; rm -f "$err"; return 1
  fi
  rm -f "$err"
  printf '%s\n' "$out"
}

# A SQL string literal of $1.
sqlstr() { printf "'%s'" "${1//\'/\'\'}"; }

load_state() {
  [ -f "$dir/stores.env" ] || die "no store was started in $dir"
  # shellcheck disable=SC1091
  . "$dir/stores.env"
}

print_state() {
  echo "gsp=$gsp"
  echo "query=$query"
  echo "update=$update"
  echo "pid=$pid"
  [ "$kind" = virtuoso ] || return 0
  echo "isql=127.0.0.1:$isql_port"
  echo "gsp_basic=${gsp}-basic"
  echo "basic_auth=newsgraph:newsgraph"
}

write_virtuoso_ini() {
  cat >"$dir/virtuoso.ini" <<EOF
; Written by scripts/stores.sh at each start (the ports change).
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort          = 127.0.0.1:$isql_port
DisableUnixSocket   = 1
ServerThreads       = 10
CheckpointInterval  = 60
NumberOfBuffers     = 10000
MaxDirtyBuffers     = 6000
DirsAllowed         = ., $dir
VADInstallDir       = $dir/vad
ThreadCleanupInterval = 0
ResourcesCleanupInterval = 0

[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = $dir/www
ServerThreads        = 10
MaxClientConnections = 10
MaxKeepAlives        = 10
KeepAliveTimeout     = 10
DavRoot              = DAV
EnabledDavVSP        = 0

[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryExecutionTime      = 120
MaxQueryCostEstimationTime = 400
DefaultQuery               = SELECT * WHERE { ?s ?p ?o } LIMIT 10
EOF
}

# The server's logs, in the order they are written.
logtext() {
  [ ! -f "$dir/server.log" ] || cat "$dir/server.log"
  [ ! -f "$dir/virtuoso.log" ] || cat "$dir/virtuoso.log"
}

# Closes the file descriptors above 2 that this shell inherited or opened,
# so that a server does not hold a caller's pipe open.
closefds() {
  local f n
  for f in /proc/"$BASHPID"/fd/*; do
    n=${f##*/}
    if [ "$n" -gt 2 ] 2>/dev/null; then eval "exec $n>&-" 2>/dev/null || true; fi
  done
}

# Launches the server in the background on fresh ports; sets pid and the URLs.
launch() {
  : >>"$dir/server.log"
  case "$kind" in
    oxigraph)
      http_port=$(reserve_port); isql_port=
      mkdir -p "$dir/data"
      local bin; bin=$(oxigraph_bin)
      (closefds; exec "$bin" serve --location "$dir/data" --bind "127.0.0.1:$http_port") \
        </dev/null >>"$dir/server.log" 2>&1 &
      pid=$!
      local base="http://127.0.0.1:$http_port"
      gsp=$base/store query=$base/query update=$base/update
      ;;
    virtuoso)
      http_port=$(reserve_port); isql_port=$(reserve_port)
      mkdir -p "$dir/www" "$dir/vad"
      write_virtuoso_ini
      # A lock file left by a killed server would stop this one.
      rm -f "$dir/virtuoso.lck"
      local bin; bin=$(virtuoso_bin)
      (closefds; cd "$dir" && exec "$bin" +foreground +configfile "$dir/virtuoso.ini") \
        </dev/null >>"$dir/server.log" 2>&1 &
      pid=$!
      local base="http://127.0.0.1:$http_port"
      gsp=$base/sparql-graph-crud query=$base/sparql update=$base/sparql
      ;;
  esac
}

# Waits until the launched server answers; 0 when ready, 1 when it exited.
wait_ready() {
  local until; until=$(deadline "$timeout")
  while :; do
    alive "$pid" || return 1
    if curl -sf -o /dev/null --max-time 5 -H 'Accept: application/sparql-results+json' \
         "$query?query=ASK%7B%7D"; then
      [ "$kind" != virtuoso ] && return 0
      # The SQL port opens about when HTTP does: poll it too. Then let the
      # anonymous SPARQL user (the one /sparql-graph-crud runs as) write.
      if isql 'GRANT SPARQL_UPDATE TO "SPARQL";' 'already have role' >/dev/null 2>&1; then
        # The same endpoint behind HTTP Basic authentication, for user
        # newsgraph (password newsgraph). Virtuoso's own -auth endpoints take
        # Digest only.
        isql "DB.DBA.USER_CREATE ('newsgraph', 'newsgraph');
GRANT SPARQL_UPDATE TO \"newsgraph\";
DB.DBA.VHOST_REMOVE (lpath=>'/sparql-graph-crud-basic');
DB.DBA.VHOST_DEFINE (lpath=>'/sparql-graph-crud-basic', ppath=>'/!sparql-graph-crud/', is_dav=>1, vsp_user=>'dba', opts=>vector ('noinherit', 1, 'exec_as_get', 1), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER', realm=>'SPARQL', sec=>'basic');" \
          'already exists|already have role' >/dev/null || die "could not set up $dir's Virtuoso"
        return 0
      fi
    fi
    past "$until" && { kill -KILL "$pid" 2>/dev/null || true; die "$kind in $dir did not answer within ${timeout}s (see $dir/server.log$([ "$kind" = virtuoso ] && echo " and $dir/virtuoso.log"))"; }
    sleep 0.1
  done
}

start() {
  kind=$1
  case "$kind" in oxigraph|virtuoso) ;; *) usage ;; esac
  if [ -f "$dir/stores.env" ]; then
    local prev_pid
    prev_pid=$(sed -n 's/^pid=//p' "$dir/stores.env")
    ! ours "$prev_pid" "$dir" || die "a store already runs in $dir (pid $prev_pid): stop it first"
  fi
  local t0; t0=$(now)
  trap release_ports EXIT
  local try logs
  for try in 1 2 3 4 5; do
    logs=$(logtext | wc -c)
    launch
    if wait_ready; then break; fi
    wait "$pid" 2>/dev/null || true
    release_ports
    # Most likely some other process took the port between the choice and the
    # bind: then try again on another one.
    if [ $try -eq 5 ] || ! logtext | tail -c +$((logs + 1)) | grep -qiE 'in use|bind'; then
      logtext | tail -c +$((logs + 1)) | tail -20 >&2
      die "$kind exited while starting in $dir"
    fi
    echo "stores: $kind could not bind its port; trying another" >&2
  done
  release_ports
  cat >"$dir/stores.env" <<EOF
kind=$kind
pid=$pid
http_port=$http_port
isql_port=$isql_port
gsp=$gsp
query=$query
update=$update
EOF
  if [ -n "${NEWSGRAPH_STORES_OWNER:-}" ]; then
    local owner=$NEWSGRAPH_STORES_OWNER server=$pid
    ( closefds
      while alive "$owner" && alive "$server"; do sleep 1; done
      alive "$server" && kill -TERM "$server" 2>/dev/null ) </dev/null >/dev/null 2>&1 &
  fi
  echo "stores: $kind ready in $(elapsed "$t0")s at 127.0.0.1:$http_port, data in $dir" >&2
  print_state
}

stop() {
  load_state
  if ! ours "$pid" "$dir"; then
    echo "stores: $kind in $dir was not running" >&2
    return 0
  fi
  # SIGTERM: Oxigraph exits at once; Virtuoso makes a quick shutdown (its
  # transaction log is replayed at the next start, nothing is lost).
  kill -TERM "$pid" 2>/dev/null || true
  local until; until=$(deadline "$timeout")
  while alive "$pid"; do
    if past "$until"; then
      echo "stores: $kind (pid $pid) still up after ${timeout}s: killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
      until=$(deadline 10)
      while alive "$pid"; do past "$until" && die "pid $pid does not die"; sleep 0.05; done
      break
    fi
    sleep 0.05
  done
}

bulkload() {
  local want=$1 file=$2 graph=${3:-urn:x-newsgraph:fallback}
  load_state
  [ "$kind" = "$want" ] || die "$dir holds $kind, not $want"
  ours "$pid" "$dir" || die "$kind in $dir is not running"
  [ -f "$file" ] || die "no file $file"
  case "$kind" in
    oxigraph)
      local code
      code=$(curl -sS -o "$dir/bulkload.out" -w '%{http_code}' -X POST \
        -H 'Content-Type: application/n-quads' --data-binary @"$file" "$gsp") || die "POST to $gsp failed"
      case "$code" in 2??) ;; *) cat "$dir/bulkload.out" >&2; die "POST of $file: HTTP $code" ;; esac
      ;;
    virtuoso)
      case "$file" in *.nq|*.nq.gz) ;; *) die "$file: the loader reads N-Quads from *.nq or *.nq.gz" ;; esac
      # ld_dir reads only from DirsAllowed: copy the file under DIR.
      local sub name bad="" rc=0
      sub=$(mktemp -d "$dir/load.XXXXXX")
      cp -- "$file" "$sub/"
      name=$(basename -- "$file")
      # The loader keeps what it read before an error (no transaction), and
      # records the error in DB.DBA.LOAD_LIST rather than raising it.
      isql "ld_dir($(sqlstr "$sub"), $(sqlstr "$name"), $(sqlstr "$graph"));
rdf_loader_run();
checkpoint;" >/dev/null || rc=$?
      [ $rc -ne 0 ] ||
        bad=$(isql "select ll_state, ll_error from DB.DBA.LOAD_LIST where ll_file = $(sqlstr "$sub/$name") and (ll_state <> 2 or ll_error is not null);") ||
        rc=$?
      rm -rf -- "$sub"
      [ $rc -eq 0 ] || die "bulk load of $file failed"
      if printf '%s\n' "$bad" | grep -q '[^[:space:]]'; then
        printf '%s\n' "$bad" >&2
        die "bulk load of $file failed"
      fi
      ;;
  esac
}

[ $# -ge 2 ] || usage
cmd=$1
case "$cmd" in
  start) [ $# -eq 3 ] || usage; dir=$3 ;;
  stop|info) [ $# -eq 2 ] || usage; dir=$2 ;;
  bulkload) { [ $# -ge 4 ] && [ $# -le 5 ]; } || usage; dir=$3 ;;
  *) usage ;;
esac
mkdir -p "$dir"
dir=$(cd "$dir" && pwd -P)
case "$cmd" in
  start) start "$2" ;;
  stop) stop ;;
  info) load_state; ours "$pid" "$dir" || die "$kind in $dir is not running"; print_state ;;
  bulkload) bulkload "$2" "$4" "${5:-}" ;;
esac
