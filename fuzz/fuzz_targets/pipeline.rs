//! Fuzzes the whole extraction pipeline: arbitrary bytes → text (and maybe a
//! publication date) → `pipeline::extract` → `rdf::article_quads`, twice,
//! checking `newsgraph::invariants` (no panic, spans inside the text on
//! character boundaries, well-formed quads, determinism). Any panic or
//! broken invariant is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::invariants::{check_article, decode_fuzz_input};
use newsgraph::rdf::{ArticleMeta, Provenance, content_hash};

fuzz_target!(|data: &[u8]| {
    let (text, published) = decode_fuzz_input(data);
    let meta = ArticleMeta {
        file_name: "fuzz input #1 (ü).txt".to_string(),
        content_hash: content_hash(data),
        provenance: Provenance::Mentions,
        info: Default::default(),
    };
    if let Err(v) = check_article(&meta, &text, published) {
        panic!("invariant broken (published {published:?}): {v}");
    }
});
