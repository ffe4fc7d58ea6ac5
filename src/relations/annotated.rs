//! The annotated sentence: what the rules read of a sentence, computed once
//! per article before any rule runs, so that the data flows down the stages
//! once. For each sentence: its entity mentions in text order, each with
//! the entity its exact span names, that entity's class and what joins it
//! to the mention before (the coordination: ",", "and", ", and the" ...);
//! its title mentions. (Hedge words are found once per article, by
//! [`find_hedges`].)
//!
//! The rules read a sentence through `Input::items` and `Input::titles_in`;
//! a list of names is a walk over the joins (`lists`), not a new scan of
//! the text.

use std::ops::Range;

use super::*;

/// What stands between a mention and the one before it in its sentence,
/// spaces trimmed: the separators of a coordination, or anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// Nothing ("Prime Minister" "Keir Starmer" are one after the other).
    Nothing,
    /// ",".
    Comma,
    /// "and".
    And,
    /// ", and".
    CommaAnd,
    /// "the".
    The,
    /// ", the".
    CommaThe,
    /// "and the".
    AndThe,
    /// ", and the".
    CommaAndThe,
    /// "as well as".
    AsWellAs,
    /// "or".
    Or,
    /// Any other text: no coordination.
    Other,
}

impl Join {
    /// How `gap` (the text between two mentions, trimmed) joins them.
    pub fn of(gap: &str) -> Self {
        match gap {
            "" => Self::Nothing,
            "," => Self::Comma,
            "and" => Self::And,
            ", and" => Self::CommaAnd,
            "the" => Self::The,
            ", the" => Self::CommaThe,
            "and the" => Self::AndThe,
            ", and the" => Self::CommaAndThe,
            "as well as" => Self::AsWellAs,
            "or" => Self::Or,
            _ => Self::Other,
        }
    }

    /// The separators of a list of countries and organizations read
    /// backwards from an anchor, or of leaders ("the U.K., France, and").
    pub fn in_list(self) -> bool {
        matches!(
            self,
            Self::Comma
                | Self::And
                | Self::CommaAnd
                | Self::CommaThe
                | Self::AndThe
                | Self::CommaAndThe
                | Self::The
        )
    }

    /// The separators of a list read forwards that takes any entity.
    pub fn in_any_list(self) -> bool {
        self.in_list() && self != Self::The
    }

    /// The separators of a list of countries and organizations read
    /// forwards, where "as well as" and "or" join items too.
    pub fn in_body_list(self) -> bool {
        self.in_any_list() || matches!(self, Self::AsWellAs | Self::Or)
    }
}

/// An entity mention as the rules read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    /// Its index among the entities' mentions.
    pub index: usize,
    /// The mention.
    pub mention: Mention,
    /// The entity its exact span names.
    pub entity: Option<usize>,
    /// What joins it to the mention before in its sentence (for the first,
    /// the text from the sentence's start).
    pub join: Join,
}

impl std::ops::Deref for Item {
    type Target = Mention;
    fn deref(&self) -> &Mention {
        &self.mention
    }
}

/// One sentence, annotated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotated {
    /// Its entity mentions, in text order.
    pub items: Vec<Item>,
    /// Its title mentions (a range of `Mentions::titles`).
    pub titles: Range<usize>,
}

/// The article's sentences, annotated; the input of every rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotation {
    /// One per sentence.
    pub sentences: Vec<Annotated>,
    /// For each of the entities' mentions, its sentence and its place among
    /// that sentence's items.
    place: Vec<(usize, usize)>,
}

impl Annotation {
    /// The item of the entities' mention `index` (every mention lies in
    /// the sentence it names: `None` only for an index out of range).
    pub fn item(&self, index: usize) -> Option<&Item> {
        let &(si, k) = self.place.get(index)?;
        self.sentences.get(si)?.items.get(k)
    }
}

/// Every sentence of the article, annotated.
pub fn annotate(
    text: &str,
    sentences: &[Sentence],
    mentions: &Mentions,
    entities: &Entities,
) -> Annotation {
    let titles = &mentions.titles;
    let sentences: Vec<Annotated> = sentences
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let mut items = Vec::new();
            let mut pos = s.span.start;
            for i in entities.within(s.span) {
                let m = &entities.mentions[i];
                if m.sentence != si {
                    continue;
                }
                // (a mention inside the one before is joined by nothing)
                let gap = text.get(pos..m.span.start).unwrap_or_default().trim();
                items.push(Item {
                    index: i,
                    mention: *m,
                    entity: entities.at(m.span),
                    join: Join::of(gap),
                });
                pos = m.span.end;
            }
            Annotated {
                items,
                titles: titles.partition_point(|x| x.sentence < si)
                    ..titles.partition_point(|x| x.sentence <= si),
            }
        })
        .collect();
    let mut place = vec![(usize::MAX, usize::MAX); entities.mentions.len()];
    for (si, s) in sentences.iter().enumerate() {
        for (k, item) in s.items.iter().enumerate() {
            place[item.index] = (si, k);
        }
    }
    Annotation { sentences, place }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::resolve_entities;
    use crate::mentions::find_mentions;
    use crate::text::split_sentences;

    fn annotated(text: &str) -> (Entities, Annotation) {
        let sentences = split_sentences(text);
        let mentions = find_mentions(text, &sentences);
        let entities = resolve_entities(text, &sentences, &mentions);
        let annotation = annotate(text, &sentences, &mentions, &entities);
        (entities, annotation)
    }

    #[test]
    fn joins_read_the_separators_of_a_coordination() {
        // (id, gap, join, in a list read backwards, forwards of any entity,
        // forwards of countries and bodies)
        let cases = [
            ("J1-nothing", "", Join::Nothing, false, false, false),
            ("J2-comma", ",", Join::Comma, true, true, true),
            ("J3-and", "and", Join::And, true, true, true),
            ("J4-comma-and", ", and", Join::CommaAnd, true, true, true),
            ("J5-the", "the", Join::The, true, false, false),
            ("J6-comma-the", ", the", Join::CommaThe, true, true, true),
            ("J7-and-the", "and the", Join::AndThe, true, true, true),
            (
                "J8-comma-and-the",
                ", and the",
                Join::CommaAndThe,
                true,
                true,
                true,
            ),
            (
                "J9-as-well-as",
                "as well as",
                Join::AsWellAs,
                false,
                false,
                true,
            ),
            ("J10-or", "or", Join::Or, false, false, true),
            ("J11-other", "met with", Join::Other, false, false, false),
            (
                "J12-no-space-folding",
                ",  and",
                Join::Other,
                false,
                false,
                false,
            ),
        ];
        for (id, gap, join, back, any, body) in cases {
            let j = Join::of(gap);
            assert_eq!(j, join, "{id}");
            assert_eq!(
                (j.in_list(), j.in_any_list(), j.in_body_list()),
                (back, any, body),
                "{id}"
            );
        }
    }

    #[test]
    fn items_carry_their_entity_and_their_join_to_the_one_before() {
        let text = "Ministers of France, Germany and the Netherlands met in Paris on Monday.\n\nKenya, Uganda as well as Tanzania signed.";
        let (entities, a) = annotated(text);
        let read: Vec<Vec<(&str, Join)>> = a
            .sentences
            .iter()
            .map(|s| s.items.iter().map(|i| (i.span.of(text), i.join)).collect())
            .collect();
        assert_eq!(
            read,
            [
                vec![
                    ("France", Join::Other),
                    ("Germany", Join::Comma),
                    ("Netherlands", Join::AndThe),
                    ("Paris", Join::Other),
                ],
                vec![
                    ("Kenya", Join::Nothing),
                    ("Uganda", Join::Comma),
                    ("Tanzania", Join::AsWellAs),
                ],
            ]
        );
        for s in &a.sentences {
            for item in &s.items {
                assert_eq!(item.entity, entities.at(item.span));
            }
        }
    }

    #[test]
    fn every_mention_has_its_item_in_its_sentence() {
        // surnames, acronyms and descriptions that stage 3 adds are placed too
        let text = "Foreign Minister Amara Diallo of Guinea met the European Union (EU) envoy in Conakry.\n\nDiallo said the EU would help. The bloc agreed.";
        let (entities, a) = annotated(text);
        assert!(entities.mentions.len() > 4);
        for (i, m) in entities.mentions.iter().enumerate() {
            let item = a.item(i).expect("placed");
            assert_eq!((item.index, item.mention), (i, *m));
            assert!(a.sentences[m.sentence].items.contains(item));
        }
        assert_eq!(a.item(entities.mentions.len()), None);
    }
}
