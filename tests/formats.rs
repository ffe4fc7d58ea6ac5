//! The inputs beyond plain text (HTML pages, JSON Lines, standard input,
//! other languages) and the exports beyond RDF (JSON-LD, GraphML, CSV, the
//! readable DOT), each read back by an independent parser.

mod common;

use common::*;

const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head>
<title>Dubois visits Oslo | Northern Wire</title>
<meta property="og:title" content="Dubois visits Oslo">
<meta property="og:site_name" content="Northern Wire">
<meta property="og:url" content="https://wire.example/2025/dubois-oslo">
<meta property="article:published_time" content="2025-05-14T08:00:00Z">
</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav></header>
<article>
<h1>Dubois visits Oslo</h1>
<p>Canadian Foreign Minister Claire Dubois met Norwegian Prime Minister Erik Lindqvist in Oslo on Wednesday, the two governments said in a joint statement after the talks.</p>
<p>"We agreed on a plan for the Arctic," Dubois said at a news conference in the Norwegian capital, adding that officials would meet again before the end of the year.</p>
<p>Lindqvist said the two countries would work together on fisheries, shipping lanes and the protection of the environment in the far north.</p>
</article>
<aside>Most read: Weather warnings for the weekend</aside>
<footer>Copyright Northern Wire 2025</footer>
</body></html>"#;

fn jsonl(records: &[&str]) -> String {
    records.join("\n") + "\n"
}

const RECORD_A: &str = r#"{"id":"wire-1","title":"Leaders meet in Oslo","text":"Canadian Foreign Minister Claire Dubois met Norwegian Prime Minister Erik Lindqvist in Oslo on Wednesday.","url":"https://wire.example/1","date":"2025-05-14","source":"Reuters"}"#;
const RECORD_B: &str = r#"{"id":"wire-2","text":"Tomas Berg, a senior fellow at the Nordic Policy Institute, said the talks went well."}"#;

fn select(store: &std::path::Path, sparql: &str) -> Vec<String> {
    let out = ok(newsgraph(store).args(["query", "--format", "tsv", "-e", sparql]));
    out.lines().skip(1).map(str::to_string).collect()
}

#[test]
fn html_pages_and_json_lines_are_read_with_their_metadata() {
    let tmp = tempfile::tempdir().unwrap();
    let feed = jsonl(&[
        RECORD_A,
        "{not json",
        "",
        RECORD_B,
        r#"{"id":"wire-1","text":"A second record under a taken id."}"#,
        r#"{"title":"No text"}"#,
    ]);
    let dir = articles(
        tmp.path(),
        "in",
        &[("page.html", PAGE), ("feed.jsonl", &feed)],
    );
    let store = tmp.path().join("s");
    let out = newsgraph(&store).arg("ingest").arg(&dir).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(!out.status.success(), "bad lines make the status fail");
    assert!(
        stdout.contains("3 stored, 0 unchanged, 0 replaced, 3 failed"),
        "{stdout}"
    );
    for want in [
        "feed.jsonl:2: bad record: not JSON",
        "feed.jsonl:5: bad record: the article name \"wire-1\" is taken by",
        "feed.jsonl:6: bad record: no \"text\" field",
    ] {
        assert!(stderr.contains(want), "{want} not in {stderr}");
    }
    assert_eq!(stderr.lines().count(), 3, "{stderr}");

    let rows = select(
        &store,
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
         SELECT ?file ?headline ?url ?published ?outlet WHERE {
           ?a a ng:Article ; ng:file ?file .
           OPTIONAL { ?a ng:headline ?headline }
           OPTIONAL { ?a ng:url ?url }
           OPTIONAL { ?a ng:published ?published }
           OPTIONAL { ?a ng:outlet/rdfs:label ?outlet }
         } ORDER BY ?file",
    );
    assert_eq!(
        rows,
        [
            "\"page.html\"\t\"Dubois visits Oslo\"\t\"https://wire.example/2025/dubois-oslo\"^^<http://www.w3.org/2001/XMLSchema#anyURI>\t\"2025-05-14\"^^<http://www.w3.org/2001/XMLSchema#date>\t\"Northern Wire\"",
            "\"wire-1\"\t\"Leaders meet in Oslo\"\t\"https://wire.example/1\"^^<http://www.w3.org/2001/XMLSchema#anyURI>\t\"2025-05-14\"^^<http://www.w3.org/2001/XMLSchema#date>\t\"Reuters\"",
            "\"wire-2\"\t\t\t\t",
        ]
    );
    // the page's people are found, its navigation and footer are not text
    let people = select(
        &store,
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
         SELECT DISTINCT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name",
    );
    assert_eq!(
        people,
        ["\"Claire Dubois\"", "\"Erik Lindqvist\"", "\"Tomas Berg\""]
    );
    let nq = ok(newsgraph(&store).args(["export", "--format", "nquads"]));
    for chrome in ["Most read", "Copyright", "Sport"] {
        assert!(!nq.contains(chrome), "{chrome} was read as article text");
    }
    // the outlet is an organization like any other: known ones by their gazetteer name
    let outlets = select(
        &store,
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
         SELECT ?class WHERE { ?a ng:outlet ?o . ?o a ?class } ORDER BY ?class",
    );
    assert_eq!(
        outlets,
        [
            "<https://w3id.org/newsgraph/ontology#Organization>",
            "<https://w3id.org/newsgraph/ontology#Organization>"
        ]
    );
    // the metadata conforms to the shapes (pyshacl), and a broken one does not
    let nq_path = tmp.path().join("all.nq");
    std::fs::write(&nq_path, &nq).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = "import sys, rdflib, pyshacl\n\
        ds=rdflib.Dataset(); ds.parse(sys.argv[1], format='nquads')\n\
        g=rdflib.Graph()\n\
        for s,p,o,_ in ds.quads((None,None,None,None)): g.add((s,p,o))\n\
        sh=rdflib.Graph().parse(sys.argv[2]); ont=rdflib.Graph().parse(sys.argv[3])\n\
        ok=pyshacl.validate(g, shacl_graph=sh, ont_graph=ont, inference='none', advanced=True)[0]\n\
        NG=rdflib.Namespace('https://w3id.org/newsgraph/ontology#')\n\
        a=rdflib.URIRef('https://w3id.org/newsgraph/article/wire-1')\n\
        g.add((a, NG.outlet, rdflib.URIRef('https://w3id.org/newsgraph/id/person/claire-dubois')))\n\
        bad=pyshacl.validate(g, shacl_graph=sh, ont_graph=ont, inference='none', advanced=True)[0]\n\
        print(ok, bad)";
    let out = ok(std::process::Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(&nq_path)
        .arg(root.join("ontology/shapes.ttl"))
        .arg(root.join("ontology/newsgraph.ttl")));
    assert_eq!(out.trim(), "True False", "shapes: {out}");
    // the same input again changes nothing
    let again = newsgraph(&store).arg("ingest").arg(&dir).output().unwrap();
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("0 stored, 3 unchanged"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
}

#[test]
fn standard_input_takes_json_lines_html_or_text() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("s");
    let cases: &[(&str, String, &[&str])] = &[
        (
            "json-lines",
            jsonl(&[RECORD_A, RECORD_B]),
            &["article/wire-1>", "article/wire-2>"],
        ),
        ("html", PAGE.to_string(), &["article/stdin.html>"]),
        ("text", ARTICLE_A.to_string(), &["article/stdin.txt>"]),
    ];
    for (id, input, graphs) in cases {
        let path = tmp.path().join(format!("{id}.in"));
        std::fs::write(&path, input).unwrap();
        let out = ok(newsgraph(&store)
            .args(["extract", "-"])
            .stdin(std::fs::File::open(&path).unwrap()));
        let mut found: Vec<&str> = out
            .lines()
            .filter_map(|l| l.rsplit_once(' ').map(|(rest, _)| rest))
            .filter_map(|rest| rest.rsplit_once(' ').map(|(_, g)| g))
            .filter(|g| g.contains("/article/"))
            .collect();
        found.sort();
        found.dedup();
        let found: Vec<&str> = found
            .iter()
            .map(|g| g.rsplit_once("newsgraph/").unwrap().1)
            .collect();
        assert_eq!(&found, graphs, "{id}");
    }
}

#[test]
fn articles_not_in_english_are_reported_and_skipped_unless_asked_for() {
    let tmp = tempfile::tempdir().unwrap();
    let french = "Réunion à Genève\nLes ministres des affaires étrangères de la France et de l'Allemagne se sont réunis mardi à Genève pour discuter de la situation en Europe de l'Est, a indiqué le ministère dans un communiqué.\n";
    let dir = articles(
        tmp.path(),
        "in",
        &[("fr.txt", french), ("en.txt", ARTICLE_A)],
    );
    let store = tmp.path().join("s");
    let out = newsgraph(&store).arg("ingest").arg(&dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("fr.txt: written in French, not English; skipped (--lang-any reads it)"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 stored"));
    let out = ok(newsgraph(&store).arg("ingest").arg("--lang-any").arg(&dir));
    assert!(
        out.contains("1 stored, 1 unchanged, 0 replaced, 0 failed"),
        "{out}"
    );
}

#[test]
fn json_ld_graphml_and_csv_exports_read_back_with_independent_parsers() {
    let (tmp, store) = store_with_ab();
    let nquads = ok(newsgraph(&store).args(["export", "--format", "nquads"]));

    // JSON-LD: the same quads, graph by graph, as rdflib reads them
    let jsonld = tmp.path().join("g.jsonld");
    let nq = tmp.path().join("g.nq");
    std::fs::write(&nq, &nquads).unwrap();
    ok(newsgraph(&store)
        .args(["export", "--format", "jsonld", "-o"])
        .arg(&jsonld));
    let script = "import rdflib,sys\n\
        def load(p,f):\n    ds=rdflib.Dataset()\n    ds.parse(p,format=f)\n    return ds\n\
        a=load(sys.argv[1],'json-ld'); b=load(sys.argv[2],'nquads')\n\
        ga={str(g.identifier):len(g) for g in a.graphs() if len(g)}\n\
        gb={str(g.identifier):len(g) for g in b.graphs() if len(g)}\n\
        print(ga==gb, sum(ga.values()))";
    let out = ok(std::process::Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(&jsonld)
        .arg(&nq));
    assert!(
        out.starts_with("True "),
        "JSON-LD and N-Quads differ: {out}"
    );

    // GraphML: networkx reads the nodes and the relations
    let graphml = tmp.path().join("g.graphml");
    ok(newsgraph(&store)
        .args(["export", "--format", "graphml", "-o"])
        .arg(&graphml));
    let script = "import networkx,sys\n\
        g=networkx.read_graphml(sys.argv[1])\n\
        labels={d['label'] for _,d in g.nodes(data=True)}\n\
        rel=sorted({d['relation'] for _,_,d in g.edges(data=True)})\n\
        print('Claire Dubois' in labels, 'Canada' in labels, ','.join(rel))";
    let out = ok(std::process::Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(&graphml));
    assert!(out.starts_with("True True "), "{out}");
    for rel in ["holdsPosition", "participant", "location"] {
        assert!(out.contains(rel), "{rel} not among {out}");
    }

    // CSV: a folder of tables, read by Python's csv module
    let tables = tmp.path().join("tables");
    let out = ok(newsgraph(&store)
        .args(["export", "--format", "csv", "-o"])
        .arg(&tables));
    assert!(out.contains("9 tables in"), "{out}");
    let script = "import csv,sys,os\n\
        d=sys.argv[1]\n\
        for f in sorted(os.listdir(d)):\n    rows=list(csv.DictReader(open(os.path.join(d,f),newline='')))\n    print(f,len(rows))\n\
        pos=list(csv.DictReader(open(os.path.join(d,'positions.csv'),newline='')))\n\
        print('POST',sorted((r['person_label'],r['title'],r['of_label']) for r in pos))\n\
        q=list(csv.DictReader(open(os.path.join(d,'quotes.csv'),newline='')))\n\
        print('QUOTE',sorted((r['speaker_label'],r['articles']) for r in q))";
    let out = ok(std::process::Command::new(python())
        .arg("-c")
        .arg(script)
        .arg(&tables));
    for want in [
        "agreements.csv 0",
        "articles.csv 2",
        "POST [('Claire Dubois', 'Foreign Minister', 'Canada'), ('Erik Lindqvist', 'Prime Minister', 'Norway'), ('Mark Rutte', 'Secretary General', 'North Atlantic Treaty Organization')",
        "QUOTE [('Claire Dubois', 'a.txt'), ('Tomas Berg', 'b.txt')]",
    ] {
        assert!(out.contains(want), "{want} not in {out}");
    }
    for table in [
        "entities",
        "positions",
        "memberships",
        "leaders",
        "meetings",
        "participants",
        "quotes",
    ] {
        assert!(
            out.contains(&format!("{table}.csv ")),
            "{table} missing: {out}"
        );
    }
    // one article, one class
    let only = tmp.path().join("only");
    ok(newsgraph(&store)
        .args([
            "export",
            "--format",
            "csv",
            "--article",
            "b.txt",
            "--class",
            "Person",
            "-o",
        ])
        .arg(&only));
    let entities = std::fs::read_to_string(only.join("entities.csv")).unwrap();
    let classes: std::collections::BTreeSet<&str> = entities
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(classes.into_iter().collect::<Vec<_>>(), ["Person"]);
    assert!(entities.contains("Tomas Berg") && !entities.contains("Claire Dubois"));
    let err = fails(newsgraph(&store).args(["export", "--format", "csv"]));
    assert!(err.contains("give it with -o DIR"), "{err}");
    let err = fails(newsgraph(&store).args(["export", "--format", "turtle", "--class", "Person"]));
    assert!(err.contains("only dot, graphml and csv"), "{err}");
}

#[test]
fn dot_draws_an_article_with_short_labels_dated_meetings_and_no_loose_nodes() {
    let (tmp, store) = store_with_ab();
    let one = ok(newsgraph(&store).args(["export", "--format", "dot", "--article", "a.txt"]));
    assert!(
        one.contains("label=\"Claire Dubois\""),
        "only the legend: {one}"
    );
    assert!(
        !one.contains("Tomas Berg"),
        "another article's person: {one}"
    );
    let all = ok(newsgraph(&store).args(["export", "--format", "dot"]));
    assert!(all.contains("layout=sfdp"), "{all}");
    assert!(
        all.contains("label=\"NATO\""),
        "long names by their acronym: {all}"
    );
    assert!(
        all.contains("Oslo\\n14 May 2025"),
        "meetings by place and date: {all}"
    );
    assert!(
        !all.contains("label=\"Switzerland\""),
        "an entity with no edge: {all}"
    );
    let loose = ok(newsgraph(&store).args(["export", "--format", "dot", "--isolated"]));
    assert!(loose.contains("label=\"Switzerland\""), "{loose}");
    let layered = ok(newsgraph(&store).args(["export", "--format", "dot", "--layout", "dot"]));
    assert!(layered.contains("layout=dot, rankdir=LR"), "{layered}");
    // rendered by GraphViz without a warning, and looked at once (README)
    for (name, text) in [("one", &one), ("all", &all), ("layered", &layered)] {
        let path = tmp.path().join(format!("{name}.dot"));
        std::fs::write(&path, text).unwrap();
        render_dot(&path);
    }
}

#[test]
fn completions_man_page_and_version() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("s");
    let version = ok(newsgraph(&store).arg("--version"));
    assert!(version.starts_with("newsgraph "), "{version}");
    assert!(version.contains("(oxigraph 0.5."), "{version}");
    let bash = ok(newsgraph(&store).args(["completions", "bash"]));
    assert!(
        bash.contains("complete -F") && bash.contains("ingest"),
        "{bash}"
    );
    let zsh = ok(newsgraph(&store).args(["completions", "zsh"]));
    assert!(zsh.starts_with("#compdef newsgraph"), "{zsh}");
    let man = ok(newsgraph(&store).arg("man"));
    assert!(
        man.starts_with(".ie") || man.contains(".TH newsgraph"),
        "{man}"
    );
    assert!(man.contains("ingest") && man.contains("export"), "{man}");
    let err = fails(newsgraph(&store).args(["completions", "tcsh"]));
    assert!(err.contains("invalid value 'tcsh'"), "{err}");
}

#[test]
fn extracted_n_quads_ingest_to_the_same_store_as_the_texts_even_split_and_sorted() {
    let tmp = tempfile::tempdir().unwrap();
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let texts = tmp.path().join("texts");
    ok(newsgraph(&texts).arg("ingest").arg(&examples));
    // two runs over two halves, their union sorted: what a cluster's
    // partitions give (examples/spark/)
    let mut files: Vec<_> = std::fs::read_dir(&examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let (first, second) = files.split_at(files.len() / 2);
    let mut lines: Vec<String> = [first, second]
        .iter()
        .flat_map(|half| {
            ok(newsgraph(&texts).arg("extract").args(*half))
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    lines.sort();
    lines.dedup();
    let union = tmp.path().join("union.nq");
    std::fs::write(&union, lines.join("\n") + "\n").unwrap();
    let reloaded = tmp.path().join("reloaded");
    let said = ok(newsgraph(&reloaded).arg("ingest").arg(&union));
    assert!(said.contains(&format!("{} stored", files.len())), "{said}");
    let export =
        |store: &std::path::Path| ok(newsgraph(store).args(["export", "--format", "nquads"]));
    assert!(export(&texts) == export(&reloaded), "the stores differ");
    // the same articles again, as text or as quads: unchanged
    for again in [&union, &examples] {
        let said = ok(newsgraph(&reloaded).arg("ingest").arg(again));
        assert!(
            said.contains(&format!("0 stored, {} unchanged", files.len())),
            "{said}"
        );
    }
    // from standard input too
    let piped = tmp.path().join("piped");
    let out = newsgraph(&piped)
        .args(["ingest", "-"])
        .stdin(std::fs::File::open(&union).unwrap())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(export(&piped) == export(&texts));
}

#[test]
fn n_quads_that_extract_did_not_write_are_refused_whole_with_a_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let cases = [
        (
            "N1 default graph",
            "<http://a.org/s> <http://a.org/p> \"x\" .\n",
            "the default graph",
        ),
        (
            "N2 syntax",
            "<http://a.org/s> <http://a.org/p> .\n",
            "bad.nq:1: bad record: not N-Quads",
        ),
        (
            "N3 foreign graph",
            "<http://a.org/s> <http://a.org/p> \"x\" <http://a.org/g> .\n",
            "<http://a.org/g>",
        ),
    ];
    for (id, text, want) in cases {
        let file = tmp.path().join("bad.nq");
        std::fs::write(&file, text).unwrap();
        let err = fails(newsgraph(&store).arg("ingest").arg(&file));
        assert!(err.contains(want), "{id}: {err}");
    }
    let err = fails(
        newsgraph(&store)
            .arg("extract")
            .arg(tmp.path().join("bad.nq")),
    );
    assert!(err.contains("bad.nq"), "{err}");
}
