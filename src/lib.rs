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
//! [`gazetteer`] (world knowledge from `ontology/gazetteer/`), [`lexicon`]
//! (the word lists the rules read, from `ontology/lexicon/`), [`ingest`]
//! (files to prepared articles), [`store`] (the persistent graph), [`query`]
//! (printing results), [`export`] (RDF and DOT), [`explain`] (facts with
//! their sentences), and [`error`] (typed errors). [`invariants`] states
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
pub mod invariants;
pub mod lexicon;
pub mod mentions;
pub mod pipeline;
pub mod query;
pub mod rdf;
pub mod relations;
pub mod store;
pub mod text;
