#!/usr/bin/env python3
"""Extracts a JSON Lines corpus to N-Quads on a Spark cluster.

Each partition of the corpus is piped through `newsgraph extract -`
(`RDD.pipe`); the partitions' N-Quads are then merged into what one
`newsgraph extract` over the whole corpus writes: the descriptions every
partition repeats in the shared entities graph are kept once, and each
node keeps one `rdfs:label`, the least spelling by newsgraph's own order
(fewest capital letters, then code point order), as a single run keeps it.
The result is sorted (code point order, which is `LC_ALL=C sort` on UTF-8).

    python examples/spark/extract.py --master 'local[4]' \\
        --newsgraph target/release/newsgraph --partitions 8 \\
        --output corpus.nq feed-*.jsonl

Every record must be a JSON object with an "id" (unique in the corpus) and
a "text"; "title", "url", "date" and "source" are optional (see
`newsgraph ingest --help`). Blank lines are skipped.

Exit status 0 on success; 1 with a one-line message on standard error
(starting "extract.py:") when the input, Spark or a partition's
`newsgraph` fails; 2 for bad arguments. See examples/spark/README.md.
"""

import argparse
import json
import math
import os
import re
import shlex
import shutil
import sys
import tempfile
import time

PROG = "extract.py"
ENTITIES = "<https://w3id.org/newsgraph/entities>"
LABEL = " <http://www.w3.org/2000/01/rdf-schema#label> \""
# what newsgraph takes for blank (Rust's `u8::is_ascii_whitespace`)
ASCII_WHITESPACE = " \t\n\x0c\r"
# the most records a partition gets by default: `newsgraph extract -` holds
# its whole standard input in memory
RECORDS_PER_PARTITION = 10_000


class Failure(Exception):
    """A failure reported as one line."""


def fail(message):
    print(f"{PROG}: {message}", file=sys.stderr)
    sys.exit(1)


# --- the records ------------------------------------------------------------


def article_name(record_id):
    """The name newsgraph stores a record under (its `id`, as `ingest`
    reads it), or None when the record has no usable id."""
    if isinstance(record_id, bool):
        return None
    if isinstance(record_id, int):
        return str(record_id)
    if isinstance(record_id, float):
        return repr(record_id)
    if isinstance(record_id, str) and record_id.strip():
        return record_id.strip().replace("/", "_").replace("\\", "_")
    return None


def check_record(raw):
    """(name, line) for a record, (None, why not) for a bad one, None for a
    blank line. The line goes to newsgraph as it is but for a byte order
    mark (its hash, `ng:contentHash`, is of its bytes, as a single run
    takes them)."""
    line = raw.lstrip("\ufeff")
    if not line.strip(ASCII_WHITESPACE):
        return None
    try:
        value = json.loads(line)
    except ValueError as e:
        return (None, f"not JSON ({e})")
    if not isinstance(value, dict):
        return (None, "not a JSON object")
    if not isinstance(value.get("text"), str):
        return (None, 'no "text" string')
    name = article_name(value.get("id"))
    if name is None:
        return (
            None,
            'no "id" (every record needs a unique id: records without one '
            "are named by their line number, which partitions repeat)",
        )
    return (name, line)


def scan(index, lines):
    """What the driver needs to know of an input partition: its lines, its
    records and its first bad record (line in the partition, why)."""
    n = records = 0
    bad = None
    for n, raw in enumerate(lines, 1):
        r = check_record(raw)
        if r is not None:
            records += 1
            if r[0] is None and bad is None:
                bad = (n, r[1])
    yield (index, n, records, bad)


def numbered(line_offsets, record_offsets):
    """(record number from 0, line number from 1, name, line) of every
    record: numbers count over the inputs in the order Spark reads them."""

    def number(index, lines):
        n, k = line_offsets[index], record_offsets[index]
        for raw in lines:
            n += 1
            r = check_record(raw)
            if r is not None:
                yield (k, n, r[0], r[1])
                k += 1

    return number


# --- merging the partitions' output ----------------------------------------


def unescape(s):
    """An N-Quads literal's text, decoded as newsgraph decodes it to order
    labels (src/export.rs, `unescape`)."""
    out = []
    chars = iter(s)
    for c in chars:
        if c != "\\":
            out.append(c)
            continue
        o = next(chars, None)
        out.append({"n": "\n", "r": "\r", "t": "\t"}.get(o, o or ""))
    return "".join(out)


def label_of(line):
    """(node, label) of an `rdfs:label` line of the entities graph, else None."""
    if not line.endswith(ENTITIES + " ."):
        return None
    at = line.find(">") + 1
    if at == 0 or not line.startswith(LABEL, at):
        return None
    start = at + len(LABEL)
    end = max(line.rfind('"'), start)
    return line[:at], unescape(line[start:end])


def label_order(label):
    """newsgraph's order of a node's spellings (src/rdf.rs, `label_order`):
    fewer capital letters first, then code point order."""
    return (sum(1 for c in label if c.isupper()), label)


def sort_key(line):
    """What a line is sorted by: itself, or for a node's label in the
    entities graph the part before the label's text, so that every spelling
    of one node's label meets the others in one partition, side by side."""
    if line.endswith(ENTITIES + " ."):
        at = line.find(">") + 1
        if at and line.startswith(LABEL, at):
            return line[: at + len(LABEL)]
    return line


def merge_sorted(pairs):
    """The lines of a partition sorted by key, merged: one line of each
    group of identical lines, and of a node's labels the least by
    newsgraph's order. Every label key ends before the label's text, so the
    result is in line order too (only entities-graph labels are keyed so,
    and no node has a label in another graph)."""
    key = best = None
    for k, line in pairs:
        if k != key:
            if best is not None:
                yield best
            key, best = k, line
        elif line != best and label_order(label_of(line)[1]) < label_order(label_of(best)[1]):
            best = line
    if best is not None:
        yield best


# --- Spark --------------------------------------------------------------------

QUIET_LOG4J2 = """\
rootLogger.level = off
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex
logger.repl.name = org.apache.spark.api.python.PythonGatewayServer
logger.repl.level = off
"""


def spark_context(args):
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        raise Failure(
            f"pyspark is not installed for {sys.executable} "
            "(scripts/setup-spark.sh installs it into the newsgraph virtualenv)"
        )
    conf = SparkConf().setAppName("newsgraph-extract")
    if args.master:
        conf.setMaster(args.master)
    conf.setIfMissing("spark.master", "local[*]")
    conf.setIfMissing("spark.ui.showConsoleProgress", "false")
    launched_here = "PYSPARK_GATEWAY_PORT" not in os.environ  # not spark-submit
    log_config = None
    if launched_here:
        # the executors' Python is this one (it has pyspark), unless told otherwise
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        if conf.get("spark.master", "").startswith("local"):
            conf.setIfMissing("spark.ui.enabled", "false")
            # one machine: no need to find this host's address on a network
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        if not args.verbose:
            fd, log_config = tempfile.mkstemp(prefix="newsgraph-spark-log4j2-", suffix=".properties")
            with os.fdopen(fd, "w") as f:
                f.write(QUIET_LOG4J2)
            conf.set("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log_config}")
    try:
        sc = SparkContext(conf=conf)
    except Exception as e:  # the JVM did not start
        raise Failure(
            f"cannot start Spark ({one_line(e)}); Java 17 or later is needed "
            "(scripts/setup-spark.sh installs it)"
        )
    finally:
        if log_config:
            os.unlink(log_config)
    if not args.verbose:
        sc.setLogLevel("OFF" if launched_here else "ERROR")
    return sc


def one_line(e):
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


class PartitionFailed(Exception):
    """A partition's `newsgraph` failed (raised on an executor)."""


def in_partition(parts):
    """Names the partition in a failure of its `newsgraph` process."""

    def wrap(index, lines):
        try:
            yield from lines
        except Exception as e:
            raise PartitionFailed(f"partition {index + 1} of {parts}: {one_line(e)}") from None

    return wrap


def spark_failure(e):
    """One line for a failed Spark job: the Python error of the failed task
    (a partition's failed process, a record newsgraph refused), else
    Spark's own."""
    text = str(e)
    errors = re.findall(r"^(\w+(?:\.\w+)*(?:Error|Exception|Failed)): (.*)$", text, re.M)
    python = [m for m in errors if not m[0].startswith(("org.", "java.", "py4j.", "scala."))]
    if not python:
        java = re.search(r"^: (?:[\w.$]+\.)?([\w$]+(?:Error|Exception)): (.*)$", text, re.M)
        return f"{java.group(1)}: {java.group(2)}" if java else one_line(e)
    name, message = python[-1]
    exited = re.search(r"\[PIPE_FUNCTION_EXITED\] Pipe function `(.*?)` exited with error code (-?\d+)", message)
    if not exited:
        return f"{name.rsplit('.', 1)[-1]}: {message}"
    code = int(exited.group(2))
    status = f"was killed by signal {-code}" if code < 0 else f"exited with status {code}"
    where = message[: exited.start()]
    return (
        f"{where}`{exited.group(1)}` {status} (its messages are above, or on the executor's "
        "standard error; `newsgraph extract FILE` names a bad record by its line)"
    )


# --- the job --------------------------------------------------------------------


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Extract a JSON Lines corpus to N-Quads with Spark (RDD.pipe through "
        "`newsgraph extract -`): the same quads, sorted and deduplicated, as one "
        "`newsgraph extract` over the whole corpus.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSON Lines files, directories or globs (anything Spark's textFile reads, .gz too)")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--output", "-o", metavar="FILE.nq",
                     help="one sorted N-Quads file, written by the driver (replaced whole, only on success)")
    out.add_argument("--output-dir", metavar="DIR",
                     help="a Spark output directory of sorted part files (part-00000, ... in order) "
                     "for outputs too large for the driver's disk")
    p.add_argument("--newsgraph", default="newsgraph", metavar="PATH",
                   help="the newsgraph binary, at this path on every worker (default: newsgraph on PATH)")
    p.add_argument("--partitions", "-p", type=int, metavar="N",
                   help="partitions (processes) to extract in: default Spark's default parallelism, "
                   f"or one per {RECORDS_PER_PARTITION} records if more; at most one per record")
    p.add_argument("--master", metavar="URL", help="Spark master: local[N], spark://HOST:PORT, yarn...")
    p.add_argument("--provenance", choices=["facts", "sentences", "mentions"],
                   help="passed to newsgraph extract")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="passed to newsgraph extract")
    p.add_argument("--lang-any", action="store_true", help="passed to newsgraph extract")
    p.add_argument("--verbose", "-v", action="store_true", help="keep Spark's own log (WARN and above)")
    args = p.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions must be at least 1")
    return args


def newsgraph_command(args):
    binary = shutil.which(args.newsgraph)
    if binary is None:
        if not os.path.isabs(args.newsgraph):
            raise Failure(f"{args.newsgraph}: no such program (--newsgraph PATH names the binary)")
        binary = args.newsgraph  # perhaps only on the workers
    command = [os.path.abspath(binary), "extract"]
    if args.provenance:
        command += ["--provenance", args.provenance]
    if args.date:
        command += ["--date", args.date]
    if args.lang_any:
        command.append("--lang-any")
    command.append("-")
    return command


def check_output(args):
    """Fails before Spark starts when the output cannot be written."""
    if args.output:
        directory = os.path.dirname(os.path.abspath(args.output))
        if not os.path.isdir(directory):
            raise Failure(f"{args.output}: its directory {directory} does not exist")
        if os.path.isdir(args.output):
            raise Failure(f"{args.output}: a directory (--output-dir writes part files into one)")
    elif "://" not in args.output_dir and os.path.exists(args.output_dir):
        raise Failure(f"{args.output_dir}: exists already (--output-dir makes it)")


def plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def run(args):
    started = time.monotonic()
    command = newsgraph_command(args)
    check_output(args)
    sc = spark_context(args)
    try:
        from py4j.protocol import Py4JJavaError
    except ImportError:  # pragma: no cover - pyspark depends on py4j
        Py4JJavaError = Exception
    try:
        return extract(sc, args, command, started)
    except Py4JJavaError as e:
        raise Failure(spark_failure(e))
    finally:
        sc.stop()


def extract(sc, args, command, started):
    from pyspark import StorageLevel

    lines = sc.textFile(",".join(args.inputs))
    line_offsets, record_offsets = [], []
    n = count = 0
    for _, lines_in, records_in, bad in sorted(lines.mapPartitionsWithIndex(scan).collect()):
        if bad is not None:
            raise Failure(f"record on line {n + bad[0]}: {bad[1]}")
        line_offsets.append(n)
        record_offsets.append(count)
        n, count = n + lines_in, count + records_in
    if count == 0:
        raise Failure("no records in " + ", ".join(args.inputs))
    records = lines.mapPartitionsWithIndex(numbered(line_offsets, record_offsets))
    merging = max(1, min(count, sc.defaultParallelism))
    taken = (
        records.map(lambda r: (r[2], [r[1]]))
        .reduceByKey(lambda a, b: sorted(a + b)[:2], numPartitions=merging)
        .filter(lambda kv: len(kv[1]) > 1)
        .takeOrdered(1, key=lambda kv: kv[1])
    )
    if taken:
        name, (first, second) = taken[0]
        raise Failure(
            f"the id {name!r} is taken by several records (lines {first}, {second}); ids must be unique"
        )

    wanted = args.partitions or max(sc.defaultParallelism, math.ceil(count / RECORDS_PER_PARTITION))
    # record k goes to partition k mod n: balanced, and none empty (empty
    # standard input is an error for `newsgraph extract -`)
    parts = min(wanted, count)
    env = {"RAYON_NUM_THREADS": sc.getConf().get("spark.task.cpus", "1")}
    quads = (
        records.map(lambda r: (r[0], r[3]))
        .partitionBy(parts, lambda k: k)
        .values()
        .pipe(shlex.join(command), env=env, checkCode=True)
        .mapPartitionsWithIndex(in_partition(parts))
    )
    # one shuffle sorts and brings together what to merge; sorting counts
    # and samples its input first, hence the extraction is kept
    keyed = quads.map(lambda line: (sort_key(line), line)).persist(StorageLevel.MEMORY_AND_DISK)
    merged = keyed.sortByKey(numPartitions=merging).mapPartitions(merge_sorted)
    if args.output_dir:
        merged.saveAsTextFile(args.output_dir)
        where, written = args.output_dir, ""
    else:
        n = write_file(args.output, merged.toLocalIterator(prefetchPartitions=True))
        where, written = args.output, f", {plural(n, 'quad')}"
    seconds = time.monotonic() - started
    print(
        f"{PROG}: {plural(count, 'article')} in {plural(parts, 'partition')}{written} -> {where} "
        f"({seconds:.1f} s, {count / seconds:.1f} articles/s)",
        file=sys.stderr,
    )
    return 0


def write_file(path, lines):
    """Writes the lines to `path` through a temporary file renamed into
    place: the file is whole or untouched."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            for line in lines:
                f.write(line)
                f.write("\n")
                n += 1
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return n


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return run(args)
    except Failure as e:
        fail(str(e))
    except OSError as e:
        fail(f"{e.filename or ''}: {e.strerror or e}".lstrip(": "))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
