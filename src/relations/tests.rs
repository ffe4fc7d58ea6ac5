//! Table cases for every relation rule.

use crate::pipeline::extract;
use crate::relations::Status;

fn labels(text: &str) -> (Vec<String>, Vec<String>, Vec<String>, Vec<String>) {
    let x = extract(text, None);
    let l = |i: usize| x.entities.list[i].label.clone();
    let target = |t: &super::Target| match t {
        super::Target::Entity(e) => l(*e),
        super::Target::Meeting(m) => format!("meeting {m}"),
    };
    let members = x
        .relations
        .memberships
        .iter()
        .map(|m| format!("{} ∈ {}", l(m.subject), target(&m.object)))
        .collect();
    let leads = x
        .relations
        .leads
        .iter()
        .map(|m| format!("{} → {}", l(m.subject), target(&m.object)))
        .collect();
    let posts = x
        .relations
        .positions
        .iter()
        .map(|p| {
            format!(
                "{}: {}{} of {}",
                l(p.person),
                p.qualifier
                    .as_deref()
                    .map(|q| format!("({q}) "))
                    .unwrap_or_default(),
                p.title,
                p.of.map(l).unwrap_or_default()
            )
        })
        .collect();
    let quotes = x
        .relations
        .quotes
        .iter()
        .map(|q| format!("{}: {}", l(q.speaker), q.span.of(text)))
        .collect();
    (members, leads, posts, quotes)
}

#[test]
fn memberships_in_a_table_of_cases() {
    let cases: &[(&str, &str, &[&str])] = &[
        // audit 22: who holds a post in an armed group or a union is its member
        // ("Hamas political bureau chief X" is still no post: a lower-case field
        // before an organization's bare "chief")
        (
            "an-armed-group-s-officer-is-a-member",
            "Hamas commander Omar Saleh arrived in Doha.",
            &["Omar Saleh ∈ Hamas"],
        ),
        (
            "a-union-s-general-secretary-is-a-member",
            "Jo Platt was confirmed as general secretary of Unite the union on Wednesday.",
            &["Jo Platt ∈ Unite the Union"],
        ),
        // audit 20: one of the leaders of a body of no known kind is its member
        (
            "a-senior-leader-is-a-member",
            "Senior Liberal Union leader Eva Lind addressed the rally.",
            &["Eva Lind ∈ Liberal Union"],
        ),
        // audit 19: a party named after a person between commas, after two
        // with "both", or before its people listed
        (
            "a-person-of-the-party-between-commas",
            "Tomas Reyes met Laura Binns, of the Unity Party, in Riga.",
            &["Laura Binns ∈ Unity Party"],
        ),
        (
            "two-people-both-of-the-party",
            "Speaker Tomas Reyes, together with Deputy Speaker Laura Binns, both of the Democratic Progressive Party, visited the office.",
            &[
                "Laura Binns ∈ Democratic Progressive Party",
                "Tomas Reyes ∈ Democratic Progressive Party",
            ],
        ),
        (
            "the-party-s-candidates-listed",
            "The Unity Party's candidates, Tomas Reyes and Laura Binns, visited the office.",
            &["Laura Binns ∈ Unity Party", "Tomas Reyes ∈ Unity Party"],
        ),
        // audit 15/16: a union's officer is a member
        (
            "a-union-s-officer",
            "UAW Vice President Ana Lopes said the union will strike.",
            &["Ana Lopes ∈ United Auto Workers"],
        ),
        // audit 15: a relative clause saying whom a body includes
        (
            "a-bloc-which-also-includes",
            "We work in the Pacific Alliance (which also includes Mexico and Colombia) every day.",
            &["Colombia ∈ Pacific Alliance", "Mexico ∈ Pacific Alliance"],
        ),
        (
            "a-bloc-comma-which-comprises",
            "Trade grew in the Andean Community, which comprises Bolivia, Ecuador and Peru.",
            &[
                "Bolivia ∈ Andean Community",
                "Ecuador ∈ Andean Community",
                "Peru ∈ Andean Community",
            ],
        ),
        // audit 15: a listed member as the body's host, or within it
        (
            "the-body-s-host-country",
            "Finance Minister Ana Lopes spoke on behalf of G20 host Indonesia.",
            &["Indonesia ∈ G20"],
        ),
        (
            "solidarity-within-the-body",
            "The two ministers pledged solidarity within ASEAN as the Philippines and Indonesia signed the pact.",
            &["Indonesia ∈ ASEAN", "Philippines ∈ ASEAN"],
        ),
        // ... the host only, not a country the sentence speaks of
        (
            "the-host-not-the-topic",
            "G20 host Indonesia warned about Russia's war in Ukraine.",
            &["Indonesia ∈ G20"],
        ),
        // ... a country that is not on the list is not made a member
        (
            "a-host-not-on-the-list",
            "The G20 summit was hosted by Chile in Santiago.",
            &[],
        ),
        (
            "a-party-s-president-is-a-member",
            "Laura Binns, president of the Civic Party, spoke.",
            &["Laura Binns ∈ Civic Party"],
        ),
        // audit 13: a person apposed as a member
        (
            "a-person-a-member-of",
            "Tomas Berg, a member of the Labour Party, won the seat.",
            &["Tomas Berg ∈ Labour Party"],
        ),
        (
            "a-person-is-a-member-of",
            "Tomas Berg is a member of the Labour Party.",
            &["Tomas Berg ∈ Labour Party"],
        ),
        (
            "a-person-is-not-a-member-of",
            "Tomas Berg is not a member of the Labour Party.",
            &[],
        ),
        // audit 13: a party's group leader is a member of the party
        (
            "a-party-group-s-leader-is-a-member",
            "Labour parliamentary group leader Karl Brandt spoke to reporters.",
            &["Karl Brandt ∈ Labour Party"],
        ),
        // audit 11: the country a summit is about is no member taking part
        (
            "REGRESSION-a-summit-on-a-country",
            "ECOWAS postpones summit on Guinea security",
            &[],
        ),
        (
            "a-summit-of-a-country-and-the-bloc",
            "Ghana hosted the ECOWAS summit on Monday.",
            &["Ghana ∈ Economic Community of West African States"],
        ),
        // audit 10: the count and kind of members before their list, and
        // a list right after a plural member word
        (
            "REGRESSION-five-permanent-members-listed",
            "The UN Security Council’s five permanent members China, France, Russia, the UK, and the US met on Monday.",
            &[
                "China ∈ United Nations Security Council",
                "France ∈ United Nations Security Council",
                "Russia ∈ United Nations Security Council",
                "United Kingdom ∈ United Nations Security Council",
                "United States ∈ United Nations Security Council",
            ],
        ),
        (
            "members-then-two-countries",
            "EU members France and Germany disagreed.",
            &["France ∈ European Union", "Germany ∈ European Union"],
        ),
        // the leader of a body of no known kind is its member
        (
            "the-leader-of-a-body",
            "NSF leader Pieter Brand walked out of the talks.",
            &["Pieter Brand ∈ NSF"],
        ),
        // a person named with a party is its member
        (
            "a-person-named-with-a-party",
            "The winner, Peter Moyo of the Unity Party, was sworn in on Sunday.",
            &["Peter Moyo ∈ Unity Party"],
        ),
        (
            "the-motion-of-peter-moyo",
            "The motion of Peter Moyo of the Unity Trust failed.",
            &[],
        ),
        (
            "poland-estonia-and-other-nato-member",
            "Poland, Estonia and other NATO member states sent troops.",
            &[
                "Estonia ∈ North Atlantic Treaty Organization",
                "Poland ∈ North Atlantic Treaty Organization",
            ],
        ),
        (
            "poland-latvia-and-lithuania-all-members",
            "Poland, Latvia and Lithuania, all members of NATO, agreed.",
            &[
                "Latvia ∈ North Atlantic Treaty Organization",
                "Lithuania ∈ North Atlantic Treaty Organization",
                "Poland ∈ North Atlantic Treaty Organization",
            ],
        ),
        (
            "nato-members-including-belgium-and-spain",
            "NATO members including Belgium and Spain must spend more.",
            &[
                "Belgium ∈ North Atlantic Treaty Organization",
                "Spain ∈ North Atlantic Treaty Organization",
            ],
        ),
        (
            "austria-is-a-member",
            "Austria is a member of the European Union.",
            &["Austria ∈ European Union"],
        ),
        (
            "russia-and-china-permanent-members",
            "Russia and China, permanent members of the UN Security Council, objected.",
            &[
                "China ∈ United Nations Security Council",
                "Russia ∈ United Nations Security Council",
            ],
        ),
        (
            "hungary-a-member-of-both-nato",
            "Hungary, a member of both NATO and the EU, has blocked the package.",
            &[
                "Hungary ∈ European Union",
                "Hungary ∈ North Atlantic Treaty Organization",
            ],
        ),
        (
            "members-of-the-g7-canada-japan",
            "Members of the G7 — Canada, Japan and Italy — agreed on the text.",
            &["Canada ∈ G7", "Italy ∈ G7", "Japan ∈ G7"],
        ),
        (
            "finland-joined-nato-in-2023",
            "Finland joined NATO in 2023.",
            &["Finland ∈ North Atlantic Treaty Organization"],
        ),
        (
            "sweden-has-formally-joined-nato",
            "Sweden has formally joined NATO.",
            &["Sweden ∈ North Atlantic Treaty Organization"],
        ),
        // audit 9: a post in a party is membership; a former one is not
        (
            "a-party-post-is-membership",
            "Lena Voss, SPD secretary-general, said the party was ready.",
            &["Lena Voss ∈ Social Democratic Party of Germany"],
        ),
        (
            "a-former-party-post-is-none",
            "Former SPD secretary-general Lena Voss said the party was ready.",
            &[],
        ),
        (
            "the-council-comprises-a-list",
            "The Nordic Council comprises Sweden, Finland and Iceland.",
            &[
                "Finland ∈ Nordic Council",
                "Iceland ∈ Nordic Council",
                "Sweden ∈ Nordic Council",
            ],
        ),
        (
            "besides-a-and-b-the-bloc-consists-of",
            "Besides Norway and Denmark, the Nordic Council consists of Sweden and Finland.",
            &[
                "Denmark ∈ Nordic Council",
                "Finland ∈ Nordic Council",
                "Norway ∈ Nordic Council",
                "Sweden ∈ Nordic Council",
            ],
        ),
        (
            "a-body-that-would-comprise-asserts-nothing",
            "The new council would comprise Sweden and Finland, officials said.",
            &[],
        ),
        (
            "a-visit-that-includes-countries-is-no-body",
            "The tour includes Sweden and Finland.",
            &[],
        ),
        // wanting, applying or refusing to join asserts nothing
        (
            "wanting-applying-or-refusing-to-join-asserts",
            "Ukraine wants to join NATO.",
            &[],
        ),
        (
            "ukraine-has-not-joined-nato",
            "Ukraine has not joined NATO.",
            &[],
        ),
        (
            "georgia-applied-to-join-the-eu",
            "Georgia applied to join the EU.",
            &[],
        ),
        (
            "norway-never-joined-the-eu",
            "Norway never joined the EU.",
            &[],
        ),
        (
            "nato-member-turkey-objected",
            "NATO member Turkey objected.",
            &["Turkey ∈ North Atlantic Treaty Organization"],
        ),
        (
            "the-united-states-matters-given-washington",
            "The United States matters, given Washington's pivotal role within NATO.",
            &["United States ∈ North Atlantic Treaty Organization"],
        ),
        (
            "others-fear-russian-and-chinese-vetoes",
            "Others fear Russian and Chinese vetoes in the UN Security Council.",
            &[
                "China ∈ United Nations Security Council",
                "Russia ∈ United Nations Security Council",
            ],
        ),
        (
            "others-fear-russia-s-ability",
            "Others fear Russia's ability to veto decisions in the Security Council.",
            &["Russia ∈ United Nations Security Council"],
        ),
        // regression: a mention of the organization in an earlier sentence hid the apposition
        (
            "REGRESSION-a-mention-of-the-organization",
            "NATO allies act\nPoland and Latvia, all members of NATO, asked the alliance for help.",
            &[
                "Latvia ∈ North Atlantic Treaty Organization",
                "Poland ∈ North Atlantic Treaty Organization",
            ],
        ),
        // "Its members include ...": the organization named just before
        // FIXME: a body said to include countries makes no members yet
        (
            "FIXME-a-body-that-includes-countries",
            "The alliance includes Norway and Denmark.",
            &[],
        ),
        (
            "its-members-include-the-organization-named-just",
            "The Joint Expeditionary Force (JEF) will train. Its members include Sweden, Finland and Norway.",
            &[
                "Finland ∈ Joint Expeditionary Force",
                "Norway ∈ Joint Expeditionary Force",
                "Sweden ∈ Joint Expeditionary Force",
            ],
        ),
        // negation, modality and hedging assert nothing
        (
            "negation-modality-and-hedging-assert-nothing",
            "Switzerland is not a member of the European Union.",
            &[],
        ),
        // a rank between the organization and "member"; a relative clause
        (
            "a-rank-between-the-organization-and-member",
            "Sweden, which became NATO's 32nd member in 2024, hosted the talks.",
            &["Sweden ∈ North Atlantic Treaty Organization"],
        ),
        (
            "finland-nato-s-newest-member-objected",
            "Finland, NATO's newest member, objected.",
            &["Finland ∈ North Atlantic Treaty Organization"],
        ),
        (
            "ukraine-which-is-not-a-member",
            "Ukraine, which is not a member of NATO, objected.",
            &[],
        ),
        (
            "norway-could-become-a-member",
            "Norway could become a member of the European Union.",
            &[],
        ),
        (
            "sweden-is-considering-becoming-a-member",
            "Sweden is considering becoming a member of NATO.",
            &[],
        ),
        (
            "the-us-is-not-a-member",
            "The US is not a member of the coalition of the willing.",
            &[],
        ),
        (
            "germany-may-become-a-nato-member",
            "Germany may become a NATO member.",
            &[],
        ),
        (
            "finland-which-may-join-nato-members",
            "Finland, which may join NATO members such as Poland in the exercise, waited.",
            &["Poland ∈ North Atlantic Treaty Organization"],
        ),
        // an obligation of membership, read against the gazetteer's member list
        (
            "an-obligation-of-membership-read-against",
            "NATO ministers met. Greece and Portugal still fall short of the 2% spending target.",
            &[
                "Greece ∈ North Atlantic Treaty Organization",
                "Portugal ∈ North Atlantic Treaty Organization",
            ],
        ),
        (
            "nato-wants-more-norwegian-and-danish",
            "NATO wants more. Norwegian and Danish contributions could reach 3.5 percent of GDP.",
            &[
                "Denmark ∈ North Atlantic Treaty Organization",
                "Norway ∈ North Atlantic Treaty Organization",
            ],
        ),
        // a country the member list lacks is no member, whatever it spends
        (
            "a-country-the-member-list-lacks",
            "NATO watches Moscow. Russia's military spending has passed 6% of GDP, and Ukraine's defence budget is 26% of GDP.",
            &[],
        ),
        (
            "nato-partners-matter-japan-and-austria",
            "NATO partners matter. Japan and Austria plan defence spending of 2% of GDP.",
            &[],
        ),
        (
            "germany-will-meet-nato-s-new",
            "Germany will meet NATO's new target of 5% of GDP, Merz said.",
            &["Germany ∈ North Atlantic Treaty Organization"],
        ),
        // no obligation cue beside the percentage, or no organization named
        (
            "no-obligation-cue-beside-the-percentage",
            "NATO met in Oslo. Italy's economy grew 0.5% last year.",
            &[],
        ),
        (
            "poland-spends-4-of-gdp",
            "Poland spends 4% of GDP on defence.",
            &[],
        ),
        // a listed member named with a cue of membership
        (
            "a-listed-member-named-with-a-cue",
            "Lima, Peru, which holds the APEC chairmanship this year, hosted the ministers.",
            &["Peru ∈ Asia-Pacific Economic Cooperation"],
        ),
        (
            "samoa-s-return-to-the-pacific",
            "Samoa's return to the Pacific Islands Forum was welcomed by the summit.",
            &["Samoa ∈ Pacific Islands Forum"],
        ),
        (
            "ghana-and-senegal-urged-fellow-ecowas",
            "Ghana and Senegal urged fellow ECOWAS members to act.",
            &[
                "Ghana ∈ Economic Community of West African States",
                "Senegal ∈ Economic Community of West African States",
            ],
        ),
        // who takes part in a meeting of the organization, in person or through a leader
        (
            "who-takes-part-in-a-meeting",
            "ECOWAS leaders met in Abuja on 30 July. Present were Presidents Kwame Tetteh (Ghana) and Ousmane Kane (Senegal).",
            &[
                "Ghana ∈ Economic Community of West African States",
                "Senegal ∈ Economic Community of West African States",
            ],
        ),
        (
            "mercosur-nations-argentina-brazil-and-uruguay",
            "Mercosur nations Argentina, Brazil and Uruguay backed the deal.",
            &[
                "Argentina ∈ Mercosur",
                "Brazil ∈ Mercosur",
                "Uruguay ∈ Mercosur",
            ],
        ),
        (
            "other-asean-leaders-at-the-summit",
            "Other ASEAN leaders at the summit included Thai Prime Minister Somchai Wong.",
            &["Thailand ∈ ASEAN"],
        ),
        // regression: the place of a summit, a title's country: no member
        (
            "REGRESSION-the-place-of-a-summit-a-title",
            "Pakistan became a full member at the SCO summit in Kazakhstan.",
            &["Pakistan ∈ Shanghai Cooperation Organisation"],
        ),
        (
            "italy-s-g7-presidency-is-working",
            "Italy's G7 presidency is working well, US secretary of state Ann Bell said.",
            &["Italy ∈ G7"],
        ),
        // who attends a meeting of a body's members is a member
        (
            "who-attends-a-meeting-of-a-body",
            "Members of the SADC Council are meeting in Lusaka on 3 June. Present are Presidents Kwame Tetteh (Ghana) and Ousmane Kane (Senegal).",
            &["Kwame Tetteh ∈ SADC Council", "Ousmane Kane ∈ SADC Council"],
        ),
        // regression: membership under way is not membership
        (
            "REGRESSION-membership-under-way-is-not-membership",
            "Ministers agreed on the procedure of granting SCO membership to Belarus.",
            &[],
        ),
        // no cue, a country off the list, or membership hedged: none
        (
            "no-cue-a-country-off-the-list",
            "Kenya praised the African Union for its mediation.",
            &[],
        ),
        (
            "ecowas-leaders-threatened-burkina-faso",
            "ECOWAS leaders threatened Burkina Faso with sanctions.",
            &[],
        ),
        (
            "morocco-said-it-would-leave",
            "Morocco said it would leave the African Union summit early.",
            &[],
        ),
        // a body's short description does not end a list of bodies
        (
            "a-body-s-short-description-does",
            "Canada remains a member of NATO, the G7 group of rich democracies and the G20.",
            &[
                "Canada ∈ G20",
                "Canada ∈ G7",
                "Canada ∈ North Atlantic Treaty Organization",
            ],
        ),
        // the country whose leader chairs a listed body
        (
            "the-country-whose-leader-chairs-a-listed",
            "ECOWAS is split. Ghana's President Kwame Tetteh, the chairman of the ECOWAS Authority, spoke.",
            &["Ghana ∈ Economic Community of West African States"],
        ),
        // regression: the subject before a relative clause
        (
            "REGRESSION-the-subject-before-a-relative-clause",
            "Norway, which voted against joining the EU twice, remains a member of NATO.",
            &["Norway ∈ North Atlantic Treaty Organization"],
        ),
        // modality on the amount keeps the presupposition; on membership it yields none
        (
            "modality-on-the-amount-keeps-the-presupposition",
            "NATO met. Italy should meet the 2% spending target.",
            &["Italy ∈ North Atlantic Treaty Organization"],
        ),
        (
            "nato-met-spain-may-reach-2",
            "NATO met. Spain may reach 2% of GDP in defence spending next year.",
            &["Spain ∈ North Atlantic Treaty Organization"],
        ),
        (
            "nato-met-belgium-plans-to-raise",
            "NATO met. Belgium plans to raise defence spending to 2.5% of GDP.",
            &["Belgium ∈ North Atlantic Treaty Organization"],
        ),
        (
            "nato-met-sweden-would-have",
            "NATO met. Sweden would have to spend 2% of GDP on defence if it joins.",
            &[],
        ),
        (
            "nato-met-partner-countries-finland",
            "NATO met. Partner countries Finland and Sweden spend 1.5% of GDP on defence.",
            &[],
        ),
        (
            "nato-met-in-2020-sweden",
            "NATO met in 2020. Sweden, not yet a member, spent 1.2% of GDP on defence.",
            &[],
        ),
        (
            "the-eu-is-worried-italy-s",
            "The EU is worried. Italy's deficit stands at 3.4% of GDP, above the limit.",
            &["Italy ∈ European Union"],
        ),
    ];
    for (id, text, want) in cases {
        let (mut got, ..) = labels(text);
        got.sort();
        assert_eq!(got, *want, "{id}: {text}");
    }
}

#[test]
fn leadership_in_a_table_of_cases() {
    let cases: &[(&str, &str, &[&str])] = &[
        // review 22: the coalition a party is in is led, not the party
        (
            "REGRESSION-the-coalition-a-party-is-in-is-led-not-the-party",
            "Marco Bellini leads the Forza Italia party, junior partner in the ruling coalition led by Giulia Conti.",
            &["Marco Bellini → Forza Italia"],
        ),
        (
            "a-body-s-apposed-noun-is-the-body",
            "The Joint Expeditionary Force, a coalition led by the United Kingdom, met.",
            &["United Kingdom → Joint Expeditionary Force"],
        ),
        // regression (audit 20): a senior leader of a body does not lead it
        (
            "REGRESSION-a-senior-leader-does-not-lead",
            "Senior Liberal Union leader Eva Lind addressed the rally.",
            &[],
        ),
        // regression (audit 18): a body before a post after "led by" names
        // the leader's post; a group in another clause is led, not the body
        (
            "REGRESSION-led-by-a-party-s-mp",
            "The Green Party, led by Civic Alliance MP Tomas Kalnins, won.",
            &["Tomas Kalnins → Green Party"],
        ),
        (
            "REGRESSION-while-it-is-led-by-is-the-body-s-own-aside",
            "The Labour Party, while it is led by Keir Starmer, has promised change.",
            &["Keir Starmer → Labour Party"],
        ),
        (
            "REGRESSION-while-led-by-is-the-body-s-own-aside",
            "The Conservative Party, while led by Rishi Sunak, lost 250 seats.",
            &["Rishi Sunak → Conservative Party"],
        ),
        (
            "REGRESSION-a-group-in-another-clause-is-led",
            "The petition came from relatives of Green Front (GF) fighters, while a group of lawyers led by the Civic Alliance made submissions.",
            &[],
        ),
        // audit 16: a delegation with members from a party, headed by X
        (
            "REGRESSION-a-delegation-from-a-party-headed-by",
            "A delegation of ten lawmakers, including two from the Green Unity Party (GUP) headed by Tomas Berg, will meet the minister.",
            &[],
        ),
        // audit 15/16: a union's president or general secretary heads it
        (
            "a-union-s-president",
            "UAW President Paul Marsh said the union will strike.",
            &["Paul Marsh → United Auto Workers"],
        ),
        (
            "a-union-s-general-secretary",
            "Mick Lynch, general secretary of the RMT, said the strike would go ahead.",
            &["Mick Lynch → National Union of Rail, Maritime and Transport Workers"],
        ),
        // "at the helm of", "co-chair", "presides over", "under the
        // leadership of"
        (
            "at-the-helm-co-chair-presides-under-the-leadership",
            "Laura Binns, who is at the helm of the Olympic Council of Asia, spoke. Russia and Saudi Arabia co-chair OPEC+. Paul Marsh presides over the African Union. Under the leadership of Ana Ruiz, the Pacific Islands Forum grew.",
            &[
                "Ana Ruiz → Pacific Islands Forum",
                "Laura Binns → Olympic Council of Asia",
                "Paul Marsh → African Union",
                "Russia → OPEC+",
                "Saudi Arabia → OPEC+",
            ],
        ),
        // regression (review): a party unit's president leads the unit
        (
            "REGRESSION-a-party-unit-s-president",
            "Laura Binns, president of the Civic Party in Catalonia, met Paul Marsh, president of the Civic Party’s youth wing.",
            &[],
        ),
        (
            "at-the-helm-of-something-else",
            "Laura Binns was at the helm of the ship when Toyota called.",
            &[],
        ),
        // a party's president or secretary general heads it, and is its
        // member; a party unknown to the gazetteer by its name
        (
            "a-party-s-president",
            "Laura Binns, president of the Civic Party, met Paul Marsh, Secretary General of the Labour Party.",
            &["Laura Binns → Civic Party"],
        ),
        // ... not its vice president
        (
            "a-union-s-vice-president",
            "UAW Vice President Ana Lopes said the union will strike.",
            &[],
        ),
        // regression (audit 13): a party's group leader leads no party
        (
            "REGRESSION-a-party-group-s-leader-leads-no-party",
            "Labour parliamentary group leader Karl Brandt spoke to reporters.",
            &[],
        ),
        // an organization's elected president heads it; a country's is no
        // organization's head
        // regression (audit 8): leading a body's response is not leading it
        (
            "REGRESSION-leading-something-of-a-body",
            "Finance Minister Ana Ruiz led the IMF's response to the crisis.",
            &[],
        ),
        (
            "an-organization-s-elected-president-heads",
            "Kenji Mori was elected president of the Liberal Democratic Party on Friday.",
            &["Kenji Mori → Liberal Democratic Party"],
        ),
        (
            "william-ruto-was-elected-president",
            "William Ruto was elected president of Kenya in 2022.",
            &[],
        ),
        (
            "the-coalition-of-the-willing-led",
            "The coalition of the willing, led by Britain and France, met again.",
            &[
                "France → Coalition of the Willing",
                "United Kingdom → Coalition of the Willing",
            ],
        ),
        (
            "the-coalition-of-the-willing-met",
            "The coalition of the willing met. The coalition is led by Britain and France.",
            &[
                "France → Coalition of the Willing",
                "United Kingdom → Coalition of the Willing",
            ],
        ),
        (
            "france-and-britain-which-lead",
            "France and Britain, which lead the coalition of the willing, sent troops.",
            &[
                "France → Coalition of the Willing",
                "United Kingdom → Coalition of the Willing",
            ],
        ),
        (
            "france-and-britain-sent-envoys",
            "France and Britain sent envoys. The coalition of the willing held talks, led by Paris and London.",
            &[
                "France → Coalition of the Willing",
                "United Kingdom → Coalition of the Willing",
            ],
        ),
        // modality and suggestion assert nothing
        (
            "modality-and-suggestion-assert-nothing",
            "Italy suggested that the United Nations could take the lead of the coalition of the willing.",
            &[],
        ),
        (
            "the-coalition-of-the-willing-could",
            "The coalition of the willing could be led by Germany.",
            &[],
        ),
        // a counted plural title over a bracketed list of names
        (
            "a-counted-plural-title-over-a-bracketed",
            "The European Commission met. Ana Ruiz's new Commission will be led by three executive vice-presidents (Latvia's Anna Berzina, Malta's Paul Borg and Greece's Eleni Pappa).",
            &[
                "Anna Berzina → European Commission",
                "Eleni Pappa → European Commission",
                "Paul Borg → European Commission",
            ],
        ),
        // the holder of an organization's leading post or chair leads it
        (
            "the-holder-of-an-organization-s-leading",
            "Labour Party leader Keir Starmer spoke first.",
            &["Keir Starmer → Labour Party"],
        ),
        (
            "the-summit-opened-peru-which-holds",
            "The summit opened. Peru, which holds the APEC chairmanship, welcomed the delegates.",
            &["Peru → Asia-Pacific Economic Cooperation"],
        ),
        (
            "kenya-s-president-william-ruto-handed",
            "Kenya's President William Ruto handed over the EAC chairmanship to Burundi's President Evariste Ndayishimiye.",
            &["Evariste Ndayishimiye → East African Community"],
        ),
        (
            "the-vote-was-close-mpla-leader",
            "The vote was close. MPLA leader Joana Santos conceded nothing.",
            &["Joana Santos → MPLA"],
        ),
        (
            "former-labour-party-leader-jeremy-corbyn",
            "Former Labour Party leader Jeremy Corbyn spoke first.",
            &[],
        ),
        (
            "kenya-is-bidding-for-the-chairmanship",
            "Kenya is bidding for the chairmanship of the African Union Commission.",
            &[],
        ),
        // who hosts a meeting leads it; a place that hosts leads nothing
        (
            "who-hosts-a-meeting-leads",
            "Leaders gathered in Lima on 3 June. Ana Ruiz then hosted the leaders of the region.",
            &["Ana Ruiz → meeting 0"],
        ),
        (
            "ministers-met-in-oslo-on-3",
            "Ministers met in Oslo on 3 June. The headquarters in Oslo will host the next meeting.",
            &[],
        ),
        (
            "gulf-ministers-met-in-riyadh",
            "Gulf ministers met in Riyadh on 3 June. Saudi Foreign Minister Faisal bin Farhan chaired the meeting.",
            &["Faisal bin Farhan → meeting 0"],
        ),
        (
            "faisal-bin-farhan-said-the-meeting",
            "Faisal bin Farhan said the meeting in Riyadh on 3 June went well.",
            &[],
        ),
        // thanked "for hosting": the hosts lead the meeting the verb names —
        // new ("several rounds of dialogue") or reported before ("the talks")
        (
            "thanked-for-hosting-the-hosts-lead",
            "Chile and Peru held talks in Lima on 3 May. Both thanked Ecuador and Bolivia for hosting several rounds of dialogue between 2021 and 2022, and the Brazilian leaders and government for hosting the talks.",
            &[
                "Bolivia → meeting 1",
                "Brazil → meeting 0",
                "Ecuador → meeting 1",
            ],
        ),
    ];
    for (id, text, want) in cases {
        let (_, mut got, ..) = labels(text);
        got.sort();
        assert_eq!(got, *want, "{id}: {text}");
    }
}

#[test]
fn positions_in_a_table_of_cases() {
    let cases: &[(&str, &str, &[&str])] = &[
        // review 22: "its" before a government's post is a country's
        (
            "REGRESSION-its-is-the-sentence-s-subject-after-the",
            "The Saudi delegation in the 2012 Los Cabos, Mexico summit was led by its finance minister, Ibrahim Assaf.",
            &["Ibrahim Assaf: Finance Minister of Saudi Arabia"],
        ),
        (
            "REGRESSION-its-premier-is-no-summit-s",
            "The foreign ministry confirmed that the G20 summit in Delhi will be attended by its premier Li Qiang.",
            &["Li Qiang: Premier of "],
        ),
        // review 22: an appointing body is no owner where the post names one
        (
            "REGRESSION-the-owner-after-the-title-over-the-appointing-body",
            "The Shura Council of the Movement announced the election of Omar Saleh as the new chairman of the Hamas political bureau.",
            &["Omar Saleh: (new) Chairman of Hamas"],
        ),
        // audit 22: a press release's roster gives the owner after the title
        (
            "a-roster-owner-after-an-apposed-title",
            "She will meet Cardinal Luca Bassi, Secretary of State, Holy See, and others.",
            &[
                "Luca Bassi: Cardinal of ",
                "Luca Bassi: Secretary of State of Vatican City",
            ],
        ),
        (
            "no-roster-owner-from-a-list-of-countries",
            "The deal was signed by Ana Ruiz, Foreign Minister, Chile, and Peru's envoy.",
            &["Ana Ruiz: Foreign Minister of "],
        ),
        // audit 22: an organization's title named without its owner is of
        // the one organization the article gives it of
        (
            "a-former-deputy-governor-of-the-one-bank-with-deputy-governors",
            "Lena Dube was appointed Deputy Governor of the Central Bank of Kenya. She succeeds former Deputy Governor Peter Kamau.",
            &[
                "Lena Dube: Deputy Governor of Central Bank of Kenya",
                "Peter Kamau: (former) Deputy Governor of Central Bank of Kenya",
            ],
        ),
        (
            "no-owner-of-the-title-beside-another-body",
            "Lena Dube was appointed Deputy Governor of the Central Bank of Kenya. Former Deputy Governor Peter Kamau now advises the World Bank.",
            &[
                "Lena Dube: Deputy Governor of Central Bank of Kenya",
                "Peter Kamau: (former) Deputy Governor of ",
            ],
        ),
        (
            "chief-cabinet-secretary-is-one-post",
            "Chief Cabinet Secretary Yuki Mori spoke to reporters.",
            &["Yuki Mori: Chief Cabinet Secretary of "],
        ),
        // audit 22: owners told around the post
        (
            "a-capitalized-qualifier-between-owner-and-title",
            "Talks with Peru's Acting Foreign Minister Rosa Quispe went well.",
            &["Rosa Quispe: (acting) Foreign Minister of Peru"],
        ),
        (
            "reappointed-as-governor-of-a-bank",
            "The president reappointed Mr Tomas Ruiz as Governor of the Bank of Mexico for five years.",
            &["Tomas Ruiz: Governor of Bank of Mexico"],
        ),
        (
            "posts-apposed-to-a-counterpart",
            "In Rome she will meet her Italian counterpart Marco Bellini, Deputy Prime Minister and Minister of Foreign Affairs, on Monday.",
            &[
                "Marco Bellini: Deputy Prime Minister of Italy",
                "Marco Bellini: Foreign Minister of Italy",
            ],
        ),
        (
            "a-post-apposed-to-a-possessive-country",
            "The talks were led by Japan's Kenji Sato, the foreign minister.",
            &["Kenji Sato: Foreign Minister of Japan"],
        ),
        (
            "his-foreign-minister-is-of-his-country",
            "Argentine President Jorge Ruiz stayed home. Ruiz sent his foreign minister, Ana Costa, in his place.",
            &[
                "Jorge Ruiz: President of Argentina",
                "Ana Costa: Foreign Minister of Argentina",
            ],
        ),
        (
            "his-foreign-minister-of-a-president-of-no-known-country",
            "President Jorge Ruiz sent his foreign minister, Ana Costa.",
            &[
                "Jorge Ruiz: President of ",
                "Ana Costa: Foreign Minister of ",
            ],
        ),
        // audit 21: the one represented holds a post of the representative's
        // country, where the sentence names one country only
        (
            "on-behalf-of-the-president-of-the-representative-s-country",
            "Kenyan Prime Minister Joseph Mwangi is attending on behalf of President Daniel Otieno.",
            &[
                "Joseph Mwangi: Prime Minister of Kenya",
                "Daniel Otieno: President of Kenya",
            ],
        ),
        (
            "on-behalf-of-a-president-beside-two-countries",
            "Kenyan envoy Ali Omar met Ugandan officials on behalf of President Daniel Otieno.",
            &["Ali Omar: Envoy of Kenya", "Daniel Otieno: President of "],
        ),
        // audit 20-21: "the election/appointment of X as TITLE"
        (
            "the-election-of-a-name-as-chair",
            "The summit was marked by the election of Kenya’s President, Dr. Daniel Otieno, as the Chairperson of the EAC.",
            &[
                "Daniel Otieno: Chairman of East African Community",
                "Daniel Otieno: President of Kenya",
            ],
        ),
        (
            "the-appointment-of-a-name-as-governor",
            "Lina Dizon welcomed the appointment of Lina Cruz as the next governor of the Central Bank of Kenya.",
            &["Lina Cruz: Governor of Central Bank of Kenya"],
        ),
        // audit 21: "NAME who has been named TITLE", without a comma
        (
            "a-name-who-has-been-named-a-title",
            "The list includes David Okot who has been named Minister of State for Energy.",
            &["David Okot: Minister of State of "],
        ),
        // regression (audit 21): in a list of "NAME as the TITLE" each title
        // is the name's before it, not the next one's; a nationality is no
        // journalist's employer
        (
            "REGRESSION-a-list-of-names-as-titles",
            "The President kept Grace Atim as the Vice President, Rt. Hon. Peter Okello as the Prime Minister and Sarah Nanyonga as the 2nd Deputy Prime Minister.",
            &[
                "Grace Atim: Vice President of ",
                "Peter Okello: Prime Minister of ",
                "Sarah Nanyonga: Deputy Prime Minister of ",
            ],
        ),
        (
            "REGRESSION-a-nationality-is-no-journalist-s-employer",
            "He called for efforts to find Kenyan journalists Peter Omondi and Ali Hassan.",
            &[],
        ),
        (
            "a-journalist-of-an-outlet",
            "BBC journalist Peter Omondi reported from Nairobi.",
            &["Peter Omondi: Journalist of BBC"],
        ),
        // audit 20: a deputy of a parliament after a party word; the head
        // of a government called president of its council of ministers; a
        // senior leader of a body is one of its leaders, not its leader
        (
            "a-party-s-deputy",
            "Vidal was received by Socialist Deputy Marta Rojas.",
            &["Marta Rojas: Deputy of "],
        ),
        (
            "REGRESSION-deputy-amir-is-a-title-not-a-deputy-named-amir",
            "Deputy Amir opens new session\n\nThe Deputy Amir opened the new session on Tuesday.",
            &[],
        ),
        (
            "president-of-the-council-of-ministers-after-the-name",
            "Hugo Quispe, president of the Council of Ministers of Bolivia, said the talks had failed.",
            &["Hugo Quispe: President of the Council of Ministers of Bolivia"],
        ),
        (
            "president-of-the-council-of-ministers-before-the-name",
            "The president of the Council of Ministers of Bolivia, Hugo Quispe, said the talks had failed.",
            &["Hugo Quispe: President of the Council of Ministers of Bolivia"],
        ),
        (
            "REGRESSION-a-senior-leader-of-a-body",
            "Senior Liberal Union leader Eva Lind addressed the rally.",
            &["Eva Lind: Senior Leader of Liberal Union"],
        ),
        (
            "REGRESSION-a-senior-leader-of-a-body-apposed",
            "A senior Liberal Union leader, Eva Lind, addressed the rally.",
            &["Eva Lind: Senior Leader of Liberal Union"],
        ),
        // audit 20: a national post with no owner is the article's own
        // country's: its dateline's, or the one country it names; not a
        // visitor's, not where two countries are named, not a president
        // named beside a body
        (
            "a-post-of-the-datelines-country",
            "NAIROBI — Foreign Minister Ada Wanjiru on Tuesday discussed Kenya's trade with envoys.",
            &["Ada Wanjiru: Foreign Minister of Kenya"],
        ),
        (
            "a-post-of-the-one-country-named",
            "Latvia's new cabinet was sworn in on Monday. Finance Minister Arlo Vint kept his post.",
            &["Arlo Vint: Finance Minister of Latvia"],
        ),
        (
            "no-home-post-beside-another-country",
            "MANILA: Ties between Malaysia and the Philippines grew as Prime Minister Anwar Hashim and President Ramon Cruz met. Malaysia thanked the Philippines.",
            &[
                "Anwar Hashim: Prime Minister of ",
                "Ramon Cruz: President of ",
            ],
        ),
        (
            "a-home-post-beside-another-countrys-post",
            "WASHINGTON — Homeland Security Secretary Ana Ruiz met Mexican President Luis Vera on Wednesday in Mexico City. The United States and Mexico agreed.",
            &[
                "Ana Ruiz: Homeland Security Secretary of United States",
                "Luis Vera: President of Mexico",
            ],
        ),
        // regression (review 20): no home country from a country named
        // only after a preposition, or only in a dateline; none where a
        // province governs, or a traveller returns; no country's president
        // after a body's name
        (
            "REGRESSION-no-home-from-a-country-after-a-preposition",
            "President Harold Pemberton said the tariffs on steel from Mexico would stay. Treasury Secretary Linda Caskey agreed.",
            &[
                "Harold Pemberton: President of ",
                "Linda Caskey: Treasury Secretary of ",
            ],
        ),
        (
            "REGRESSION-no-home-from-a-summits-dateline",
            "GENEVA, Switzerland — Foreign Minister Sergei Lavrenko met Secretary of State Martin Hale. Russia and the United States agreed.",
            &[
                "Sergei Lavrenko: Foreign Minister of ",
                "Martin Hale: Secretary of State of ",
            ],
        ),
        (
            "REGRESSION-no-home-for-a-provinces-posts",
            "TORONTO — Ontario Finance Minister Greg Halvorsen tabled a budget. Canada's largest province will borrow less, Premier Dana McAllister said.",
            &[
                "Greg Halvorsen: Finance Minister of ",
                "Dana McAllister: Premier of ",
            ],
        ),
        (
            "REGRESSION-no-home-for-a-clubs-president",
            "MADRID — Real Madrid President Florentino Ruiz said Spain's league was the best.",
            &["Florentino Ruiz: President of "],
        ),
        (
            "REGRESSION-no-home-for-a-regions-minister",
            "DRESDEN, Germany — Saxony's Interior Minister Armin Lang said the group was banned. Germany's prosecutors agreed.",
            &["Armin Lang: Interior Minister of "],
        ),
        (
            "REGRESSION-no-home-for-a-visiting-prime-minister",
            "NAIROBI, Kenya — Visiting Prime Minister Hage Namwandi met Kenya's president, Samuel Kariuki, on Monday.",
            &[
                "Hage Namwandi: Prime Minister of ",
                "Samuel Kariuki: President of Kenya",
            ],
        ),
        (
            "REGRESSION-no-home-for-a-returning-traveller",
            "President Javier Mendoza returned from Israel on Friday after a two-day stay.",
            &["Javier Mendoza: President of "],
        ),
        (
            "a-visitor-keeps-his-country",
            "NAIROBI — Ugandan President Musa Kato arrived on Monday. President Kato met traders.",
            &["Musa Kato: President of Uganda"],
        ),
        (
            "no-home-country-among-two",
            "Prime Minister Arjun Mehta spoke of ties between Nepal and India.",
            &["Arjun Mehta: Prime Minister of "],
        ),
        (
            "a-company-president-is-no-countrys",
            "Safaricom said on Monday that profits in Kenya rose. President Jane Wambui thanked the staff.",
            &["Jane Wambui: President of "],
        ),
        (
            "a-state-premier-is-no-countrys",
            "Australia's east coast flooded. Premier Tom Hale toured the towns.",
            &["Tom Hale: Premier of "],
        ),
        // audit 20: a minister's post in a country's cabinet is the country's
        (
            "a-minister-in-a-countrys-new-cabinet",
            "SDP leader Vesna Horvat will serve as economy minister in Croatia's new cabinet.",
            &[
                "Vesna Horvat: Economy Minister of Croatia",
                "Vesna Horvat: Leader of SDP",
            ],
        ),
        // audit 20: a portfolio before "Secretary" is the title's
        (
            "finance-secretary-before-a-name",
            "Philippine Finance Secretary Ramon Dizon met Kenyan Finance Minister Ada Wanjiru in Manila.",
            &[
                "Ramon Dizon: Finance Secretary of Philippines",
                "Ada Wanjiru: Finance Minister of Kenya",
            ],
        ),
        // regression (review 18): a body's name after the country of a
        // post is not the holder's ("the head of Zambia Sugar X")
        (
            "REGRESSION-a-body-after-the-country-of-a-post",
            "The head of Zambia Sugar Rebecca Katowa spoke.",
            &[],
        ),
        // audit 18: the owner's bracketed short name before the name
        (
            "post-of-a-party-and-its-acronym-before-the-name",
            "He met General Secretary of the Green Party (GP) Peter Vance.",
            &["Peter Vance: General Secretary of Green Party"],
        ),
        // audit 18: legal and religious titles, a rank before them, and
        // abbreviated honorifics that end no sentence
        (
            "solicitor-general-is-no-military-general",
            "Senior Deputy Solicitor General Laura Binns and State Counsel Peter Vance argued the case.",
            &[
                "Laura Binns: Senior Deputy Solicitor General of ",
                "Peter Vance: State Counsel of ",
            ],
        ),
        (
            "chief-incumbent-after-a-temple-and-ven",
            "The President met the Chief Incumbent of Sanchi Vihara Ven. Tomas Kalnins on Monday.",
            &["Tomas Kalnins: Chief Incumbent of "],
        ),
        (
            "amb-abbreviated-before-a-name",
            "Amb. Laura Binns received Tomas Reyes in Lima.",
            &["Laura Binns: Ambassador of "],
        ),
        (
            "rapporteur-of-a-bureau",
            "Tomas Reyes has been elected Rapporteur of the AU Bureau.",
            &["Tomas Reyes: Rapporteur of AU Bureau"],
        ),
        (
            "h-e-without-its-last-full-stop",
            "Laura Binns met the Minister of Foreign Affairs of Chile, H.E Tomas Reyes, in Lima.",
            &["Tomas Reyes: Foreign Minister of Chile"],
        ),
        // audit 15: a body named by its kind after "of"
        (
            "general-secretary-of-union-x",
            "Anna Berg, general secretary of union XTU, said the strike would go ahead.",
            &["Anna Berg: General Secretary of XTU"],
        ),
        // audit 15: an honorific with a curly apostrophe after the title
        (
            "a-curly-dato-after-the-title",
            "Malaysian Foreign Minister Dato’ Sri Amir Hassan arrived on Monday.",
            &["Amir Hassan: Foreign Minister of Malaysia"],
        ),
        // audit 15: the plural of a title ending in a consonant and "y"
        (
            "cabinet-secretaries-before-two-names",
            "Cabinet Secretaries Mary Wanjiru and Peter Otieno attended the talks.",
            &[
                "Mary Wanjiru: Cabinet Secretary of ",
                "Peter Otieno: Cabinet Secretary of ",
            ],
        ),
        // audit 15: a body and its short name in brackets before the title
        (
            "a-body-and-its-acronym-before-the-title",
            "Asian Football Confederation (AFC) President Omar Haddad won the vote on Monday.",
            &["Omar Haddad: President of Asian Football Confederation"],
        ),
        // audit 15: an adjective before the demonym
        (
            "an-adjective-before-the-demonym",
            "Conservative French Prime Minister Louis Garnier spoke on Monday.",
            &["Louis Garnier: Prime Minister of France"],
        ),
        // audit 15: a bare minister's portfolio of two words
        (
            "minister-for-climate-change",
            "Omar Haddad will meet Minister for Climate Change Rosa Campos and Climate Change Minister Ana Ruiz.",
            &[
                "Rosa Campos: Climate Change Minister of ",
                "Ana Ruiz: Climate Change Minister of ",
            ],
        ),
        // regression (review): a bare "chief" or "lead" before a rank or a
        // post is no part of it; a word that describes the holder is no
        // field
        (
            "REGRESSION-chief-before-a-rank-lead-as-a-verb",
            "Sudan’s army chief General Ana Ruiz met Luis Vera, who will lead President Omar Haddad’s delegation.",
            &[
                "Ana Ruiz: Army Chief of Sudan",
                "Ana Ruiz: General of ",
                "Omar Haddad: President of ",
            ],
        ),
        (
            "REGRESSION-a-describing-word-is-no-field",
            "Boeing’s embattled chief Ana Ruiz met Sudan’s paramilitary chief Luis Vera.",
            &["Ana Ruiz: Chief of Boeing", "Luis Vera: Chief of "],
        ),
        // audit 17: ranks written with a hyphen, and a post then a rank
        (
            "hyphenated-ranks-and-a-post-before-a-rank",
            "IDF Chief-of-Staff Lt.-Gen. Ana Ruiz met Maj.-Gen. Luis Vera.",
            &[
                "Ana Ruiz: Chief of Staff of Israel Defense Forces",
                "Ana Ruiz: Lieutenant General of ",
                "Luis Vera: Major General of ",
            ],
        ),
        // regression (audit 17): a title that opens a new clause is no
        // apposition to the name before it
        (
            "REGRESSION-a-title-opening-a-clause-is-no-apposition",
            "He spoke with the President of the European Council, Ana Ruiz, the Prime Minister pleaded for unity.",
            &["Ana Ruiz: President of European Council"],
        ),
        // a word of rank, with a portfolio after it, is the title's
        (
            "a-word-of-rank-and-a-portfolio-before-the-title",
            "Japan’s chief trade negotiator Akira Sato met National President Rosa Campos and Principal Secretaries Ana Ruiz and Omar Haddad.",
            &[
                "Akira Sato: Chief Trade Negotiator of Japan",
                "Rosa Campos: National President of ",
                "Ana Ruiz: Principal Secretary of ",
                "Omar Haddad: Principal Secretary of ",
            ],
        ),
        // a field in lower case between an owner and a bare title
        (
            "a-field-in-lower-case-before-minister-or-chief",
            "Saudi oil minister Omar Haddad met Japan’s regulatory reform minister Akira Sato and Britain’s tax chief Rosa Campos.",
            &[
                "Omar Haddad: Oil Minister of Saudi Arabia",
                "Akira Sato: Regulatory Reform Minister of Japan",
                "Rosa Campos: Tax Chief of United Kingdom",
            ],
        ),
        (
            "a-qualifier-before-minister-is-no-field",
            "The Saudi former minister Omar Haddad spoke.",
            &["Omar Haddad: (former) Minister of Saudi Arabia"],
        ),
        (
            "a-word-of-rank-inside-a-name-is-the-name-s",
            "Scottish National Party leader Rosa Campos spoke.",
            &["Rosa Campos: Leader of Scottish National Party"],
        ),
        // audit 15: an honorific of office between title and name
        (
            "his-excellency-after-the-title",
            "Foreign Minister of Peru H E Rosa Campos met His Excellency Tomas Berg, Trade Minister of Chile.",
            &[
                "Rosa Campos: Foreign Minister of Peru",
                "Tomas Berg: Trade Minister of Chile",
            ],
        ),
        // audit 13: posts stated by a copula with a word of time, an
        // apposition with one, a post's seat between owner and holder
        (
            "has-been-deputy-governor-since",
            "Tomas Berg has been deputy governor of the Bank of Chile since 2012.",
            &["Tomas Berg: Deputy Governor of Bank of Chile"],
        ),
        (
            "who-is-also-the-chair",
            "President Lina Moreau, who is also the Chairperson of ECOWAS, welcomed the result.",
            &[
                "Lina Moreau: Chairman of Economic Community of West African States",
                "Lina Moreau: President of ",
            ],
        ),
        (
            "until-now-the-deputy-minister",
            "Tomas Berg, until now the deputy governor of the Bank of Chile, spoke to reporters.",
            &["Tomas Berg: (former) Deputy Governor of Bank of Chile"],
        ),
        (
            "currently-the-deputy-governor",
            "Tomas Berg, currently the deputy governor of the Bank of Chile, spoke to reporters.",
            &["Tomas Berg: Deputy Governor of Bank of Chile"],
        ),
        (
            "consul-general-of-a-country-in-a-city",
            "The Consul General of Brazil in Lagos, Ana Ribeiro, visited the governor.",
            &["Ana Ribeiro: Consul General of Brazil"],
        ),
        (
            "had-been-is-a-former-post",
            "Tomas Berg had been governor of the Bank of Chile for a decade.",
            &["Tomas Berg: (former) Governor of Bank of Chile"],
        ),
        // audit 14: a portfolio in lower case between owner and title; an
        // honorific between "TITLE of OWNER" and the name
        (
            "the-eu-climate-commissioner",
            "Maria Lund, the EU climate commissioner, repeated calls for cuts.",
            &["Maria Lund: Commissioner of European Union"],
        ),
        (
            "director-of-a-body-dr-x",
            "The Director of UNESCO Dr Karim Fawzi spoke on Monday.",
            &["Karim Fawzi: Director of UNESCO"],
        ),
        // audit 13: a post passed on: the one who holds it and the next
        (
            "replaced-as-governor-by",
            "Tomas Berg will be replaced as governor of the Bank of Chile by Lina Moreau.",
            &[
                "Tomas Berg: Governor of Bank of Chile",
                "Lina Moreau: Governor of Bank of Chile",
            ],
        ),
        (
            "succeeded-as-ceo-by-of-the-predecessor-s-company",
            "Siemens chief executive Karl Dahl, 60, said he would go. Dahl, will be succeeded as chief executive by Lina Moreau.",
            &[
                "Karl Dahl: Chief Executive of Siemens",
                "Lina Moreau: Chief Executive of Siemens",
            ],
        ),
        // (no owner known: no post)
        (
            "replaced-as-governor-by-without-owner",
            "Tomas Berg will be replaced as governor by Lina Moreau.",
            &[],
        ),
        // audit 14: a plural title over the list of names apposed to it
        (
            "plural-title-then-a-list",
            "The president was accompanied by Chile's deputy foreign ministers, Tomas Berg and Lina Moreau.",
            &[
                "Tomas Berg: Deputy Foreign Minister of Chile",
                "Lina Moreau: Deputy Foreign Minister of Chile",
            ],
        ),
        // ("the respective ministers, A and B": each of a country unnamed)
        (
            "the-respective-ministers-a-and-b",
            "The presidents were accompanied by the respective foreign ministers, Tomas Berg and Lina Moreau.",
            &[],
        ),
        // regression (audit 14): one name after a plural title and a comma
        // is the next clause's subject
        (
            "REGRESSION-with-world-leaders-comma-a-subject",
            "While Ana Lopes sat with top world leaders, Tomas Berg was seated further back.",
            &[],
        ),
        // audit 14: the owner's acronym between "TITLE of OWNER" and the name
        (
            "an-mp-of-a-party-acronym-name",
            "He targeted an MP of the Bahujan Samaj Party (BSP), Imran Qureshi, on Monday.",
            &["Imran Qureshi: MP of Bahujan Samaj Party"],
        ),
        // audit 14: a country's envoy to a body
        (
            "a-country-s-un-envoy",
            "Chile's UN envoy Tomas Berg spoke on Monday.",
            &["Tomas Berg: Envoy of Chile"],
        ),
        (
            "the-un-envoy",
            "UN envoy Tomas Berg spoke on Monday.",
            &["Tomas Berg: Envoy of United Nations"],
        ),
        // audit 14: an honorific between an apposed title and the name
        (
            "REGRESSION-an-honorific-in-a-list-of-titled-names",
            "The summit heard the Chilean Head of State, His Excellency Karl Dahl, the President of the Andean Commission, Mr. Tomas Berg and others.",
            &[
                "Karl Dahl: Head of State of Chile",
                "Tomas Berg: President of Andean Commission",
            ],
        ),
        // audit 13: the counterpart of a post named without its country
        (
            "his-demonym-counterpart-of-an-unowned-post",
            "Foreign Minister Tomas Berg met his Peruvian counterpart Lina Moreau in Lima on May 4.",
            &[
                "Tomas Berg: Foreign Minister of ",
                "Lina Moreau: Foreign Minister of Peru",
            ],
        ),
        // audit 13: a rank between a title and the name; Vice Chancellor
        (
            "a-rank-between-the-title-and-the-name",
            "Cabinet Secretary Maj. Rudy Hartono Wibowo spoke on Monday.",
            &[
                "Rudy Hartono Wibowo: Cabinet Secretary of ",
                "Rudy Hartono Wibowo: Major of ",
            ],
        ),
        (
            "vice-chancellor",
            "Vice Chancellor and Economy Minister Petra Lindahl spoke on Monday.",
            &[
                "Petra Lindahl: Economy Minister of ",
                "Petra Lindahl: Vice Chancellor of ",
            ],
        ),
        // regression (audit 13): leaving a meeting is not leaving the post
        (
            "REGRESSION-left-the-meeting-is-no-former-post",
            "Labour leader Karl Brandt left the meeting early. He was angry.",
            &["Karl Brandt: Leader of Labour Party"],
        ),
        (
            "left-office-is-a-former-post",
            "Finance Minister Karl Brandt left office in May.",
            &["Karl Brandt: (former) Finance Minister of "],
        ),
        // regression (audit 13): the leader of a party's group in
        // parliament holds a post in the party, not its leadership
        (
            "REGRESSION-a-party-group-s-leader",
            "Labour parliamentary group leader Karl Brandt spoke to reporters.",
            &["Karl Brandt: Parliamentary Group Leader of Labour Party"],
        ),
        // audit 13: a title word that is a given name, after a title
        (
            "senator-dean",
            "Sen. Dean Morrow even brought a map.",
            &["Dean Morrow: Senator of "],
        ),
        (
            "british-prime-minister-keir-starmer-spoke",
            "British Prime Minister Keir Starmer spoke.",
            &["Keir Starmer: Prime Minister of United Kingdom"],
        ),
        (
            "nato-secretary-general-mark-rutte-spoke",
            "NATO Secretary General Mark Rutte spoke.",
            &["Mark Rutte: Secretary General of North Atlantic Treaty Organization"],
        ),
        // audit 10: posts someone will take, and a post right after the
        // name an appointment verb governs
        (
            "will-become-chairman-of",
            "Board member Tobias Brenner will become chairman of Siemens next month.",
            &["Tobias Brenner: Chairman of Siemens"],
        ),
        (
            "will-serve-as-interim",
            "Tobias Brenner will serve as interim chief executive of Siemens.",
            &["Tobias Brenner: (interim) Chief Executive of Siemens"],
        ),
        (
            "appointed-a-name-then-the-post",
            "Siemens appointed Tobias Brenner chief executive officer on Monday.",
            &["Tobias Brenner: Chief Executive of Siemens"],
        ),
        (
            "named-a-list-is-no-appointment-of-the-first",
            "The board named Tobias Brenner, Chief Executive Officer Anna Lind and others.",
            &["Anna Lind: Chief Executive of "],
        ),
        // audit 11: posts a cabinet announcement gives ("will be the new",
        // "will take on the role of", "appointed X as a new")
        (
            "will-be-the-new-minister",
            "Economist Rosa Quintana will be the new Transport minister of Peru.",
            &["Rosa Quintana: (new) Transport Minister of Peru"],
        ),
        (
            "will-take-on-the-role-of",
            "Lena Ortiz will take on the role of Health minister.",
            &["Lena Ortiz: Health Minister of "],
        ),
        (
            "appointed-as-a-new-post",
            "Siemens has appointed Tobias Brenner as a new chief financial officer.",
            &["Tobias Brenner: (new) Chief Financial Officer of Siemens"],
        ),
        (
            "will-be-at-a-place-is-no-post",
            "Rosa Quintana will be in Lima with Transport Minister Pablo Soto.",
            &["Pablo Soto: Transport Minister of "],
        ),
        (
            "REGRESSION-its-is-the-company-not-the-country-in-its-name",
            "Kenya Airways on Friday named Paul Mwangi as its new chief executive.",
            &["Paul Mwangi: (new) Chief Executive of Kenya Airways"],
        ),
        // audit 11: a national post named without its owner, in an article
        // that gave the title a country before and names no other
        (
            "owner-named-before-by-a-possessive",
            "Peru’s prime minister has claimed victory. Prime Minister Rosa Quispe told reporters on Sunday that the count was over.",
            &["Rosa Quispe: Prime Minister of Peru"],
        ),
        (
            "owner-named-before-not-in-an-article-of-two-countries",
            "Malaysian Foreign Minister's visit began. Indonesian President Joko Widodo received him. Foreign Minister Retno Marsudi was present.",
            &[
                "Joko Widodo: President of Indonesia",
                "Retno Marsudi: Foreign Minister of ",
            ],
        ),
        (
            "owner-named-before-not-for-a-second-holder",
            "Peru’s prime minister has claimed victory. Prime Minister Rosa Quispe spoke. Prime Minister Ana Lind also spoke.",
            &[
                "Rosa Quispe: Prime Minister of ",
                "Ana Lind: Prime Minister of ",
            ],
        ),
        // audit 12: the whole title before a name that opens with a
        // country's name
        (
            "assistant-secretary-of-state-jordan",
            "Assistant Secretary of State Jordan Ellis met the minister.",
            &["Jordan Ellis: Assistant Secretary of State of "],
        ),
        // audit 12: a joint business title as printed, and a Myanmar-style
        // "State Counsellor"
        (
            "REGRESSION-president-and-chief-executive-officer",
            "Halvorsen President and Chief Executive Officer Daniel P. Moore will lead the company.",
            &["Daniel P. Moore: President and Chief Executive of Halvorsen"],
        ),
        (
            "state-counsellor-and-minister",
            "During the meeting, Tin Mar Oo, State Counselor and Minister for Foreign Affairs briefed the ministers.",
            &[
                "Tin Mar Oo: Foreign Minister of ",
                "Tin Mar Oo: State Counsellor of ",
            ],
        ),
        // audit 12: a country before a portfolio and a bare title owns the
        // post; a list's next titled item is no apposition to the name
        // before it
        (
            "a-country-before-a-portfolio-and-minister",
            "The candidates include Kenya Sports Minister Ann Mwangi.",
            &["Ann Mwangi: Sports Minister of Kenya"],
        ),
        (
            "REGRESSION-a-list-item-with-its-own-holder-is-no-apposition",
            "The candidates include World Rowing head Jean Moreau, Kenya Sports Minister and former swimmer Ann Mwangi, and others.",
            &["Jean Moreau: Head of World Rowing"],
        ),
        (
            "a-titled-name-then-an-apposed-post",
            "Transport Minister Vit Novak, leader of the Civic Party, resigned.",
            &[
                "Vit Novak: Leader of Civic Party",
                "Vit Novak: Transport Minister of ",
            ],
        ),
        // audit 11: an occupation without its employer describes, it is
        // no post; with its employer it is one
        (
            "REGRESSION-an-occupation-alone-is-no-post",
            "Journalist Maria Delgado and economist Tomas Berg spoke on Monday.",
            &[],
        ),
        (
            "an-occupation-with-its-employer-is-a-post",
            "Maria Delgado, a senior fellow at the Brookings Institution, spoke.",
            &["Maria Delgado: Senior Fellow of Brookings Institution"],
        ),
        // audit 10: a demonym before "counterpart," or before a portfolio
        // joined by "and" owns the post
        (
            "a-finnish-counterpart-comma-title",
            "Estonian Prime Minister Kaja Tamm met her Finnish counterpart, Prime Minister Aino Virtanen, in Helsinki.",
            &[
                "Kaja Tamm: Prime Minister of Estonia",
                "Aino Virtanen: Prime Minister of Finland",
            ],
        ),
        (
            "a-demonym-before-joined-portfolios",
            "Chilean Mining and Energy Minister Pablo Soto spoke on Monday.",
            &["Pablo Soto: Energy Minister of Chile"],
        ),
        // audit 10: an envoy's post for a place, then the name
        (
            "an-envoy-for-a-country-then-the-name",
            "UN Special Envoy for Libya Karl Weber arrived in Tripoli.",
            &["Karl Weber: Special Envoy for Libya of United Nations"],
        ),
        (
            "a-minister-for-a-country-is-no-envoy",
            "Minister for Libya Karl Weber arrived.",
            &[],
        ),
        // audit 10: a state secretary's whole title, not its last word
        (
            "REGRESSION-state-secretary-was-secretary",
            "Estonian State Secretary Jaan Tamm and Deputy State Secretary Peter Novak spoke.",
            &[
                "Jaan Tamm: State Secretary of Estonia",
                "Peter Novak: Deputy State Secretary of ",
            ],
        ),
        // regression (audit 9): a title whose alias names its owner lost it
        (
            "REGRESSION-an-alias-that-names-its-owner",
            "US Trade Representative Colin Freyne met EU foreign policy chief Marta Vilde.",
            &[
                "Colin Freyne: Trade Representative of United States",
                "Marta Vilde: Foreign Policy Chief of European Union",
            ],
        ),
        (
            "REGRESSION-a-name-inside-the-title-is-no-owner",
            "Foreign Policy Chief Marta Vilde spoke to the magazine Foreign Policy.",
            &["Marta Vilde: Foreign Policy Chief of "],
        ),
        // a qualifier between owner and title; an honorific before the name
        (
            "a-qualifier-between-owner-and-title",
            "Kenya's former Foreign Minister Amina Mohamed spoke.",
            &["Amina Mohamed: (former) Foreign Minister of Kenya"],
        ),
        (
            "ethiopian-prime-minister-dr-abiy-ahmed",
            "Ethiopian Prime Minister Dr. Abiy Ahmed spoke.",
            &["Abiy Ahmed: Prime Minister of Ethiopia"],
        ),
        // regression: a title before another, unrecognized name is no apposition
        (
            "REGRESSION-a-title-before-another-unrecognized-name",
            "Opening remarks came from the envoy, Jonas Berg, Ethiopian Prime Minister Dr. Abiy Ahmed and others.",
            &[
                "Jonas Berg: Envoy of ",
                "Abiy Ahmed: Prime Minister of Ethiopia",
            ],
        ),
        // a field joined to the title; not a country joined to it
        (
            "a-field-joined-to-the-title",
            "French Trade and Industry Minister Paul Morel spoke.",
            &["Paul Morel: Trade and Industry Minister of France"],
        ),
        (
            "peru-and-foreign-minister-elsa-ruiz",
            "Peru and Foreign Minister Elsa Ruiz agreed, Chile said.",
            &["Elsa Ruiz: Foreign Minister of "],
        ),
        // "its" after a name that does not start the sentence: the nearest before it
        (
            "its-after-a-name-that-does",
            "In a statement, Japan said its Foreign Minister Taro Sato would attend.",
            &["Taro Sato: Foreign Minister of Japan"],
        ),
        (
            "short-pm-titles-only-in-capitals",
            "Short PM titles only in capitals: the talks end at 3 pm Smith said.",
            &[],
        ),
        // a plural title over a list of names tagged with their countries
        (
            "a-plural-title-over-a-list",
            "Present were Presidents Kwame Tetteh (Ghana), Ousmane Kane (Senegal) and Idriss Kone (Niger).",
            &[
                "Kwame Tetteh: President of Ghana",
                "Ousmane Kane: President of Senegal",
                "Idriss Kone: President of Niger",
            ],
        ),
        (
            "foreign-ministers-ana-ruiz-of-peru",
            "Foreign Ministers Ana Ruiz of Peru and Luis Vera of Chile signed.",
            &[
                "Ana Ruiz: Foreign Minister of Peru",
                "Luis Vera: Foreign Minister of Chile",
            ],
        ),
        // regression: a list item's "TITLE of OWNER NAME" is no apposition to the name before
        (
            "REGRESSION-a-list-item-s-title-of-owner",
            "Guests included Indian Prime Minister Rajiv Mehta, President of Kenya Amani Otieno and others.",
            &[
                "Rajiv Mehta: Prime Minister of India",
                "Amani Otieno: President of Kenya",
            ],
        ),
        // regression: "former" before the owner's modifiers; a post the sentence ends
        (
            "REGRESSION-former-before-the-owner-s-modifiers",
            "The former Leeds Labour MP, Ann Cole, spoke.",
            &["Ann Cole: (former) MP of Labour Party"],
        ),
        (
            "acme-holdings-ceo-ray-dunn-stepped",
            "Acme Holdings CEO Ray Dunn stepped down on Monday.",
            &["Ray Dunn: (former) Chief Executive of Acme Holdings"],
        ),
        (
            "acme-holdings-replaced-ceo-ray-dunn",
            "Acme Holdings replaced CEO Ray Dunn with Jo Park.",
            &["Ray Dunn: (former) Chief Executive of Acme Holdings"],
        ),
        // a post's place between title and name; a bare royal address is no post
        (
            "a-post-s-place-between-title",
            "US Ambassador to Mexico Ken Salazar attended.",
            &["Ken Salazar: Ambassador to Mexico of United States"],
        ),
        // regression (review 19): where a diplomat is sent is no owner
        (
            "REGRESSION-appointed-ambassador-to-a-country",
            "Jan Nowak, a veteran diplomat, was appointed ambassador to Germany.",
            &["Jan Nowak: Ambassador of "],
        ),
        // audit 19: a governor's post is the central bank's the sentence
        // names before it; not a bank named after
        (
            "a-governor-after-the-central-bank-the-sentence-names",
            "The Bank of Jamaica held its rate. At a briefing at the bank's offices in the Bank of Jamaica building, Governor Ana Ruiz said prices would rise.",
            &["Ana Ruiz: Governor of Bank of Jamaica"],
        ),
        (
            "REGRESSION-a-governor-before-a-central-bank",
            "Governor Ron Hale of Texas met bankers at the Federal Reserve.",
            &["Ron Hale: Governor of "],
        ),
        // audit 19: a plural title over countries with their holders in
        // brackets; a party post given with an adverb or past an apposition
        (
            "a-plural-title-over-countries-with-bracketed-holders",
            "The meeting included foreign ministers of Mongolia (Batbold Tsendsuren) and Nepal (Arjun Thapa).",
            &[
                "Batbold Tsendsuren: Foreign Minister of Mongolia",
                "Arjun Thapa: Foreign Minister of Nepal",
            ],
        ),
        (
            "REGRESSION-leader-of-a-country-s-ruling-party",
            "Pedro Alvarez was re-elected as leader of Portugal's ruling Unity Party on Sunday.",
            &["Pedro Alvarez: Leader of Unity Party"],
        ),
        (
            "a-plural-title-over-countries-then-as-many-names",
            "Presidents of Panama and Costa Rica Ana Ruiz and Jorge Quispe met in Panama City.",
            &[
                "Ana Ruiz: President of Panama",
                "Jorge Quispe: President of Costa Rica",
            ],
        ),
        (
            "was-also-elected-vice-president-of-the-party",
            "Eva Szabo was also elected vice president of the Unity Party.",
            &["Eva Szabo: Vice President of Unity Party"],
        ),
        (
            "the-name-an-apposition-then-was-re-elected-as-leader",
            "Pedro Alvarez, the prime minister, was re-elected as leader of the Unity Party on Sunday.",
            &[
                "Pedro Alvarez: Leader of Unity Party",
                "Pedro Alvarez: Prime Minister of ",
            ],
        ),
        // audit 19: a minister's portfolio listed with commas, then the name
        (
            "a-portfolio-listed-with-commas-then-the-name",
            "The Minister of Foreign Affairs, African Cooperation and Ghanaians Abroad, Kofi Boateng, met Ama Mensah.",
            &["Kofi Boateng: Foreign Minister of "],
        ),
        (
            "a-portfolio-of-three-then-the-name",
            "Minister of Agriculture, Fisheries and Rural Development, Kofi Boateng, said the harvest would double.",
            &["Kofi Boateng: Agriculture Minister of "],
        ),
        // audit 19: where a diplomat serves, "in" (not kept in the title) or
        // "to" before an apposed name; no post for a name that begins a clause
        (
            "an-ambassador-in-a-country-then-the-name",
            "The Latvian Ambassador in Poland Ilze Kalnina attended.",
            &["Ilze Kalnina: Ambassador of Latvia"],
        ),
        (
            "an-ambassador-in-a-country-then-the-name-apposed",
            "Latvia's ambassador in Poland, Ilze Kalnina, attended.",
            &["Ilze Kalnina: Ambassador of Latvia"],
        ),
        (
            "an-ambassador-to-a-country-then-the-name-apposed",
            "The Latvian ambassador to Poland, Ilze Kalnina, attended.",
            &["Ilze Kalnina: Ambassador to Poland of Latvia"],
        ),
        (
            "REGRESSION-an-ambassador-to-a-country-then-a-clause",
            "Latvia sent an ambassador to Poland, Ilze Kalnina said.",
            &[],
        ),
        (
            "prince-faisal-said-little",
            "Prince Faisal said little.",
            &[],
        ),
        // "the Forum": the body last named with that head word
        (
            "the-forum-the-body-last-named",
            "The Pacific Islands Forum met in Suva. The Forum's current Deputy Secretary General, Ana Tui, spoke.",
            &["Ana Tui: (current) Deputy Secretary General of Pacific Islands Forum"],
        ),
        // a roster line: the country, then the post and the name
        (
            "a-roster-line-the-country-then",
            "Summit roster\nAngola: H.E. President Manuel Costa\nMalawi: President Peter Banda",
            &[
                "Manuel Costa: President of Angola",
                "Peter Banda: President of Malawi",
            ],
        ),
        // an appointment's post, of the body that appoints
        (
            "an-appointment-s-post-of-the-body",
            "Acme Holdings named Jane Roe as its new chief executive on Monday.",
            &["Jane Roe: (new) Chief Executive of Acme Holdings"],
        ),
        (
            "the-congress-re-elected-omar-diallo",
            "The congress re-elected Omar Diallo as president of the Confederation of African Football.",
            &["Omar Diallo: President of Confederation of African Football"],
        ),
        (
            "acme-holdings-could-name-jane-roe",
            "Acme Holdings could name Jane Roe as chief executive.",
            &[],
        ),
        // regression: a title across "and" and another name
        (
            "REGRESSION-a-title-across-and-and-another-name",
            "Trade Minister Tan Wei and Foreign Minister Lee Hsien signed for Singapore.",
            &[
                "Tan Wei: Trade Minister of ",
                "Lee Hsien: Foreign Minister of ",
            ],
        ),
        // regression: a body's word after a title is no one's name
        (
            "REGRESSION-a-body-s-word-after-a-title",
            "The Prime Minister, Federation of Malaysia, spoke.",
            &[],
        ),
        // regression: "TITLE of OWNER TITLE" is no name after the owner
        (
            "REGRESSION-title-of-owner-title-is-no-name",
            "Ana Ruiz, Special Envoy of the UN Secretary-General, spoke.",
            &["Ana Ruiz: Special Envoy of United Nations"],
        ),
        // a company post belongs to the company the clause names before it
        (
            "a-company-post-belongs-to-the-company",
            "Toyota Motor Co. plans to appoint CEO Koji Sato as chairman.",
            &["Koji Sato: Chief Executive of Toyota Motor Co"],
        ),
        (
            "shares-of-acme-holdings-fell",
            "Shares of Acme Holdings fell, and analysts said CEO Jane Roe had erred.",
            &["Jane Roe: Chief Executive of "],
        ),
        // the body of a country; a post apposed to another post
        (
            "the-body-of-a-country-a-post",
            "Talks were held with Chairman of Sudan's Sovereign Council Omar Bashir.",
            &["Omar Bashir: Chairman of Sovereign Council"],
        ),
        (
            "remarks-came-from-the-au-chairperson",
            "Remarks came from the AU Chairperson, Ghana's President John Mahama.",
            &[
                "John Mahama: Chairman of African Union",
                "John Mahama: President of Ghana",
            ],
        ),
        // "its": the country the sentence starts with
        (
            "its-the-country-the-sentence-starts",
            "Finland, a NATO member since 2023, sent its defence minister, Antti Hakkanen.",
            &["Antti Hakkanen: Defence Minister of Finland"],
        ),
        (
            "the-ministers-met-its-defence-minister",
            "The ministers met. Its defence minister, Antti Hakkanen, spoke.",
            &["Antti Hakkanen: Defence Minister of "],
        ),
        // regression: a royal title between the office and the name took the post
        (
            "REGRESSION-a-royal-title-between-the-office",
            "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan spoke.",
            &["Faisal bin Farhan: Foreign Minister of Saudi Arabia"],
        ),
        // regression: "spokesman for Foreign Minister X" gave X the
        // spokesman's post as a portfolio title
        (
            "REGRESSION-a-post-for-another-s-post-is-no-portfolio",
            "Lin Jian, spokesman for Foreign Minister Wang Yi, spoke.",
            &[
                "Lin Jian: Spokesperson of ",
                "Wang Yi: Foreign Minister of ",
            ],
        ),
        (
            "REGRESSION-a-spokeswoman-for-a-prime-minister",
            "A spokeswoman for Prime Minister Keir Starmer said he would attend.",
            &["Keir Starmer: Prime Minister of "],
        ),
        // regression: a firm's nationality owned its posts
        (
            "REGRESSION-a-firm-s-nationality-owns-no-post",
            "Danish brewer Nordhavn named Lars Beck as its new chief executive.",
            &["Lars Beck: (new) Chief Executive of "],
        ),
        (
            "REGRESSION-the-head-of-a-foreign-firm",
            "Karl Weiss, the current head of Austrian insurer Alpenschutz, spoke.",
            &["Karl Weiss: (current) Head of "],
        ),
        (
            "REGRESSION-a-party-name-with-a-nationality-word",
            "Ruam Thai leader Kasem Rattana spoke.",
            &["Kasem Rattana: Leader of Ruam Thai"],
        ),
        (
            "REGRESSION-portfolios-listed-after-a-post",
            "The visit was led by Anna Maria Kessler, Minister of State, Foreign Affairs, Trade and Culture of Austria.",
            &["Anna Maria Kessler: Minister of State of "],
        ),
        // appointments read from the verb frame (audit 6)
        (
            "sworn-in-as-an-ordinal-president",
            "Karl Brandt was sworn in as Austria's ninth president on Monday.",
            &["Karl Brandt: President of Austria"],
        ),
        (
            "sworn-in-as-the-ordinal-president-of",
            "Karl Brandt was sworn in as the ninth president of Austria on Monday.",
            &["Karl Brandt: President of Austria"],
        ),
        (
            "an-age-apposed-before-the-verb",
            "Karl Brandt, 56, was sworn in as president on Monday.",
            &["Karl Brandt: President of "],
        ),
        (
            "took-office-as",
            "Lucia Ramos took office as Peru's president on Sunday.",
            &["Lucia Ramos: President of Peru"],
        ),
        (
            "will-succeed-someone-as",
            "Erik Holm will succeed Alan Berg as chief executive of Vantor Group.",
            &["Erik Holm: Chief Executive of Vantor Group"],
        ),
        // FIXME: a title only one country uses names no owner ("Secretary of
        // State" is the United States' in news, but the table does not say so)
        (
            "FIXME-a-title-of-one-country-names-no-owner",
            "Secretary of State Marco Rubio flew to Panama on Sunday.",
            &["Marco Rubio: Secretary of State of "],
        ),
        (
            "crown-prince-mohammed-bin-salman-spoke",
            "Crown Prince Mohammed bin Salman spoke.",
            &["Mohammed bin Salman: Crown Prince of "],
        ),
        (
            "mark-rutte-nato-s-secretary-general",
            "Mark Rutte, NATO's secretary general, spoke.",
            &["Mark Rutte: Secretary General of North Atlantic Treaty Organization"],
        ),
        (
            "u-s-secretary-of-state-marco",
            "U.S. Secretary of State Marco Rubio spoke.",
            &["Marco Rubio: Secretary of State of United States"],
        ),
        (
            "dutch-defence-minister-ruben-brekelmans-spoke",
            "Dutch defence minister Ruben Brekelmans spoke.",
            &["Ruben Brekelmans: Defence Minister of Netherlands"],
        ),
        (
            "former-u-s-president-donald-trump",
            "Former U.S. President Donald Trump spoke.",
            &["Donald Trump: (former) President of United States"],
        ),
        (
            "ben-barry-a-senior-fellow",
            "Ben Barry, a senior fellow for land warfare at the International Institute for Strategic Studies, said so.",
            &["Ben Barry: Senior Fellow of International Institute for Strategic Studies"],
        ),
        (
            "the-french-president-emmanuel-macron-spoke",
            "The French president, Emmanuel Macron, spoke.",
            &["Emmanuel Macron: President of France"],
        ),
        (
            "the-head-of-the-iaea-rafael",
            "The head of the IAEA, Rafael Grossi, visited the plant.",
            &["Rafael Grossi: Head of International Atomic Energy Agency"],
        ),
        (
            "the-secretary-general-of-nato-mark",
            "The Secretary General of NATO, Mark Rutte, spoke.",
            &["Mark Rutte: Secretary General of North Atlantic Treaty Organization"],
        ),
        // a plural title's group, listed in the next sentence with countries
        (
            "a-plural-title-s-group-listed",
            "Newly elected African leaders spoke. Among them were Ana Ruiz of Liberia, Luis Vera (Ghana), and Jon Berg.",
            &["Ana Ruiz: Leader of Liberia", "Luis Vera: Leader of Ghana"],
        ),
        (
            "fans-cheered-among-them-were-ana",
            "Fans cheered. Among them were Ana Ruiz of Liberia and Luis Vera.",
            &[],
        ),
        // ranks and honorifics of other traditions: a post or no post, never
        // a part of the name
        (
            "ranks-and-honorifics-of-other-traditions",
            "Lance Naik Ali Raza was killed in the attack.",
            &["Ali Raza: Lance Naik of "],
        ),
        (
            "comrade-musa-bello-said-the-strike",
            "Comrade Musa Bello said the strike would go on.",
            &[],
        ),
        // a portfolio between the title and the name; a list of such posts
        // gives each its own
        (
            "a-portfolio-between-the-title",
            "On Monday, Deputy Prime Minister for Rural Affairs Maria Petrova resigned.",
            &["Maria Petrova: (former) Deputy Prime Minister of "],
        ),
        (
            "it-was-signed-by-ugandan-minister",
            "It was signed by Ugandan Minister of Works Samuel Okello, and the Rwandan Minister of Energy and Mining Claire Uwase.",
            &[
                "Samuel Okello: Minister of Uganda",
                "Claire Uwase: Energy Minister of Rwanda",
            ],
        ),
        // a country's top diplomat
        (
            "a-country-s-top-diplomat",
            "India's minister met top Chinese diplomat, Wang Lin, on Friday.",
            &["Wang Lin: Top Diplomat of China"],
        ),
        // a department's head is no head of the organization
        (
            "a-department-s-head-is-no-head",
            "Tony Hale, BP's head of exploration and production, will take over.",
            &[],
        ),
        (
            "ana-ruiz-bp-s-director",
            "Ana Ruiz, BP's director of communications, spoke.",
            &[],
        ),
        // a field followed by where the post is: that body's post
        (
            "a-field-followed-by-where-the-post",
            "Yuki Mori, a professor of economics at Harvard University, said so.",
            &["Yuki Mori: Professor of Harvard University"],
        ),
        // a post the clause gives its subject; held before for "served as"
        (
            "a-post-the-clause-gives-its-subject",
            "Ana Ruiz became finance minister of Chile in May.",
            &["Ana Ruiz: Finance Minister of Chile"],
        ),
        (
            "jon-berg-takes-over-as-chief",
            "Jon Berg takes over as chief executive of Harvard University.",
            &["Jon Berg: Chief Executive of Harvard University"],
        ),
        (
            "ana-ruiz-previously-served-as-ambassador",
            "Ana Ruiz previously served as ambassador to Peru.",
            // (review 19: Peru is where she was sent, not whose post it was)
            &["Ana Ruiz: (former) Ambassador of "],
        ),
        (
            "ana-ruiz-may-become-finance-minister",
            "Ana Ruiz may become finance minister.",
            &[],
        ),
        (
            "the-new-interior-minister-is-karin",
            "The new interior minister is Karin Holm.",
            &["Karin Holm: (new) Interior Minister of "],
        ),
        // a passive appointment: "X was elected president of Y"
        (
            "a-passive-appointment-x-was-elected-president",
            "Kenji Mori was elected president of the Liberal Democratic Party on Friday.",
            &["Kenji Mori: President of Liberal Democratic Party"],
        ),
        (
            "ana-ruiz-who-was-appointed-governor",
            "Ana Ruiz, who was appointed governor of the Bank of England in 2020, spoke.",
            &["Ana Ruiz: Governor of Bank of England"],
        ),
        (
            "ana-ruiz-is-expected",
            "Ana Ruiz is expected to be elected president of Chile.",
            &[],
        ),
        // the owner's name must be followed by the person's
        (
            "the-owner-s-name-must-be-followed",
            "The head of the IAEA said so.",
            &[],
        ),
        // audit 7: a deputy's post, which the table need not list
        (
            "REGRESSION-a-deputy-governor-is-no-governor",
            "She replaces former deputy governor Tom Bakker.",
            &["Tom Bakker: (former) Deputy Governor of "],
        ),
        (
            "appointed-as-deputy-governor",
            "The board appointed Sarah Mokoena as deputy governor on Friday.",
            &["Sarah Mokoena: Deputy Governor of "],
        ),
        (
            "deputy-chairperson-is-the-vice-chairman",
            "Deputy Chairperson Anna Berg spoke.",
            &["Anna Berg: Vice Chairman of "],
        ),
        // two posts joined before one name are both the name's, with the
        // first one's owner; two joined posts after an appointment too
        (
            "joint-posts-before-a-name",
            "Kenya's Prime Minister and Foreign Minister Peter Otieno spoke.",
            &[
                "Peter Otieno: Foreign Minister of Kenya",
                "Peter Otieno: Prime Minister of Kenya",
            ],
        ),
        (
            "REGRESSION-a-joint-post-is-no-apposition-to-the-name-before",
            "The guests were Peru's Foreign Minister Luis Campos, Chile's Prime Minister and Minister of Foreign Affairs Sheikh Omar Haddad and Jorge Sosa.",
            &[
                "Luis Campos: Foreign Minister of Peru",
                "Omar Haddad: Foreign Minister of Chile",
                "Omar Haddad: Prime Minister of Chile",
            ],
        ),
        (
            "joint-posts-of-an-appointment",
            "The company has appointed Dale Hunt as its new managing director and CEO.",
            &[
                "Dale Hunt: (new) Chief Executive of ",
                "Dale Hunt: (new) Managing Director of ",
            ],
        ),
        (
            "the-prime-minister-and-foreign-minister-may-be-two-people",
            "He met the Prime Minister and Foreign Minister Ali Khan.",
            &["Ali Khan: Foreign Minister of "],
        ),
        (
            "REGRESSION-a-singular-title-ending-in-s-is-no-plural",
            "The guests were Minister of Foreign Affairs Omar Haddad and Jorge Sosa.",
            &["Omar Haddad: Foreign Minister of "],
        ),
        // a company's post after its possessive name, named or not
        (
            "a-company-post-after-a-possessive",
            "Kelvar's chief executive Paul Reid said he was delighted.",
            &["Paul Reid: Chief Executive of Kelvar"],
        ),
        (
            "a-company-post-after-a-possessive-short-name",
            "Northgate Mining Ltd shares rose. Northgate Mining's Chairman, Paul Reid, said so.",
            &["Paul Reid: Chairman of Northgate Mining Ltd"],
        ),
        // "his DEMONYM counterpart X": X holds the post of the one "his"
        // stands for, in the other country
        (
            "his-demonym-counterpart",
            "Egyptian President Omar Nasser spoke. Later, Nasser held talks with his Kenyan counterpart Paul Otieno.",
            &[
                "Omar Nasser: President of Egypt",
                "Paul Otieno: President of Kenya",
            ],
        ),
        (
            "a-counterpart-of-no-known-post-holds-none",
            "Omar Nasser held talks with his Kenyan counterpart Paul Otieno.",
            &[],
        ),
        // a visit's host: the national post with no owner of the one a
        // foreign post holder meets on a visit to the country
        (
            "the-host-of-a-visit",
            "Russian President Ivan Petrov met with President Bat Erdene as part of a visit to Mongolia.",
            &[
                "Ivan Petrov: President of Russia",
                "Bat Erdene: President of Mongolia",
            ],
        ),
        (
            "no-visitor-no-host",
            "President Bat Erdene spoke about a visit to Mongolia.",
            &["Bat Erdene: President of "],
        ),
        // honorifics and abbreviated titles (audit 7): "Eng." is no person
        // and ends no sentence; "Gov. Gen." is the Governor-General
        (
            "REGRESSION-eng-is-an-honorific",
            "Saudi Arabia's Deputy Minister of Foreign Affairs Eng. Waleed al-Harbi welcomed them.",
            &["Waleed al-Harbi: Deputy Foreign Minister of Saudi Arabia"],
        ),
        (
            "REGRESSION-gov-gen-is-the-governor-general",
            "He met with Gov. Gen. Mary Walsh at Rideau Hall.",
            &["Mary Walsh: Governor-General of "],
        ),
        // Malaysian honorifics of two words are no part of the name
        (
            "two-word-honorifics-before-names",
            "Inspector-General of Police Tan Sri Razak Omar and Home Minister Datuk Seri Lim Wei Keat attended.",
            &[
                "Razak Omar: Inspector General of Police of ",
                "Lim Wei Keat: Interior Minister of ",
            ],
        ),
        // appointment frames (audit 8): a day or an age between, headline
        // verbs, "to serve as", a country choosing its head of government
        (
            "sworn-in-with-a-day-and-an-age-between",
            "Luis Mora, aged 41, was sworn in Thursday as Peru's new president.",
            &["Luis Mora: (new) President of Peru"],
        ),
        (
            "a-headline-sworn-in-without-was",
            "Amir Khan sworn in as head of Nepal's interim government",
            &["Amir Khan: Head of Nepal"],
        ),
        (
            "selected-to-serve-as",
            "The board of the International Monetary Fund selected Maria Petrova to serve as IMF Managing Director.",
            &["Maria Petrova: Managing Director of International Monetary Fund"],
        ),
        (
            "a-country-chooses-its-prime-minister",
            "Solomon Islands chooses Peter Kenilorea as new prime minister",
            &["Peter Kenilorea: (new) Prime Minister of Solomon Islands"],
        ),
        (
            "an-apposed-name-sworn-in",
            "Mora's running mate, Ana Paz, was sworn in as Vice President.",
            &["Ana Paz: Vice President of "],
        ),
        (
            "a-date-between-subject-and-verb",
            "Maria Lopes on June 1 was elected as the leader of the Green Parliamentary Party.",
            &["Maria Lopes: Leader of Green Parliamentary Party"],
        ),
        // regression (audit 8): "Visiting" opening a sentence hid the
        // nationality word after it
        (
            "REGRESSION-visiting-before-a-demonym",
            "Visiting Turkish President Ali Demir met Egyptian President Omar Hassan in Cairo.",
            &[
                "Ali Demir: President of Turkey",
                "Omar Hassan: President of Egypt",
            ],
        ),
        // audit 8: a company of up to three words owning the post of the
        // person named next; a portfolio the table has no minister for; a
        // religious title after a given name is a surname
        (
            "a-company-of-two-words-before-its-post",
            "The board considered Nordic Rail chairman Jon Berg.",
            &["Jon Berg: Chairman of Nordic Rail"],
        ),
        (
            "an-open-portfolio-minister",
            "Tourism Minister Jan Wrona spoke. Piotr Bak, the Polish digitization minister, spoke.",
            &[
                "Jan Wrona: Tourism Minister of ",
                "Piotr Bak: Digitization Minister of Poland",
            ],
        ),
        (
            "REGRESSION-a-surname-that-is-a-title",
            "Boeing named Stephanie Pope as chief operating officer.",
            &["Stephanie Pope: Chief Operating Officer of Boeing"],
        ),
        // who leads or keeps a ministry or portfolio is its minister (audit 8)
        (
            "leads-the-ministry-of-a-portfolio",
            "Adam Nowak will lead the ministry of justice. Ewa Kot keeps the defence portfolio. Jan Bak, 56, will run the Ministry of Home Affairs.",
            &[
                "Adam Nowak: Justice Minister of ",
                "Ewa Kot: Defence Minister of ",
                "Jan Bak: Interior Minister of ",
            ],
        ),
        (
            "a-ministry-that-is-no-portfolio-gives-no-post",
            "Adam Nowak will lead the ministry of truth.",
            &[],
        ),
        // regression (audit 8): the rest of a title after a title word was a
        // person holding it
        (
            "REGRESSION-the-rest-of-a-title-is-no-person",
            "Also present was the Chief Communications Officer of the Presidency, Paul Njoroge.",
            &[],
        ),
        // regression (audit 8): a qualifier one adjective before the title
        // ("current embattled CEO") was missed, and leaving made it former
        (
            "REGRESSION-a-qualifier-before-an-adjective",
            "Uncertainty ends when current embattled CEO Paul Marsh steps down.",
            &["Paul Marsh: (current) Chief Executive of "],
        ),
        (
            "a-former-long-serving-chairman",
            "The former long-serving chairman Ken Bryce spoke.",
            &["Ken Bryce: (former) Chairman of "],
        ),
        // regression (audit 7): an aide to a post does not hold it
        (
            "REGRESSION-an-aide-to-a-post-does-not-hold-it",
            "Among those present was the senior adviser to the President of Ghana, Kwame Boateng.",
            &[],
        ),
    ];
    // (every case that fails, not only the first)
    let failed: Vec<String> = cases
        .iter()
        .filter_map(|(id, text, want)| {
            let (_, _, got, _) = labels(text);
            (got != *want).then(|| format!("{id}: {text}\n  got  {got:?}\n  want {want:?}"))
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn meetings_in_a_table_of_cases() {
    let cases: &[(&str, &str, usize)] = &[
        // audit 16: a call for action is no courtesy call
        (
            "REGRESSION-called-on-a-list-to-act",
            "Turkish President Omar Haddad called on Israel, Iran and the United States to step back. President Ana Lopes called on Tuesday for calm in Lima.",
            0,
        ),
        (
            "REGRESSION-called-on-a-country-to-act",
            "The UN chief called on Russia to withdraw. Tomas Berg called on the minister.",
            0,
        ),
        (
            "REGRESSION-an-interview-is-no-meeting",
            "Claire Dubois sat down with the BBC on Sunday. Hiroshi Tanabe sat down with CNN’s Jake Moreno. Claire Dubois had a conversation with Laura Binns’s husband. Hiroshi Tanabe said he has no plans to have a meeting with Laura Binns. Claire Dubois asked Laura Binns to take part in the talks.",
            0,
        ),
        (
            "an-interview-or-an-award-is-no-meeting",
            "In a conversation with Reuters, Claire Dubois said prices would rise. Hiroshi Tanabe received Britain’s Order of Merit. Claire Dubois welcomed China’s Belt and Road Initiative.",
            0,
        ),
        (
            "sat-down-to-write-is-no-meeting",
            "Claire Dubois sat down to write her memoirs. Hiroshi Tanabe discussed the budget in a television interview.",
            0,
        ),
        (
            "claire-dubois-and-hiroshi-tanabe-met",
            "Claire Dubois and Hiroshi Tanabe met in Geneva on 14 May.",
            1,
        ),
        // regression (audit 9): meeting someone halfway, or a target, is no meeting
        (
            "REGRESSION-meeting-someone-halfway-is-no-meeting",
            "It is hoped that the Indian side will meet China halfway. Chinese officials met the targets.",
            0,
        ),
        // regression (audit 7): a meeting told as separate, in the same
        // city, merged with the one before
        (
            "REGRESSION-a-separate-meeting-in-the-same-city",
            "Foreign ministers of Peru and Chile met in Lima on Friday. Separately, President Ana Ruiz also met with Speaker Jorge Sosa in Lima.",
            2,
        ),
        // welcoming or receiving a thing, or a body's decision, is no meeting
        (
            "welcomed-a-decision-is-no-meeting",
            "President Omar Hassan welcomed China's decision on Wednesday. He received the award.",
            0,
        ),
        // regression: a name ending in "be" was taken for the passive "be met with"
        (
            "REGRESSION-a-name-ending-in-be-was-taken",
            "Kenji Tanabe met in Geneva on 14 May.",
            1,
        ),
        (
            "the-idea-has-been-met",
            "The idea has been met with resistance in Geneva on 14 May.",
            0,
        ),
        (
            "ministers-will-hold-a-summit",
            "Ministers will hold a summit in Oslo on June 3.",
            1,
        ),
        (
            "norway-hosted-the-summit-in-oslo",
            "Norway hosted the summit in Oslo on June 3.",
            1,
        ),
        (
            "the-city-hosts-a-film-festival",
            "The city hosts a film festival in Oslo on June 3.",
            0,
        ),
        // neither place nor date: "A met B" is a meeting, a lone name is not
        (
            "neither-place-nor-date-a-met-b",
            "Takeshi Iwaya met Wang Yi on Thursday.",
            1,
        ),
        (
            "takeshi-iwaya-met-wang-yi-later",
            "Takeshi Iwaya met Wang Yi. Later Takeshi Iwaya met Wang Yi again.",
            1,
        ),
        (
            "takeshi-iwaya-has-not-met-wang",
            "Takeshi Iwaya has not met Wang Yi.",
            0,
        ),
        (
            "takeshi-iwaya-met-reporters",
            "Takeshi Iwaya met reporters.",
            0,
        ),
        (
            "vladimir-putin-spoke-by-phone",
            "Vladimir Putin spoke by phone with Donald Trump on 3 June, a day after Trump hosted European leaders.",
            1,
        ),
        // regression: a news conference is a briefing, not a meeting
        (
            "REGRESSION-a-news-conference-is-a-briefing",
            "Andrew Bailey told a news conference in London on 3 June that rates would hold.",
            0,
        ),
        (
            "ministers-held-a-press-conference",
            "Ministers held a press conference in Oslo on June 3.",
            0,
        ),
        (
            "ministers-will-hold-a-conference",
            "Ministers will hold a conference in Oslo on June 3.",
            1,
        ),
        (
            "leaders-will-attend-a-summit",
            "Leaders will attend a summit.",
            0,
        ),
        // regression: a call the same month is not the talks held in person;
        // the place of unrest is no visit's
        (
            "REGRESSION-a-call-the-same-month",
            "Early in October, Ana Ruiz held talks in Lima with Luis Vera, and in mid-October she received a phone call from Jon Berg.",
            2,
        ),
        (
            "his-visit-follows-last-month-s",
            "His visit follows last month's wave of unrest in Peru.",
            0,
        ),
        // ministerials, bilaterals and numbered sessions as nouns; not as adjectives
        (
            "ministerials-bilaterals-and-numbered-sessions-as-nouns",
            "The G7 ministerial in Capri on 18 April ended.",
            1,
        ),
        (
            "leaders-held-a-bilateral-in-lima",
            "Leaders held a bilateral in Lima on 3 June.",
            1,
        ),
        (
            "the-144th-ioc-session-opened",
            "The 144th IOC Session opened in Olympia on 16 October.",
            1,
        ),
        (
            "a-ministerial-statement-in-capri",
            "A ministerial statement in Capri on 18 April was issued.",
            0,
        ),
        // inaugurations and hearings, with a place or a date like any meeting
        (
            "inaugurations-and-hearings-with-a-place",
            "Both men were at the 20 January inauguration in Washington.",
            1,
        ),
        (
            "the-committee-held-a-hearing",
            "The committee held a hearing in London on 3 May.",
            1,
        ),
        ("her-hearing-aid-broke", "Her hearing aid broke.", 0),
        // any meeting word with its parties listed; not one sought "for"
        (
            "any-meeting-word-with-its-parties-listed",
            "The decision was made at the virtual meeting held on Tuesday among Chile, Peru and Bolivia.",
            1,
        ),
        (
            "following-a-meeting-with-asean-foreign",
            "Following a meeting with ASEAN foreign ministers, Wang Lin said the talks were useful.",
            1,
        ),
        (
            "chile-called-for-a-meeting-between",
            "Chile called for a meeting between Peru and Bolivia.",
            0,
        ),
        (
            "a-meeting-between-peru-and-bolivia",
            "A meeting between Peru and Bolivia may happen.",
            0,
        ),
        // ... and stays its own meeting
        (
            "and-stays-its-own-meeting",
            "Ana Ruiz met Luis Vera on 3 May on the sidelines of the trade summit in Lima on 3 May.",
            2,
        ),
        // rounds of dialogue between two named parties are talks
        (
            "rounds-of-dialogue-between-two-named-parties",
            "Ecuador and Bolivia hosted several rounds of dialogue between Chile and Peru.",
            1,
        ),
        (
            "the-dialogue-between-the-parties-went",
            "The dialogue between the parties went on.",
            0,
        ),
        // talks between two named parties are a meeting; talks as a purpose are not
        (
            "talks-between-two-named-parties",
            "Chile and Peru resumed their talks on Thursday.",
            1,
        ),
        (
            "trade-talks-between-chile-and-peru",
            "Trade talks between Chile and Peru went on.",
            1,
        ),
        (
            "norway-has-held-meetings-for-ceasefire",
            "Norway has held meetings for ceasefire talks between Chile and Peru.",
            0,
        ),
        // two pairs' talks in one city are two meetings; the talks there,
        // reported again, are one
        (
            "two-pairs-talks-in-one-city",
            "Ana Ruiz held talks in Lima with Luis Vera. Earlier in May, Ana Ruiz held talks in Lima with Jon Berg.",
            2,
        ),
        (
            "ana-ruiz-held-talks-in-lima",
            "Ana Ruiz held talks in Lima with Luis Vera. Jon Berg and Eva Holm joined the talks in Lima later.",
            1,
        ),
        // a planned meeting is a meeting; a hedged one is not
        (
            "a-planned-meeting-is-a-meeting",
            "The board plans to meet on Dec. 17, the sources said.",
            1,
        ),
        (
            "the-board-is-expected-to-meet",
            "The board is expected to meet on Dec. 17.",
            1,
        ),
        (
            "the-board-may-meet-on-dec",
            "The board may meet on Dec. 17.",
            0,
        ),
        (
            "the-board-refused-to-meet",
            "The board refused to meet on Dec. 17.",
            0,
        ),
        // the hedge belongs to its own clause
        (
            "the-hedge-belongs-to-its-own-clause",
            "It should be noted that yesterday, after the 9th meeting of the Oil Monitoring Committee on 4 May, Jon Berg proposed deeper cuts.",
            1,
        ),
        // the lede's meeting told again with its place by the next sentence
        (
            "the-lede-s-meeting-told-again",
            "Ana Ruiz and Luis Vera met Tuesday with President Jon Berg. The two ministers joined Berg in Lima for talks lasting an hour.",
            1,
        ),
        (
            "ana-ruiz-and-luis-vera-met",
            "Ana Ruiz and Luis Vera met Tuesday with President Jon Berg. Later, Ana Ruiz met Berg in Lima for talks.",
            2,
        ),
        // regression: a subject's end plus one byte fell inside a
        // multi-byte separator (a panic found by the noise property test)
        (
            "REGRESSION-a-subject-s-end-plus-one-byte",
            "Ana Ruiz said officials\u{2028}met in Oslo on 3 June.",
            1,
        ),
        // regression: the month May was read as the hedge "may"
        (
            "REGRESSION-the-month-may-was-read",
            "Ana Ruiz met Luis Vera on 4 May.",
            1,
        ),
        ("the-board-may-meet-in-may", "The board may meet in May.", 0),
        // audit 10: what could happen to meetings in general is no meeting
        (
            "REGRESSION-meetings-could-in-future-be-held",
            "Officials said Mercosur meetings could in future be held in Montevideo.",
            0,
        ),
        (
            "leaders-could-meet-in-oslo",
            "Leaders could meet in Oslo next month.",
            1,
        ),
        (
            "conferring-a-degree-is-no-meeting",
            "The university conferred an honorary degree on President Ana Ruiz in Lima.",
            0,
        ),
        // audit 10: a pronoun or a definite office that stands for nobody
        // named gives no meeting of one
        (
            "he-met-is-no-woman-named-before",
            "Foreign Minister Maria Lindqvist arrived in Oslo on Monday. He met with President Kwame Asante.",
            0,
        ),
        (
            "the-minister-after-two-ministers-is-nobody",
            "Foreign Minister Ana Ruiz and Defence Minister Luis Vera arrived in Lima. The minister held talks with President Kwame Asante.",
            0,
        ),
        // a date in a clause before the meeting is another event's
        (
            "a-date-in-a-clause-before",
            "Before the accord restoring ties which were cut in September 1961, envoys met the king.",
            0,
        ),
        (
            "on-3-may-ana-ruiz-met",
            "On 3 May, Ana Ruiz met her counterparts.",
            1,
        ),
        // a deadline's date is no meeting's
        (
            "a-deadline-s-date-is-no-meeting",
            "The mediators of the talks had a firm May 15 deadline to close the round.",
            0,
        ),
        (
            "negotiators-want-a-deal",
            "Negotiators want a deal at the talks by May 15.",
            0,
        ),
    ];
    for (id, text, want) in cases {
        let x = extract(text, None);
        assert_eq!(x.relations.meetings.len(), *want, "{id}: {text}");
    }
}

#[test]
fn meeting_participants_in_a_table_of_cases() {
    let cases: &[(&str, &str, &[&str])] = &[
        // audit 22: "with" after another act is no party to the meeting
        (
            "with-after-another-act-is-no-participant",
            "President Ana Ruiz will miss the Lima summit after trading insults with Diego Costa.",
            &[],
        ),
        (
            "with-right-after-the-meeting-word-is-a-participant",
            "President Ana Ruiz held talks on Monday with Diego Costa in Lima.",
            &["Ana Ruiz", "Diego Costa"],
        ),
        // regression (final check of review 19): the apposed subject after
        // a post with its place, a qualifier or a portfolio list still meets
        (
            "REGRESSION-an-ambassador-to-a-country-apposed-met",
            "Latvia's ambassador to Poland, Ilze Kalnina, met President Tomas Reyes in Warsaw.",
            &["Ilze Kalnina", "Tomas Reyes"],
        ),
        (
            "REGRESSION-a-former-prime-minister-apposed-met",
            "Estonia's former prime minister, Jaan Kask, met President Tomas Reyes in Helsinki.",
            &["Jaan Kask", "Tomas Reyes"],
        ),
        (
            "REGRESSION-two-ministers-of-two-countries-apposed-met",
            "The foreign ministers of Latvia and Estonia, Andris Ozols and Kadri Tamm, met in Riga on Monday.",
            &["Andris Ozols", "Estonia", "Kadri Tamm", "Latvia"],
        ),
        // regression (review 19): a possessor's apposition is not the subject
        (
            "REGRESSION-aides-to-a-president-apposed-met",
            "Aides to Kenya's president, William Ochieng, met opposition leaders in Nairobi on Monday.",
            &[],
        ),
        // audit 20: a host of "her counterpart"; two named sides that
        // "talked about" something
        (
            "hosted-her-counterpart",
            "Kenyan Foreign Minister Ruth Chebet hosted her Ugandan counterpart Paul Okello in Nairobi.",
            &["Paul Okello", "Ruth Chebet"],
        ),
        (
            "two-sides-talked-about",
            "Kenyan Prime Minister Ada Wanjiru and Ugandan President Musa Kato talked about trade and security in Nairobi.",
            &["Ada Wanjiru", "Musa Kato"],
        ),
        // audit 20: "Also at the meeting were ..." lists more of them
        (
            "also-at-the-meeting-were",
            "Kenyan Foreign Minister Ruth Chebet met Paul Okello in Kampala. Also at the meeting were Grace Achieng and Tom Mwangi.",
            &["Grace Achieng", "Paul Okello", "Ruth Chebet", "Tom Mwangi"],
        ),
        (
            "also-present-were",
            "Ruth Chebet met Paul Okello in Kampala on Monday. Also present were Uganda's trade minister, Grace Achieng, and Tom Mwangi.",
            &["Grace Achieng", "Paul Okello", "Ruth Chebet", "Tom Mwangi"],
        ),
        // audit 19: "The meeting participants included ..." lists those of
        // the meeting reported before
        (
            "the-meeting-participants-included",
            "Foreign ministers met in Bishkek on Monday. The meeting participants included foreign ministers of Mongolia (Batbold Tsendsuren), Nepal (Arjun Thapa) and Laos (Somsak Vongsa).",
            &["Arjun Thapa", "Batbold Tsendsuren", "Somsak Vongsa"],
        ),
        // audit 19: attendees each bracketed after their country
        (
            "attended-by-ministers-of-countries-with-bracketed-names",
            "Foreign ministers met in Bishkek on Monday. The meeting was attended by foreign ministers of Mongolia (Batbold Tsendsuren) and Nepal (Arjun Thapa).",
            &["Arjun Thapa", "Batbold Tsendsuren", "Mongolia"],
        ),
        // audit 19: two named sides discussing met; a day between the
        // subject and its verb
        (
            "a-and-his-counterpart-b-on-tuesday-discussed",
            "Defence Minister Nikos Pappas and his Spanish counterpart Luis Ortega on Tuesday discussed regional security.",
            &["Luis Ortega", "Nikos Pappas"],
        ),
        (
            "a-discussed-trade-with-b",
            "Nikos Pappas discussed trade with Luis Ortega in Athens.",
            &["Luis Ortega", "Nikos Pappas"],
        ),
        // audit 19: the meeting or talks a visit was for, told after it
        (
            "visited-an-office-for-a-closed-door-meeting-with",
            "Karin Holm visited the party office for a closed-door meeting with Peter Haas on Monday.",
            &["Karin Holm", "Peter Haas"],
        ),
        (
            "arrived-for-a-visit-and-held-talks-with",
            "Prime Minister Karin Holm arrived in Lisbon on Monday for a two-day visit, and held talks with Prime Minister Rafael Duarte.",
            &["Karin Holm", "Rafael Duarte"],
        ),
        (
            "paid-a-visit-holding-talks-with",
            "Karin Holm paid a visit to the party office on Monday, holding talks for an hour with Peter Haas.",
            &["Karin Holm", "Peter Haas"],
        ),
        (
            "REGRESSION-two-discussed-on-air",
            "Analysts Maria Lopez and Tom Hale discussed the outlook on CNBC. Nikos Pappas met Luis Ortega in Athens on Tuesday.",
            &["Luis Ortega", "Nikos Pappas"],
        ),
        (
            "REGRESSION-discussed-with-an-outlet",
            "Tomas Reyes discussed his plans with Reuters. Nikos Pappas met Luis Ortega in Athens on Tuesday.",
            &["Luis Ortega", "Nikos Pappas"],
        ),
        (
            "REGRESSION-a-body-discussed-its-budget",
            "The cabinet discussed the budget in Athens on Tuesday. Nikos Pappas met Luis Ortega in Athens on Tuesday.",
            &["Luis Ortega", "Nikos Pappas"],
        ),
        // audit 19: the subject's apposition, the name first or the post first
        (
            "the-post-then-the-name-between-commas-met",
            "Latvia's foreign minister, Ilze Kalnina, met Tomas Reyes in Riga.",
            &["Ilze Kalnina", "Tomas Reyes"],
        ),
        (
            "the-name-then-the-post-between-commas-met",
            "Ilze Kalnina, Latvia's foreign minister, met Tomas Reyes in Riga.",
            &["Ilze Kalnina", "Tomas Reyes"],
        ),
        // audit 18: "The FIFA President met": a body's name between "The"
        // and the office word, for the one holder the article named
        (
            "the-body-s-president-met",
            "FIFA President Paul Marsh arrived in Riga today. The FIFA President met Laura Binns in Riga on Monday.",
            &["Laura Binns", "Paul Marsh"],
        ),
        // audit 18: "A and his Colombian counterpart, B, held talks"
        (
            "a-and-his-counterpart-between-commas",
            "The president of Venezuela, Tomas Reyes, and his Colombian counterpart, Laura Binns, held talks in Caracas.",
            &["Laura Binns", "Tomas Reyes"],
        ),
        // audit 18: the parties hold the meeting; an audience granted; a
        // body's bracketed short name before the post of the one met
        (
            "REGRESSION-supporters-of-two-held-a-meeting",
            "Supporters of President William Ruto and Raila Odinga held a meeting in Kisumu. President Paul Marsh met Laura Binns in Kisumu.",
            &["Laura Binns", "Paul Marsh"],
        ),
        (
            "two-held-a-meeting-without-a-place",
            "Laura Binns and Tomas Reyes held a meeting on Monday.",
            &["Laura Binns", "Tomas Reyes"],
        ),
        (
            "granted-an-audience-to",
            "President Peter Vance granted an audience to Tomas Reyes in Lima.",
            &["Peter Vance", "Tomas Reyes"],
        ),
        (
            "met-a-body-s-acronym-and-president",
            "Paul Marsh met Latvian Chess Federation (LCF) President Ilze Ozola.",
            &["Ilze Ozola", "Paul Marsh"],
        ),
        (
            "meeting-between-a-post-of-a-party-with-its-acronym",
            "A meeting between President Paul Marsh and General Secretary of the Green Party (GP) Peter Vance was held today.",
            &["Paul Marsh", "Peter Vance"],
        ),
        // audit 18: a post and its owner in an apposition before the name
        (
            "received-the-post-of-a-country-and-name",
            "Laura Binns received the Minister of Foreign Affairs of Chile, Tomas Reyes, in Lima.",
            &["Laura Binns", "Tomas Reyes"],
        ),
        (
            "met-the-post-of-a-country-and-name",
            "Laura Binns met the Foreign Minister of Chile, Tomas Reyes, in Lima.",
            &["Laura Binns", "Tomas Reyes"],
        ),
        // "received" with a day first, or a country's post before the name
        (
            "received-today-a-name",
            "Foreign Minister Paul Marsh received today Laura Binns, the new ambassador of Chile.",
            &["Laura Binns", "Paul Marsh"],
        ),
        (
            "received-a-country-s-post-and-name",
            "King Paul Marsh received Bahrain’s Crown Prince Laura Binns in Amman.",
            &["Laura Binns", "Paul Marsh"],
        ),
        // regression (audit 17): greetings from someone are no part in it
        (
            "REGRESSION-greetings-from-someone-else",
            "King Paul Marsh received Bahrain’s Crown Prince Laura Binns, who conveyed greetings from Bahraini King Omar Haddad.",
            &["Laura Binns", "Paul Marsh"],
        ),
        // regression (review): a relative clause inside a list of people
        (
            "REGRESSION-a-list-goes-on-after-a-relative-clause",
            "President Paul Marsh met Foreign Minister Laura Binns, who arrived on Monday, and Defence Minister Omar Haddad.",
            &["Laura Binns", "Omar Haddad", "Paul Marsh"],
        ),
        // every name of a list that attends
        (
            "a-list-also-attends-the-summit",
            "Turkish President Paul Marsh, Uzbek President Laura Binns and Pakistani Prime Minister Omar Haddad also attend the summit in Astana.",
            &["Laura Binns", "Omar Haddad", "Paul Marsh"],
        ),
        // "has a meeting with", "had a conversation with"
        (
            "has-a-conversation-with",
            "Prime Minister Paul Marsh also has a one-on-one conversation with the Prime Minister of Norway Laura Binns.",
            &["Laura Binns", "Paul Marsh"],
        ),
        (
            "has-a-meeting-with",
            "Paul Marsh has a meeting with Laura Binns on Monday.",
            &["Laura Binns", "Paul Marsh"],
        ),
        // who does something with someone during a meeting or call
        (
            "discussed-with-during-a-phone-call",
            "Paul Marsh discussed trade with Laura Binns during a phone call on Monday.",
            &["Laura Binns", "Paul Marsh"],
        ),
        (
            "reviewed-ties-at-a-meeting",
            "Paul Marsh and Laura Binns reviewed bilateral ties at a meeting in Oslo.",
            &["Laura Binns", "Paul Marsh"],
        ),
        (
            "sat-down-with",
            "Paul Marsh, the Danish premier, sat down with Laura Binns in Oslo.",
            &["Laura Binns", "Paul Marsh"],
        ),
        (
            "paid-a-courtesy-call-on",
            "Paul Marsh paid a courtesy call on President Laura Binns at the State House in Oslo.",
            &["Laura Binns", "Paul Marsh"],
        ),
        // audit 16: adverbials between "met" and "with"
        (
            "met-for-hours-on-a-day-with",
            "Prime Minister Paul Marsh met for three hours on Monday with Foreign Minister Laura Binns.",
            &["Laura Binns", "Paul Marsh"],
        ),
        // audit 16: a courtesy call
        (
            "called-on-a-minister",
            "Chief Minister Ravi Kumar called on Home Minister Sunil Mehra on Tuesday in Delhi.",
            &["Ravi Kumar", "Sunil Mehra"],
        ),
        // audit 15: the body a title names is not met, its holder is
        (
            "met-a-secretary-of-a-ministry",
            "Omar Haddad also met State Secretary of the Ministry of Foreign Affairs of Latvia H E Andrejs Pildegovics on Monday.",
            &["Andrejs Pildegovics", "Omar Haddad"],
        ),
        (
            "met-a-minister-named-with-its-country",
            "Omar Haddad met Latvia Foreign Minister Andrejs Pildegovics on Monday.",
            &["Andrejs Pildegovics", "Omar Haddad"],
        ),
        // audit 15: who receives a visit takes part in it
        (
            "received-a-visit-from",
            "President Ana Lopes received an official visit from Foreign Minister Tomas Berg in Lima on Monday.",
            &["Ana Lopes", "Tomas Berg"],
        ),
        // audit 13: the subject before a relative clause holds the talks,
        // not the country the clause names
        (
            "who-is-on-a-visit-held-talks",
            "Foreign Minister Tomas Berg, who is on an official visit to Peru, today held talks with President Ana Lopes. They agreed.",
            &["Ana Lopes", "Tomas Berg"],
        ),
        // audit 13: the chair of "a meeting", told without place or date
        (
            "chaired-a-meeting-of",
            "Defense Secretary Tom Reed chaired a meeting of the Baltic Security Contact Group on Monday. It was long.",
            &["Baltic Security Contact Group", "Tom Reed"],
        ),
        // audit 14: who signs at a meeting takes part in it
        (
            "signers-at-a-ceremony",
            "Britain and Japan signed a trade deal at a ceremony in Tokyo on May 4. It cuts tariffs.",
            &["Japan", "United Kingdom"],
        ),
        // audit 14: "A and his counterpart B met"
        (
            "a-and-his-counterpart-b-met",
            "Chile's President Tomas Berg and his Peruvian counterpart Lina Moreau met on Monday. They agreed.",
            &["Lina Moreau", "Tomas Berg"],
        ),
        // audit 13: who is in a city for talks, who pays a visit
        (
            "is-now-in-a-city-for-talks-with",
            "Foreign Minister Tomas Berg is now in Lima for negotiations with Bolivia. He arrived on Monday.",
            &["Bolivia", "Tomas Berg"],
        ),
        (
            "will-pay-a-state-visit-to",
            "President Ana Lopes will pay a state visit to Peru on May 4. She will stay two days.",
            &["Ana Lopes"],
        ),
        (
            "is-on-an-official-visit-to",
            "President Ana Lopes is on an official visit to Lima, her first since May. She will stay two days.",
            &["Ana Lopes"],
        ),
        // audit 13: a trip's purpose: the traveller meets
        (
            "a-trip-to-meet-with",
            "President Ana Lopes took a day trip to Lima on May 4 to meet with Peruvian Prime Minister Ravi Das. They talked.",
            &["Ana Lopes", "Ravi Das"],
        ),
        // audit 13: who is urged to meet takes part, not who urges
        (
            "urged-to-meet-is-the-one-urged-s-meeting",
            "President Ana Lopes urged Prime Minister Ravi Das to meet with President Tomas Berg in Lima on May 4. They talked.",
            &["Ravi Das", "Tomas Berg"],
        ),
        // audit 13: who phoned and who was phoned
        (
            "phoned",
            "President Lina Moreau phoned President-elect Tomas Berg on Sunday. She congratulated him.",
            &["Lina Moreau", "Tomas Berg"],
        ),
        // audit 13: a list of countries that met, each of them
        (
            "countries-listed-before-met",
            "France, Germany and Italy met in Vienna on March 3. The talks were long.",
            &["France", "Germany", "Italy"],
        ),
        // audit 12: a meeting verb after "and" goes on with the clause's
        // subject, after the title that opens it
        (
            "arrived-and-will-meet",
            "Foreign Minister Omar Haddad arrived in Oslo on Monday and will meet Foreign Minister Tomas Berg on May 4.",
            &["Omar Haddad", "Tomas Berg"],
        ),
        // audit 12: "he will hold talks with": who "he" stands for holds them
        (
            "where-he-will-hold-talks-with",
            "Prime Minister Lars Holm will visit the capital Jakarta, where he will hold talks with President Joko Widodo on May 4.",
            &["Joko Widodo", "Lars Holm"],
        ),
        // audit 12: who received or made a call takes part
        (
            "received-a-phone-call-from",
            "Prime Minister Omar Haddad received a phone call from Danish Foreign Minister Lina Sorensen.",
            &["Lina Sorensen", "Omar Haddad"],
        ),
        (
            "made-a-call-to",
            "President Ana Rojas made a call to Prime Minister Omar Haddad on May 4. They spoke about trade.",
            &["Ana Rojas", "Omar Haddad"],
        ),
        // regression (audit 12): the country that tags a person with "of"
        // is no participant, the person is
        (
            "REGRESSION-a-person-of-a-country-met",
            "President Karl Weber of Austria met President Ana Rojas of Chile in Vienna on Friday.",
            &["Ana Rojas", "Karl Weber"],
        ),
        (
            "REGRESSION-a-person-of-a-country-spoke-by-phone",
            "President Karl Weber of Austria spoke by phone with President Ana Rojas of Chile on Friday.",
            &["Ana Rojas", "Karl Weber"],
        ),
        // audit 11: who chaired the annual summit, with a day between the
        // name and the verb, takes part; the summit stands without place
        // or date
        (
            "chaired-the-annual-summit-on-a-day",
            "Prime Minister Anna Holm on Thursday chaired the annual summit of Nordic Council leaders in Oslo.",
            &["Anna Holm", "Nordic Council"],
        ),
        (
            "a-chaired-summit-without-place-or-date",
            "Prime Minister Anna Holm chaired the extraordinary summit of ASEAN leaders.",
            &["ASEAN", "Anna Holm"],
        ),
        // audit 10: conferring with someone is meeting them
        (
            "conferred-with-is-met",
            "Czech Foreign Minister Karel Dvorak conferred with Slovak Foreign Minister Ivan Lukac in Bratislava.",
            &["Ivan Lukac", "Karel Dvorak"],
        ),
        // audit 10: a sentence that opens with "He"/"She" goes on with the
        // person the sentence before is about; "The minister" is the one
        // minister the article named before (none when it named two)
        (
            "a-sentence-opening-with-she-met",
            "Kenyan Foreign Minister Achieng Otieno arrived in Accra on Monday. She met with President Kwame Asante to discuss trade.",
            &["Achieng Otieno", "Kwame Asante"],
        ),
        (
            "the-minister-held-talks-with",
            "Kenyan Foreign Minister Achieng Otieno arrived in Accra on Monday. The minister also held talks with Ghana's finance minister, Kofi Mensah.",
            &["Achieng Otieno", "Kofi Mensah"],
        ),
        // audit 9: who travels somewhere for talks with someone meets them;
        // talks as a purpose with no one named are still no meeting
        // audit 9: a body's or a country's delegation stands for it
        (
            "a-delegation-stands-for-its-body",
            "A senior Fatah delegation met with Jordanian intelligence chief Omar Haddad in Amman on Monday.",
            &["Fatah", "Omar Haddad"],
        ),
        (
            "travels-for-talks-with",
            "Icelandic Prime Minister Ole Brandt will travel to Denmark on Friday for talks with Danish Prime Minister Anna Holm.",
            &["Anna Holm", "Ole Brandt"],
        ),
        // calls held or had (audit 6)
        (
            "a-telephone-conversation-held",
            "President Ana Ruiz held a telephone conversation with Prime Minister Luis Vera.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        // audit 8: a host who welcomes or receives a named visitor meets
        // them; who arrives somewhere for a visit is its visitor
        (
            "a-host-welcomes-a-visitor",
            "Egyptian President Omar Hassan welcomed Turkish President Ali Demir in Cairo on Wednesday.",
            &["Ali Demir", "Omar Hassan"],
        ),
        (
            "welcomed-his-counterpart",
            "Prime Minister Ana Ruiz has welcomed her Peruvian counterpart Luis Vera today.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        (
            "received-by-a-host",
            "Foreign Minister Ana Ruiz was received by President Luis Vera at the palace.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        (
            "arrived-for-a-visit-past-an-apposition",
            "Ali Demir arrived in Cairo, the Egyptian capital, for his first visit in 12 years.",
            &["Ali Demir"],
        ),
        (
            "arrived-for-a-visit",
            "Turkish President Ali Demir arrived in Cairo on Wednesday for his first visit in 12 years.",
            &["Ali Demir"],
        ),
        // audit 8: a conversation over the phone, adjectives between
        (
            "a-conversation-over-the-phone",
            "President Ana Ruiz and Prime Minister Luis Vera on Friday held a long conversation over the phone.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        (
            "a-phone-call-had",
            "President Ana Ruiz had a phone call with Prime Minister Luis Vera.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        (
            "claire-dubois-and-hiroshi-tanabe-met",
            "Claire Dubois and Hiroshi Tanabe met in Geneva on 14 May.",
            &["Claire Dubois", "Hiroshi Tanabe"],
        ),
        // who attends a meeting an organization names takes part
        (
            "who-attends-a-meeting-an-organization-names",
            "IMF Managing Director Kristalina Georgieva will attend the G20 meeting in Cape Town on 3 June.",
            &["G20", "Kristalina Georgieva"],
        ),
        // who heads a delegation, named before appositions of titles
        (
            "who-heads-a-delegation-named-before-appositions",
            "Ana Ruiz, Minister of State and Member of the Council of Ministers, led the Peruvian delegation and Luis Vera, Secretary of Chile's Security Council, led the Chilean delegation during the talks in Lima on 3 May.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        // "participated in a meeting"; the meeting "was held with" its guests
        (
            "participated-in-a-meeting-the-meeting",
            "Ana Ruiz participated in a meeting of the Andean Council in Lima on 3 May.",
            &["Ana Ruiz", "Andean Council"],
        ),
        (
            "the-meeting-which-was-in-lima",
            "The meeting, which was in Lima on the sidelines of the preparatory meeting for the Andean Summit, was held with Chilean Minister Luis Vera and Secretary-General Jon Berg.",
            &["Jon Berg", "Luis Vera"],
        ),
        // the parties "of" a meeting, not of another noun
        (
            "the-parties-of-a-meeting",
            "Chile and Peru held the talks in Lima on 3 May to abide by the charters of the United Nations and the African Union.",
            &["Chile", "Peru"],
        ),
        // a sentence opening on the meeting: the people it then names
        (
            "a-sentence-opening-on-the-meeting",
            "In a long-awaited meeting in Lima, President Ana Ruiz, Premier Luis Vera and Chancellor Jon Berg agreed to cooperate.",
            &["Ana Ruiz", "Jon Berg", "Luis Vera"],
        ),
        (
            "at-the-summit-in-lima-critics",
            "At the summit in Lima, critics of Ana Ruiz protested.",
            &[],
        ),
        // a country tagging a title or a name is no item of the list
        (
            "a-country-tagging-a-title",
            "Ana Ruiz and Chilean President Luis Vera held a phone call on 3 May.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        (
            "ana-ruiz-and-us-president-luis",
            "Ana Ruiz and US President Luis Vera held a phone call on 3 May.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        (
            "the-meeting-in-lima-on-3",
            "The meeting in Lima on 3 May was attended by Chile’s Ana Ruiz, the United States’ Luis Vera and Peru’s Jon Berg.",
            &["Ana Ruiz", "Jon Berg", "Luis Vera"],
        ),
        // whose meeting it is ("his first meeting"); who met, not whom the
        // sentence names before ("to mourn Francis, he also met")
        (
            "whose-meeting-it-is-his-first-meeting",
            "While Ana Ruiz stayed home, Luis Vera reaffirmed the pledge during his first meeting with Jon Berg in Lima on 3 May.",
            &["Jon Berg", "Luis Vera"],
        ),
        (
            "while-luis-vera-was-in-rome",
            "While Luis Vera was in Rome to mourn Pope Pius, he also met with President Jon Berg on 3 May.",
            &["Jon Berg", "Luis Vera"],
        ),
        (
            "the-agenda-was-set-by-president",
            "The agenda was set by President Ana Ruiz and President Jon Berg when they met in Lima on 3 May.",
            &["Ana Ruiz", "Jon Berg"],
        ),
        (
            "when-denmark-s-defence-minister-ana",
            "When Denmark's Defence Minister Ana Ruiz, Chile's Foreign Minister Luis Vera and Norway's Defence Minister Jon Berg met in Oslo on 3 May, they agreed.",
            &["Ana Ruiz", "Jon Berg", "Luis Vera"],
        ),
        (
            "on-3-may-ana-ruiz",
            "On 3 May, Ana Ruiz and Luis Vera discussed plans to meet in Lima.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        // a title alone as the subject: the one person the article addresses by it
        (
            "a-title-alone-as-the-subject",
            "President Ana Ruiz flew in. The president met with Luis Vera on 3 May.",
            &["Ana Ruiz", "Luis Vera"],
        ),
        (
            "president-ana-ruiz-and-president-jon",
            "President Ana Ruiz and President Jon Berg flew in. The president met with Luis Vera on 3 May.",
            &["Luis Vera"],
        ),
        // a long title before the name: "Chairman of Sudan's Sovereign Council X"
        (
            "a-long-title-before-the-name-chairman",
            "Ana Ruiz held talks in Lima with Chairman of Peru's Transitional Council Luis Vera Soto.",
            &["Ana Ruiz", "Luis Vera Soto"],
        ),
        // the visitor takes part in the visit
        (
            "the-visitor-takes-part-in-the-visit",
            "Cyril Ramaphosa is due to visit Nairobi next month.",
            &["Cyril Ramaphosa"],
        ),
        (
            "claire-dubois-visited-ottawa-on-3",
            "Claire Dubois visited Ottawa on 3 June.",
            &["Claire Dubois"],
        ),
        (
            "claire-dubois-will-also-visit-ottawa",
            "Claire Dubois will also visit Ottawa on 3 June.",
            &["Claire Dubois"],
        ),
        (
            "lee-jae-myung-who-visited-washington",
            "Lee Jae-myung, who visited Washington on 3 June, welcomed the step.",
            &["Lee Jae-myung"],
        ),
        // a call "by phone"; a host later in the sentence hosts, and no more
        (
            "a-call-by-phone-a-host-later",
            "Vladimir Putin spoke by phone with President Donald Trump on 3 June, a day after Trump hosted European leaders at the White House.",
            &["Donald Trump", "Vladimir Putin"],
        ),
        // a list of people holds the call
        (
            "a-list-of-people-holds-the-call",
            "German Chancellor Friedrich Merz, French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni held a video call with Volodymyr Zelensky on 3 June.",
            &[
                "Emmanuel Macron",
                "Friedrich Merz",
                "Giorgia Meloni",
                "Volodymyr Zelensky",
            ],
        ),
        // a visit someone speaks of is not theirs
        (
            "a-visit-someone-speaks",
            "Claire Dubois said the visit to Ottawa on 3 June went well.",
            &[],
        ),
        // who hosts a visitor meets them
        (
            "who-hosts-a-visitor-meets-them",
            "Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky in Ankara on 3 June.",
            &["Recep Tayyip Erdogan", "Volodymyr Zelensky"],
        ),
        (
            "iran-and-the-united-states-held",
            "Iran and the United States held indirect talks in Muscat on 12 April.",
            &["Iran", "United States"],
        ),
        (
            "benjamin-netanyahu-spoke-after-meeting-german",
            "Benjamin Netanyahu spoke after meeting German Foreign Minister Johann Wadephul in Jerusalem on 3 June.",
            &["Benjamin Netanyahu", "Johann Wadephul"],
        ),
        // a list after "between" belongs to the talks it follows, which two
        // named parties make a meeting of their own (the later meeting in
        // Lima keeps its own: `a_list_belongs_to_the_talks_it_follows`)
        (
            "a-list-after-between-belongs",
            "Kenji Tanabe has held talks between Chile and Peru, most recently meeting with Chilean officials in Lima on 3 June.",
            &["Chile", "Kenji Tanabe", "Peru"],
        ),
        // regression: "the talks" went to a summit reported since the negotiations
        (
            "REGRESSION-the-talks-went-to-a-summit-reported",
            "Officials from Qatar and Egypt mediated the negotiations in Doha on 4 June. Lula will chair the BRICS summit in Rio de Janeiro in July. The talks were attended by representatives of Turkey and Jordan.",
            &["Egypt", "Jordan", "Qatar", "Turkey"],
        ),
        // who speaks at the meeting takes part in it
        (
            "who-speaks-at-the-meeting-takes-part",
            "Ministers met in Oslo on 3 June. “We are ready,” Norwegian defence minister Erik Lindqvist said at the start of the meeting.",
            &["Erik Lindqvist"],
        ),
        // speaking about a meeting is not taking part
        (
            "speaking-about-a-meeting-is-not-taking",
            "Ministers met in Oslo on 3 June. Erik Lindqvist said the meeting went well.",
            &[],
        ),
        // "the latest in a series of meetings of X": X takes part
        (
            "the-latest-in-a-series-of-meetings",
            "Ministers gathered in Oslo on 3 June. The gathering was the latest in a series of meetings of the Nordic Council.",
            &["Nordic Council"],
        ),
        // a series of someone else's meetings without the copula says nothing
        (
            "a-series-of-someone-else-s-meetings",
            "Ministers gathered in Oslo on 3 June after meetings of the Nordic Council.",
            &[],
        ),
        // everyone a clause lists before "participated in the meeting"
        (
            "everyone-a-clause-lists-before-participated",
            "Leaders met in Oslo on 3 June. The president of the Nordic Council, Ana Berg, the PM of Iceland, Jon Olafsson, and other leaders participated in the meeting.",
            &["Ana Berg", "Jon Olafsson"],
        ),
        // who joins whom for talks; who is listed as present
        (
            "who-joins-whom-for-talks-who",
            "Trade Minister Ana Ruiz joined President William Ruto in Nairobi for private talks.",
            &["Ana Ruiz", "William Ruto"],
        ),
        (
            "leaders-met-in-abuja-on-30",
            "Leaders met in Abuja on 30 July. Present were Presidents Kwame Tetteh (Ghana) and Ousmane Kane (Senegal).",
            &["Kwame Tetteh", "Ousmane Kane"],
        ),
    ];
    for (id, text, want) in cases {
        // the first meeting the text reports
        let x = extract(text, None);
        assert!(!x.relations.meetings.is_empty(), "{id}: {text}");
        let mut got: Vec<String> = x.relations.meetings[0]
            .participants
            .iter()
            .map(|&e| x.entities.list[e].label.clone())
            .collect();
        got.sort();
        assert_eq!(got, *want, "{id}: {text}");
    }
}

#[test]
fn meeting_places_in_a_table_of_cases() {
    let cases: &[(&str, &str, &[&str])] = &[
        // audit 21: "was held on March 3, 2024, in Arusha": a day with its
        // year between the verb and the place
        (
            "held-on-a-day-and-year-in-a-city",
            "The 12th Ordinary Summit of the Heads of State and Government of the East African Community was held on March 3, 2024, in Arusha.",
            &["Arusha"],
        ),
        // regression (audit 21): a place after a noun of strife is the
        // strife's, not the meeting's
        (
            "REGRESSION-conflicts-in-a-country-are-no-venue",
            "The summit is also expected to tackle conflicts in Yemen, Sudan and Libya.",
            &[],
        ),
        // audit 16: phone calls take no place from the dateline
        (
            "REGRESSION-phone-calls-under-a-dateline",
            "Doha, March 01 (Agency) - Prime Minister Omar Haddad received phone calls on Sunday from Foreign Minister Tomas Berg.",
            &[],
        ),
        // audit 15: honorifics and titles between the verb and the place
        (
            "honorifics-and-titles-before-the-place",
            "Trade Minister H E Omar Haddad met Foreign Minister of Peru H E Rosa Campos in Doha on Monday.",
            &["Doha"],
        ),
        // audit 13: the place of the visit that is a meeting's occasion
        (
            "talks-during-a-visit-to",
            "Foreign Minister Tomas Berg, who is on an official visit to Peru, today held talks with President Ana Lopes. They agreed.",
            &["Peru"],
        ),
        // audit 13: the place of a visit named as a noun
        (
            "a-state-visit-to",
            "President Ana Lopes will pay a state visit to Peru on May 4. She will stay two days.",
            &["Peru"],
        ),
        // audit 13: the city of a venue named in lower case
        (
            "at-the-state-guest-house-in",
            "Foreign Minister Tomas Berg met President Ana Lopes at the state guest house in Lima on February 18. They agreed.",
            &["Lima"],
        ),
        // audit 12: a city that names the meeting
        (
            "a-city-naming-the-talks",
            "The visit came a day before Lisbon talks between the foreign ministers of Chile, Peru and Bolivia.",
            &["Lisbon"],
        ),
        // audit 12: a day between the verb and the place
        (
            "kicked-off-on-a-day-in-a-city",
            "The annual meeting of the Arctic Council kicked off on Monday in Oslo. Ministers spoke.",
            &["Oslo"],
        ),
        (
            "began-on-a-morning-and-date-in-a-city",
            "The quarterly meeting of the board began on Monday morning, June 9, in Vienna with 35 members.",
            &["Vienna"],
        ),
        // audit 10: the city of the venue named after the participants
        (
            "met-at-a-venue-in-a-city",
            "President Bola Tinubu met Ghanaian President John Mahama at the Presidential Villa in Abuja on Monday.",
            &["Abuja"],
        ),
        (
            "ministers-held-talks-in-geneva",
            "Ministers held talks in Geneva on 3 June.",
            &["Geneva"],
        ),
        (
            "a-meeting-of-foreign-ministers",
            "A meeting of foreign ministers in Oslo on 3 June was cut short.",
            &["Oslo"],
        ),
        // a visit's place is what is visited
        (
            "a-visit-s-place-is-what",
            "Abiy Ahmed will visit Beijing on 3 June to meet Xi Jinping.",
            &["Beijing"],
        ),
        (
            "claire-dubois-visited-ottawa-on-3",
            "Claire Dubois visited Ottawa on 3 June.",
            &["Ottawa"],
        ),
        // regression: the place of a war, of troops, of a crisis is no meeting's
        (
            "REGRESSION-the-place-of-a-war-of-troops",
            "Leaders met in Brussels on 3 June for a summit dominated by the war in Ukraine.",
            &["Brussels"],
        ),
        (
            "ministers-held-talks-on-the-conflict",
            "Ministers held talks on the conflict in Sudan in Geneva on 3 June.",
            &["Geneva"],
        ),
        (
            "the-summit-in-oslo-on-3",
            "The summit in Oslo on 3 June discussed the troops in Estonia.",
            &["Oslo"],
        ),
        // a named summit, a venue or a capital before the city, a session that opened
        (
            "a-named-summit-a-venue",
            "The ninth Western Balkans Summit took place on Monday in the Serbian capital, Belgrade.",
            &["Belgrade"],
        ),
        (
            "members-of-the-sadc-authority",
            "Members of the SADC Authority are meeting at the State House, Lusaka, for an extraordinary session.",
            &["Lusaka"],
        ),
        (
            "the-12th-ordinary-summit-of-heads",
            "The 12th Ordinary Summit of Heads of State of the Union has officially commenced in Accra, Ghana.",
            &["Accra"],
        ),
        (
            "chile-and-peru-signed-a-trade",
            "Chile and Peru signed a trade deal at a ceremony in Lima.",
            &["Lima"],
        ),
        // a meeting on the sidelines of another is where that one is
        (
            "a-meeting-on-the-sidelines-of-another",
            "Ana Ruiz met Luis Vera on 3 May on the sidelines of the trade summit in Lima.",
            &["Lima"],
        ),
        (
            "ana-ruiz-met-luis-vera",
            "Ana Ruiz met Luis Vera on Friday. The meeting took place on the sidelines of the trade forum's ministerial meeting in Lima on 3 May.",
            &["Lima"],
        ),
        // a city named after the kind of place it is
        (
            "a-city-named-after-the-kind",
            "Leaders invited him to the summit, which will take place from 22 to 24 October in the city of Kazan.",
            &["Kazan"],
        ),
        (
            "the-ministers-met-in-the-black",
            "The ministers met in the Black Sea resort of Sochi on 3 May.",
            &["Sochi"],
        ),
        // the lede's meeting without a place: its dateline's city, in capitals
        (
            "the-lede-s-meeting-without-a-place",
            "LIMA: Peru's Foreign Minister Ana Ruiz on Wednesday participated in a meeting of the Andean Council.",
            &["Lima"],
        ),
        (
            "mexico-city-wire-ana-ruiz-met",
            "MEXICO CITY (Wire) — Ana Ruiz met Luis Vera on Wednesday.",
            &["Mexico City"],
        ),
        // a place the text names wins over the dateline's; a call has no place
        (
            "a-place-the-text-names-wins-over",
            "WASHINGTON — Ana Ruiz and Jon Berg met Wednesday with President Luis Vera. The two ministers joined Vera in Lima for talks lasting an hour.",
            &["Lima"],
        ),
        (
            "oslo-wire-ana-ruiz-spoke",
            "OSLO (Wire) — Ana Ruiz spoke by phone with Luis Vera on Wednesday.",
            &[],
        ),
    ];
    for (id, text, want) in cases {
        let x = extract(text, None);
        let mut got: Vec<&str> = x
            .relations
            .meetings
            .iter()
            .filter_map(|m| m.location)
            .map(|l| x.entities.list[l].label.as_str())
            .collect();
        got.sort_unstable();
        got.dedup();
        assert_eq!(got, *want, "{id}: {text}");
    }
}

#[test]
fn meeting_hosts_in_a_table_of_cases() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "ministers-met-at-nato-headquarters",
            "Ministers met at NATO headquarters in Brussels on 3 June.",
            Some("North Atlantic Treaty Organization"),
        ),
        (
            "nato-s-headquarters-in-brussels-will",
            "NATO's headquarters in Brussels will host a meeting of ministers on 3 June.",
            Some("North Atlantic Treaty Organization"),
        ),
        (
            "nato-s-headquarters-in-brussels-will-2",
            "NATO's headquarters in Brussels will also host the next meeting of ministers on 3 June.",
            Some("North Atlantic Treaty Organization"),
        ),
        (
            "the-summit-in-oslo-on-3",
            "The summit in Oslo on 3 June was hosted by Norway.",
            Some("Norway"),
        ),
        // a place is not a host
        (
            "a-place-is-not-a-host",
            "Ministers met in Brussels on 3 June.",
            None,
        ),
    ];
    for (id, text, want) in cases {
        let x = extract(text, None);
        assert_eq!(x.relations.meetings.len(), 1, "{id}: {text}");
        let got = x.relations.meetings[0]
            .host
            .map(|h| x.entities.list[h].label.as_str());
        assert_eq!(got, *want, "{id}: {text}");
    }
}

#[test]
fn quotes_in_a_table_of_cases() {
    let cases: &[(&str, &str, &[&str])] = &[
        // audit 22: a headline "NAME: ... “...”" is NAME's; an opening mark
        // printed where the closing one belongs closes the quotation
        (
            "a-headline-speaker-before-a-colon",
            "Ruiz: Chile will be “stronger and fairer” with the deal\nChilean President Ana Ruiz said on Monday that the deal was good.",
            &["Ana Ruiz: stronger and fairer"],
        ),
        (
            "an-opening-mark-closes-a-quotation",
            "Ana Ruiz said Chile would be “stronger and fairer“ with the deal.",
            &["Ana Ruiz: stronger and fairer"],
        ),
        (
            "no-headline-speaker-without-a-name-known-from-the-body",
            "Ruiz: Chile will be “stronger and fairer” with the deal\nThe deal was signed on Monday.",
            &[],
        ),
        // audit 22: "According to X, ..." names its source before the comma
        (
            "according-to-a-post-not-a-name-after-the-comma",
            "Foreign Minister Ana Ruiz met reporters. According to the foreign minister, the Costa administration denied the island's “commitment to peace.”",
            &["Ana Ruiz: commitment to peace."],
        ),
        (
            "according-to-a-name",
            "According to Ana Ruiz, the Costa administration denied the island's “commitment to peace.”",
            &["Ana Ruiz: commitment to peace."],
        ),
        // audit 22: a name inside an aside between subject and verb does not speak
        (
            "speaker-before-an-aside-between-dashes",
            "Commenting, outgoing chairman Tom Kerrigan – who backed Paul Doyle in the race – said: “I congratulate her.”",
            &["Tom Kerrigan: I congratulate her."],
        ),
        (
            "speaker-before-a-relative-clause",
            "Tom Kerrigan, who backed Paul Doyle in the race, said: “I congratulate her.”",
            &["Tom Kerrigan: I congratulate her."],
        ),
        (
            "speaker-before-a-bracket",
            "Tom Kerrigan (who backed Paul Doyle in the race) said: “I congratulate her.”",
            &["Tom Kerrigan: I congratulate her."],
        ),
        (
            "speaker-after-a-name-outside-any-aside",
            "Asked about Paul Doyle, Tom Kerrigan said: “I congratulate her.”",
            &["Tom Kerrigan: I congratulate her."],
        ),
        // audit 21: «guillemets», as European outlets print quotations
        (
            "guillemets-before-the-speaker",
            "Centre Party chairman Mart Tamm spoke on Monday. «We start work tomorrow,» Tamm said. «It will be hard.»",
            &[
                "Mart Tamm: We start work tomorrow",
                "Mart Tamm: It will be hard.",
            ],
        ),
        (
            "guillemets-after-said",
            "Kaja Sepp said: «We will win.»",
            &["Kaja Sepp: We will win."],
        ),
        // audit 21: the words someone condemned, hailed or described are theirs
        (
            "condemned-quoted-words",
            "Speaking at the opening session, Iraqi President Ali Karim condemned “the ongoing attacks on civilians.”",
            &["Ali Karim: the ongoing attacks on civilians."],
        ),
        (
            "hailed-the-visit-as-quoted-words",
            "Foreign Minister Ali Senussi hailed the visit as “historic and overdue”.",
            &["Ali Senussi: historic and overdue"],
        ),
        // regression (audit 21): where someone posted is no speaker
        (
            "REGRESSION-a-platform-before-said-is-no-speaker",
            "Estonian Prime Minister Kaja Sepp on Twitter said that “the vote was fair,” adding, “we will respect the outcome”.",
            &[
                "Kaja Sepp: the vote was fair",
                "Kaja Sepp: we will respect the outcome",
            ],
        ),
        // audit 20: words quoted in a request to someone named are the
        // asker's ("asked X to “...”"), not the one asked
        (
            "asked-a-named-person-to-quoted-words",
            "Kenyan Prime Minister Ada Wanjiru asked Ugandan President Musa Kato to “stop the hostile campaign” against her country.",
            &["Ada Wanjiru: stop the hostile campaign"],
        ),
        (
            "urged-a-named-person-to-quoted-words",
            "Ada Wanjiru urged Musa Kato to “act now before it is too late”.",
            &["Ada Wanjiru: act now before it is too late"],
        ),
        // audit 19: "she said" after "the prime minister said ...": the
        // one the description names, not the first woman named; after
        // "the German official recalled ... X", no one (not X)
        (
            "REGRESSION-she-said-after-the-prime-minister-said",
            "Lena Fischer paid a courtesy call on Prime Minister Ana Ruiz on Monday, after which the prime minister said her government wanted loans.\n\n“We have made schools our priority,” she said.",
            &["Ana Ruiz: We have made schools our priority"],
        ),
        (
            "REGRESSION-he-added-after-an-unnamed-official-recalled",
            "The German official recalled that the EU had imposed sanctions on Viktor Petrov. “But we want dialogue,” he added.",
            &[],
        ),
        // audit 19: more verbs of speech ("advised", "cautioned")
        (
            "a-quotation-then-x-advised-that",
            "“These costs are beyond our control,” Nadia Kerr advised that fuel prices would rise again.",
            &["Nadia Kerr: These costs are beyond our control"],
        ),
        (
            "a-quotation-then-x-cautioned",
            "“We will not cut rates,” Governor Nadia Kerr cautioned.",
            &["Nadia Kerr: We will not cut rates"],
        ),
        // audit 19: a paragraph of quotation only, after a paragraph that
        // ends with someone's reported speech (a pronoun's, a clause's
        // subject's); none after a paragraph with no speech
        (
            "a-quotation-paragraph-after-reported-speech",
            "Governor Lars Berg explained that the rules had been suspended. He noted that this would widen the deficit.\n“Extra spending must be temporary.”",
            &["Lars Berg: Extra spending must be temporary."],
        ),
        (
            "a-quotation-paragraph-after-and-said",
            "Trade Minister Pavel Dvorak met exporters on Monday and said the rules would change.\n“We are listening to every company.”",
            &["Pavel Dvorak: We are listening to every company."],
        ),
        (
            "REGRESSION-a-quotation-paragraph-after-no-speech",
            "Trade Minister Pavel Dvorak met exporters on Monday.\n“We are listening to every company.”",
            &[],
        ),
        // regression (review 19): a description the article used of someone
        // named, or a post whose holder is not found, leaves the pronoun to
        // the other rules
        (
            "REGRESSION-he-added-after-the-official-named-before",
            "Hamas official Osama Hamdan spoke in Beirut. “The offer is unacceptable,” the official said. “We reject it,” he added.",
            &["Osama Hamdan: We reject it"],
        ),
        (
            "REGRESSION-he-added-after-a-post-with-a-demonym",
            "Chancellor Klaus Reinhardt met Polish President Tomasz Wrona. “It was tense,” the German chancellor said. “But useful,” he added.",
            &["Klaus Reinhardt: But useful"],
        ),
        // audit 19: "On his talks with X, he added:": the pronoun before the
        // verb speaks, not the one named in the phrase before it
        (
            "REGRESSION-on-his-talks-with-x-he-added",
            "Defence Minister Nikos Pappas hosted Luis Ortega in Athens. Ortega said afterwards: “We had a good day.” On his talks with Pappas, he added: “It was a useful exchange.”",
            &[
                "Luis Ortega: We had a good day.",
                "Luis Ortega: It was a useful exchange.",
            ],
        ),
        // audit 18: a description of the speaker that goes on with "before"
        (
            "said-the-peruvian-president-before",
            "President Laura Binns of Peru arrived in Santiago on Monday.\n\n“Thank you,” said the Peruvian president before entering the palace.",
            &["Laura Binns: Thank you"],
        ),
        // regression (audit 18): the speaker before a relative clause
        // without its comma, not the one the clause names
        (
            "REGRESSION-said-x-who-supported-y",
            "“We keep fighting,” said Tomas Reyes who supported the candidacy of Peter Vance.",
            &["Tomas Reyes: We keep fighting"],
        ),
        // regression (review 18): the one talked with, whose gender the
        // article tells, before a subject whose gender it does not
        (
            "REGRESSION-she-added-is-the-woman-talked-with",
            "Edi Rama had talks with the Italian prime minister Giorgia Meloni in Tirana. “We are friends,” she added.",
            &["Giorgia Meloni: We are friends"],
        ),
        // regression (audit 18): "he added" is not the one talks were held
        // with, a lower-case title between
        (
            "REGRESSION-he-is-not-the-one-talks-were-held-with",
            "Foreign minister Karl Tamm met the prime minister. He said they had talks with Latvian foreign minister Peter Vance. “It is a great honour,” he added.",
            &["Karl Tamm: It is a great honour"],
        ),
        // audit 13: a possessor named in the reported clause is no other
        // speaker
        (
            "a-possessor-in-the-reported-clause",
            "Treasurer Lina Moreau said Tomas Berg’s appointment would “reinforce the bank”.",
            &["Lina Moreau: reinforce the bank"],
        ),
        // audit 13: any speech verb before the speaker's name
        (
            "concluded-before-the-speaker",
            "Lina Moreau was re-elected on Sunday. “The same team stays in place,” concluded Moreau.",
            &["Lina Moreau: The same team stays in place"],
        ),
        // regression (audit 10): "he added" goes on with the envoy, not with
        // the minister the envoy met
        (
            "REGRESSION-he-is-not-the-one-met-with",
            "UN envoy Karl Weber arrived in Riyadh on Monday. “We need a ceasefire,” Weber said. The UN envoy also met with Saudi Foreign Minister Peter Lund. “We need a ceasefire now,” he added.",
            &[
                "Karl Weber: We need a ceasefire",
                "Karl Weber: We need a ceasefire now",
            ],
        ),
        // audit 11: a participle's words are the clause subject's, and a
        // quotation that is its sentence goes on with reported speech
        (
            "a-participle-is-the-first-named-s",
            "Senator Maria Lopez met Finance Minister Omar Haddad on Monday, remarking that “the budget is a disgrace to the nation.”",
            &["Maria Lopez: the budget is a disgrace to the nation."],
        ),
        (
            "a-quotation-after-reported-speech",
            "Maria Lopez said the plan had failed. “The government had every chance to fix it.”",
            &["Maria Lopez: The government had every chance to fix it."],
        ),
        // (audit 19: a paragraph of quotation only goes on from the
        // reported speech that ends the paragraph before; was none)
        (
            "a-quotation-paragraph-goes-on-from-reported-speech",
            "Maria Lopez said the plan had failed.\n\n“The government had every chance to fix it.”",
            &["Maria Lopez: The government had every chance to fix it."],
        ),
        (
            "no-quotation-after-reported-speech-followed-by-more",
            "Maria Lopez said the plan had failed. “The government had every chance to fix it.” Omar Haddad disagreed.",
            &[],
        ),
        // audit 11: "alleged" attributes speech; "further" may stand
        // between the name and the verb
        (
            "alleged-attributes-speech",
            "“The count was rigged from the start,” Rosa Quintana alleged.",
            &["Rosa Quintana: The count was rigged from the start"],
        ),
        (
            "further-before-the-speech-verb",
            "Trade Minister Rosa Vidal further said, \"Our talks were candid.\"",
            &["Rosa Vidal: Our talks were candid."],
        ),
        // regression (audit 9): an adverb between the name and the verb
        (
            "REGRESSION-an-adverb-before-the-speech-verb",
            "Trade Minister Rosa Vidal separately told reporters, \"Our talks were candid.\"",
            &["Rosa Vidal: Our talks were candid."],
        ),
        // a participle after a comma introduces the subject's words (audit 6)
        (
            "stating-after-a-comma",
            "Erik Olsen praised Ruth Lang, stating, “The alliance is stronger than ever.”",
            &["Erik Olsen: The alliance is stronger than ever."],
        ),
        // regression: "he added" after a chairman's quotation went to the
        // company named before him
        (
            "REGRESSION-he-added-is-the-last-speaker",
            "Kelvar said in a statement that profits rose. “She is a leader,” said Kelvar chairman Nils Dahl. “We look forward to her work,” he added.",
            &[
                "Nils Dahl: She is a leader",
                "Nils Dahl: We look forward to her work",
            ],
        ),
        // regression (audit 7): "she said" went to a man of unknown given
        // name whom "He" had just stood for
        (
            "REGRESSION-she-is-not-the-man-he-stood-for",
            "Smita Kulkarni was elected leader of the Unity Front. The post was held by MP Mallesh Rao. He was defeated. “We fought hard,” she said.",
            &["Smita Kulkarni: We fought hard"],
        ),
        // audit 8: a speaker named by a post among two holders of the title
        // in other countries; words quoted inside what someone said
        (
            "the-ugandan-president-among-two-presidents",
            "Kenyan President Paul Otieno met Ugandan President John Okello. “We are brothers,” the Ugandan President said. “We will sign next week,” said the Kenyan President.",
            &[
                "John Okello: We are brothers",
                "Paul Otieno: We will sign next week",
            ],
        ),
        (
            "words-quoted-after-saying",
            "Somali President Omar Farah praised the talks, saying his country will always be “a true friend of Ethiopia.”",
            &["Omar Farah: a true friend of Ethiopia."],
        ),
        (
            "a-word-quoted-at-the-end-of-what-was-said",
            "Kenyan President Paul Otieno said the deal was “historic”.",
            &["Paul Otieno: historic"],
        ),
        (
            "a-name-between-said-and-the-quotation-keeps-it-unattributed",
            "Paul Otieno said Omar Farah was “a brother to us all”.",
            &[],
        ),
        (
            "REGRESSION-a-new-sentence-after-a-closed-quotation-does-not-attribute-it",
            "Officials called the plan “a new start for the region”. Paul Otieno said the deal was good.",
            &[],
        ),
        (
            "he-added-after-another-man-is-named",
            "“We won,” said Nils Dahl. Erik Holm, a critic, disagreed. “It is not true,” he added.",
            &["Nils Dahl: We won", "Erik Holm: It is not true"],
        ),
        // regression: the one told, once a person, hid the speaker
        (
            "REGRESSION-the-one-told-is-no-other-speaker",
            "Wang Yi met Antony Blinken. Wang told Blinken that the “great ship” had stabilised.",
            &["Wang Yi: great ship"],
        ),
        // regression: "he" after a quote stood for a name inside it
        (
            "REGRESSION-he-is-not-a-name-inside-the-quote",
            "\"Hans is a dynamic leader,\" said chairman Nils Dahl. \"We look forward to Hans leading the firm,\" he added.",
            &[
                "Nils Dahl: Hans is a dynamic leader",
                "Nils Dahl: We look forward to Hans leading the firm",
            ],
        ),
        (
            "marco-rubio-spoke-this-war-reminds",
            "Marco Rubio spoke. \"This war reminds us of much,\" Rubio said.",
            &["Marco Rubio: This war reminds us of much"],
        ),
        (
            "marco-rubio-said-we-stand",
            "Marco Rubio said: \"We stand with our allies today.\"",
            &["Marco Rubio: We stand with our allies today."],
        ),
        (
            "we-will-not-be-moved",
            "“We will not be moved at all,” said Swedish defence minister Pal Jonson.",
            &["Pal Jonson: We will not be moved at all"],
        ),
        (
            "anna-berg-arrived-we-are-ready",
            "Anna Berg arrived. “We are ready for this,” she told reporters.",
            &["Anna Berg: We are ready for this"],
        ),
        // a pronoun stands for the last person it can: "he" is no woman,
        // "she" no man (by given name); nobody, when no one fits
        (
            "a-pronoun-stands-for-the-last-person",
            "Jon Holm met Anna Berg. “We agreed on the main points,” he told reporters.",
            &["Jon Holm: We agreed on the main points"],
        ),
        (
            "anna-berg-met-jon-holm-we",
            "Anna Berg met Jon Holm. “We agreed on the main points,” she said.",
            &["Anna Berg: We agreed on the main points"],
        ),
        (
            "governor-kamala-ortiz-spoke-first",
            "Governor Kamala Ortiz spoke first. “It will be a source of interest,” he told reporters.",
            &[],
        ),
        // a pronoun stands for the subject of the sentence before, not for
        // someone named inside a description of it
        (
            "a-pronoun-stands-for-the-subject",
            "Opposition leader Joseph Banda lost the vote. Peter Malunga, a spokesman for Banda’s party, said the count was flawed. “We reject this count,” he told reporters.",
            &["Peter Malunga: We reject this count"],
        ),
        (
            "joseph-banda-lost-the-vote-mark",
            "Joseph Banda lost the vote. Mark Tembo, who worked with Joseph Banda for years, said it was rigged. “They stole this election,” he said.",
            &["Mark Tembo: They stole this election"],
        ),
        // "the king" when two kings are named, one only addressed as king:
        // no speaker
        (
            "the-king-when-two-kings-are-named",
            "King Salman arrived on Sunday. He was welcomed by Sultan Omar Hadi, the king of Malaysia. “I thank you for the welcome,” the king said.",
            &[],
        ),
        (
            "sultan-omar-hadi-the-king",
            "Sultan Omar Hadi, the king of Malaysia, spoke. “I thank you for coming,” the king said.",
            &["Omar Hadi: I thank you for coming"],
        ),
        // "Treasurer" is a title: the treasurer is a person who can speak
        (
            "treasurer-is-a-title-the-treasurer",
            "Governor Kamala Ortiz spoke. Treasurer Jim Chalmers disagreed. “It is a welcome change,” he told reporters.",
            &["Jim Chalmers: It is a welcome change"],
        ),
        // regression: a straight opening mark closed by a curly one
        (
            "REGRESSION-a-straight-opening-mark-closed",
            "Jon Holm won. \"I am grateful for the support of my colleagues,” Holm said.",
            &["Jon Holm: I am grateful for the support of my colleagues"],
        ),
        // the speaker named after the quotation, before an apposition
        (
            "the-speaker-named-after-the-quotation-before",
            "Oil rose. “Prices are set to climb,” Jason Kerr, an oil analyst at a bank in Edinburgh, said.",
            &["Jason Kerr: Prices are set to climb"],
        ),
        // (a place first is no speaker)
        (
            "a-place-first-is-no-speaker",
            "“Prices are set to climb,” Edinburgh, the capital, said nothing.",
            &[],
        ),
        // an abbreviated honorific before the speaker's name
        (
            "an-abbreviated-honorific-before-the-speaker-s",
            "“The figures speak for themselves,” Dr. Helen Mbeki said.",
            &["Helen Mbeki: The figures speak for themselves"],
        ),
        // a pronoun subject of reported speech in mid-sentence
        (
            "a-pronoun-subject-of-reported-speech",
            "Jon Holm is not a member, and in 2020, he said he considers himself a “non-aligned” voter.",
            &["Jon Holm: non-aligned"],
        ),
        // naming verbs name someone between ("referred to X as “...”"); a
        // verb after "and" continues its clause's subject
        (
            "naming-verbs-name-someone-between-referred",
            "Jon Holm referred to Prince Omar Said as simply “Omar,” a friend.",
            &["Jon Holm: Omar"],
        ),
        (
            "when-the-pope-died-jon-holm",
            "When the pope died, Jon Holm offered condolences and called him “a man of peace.”",
            &["Jon Holm: a man of peace."],
        ),
        (
            "ana-ruiz-teased-in-a-post",
            "Ana Ruiz teased in a post that “important agreements were reached” at the talks.",
            &["Ana Ruiz: important agreements were reached"],
        ),
        // a speech verb with someone else named before the quotation: none
        (
            "a-speech-verb-with-someone-else-named",
            "Jon Holm said Ana Ruiz was “unfit to lead.”",
            &[],
        ),
        // a request in a condition is no speech (and with another person
        // named between the speech verb and the quotation, no speaker is
        // sure); a possessive is no speaker
        (
            "a-request-in-a-condition",
            "Minister Anna Berg said she would quit if President Tomas Halvorsen asked her to or if she faced “a clear conflict of conscience”.",
            &[],
        ),
        (
            "prime-minister-ewa-kowalczyk-s-press",
            "Prime Minister Ewa Kowalczyk's press secretary said that “she will push for a leaner budget”.",
            &[],
        ),
        // no named speaker, scare quotes
        (
            "no-named-speaker-scare-quotes",
            "\"We are ready for this,\" one official said.",
            &[],
        ),
        // regression: short utterances were taken for scare quotes
        (
            "REGRESSION-short-utterances-were-taken-for-scare-quotes",
            "Brian Kemp spoke. \"We will rebuild,\" Kemp said. \"Every family gets help.\"",
            &[
                "Brian Kemp: We will rebuild",
                "Brian Kemp: Every family gets help.",
            ],
        ),
        (
            "a-so-called-reassurance-force-which",
            "A so-called \"reassurance force,\" which was discussed, is new.",
            &[],
        ),
        (
            "according-to-ben-barry-a-senior",
            "According to Ben Barry, a senior fellow at the Oslo Institute (OI), “If you can do it, you must do it.”",
            &["Ben Barry: If you can do it, you must do it."],
        ),
        (
            "a-so-called-reassurance-force",
            "A so-called \"reassurance force\" was discussed.",
            &[],
        ),
        // regression: a quotation in another person's reported speech
        // went to the paragraph's last speaker
        (
            "REGRESSION-a-quotation-in-another-person-s-reported",
            "Marta Lopes spoke. \"This is a new chapter,\" Lopes said. Javier Milei said Argentina wanted \"open markets, not ideology\".",
            &[
                "Marta Lopes: This is a new chapter",
                "Javier Milei: open markets, not ideology",
            ],
        ),
        // (the words "called" puts on something are the caller's)
        (
            "the-words-called-puts-on-something",
            "Marta Lopes spoke. \"This is a new chapter,\" Lopes said. Javier Milei called it \"a page that we must turn\".",
            &[
                "Marta Lopes: This is a new chapter",
                "Javier Milei: a page that we must turn",
            ],
        ),
        (
            "ana-ruiz-called-the-talks",
            "Ana Ruiz called the talks a “good meeting” on Monday.",
            &["Ana Ruiz: good meeting"],
        ),
        // a short quotation inside a speech frame; not outside one
        (
            "a-short-quotation-inside-a-speech-frame",
            "Kofi Mensah said that “mutual respect” must guide the talks.",
            &["Kofi Mensah: mutual respect"],
        ),
        (
            "kofi-mensah-spoke-the-mutual-respect",
            "Kofi Mensah spoke. The “mutual respect” line was much repeated.",
            &[],
        ),
        // a pronoun subject, a relative clause before the verb
        (
            "a-pronoun-subject-a-relative-clause-before",
            "Lena Vogt spoke next. She said the plan was “a first step towards peace”.",
            &["Lena Vogt: a first step towards peace"],
        ),
        (
            "omar-haddad-who-has-led",
            "Omar Haddad, who has led the council since 2019, said he was the “guardian of the new order”.",
            &["Omar Haddad: guardian of the new order"],
        ),
        // a quotation left open at the end of its paragraph
        (
            "a-quotation-left-open-at-the-end",
            "Ana Ruiz spoke. She stated, “We will keep working on this until the end\nThe talks went on.",
            &["Ana Ruiz: We will keep working on this until the end"],
        ),
        // a speaker named by a post the article gives one person
        (
            "a-speaker-named-by-a-post",
            "Peruvian President Rosa Quispe arrived. “Our doors are open to everyone,” the Peruvian president said.",
            &["Rosa Quispe: Our doors are open to everyone"],
        ),
        (
            "peruvian-president-rosa-quispe-met-chilean",
            "Peruvian President Rosa Quispe met Chilean President Luis Vera. “Our doors are open to everyone,” the president said.",
            &[],
        ),
        // audit 17: a description that goes on with to whom or when
        (
            "declared-the-prime-minister-to-reporters",
            "Prime Minister Rosa Quispe met Luis Vera. “We have reminded them of our commitments,” declared the Prime Minister to reporters following the meeting.",
            &["Rosa Quispe: We have reminded them of our commitments"],
        ),
        // audit 17: a participle's aside between the speaker and "said"
        (
            "an-aside-between-speaker-and-said",
            "Rosa Quispe, speaking at a news conference, said the firm faced “a long and difficult road ahead of us”.",
            &["Rosa Quispe: a long and difficult road ahead of us"],
        ),
        (
            "REGRESSION-a-name-inside-the-aside-is-no-speaker",
            "Rosa Quispe, speaking after Luis Vera, said the firm faced “a long and difficult road ahead of us”.",
            &["Rosa Quispe: a long and difficult road ahead of us"],
        ),
        // a generic noun for a kind of post: "the Peruvian leader", "the
        // minister", "the premier"
        (
            "the-peruvian-leader-is-the-peruvian-head-of-state",
            "Peruvian President Rosa Quispe met Chilean President Luis Vera. “Our doors are open to everyone,” the Peruvian leader said.",
            &["Rosa Quispe: Our doors are open to everyone"],
        ),
        (
            "the-minister-is-the-one-minister",
            "Foreign Minister Ana Costa met President Luis Vera. “We have agreed on the next steps,” the minister said.",
            &["Ana Costa: We have agreed on the next steps"],
        ),
        // regression (review): "the premier" is as often a state's premier
        // as the prime minister
        (
            "REGRESSION-the-premier-is-no-prime-minister",
            "Prime Minister Ana Costa met the state premiers. “We have agreed on the next steps,” the premier said.",
            &[],
        ),
        // regression (review): a word before the post tells another holder
        (
            "REGRESSION-the-former-minister-is-not-the-minister",
            "Olof Berg, a former finance minister, criticised Finance Minister Ana Costa. “It is reckless,” the former minister said.",
            &[],
        ),
        (
            "the-minister-of-two-ministers-is-no-one",
            "Foreign Minister Ana Costa met Finance Minister Luis Vera. “We have agreed on the next steps,” the minister said.",
            &[],
        ),
        (
            "a-leader-without-a-country-is-no-one",
            "Prime Minister Ana Costa met President Luis Vera. “We have agreed on the next steps,” the leader said.",
            &[],
        ),
        // "X said that “...”"; "..., saying “...”" without a colon
        (
            "x-said-that-saying-without-a-colon",
            "Kofi Mensah spoke. Later, Mensah said that “our doors stay open to all” in the talks.",
            &["Kofi Mensah: our doors stay open to all"],
        ),
        (
            "olga-berg-welcomed-ivan-petrov-s",
            "Olga Berg welcomed Ivan Petrov's plan, saying “we will work on this together.”",
            &["Olga Berg: we will work on this together."],
        ),
        // "X ..., saying: ...": the clause's subject speaks, not the last name
        (
            "x-saying-the-clause-s-subject-speaks",
            "Olga Berg welcomed Ivan Petrov's plan, saying: “We will work on this together.”",
            &["Olga Berg: We will work on this together."],
        ),
        // regression: the title of a show is no quotation
        (
            "REGRESSION-the-title-of-a-show",
            "Speaking to the hosts of “Morning Joe & Friends,” Ana Ruiz said little.",
            &[],
        ),
        (
            "the-partnership-is-crucial-to-us",
            "“The partnership is crucial to us all,” Ana Ruiz tweeted.",
            &["Ana Ruiz: The partnership is crucial to us all"],
        ),
    ];
    for (id, text, want) in cases {
        let (.., got) = labels(text);
        assert_eq!(got, *want, "{id}: {text}");
    }
}

#[test]
fn agreements_in_a_table_of_cases() {
    let signed = |text: &str| -> Vec<String> {
        let x = extract(text, None);
        let l = |i: usize| x.entities.list[i].label.clone();
        let mut out: Vec<String> = x
            .relations
            .signed
            .iter()
            .filter_map(|s| match s.object {
                super::Target::Entity(o) => Some(format!("{} ~ {}", l(s.subject), l(o))),
                super::Target::Meeting(_) => None,
            })
            .collect();
        out.sort();
        out
    };
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "peru-signed-a-free-trade-agreement",
            "Peru signed a free trade agreement with Chile on Monday.",
            &["Chile ~ Peru", "Peru ~ Chile"],
        ),
        (
            "foreign-minister-ana-ruiz-and-trade",
            "Foreign Minister Ana Ruiz and Trade Minister Luis Vera signed the accord in Lima.",
            &["Ana Ruiz ~ Luis Vera", "Luis Vera ~ Ana Ruiz"],
        ),
        // an auxiliary between the signatories and the verb (audit 7)
        (
            "signatories-then-have-signed",
            "Danish Defence Minister Lars Holm and Polish Defence Minister Jan Nowak have signed a defence agreement in Warsaw.",
            &["Jan Nowak ~ Lars Holm", "Lars Holm ~ Jan Nowak"],
        ),
        // a named agreement, acronym and all, is signed and is no body
        // (audit 8)
        (
            "a-named-agreement-signed",
            "The Philippines and Japan signed the Reciprocal Access Agreement (RAA) in Manila.",
            &["Japan ~ Philippines", "Philippines ~ Japan"],
        ),
        // "They signed": those the sentence before opens with (audit 7)
        (
            "they-signed-after-a-sentence-naming-them",
            "Foreign Minister Ana Ruiz and Trade Minister Luis Vera discussed trade. They also signed a memorandum on consultations.",
            &["Ana Ruiz ~ Luis Vera", "Luis Vera ~ Ana Ruiz"],
        ),
        (
            "they-will-sign-is-no-signing",
            "Foreign Minister Ana Ruiz and Trade Minister Luis Vera discussed trade. They will sign a memorandum later.",
            &[],
        ),
        // leaders who oversee the signing of their countries' agreements
        // sign them (audit 6)
        (
            "oversaw-the-signing-of-agreements",
            "President Ana Ruiz and President Luis Vera oversaw the signing of five memorandums of understanding.",
            &["Ana Ruiz ~ Luis Vera", "Luis Vera ~ Ana Ruiz"],
        ),
        (
            "signed-a-number-of-agreements",
            "Peru and Chile signed 15 agreements on Monday.",
            &["Chile ~ Peru", "Peru ~ Chile"],
        ),
        (
            "the-treaty-signed-by-norway",
            "The treaty, signed by Norway and Iceland, takes effect in May.",
            &["Iceland ~ Norway", "Norway ~ Iceland"],
        ),
        // planned, hedged or refused signings state nothing
        (
            "planned-hedged-or-refused-signings-state-nothing",
            "Peru will sign a trade deal with Chile next year.",
            &[],
        ),
        (
            "peru-could-sign-a-trade-deal",
            "Peru could sign a trade deal with Chile.",
            &[],
        ),
        (
            "peru-refused-to-sign-the-deal",
            "Peru refused to sign the deal with Chile.",
            &[],
        ),
        // a signature with no second party
        (
            "a-signature-with-no-second-party",
            "Peru signed the Paris climate agreement.",
            &[],
        ),
    ];
    for (id, text, want) in cases {
        assert_eq!(signed(text), *want, "{id}: {text}");
    }
}

/// Every two-entity relation of the registry is declared in the ontology,
/// as symmetric when it is, and allowed by the shapes.
#[test]
fn every_registered_relation_is_declared_and_shaped() {
    let ontology = include_str!("../../ontology/newsgraph.ttl");
    let shapes = include_str!("../../ontology/shapes.ttl");
    for p in super::LINK_PREDICATES {
        let head = format!("\nng:{}\n    a owl:ObjectProperty", p.local);
        let at = ontology
            .find(&head)
            .unwrap_or_else(|| panic!("ng:{} not declared", p.local));
        let decl = &ontology[at..at + ontology[at..].find(" .\n").unwrap_or(0)];
        assert_eq!(
            decl.contains("owl:SymmetricProperty"),
            p.symmetric,
            "ng:{} symmetry",
            p.local
        );
        for c in p.objects {
            assert!(
                decl.contains(&format!("ng:{c}")),
                "ng:{} range lacks {c}",
                p.local
            );
        }
        for c in p.subjects {
            assert!(
                decl.contains(&format!("ng:{}", c.name())),
                "ng:{} domain lacks {}",
                p.local,
                c.name()
            );
        }
        assert!(
            shapes.contains(&format!("ng:{}", p.local)),
            "ng:{} not in shapes",
            p.local
        );
    }
}

/// Regression: the list after "between" went to the later meeting.
#[test]
fn a_list_belongs_to_the_talks_it_follows() {
    let text = "Kenji Tanabe has held talks between Chile and Peru, most recently meeting with Chilean officials in Lima on 3 June.";
    let x = extract(text, None);
    let lima = x
        .relations
        .meetings
        .iter()
        .find(|m| m.location.is_some())
        .expect("the meeting in Lima");
    let got: Vec<&str> = lima
        .participants
        .iter()
        .map(|&e| x.entities.list[e].label.as_str())
        .collect();
    assert_eq!(got, ["Chile"]);
}

#[test]
fn meeting_status_in_a_table_of_cases() {
    let cases: &[(&str, &str, Status)] = &[
        // regression: the noun "plan" made a held meeting planned
        (
            "REGRESSION-the-noun-plan-plans-nothing",
            "The ministers met in Maputo on 4 May and agreed on the harmonized plan.",
            Status::Held,
        ),
        (
            "a-plan-to-meet-is-planned",
            "The ministers plan to meet in Maputo on 4 May.",
            Status::Planned,
        ),
        (
            "ministers-met-in-oslo-on-3",
            "Ministers met in Oslo on 3 June.",
            Status::Held,
        ),
        (
            "ministers-will-meet-in-oslo",
            "Ministers will meet in Oslo on 3 June.",
            Status::Planned,
        ),
        // an offer to host a meeting: not yet held
        (
            "an-offer-to-host-a-meeting",
            "The council backed Norway's initiative to host the dialogue conference in February of 2026.",
            Status::Planned,
        ),
        (
            "chile-agreed-to-hold-talks",
            "Chile agreed to hold talks in Lima on 3 June.",
            Status::Planned,
        ),
        // a hedge inside a quotation hedges no meeting
        (
            "a-hedge-inside-a-quotation-hedges",
            "“We want closer ties,” President Rosa Ibarra said after holding a bilateral meeting with President Daniel Mwangi on 3 June.",
            Status::Held,
        ),
        // a "will" inside a quotation plans nothing
        (
            "a-will-inside-a-quotation-plans-nothing",
            "“We will deepen trade,” Ana Ruiz said after a meeting in Lima on 3 June.",
            Status::Held,
        ),
    ];
    for (id, text, want) in cases {
        let x = extract(text, None);
        let got: Vec<Status> = x.relations.meetings.iter().map(|m| m.status).collect();
        assert_eq!(got, [*want], "{id}: {text}");
    }
}

#[test]
fn meeting_dates_in_a_table_of_cases() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // audit 21: the date of the meeting word's own "held on", however
        // long the meeting's name
        (
            "held-on-a-day-after-a-long-name",
            "The 12th Ordinary Summit of the Heads of State and Government of the East African Community was held on March 3, 2024, in Arusha.",
            Some("2024-03-03"),
        ),
        (
            "a-day-far-from-the-meeting-word-and-not-its-verb",
            "The 12th Ordinary Summit of the Heads of State and Government of the East African Community was held in Arusha to settle a dispute between the two countries that began on March 3, 2024.",
            None,
        ),
    ];
    let failed: Vec<String> = cases
        .iter()
        .filter_map(|(id, text, want)| {
            let x = extract(text, None);
            let got: Vec<Option<String>> = x
                .relations
                .meetings
                .iter()
                .map(|m| m.date.map(|d| d.lexical()))
                .collect();
            (got != vec![want.map(str::to_string)])
                .then(|| format!("{id}: {text}\n  got  {got:?}\n  want {want:?}"))
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
