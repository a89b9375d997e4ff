"""Sentences a review of the news-report rules found misread, each pinned with its fix."""
from __future__ import annotations

import pytest

from reader.core.analysis import analyze
from reader.core.article import article_from_text
from reader.core.casing import reading_case
from reader.core.codebook import default_codebook
from reader.core.gazetteer import default_gazetteer
from reader.core.people import find_people
from tests.core.extract_helpers import commitments, mentioned_names, party_names, run


@pytest.mark.parametrize(("body", "parties"), [
    # The object of "met" may follow the place.
    ("President Biden met at the White House with Prime Minister Fumio Kishida of Japan.",
     {"Biden", "Fumio Kishida", "Japan"}),
    ("The Secretary-General of NATO Jens Stoltenberg met in Brussels with Foreign Minister "
     "Dmytro Kuleba of Ukraine.", {"Jens Stoltenberg", "Dmytro Kuleba", "Ukraine"}),
])
def test_whom_one_met_after_the_place(body: str, parties: set[str]) -> None:
    assert parties <= {p.name for p in run(body).participants}


@pytest.mark.parametrize("body", [
    "President Biden called on Prime Minister Netanyahu and President Abbas of the "
    "Palestinian Authority to resume talks.",
    "The leaders of Kenya and Uganda called on President Salva Kiir of South Sudan to "
    "implement the peace agreement.",
])
def test_a_call_on_a_leader_to_act_is_a_call(body: str) -> None:
    assert [c.verb for c in run(body).commitments] == ["called on"]


@pytest.mark.parametrize(("body", "people"), [
    ("Major Economies Forum members met in Paris.", set()),  # "Major" as an adjective
    ("President Muhammadu Buhari GCFR received President Macky Sall in Abuja.",
     {"Muhammadu Buhari", "Macky Sall"}),  # a post-nominal honour is no part of the name
    ("THE PRESIDENT WELCOMED THE AGREEMENT AND CALLED FOR CALM IN THE REGION TODAY.", set()),
    ("THE SECRETARY GENERAL EXPRESSED DEEP CONCERN OVER THE SITUATION IN THE REGION.",
     set()),
])
def test_no_person_from_ordinary_words(body: str, people: set[str]) -> None:
    analysis = run(body)
    assert {p.name for p in analysis.participants + analysis.mentioned
            if p.kind == "person"} == people


def test_speaking_to_the_press_is_no_press_officer() -> None:
    body = ("Senegal and Gambia signed an agreement in Dakar. Speaking to the press, Senegalese "
            "Foreign Minister Sidiki Kaba said the deal was historic.")
    assert "Sidiki Kaba" in {p.name for p in run(body).participants}


def test_capitals_outside_ascii_are_capitals() -> None:
    line = "PRESIDENT RECEP TAYYİP ERDOĞAN OF TÜRKİYE AND THE MİNİSTER MET IN İSTANBUL TODAY"
    out = reading_case(line, default_gazetteer().spans)
    assert len(out) == len(line)
    assert out.startswith("President Recep Tayy")
    assert " met in " in out


def test_a_combining_accent_belongs_to_its_word() -> None:
    line = "PRESIDENT E\u0301MILE DURAND OF FRANCE MET THE PRESIDENT OF GERMANY TODAY IN PARIS."
    out = reading_case(line, default_gazetteer().spans)
    assert len(out) == len(line)
    assert out.startswith("President E\u0301mile Durand of France met")


# A second review (of the twelfth run's rules) found these; each was a party (or a lost
# mention) before its fix.
@pytest.mark.parametrize(("body", "mentioned_only", "named"), [
    ("Prime Minister Narendra Modi of India met President Joe Biden in Washington on Monday. "
     "Modi, who visited Pakistan in 2015, discussed trade.", "Pakistan", True),
    ("President Emmanuel Macron of France received Chancellor Olaf Scholz of Germany in "
     "Paris. Scholz arrived in Paris after a trip to Japan.", "Japan", True),
    ("The foreign ministers of France and Germany met in Paris. Chancellor Olaf Scholz told "
     "the Bundestag session on Friday that Germany would support Ukraine.", "Olaf Scholz", True),
    ("The leaders of Egypt and Sudan met in Cairo. Separately, UN envoy Volker Perthes "
     "briefed the Security Council on Sudan.", "Volker Perthes", True),
    ("Foreign Minister Penny Wong met Foreign Minister Yoko Kamikawa of Japan in Tokyo. Wong "
     "later briefed her cabinet colleague Richard Marles.", "Richard Marles", False),
    ("The United Nations opened in 1945 with 51 members. The Ministers of Kenya and Uganda "
     "met in Nairobi.", "United Nations", True),
    ("The meeting of the Ministers of Kenya and Uganda took place in Nairobi. The Shanghai "
     "Cooperation Organisation (SCO) was held up as a model.", "Shanghai Cooperation "
     "Organisation", True),
    ("Ministers of Kenya and Uganda met. They discussed cooperation in the African Union "
     "digital platform.", "African Union", True),
    ("President Joe Biden met President Emmanuel Macron of France; and the Kremlin condemned "
     "Ukraine.", "Ukraine", True),
])
def test_mentioned_not_a_party(body: str, mentioned_only: str, named: bool) -> None:
    # `named`: found as an entity at all ("Richard Marles", named without a title, is not).
    analysis = run(body)
    assert mentioned_only not in {e.name for e in analysis.participants}
    assert (mentioned_only in {e.name for e in analysis.mentioned}) is named


def test_a_country_after_north_or_south_is_still_named() -> None:
    text = "They discussed security in South Lebanon, North Iraq and Central Mali."
    found = [m.entity_id for m in default_gazetteer().find(text)]
    assert found == ["country:LB", "country:IQ", "country:ML"]


def test_a_courtesy_call_then_a_later_errand_to_do() -> None:
    body = ("Foreign Minister Vivian Balakrishnan called on Prime Minister Narendra Modi in New "
            "Delhi, and later went to Mumbai to meet business leaders.")
    assert "Narendra Modi" in {e.name for e in run(body).participants}


def test_a_speaker_of_a_party_country_with_an_appositive() -> None:
    body = ("The Presidents of Russia and China met in Moscow. President Vladimir Putin of "
            "Russia, whose country drove the deal, said the convention had “epoch-making "
            "significance” and called for more cooperation.")
    assert [(c.actor, c.verb) for c in run(body).commitments] == [
        ("Vladimir Putin", "said"), ("Vladimir Putin", "called for")]


def test_a_delegation_on_a_visit_described_by_who_is_the_visit_reported() -> None:
    body = ("President Bashar al-Assad received on Tuesday President Raul Khajimba who chairs a "
            "high-level official delegation on a four-day visit to Syria.")
    assert "Syria" in {e.name for e in run(body).participants}


# The thirteenth run's review: misreadings its new rules made on ordinary prose.
def test_a_king_is_not_a_foreign_minister_who_shares_his_given_name() -> None:
    analysis = run("King Abdullah of Jordan met President Joe Biden. UAE Foreign Minister "
                   "Abdullah bin Zayed Al Nahyan spoke. King Abdullah said it.")
    minister = next(e for e in analysis.participants + analysis.mentioned
                    if e.name == "Abdullah bin Zayed Al Nahyan")
    assert "King Abdullah" not in minister.aliases


@pytest.mark.parametrize(("body", "not_parties"), [
    ("The ministers of Peru and Chile met in Lima. Topics raised by the participants "
     "included Venezuela and Bolivia.", {"Venezuela", "Bolivia"}),
    ("The ministers of Peru and Chile met in Lima. They noted that Russia had issued a "
     "declaration annexing Crimea.", {"Russia"}),
])
def test_topics_and_a_third_states_declaration_make_no_parties(body: str,
                                                               not_parties: set[str]) -> None:
    assert not not_parties & {p.name for p in run(body).participants}


def test_may_the_modal_after_a_name_is_no_part_of_it() -> None:
    names = [p.name for p in find_people("President Vladimir Putin May visit China later. "
                                         "Prime Minister Theresa May met Chancellor Merkel.")]
    assert names == ["Vladimir Putin", "Theresa May", "Merkel"]


def test_two_wordings_of_one_office_with_no_holder_do_not_crash_the_analysis() -> None:
    # "UN Secretary-General" and "United Nations Secretary-General" are two office entities
    # of one role and body; each was taken for the other's holder, and folding the second
    # into the first (already folded away) raised KeyError out of analyze().
    text = ("UN Secretary-General met Chile in Lima. The United Nations Secretary-General "
            "said peace matters.")
    analysis = run(text)
    names = {e.name for e in analysis.participants + analysis.mentioned}
    assert {"Chile", "United Nations"} <= names


def test_a_given_name_alone_after_a_title_does_not_crash_the_analysis() -> None:
    # "Prime Minister Srettha" folds into "Srettha Thavisin"; the bare "Srettha" later was
    # looked up as an entity of its own and raised KeyError out of analyze().
    text = ("Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet in "
            "Bangkok. Prime Minister Srettha said the talks went well. Later, Srettha "
            "thanked his host.")
    analysis = run(text)
    people = {e.name: e for e in analysis.participants + analysis.mentioned}
    assert len(people["Srettha Thavisin"].spans) == 3


@pytest.mark.parametrize("text", [
    # Minimised by a fuzz run (67,900 inputs): each raised KeyError out of _surnames.
    "Samia,President Samia H\nPresident Samia",
    "TRUMP,PRESIDENT TRUMP IS PRESIDENT TRUMP ML",
    "Antonio e Ambassador Antonio Li H.E.Antonio",
    "Minister Workneh S\nDr\nWorkneh\u3000Workneh",
])
def test_fuzzed_names_and_titles_do_not_crash_the_analysis(text: str) -> None:
    analysis = run(text)
    assert analysis.sentences  # analysed to the end, with its units


def test_inline_bullets_are_found_from_each_bullet_outwards() -> None:
    from reader.core.segment import _inline_bullets

    text = "a • b •c  •  d \t•\te"
    assert _inline_bullets(text, 0, len(text)) == [(1, 4), (8, 13), (14, 18)]
    # A run of blanks with no bullet is walked once, not from each of its positions.
    blanks = "x" + "\t" * 20000 + "y"
    assert _inline_bullets(blanks, 0, len(blanks)) == []


# A review of the fourteenth run's rules: each sentence once made (or lost) a commitment.
_JAPAN_CANADA = "The leaders of Japan and Canada met in Tokyo. "


@pytest.mark.parametrize(("sentence", "verbs"), [
    ("Trudeau went on to Tokyo.", []),
    ("Trudeau went on to tour the museum.", []),
    ("He went on to express his thanks to Japan.", ["went on to"]),
    ("They exchanged letters of congratulation on the anniversary.", []),
    ("They exchanged instruments of ratification of the treaty.",
     ["exchanged instruments of ratification"]),
    ("Prime Minister Kishida of Japan is stepping down next month.", []),
    ("China is expanding its naval presence in the region.", []),
    ("Japan and Canada are expanding their cooperation in space.", ["are expanding"]),
    ("Japan and Canada undertook a commitment to visit each other regularly.", ["undertook"]),
    ("The agreement signed Monday commits both to reduce tariffs.", []),
])
def test_review_of_the_new_stance_rules(sentence: str, verbs: list[str]) -> None:
    found = run(_JAPAN_CANADA + sentence).commitments
    assert [c.verb for c in found if c.start >= len(_JAPAN_CANADA)] == verbs


@pytest.mark.parametrize(("paragraph", "verb"), [
    ("Noted with concern the situation in Syria.", "noted"),
    ("Called on all parties to respect the ceasefire.", "called on"),
    ("Signed in Baku on 5 May 2017.", None),
])
def test_review_of_the_subjectless_paragraph(paragraph: str, verb: str | None) -> None:
    body = "The foreign ministers of Azerbaijan and Turkey met in Baku.\n\n" + paragraph
    found = [c.verb for c in run(body).commitments if c.text.startswith(paragraph[:8])]
    assert found == ([verb] if verb else [])


def test_review_an_action_plans_items_stay_commitments() -> None:
    body = ("The ministers of Chile and Peru met in Lima. They approved the following Action "
            "Plan:\n\n• To expand trade in agriculture;\n\n• To hold regular consultations.")
    assert len(run(body).commitments) == 3


@pytest.mark.parametrize(("title", "parties"), [
    ("Death toll in Syria, Iraq reaches 500", set()),
    ("Peru and Ecuador hold talks on the border", {"Peru", "Ecuador"}),
])
def test_review_a_headlines_reach_and_hold(title: str, parties: set[str]) -> None:
    analysis = analyze(article_from_text("The figures were published on Monday.", title),
                       default_codebook())
    assert {p.name for p in analysis.participants} == parties


@pytest.mark.parametrize(("sentence", "stance_expected"), [
    ("Japan and Canada welcomed the counterpart funding from donors.", True),
    ("Japan and Canada welcomed the guest worker programme.", True),
    ("Kishida welcomed his Canadian counterpart in Tokyo.", False),
])
def test_review_a_guest_noun_that_modifies_another_is_no_guest(sentence: str,
                                                                stance_expected: bool) -> None:
    body = ("President Biden of the United States met Prime Minister Kishida of Japan in "
            f"Tokyo. {sentence}")
    found = [c for c in run(body).commitments if c.text.startswith(sentence[:12])]
    assert bool(found) is stance_expected


def test_review_a_place_of_another_clause_is_not_who_was_present() -> None:
    body = ("President Biden of the United States met Prime Minister Kishida of Japan in "
            "Tokyo. They noted that tourism grew in Syria and Iran was present at the "
            "creation of the crisis.")
    parties = {p.name for p in run(body).participants}
    assert not {"Syria", "Iran"} & parties


# A second review, of the mends and the day's last rules.
_KU = "Kenya and Uganda met in Nairobi. "


def test_review2_a_reporting_verb_after_a_quotation_is_not_its_text() -> None:
    found = run(_KU + "“The two countries will build the railway by 2030,” Ruto said.")
    assert [c.text for c in found.commitments][-1].endswith("2030,”")


def test_review2_a_guest_named_after_the_noun_is_still_a_guest() -> None:
    body = _KU + "President Ruto welcomed his Ugandan counterpart Yoweri Museveni at State House."
    assert [c for c in run(body).commitments if c.verb == "welcomed"] == []


@pytest.mark.parametrize(("body", "parties"), [
    ("A meeting was held between the leaders of Ghana and Nigeria in Accra.",
     {"Ghana", "Nigeria"}),
    ("Ministers sent by Kenya and Uganda were present at the meeting.", {"Kenya", "Uganda"}),
    ("Kenya was represented by the Attorney General at the summit.", {"Kenya"}),
    ("The meeting was attended by the following: Kenya, Uganda and Tanzania.",
     {"Kenya", "Uganda", "Tanzania"}),
])
def test_review2_lists_and_between_still_seat_everyone(body: str, parties: set[str]) -> None:
    assert parties <= party_names(body)


@pytest.mark.parametrize(("body", "not_parties"), [
    ("The meeting was attended by Kenya and Uganda; Foreign Ministers of Russia and China "
     "were absent.", {"Russia", "China"}),
    ("The Summit of the African Union opened the door to Russia.", {"African Union"}),
    ("Kenya criticised the Summit of the EAC, and Uganda closed its border.",
     {"East African Community"}),
])
def test_review2_a_clause_after_a_list_and_a_summit_not_held(body: str,
                                                            not_parties: set[str]) -> None:
    assert not not_parties & party_names(body)


def test_review2_a_straight_quotation_inside_a_curly_one() -> None:
    from reader.core.commitments import _quote_spans

    text = '“A "green" railway,” Ruto said.'
    assert (0, 20) in _quote_spans(text, 0, len(text))


def test_review2_a_long_chain_of_joined_verbs_keeps_a_short_verb() -> None:
    body = ("Kenya and Uganda met. The two sides agreed " + "and stressed " * 2000
            + "the need to build the railway.")
    assert max(len(c.verb) for c in run(body).commitments) < 200


# --- Review of the lead, signer, delegate and capital rules (stop 15) ------------------------

LEAD = "Chilean Foreign Minister Rosa Gil met Peruvian Foreign Minister Juan Paz in Lima on Monday"
AGAIN = "\n\nThey agreed to meet again."


@pytest.mark.parametrize("body, outsider", [
    # a body pasted without paragraph breaks has no lead apart from itself
    ("Chile and Peru held talks in Lima. Gil met Paz. The talks were long. They talked again. "
     "Gil said she would brief President Gabriel Boric on the outcome.\n###\n", "Gabriel Boric"),
    ("Chile and Peru signed a trade pact begun by then-President Tomas Reyes." + AGAIN,
     "Tomas Reyes"),
    (LEAD + ", according to Ana Lopez, deputy spokesperson." + AGAIN, "Ana Lopez"),
    (LEAD + " to press for the release of jailed opposition leader Ana Lopez." + AGAIN,
     "Ana Lopez"),
    (LEAD + ", days after U.S. Secretary of State Antony Blinken visited the region." + AGAIN,
     "Antony Blinken"),
    (LEAD + " to discuss a peace plan put forward by UN Secretary-General Antonio Guterres."
     + AGAIN, "Antonio Guterres"),
    ("Photo: President Tomas Reyes greets schoolchildren in Arica. (AFP)\n\nChile and Peru held "
     "talks in Lima.", "Tomas Reyes"),
])
def test_the_lead_seats_only_who_is_at_the_table(body: str, outsider: str) -> None:
    assert outsider not in party_names(body)


def test_then_as_an_adverb_is_no_former_office() -> None:
    body = ("Foreign Minister Ana Vale of Chile arrived in Santiago on Monday and then sat down "
            "with President Rosa Gil of Peru." + AGAIN)
    assert "Rosa Gil" in party_names(body)


@pytest.mark.parametrize("sentence", [
    "Peru was represented by Ambassador Tomas Reyes because Foreign Minister Juan Paz had been "
    "recalled to Lima.",
    "Peru was represented by the new Ambassador Tomas Reyes, replacing Foreign Minister Juan "
    "Paz, who resigned last week.",
])
def test_a_delegate_is_seated_not_whom_the_reason_names(sentence: str) -> None:
    names = party_names(f"Chile and Peru held talks in Lima on Monday.\n\n{sentence}")
    assert "Tomas Reyes" in names
    assert "Juan Paz" not in names


def test_a_capital_that_is_a_surname_is_the_person() -> None:
    body = ("Brazilian Foreign Minister Ana Lima met Argentine Foreign Minister Diego Colombo in "
            "Buenos Aires on Monday.\nLima welcomed the agreement on trade, and Colombo stressed "
            "the need for a customs union.")
    assert [actor for actor, _, _ in commitments(body)] == ["Ana Lima", "Diego Colombo"]
    assert not {"Peru", "Sri Lanka"} & (party_names(body) | mentioned_names(body))


@pytest.mark.parametrize("body, outsider", [
    ("The ministers of Chile and Peru met in Lima.\n\nThe two ministers highlighted Norway's "
     "long history of support for peace talks.", "Norway"),
    ("President Ana Vale of Chile paid a state visit to Peru.\n\nThe Chilean delegation included "
     "Bolivia in its proposal for a trilateral rail corridor.", "Bolivia"),
    ("Chile and Peru held talks in Lima on Monday.\n\nDuring the 2019 talks in Oslo, President "
     "Ivan Duque said the process was dead.", "Ivan Duque"),
])
def test_what_a_rule_reads_past_its_reach_seats_no_one(body: str, outsider: str) -> None:
    assert outsider not in party_names(body)


def test_a_place_with_an_appositive_is_no_person_and_a_capital_as_a_venue_no_party() -> None:
    body = ("Chile and Peru held talks in Lima on Monday after touring Puerto Montt, a leader "
            "in salmon farming.\n\nLima was chosen as the venue for the next round.")
    assert "Puerto Montt" not in mentioned_names(body) | party_names(body)
    assert "Peru" not in mentioned_names(body)
