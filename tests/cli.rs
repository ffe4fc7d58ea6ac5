//! The command line, end to end: every command, format and error.

mod common;

use common::*;

#[test]
fn ingest_reports_what_the_graph_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(tmp.path(), "in", &[("a.txt", ARTICLE_A)]);
    let out = ok(newsgraph(&tmp.path().join("s")).arg("ingest").arg(&dir));
    assert!(out.contains("graph: 1 articles;"), "{out}");
    assert!(out.contains("Person"), "{out}");
    assert!(out.contains("meetings"), "{out}");
}

#[test]
fn reingest_is_idempotent_and_a_changed_article_replaces_its_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(tmp.path(), "in", &[("a.txt", ARTICLE_A)]);
    let store = tmp.path().join("s");
    ok(newsgraph(&store).arg("ingest").arg(&dir));
    let before = ok(newsgraph(&store).args(["export", "--format", "nquads"]));
    let out = ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(out.contains("0 stored, 1 unchanged, 0 replaced"), "{out}");
    assert_eq!(
        before,
        ok(newsgraph(&store).args(["export", "--format", "nquads"]))
    );
    std::fs::write(
        dir.join("a.txt"),
        ARTICLE_A.replace("Claire Dubois", "Marie Dubois"),
    )
    .unwrap();
    let out = ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(out.contains("0 stored, 0 unchanged, 1 replaced"), "{out}");
    let after = ok(newsgraph(&store).args(["export", "--format", "nquads"]));
    assert!(after.contains("Marie Dubois"));
    assert!(!after.contains("Claire Dubois"), "a stale fact survived");
}

/// Regression for the shared entities graph: replacing an article removes
/// the descriptions of the nodes only it named, and keeps those another
/// article still names.
#[test]
fn a_replaced_article_takes_along_only_the_descriptions_no_one_else_needs() {
    let (tmp, store) = store_with_ab();
    let labels = |store: &std::path::Path| {
        ok(newsgraph(store).args([
            "query",
            "--format",
            "tsv",
            "-e",
            "SELECT ?l WHERE { GRAPH <https://w3id.org/newsgraph/entities> { ?e rdfs:label ?l } } ORDER BY ?l",
        ]))
    };
    let before = labels(&store);
    // named by a.txt only, and by b.txt
    let (only_a, in_b) = (["Claire Dubois", "Norway"], ["Oslo", "Mark Rutte"]);
    for n in only_a.iter().chain(&in_b) {
        assert!(before.contains(&format!("\"{n}\"")), "{n}: {before}");
    }
    std::fs::write(
        tmp.path().join("in/a.txt"),
        "Quiet Day\nNothing happened today.\n",
    )
    .unwrap();
    let out = ok(newsgraph(&store).arg("ingest").arg(tmp.path().join("in")));
    assert!(out.contains("1 replaced"), "{out}");
    let after = labels(&store);
    for n in only_a {
        assert!(!after.contains(n), "only a.txt named {n}: {after}");
    }
    for n in in_b {
        assert!(
            after.contains(&format!("\"{n}\"")),
            "b.txt still names {n}: {after}"
        );
    }
}

#[test]
fn unreadable_files_are_reported_skipped_and_make_the_exit_status_fail() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(
        tmp.path(),
        "in",
        &[("a.txt", ARTICLE_A), ("empty.txt", " \n")],
    );
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 society\n").unwrap();
    std::fs::write(dir.join("utf16.txt"), b"\xff\xfeH\x00i\x00").unwrap();
    let store = tmp.path().join("s");
    let out = newsgraph(&store).arg("ingest").arg(&dir).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let cases = [
        ("empty.txt", "empty article"),
        ("latin1.txt", "not UTF-8"),
        ("utf16.txt", "UTF-16"),
    ];
    for (file, reason) in cases {
        let line = err
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("no line for {file}: {err}"));
        assert!(
            line.starts_with("newsgraph: ") && line.contains(reason),
            "{line}"
        );
    }
    assert!(
        stdout.contains("1 stored, 0 unchanged, 0 replaced, 3 failed"),
        "{stdout}"
    );
}

#[test]
fn bad_paths_and_stores_give_one_line_errors_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let empty_dir = tmp.path().join("nothing");
    std::fs::create_dir(&empty_dir).unwrap();
    let not_store = tmp.path().join("notstore");
    std::fs::create_dir(&not_store).unwrap();
    std::fs::write(not_store.join("x"), "x").unwrap();
    let file_store = tmp.path().join("file");
    std::fs::write(&file_store, "x").unwrap();
    let dir = articles(tmp.path(), "in", &[("a.txt", ARTICLE_A)]);
    let store = tmp.path().join("s");
    let cases: Vec<(std::path::PathBuf, Vec<std::ffi::OsString>, &str)> = vec![
        (
            store.clone(),
            vec!["ingest".into(), tmp.path().join("missing.txt").into()],
            "no such file or directory",
        ),
        (
            store.clone(),
            vec!["ingest".into(), empty_dir.clone().into()],
            "no .txt article",
        ),
        (
            not_store.clone(),
            vec!["ingest".into(), dir.clone().into()],
            "not a newsgraph store",
        ),
        (
            file_store.clone(),
            vec!["ingest".into(), dir.clone().into()],
            "not a newsgraph store",
        ),
        (
            store.clone(),
            vec![
                "query".into(),
                "-e".into(),
                "SELECT * WHERE { ?s ?p ?o }".into(),
            ],
            "no store here",
        ),
        (store.clone(), vec!["optimize".into()], "no store here"),
    ];
    for (s, args, want) in cases {
        let err = fails(newsgraph(&s).args(&args));
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
    assert!(!store.exists(), "a failed command created the store");
    assert_eq!(std::fs::read_dir(&not_store).unwrap().count(), 1);
}

#[test]
fn query_prints_tables_and_w3c_formats() {
    let (_tmp, store) = store_with_ab();
    let q = "SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name";
    let table = ok(newsgraph(&store).args(["query", "-e", q]));
    assert!(table.starts_with("name\n----"), "{table}");
    assert!(
        table.contains("Claire Dubois") && table.contains("Mark Rutte"),
        "{table}"
    );
    let csv = ok(newsgraph(&store).args(["query", "--format", "csv", "-e", q]));
    assert!(csv.starts_with("name\r\n"), "{csv}");
    let json = ok(newsgraph(&store).args(["query", "--format", "json", "-e", q]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["results"]["bindings"].as_array().unwrap().len() >= 3);
    let tsv = ok(newsgraph(&store).args(["query", "--format", "tsv", "-e", q]));
    assert!(tsv.starts_with("?name\n"), "{tsv}");
    let xml = ok(newsgraph(&store).args(["query", "--format", "xml", "-e", q]));
    assert!(xml.contains("<sparql"), "{xml}");
    let ask = ok(newsgraph(&store).args(["query", "-e", "ASK { ?x a ng:Meeting }"]));
    assert_eq!(ask, "true\n");
    let construct = ok(newsgraph(&store).args([
        "query",
        "-e",
        "CONSTRUCT { ?p a ng:Person } WHERE { ?p a ng:Person }",
    ]));
    assert!(construct.contains("ng:Person"), "{construct}");
    // the ontology graph is in the union: subclass reasoning by query
    let sub = ok(newsgraph(&store).args(["query", "-e", "ASK { ng:Person rdfs:subClassOf+ ?c }"]));
    assert_eq!(sub, "true\n");
}

/// Regression (issue 14): JSON and XML results ended without a line end,
/// and `--format json` on a CONSTRUCT printed Turtle. Every format ends its
/// last line; a graph is written in the syntax asked for; a format that
/// does not fit the results is refused in one line.
#[test]
fn every_format_ends_its_lines_and_graphs_take_their_syntax() {
    let (_tmp, store) = store_with_ab();
    let select = "SELECT ?p WHERE { ?p a ng:Person }";
    let ask = "ASK { ?p a ng:Person }";
    let construct = "CONSTRUCT { ?p a ng:Person } WHERE { ?p a ng:Person }";
    for q in [select, ask] {
        for f in ["table", "csv", "tsv", "json", "xml"] {
            let out = ok(newsgraph(&store).args(["query", "--format", f, "-e", q]));
            assert!(out.ends_with('\n'), "{f} {q}: {out:?}");
        }
        let err = fails(newsgraph(&store).args(["query", "--format", "turtle", "-e", q]));
        assert!(err.contains("give a table: use --format"), "{err}");
    }
    let cases: &[(&str, &str)] = &[
        ("table", "@prefix"),
        ("turtle", "@prefix"),
        ("ntriples", "<https://w3id.org/newsgraph/id/person/"),
        ("jsonld", "\"@id\""),
        ("json", "\"@id\""),
        ("xml", "<rdf:RDF"),
    ];
    for (f, marker) in cases {
        let out = ok(newsgraph(&store).args(["query", "--format", f, "-e", construct]));
        assert!(out.contains(marker) && out.ends_with('\n'), "{f}: {out}");
        if f.starts_with("json") {
            let v: serde_json::Value = serde_json::from_str(&out).expect("JSON-LD is JSON");
            assert!(v.is_array() || v.is_object(), "{f}");
        }
    }
    let err = fails(newsgraph(&store).args(["query", "--format", "csv", "-e", construct]));
    assert!(err.contains("give a graph: use --format"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn invalid_sparql_names_the_position() {
    let (_tmp, store) = store_with_ab();
    let err = fails(newsgraph(&store).args(["query", "-e", "SELEKT ?x WHERE { ?x ?y ?z }"]));
    assert!(
        err.contains("-e: invalid SPARQL") && err.contains("1:1"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn export_errors_are_clear() {
    let (tmp, store) = store_with_ab();
    let err = fails(newsgraph(&store).args(["export", "--format", "rdfxml"]));
    assert!(err.contains("invalid value 'rdfxml'"), "{err}");
    let bad = tmp.path().join("no/such/dir/out.nq");
    let err = fails(
        newsgraph(&store)
            .args(["export", "--format", "nquads", "-o"])
            .arg(&bad),
    );
    assert!(err.contains("out.nq: cannot write"), "{err}");
    let err = fails(newsgraph(&store).args(["export", "--format", "dot", "--class", "Planet"]));
    assert!(err.contains("unknown class"), "{err}");
    let err = fails(newsgraph(&store).args(["export", "--format", "dot", "--article", "zzz.txt"]));
    assert!(err.contains("zzz.txt: no such article"), "{err}");
}

#[test]
fn exports_are_deterministic_whatever_the_ingest_order() {
    let tmp = tempfile::tempdir().unwrap();
    let a = articles(tmp.path(), "a", &[("a.txt", ARTICLE_A)]);
    let b = articles(tmp.path(), "b", &[("b.txt", ARTICLE_B)]);
    let (s1, s2) = (tmp.path().join("s1"), tmp.path().join("s2"));
    ok(newsgraph(&s1).arg("ingest").arg(&a));
    ok(newsgraph(&s1).arg("ingest").arg(&b));
    ok(newsgraph(&s2).arg("ingest").arg(&b).arg(&a));
    ok(newsgraph(&s2).arg("ingest").arg(&a));
    for f in [
        "nquads", "turtle", "trig", "ntriples", "jsonld", "dot", "graphml",
    ] {
        let x = ok(newsgraph(&s1).args(["export", "--format", f]));
        let y = ok(newsgraph(&s2).args(["export", "--format", f]));
        assert!(!x.is_empty());
        assert_eq!(x, y, "{f} export differs");
    }
    let (t1, t2) = (tmp.path().join("t1"), tmp.path().join("t2"));
    ok(newsgraph(&s1)
        .args(["export", "--format", "csv", "-o"])
        .arg(&t1));
    ok(newsgraph(&s2)
        .args(["export", "--format", "csv", "-o"])
        .arg(&t2));
    for e in std::fs::read_dir(&t1).unwrap() {
        let name = e.unwrap().file_name();
        assert_eq!(
            std::fs::read(t1.join(&name)).unwrap(),
            std::fs::read(t2.join(&name)).unwrap(),
            "{name:?} differs"
        );
    }
}

#[test]
fn exports_parse_with_rdflib_and_keep_named_graphs() {
    let (tmp, store) = store_with_ab();
    for (f, ext, rdflib_fmt) in [
        ("nquads", "nq", "nquads"),
        ("trig", "trig", "trig"),
        ("turtle", "ttl", "turtle"),
        ("ntriples", "nt", "nt"),
    ] {
        let path = tmp.path().join(format!("g.{ext}"));
        ok(newsgraph(&store)
            .args(["export", "--format", f, "-o"])
            .arg(&path));
        let script = format!(
            "import rdflib,sys\nds=rdflib.Dataset()\nds.parse(sys.argv[1],format='{rdflib_fmt}')\n\
             print(len(list(ds.quads((None,None,None,None)))), len([g for g in ds.graphs() if 'article' in str(g.identifier)]))"
        );
        let out = ok(std::process::Command::new(python())
            .arg("-c")
            .arg(&script)
            .arg(&path));
        let mut it = out.split_whitespace().map(|x| x.parse::<usize>().unwrap());
        let (quads, graphs) = (it.next().unwrap(), it.next().unwrap());
        assert!(quads > 100, "{f}: {quads} quads");
        if matches!(f, "nquads" | "trig") {
            assert_eq!(graphs, 2, "{f} keeps one graph per article");
        }
    }
}

#[test]
fn dot_renders_with_graphviz_without_warnings() {
    let (tmp, store) = store_with_ab();
    let cases: &[&[&str]] = &[&[], &["--class", "Person,Country"], &["--article", "a.txt"]];
    for extra in cases {
        let path = tmp.path().join("g.dot");
        ok(newsgraph(&store)
            .args(["export", "--format", "dot", "-o"])
            .arg(&path)
            .args(*extra));
        let dot = std::fs::read_to_string(&path).unwrap();
        assert!(dot.contains("Legend"), "{dot}");
        render_dot(&path);
    }
    let only_people =
        ok(newsgraph(&store).args(["export", "--format", "dot", "--class", "Person"]));
    assert!(
        only_people.contains("Claire Dubois") && !only_people.contains("label=\"Oslo\""),
        "{only_people}"
    );
}

#[test]
fn a_second_writer_is_told_the_store_is_in_use() {
    let (tmp, store) = store_with_ab();
    let _held = newsgraph::store::GraphStore::open(&store).unwrap();
    let dir = articles(tmp.path(), "c", &[("c.txt", ARTICLE_A)]);
    let err = fails(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(err.contains("store in use"), "{err}");
}

#[test]
fn explain_prints_facts_with_their_sentences() {
    let (_tmp, store) = store_with_ab();
    let out = ok(newsgraph(&store).args(["explain", "Dubois"]));
    assert!(
        out.starts_with("Claire Dubois <https://w3id.org/newsgraph/id/person/claire-dubois>"),
        "{out}"
    );
    assert!(out.contains("holdsPosition"), "{out}");
    assert!(
        out.contains("Canadian Foreign Minister Claire Dubois met"),
        "{out}"
    );
    let err = fails(newsgraph(&store).args(["explain", "Nobody Atall"]));
    assert!(err.contains("no entity"), "{err}");
    assert!(!err.contains("did you mean"), "{err}");
}

/// Issue 14: a country's page names the posts held in it and the meetings
/// held there; a meeting's gives its kind, status and date.
#[test]
fn explain_gives_a_countrys_posts_and_a_meetings_kind_status_and_date() {
    let (_tmp, store) = store_with_ab();
    let norway = ok(newsgraph(&store).args(["explain", "Norway"]));
    assert!(norway.contains("  class: Country"), "{norway}");
    assert!(
        norway.contains("Erik Lindqvist —holdsPosition→ Erik Lindqvist, Prime Minister of Norway"),
        "{norway}"
    );
    let oslo = ok(newsgraph(&store).args(["explain", "Oslo"]));
    assert!(oslo.contains("—location→ Oslo"), "{oslo}");
    let meeting = oslo
        .lines()
        .find(|l| l.contains("—location→ Oslo"))
        .and_then(|l| l.trim().split(" —").next())
        .unwrap()
        .to_string();
    let iri = ok(newsgraph(&store).args([
        "query",
        "--format",
        "tsv",
        "-e",
        &format!("SELECT ?m WHERE {{ ?m rdfs:label \"{meeting}\" }}"),
    ]));
    let iri = iri.lines().nth(1).unwrap().to_string();
    let out = ok(newsgraph(&store).args(["explain", &iri]));
    for want in ["  class: Meeting", "  status: held", "  date: 2025-05-14"] {
        assert!(out.contains(want), "{want} not in {out}");
    }
    assert!(out.contains("  kind: "), "{out}");
}

/// Issue 13: a fact stated by many articles lists its first three sources
/// by article and how many more there are; `--all` lists every one.
#[test]
fn explain_lists_three_sources_per_fact_unless_all() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("db");
    let dir = repeated_reports(tmp.path(), "a", 5);
    ok(newsgraph(&store).arg("ingest").arg(&dir));
    let cases = [
        (
            vec!["explain", "Amina Wekesa"],
            vec!["r1.txt", "r2.txt", "r3.txt"],
            Some("… and 2 more sources (explain --all)"),
        ),
        (
            vec!["explain", "--all", "Amina Wekesa"],
            vec!["r1.txt", "r2.txt", "r3.txt", "r4.txt", "r5.txt"],
            None,
        ),
    ];
    for (args, listed, more) in cases {
        let out = ok(newsgraph(&store).args(&args));
        let post: Vec<&str> = out
            .lines()
            .skip_while(|l| !l.contains("—holdsPosition→"))
            .skip(1)
            .take_while(|l| l.starts_with("    "))
            .collect();
        let files: Vec<&str> = post
            .iter()
            .filter_map(|l| l.trim().strip_prefix('[')?.split(',').next())
            .collect();
        assert_eq!(files, listed, "{args:?}: {out}");
        assert_eq!(
            post.iter()
                .find(|l| l.contains("more source"))
                .map(|l| l.trim()),
            more,
            "{args:?}: {out}"
        );
    }
}

/// Issue 13: `explain` finds a name by its key through the index: any case,
/// extra spaces, a person by surname, an IRI in any printed form; a name
/// that is not there gets the entities a word of it names.
#[test]
fn explain_finds_names_by_key_and_suggests_near_ones() {
    let (_tmp, store) = store_with_ab();
    let iri = "<https://w3id.org/newsgraph/id/person/claire-dubois>";
    for name in [
        "Claire Dubois",
        "claire DUBOIS",
        "  Claire   Dubois ",
        "dubois",
        "person:claire-dubois",
        iri,
    ] {
        let out = ok(newsgraph(&store).args(["explain", name]));
        assert!(
            out.starts_with(&format!("Claire Dubois {iri}")),
            "{name}: {out}"
        );
    }
    let out = ok(newsgraph(&store).args(["explain", "north atlantic treaty organization"]));
    assert!(out.contains("North Atlantic Treaty Organization"), "{out}");
    let err = fails(newsgraph(&store).args(["explain", "Jill Dubois"]));
    assert!(
        err.contains("Jill Dubois: no entity") && err.contains("did you mean \"Claire Dubois\"?"),
        "{err}"
    );
}

#[test]
fn extract_streams_the_same_quads_as_ingest() {
    let (tmp, store) = store_with_ab();
    let dir = tmp.path().join("in");
    let streamed = ok(newsgraph(&store).arg("extract").arg(&dir));
    let exported = ok(newsgraph(&store).args(["export", "--format", "nquads"]));
    let mut a: Vec<&str> = streamed.lines().collect();
    let mut b: Vec<&str> = exported.lines().collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn extract_reads_standard_input_for_a_dash() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(tmp.path(), "in", &[("stdin.txt", ARTICLE_A)]);
    let store = tmp.path().join("store");
    let from_file = ok(newsgraph(&store).arg("extract").arg(dir.join("stdin.txt")));
    let file = std::fs::File::open(dir.join("stdin.txt")).unwrap();
    let from_stdin = ok(newsgraph(&store).args(["extract", "-"]).stdin(file));
    assert!(from_stdin.contains("stdin.txt"), "{from_stdin}");
    assert_eq!(from_stdin, from_file);
    let err = fails(
        newsgraph(&store)
            .args(["extract", "-"])
            .stdin(std::process::Stdio::null()),
    );
    assert!(err.contains("-") && err.contains("empty"), "{err}");
}

/// Regression: two spellings of one name gave its node two `rdfs:label`s.
#[test]
fn one_label_per_entity_whatever_the_order_of_ingests() {
    let tmp = tempfile::tempdir().unwrap();
    let a = articles(
        tmp.path(),
        "a",
        &[(
            "a.txt",
            "Talks\nMarta Van Der Berg spoke to reporters in Oslo on Monday.\n",
        )],
    );
    let b = articles(
        tmp.path(),
        "b",
        &[(
            "b.txt",
            "Talks\nMarta van der Berg spoke to reporters in Bergen on Monday.\n",
        )],
    );
    let export = |first: &std::path::Path, second: &std::path::Path, name: &str| {
        let store = tmp.path().join(name);
        ok(newsgraph(&store).arg("ingest").arg(first));
        ok(newsgraph(&store).arg("ingest").arg(second));
        ok(newsgraph(&store).args(["export", "--format", "nquads"]))
    };
    let ab = export(&a, &b, "ab");
    let ba = export(&b, &a, "ba");
    assert_eq!(ab, ba);
    let labels: Vec<&str> = ab
        .lines()
        .filter(|l| l.contains("/person/") && l.contains("rdf-schema#label"))
        .collect();
    assert_eq!(labels.len(), 1, "{labels:#?}");
    assert!(
        labels[0].contains("\"Marta van der Berg\""),
        "{}",
        labels[0]
    );
    // in one ingest, and in extract's stream, the same label
    let both = articles(
        tmp.path(),
        "both",
        &[
            ("a.txt", &std::fs::read_to_string(a.join("a.txt")).unwrap()),
            ("b.txt", &std::fs::read_to_string(b.join("b.txt")).unwrap()),
        ],
    );
    let store = tmp.path().join("one");
    ok(newsgraph(&store).arg("ingest").arg(&both));
    let one = ok(newsgraph(&store).args(["export", "--format", "nquads"]));
    assert_eq!(one, ab);
    let streamed = ok(newsgraph(&store).arg("extract").arg(&both));
    let mut x: Vec<&str> = streamed.lines().collect();
    let mut y: Vec<&str> = one.lines().collect();
    x.sort_unstable();
    y.sort_unstable();
    assert_eq!(x, y);
}

/// Regression: `export -o` renamed a temporary file over its target, so a
/// link was replaced instead of written through, a 0600 file came back 0644
/// and a FIFO became a regular file.
#[cfg(unix)]
#[test]
fn export_writes_through_links_keeps_permissions_and_feeds_fifos() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let (tmp, store) = store_with_ab();
    let export_to = |target: &std::path::Path| {
        ok(newsgraph(&store)
            .args(["export", "--format", "nquads", "-o"])
            .arg(target))
    };
    // a link: written through, still a link
    let real = tmp.path().join("real.nq");
    std::fs::write(&real, "old").unwrap();
    let link = tmp.path().join("link.nq");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    export_to(&link);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read_to_string(&real).unwrap().contains("a.txt"));
    // a private file stays private
    let private = tmp.path().join("private.nq");
    std::fs::write(&private, "old").unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    export_to(&private);
    let mode = std::fs::metadata(&private).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    // a FIFO is fed, not replaced
    let fifo = tmp.path().join("pipe.nq");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    export_to(&fifo);
    assert!(reader.join().unwrap().contains("a.txt"));
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

/// Regression: a FIFO named as an article hung the ingest holding the
/// write lock, and an article of any size was read whole.
#[cfg(unix)]
#[test]
fn fifos_and_oversized_files_are_refused_as_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(tmp.path(), "in", &[("a.txt", ARTICLE_A)]);
    let fifo = dir.join("pipe.txt");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let big = dir.join("big.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(65 << 20) // sparse: nothing is written
        .unwrap();
    let store = tmp.path().join("s");
    let out = newsgraph(&store)
        .arg("ingest")
        .arg(dir.join("a.txt"))
        .arg(&fifo)
        .arg(&big)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("pipe.txt: not a regular file"), "{err}");
    assert!(
        err.contains("big.txt: 65 MB, over the 8 MB limit for one article (--max-article-bytes)"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 stored"));
    // the limit is the user's to set, for ingest and extract alike
    for command in ["ingest", "extract"] {
        let out = newsgraph(&store)
            .args([command, "--max-article-bytes", "100"])
            .arg(dir.join("a.txt"))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command}: {err}");
        assert!(
            err.contains("a.txt: ") && err.contains("over the 100-byte limit for one article"),
            "{command}: {err}"
        );
    }
}

/// Regression: a cartesian product ran until killed; `--timeout` stops it
/// with a clear error (and a quick query is untouched by it).
#[test]
fn a_query_timeout_stops_a_runaway_query() {
    let (_tmp, store) = store_with_ab();
    let runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let err = fails(newsgraph(&store).args(["query", "--timeout", "0.5", "-e", runaway]));
    assert!(
        err.contains("query stopped after 0.5 s (--timeout)"),
        "{err}"
    );
    let quick = ok(newsgraph(&store).args([
        "query",
        "--timeout",
        "60",
        "--format",
        "csv",
        "-e",
        "ASK { ?s ?p ?o }",
    ]));
    assert!(quick.contains("true"), "{quick}");
}

/// Regression: a directory walk skipped a FIFO or a dangling link named like
/// an article without a word.
#[cfg(unix)]
#[test]
fn a_walk_reports_what_it_cannot_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(tmp.path(), "in", &[("a.txt", ARTICLE_A)]);
    assert!(
        std::process::Command::new("mkfifo")
            .arg(dir.join("pipe.txt"))
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink(dir.join("gone.txt"), dir.join("link.txt")).unwrap();
    let store = tmp.path().join("s");
    let out = newsgraph(&store).arg("ingest").arg(&dir).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("pipe.txt: not a regular file"), "{err}");
    assert!(err.contains("link.txt"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 stored"));
}

/// Regression: `FROM <graph>` was ignored (the union of all graphs was
/// counted); a query that names its dataset gets it.
#[test]
fn from_names_the_default_graph() {
    let (_tmp, store) = store_with_ab();
    let count = |q: &str| -> usize {
        let out = ok(newsgraph(&store).args(["query", "--format", "tsv", "-e", q]));
        out.lines().nth(1).unwrap().trim().parse().unwrap()
    };
    let graph = "https://w3id.org/newsgraph/article/a.txt";
    let all = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    let one = count(&format!(
        "SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"
    ));
    let named = count(&format!(
        "SELECT (COUNT(*) AS ?n) FROM NAMED <{graph}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    ));
    assert!(0 < one && one < all, "{one} of {all}");
    assert_eq!(one, named);
}

/// Issue 13: the default graph is the set union of the article graphs, so a
/// fact two articles state is one row and `COUNT(*)` counts facts, for every
/// shape of pattern (each reads another index), while `GRAPH ?g` still says
/// which article states what.
#[test]
fn the_default_graph_is_a_set_each_fact_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(
        tmp.path(),
        "in",
        &[("a.txt", ARTICLE_A), ("copy-of-a.txt", ARTICLE_A)],
    );
    let store = tmp.path().join("store");
    ok(newsgraph(&store).arg("ingest").arg(&dir));
    let rows = |q: &str| -> Vec<String> {
        let out = ok(newsgraph(&store).args(["query", "--format", "tsv", "-e", q]));
        out.lines().skip(1).map(str::to_string).collect()
    };
    let count = |q: &str| -> usize { rows(q)[0].trim().parse().unwrap() };
    let person = "?p a ng:Person";
    let cases = [
        "?s ?p ?o",
        "?s a ng:Person",
        "?s ng:holdsPosition ?o",
        "?s ng:title ?t",
        "?s rdfs:label ?l",
    ];
    for pattern in cases {
        let listed = rows(&format!("SELECT * WHERE {{ {pattern} }}"));
        let distinct: std::collections::BTreeSet<_> = listed.iter().collect();
        assert!(!listed.is_empty(), "{pattern}: no rows");
        assert_eq!(listed.len(), distinct.len(), "{pattern}: repeated rows");
        let counted = count(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"));
        assert_eq!(
            counted,
            listed.len(),
            "{pattern}: COUNT(*) counts statements"
        );
        let in_graphs = count(&format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} }}"
        ));
        assert!(in_graphs >= counted, "{pattern}: {in_graphs} < {counted}");
    }
    // bound subject, object, and subject with object
    let someone = rows(&format!(
        "SELECT ?p WHERE {{ {person} }} ORDER BY ?p LIMIT 1"
    ))[0]
        .clone();
    for pattern in [
        format!("{someone} ?p ?o"),
        format!("?s ?p {someone}"),
        format!("{someone} ng:mentionedIn ?a"),
    ] {
        let listed = rows(&format!("SELECT * WHERE {{ {pattern} }}"));
        let distinct: std::collections::BTreeSet<_> = listed.iter().collect();
        assert_eq!(listed.len(), distinct.len(), "{pattern}: repeated rows");
    }
    // a position both articles state is held once in the merge, twice by graph
    let held = "?x ng:holdsPosition ?pos";
    let merged = count(&format!("SELECT (COUNT(*) AS ?n) WHERE {{ {held} }}"));
    let by_graph = count(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {held} }} }}"
    ));
    assert!(merged > 0);
    assert_eq!(by_graph, 2 * merged, "each article keeps its own statement");
}

/// Issue 13: `--limit` and `--offset` page a listing; the pages, one after
/// another, are the whole ordered result, for rows and for triples.
#[test]
fn query_pages_concatenate_to_the_whole_result() {
    let (_tmp, store) = store_with_ab();
    let q = "SELECT ?e ?l WHERE { ?e rdfs:label ?l } ORDER BY ?e ?l";
    let rows = |args: &[&str]| -> Vec<String> {
        let mut c = newsgraph(&store);
        c.args(["query", "--format", "tsv", "-e", q]).args(args);
        ok(&mut c).lines().skip(1).map(str::to_string).collect()
    };
    let all = rows(&[]);
    assert!(all.len() > 6, "{all:?}");
    let mut paged = Vec::new();
    for page in 0.. {
        let offset = (page * 4).to_string();
        let got = rows(&["--limit", "4", "--offset", &offset]);
        assert!(got.len() <= 4);
        if got.is_empty() {
            break;
        }
        paged.extend(got);
    }
    assert_eq!(paged, all);
    assert_eq!(rows(&["--offset", "3"]), all[3..].to_vec());
    let triples = ok(newsgraph(&store).args([
        "query",
        "--format",
        "ntriples",
        "--limit",
        "2",
        "-e",
        "CONSTRUCT { ?e a ng:Person } WHERE { ?e a ng:Person }",
    ]));
    assert_eq!(triples.lines().count(), 2, "{triples}");
}

/// Issue 13: `--provenance` keeps more or less of where facts came from:
/// each level holds fewer quads than the next, every level keeps the facts
/// and `explain` (with the sentence from `sentences` on), and re-ingesting
/// an unchanged article at another level replaces its graph.
#[test]
fn provenance_levels_keep_the_facts_and_less_text() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(
        tmp.path(),
        "in",
        &[("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B)],
    );
    let count = |store: &std::path::Path, q: &str| -> usize {
        let out = ok(newsgraph(store).args(["query", "--format", "tsv", "-e", q]));
        out.lines().nth(1).unwrap().trim().parse().unwrap()
    };
    let all = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let facts = "SELECT (COUNT(*) AS ?n) WHERE { ?s ng:holdsPosition|ng:memberOf|ng:participant|ng:speaker ?o }";
    let phrases = "SELECT (COUNT(*) AS ?n) WHERE { ?m a nif:Phrase }";
    let mut sizes = Vec::new();
    for level in ["facts", "sentences", "mentions"] {
        let store = tmp.path().join(level);
        ok(newsgraph(&store)
            .args(["ingest", "--provenance", level])
            .arg(&dir));
        sizes.push((
            count(&store, all),
            count(&store, facts),
            count(&store, phrases),
        ));
        let out = ok(newsgraph(&store).args(["explain", "Claire Dubois"]));
        assert!(out.contains("holdsPosition"), "{level}: {out}");
        assert_eq!(
            out.contains("Canadian Foreign Minister Claire Dubois met"),
            level != "facts",
            "{level}: {out}"
        );
    }
    assert!(
        sizes[0].0 < sizes[1].0 && sizes[1].0 < sizes[2].0,
        "{sizes:?}"
    );
    assert!(
        sizes.iter().all(|s| s.1 == sizes[0].1 && s.1 > 0),
        "{sizes:?}"
    );
    assert_eq!((sizes[0].2, sizes[1].2), (0, 0), "{sizes:?}");
    assert!(sizes[2].2 > 0, "{sizes:?}");
    // another level: the same file is another version of the article
    let store = tmp.path().join("facts");
    let out = ok(newsgraph(&store)
        .args(["ingest", "--provenance", "mentions"])
        .arg(&dir));
    assert!(out.contains("0 stored, 0 unchanged, 2 replaced"), "{out}");
    assert_eq!(count(&store, all), sizes[2].0);
    let out = ok(newsgraph(&store)
        .args(["ingest", "--provenance", "mentions"])
        .arg(&dir));
    assert!(out.contains("0 stored, 2 unchanged, 0 replaced"), "{out}");
    // extract writes what ingest stores, at each level
    let nq = ok(newsgraph(&store).args(["extract"]).arg(&dir));
    assert!(!nq.contains("nif-core#Phrase"));
    let nq = ok(newsgraph(&store)
        .args(["extract", "--provenance", "mentions"])
        .arg(&dir));
    assert!(nq.contains("nif-core#Phrase"));
}

/// Regression: a query of a thousand nested groups, or a FILTER of 1,500
/// alternatives, overflowed the stack (exit 134).
#[test]
fn deeply_nested_queries_do_not_crash() {
    let (_tmp, store) = store_with_ab();
    let nested = format!(
        "SELECT * WHERE {}?s ?p ?o{} LIMIT 1",
        "{".repeat(1000),
        "}".repeat(1000)
    );
    let ors = format!(
        "SELECT * WHERE {{ ?s ?p ?o FILTER({}) }} LIMIT 1",
        vec!["?o = 1"; 1500].join(" || ")
    );
    for q in [nested, ors] {
        let out = newsgraph(&store)
            .args(["query", "--format", "csv", "-e", &q])
            .output()
            .unwrap();
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{:?}",
            out.status
        );
    }
}

/// Regression: `ingest ... | head -1` panicked (exit 101) writing its report
/// to a closed pipe, after committing.
#[test]
fn a_reader_that_goes_away_is_no_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(tmp.path(), "in", &[("a.txt", ARTICLE_A)]);
    let store = tmp.path().join("store");
    let mut child = newsgraph(&store)
        .arg("ingest")
        .arg(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader is gone before the report
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {err}", out.status);
    assert!(!err.contains("panicked"), "{err}");
    let listed = ok(newsgraph(&store).args(["export", "--format", "nquads"]));
    assert!(listed.contains("a.txt"), "the article was stored");
}

/// Regression (issue 14): `export | head`, `query | head` and
/// `extract | head` ended with "Broken pipe" and status 1; a reader that
/// closes the pipe is the user's choice, so they end quietly with status 0,
/// as ripgrep does.
#[test]
fn a_closed_pipe_ends_reading_commands_quietly() {
    let (tmp, store) = store_with_ab();
    let dir = tmp.path().join("in");
    let commands: [Vec<std::ffi::OsString>; 3] = [
        vec!["export".into(), "--format".into(), "nquads".into()],
        vec!["query".into(), "-e".into(), "SELECT * { ?s ?p ?o }".into()],
        vec!["extract".into(), dir.into_os_string()],
    ];
    for args in commands {
        let mut child = newsgraph(&store)
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader is gone before the first line
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?}: {err}", out.status);
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

#[test]
fn optimize_compacts_the_store_and_keeps_the_graph_as_it_was() {
    let (_tmp, store) = store_with_ab();
    let before = ok(newsgraph(&store).args(["export", "--format", "nquads"]));
    let out = ok(newsgraph(&store).arg("optimize"));
    assert!(out.starts_with("optimized "), "{out}");
    let after = ok(newsgraph(&store).args(["export", "--format", "nquads"]));
    assert_eq!(before, after);
}

#[test]
fn a_store_in_a_directory_that_does_not_exist_yet_is_created() {
    // regression: RocksDB does not create missing parent directories
    let tmp = tempfile::tempdir().unwrap();
    let dir = articles(tmp.path(), "in", &[("a.txt", ARTICLE_A)]);
    let store = tmp.path().join("deep/er/store");
    let out = ok(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(out.contains("1 stored"), "{out}");
}

#[test]
fn two_files_with_one_name_are_refused_before_anything_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let a = articles(tmp.path(), "d1", &[("a.txt", ARTICLE_A)]);
    let b = articles(tmp.path(), "d2", &[("a.txt", ARTICLE_B)]);
    let store = tmp.path().join("s");
    let err = fails(newsgraph(&store).arg("ingest").arg(&a).arg(&b));
    assert!(err.contains("same file name as"), "{err}");
    assert!(!store.exists());
}

/// Regression: two names that differ only in bytes that are not UTF-8
/// became one article IRI: "2 stored", one article in the graph.
#[cfg(unix)]
#[test]
fn names_that_differ_only_in_invalid_bytes_are_refused() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in [
        (&b"bad\xfe.txt"[..], ARTICLE_A),
        (&b"bad\xff.txt"[..], ARTICLE_B),
    ] {
        std::fs::write(dir.join(std::ffi::OsStr::from_bytes(name)), text).unwrap();
    }
    let store = tmp.path().join("s");
    let err = fails(newsgraph(&store).arg("ingest").arg(&dir));
    assert!(err.contains("same file name as"), "{err}");
    assert!(!store.exists());
}

/// Regression (issue 14): names printed in tables (`id:person/x`) did not
/// paste back into a query (a slash may not stand in a SPARQL prefixed
/// name) nor into `explain`. Each form a table or `explain` prints is
/// accepted by both.
#[test]
fn printed_names_paste_back_into_queries_and_explain() {
    let (_tmp, store) = store_with_ab();
    let table = ok(newsgraph(&store).args([
        "query",
        "-e",
        "SELECT ?p WHERE { ?p a ng:Person ; rdfs:label \"Claire Dubois\" }",
    ]));
    let name = table
        .lines()
        .nth(2)
        .unwrap_or_else(|| panic!("{table}"))
        .trim()
        .to_string();
    assert_eq!(name, "person:claire-dubois");
    let full = "<https://w3id.org/newsgraph/id/person/claire-dubois>";
    for form in [name.as_str(), full, "id:person\\/claire-dubois"] {
        let q = format!("SELECT ?l WHERE {{ {form} rdfs:label ?l }}");
        let out = ok(newsgraph(&store).args(["query", "-e", &q]));
        assert!(out.contains("Claire Dubois"), "{form}: {out}");
        let out = ok(newsgraph(&store).args(["explain", form]));
        assert!(
            out.starts_with(&format!("Claire Dubois {full}")),
            "{form}: {out}"
        );
    }
    let describe = ok(newsgraph(&store).args(["query", "-e", "DESCRIBE person:claire-dubois"]));
    assert!(describe.contains("Claire Dubois"), "{describe}");
}
