//! `memberOf`: stated, joined, veto, role and obligation memberships.

use super::*;

/// "A, B and other NATO member states", "NATO members including A and B", "A, a member of X".
pub(super) fn memberships(input: &Input<'_>) -> Vec<Link> {
    static MEMBER_NOUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:fellow )?[Mm]ember(?:s| states| countries| nations| state| country| nation)?(?-u:\b)|(?-u:\b)allies(?-u:\b)").expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for m in MEMBER_NOUN.find_iter(st) {
            let (a, b) = (s.span.start + m.start(), s.span.start + m.end());
            let orgs = member_orgs(input, si, a, b);
            for &org in &orgs {
                let (mut members, rule) = members_named(input, si, m.as_str(), (a, b), org, &orgs);
                // (a person only as "X, a member of the Labour Party")
                members.retain(|&e| {
                    e != org
                        && (matches!(input.class(e), Class::Country | Class::Organization)
                            || (rule == "member/apposition" && input.class(e) == Class::Person))
                });
                if members.is_empty() {
                    continue;
                }
                // no membership from a hedged or negated clause
                let first = members
                    .iter()
                    .filter_map(|&e| input.spans_of(si, e).map(|sp| sp.start).min())
                    .min()
                    .unwrap_or(a);
                let (lo, hi) = (first.min(a), b.max(first));
                if input.hedged(lo, hi) {
                    continue;
                }
                for e in members {
                    out.push(Link::to_entity(e, org, si, rule));
                }
            }
        }
    }
    out.extend(joined(input));
    out
}

/// The bodies a member word at `a..b` is of: "NATO member states", "NATO's
/// members", "members of NATO and the EU", "Its members".
fn member_orgs(input: &Input<'_>, si: usize, a: usize, b: usize) -> Vec<usize> {
    let s = &input.sentences[si];
    // the organization: "NATO member states", "NATO's members", "members of NATO"
    let before = input.slice(s.span.start, a);
    let org = before
        .strip_suffix(' ')
        .map(strip_ordinal)
        .map(strip_member_count)
        .map(|x| {
            x.strip_suffix("'s")
                .or_else(|| x.strip_suffix("’s"))
                .unwrap_or(x)
        })
        .and_then(|x| input.mention_ending_at(s.span.start + x.len()))
        .and_then(|m| m.entity)
        .filter(|&e| is_org(input, e));
    match org {
        Some(o) => vec![o],
        None => {
            let after = orgs_after(input, si, b);
            if after.is_empty() {
                its_body(input, si, a).into_iter().collect()
            } else {
                after
            }
        }
    }
}

/// "members of NATO", "a member of both NATO and the EU", "NATO, the G7
/// group of industrial democracies and the G20": the bodies after "of".
fn orgs_after(input: &Input<'_>, si: usize, b: usize) -> Vec<usize> {
    let s = &input.sentences[si];
    let after = input.slice(b, s.span.end);
    let Some(rest) = after.strip_prefix(" of ") else {
        return Vec::new();
    };
    let rest = rest.strip_prefix("both ").unwrap_or(rest);
    let start = b + (after.len() - rest.len());
    let mut found = list_after(input, si, start);
    let orgs = found.iter().take_while(|&&e| is_org(input, e)).count();
    found.truncate(orgs);
    // "NATO, the G7 group of industrial democracies and the G20":
    // a body's short description does not end the list
    static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?: [a-z-]+){1,5}(?:,| and|, and)(?: the)? $").expect("valid regex")
    });
    let mut end = found.last().and_then(|&e| {
        input
            .spans_of(si, e)
            .filter(|sp| sp.start >= start)
            .map(|sp| sp.end)
            .min()
    });
    while let Some(pos) = end
        && let Some(m) = input.items(si).find(|m| m.span.start > pos)
        && DESCRIBED.is_match(input.slice(pos, m.span.start))
        && let Some(e) = m.entity.filter(|&e| is_org(input, e))
    {
        found.push(e);
        end = Some(m.span.end);
    }
    found
}

/// "Its members include ...": the body last named before the sentence.
fn its_body(input: &Input<'_>, si: usize, a: usize) -> Option<usize> {
    let s = &input.sentences[si];
    let lead = input.slice(s.span.start, a).trim();
    if !matches!(lead, "Its" | "Their" | "its" | "their") {
        return None;
    }
    input
        .entities
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.end <= s.span.start)
        .filter_map(|(i, _)| Some(input.entities.of_mention[i]).filter(|&e| is_org(input, e)))
        .next_back()
}

/// The members a sentence names for `org` around its member word `word` at
/// `a..b`, with the rule: "A, B and other NATO member states", "NATO members
/// including A and B", "NATO member Poland", "A and B, both members of X".
fn members_named(
    input: &Input<'_>,
    si: usize,
    word: &str,
    (a, b): (usize, usize),
    org: usize,
    orgs: &[usize],
) -> (Vec<usize>, &'static str) {
    let s = &input.sentences[si];
    let org_start = input
        .spans_of(si, org)
        .map(|sp| sp.start)
        .filter(|&p| p < a)
        .max()
        .unwrap_or(a);
    let mut members = Vec::new();
    let mut rule = "";
    // "A, B and other NATO member states"
    let pre = input.slice(s.span.start, org_start);
    if let Some(p) = pre
        .strip_suffix(" and other ")
        .or_else(|| pre.strip_suffix(", and other "))
        .or_else(|| pre.strip_suffix(" and fellow "))
    {
        members = list_before(input, si, s.span.start + p.len());
        rule = "member/and-other-members";
    }
    // "NATO members including A and B", "NATO member Poland", "members of NATO such as A"
    if members.is_empty() {
        static INCL: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^(?: of (?:the )?\S+(?: \S+){0,5}?)?,? (?:including|include|includes|such as|like|namely|among them|are|were|[—–:] ?)? ?(?:the )?").expect("valid regex")
        });
        let tail_start = b;
        let tail = input.slice(tail_start, s.span.end);
        if let Some(c) = INCL.find(tail) {
            // the bodies themselves ("a member of both NATO and the EU") are no members
            let mut found = list_after(input, si, tail_start + c.end());
            found.retain(|e| !orgs.contains(e));
            // ("the Council's five permanent members China, France, ...":
            // two countries or more right after a plural member word)
            let listed = c.as_str().trim().is_empty()
                && word.ends_with('s')
                && found.len() >= 2
                && found.iter().all(|&e| input.class(e) == Class::Country);
            if !found.is_empty() && (!c.as_str().trim().is_empty() || listed) {
                members = found;
                rule = "member/members-including";
            } else if found.len() == 1 && word.starts_with("member") && !word.contains('s') {
                members = found; // "NATO member Turkey"
                rule = "member/member-apposition";
            }
        }
    }
    // "A and B, (both) members of X" / "A, a member of X" / "A is a NATO member"
    if members.is_empty() {
        static APPOS: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?:,(?: (?:both|all|each|also|the|two|three|a|an|fellow|permanent|founding|full))*|(?:,? (?:which|that) )?(?-u:\b)(?:is|are|was|were|became|become|remains?)(?: (?:a|an|also|both|all|the|full|founding|permanent))*)\s*(?:permanent |founding |full )?$").expect("valid regex")
        });
        let lead = input.slice(s.span.start, a.min(org_start));
        if let Some(c) = APPOS.find(lead) {
            members = list_before(input, si, s.span.start + c.start());
            // "Karl Brandt, a member of the Labour Party", "Karl Brandt is
            // a member of the Labour Party": a person
            if members.is_empty()
                && let Some(p) = input
                    .mention_ending_at(s.span.start + lead[..c.start()].trim_end().len())
                    .filter(|m| m.kind == MentionKind::Person)
                    .and_then(|m| m.entity)
            {
                members = vec![p];
            }
            // "The UK, which left the EU in 2020, remains a member of NATO":
            // the subject before a relative clause
            let head = lead[..c.start()].trim_end();
            if members.is_empty()
                && head.ends_with(',')
                && let Some(r) = head.rfind(", which ").or_else(|| head.rfind(", who "))
            {
                members = list_before(input, si, s.span.start + r);
            }
            rule = "member/apposition";
        }
    }
    (members, rule)
}

/// `x` without the count and kind of members at its end ("the Security
/// Council's five permanent", "NATO's 32", "the bloc's ten founding").
fn strip_member_count(x: &str) -> &str {
    let mut x = x;
    while let Some((head, last)) = x.rsplit_once(' ') {
        let count = !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit());
        if !(count || crate::lexicon::MEMBER_COUNT_WORDS.contains(&last)) {
            break;
        }
        x = head;
    }
    x
}

/// `x` without a last word that ranks a member ("NATO's 32nd", "the
/// alliance's newest").
pub(super) fn strip_ordinal(x: &str) -> &str {
    match x.rsplit_once(' ') {
        Some((head, last))
            if matches!(
                last,
                "first" | "second" | "third" | "newest" | "latest" | "youngest"
            ) || ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| last.strip_suffix(s))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            head
        }
        _ => x,
    }
}

/// "Finland joined NATO in 2023", "Sweden has formally joined the alliance":
/// joining a body makes a member of it ("wants to join", "has not joined" do not).
pub(super) fn joined(input: &Input<'_>) -> Vec<Link> {
    static JOINED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:has |have |had )?(?:formally |officially |finally |already )?(?:joined|rejoined|acceded to) (?:the )?").expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for c in JOINED.find_iter(st) {
            let (a, b) = (s.span.start + c.start(), s.span.start + c.end());
            let Some(org) = input
                .mention_starting_at(b)
                .and_then(|m| m.entity)
                .filter(|&e| is_org(input, e))
            else {
                continue;
            };
            let members = list_before(input, si, a);
            let Some(first) = members
                .iter()
                .filter_map(|&e| input.spans_of(si, e).map(|sp| sp.start).min())
                .min()
            else {
                continue;
            };
            if input.hedged(first, b) {
                continue;
            }
            for e in members.into_iter().filter(|&e| e != org) {
                out.push(Link::to_entity(e, org, si, "member/joined"));
            }
        }
    }
    out
}

/// "The Nordic Council comprises Sweden, Finland and Iceland", "Besides A
/// and B, the bloc consists of C and D": an organization named right before
/// comprise / consist of / be made up of / include has the countries and
/// organizations listed after it as members (and those of an opening
/// "Besides ..." list). A hedge ("would comprise") asserts none.
pub(super) fn composed_memberships(input: &Input<'_>) -> Vec<Link> {
    static COMPOSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:(?:now|currently|also) )?(?:comprises|comprised|consists of|consisted of|is made up of|was made up of|is composed of|was composed of|includes|included|groups|brings together) (?:the )?").expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for c in COMPOSED.find_iter(st) {
            let (a, b) = (s.span.start + c.start(), s.span.start + c.end());
            // "the Pacific Alliance (which also includes Mexico and
            // Colombia)", "the bloc, which comprises ...": the body before
            // the relative clause
            let pre = input.slice(s.span.start, a);
            let relative = [", which ", " (which ", " – which ", " — which "]
                .iter()
                .find(|r| pre.ends_with(*r));
            let a = a - relative.map_or(0, |r| r.len() - 1);
            let Some(org) = (a > s.span.start)
                .then(|| input.mention_ending_at(a - 1))
                .flatten()
                .filter(|_| input.slice(a - 1, a) == " " || relative.is_some())
                .and_then(|m| m.entity)
                .filter(|&e| is_org(input, e))
            else {
                continue;
            };
            if input.hedged(s.span.start, b) {
                continue;
            }
            let mut members = list_after(input, si, b);
            if members.is_empty() {
                continue;
            }
            if let Some(p) = crate::lexicon::LIST_OPENERS
                .iter()
                .find(|p| st.starts_with(*p) && st[p.len()..].starts_with(' '))
            {
                members.extend(list_after(input, si, s.span.start + p.len() + 1));
            }
            for e in members.into_iter().filter(|&e| e != org) {
                out.push(Link::to_entity(e, org, si, "member/composed-of"));
            }
        }
    }
    out
}

/// "Russian and Chinese vetoes in the UN Security Council", "Russia's ability
/// to veto decisions in the Security Council": a veto in a body is a seat in it.
pub(super) fn veto_memberships(input: &Input<'_>) -> Vec<Link> {
    static VETO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:(?:'s|’s) (?:ability|power|right) to |(?:'s|’s) )?(?-u:\b)veto(?:es|s| power| right)?(?-u:\b)",
        )
        .expect("valid regex")
    });
    static IN_ORG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?: [a-z]+){0,3} (?:in|at|on) (?:the )?$").expect("valid regex")
    });
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        for v in VETO.find_iter(st) {
            let (a, b) = (s.span.start + v.start(), s.span.start + v.end());
            let Some(org) = input
                .items(si)
                .find(|m| m.span.start >= b && IN_ORG.is_match(input.slice(b, m.span.start)))
                .and_then(|m| m.entity)
                .filter(|&e| is_org(input, e))
            else {
                continue;
            };
            let members = list_before(input, si, a);
            if members.is_empty() || input.hedged(a, b) {
                continue;
            }
            for e in members {
                if e != org && input.class(e) == Class::Country {
                    out.push(Link::to_entity(e, org, si, "member/veto"));
                }
            }
        }
    }
    out
}

/// "Washington's pivotal role within the alliance", "Germany's seat in the
/// Council": a role or seat within a body is a membership of it; and so is
/// being its host or chair ("G20 host Indonesia").
pub(super) fn role_memberships(input: &Input<'_>) -> Vec<Link> {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:'s|’s)(?: [a-z-]+){0,2} (?:role|seat|place|membership) (?:within|in|inside) (?:the )?$").expect("valid regex")
    });
    let mut out = Vec::new();
    for si in 0..input.sentences.len() {
        let ms = &input.annotation.sentences[si].items;
        for (k, m) in ms.iter().enumerate() {
            let Some(next) = ms.get(k + 1) else { continue };
            // "G20 host Indonesia", "ASEAN chair Laos": the body's host or
            // chair, named after it
            if matches!(
                input.slice(m.span.end, next.span.start),
                " host " | " chair " | " president " | " current chair "
            ) && let (Some(org), Some(country)) = (m.entity, next.entity)
                && is_org(input, org)
                && input.class(country) == Class::Country
                // (a member the gazetteer lists: "FIFA host Qatar" is none)
                && input.listed_member(country, org)
                && !input.hedged(m.span.start, next.span.end)
            {
                out.push(Link::to_entity(country, org, si, "member/host"));
                continue;
            }
            if !ROLE.is_match(input.slice(m.span.end, next.span.start)) {
                continue;
            }
            let (Some(member), Some(org)) = (m.entity, next.entity) else {
                continue;
            };
            let member = metonym(input, member);
            if is_org(input, org)
                && input.class(member) == Class::Country
                && !input.hedged(m.span.start, next.span.end)
            {
                out.push(Link::to_entity(member, org, si, "member/role-within"));
            }
        }
    }
    out
}

/// "Peter Moyo of the Unity Party", "Ana Ruiz (Green Party)": a person named
/// with a party is its member.
pub(super) fn party_tag_memberships(input: &Input<'_>) -> Vec<Link> {
    let gaz = gazetteer();
    let mut out = Vec::new();
    for si in 0..input.sentences.len() {
        let ms = &input.annotation.sentences[si].items;
        let party = |m: &Item| match m.kind {
            MentionKind::KnownOrganization(i) => gaz.organizations[i].kind == "party",
            MentionKind::NewOrganization => m.span.of(input.text).ends_with(" Party"),
            _ => false,
        };
        for pair in ms.windows(2) {
            let (m, next) = (&pair[0], &pair[1]);
            // "X of the P", "X (P)", "X, of the P,", "A, with B, both of the P"
            let gap = input.slice(m.span.end, next.span.start);
            if m.kind != MentionKind::Person
                || !matches!(gap, " of the " | " (" | ", of the " | ", both of the ")
            {
                continue;
            }
            let closed = gap != " ("
                || input
                    .slice(next.span.end, input.sentences[si].span.end)
                    .starts_with(')');
            if let (true, true, Some(person), Some(org)) =
                (party(next), closed, m.entity, next.entity)
            {
                out.push(Link::to_entity(person, org, si, "member/party-tag"));
                // ("both": the person named before too)
                if gap == ", both of the "
                    && let Some(other) = ms
                        .iter()
                        .filter(|o| o.span.end < m.span.start && o.kind == MentionKind::Person)
                        .filter_map(|o| o.entity)
                        .next_back()
                {
                    out.push(Link::to_entity(other, org, si, "member/party-tag"));
                }
            }
        }
        // "the P's candidates, A and B": the party's people listed
        static PARTY_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^[’']s? (?:[a-z-]+ )?(?:candidates?|lawmakers?|legislators?|MPs?|senators?|deputies|members|councillors|councilors|nominees?)(?:,| (?:are|were))? ")
                .expect("valid regex")
        });
        for m in ms.iter().filter(|m| party(m)) {
            let Some(org) = m.entity else { continue };
            let after = input.slice(m.span.end, input.sentences[si].span.end);
            if let Some(c) = PARTY_PEOPLE.find(after) {
                for p in super::lists::people_after(input, si, m.span.end + c.end()) {
                    out.push(Link::to_entity(p, org, si, "member/party-tag"));
                }
            }
        }
    }
    out
}

/// Words that, in a sentence naming both an organization and a country, speak
/// of the organization as its members' body: "Thailand holds the ASEAN
/// chairmanship", "Kiribati's return to the Forum", "ECOWAS leaders met",
/// "solidarity within ASEAN".
static MEMBER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:members?|membership|nations|countries|states|leaders|chairmanship|chairpersonship|chair|chairs|chaired|chairperson|chairman|rotating presidency|presidency|summit|bloc|return(?:s|ed)? to|rejoin[a-zA-Z]*|readmit[a-zA-Z]*|suspend[a-zA-Z]*|heads of state|fellow|solidarity|unity|within)(?-u:\b)")
        .expect("valid regex")
});

/// The place of something ("a summit in Kazakhstan"), or a title's country
/// ("US secretary of state X stated"): no member, though the list has it (a
/// head of state or government is the country at the table).
fn place_or_post_country(input: &Input<'_>, si: usize, cm: &Mention) -> bool {
    let pre = input.slice(input.sentences[si].span.start, cm.span.start);
    [" in ", " in the ", " at ", " near "]
        .iter()
        .any(|p| pre.ends_with(p))
        || pre == "In "
        || input.titles_in(si).iter().any(|t| {
            t.span.start == cm.span.end + 1
                && !matches!(
                    gazetteer().titles[t.title].kind.as_str(),
                    "head-of-state" | "head-of-government"
                )
        })
}

/// "Mauritania handed the AU chairmanship to Angola", "Kiribati's return to
/// the Pacific Islands Forum": a sentence that names an organization whose
/// members the gazetteer lists, a country on that list, and speaks of the
/// organization as its members' body (a cue: member, chairmanship, summit,
/// bloc, return to...) states the membership. The list licenses, the text
/// states: a country missing from the list is never made a member this way,
/// and a sentence that makes membership uncertain or denies it ("partner
/// countries", "if it joins", "not a member", "outside") yields none.
pub(super) fn listed_memberships(input: &Input<'_>) -> Vec<Link> {
    let mut out = Vec::new();
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        // (the regexes only where an organization with a member list and a
        // country are both named)
        let mut listed_org = false;
        let mut country = false;
        for m in input.items(si) {
            if let Some(e) = m.entity {
                match input.class(e) {
                    Class::Country => country = true,
                    Class::Organization if !listed_org => {
                        listed_org = input.member_list(e).is_some();
                    }
                    _ => {}
                }
            }
        }
        if !(listed_org && country && MEMBER_CUE.is_match(st))
            || MEMBERSHIP_HEDGE.is_match(st)
            || NEGATION.is_match(st)
            || input.hedged(s.span.start, s.span.end)
        {
            continue;
        }
        let ents: Vec<usize> = input.items(si).filter_map(|m| m.entity).collect();
        // the cue speaks of this organization: within a few words of its name
        let cued = |org: usize| {
            input.spans_of(si, org).any(|sp| {
                let (lo, hi) = (
                    input
                        .text
                        .floor_char_boundary(sp.start.saturating_sub(24).max(s.span.start)),
                    input.text.ceil_char_boundary((sp.end + 24).min(s.span.end)),
                );
                // around the name, not inside it ("League of Arab States")
                MEMBER_CUE.is_match(input.slice(lo, sp.start))
                    || MEMBER_CUE.is_match(input.slice(sp.end, hi))
            })
        };
        for &org in ents
            .iter()
            .filter(|&&e| input.member_list(e).is_some() && cued(e))
        {
            for cm in input.items(si) {
                let Some(c) = cm.entity else {
                    continue;
                };
                if input.class(c) != Class::Country || !input.listed_member(c, org) {
                    continue;
                }
                // "a summit on Guinea", "talks about Mali": the topic, not
                // a member taking part
                let before = input.slice(s.span.start, cm.span.start);
                if place_or_post_country(input, si, cm)
                    || [" on ", " about ", " over ", " regarding "]
                        .iter()
                        .any(|p| before.ends_with(p))
                {
                    continue;
                }
                out.push(Link::to_entity(c, org, si, "member/listed"));
            }
        }
    }
    out
}

/// "The ECOWAS summit ... Present were Presidents A (Ghana), B (Togo)": the
/// countries that take part in a meeting of an organization whose members the
/// gazetteer lists, in person or through a head of state or minister named
/// with them, are among its members when the list says so. A guest or a
/// country discussed is not on the list, or not taking part.
pub(super) fn meeting_memberships(
    input: &Input<'_>,
    meetings: &[MeetingFact],
    positions: &[PositionFact],
) -> Vec<Link> {
    let mut out = Vec::new();
    for m in meetings.iter().filter(|m| m.status == Status::Held) {
        // "Members of the ECOWAS Authority are meeting ...": the people who
        // attend are members of the body that meets
        for &body in m.participants.iter().filter(|&&e| is_org(input, e)) {
            let said = m.evidence.iter().any(|ev| {
                input.spans_of(ev.sentence, body).any(|sp| {
                    let pre = input.slice(input.sentences[ev.sentence].span.start, sp.start);
                    pre.ends_with("Members of the ") || pre.ends_with("Members of ")
                })
            });
            if !said {
                continue;
            }
            for &p in m
                .participants
                .iter()
                .filter(|&&p| input.class(p) == Class::Person)
            {
                out.push(Link::to_entity(
                    p,
                    body,
                    m.sources.get(&p).map_or(0, |ev| ev.sentence),
                    "member/meeting-members",
                ));
            }
        }
        let bodies: Vec<usize> = m
            .participants
            .iter()
            .filter_map(|&e| input.membership_body(e))
            .collect();
        for &body in &bodies {
            for &p in &m.participants {
                let sentence = m.sources.get(&p).map_or(0, |ev| ev.sentence);
                let countries: Vec<usize> = match input.class(p) {
                    Class::Country => vec![p],
                    Class::Person => post_countries(input, positions, p)
                        .chain(tagged_country(input, sentence, p))
                        .collect(),
                    _ => Vec::new(),
                };
                for c in countries {
                    if input.listed_member(c, body) {
                        out.push(Link::to_entity(c, body, sentence, "member/meeting-of"));
                    }
                }
            }
        }
    }
    out
}

/// The countries whose posts a person holds, not formerly ("Ghana's
/// President X": Ghana).
pub(super) fn post_countries<'a>(
    input: &'a Input<'_>,
    positions: &'a [PositionFact],
    person: usize,
) -> impl Iterator<Item = usize> + 'a {
    positions
        .iter()
        .filter(move |x| x.person == person && x.qualifier.as_deref() != Some("former"))
        .filter_map(|x| x.of)
        .filter(|&c| input.class(c) == Class::Country)
}

/// The country a person's name is tagged with in a sentence: "Umaro Embalo
/// (Guinea-Bissau)", "Joseph Boakai of Liberia".
fn tagged_country(input: &Input<'_>, sentence: usize, person: usize) -> Option<usize> {
    input
        .spans_of(sentence, person)
        .find_map(|sp| country_tag(input, sentence, sp.end))
        .map(|(c, _)| c)
}

/// Words that make a sentence speak of membership as uncertain or denied.
static MEMBERSHIP_HEDGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:if|unless|once|join[a-zA-Z]*|accession|acced[a-zA-Z]*|appl(?:y|ied|ies|ication|icant)[a-zA-Z]*|candidate[a-zA-Z]*|aspir[a-zA-Z]*|would-be|bid|partner[a-zA-Z]*|non-members?|not (?:yet )?(?:a )?members?|outside|observer[a-zA-Z]*|left|leave|leaving|quit|withdr[a-zA-Z]*|exit[a-zA-Z]*|expell?[a-zA-Z]*|granting|procedure|process|roadmap|path to)(?-u:\b)")
        .expect("valid regex")
});

/// Plain negation.
static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:not|never|no longer|neither|nor)(?-u:\b)|n['’]t(?-u:\b)")
        .expect("valid regex")
});

/// "Belgium, Italy and Spain still fall short of the 2% target", "Canadian
/// contributions could exceed 3% of GDP": in an article that names an
/// organization whose members the gazetteer lists, a percentage beside one of
/// the organization's obligation cues ("spending", "contributions" for NATO's
/// share-of-GDP target) presupposes membership. Only the countries the member
/// list holds are read as members, so a guest, a rival or an aspirant named
/// beside them never becomes one.
///
/// Modality is read where it bears on membership. A modal on the amount
/// ("could exceed", "should meet", "may reach", "plans to spend") leaves the
/// presupposition standing: only a member has the target to miss or meet. A
/// sentence that makes the membership itself uncertain or denies it ("if it
/// joins", "a candidate", "partner countries", "not a member") yields none.
pub(super) fn obligation_memberships(input: &Input<'_>) -> Vec<Link> {
    static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)\d+(?:\.\d+)?\s?(?:%|per ?cent(?-u:\b)|percent(?-u:\b))")
            .expect("valid regex")
    });
    let gaz = gazetteer();
    let mut bodies: Vec<(usize, &crate::gazetteer::Membership)> = Vec::new();
    for (i, m) in input.entities.mentions.iter().enumerate() {
        if let MentionKind::KnownOrganization(o) = m.kind
            && let Some(list) = gaz.membership(o).filter(|l| !l.cues.is_empty())
        {
            let e = input.entities.of_mention[i];
            if !bodies.iter().any(|(b, _)| *b == e) {
                bodies.push((e, list));
            }
        }
    }
    let mut out = Vec::new();
    if bodies.is_empty() {
        return out;
    }
    for (si, s) in input.sentences.iter().enumerate() {
        let st = s.span.of(input.text);
        if !PERCENT.is_match(st) || MEMBERSHIP_HEDGE.is_match(st) {
            continue;
        }
        let words: Vec<String> = st
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for (org, list) in &bodies {
            if !list.cues.iter().any(|c| words.contains(c)) {
                continue;
            }
            for m in input.items(si) {
                let (MentionKind::Country(c) | MentionKind::Demonym(c)) = m.kind else {
                    continue;
                };
                if list.members.binary_search(&c).is_err() {
                    continue;
                }
                if let Some(e) = m.entity {
                    out.push(Link::to_entity(e, *org, si, "member/obligation"));
                }
            }
        }
    }
    out
}

/// Memberships that leadership implies: a country that leads a coalition or
/// alliance, or a body that lists it among its members, is one of its
/// members; a party's leader is a member; the country whose leader chairs a
/// listed body is its member.
pub(super) fn leader_memberships(
    input: &Input<'_>,
    leads: &[Link],
    positions: &[PositionFact],
) -> Vec<Link> {
    let mut out = Vec::new();
    // "X, SPD secretary-general", "Labour's deputy leader X", "UAW
    // President X", "Hamas political bureau chief X": who holds a post in a
    // party, a union or an armed group (not a former one) is its member; so
    // is one of the leaders of a body of no known kind ("Senior Liberal
    // Union leader X": a party or a group of people)
    for p in positions {
        if let Some(org) = p.of
            && match input.entities.list[org].org_kind.as_deref() {
                Some("party" | "union" | "armed-group") => true,
                None => {
                    input.class(org) == Class::Organization && p.title.ends_with(" Leader")
                }
                Some(_) => false,
            }
            && p.qualifier.as_deref() != Some("former")
            // (an adviser or lawyer to a party serves it from outside)
            && !matches!(
                p.title.as_str(),
                "Adviser" | "Senior Adviser" | "Consultant" | "Lawyer"
            )
        {
            out.push(Link::to_entity(
                p.person,
                org,
                p.evidence.sentence,
                "member/party-post",
            ));
        }
    }
    let mut country_members = Vec::new();
    // a country that leads a coalition or alliance, or a body that lists it
    // among its members, is one of its members; a party's leader is a member
    for l in leads {
        if let Target::Entity(org) = l.object {
            let kind = input.entities.list[org].org_kind.as_deref().unwrap_or("");
            let member = match input.class(l.subject) {
                Class::Country => {
                    matches!(kind, "coalition" | "alliance") || input.listed_member(l.subject, org)
                }
                // (a body of no known kind whose "leader" the text names,
                // "NSC leader X", is a party or a group of people too)
                Class::Person => {
                    kind == "party"
                        || (kind.is_empty()
                            && positions.iter().any(|p| {
                                p.person == l.subject
                                    && p.of == Some(org)
                                    && matches!(p.title.as_str(), "Leader" | "Party Leader")
                            }))
                }
                _ => false,
            };
            // "Nigeria's President X, the chairman of the ECOWAS Authority":
            // the country whose leader chairs a listed body is its member
            if input.class(l.subject) == Class::Person
                && let Some(body) = input.membership_body(org)
            {
                for c in post_countries(input, positions, l.subject)
                    .filter(|&c| input.listed_member(c, body))
                {
                    country_members.push(Link::to_entity(
                        c,
                        body,
                        l.evidence.sentence,
                        "member/leader-country",
                    ));
                }
            }
            if member {
                out.push(Link {
                    subject: l.subject,
                    object: l.object,
                    evidence: Evidence {
                        sentence: l.evidence.sentence,
                        rule: "member/leader-is-member",
                    },
                });
            }
        }
    }
    out.extend(country_members);
    out
}
