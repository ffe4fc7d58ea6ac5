//! newsgraph: a knowledge graph of the people, countries, organizations,
//! cities and meetings that English news reports, with the relations the text
//! states, in an embedded Oxigraph store.
//!
//! The extraction pipeline, one stage per module, each a plain data type and
//! a function over it:
//!
//! 1. [`text`]: text → sentences ([`text::split_sentences`])
//! 2. [`mentions`]: sentences → mentions ([`mentions::find_mentions`])
//! 3. [`entities`]: mentions → entities ([`entities::resolve_entities`])
//! 4. [`relations`]: entities → relations ([`relations::extract_relations`]),
//!    with [`dates`] for meeting dates
//! 5. [`rdf`]: relations → quads ([`rdf::article_quads`])
//!
//! [`pipeline::extract`] runs stages 1–4 over one article. Around it:
//! [`input`] (text, HTML and JSON Lines to articles with their metadata;
//! [`reload`]: N-Quads already extracted, back to articles),
//! [`gazetteer`] (world knowledge from `ontology/gazetteer/`), [`lexicon`]
//! (the word lists the rules read, from `ontology/lexicon/`), [`ingest`]
//! (files to prepared articles), [`store`] (the persistent graph), [`push`]
//! (article graphs to a remote store, Graph Store Protocol), [`query`]
//! (printing results), [`export`] (RDF, and the pictures of [`picture`]:
//! DOT and GraphML), [`tables`] (CSV), [`explain`] (facts with
//! their sentences), `serve` (the store over HTTP: the SPARQL 1.1
//! Protocol and pages for people, with the `rocksdb` feature) with
//! [`saved`] (the saved queries, built in), and [`error`] (typed errors). [`invariants`] states
//! what must hold for any input, however hostile (the robustness tests and
//! the fuzz target check it).
//!
//! The `rocksdb` feature (on by default) brings the on-disk store: without
//! it, [`store::GraphStore`] cannot be opened and the binary is not built,
//! but the whole extraction pipeline is there (the fuzz target, in `fuzz/`,
//! builds this way to skip compiling RocksDB).

pub mod dates;
pub mod entities;
pub mod error;
pub mod explain;
pub mod export;
pub mod gazetteer;
pub mod ingest;
pub mod input;
pub mod invariants;
pub mod lexicon;
pub mod mentions;
pub mod picture;
pub mod pipeline;
pub mod push;
pub mod query;
pub mod rdf;
pub mod relations;
pub mod reload;
pub mod saved;
#[cfg(feature = "rocksdb")]
pub mod serve;
pub mod store;
pub mod tables;
pub mod text;

/// The Oxigraph release the store is built with (vendored, `vendor/`).
pub const OXIGRAPH_VERSION: &str = "0.5.13";

/// What `newsgraph --version` prints after the name: newsgraph's version and
/// the Oxigraph it stores with.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (oxigraph 0.5.13)");

#[cfg(test)]
mod tests {
    #[test]
    fn the_version_names_the_oxigraph_in_the_lock_file() {
        let lock = include_str!("../Cargo.lock");
        let locked = lock
            .split("[[package]]")
            .find(|p| p.contains("name = \"oxigraph\"\n"))
            .and_then(|p| p.split("version = \"").nth(1))
            .and_then(|v| v.split('"').next())
            .expect("oxigraph in Cargo.lock");
        assert_eq!(super::OXIGRAPH_VERSION, locked);
        assert!(super::VERSION.ends_with(&format!("(oxigraph {locked})")));
    }
}
