//! `signedWith`: who signed an agreement, treaty or deal with whom.

use super::*;

/// "A signed a trade deal with B", "A and B signed the accord", "the treaty,
/// signed by A and B": each signatory signed with each other one (the
/// relation is symmetric: both directions are stated). A signing is reported,
/// not planned: "will sign", "is expected to sign" and hedged clauses yield
/// nothing; an agreement is not a meeting (a signing ceremony is one, found by
/// the meeting rules).
pub(super) fn agreements(input: &Input<'_>) -> Vec<Link> {
    static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:signed|inked|concluded|(?:oversaw|witnessed|presided over) the signing of)(?: (?:a|an|the|their|its|[a-z-]+|[A-Z][A-Za-z-]+|[0-9]+)){0,5} (?:[Aa]greements?|[Tt]reaty|[Tt]reaties|[Dd]eals?|[Aa]ccords?|[Mm]emorand(?:um|a|ums)|[Pp]acts?|[Dd]eclarations?|MoUs?|MOUs?|[Cc]ontracts?|[Pp]rotocols?|[Cc]harters?)(?-u:\b)").expect("valid regex")
    });
    static SIGNED_BY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?-u:\b)signed by (?:the )?").expect("valid regex"));
    let party = |e: usize| {
        matches!(
            input.class(e),
            Class::Person | Class::Country | Class::Organization
        )
    };
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
        for c in SIGNED.find_iter(st) {
            let b = s.span.start + c.end();
            if input.hedged(s.span.start, b) {
                continue;
            }
            let before = signatories_before(input, si, &st[..c.start()]);
            // with whom: "with B" right after the agreement's words
            let rest = input.slice(b, s.span.end);
            let with = WITH
                .find(rest)
                .map(|w| {
                    let start = b + w.end();
                    let people = people_after(input, si, start);
                    if people.is_empty() {
                        list_after(input, si, start)
                    } else {
                        people
                    }
                })
                .unwrap_or_default();
            groups.push((before, with));
        }
        for c in SIGNED_BY.find_iter(st) {
            let start = s.span.start + c.end();
            if input.hedged(s.span.start, start) {
                continue;
            }
            let people = people_after(input, si, start);
            let all = if people.is_empty() {
                list_after(input, si, start)
            } else {
                people
            };
            groups.push((all, Vec::new()));
        }
        for (mut a, b) in groups {
            a.retain(|&e| party(e));
            let b: Vec<usize> = b.into_iter().filter(|&e| party(e)).collect();
            out.extend(
                signed_pairs(&a, &b).map(|(x, y)| Link::to_entity(x, y, si, "signed/agreement")),
            );
        }
    }
    out
}

/// Who signed: the people, or else the countries and bodies, right before
/// the verb (an auxiliary or adverb between: "A and B have signed"), or for
/// "They signed" those the sentence before opens with. `lead` is the
/// sentence before the verb.
fn signatories_before(input: &Input<'_>, si: usize, lead: &str) -> Vec<usize> {
    let s = &input.sentences[si];
    let subject = lead.trim_end();
    let subject = AUXILIARIES
        .find(subject)
        .map_or(subject, |a| &subject[..a.start()]);
    let end = s.span.start + subject.len();
    let mut before = people_before(input, si, end);
    if before.is_empty() {
        before = list_before(input, si, end);
    }
    if before.is_empty()
        && matches!(subject, "They" | "The two" | "Both" | "The two sides")
        && si > 0
    {
        let start = input.sentences[si - 1].span.start;
        before = people_after(input, si - 1, start);
        if before.is_empty() {
            before = list_after(input, si - 1, start);
        }
    }
    before
}

/// Who signed with whom: "A signed with B", A with B (both ways); "A and B
/// signed", each with the others.
fn signed_pairs<'v>(a: &'v [usize], b: &'v [usize]) -> impl Iterator<Item = (usize, usize)> + 'v {
    let all: Vec<(usize, usize)> = if b.is_empty() {
        a.iter()
            .flat_map(|&x| a.iter().map(move |&y| (x, y)))
            .collect()
    } else {
        a.iter()
            .flat_map(|&x| b.iter().flat_map(move |&y| [(x, y), (y, x)]))
            .collect()
    };
    all.into_iter().filter(|(x, y)| x != y)
}

/// Auxiliaries and adverbs between the signatories and "signed".
static AUXILIARIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?: (?:have|has|had|also|jointly|formally|officially|finally|then|later|together|today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))+$")
        .expect("valid regex")
});

/// "with B" after the agreement's words, a few words of its name allowed
/// between ("a trade deal on digital services with B").
static WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?: [a-z-]+){0,5}? with (?:the )?").expect("valid regex"));
