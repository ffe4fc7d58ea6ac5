//! The whole extraction of one article: text → sentences → mentions →
//! entities → annotated sentences → relations, each stage a plain data
//! type.

use crate::dates::{DateMention, Ymd, find_dates, publication_date};
use crate::entities::{Entities, resolve_entities};
use crate::mentions::{Mentions, find_mentions};
use crate::relations::{Input, Relations, annotate, extract_relations, find_hedges};
use crate::text::{Sentence, split_sentences};

/// What extraction finds in one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extraction {
    /// Stage 1.
    pub sentences: Vec<Sentence>,
    /// Stage 2.
    pub mentions: Mentions,
    /// Stage 3.
    pub entities: Entities,
    /// Date expressions.
    pub dates: Vec<DateMention>,
    /// Stage 4.
    pub relations: Relations,
    /// The publication date used to resolve relative dates.
    pub published: Option<Ymd>,
}

/// Runs every stage over `text`. `published` overrides a date found in the
/// article itself (a dateline or a date line at the top).
pub fn extract(text: &str, published: Option<Ymd>) -> Extraction {
    let published = published
        .filter(Ymd::valid)
        .or_else(|| publication_date(text));
    let sentences = split_sentences(text);
    let mentions = find_mentions(text, &sentences);
    let entities = resolve_entities(text, &sentences, &mentions);
    let dates = find_dates(text, &sentences, published);
    let annotation = annotate(text, &sentences, &mentions, &entities);
    let relations = extract_relations(&Input {
        text,
        sentences: &sentences,
        mentions: &mentions,
        entities: &entities,
        dates: &dates,
        hedges: &find_hedges(text),
        annotation: &annotation,
    });
    Extraction {
        sentences,
        mentions,
        entities,
        dates,
        relations,
        published,
    }
}
