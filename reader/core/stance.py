"""Stance verbs of diplomatic prose and where they head a clause ("We reaffirm …")."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from reader.core.lazy_regex import lazy_compile

# lemma -> stance class. Multi-word forms ("call on", "express concern") refine the class.
LEXICON: dict[str, str] = {
    "support": "support", "endorse": "support", "back": "support",
    "regret": "concern", "worry": "concern",
    "welcome": "welcome", "appreciate": "welcome", "commend": "welcome", "applaud": "welcome",
    "praise": "welcome", "thank": "welcome", "congratulate": "welcome", "salute": "welcome",
    "urge": "call", "encourage": "call", "invite": "call", "request": "call", "demand": "call",
    "appeal": "call", "call": "call", "exhort": "call",
    "condemn": "condemn", "denounce": "condemn", "reject": "condemn", "oppose": "condemn",
    "deplore": "condemn", "decry": "condemn",
    "commit": "commit", "pledge": "commit", "agree": "commit", "decide": "commit",
    "resolve": "commit", "intend": "commit", "plan": "commit", "endeavor": "commit",
    "endeavour": "commit", "undertake": "commit", "sign": "commit", "adopt": "commit",
    "vow": "commit", "promise": "commit", "strive": "commit", "seek": "commit",
    "consent": "commit",  # "Both host and guest consented to quickly concretise …"
    "determine": "commit", "aim": "commit", "continue": "commit", "announce": "commit",
    "launch": "commit", "direct": "commit", "instruct": "commit", "task": "commit",
    "point": "other", "offer": "commit", "reach": "commit", "honor": "welcome",
    "go": "other", "exchange": "commit", "laud": "welcome", "extol": "welcome",
    "honour": "welcome", "pay": "welcome", "extend": "welcome", "value": "welcome",
    "wish": "other", "expect": "call", "insist": "call", "warn": "concern", "caution": "concern",
    "ask": "call", "approve": "commit", "favor": "support", "favour": "support",
    "celebrate": "welcome", "recommit": "commit", "rededicate": "commit", "focus": "other",
    "affirm": "other", "reaffirm": "other", "reiterate": "other", "emphasize": "other",
    "reemphasize": "other", "reemphasise": "other", "re-emphasize": "other",
    "re-affirm": "other", "restate": "other", "maintain": "other", "speak": "welcome",
    "emphasise": "other", "stress": "other", "underscore": "other", "underline": "other",
    "highlight": "other", "recognize": "other", "recognise": "other", "note": "other",
    "acknowledge": "other", "believe": "other", "recall": "other", "confirm": "other",
    "reconfirm": "other", "declare": "other", "express": "other", "hope": "other",
    "consider": "other", "renew": "other", "look": "other", "stand": "support",
    "take": "other", "share": "other", "accept": "support", "describe": "other",
    "characterize": "other", "characterise": "other", "concur": "other",
    "voice": "other", "convey": "other", "regard": "other", "understand": "other",
    "protest": "condemn", "refrain": "commit", "give": "other", "reinforce": "other",
    "blame": "condemn", "come": "commit", "formalize": "commit", "formalise": "commit",
    "restore": "commit", "accuse": "condemn", "deny": "condemn", "admit": "other",
    "assure": "commit", "admire": "welcome", "witness": "commit", "reassure": "commit",
    "hail": "welcome", "assess": "other", "assert": "other", "hold": "other",
    # "They also observed that the relations …", "The Group concluded that the conditions …"
    "observe": "other", "conclude": "other",
    "oversee": "commit", "propose": "call", "suggest": "call",
    "indicate": "other",
    # "The two countries inked an agreement on …" (news for "signed"); "drew attention to …"
    "ink": "commit", "draw": "other",
    # "The two ministers want to expand trade", "Chile and Peru need to work together",
    # "Mora conceded that the talks had been difficult"
    "want": "commit", "need": "call", "concede": "other",
    # Rarer stances of reports and communiqués: "recommended the creation of …", "envisaged
    # a second round", "criticised the sanctions", "disagreed on the timetable", "declined
    # to recognise …", "lamented the loss of life", "advocated a negotiated settlement",
    # "pressed for the release of …", "objected to the proposal", "ratified the treaty"
    "recommend": "call", "envisage": "commit", "envision": "commit", "argue": "other",
    "criticize": "condemn", "criticise": "condemn", "disagree": "other", "decline": "other",
    "lament": "concern", "mourn": "concern", "advocate": "support", "champion": "support",
    "press": "call", "object": "condemn", "ratify": "commit",
    # "attached great importance to …", "placed/laid emphasis on …", "found common ground"
    "attach": "other", "place": "other", "lay": "other", "find": "commit",
}
# A guest welcomed, read in the text as written: "welcomed his Mozambican counterpart",
# "… counterpart Yoweri Museveni", not "welcomed the counterpart's decision".
_HOSPITALITY = lazy_compile(r"\s+(?i:(?:his|her|their|the|its|our)\s+)?(?:[\w-]+\s+)?"
                            r"(?i:counterparts?|colleagues?|guests?|visitors?|delegations?)"
                            # the guest noun ends its phrase, or the guest's name follows ("the
                            # guest worker programme", "the counterpart funding" are things)
                            r"\b(?![’'])(?=\s*(?:$|[,.;:]|(?i:to|at|in|on|for|and|with|from"
                            r"|who|as|during|upon|after)\b)|\s+[A-Z])")
_A_VISIT = lazy_compile(r"(?:an?|his|her|their|its|the)\s+(?:(?!to\b)[\w-]+\s+){0,3}?"
                        r"(?:visit|trip|tour|journey|mission)\b")
# Lemmas that are stance verbs only in a fixed phrase ("take note", "look forward").
_PHRASE_ONLY = {
    "take": lazy_compile(r"(?:due |careful |good |full |positive )?note\b"),
    "look": lazy_compile(r"forward\b"),
    "stand": lazy_compile(r"(?:by|with|ready|firmly|united|together)\b"),
    # ("shared views on the region" is a discussion, not a view held in common)
    "share": lazy_compile(r"(?:the |a |their |our )?(?:same |common )?(?:views(?!\s+(?:on|about"
                       r"|regarding|concerning|over|with)\b)|view\b|(?:concern|commitment"
                       r"|goal|belief|recognition|understanding|assessment|hope|intention"
                       r"|desire|determination|position)s?\b)"),
    # "the two Prime Ministers witnessed the signing of eight documents", "… witnessed
    # exchange of several MoUs"
    "witness": lazy_compile(r"(?:the\s+)?(?:signing|exchange)\b"),
    # "… oversaw the signing in Tokyo by their defense ministers of …"
    "oversee": lazy_compile(r"(?:the\s+)?signing\b"),
    # "Minister Kishida indicated that Japan would like …", "indicated their readiness"
    "indicate": lazy_compile(r"(?:that|(?:their|its|his|her|our)\s+(?:readiness|willingness"
                             r"|support|interest|intention|desire|wish))\b"),
    # "Kigali denied the allegations"
    "deny": lazy_compile(r"(?:the\s+|any\s+|all\s+)?(?:allegations?|accusations?|charges?"
                       r"|claims?|reports?)\b"),
    "call": lazy_compile(r"(?:on|upon|for)\b"),
    # "the Summit considered the situation": an agenda, no stance ("considered that …",
    # "considers these issues very important" state a view)
    "consider": lazy_compile(r"(?=(?:that|it)\b|(?:[\w-]+\s+){1,5}?(?:(?:very|highly|extremely"
                           r"|most|particularly)\s+)?(?:important|essential|crucial|necessary"
                           r"|vital|significant|useful|unacceptable|appropriate|timely|urgent"
                           r"|a\s+priority|a\s+key)\b)"),
    # "assessed that the friendship …", "They hold that the partnership …": a view stated;
    # "assessed the situation", "held talks" are no stance
    "assess": lazy_compile(r"that\b"),
    # (not "observed a minute of silence", "concluded the meeting", "concluded an agreement")
    "observe": lazy_compile(r"that\b"),
    "conclude": lazy_compile(r"that\b"),
    "hold": lazy_compile(r"(?:that\b|the\s+(?:same\s+)?view\b)"),
    "back": lazy_compile(r"(?:the|efforts|a|an|all)\b"),
    "aim": lazy_compile(r"(?:to|at)\b"),
    # "They regard the achievement of these goals as vitally important"
    "regard": lazy_compile(r"(?=(?:\S+\s+){1,10}?as\b)"),
    "plan": lazy_compile(r"to\b"),
    # "sought to …", "sought Chile's support", "seek closer cooperation"
    "seek": lazy_compile(r"(?:to\b|(?=(?:(?:the|their|its|his|her|our|closer|further|greater)\s+"
                         r"|[A-Z][\w-]*[’']s?\s+)*(?:support|cooperation|assistance|help"
                         r"|backing|investment)\b))"),
    "draw": lazy_compile(r"(?:(?:the|their|particular|special)\s+)*attention\s+to\b"),
    "want": lazy_compile(r"to\b"),
    "argue": lazy_compile(r"(?:that|for|against)\b"),
    "attach": lazy_compile(r"(?:(?:great|high|particular|special|utmost|much|considerable"
                           r"|paramount)\s+)?(?:importance|significance)\s+to\b"),
    "place": lazy_compile(r"(?:(?:great|special|particular|strong|high)\s+)?(?:emphasis|priority)"
                          r"\s+on\b"),
    "lay": lazy_compile(r"(?:(?:great|special|particular|strong)\s+)?emphasis\s+on\b"),
    "find": lazy_compile(r"common\s+ground\b"),
    "decline": lazy_compile(r"to\b"),
    "press": lazy_compile(r"(?:for|ahead\s+with)\b"),
    "object": lazy_compile(r"to\b"),
    "need": lazy_compile(r"to\b"),
    "concede": lazy_compile(r"that\b"),
    "determine": lazy_compile(r"to\b"),
    "continue": lazy_compile(r"to\b"),
    "point": lazy_compile(r"out\b"),
    # "described organized crime as “a threat …”": a judgement, not a narration.
    "describe": lazy_compile(r"(?=(?:\S+\s+){1,5}as\b)"),
    "characterize": lazy_compile(r"(?=(?:\S+\s+){1,5}as\b)"),
    "characterise": lazy_compile(r"(?=(?:\S+\s+){1,5}as\b)"),
    "focus": lazy_compile(r"(?=on\b)"),
    # "voiced concern", "conveyed his best wishes": only with a stance object.
    # The object may open with a possessive: "voiced the Arab countries' deep concern".
    "voice": lazy_compile(r"(?=[“\"]?(?:[\w’'-]+\s+){0,4}?(?:concerns?|support|solidarity"
                        r"|appreciation|opposition|objections?|hope|gratitude|condolences"
                        r"|rejection|satisfaction|disappointment)\b)"),
    # (an owner first: "conveyed Afghanistan's deep appreciation for …")
    "convey": lazy_compile(r"(?=(?:[\w-]+(?:[’']s|s[’'])\s+)?"
                         r"(?:(?:our|their|its|his|her|the|a|best|warm|warmest|deepest"
                         r"|sincere|deep|profound|heartfelt|great|high|utmost|sincerest)\s+)*(?:desire|wishes|condolences|congratulations|support"
                         r"|gratitude|appreciation|concerns?|invitation|message)\b)"),
    "pay": lazy_compile(r"(?:a\s+)?(?:special\s+|warm\s+|solemn\s+)?tribute\b"),
    "extend": lazy_compile(r"(?=(?:(?:our|their|its|his|her|the|a|an)\s+)?(?:deepest\s+|sincere\s+"
                         r"|heartfelt\s+|warm\s+|full\s+)?(?:condolences|sympathy|gratitude"
                         r"|thanks|congratulations|support|appreciation|invitation|call)\b)"),
    # "refrained from using the word 'condemn'": a deliberate abstention, a stance.
    "refrain": lazy_compile(r"from\b"),
    # "have restored full diplomatic relations": relations, not services or order
    "restore": lazy_compile(r"(?=(?:(?:full|normal|diplomatic|bilateral|their|the)\s+)*"
                          r"(?:relations|ties)\b)"),
    # "came to an understanding", "come to an agreement"
    "come": lazy_compile(r"to\s+(?:an?\s+|the\s+)?(?:mutual\s+|common\s+|full\s+|broad\s+)?"
                       r"(?:agreement|understanding|consensus)\b"),
    # "We give a positive assessment of …", "gave their full backing to …"
    "give": lazy_compile(r"(?=(?:(?:a|an|their|its|our|his|her|full|strong)\s+)*(?:positive|high"
                       r"|favourable|favorable|negative)?\s*(?:assessment|backing|support"
                       r"|endorsement)\b)"),
    "value": lazy_compile(r"(?=(?:the|their|its|our)\b)"),
    # "offered to host …", "offered his condolences", "offered full support"
    "offer": lazy_compile(r"(?=to\b|(?:(?:his|her|their|its|our|the|a|an|deep|deepest|sincere"
                          r"|heartfelt|full|once|again)\s+)*(?:condolences|sympathy|support"
                          r"|assistance|congratulations|help)\b)"),
    # "He went on to express his appreciation …"
    "go": lazy_compile(r"on\s+to\b"),
    # "exchanged instruments of ratification" binds them; "exchanged views" is talk
    "exchange": lazy_compile(r"(?:the\s+)?(?:signed\s+)?(?:instruments|letters|notes)\s+of\s+"
                             r"(?:ratification|intent|acceptance|approval)\b"),
    # "reached an agreement", "reached agreements", "reached a mutual understanding"
    "reach": lazy_compile(r"(?=(?:an?\s+|the\s+|full\s+)?(?:(?:mutual|common|broad|practical"
                        r"|preliminary|tentative|general|basic|comprehensive|final|historic"
                        r"|important)\s+)?"
                        r"(?:agreements?|consensus|understandings?)\b)"),
    # "directed their ministers to …", "directed officials to adapt …"
    # "Qin also maintained that …" (not "maintained close contact")
    "maintain": lazy_compile(r"that\b"),
    # "The two sides spoke highly of …"
    "speak": lazy_compile(r"(?:very\s+)?highly\s+of\b"),
    "direct": lazy_compile(r"(?=(?:their|the|its|our|officials|ministers|relevant|respective"
                           r"|senior|all|them|both)\b)"),
    "task": lazy_compile(r"(?=(?:their|the|its|our|officials|ministers|relevant|respective"
                         r"|senior|all|them|both)\b)"),
}
_IRREGULAR = {
    "take": ["take", "takes", "took", "taken"], "stand": ["stand", "stands", "stood"],
    "seek": ["seek", "seeks", "sought"], "pay": ["pay", "pays", "paid"],
    "speak": ["speak", "speaks", "spoke", "spoken"], "go": ["go", "goes", "went", "gone"],
    "extol": ["extol", "extols", "extolled"],
    "oversee": ["oversee", "oversees", "oversaw", "overseen"],
    "strive": ["strive", "strives", "strove", "striven"],
    "undertake": ["undertake", "undertakes", "undertook", "undertaken"],
    "concur": ["concur", "concurs", "concurred"],
    "understand": ["understand", "understands", "understood"],
    "come": ["come", "comes", "came"], "give": ["give", "gives", "gave", "given"],
    "hold": ["hold", "holds", "held"], "draw": ["draw", "draws", "drew", "drawn"],
    "lay": ["lay", "lays", "laid"], "find": ["find", "finds", "found"],
}
# The object of "express"/"reaffirm"/… that sets the class: "expressed concern regarding".
_OBJECT_CLASS = lazy_compile(
    # an owner first: "voiced the Arab countries' deep concern", "expressed Japan’s support"
    r"(?P<owner>(?:the\s+)?(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+(?:[’']s|s[’'])\s+)?"
    r"(?:(?:our|their|its|his|her|the|a|full|strong|strongest|continued|unwavering|steadfast"
    r"|deep|deepest|grave|serious|sincere|firm|shared|profound|warm|collective)\s+)*"
    r"[\"“]?(?P<noun>support|solidarity|concerns?|alarm|regret|disappointment|appreciation"
    r"|gratitude|thanks|satisfaction|dissatisfaction|commitments?|determination|readiness"
    r"|willingness|intention|resolve|condemnation|rejection|call)\b")
_NOTED_WITH = lazy_compile(r"with\s+(?:\w+\s+)?(concern|alarm|regret|appreciation|satisfaction)\b")
_NOUN_CLASS = {
    "support": "support", "solidarity": "support", "concern": "concern", "concerns": "concern",
    "alarm": "concern", "regret": "concern", "disappointment": "concern",
    "appreciation": "welcome", "gratitude": "welcome", "thanks": "welcome",
    "satisfaction": "welcome", "commitment": "commit", "commitments": "commit",
    "determination": "commit", "readiness": "commit", "resolve": "commit",
    "condemnation": "condemn", "call": "call", "willingness": "commit", "intention": "commit",
    "dissatisfaction": "concern", "rejection": "condemn",
}
_STATES = {  # "are deeply concerned", "remain committed"
    "committed": "commit", "determined": "commit", "resolved": "commit", "ready": "commit",
    "prepared": "commit", "concerned": "concern", "alarmed": "concern", "troubled": "concern",
    "worried": "concern", "pleased": "welcome", "encouraged": "welcome", "grateful": "welcome",
    "united": "other", "convinced": "other", "confident": "other", "willing": "commit",
    "eager": "commit", "supportive": "support", "keen": "commit", "interested": "support",
    "happy": "welcome", "glad": "welcome", "delighted": "welcome", "satisfied": "welcome",
    "hopeful": "other", "optimistic": "other",
    "unanimous": "other",  # "The sides were unanimous in their opinion that …"
    # "We are deeply saddened by the loss of life", "are heartened by the progress"
    "saddened": "concern", "shocked": "concern", "appalled": "concern", "dismayed": "concern",
    "disturbed": "concern", "heartened": "welcome", "gratified": "welcome",
    "honoured": "welcome", "honored": "welcome", "proud": "welcome",
}
# "declined to endorse", "refused to recognize": a stance verb negated by the verb before it.
_DECLINE = {"declined", "declines", "decline", "refused", "refuses", "refuse", "failed",
            "fail", "fails"}
_COPULA = {"are", "is", "remain", "remains", "remained", "were", "was", "stay", "stays", "am"}
# "must" and "should" state what the parties hold necessary ("We must promote the rule of
# law", "All sides must abide by the ceasefire"): a call, unless the verb has its own class.
_MODALS = {"will", "shall", "would", "must", "should"}
_OBLIGATION = {"must", "should"}
_DO_AUX = {"do", "does", "did", "can", "could", "will", "would", "shall", "should", "must"}
_PERFECT = {"have", "has", "had"}
ADVERBS = {
    "also", "further", "furthermore", "particularly", "especially", "strongly", "fully",
    "firmly", "warmly", "deeply", "again", "once", "jointly", "collectively", "unanimously",
    "sincerely", "highly", "greatly", "therefore", "moreover", "additionally", "hereby",
    "today", "together", "still", "now", "however", "equally", "likewise", "similarly",
    "both", "each", "all", "resolutely", "unequivocally", "categorically", "officially",
    "formally", "publicly", "repeatedly", "consistently",
    "gravely", "seriously", "profoundly", "wholeheartedly", "readily", "already", "thus",
    "notably", "eventually", "finally", "politely", "separately", "subsequently", "always",
    "very", "extremely", "keenly", "truly",
    "solemnly", "earnestly", "actively", "positively", "emphatically", "vehemently",
    "expressly", "explicitly", "duly", "cordially", "recently", "previously",
    "respectfully", "kindly", "gladly", "graciously",
    "unreservedly", "roundly", "sharply", "vigorously", "utterly", "heartily",
    "fervently",
    # a report's sequence words: "Merkel and Erdogan meanwhile stressed …"
    "meanwhile", "then", "later", "earlier", "afterwards", "clearly", "frankly", "openly",
    # "are continuously committed", "remain steadfastly committed"
    "continuously", "continually", "steadfastly", "unwaveringly", "unswervingly", "totally",
    "absolutely", "entirely", "completely", "genuinely",
    # a report's hedges and pace: "Both presidents reportedly agreed …"
    "reportedly", "apparently", "ultimately", "initially", "tentatively", "broadly",
    "largely", "quickly", "swiftly", "reluctantly", "provisionally",
}
# The parties' texts, which speak for them as subjects (see GROUP_NOUNS).
_DOCUMENT_SUBJECTS = {"statement", "communiqué", "communique", "declaration", "document",
                      "agreement", "resolution", "resolutions", "accord", "treaty", "pact",
                      "statements", "communiqués", "communiques", "declarations"}
DOCUMENT_SUBJECTS = _DOCUMENT_SUBJECTS  # for commitments.py
# "continue to", "to" only in "continue to support"; handled by _skip_adverbs.
GROUP_NOUNS = {
    "sides", "side", "parties", "participants", "officials", "leaders", "ministers",
    "delegations", "delegation", "countries", "governments", "government", "representatives",
    "envoys", "partners", "members", "states", "nations", "heads", "co-chairs", "chairs",
    "signatories", "allies", "counterparts", "presidents", "secretaries", "ambassadors",
    "authorities", "administrations", "organizations", "organisations", "participant",
    "foreign", "minister", "president", "leader", "envoy", "representative", "co-chair",
    "secretary", "ambassador", "chancellor", "premier", "spokesperson", "spokesman",
    "country", "party", "chair", "chairman", "chairperson", "host",
    "diplomats", "delegates", "committee", "council", "commission", "facilitators", "mediators",
    "guarantors", "co-sponsors", "hosts", "ministries", "moderators", "co-moderators",
    "pair", "duo",  # "the pair affirmed …" of two ministers just named
    # "The interlocutors urged …"; a summit's own bodies and formats: "the Authority
    # reaffirmed …" (of Heads of State), "the grouping also vowed …", "The Friends noted …"
    "interlocutors", "authority", "grouping", "friends",
    # "The Vice-Presidents noted …", "The Political Directors underlined …"
    # (not "lawmakers", "governors": a report's outsiders more often than the parties)
    "vice-presidents", "vice-ministers", "directors", "directors-general",
    "director",  # "The Political Director condemned …"
    "secretaries-general",
    # Monarchs, and the forms of address that stand for a head of state or minister:
    # "His Majesty stressed …", "The Emir underlined …", "His Excellency noted …".
    "king", "queen", "emir", "amir", "sultan", "monarch", "prince", "sheikh", "shaikh",
    "majesty", "excellency", "excellencies", "highness", "secretary-general",
    "director-general", "commissioner", "vice-president",
    # The bodies that issue a release or speak for a group: "The Ministry welcomed …",
    # "Chile's foreign ministry said …", "The bloc condemned …"; and the two parties as a
    # news report calls them ("The neighbours agreed …").
    "ministry", "bloc", "alliance", "organisation", "organization", "union", "secretariat",
    "presidency", "embassy", "cabinet", "neighbours", "neighbors",
    # "For his part, the visitor agreed …"; "the negotiating panels also agreed …"
    "visitor", "visitors", "guest", "guests", "panel", "panels", "negotiators",
    # "Both FMs promised …": foreign and prime ministers, abbreviated
    "fms", "pms",
    # "The meeting agreed …", "The Conference welcomed …": the gathering speaks for all.
    "meeting", "conference", "summit", "session", "dialogue", "forum", "ministerial",
    "consultations", "talks", "group",
    # "The statement welcomed …" in a report is the parties' own text speaking ("The
    # document also expresses support for …" of a declaration just named).
    # "The 111-point agreement highlights …", "One of the resolutions reaffirmed …"
    *_DOCUMENT_SUBJECTS,
}
_PRONOUNS = {"we", "they", "i", "he", "she"}
_PRONOUN_QUANTIFIERS = {"both", "all", "together", "jointly"}
# Work in hand, after "are" or "is": the progressive forms a statement states its joint work
# in ("we are working together", "are conducting joint efforts", "is negotiating").
_JOINT_WORK = {"working", "conducting", "negotiating", "establishing", "cooperating",
               "coordinating", "exploring", "pursuing", "preparing", "strengthening",
               "deepening", "expanding", "building", "implementing", "enhancing",
               "advancing", "intensifying", "collaborating", "partnering"}
# Words a subject may open with after an opening phrase without its comma.
_SUBJECT_OPENERS = {"both", "the", "all", "we", "they", "our", "their"}
_WH_WORDS = {"whether", "if", "how", "why", "what", "when", "where", "while", "as", "than"}
_ALL_OF_US = lazy_compile(r"(?:all|both|each|(?:all\s+)?(?:two|three|four|five|six|seven|eight"
                        r"|nine|ten))(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten))?"
                        r"\s+of\s+(?:us|them|you)")
_PREPOSITIONS = {"regarding", "concerning", "on", "in", "at", "for", "with", "about", "as",
                 "after", "before", "during", "following", "according", "under", "over", "to",
                 "from", "by", "through", "on behalf"}
# ("the 33 CELAC member countries", "the ten-member ASEAN", "The eight heads of SCO member
# states also urged …")
_COUNT_ADJECTIVE = lazy_compile(r"\d+|[a-z]+-(?:member|nation|country|state|party)|eight|nine"
                                r"|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen"
                                r"|twenty|thirty|forty|fifty")
_TIME_OPENERS = {"next", "last", "this", "earlier", "later"}
_TIME_UNITS = {"week", "month", "year", "day", "weekend", "morning", "afternoon", "evening"}
_COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "both", "all"}  # "All agreed"
_NP_FILLER = {
    "the", "and", "both", "all", "two", "three", "four", "five", "six", "seven", "several",
    "or",  # "The Heads of State or Government welcomed …"
    "our", "their", "its", "other", "respective", "participating", "senior", "high-level",
    "of",  # ("The EU and its member states agreed …")
    "as", "well", "’s", "'s", "-", "–", "—", "&", "undersigned", "visiting", "attending",
    "member", "prime", "vice", "deputy",
    "special", "government", "heads", "head", "state", "each", "every", "this", "these",
    "at", "from", "for", "annual", "joint", "bilateral", "trilateral", "regional",
    "top", "chief", "ministerial", "alongside", "along", "round", "latest", "recent",
    "inaugural", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    # "Thai acting Prime Minister …", "his Sudan counterpart, Omar al Bashir,"
    "acting", "interim", "caretaker", "counterpart", "his", "her",
    # "The final communique called for …"
    "final", "closing", "concluding",
}
# What kind of bloc or alliance, right before the bloc's noun: "Leaders of the Mercosur
# trading bloc vowed …" (not "Myanmar's military leaders vowed", the junta).
_BLOC_KINDS = {"trading", "trade", "economic", "political", "military", "security", "customs",
               "continental", "intergovernmental", "defence", "defense"}
_BLOC_NOUNS = {"bloc", "alliance", "grouping", "organisation", "organization",  # not "trade union"
               "community", "pact", "partnership", "forum"}


def _inflect(lemma: str) -> dict[str, str]:
    """Surface form -> "base" | "s" | "past"; no -ing forms (they do not head a clause)."""
    if lemma in _IRREGULAR:
        base, third, past, *participle = _IRREGULAR[lemma]
        return {base: "base", third: "s", past: "past", **{p: "past" for p in participle}}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past = lemma[:-1] + "ied"
    elif lemma in {"commit", "regret", "plan", "recommit"}:
        past = lemma + lemma[-1] + "ed"
    else:
        past = lemma + "ed"
    return {lemma: "base", third: "s", past: "past"}


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"}
TIME_WORDS = _WEEKDAYS | _MONTHS  # for participation.py


def _before_date(toks: list[Token], j: int) -> int:
    """The token before an "on Monday" / "on 3 May" / "on May 3" that ends at token j (or j
    itself when there is none there)."""
    if j < 0 or toks[j].text == ",":
        return j  # "…, described …": a comma ends the phrase before the verb; no date here
    k = j
    while k >= 0 and (toks[k].lower in _WEEKDAYS or toks[k].lower in _MONTHS
                      or toks[k].text.isdigit() or toks[k].text == ","):
        k -= 1
    if k < j and k >= 1 and toks[k].lower == "on" and toks[k + 1].text != ",":
        return k - 1
    if k == j - 1 and toks[j].lower in _WEEKDAYS:
        return k  # "President Fernández Monday celebrated …": a bare weekday (US news style)
    return j


def _participle(lemma: str) -> str:
    if lemma in {"commit", "regret", "plan", "recommit", "concur"}:
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    return lemma + "ing"


# Every stance verb's -ing form. Kept apart from FORMS: an -ing form heads a clause only
# after a comma ("…, reiterating their call for …", "…, vowing to …") or ends a list lead-in
# ("… objectives highlighting:").
PARTICIPLES = {_participle(lemma): lemma for lemma in LEXICON}
# Those that carry a stance after a comma: "…, considering the situation", "…, focusing on
# trade" describe, and commit to nothing.
_CLAUSE_PARTICIPLES = {form: lemma for form, lemma in PARTICIPLES.items()
                       if lemma not in {"consider", "focus", "value", "task", "direct", "back"}}

# A declaration's preambular paragraph opens with a participle or an adjective of stance:
# "REAFFIRMING their determination …;", "COGNIZANT of the need …;", "Deeply concerned by …,".
# The words the lexicon does not hold, with their stance class:
PREAMBLE_STANCES = {
    "cognizant": "other", "cognisant": "other", "committed": "commit", "concerned": "concern",
    "convinced": "support", "determined": "commit", "mindful": "other", "aware": "other",
    "conscious": "other", "alarmed": "concern", "encouraged": "welcome", "resolved": "commit",
    "guided": "support", "inspired": "support", "desirous": "commit", "desiring": "commit",
    "seeking": "commit", "believing": "support", "deploring": "condemn",
    "condemning": "condemn", "gratified": "welcome", "confident": "support",
}
# Openers that only set out what was weighed ("Considering …", "Bearing in mind …", "Having
# listened to …"): a preamble, but no stance of the parties.
PREAMBLE_NEUTRAL = {"considering", "bearing", "taking", "keeping", "having"}
# Openers whose stance is the noun that follows ("Emanating from the conviction that …").
PREAMBLE_CONVICTION = {"emanating", "proceeding"}
# -ing words that open a sentence as prepositions ("Regarding Syria, …").
_PREPOSITION_ING = {"regarding", "following", "including", "concerning", "according", "during",
                    "notwithstanding", "pending", "excluding", "barring", "speaking"}
_PREAMBLE_START = lazy_compile(
    r"(?P<adverb>(?:Deeply|Fully|Firmly|Gravely|DEEPLY|FULLY|FIRMLY|GRAVELY)\s+)?"
    r"(?P<word>[A-Za-z]+)\b")


# A preamble's opening line may lack its comma: "The Heads of State or Government of
# Belgium, …, the United Kingdom and the United States of America" then "greatly welcoming …".
DECLARERS = lazy_compile(
    r"(?:We,?\s+)?(?:[Tt]he\s+)?(?:Heads?\s+of\s+State|Governments?|(?:Foreign\s+)?Ministers"
    r"|Leaders|Presidents|Prime\s+Ministers|Representatives|Plenipotentiaries)\b[^.;:]*")
_PREAMBLE_START_ANY = lazy_compile(r"(?P<adverb>[A-Za-z]+ly\s+)?(?P<word>[A-Za-z]+)\b")


def preamble_word(text: str, pos: int, any_case: bool = False) -> tuple[str, int] | None:
    """The lower-case word a preambular paragraph opens with at `pos`, and where it ends;
    None for any other opening (a name, a place such as "Beijing", "Regarding …").
    `any_case`: the paragraph may open in lower case ("greatly welcoming …", "gratified by
    …"), as after a line that names who declares."""
    m = (_PREAMBLE_START_ANY if any_case else _PREAMBLE_START).match(text, pos)
    if m is None or not (any_case or m.group("adverb") or m.group("word")[0].isupper()):
        return None
    word = m.group("word").lower()
    if word in _PREPOSITION_ING or not (word in PARTICIPLES or word in PREAMBLE_STANCES
                                        or word in PREAMBLE_NEUTRAL
                                        or word in PREAMBLE_CONVICTION):
        return None
    return word, m.end()


FORMS: dict[str, tuple[str, str]] = {}
for _lemma in LEXICON:
    for _form, _tense in _inflect(_lemma).items():
        FORMS.setdefault(_form, (_lemma, _tense))
BASE_FORMS = {lemma for lemma in LEXICON}

# Words at which a stance verb phrase can start; every other token is skipped at once.
_CANDIDATES = set(FORMS) | _DO_AUX | _COPULA | _MODALS | _DECLINE | {"cannot"}

# Words without which a unit holds no stance phrase: checking them on a cheap word list
# spares tokenising most units that have none.
_NEEDED = set(FORMS) | _MODALS | set(_STATES) | _DECLINE | {"cannot", "not", "n't", "n’t"} \
    | set(_CLAUSE_PARTICIPLES) | {"view", "opinion"} | _JOINT_WORK
_LOWER_WORD = lazy_compile(r"[a-z]+(?:[’'][a-z]+)?")


def may_hold_stance(text: str, start: int, end: int) -> bool:
    """Could [start, end) contain a stance verb phrase at all?"""
    return not _NEEDED.isdisjoint(_LOWER_WORD.findall(text[start:end].lower()))


_TOKEN = lazy_compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|\w+(?:[’'\-]\w+)*|’s|'s|[^\w\s]")
_BOUNDARY = {",", ";", ":", "(", ")", "“", "”", '"', "[", "]", "—", "–"}
_COORDINATORS = {"and", "but", ";", ",", "while", "whilst", "yet"}
_PARTICIPLE_NEXT = {"by", "in", "on", "at", "during", "since", "under", "from", "as"}
_NOUNISH_NEXT = {"for", "of", "from", "by", "in", "on", "at", "during", "since", "under",
                 "with", "as", "is", "was", "were", "are", "has", "have", "and", ",", ".", ";"}
# Unions the token loops test against, built once here rather than at every token.
_BOUNDARY_AND = _BOUNDARY | {"and"}
_ADVERBS_BEFORE = ADVERBS - {"both", "all", "each"}
_CLAUSE_OPENERS = _COORDINATORS | _BOUNDARY
_OPENING_NP = _NP_FILLER | GROUP_NOUNS | _PRONOUNS | {"u.s.", "."}


class Token(NamedTuple):
    """A word or punctuation mark with absolute offsets and its lower-case form."""

    start: int
    end: int
    text: str
    lower: str


_new = tuple.__new__  # builds a Token without NamedTuple's slower __new__: made by the thousand


@dataclass(frozen=True)
class Head:
    """A stance verb heading a clause: its words, class, and its subject if written."""

    verb_start: int  # where the verb phrase starts (auxiliary included)
    verb_end: int
    verb: str  # the verb phrase as written, lower case ("do not support", "called on")
    lemma: str
    stance: str
    negated: bool
    subject: tuple[int, int] | None  # span of the subject noun phrase, if any
    clause_start: int  # where the clause of a non-first head starts
    tense: str


def obliges(head: Head) -> bool:
    """Does the head say what someone must or should do ("All sides must abide …")? Its
    subject is then whom the statement calls on, not who speaks."""
    return head.verb.split(" ", 1)[0] in _OBLIGATION


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of text[start:end] with absolute offsets."""
    return [_new(Token, (m.start(), m.end(), g, g.lower()))
            for m in _TOKEN.finditer(text, start, end) for g in (m.group(),)]


def _next_words(text: str, pos: int, count: int = 6) -> str:
    return " ".join(text[pos:pos + 80].split()[:count]).lower()


def _verb_phrase(toks: list[Token], i: int, text: str) -> tuple[str, str, int, bool, str] | None:
    """At token i, a stance verb phrase: (lemma, class, end offset, negated, tense)."""
    w = toks[i].lower
    n = len(toks)
    # "do not support", "did not agree", "cannot accept"
    if w in _DO_AUX or w == "cannot":
        k = i + 1
        if w != "cannot":
            if k < n and toks[k].lower in ("not", "n’t", "n't"):
                k += 1
            else:
                return _modal(toks, i, text) if w in _MODALS else None
        while k < n and toks[k].lower in ADVERBS:
            k += 1
        if k < n and toks[k].lower in BASE_FORMS:
            inner = _verb_phrase(toks, k, text)
            if inner:
                return inner[0], inner[1], inner[2], True, "base"
        if w in _MODALS and k < n and toks[k].text.islower() and toks[k].text.isalpha():
            return "will", "commit", toks[k].end, True, "base"
        return None
    if w in _DECLINE:
        k = i + 1
        if k + 1 < n and toks[k].lower == "to" and toks[k + 1].lower in BASE_FORMS:
            inner = _verb_phrase(toks, k + 1, text)
            if inner:
                return inner[0], inner[1], inner[2], True, "past"
        return None
    if w in _COPULA:
        k = i + 1
        while k < n and toks[k].lower in ADVERBS:
            k += 1
        if k < n and toks[k].lower in _STATES:
            return toks[k].lower, _STATES[toks[k].lower], toks[k].end, False, "state"
        # "are looking forward to …", "are of the view that …"
        if k + 1 < n and toks[k].lower == "looking" and toks[k + 1].lower == "forward":
            return "look", "welcome", toks[k + 1].end, False, "state"
        if k + 2 < n and toks[k].lower == "of" and toks[k + 1].lower == "the" and \
                toks[k + 2].lower in ("view", "opinion"):
            return "view", "other", toks[k + 2].end, False, "state"
        # "Japan and the European Union are working together to …", "we are negotiating
        # …": work the parties say they have in hand
        # (in the present only: "relations were developing well" is a report)
        if k < n and toks[k].lower in _JOINT_WORK and w in ("are", "is", "am"):
            return toks[k].lower, "commit", toks[k].end, False, "state"
        return None
    if w == "thanks" and i + 1 < n and toks[i + 1].lower == "to":
        return None  # "thanks to the keenness of …": a preposition, no one thanked
    form = FORMS.get(w)
    if form is None:
        return None
    return _lexical_phrase(form[0], form[1], toks, i, text)


# "called on and was hosted to lunch by …", "called on Prime Minister Lee at the Istana": a
# courtesy call, unless the sentence goes on to what the one called on should do ("… to
# resume talks").
_CALLED_ON_SOMEONE = lazy_compile(r"(?:on|upon)\s+(?:and\b|(?:the\s+)?(?:prime|president|minister"
                                r"|secretary|king|queen|emir|sheikh|his|her|h\.e\.|mr\.?|ms\.?"
                                r"|mrs\.?)\b)")
_TO_DO = lazy_compile(r"\bto\s+[a-z]")
_SENTENCE_STOP = lazy_compile(r"[.!?;](?:\s|$)")


def _courtesy_call(text: str, end: int, after: str) -> bool:
    if _CALLED_ON_SOMEONE.match(after) is None:
        return False
    if after.startswith(("on and", "upon and")):
        return True
    stop = _SENTENCE_STOP.search(text, end)
    return _TO_DO.search(text, end, stop.start() if stop else len(text)) is None


def _lexical_phrase(lemma: str, tense: str, toks: list[Token], i: int,
                    text: str) -> tuple[str, str, int, bool, str] | None:
    """The phrase a stance verb form at token i heads: its fixed words and its class."""
    stance = LEXICON[lemma]
    end = toks[i].end
    after = _next_words(text, end)
    rule = _PHRASE_ONLY.get(lemma)
    if rule is not None:
        m = rule.match(after)
        if not m:
            return None
        if lemma == "call" and _courtesy_call(text, end, after):
            return None
        if m.end():
            end = _advance(text, end, m.end())
        if lemma == "stand" and m.group().startswith("ready"):
            stance = "commit"
    if lemma == "welcome" and _HOSPITALITY.match(text, end):
        return None  # "Lavrov welcomed his Kazakhstani colleague in Moscow": a host's greeting
    if lemma in ("undertake", "make", "pay") and _A_VISIT.match(after):
        return None  # "undertook a Working Visit to South Africa": the trip, not a pledge
    if tense != "base" and lemma in ("understand", "believe", "think", "know") and \
            after.startswith("to be ") and i > 0 and toks[i - 1].text == ",":
        # "Fidel Castro, understood to be recuperating, …": a hedge, no stance (but "The
        # Ministers believed to be of the utmost importance …" is one)
        return None
    if lemma == "go" and (len(after.split()) < 3 or after.split()[2] not in BASE_FORMS):
        return None  # "went on to express …" is a stance; "went on to Tokyo", "… to tour" not
    noted = _NOTED_WITH.match(_next_words(text, end)) if lemma in ("note", "take") else None
    if noted:  # "noted with concern", "took note with appreciation"
        stance = _NOUN_CLASS[noted.group(1)]
    obj = _OBJECT_CLASS.match(after)
    if lemma in {"express", "reaffirm", "reiterate", "affirm", "renew", "confirm",
                 "underscore", "stress", "emphasize", "emphasise", "share", "voice",
                 "convey"} and obj:
        stance = _NOUN_CLASS[obj.group("noun")]
        # "expressed concern" is the verb phrase; with an owner ("expressed Sweden’s
        # support") the verb stands alone and the owner stays in the clause.
        if lemma in ("express", "voice", "convey") and not obj.group("owner"):
            end = _advance(text, end, obj.end())
    return lemma, stance, end, False, tense


def _modal(toks: list[Token], i: int, text: str):
    k = i + 1
    while k < len(toks) and toks[k].lower in ADVERBS:
        k += 1
    if k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].lower not in {"be", "have", "not", "likely", "also"}:
        inner = FORMS.get(toks[k].lower)
        default = "call" if toks[i].lower in _OBLIGATION else "commit"
        # A verb that is a stance only in a phrase ("hold that") keeps the modal's class:
        # "We will hold accountable those responsible" is a commitment.
        own = inner and toks[k].lower in BASE_FORMS and (
            inner[0] not in _PHRASE_ONLY
            or _PHRASE_ONLY[inner[0]].match(_next_words(text, toks[k].end)))
        stance = LEXICON[inner[0]] if own else default
        return "will", stance, toks[k].end, False, "modal"
    return None


def _advance(text: str, pos: int, chars: int) -> int:
    """Offset in `text` after `chars` characters of its whitespace-normalised form from pos."""
    i = pos
    while i < len(text) and text[i].isspace():
        i += 1
    j = 0
    while j < chars and i < len(text):
        if text[i].isspace():
            while i < len(text) and text[i].isspace():
                i += 1
        else:
            i += 1
        j += 1
    return i


class SubjectChecker:
    """Decides whether a noun phrase names parties: "We", "the two sides", "India and Japan"."""

    def __init__(self, entity_spans: Sequence[tuple[int, int]]):
        self.spans = sorted(entity_spans)
        self.starts = [s for s, _ in self.spans]
        # Set by the caller while "It" stands for the parties' text ("The statement stressed
        # … . It voiced …"); otherwise "it" names nobody.
        self.it_names_parties = False

    def ending_at(self, end: int) -> bool:
        """Does an entity span end exactly at `end`?"""
        return bool(self.spans_ending_at(end))

    def spans_ending_at(self, end: int) -> list[tuple[int, int]]:
        """The entity spans that end exactly at `end`."""
        i = bisect_left(self.starts, end) - 1
        return [self.spans[k] for k in range(i, max(-1, i - 3), -1) if self.spans[k][1] == end]

    def inside(self, pos: int) -> bool:
        """Is `pos` strictly inside an entity span (the comma of "Robert Fico, the Slovak
        Prime Minister")?"""
        i = bisect_left(self.starts, pos) - 1
        return any(self.spans[k][0] < pos < self.spans[k][1] for k in range(i, max(-1, i - 3), -1))

    def entities_in(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] <= end:
                out.append(self.spans[i])
            i += 1
        return out

    def check(self, text: str, start: int, end: int, toks: list[Token] | None = None) -> bool:
        """`toks`, if given, are the tokens of [start, end) already (saves tokenising)."""
        ents = self.entities_in(start, end)
        words: list[str] = []
        if toks is None:
            cursor = start
            for s, e in ents:
                words += [t.text for t in tokens(text, cursor, s)]
                words.append("\x00ENT")
                cursor = e
            words += [t.text for t in tokens(text, cursor, end)]
        else:
            k, last = 0, -1
            for t in toks:
                while k < len(ents) and ents[k][1] <= t.start:
                    k += 1
                if k < len(ents) and ents[k][0] <= t.start:
                    if last != k:
                        words.append("\x00ENT")
                        last = k
                    continue
                words.append(t.text)
        # "Notably they agreed …", "Eventually, we agreed …": a sentence adverb opens it;
        # so may a time ("Next week Finland will assume …").
        while len(words) > 1 and words[0].lower() in _ADVERBS_BEFORE:
            words = words[2:] if words[1] == "," else words[1:]
        if len(words) > 2 and words[0].lower() in _TIME_OPENERS and \
                words[1].lower() in _TIME_UNITS:
            words = words[3:] if words[2] == "," else words[2:]
        if not words or len(words) > 30 or words[0].lower() in _PREPOSITIONS:
            return False  # "Regarding Egypt, …", "On Syria, …": a topic, not a subject
        if words[-1].lower() in ("us", "them", "you") and \
                _ALL_OF_US.fullmatch(" ".join(words).lower()):
            return True  # "All three of us agreed …", "Both of them stressed …"
        anchor = False
        for n, word in enumerate(words):
            low = word.lower()
            # "It" is the parties' text only where the caller says so (a lone subject).
            if word == "\x00ENT" or low in GROUP_NOUNS or (
                    low == "it" and self.it_names_parties and len(words) == 1):
                anchor = True
            elif word == "HE" and n + 1 < len(words) and words[n + 1][:1].isupper():
                continue  # "HE Deputy Prime Minister …": His Excellency, not a pronoun
            elif low in _PRONOUNS:
                # "They both expressed …", "We all agree …"
                rest = [w.lower() for w in words[n + 1:]]
                if len(words) > 1 and not (n == len(words) - 1 and words[n - 1].lower() == "and") \
                        and not (n == 0 and rest and set(rest) <= _PRONOUN_QUANTIFIERS):
                    return False
                anchor = True
            elif low in _NP_FILLER or low in {",", ".", "(", ")"} or \
                    _COUNT_ADJECTIVE.fullmatch(low) or (
                        low in _BLOC_KINDS and n + 1 < len(words)
                        and words[n + 1].lower() in _BLOC_NOUNS):
                continue  # ("the 33 CELAC member countries", "the ten-member ASEAN")
            elif word[:1].isupper() and n < len(words):
                continue  # proper adjectives and titles: "Central Asian", "Foreign Ministers"
            else:
                return False
        # "The two agreed …", "The three decided …": a number standing for the parties.
        return anchor or words[-1].lower() in _COUNT_WORDS


def find_heads(text: str, start: int, end: int, subjects: SubjectChecker,
               implicit_subject: bool = False, toks: list[Token] | None = None) -> list[Head]:
    """Stance clause heads in one reading unit [start, end), in order.

    A head is a stance verb phrase whose subject names parties, or one joined to an
    earlier head (or to the implicit subject of a list item) by "and", ";", "as well as",
    "however". `implicit_subject` says the unit's subject is the participants already.
    """
    if toks is None:
        toks = tokens(text, start, end)
    heads: list[Head] = []
    i = 0
    n = len(toks)
    while i < n:
        if toks[i].lower == "it" and (i == 0 or toks[i - 1].text in _BOUNDARY_AND):
            imp = _impersonal(toks, i, text)
            if imp is not None:
                heads.append(imp)
                i = _index_after(toks, imp.verb_end, i)
                continue
        if toks[i].lower in _PASSIVE_AUX and i > 0 and not heads:
            passive = _passive_readout(toks, i, text)
            if passive is not None:
                heads.append(passive)
                i = _index_after(toks, passive.verb_end, i)
                continue
        # Cheapest test first: this runs at every token of every unit.
        if toks[i].lower in _CLAUSE_PARTICIPLES and i > 1 and (
                toks[i - 1].text == "," or (toks[i - 1].lower in ("while", "whilst")
                                            and toks[i - 2].text == ",")) and (
                heads or _opening_subject(text, toks, subjects)):
            part = _lexical_phrase(_CLAUSE_PARTICIPLES[toks[i].lower], "ing", toks, i, text)
            if part is not None:
                lemma, stance, vend, negated, tense = part
                vstart = toks[i].start
                heads.append(Head(vstart, vend, _phrase_text(text, vstart, vend), lemma,
                                  stance, negated, None, vstart, tense))
                i = max(i + 1, _index_after(toks, vend, i))
                continue
        if toks[i].lower in _CLAUSE_PARTICIPLES and i > 2 and \
                (ended := _ended_with(text, toks, i, subjects)) is not None:
            # "The summit … ended with delegates agreeing on a final statement", "… concluded
            # with regional leaders agreeing to …", "… ended with a joint declaration
            # reaffirming …": how a meeting ended is its parties' stance.
            part = _lexical_phrase(_CLAUSE_PARTICIPLES[toks[i].lower], "ing", toks, i, text)
            if part is not None:
                lemma, stance, vend, negated, tense = part
                vstart = toks[i].start
                heads.append(Head(vstart, vend, _phrase_text(text, vstart, vend), lemma,
                                  stance, negated, ended, ended[0], tense))
                i = max(i + 1, _index_after(toks, vend, i))
                continue
        if i == 0 and toks[0].text in ("Asked", "Pressed", "Questioned"):
            i += 1  # "Asked whether …, the minister stated …": a participle, not the stance
            continue
        phrase = _verb_phrase(toks, i, text) if toks[i].lower in _CANDIDATES else None
        if phrase is not None and i > 1 and toks[i - 1].lower == "to" and not heads \
                and _opportunity(toks, i - 1):
            lemma, stance, vend, _, _ = phrase
            head = _opportunity_head(text, toks, i - 1, i, lemma, stance, vend, subjects)
            if head is not None:
                heads.append(head)
                i = max(i + 1, _index_after(toks, vend, i))
                continue
        if phrase is not None and i > 2 and toks[i - 1].lower == "to" and not heads:
            # "Donald Trump on Tuesday spoke with President Kenyatta to reaffirm …": the
            # purpose of a meeting is its parties' stance.
            lemma, stance, vend, _, _ = phrase
            head = _purpose_head(text, toks, i, lemma, stance, vend, subjects)
            if head is not None:
                heads.append(head)
                i = max(i + 1, _index_after(toks, vend, i))
                continue
        if phrase is None or (i > 0 and toks[i - 1].lower == "to"):
            i += 1
            continue
        lemma, stance, vend, negated, tense = phrase
        # Walk back over adverbs and perfect auxiliaries to what precedes the verb.
        j = i - 1
        vstart = toks[i].start
        # 'The ministers “agreed to establish …,” the statement said': the quotation opens
        # between the subject and its verb.
        # And 'reaffirmed their "commitment to …," emphasized "the role …"': the comma
        # inside the closing quotation mark joins the next verb, as a bare comma would.
        if j > 0 and ((toks[j].text in ("“", '"') and toks[j - 1].text not in _BOUNDARY)
                      or (toks[j].text in ("”", '"') and toks[j - 1].text == "," and heads)):
            j -= 1
        while j >= 0 and (toks[j].lower in _ADVERBS_BEFORE
                          or toks[j].lower in _PERFECT):
            if toks[j].lower in _PERFECT:
                vstart = toks[j].start
            j -= 1
        # "The Quad Foreign Ministers on Monday condemned …": a date between subject and verb.
        j = _before_date(toks, j)
        # A "however," between commas is an adverb too: "…, however, expressed concern".
        head: Head | None = None
        fronted = _fronted_subject(text, toks, j, subjects) if not heads else None
        if fronted is not None:
            # "We, the G7 Foreign Ministers of …, strongly condemn …": subject, apposition.
            head = Head(vstart, vend, _phrase_text(text, vstart, vend), lemma, stance,
                        negated, fronted, fronted[0], tense)
        elif j >= 1 and toks[j].text == "," and not heads and \
                (listed := _listed_subject(text, toks, j, subjects)) is not None:
            # "… the ministers of Jordan, Egypt and Qatar, expressed …": a serial comma
            # closes a list subject; it does not join a second clause.
            head = Head(vstart, vend, _phrase_text(text, vstart, vend), lemma, stance,
                        negated, listed, listed[0], tense)
        elif j >= 2 and toks[j].text == "," and not heads and toks[j - 1].text[:1].isupper() \
                and subjects.ending_at(toks[j - 1].end) \
                and (appositive := _appositive_subject(toks, j, subjects)) is not None:
            # "For his part, U.S. Secretary of State, Rex Tillerson, expressed …": the name
            # between commas is the subject, not a clause joined by the comma.
            head = Head(vstart, vend, _phrase_text(text, vstart, vend), lemma, stance,
                        negated, appositive, appositive[0], tense)
        elif j >= 0 and _is_coordinator(toks, j):
            has_context = heads or implicit_subject or _opening_subject(text, toks, subjects)
            next_low = toks[i + 1].lower if i + 1 < n else ""  # the word right after the verb
            # After a bare form, "for"/"of"/"," … mark a noun ("and support for"); after a
            # past form only a passive or participial phrase ("welcomed by", "held in") does.
            blocked = _PARTICIPLE_NEXT if tense == "past" else _NOUNISH_NEXT
            if lemma in _PHRASE_ONLY:  # "focused on", "called on": the phrase was checked
                blocked = {"by"}
            if has_context and tense != "modal" and next_low not in blocked \
                    and (tense in ("past", "state") or _base_ok(heads, tense, toks[j])):
                clause_start = toks[j].start if toks[j].lower in ("and", "but") else vstart
                if toks[j].lower == "as" and j >= 2:
                    clause_start = vstart
                head = Head(vstart, vend, _phrase_text(text, vstart, vend), lemma, stance,
                            negated, None, clause_start, tense)
        elif j >= 0 and toks[j].lower in _PRONOUNS and (
                j == 0 or toks[j - 1].lower in _CLAUSE_OPENERS or _relative_opener(toks, j)):
            # "…, and we call for …": a pronoun after a conjunction opens a new clause.
            head = Head(vstart, vend, _phrase_text(text, vstart, vend), lemma, stance,
                        negated, (toks[j].start, toks[j].end), toks[j].start, tense)
        elif j < 0 and implicit_subject and tense in ("past", "base", "s"):
            # A list item that opens with the verb: "• Called on all parties to …".
            head = Head(vstart, vend, _phrase_text(text, vstart, vend), lemma, stance,
                        negated, None, toks[0].start, tense)
        else:
            subject = _subject_np(text, toks, j, subjects)
            if subject is not None:
                head = Head(vstart, vend, _phrase_text(text, vstart, vend), lemma, stance,
                            negated, subject, subject[0], tense)
        if head is not None:
            heads.append(head)
            i = max(i + 1, _index_after(toks, vend, i))
        else:
            i += 1
    # "Neither side agreed to …", "No country supported …": a negating subject negates.
    heads = [replace(h, negated=True) if h.subject is not None and not h.negated
             and negating_subject(text, h.subject) else h for h in heads]
    # "This Agreement will contribute to …": what a document will do is no one's pledge
    # (what it states, "The agreement recognized …", is the parties' words).
    # Nor is "the treaty signed in Lima": a participle after a document, not its act.
    heads = [h for h in heads if not (
        h.subject is not None and _last_word(text, h.subject) in _DOCUMENT_SUBJECTS
        and (h.tense == "modal" or (h.tense == "past" and h.lemma in _DONE_TO_DOCUMENTS
                                    and (_next_words(text, h.verb_end, 1) in _AFTER_PARTICIPLE
                                         or _next_words(text, h.verb_end, 1)[:1].isdigit()))))]
    # Joint work in hand is the parties' only when they share the subject ("we", "Japan and
    # the EU", "both sides"): "China is expanding its naval presence" is someone's doing.
    heads = [h for h in heads if not (h.lemma in _JOINT_WORK and h.subject is not None
                                      and not _SHARED_SUBJECT.search(text, *h.subject))]
    if not implicit_subject:
        # "The talks focused on trade", "We focused on the situation in …": what a meeting
        # was about, which no annotated statement counts; only a list of the parties'
        # positions ("…; focused on the crisis; noted …") makes it one of them.
        heads = [h for h in heads if h.lemma not in _TOPIC_ONLY_IN_LISTS]
    return heads


_MEETING_NOUNS = {"summit", "talks", "meeting", "session", "conference", "round", "dialogue",
                  "ministerial", "forum", "retreat", "consultations", "negotiations", "visit",
                  "trip"}
# The verbs of a meeting's end, before "with …" and its participle.
_ENDED = {"ended", "concluded", "closed", "wrapped", "finished", "ends", "concludes", "closes"}


def _ended_with(text: str, toks: list[Token], i: int,
                subjects: SubjectChecker) -> tuple[int, int] | None:
    """For a participle at token i after "ended with <subject>": the subject's span, when
    it names parties ("delegates", "regional leaders") or is the meeting's text ("a joint
    declaration"); else None."""
    w = next((k for k in range(i - 1, max(0, i - 10), -1) if toks[k].lower == "with"), None)
    if w is None or w == i - 1:
        return None
    ended = next((k for k in range(w - 1, max(-1, w - 12), -1) if toks[k].lower in _ENDED), None)
    # What ended is this meeting: a meeting's noun or a summit's name before the verb, with
    # no sign of another time ("The previous round, held in 2019, ended …", "Last year's
    # talks ended …", "The 1879 war ended …", "The ceasefire ended …"). A year of the
    # meeting's own date is no other time ("The 2023 G20 summit …", "held … on 17-18
    # February 2024, ended …"); "in 2019" right after "held" is.
    if ended is None:
        return None
    before = toks[max(0, ended - 24):ended]
    if not any(t.lower in _MEETING_NOUNS or t.text == "Summit" for t in before) or any(
            t.lower in _ANOTHER_TIME for t in before) or _held_in_a_year(before):
        return None
    span = (toks[w + 1].start, toks[i - 1].end)
    if toks[i - 1].lower in _DOCUMENT_SUBJECTS or subjects.check(text, *span, toks[w + 1:i]):
        return span
    return None


def _held_in_a_year(toks: list[Token]) -> bool:
    """Do the tokens say "held in <year>" ("The previous round, held in 2019, …")?"""
    return any(a.lower == "held" and b.lower == "in" and c.text.isdigit() and len(c.text) == 4
               for a, b, c in zip(toks, toks[1:], toks[2:], strict=False))


_ACRONYM = lazy_compile(r"[A-Z][A-Za-z0-9&+.-]{1,9}")


_NEGATING_DETERMINERS = {"neither", "no", "none", "nobody", "nor"}


def negating_subject(text: str, span: tuple[int, int]) -> bool:
    """Does the subject in `span` open with a word that negates its verb ("Neither side",
    "No country")? (commitments.py asks it of a clause too.)"""
    words = text[span[0]:span[1]].split(None, 1)
    return bool(words) and words[0].lower() in _NEGATING_DETERMINERS


def _bracketed_acronym(toks: list[Token], k: int) -> bool:
    """Does token k close a bracketed acronym, "( MILF )", right after a name?"""
    return toks[k].text == ")" and k >= 3 and toks[k - 2].text == "(" and \
        _ACRONYM.fullmatch(toks[k - 1].text) is not None and toks[k - 3].text[:1].isupper()


_ANOTHER_TIME = {"last", "previous", "earlier", "former", "ago"}
_DOCUMENT_PARTICIPLES = {"adopted", "issued", "approved", "released", "signed", "endorsed",
                         "agreed", "published"}


def _subject_np(text: str, toks: list[Token], j: int,
                subjects: SubjectChecker) -> tuple[int, int] | None:
    """The party-naming noun phrase that ends at token j and opens its clause, if any."""
    # "… and his Sudan counterpart, Omar al Bashir, agreed": the appositive's closing comma.
    if j > 0 and toks[j].text == "," and subjects.ending_at(toks[j - 1].end):
        j -= 1
    k = j
    last = j  # the subject's last word (before a relative clause on it)
    # A subject is short: looking back at most 40 tokens keeps long units linear.
    while k >= 0 and j - k < 40:
        if _bracketed_acronym(toks, k):
            k -= 3  # "the Moro Islamic Liberation Front (MILF) have agreed": part of the name
            continue
        if (toks[k].text in _BOUNDARY and not subjects.inside(toks[k].start)) \
                or toks[k].lower in _NP_STOP or _dateline_dash(toks, k):
            break  # (a comma inside a name and its title, "Robert Fico, the Slovak …", is none)
        k -= 1
        # "The countries that make up Unasur express": a relative clause on a group noun
        # belongs to the subject.
        if k > 0 and last == j and toks[k].lower in ("that", "who") and \
                toks[k - 1].lower in _RELATIVE_HEADS and j - k >= 2 and \
                toks[j].lower not in _IMPERSONAL_AUX:
            k -= 1
            last = k
    # "The final communique adopted by the summit reaffirmed …": the document is the
    # subject, the participle and its agent describe it.
    # Not a text of another time: "adopted by the European Parliament last year".
    if last == j:
        described = next((w for w in range(k + 1, j - 1) if toks[w].lower in _DOCUMENT_SUBJECTS
                          and toks[w + 1].lower in _DOCUMENT_PARTICIPLES), None)
        if described is not None and not any(
                t.lower in _ANOTHER_TIME or t.text.isdigit() for t in toks[described + 2:j + 1]):
            last = described
    # "Forum Leaders while respecting the principle of non-interference … committed
    # themselves": a participial aside between the subject and its verb.
    if last == j:
        aside = next((w for w in range(k + 2, j) if toks[w].lower in ("while", "whilst")
                      and toks[w + 1].lower.endswith("ing")), None)
        if aside is not None:
            last = aside - 1
    np_start = k + 1
    # "Prime Minister Albanese, Prime Minister Modi, and President Biden agreed":
    # walk back over commas while each listed element is itself a party name.
    while k > 0 and toks[k].text == "," and np_start <= j:
        prev = k - 1
        while prev >= 0 and (toks[prev].text not in _BOUNDARY
                             or subjects.inside(toks[prev].start)) and \
                toks[prev].lower not in _NP_STOP:
            prev -= 1
        if prev + 1 > k - 1 or not subjects.check(text, toks[prev + 1].start,
                                                  toks[k - 1].end, toks[prev + 1:k]) \
                or not subjects.entities_in(toks[prev + 1].start, toks[k - 1].end):
            break
        k = prev
    np_start = k + 1
    while np_start <= j and toks[np_start].lower in {"and", "but", "while", "so", "then"}:
        np_start += 1
    said_that = k > 0 and toks[k].lower == "that" and toks[k - 1].lower in _REPORTING
    # "a final statement …, in which the member states reaffirmed …": the text's own words.
    in_which = k > 0 and toks[k].lower == "which" and toks[k - 1].lower in _TEXT_PREPOSITIONS
    opens_clause = k < 0 or toks[k].text in _BOUNDARY or said_that or in_which \
        or toks[k].lower in _REPORTING or _dateline_dash(toks, k)
    if np_start <= last and opens_clause and \
            subjects.check(text, toks[np_start].start, toks[last].end, toks[np_start:last + 1]):
        return toks[np_start].start, toks[j].end
    if np_start < last and opens_clause and toks[np_start].lower in _PREPOSITIONS:
        # "In the meeting both leaders agreed …": an opening phrase with no comma after it;
        # the subject is the last group that opens with a determiner.
        for n in range(last, np_start, -1):
            # (or a name or title right after the phrase's last word: "In this regard
            # President Ismail Guelleh warmly welcomed …")
            # (not after a conjunction: "on whether Germany should extradite …")
            opens = toks[n].lower in _SUBJECT_OPENERS or (
                toks[n].text[:1].isupper() and toks[n - 1].text.isalpha()
                and toks[n - 1].text.islower() and toks[n - 1].lower not in _NP_STOP
                and toks[n - 1].lower not in _WH_WORDS)
            if opens and subjects.check(text, toks[n].start, toks[last].end,
                                        toks[n:last + 1]):
                return toks[n].start, toks[j].end
    return None


_TITLE_LINK_WORDS = {"of", "the", "for", "and", "&"}


def _appositive_subject(toks: list[Token], j: int,
                        subjects: SubjectChecker) -> tuple[int, int] | None:
    """The subject "Title, Name," whose closing comma is token j, when a comma opens the
    title: "For his part, U.S. Secretary of State, Rex Tillerson, expressed …". The person's
    span holds the title and the name with the comma between them."""
    end = toks[j - 1].end
    span = next((sp for sp in subjects.spans_ending_at(end)), None)
    if span is None:
        return None
    k = j - 1
    while k > 0 and toks[k].start > span[0]:
        k -= 1
    if toks[k].start != span[0] or not any(t.text == "," for t in toks[k:j]):
        return None  # no title before the name within the person's span
    # The title may open before the span with other capitalised words ("U.S. Secretary").
    while k > 0 and toks[k - 1].text not in _BOUNDARY and j - k < 16 and (
            toks[k - 1].text[:1].isupper() or toks[k - 1].lower in _TITLE_LINK_WORDS):
        k -= 1
    if k == 0 or toks[k - 1].text not in (",", ";"):
        return None
    return toks[k].start, end


# Prepositions before "which" that open a clause on a meeting: "…, during which they agreed".
_MEETING_WHICH = {"during", "at", "in", "after", "following", "where"}
# The meeting the relative clause is about, named earlier in the sentence: "They also met
# with business leaders, where they agreed …" (but in "… the plight of migrants in Tumbes,
# where they have demanded the right to work" the pronoun is the migrants).
_MEETING_WORDS = {"met", "meet", "meets", "meeting", "meetings", "talks", "summit", "session",
                  "conference", "visit", "visited", "held", "hold", "holds", "gathered",
                  "convened", "dinner", "lunch", "breakfast", "call", "consultations",
                  "dialogue", "forum", "retreat", "round", "briefing", "ceremony", "event",
                  "press", "reception", "negotiations"}


def _relative_opener(toks: list[Token], j: int) -> bool:
    """Does a relative word open the pronoun's clause at token j, after a meeting named
    earlier in the sentence: "…, where they agreed …", "…, during which we reaffirmed …"?
    (Not "the plan which they endorsed": a bare "which" after a noun describes it.)"""
    before = toks[j - 1].lower
    if before in ("where", "whereupon"):
        opens = True
    else:
        opens = before == "which" and j >= 2 and toks[j - 2].lower in _MEETING_WHICH
    return opens and any(t.lower in _MEETING_WORDS for t in toks[max(0, j - 40):j - 1])


def _dateline_dash(toks: list[Token], k: int) -> bool:
    """Is token k the dash after a dateline ("Hanoi, Vietnam, September 15 - The …")? (A
    dash between names is an aside: "the Nordic-Baltic 8 - Denmark, … - condemn".) Or a
    spaced hyphen standing for a dash after a plain word, which opens a clause as a dash
    does: "… occurred at the summit sidelines - Prime Minister … announced"."""
    if toks[k].text != "-" or k == 0:
        return False
    before = toks[k - 1]
    if before.text.isdigit():
        return True
    # (not a compound spaced apart, "member - states", nor the first of two hyphens around
    # an aside, "Japan and its neighbours - South Korea and China - agreed")
    return before.text.isalpha() and before.text.islower() and before.end < toks[k].start \
        and k + 1 < len(toks) and toks[k].end < toks[k + 1].start \
        and toks[k + 1].text[:1].isupper() \
        and not any(t.text == "-" for t in toks[k + 1:k + 40])


def _listed_subject(text: str, toks: list[Token], j: int,
                    subjects: SubjectChecker) -> tuple[int, int] | None:
    """A subject closed by a comma right before the verb (token j is the comma): a list
    "…, Y and Z," naming parties, or one with an "alongside …" aside."""
    subject = _subject_np(text, toks, j - 1, subjects)
    if subject is None or toks[j - 1].lower == "and":
        return None
    inner = [t.lower for t in toks if subject[0] <= t.start < subject[1]]
    if "," not in inner:
        return None
    spans = subjects.entities_in(*subject)
    # (the names themselves, not a country inside a title: "the Slovak Prime Minister")
    names = [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1]
                                           for o in spans)]
    # ("…, and Robert Fico, the Slovak Prime Minister,": the last name may carry its title)
    joined = len(names) >= 2 and "and" in text[names[-2][1]:names[-1][0]].split()
    # ("A, the X, and B, the Y, agreed": the comma before the verb closes B's title)
    apposed = "," in text[names[-1][0]:names[-1][1]]
    serial = (len(names) >= 3 and ("and" in inner[-4:] or joined)) or (apposed and joined)
    # "The ministers of the G7, alongside the EU High Representative, have expressed …"
    joined = any(w in ("alongside", "along") for w in inner)
    return subject if serial or joined else None


_IMPERSONAL_AUX = {"was", "is", "has", "had", "been", "were"}
# A readout's agentless passive: "The importance of the dialogue was emphasized", "The
# progress was noted with satisfaction", "Particular attention was paid to …": what the
# sides said, without naming them.
_PASSIVE_AUX = {"was", "were"}
_PASSIVE_STANCES = {"emphasized", "emphasised", "stressed", "noted", "underlined",
                    "underscored", "highlighted", "reaffirmed", "reiterated", "welcomed",
                    "expressed", "affirmed", "confirmed", "agreed", "recognized", "recognised",
                    "acknowledged", "signed", "condemned", "supported", "endorsed", "adopted"}


# Words that open a clause of time, place, cause or concession (shared with commitments.py).
# ("as" is left out: it joins subjects too, "… as well as the EU was …".)
SUBORDINATORS = {"after", "before", "since", "until", "when", "once", "where", "because",
                 "while", "whereas", "although", "though"}


def _passive_readout(toks: list[Token], i: int, text: str) -> Head | None:
    """At token i ("was"/"were"), a passive stance of the unit's own subject with no agent
    named ("by …" names someone else's act), or "attention was paid to"."""
    k = i + 1
    while k < len(toks) and toks[k].lower in ADVERBS:
        k += 1
    if k >= len(toks):
        return None
    word = toks[k].lower
    after = _next_words(text, toks[k].end, 1)
    emphasis = False
    if word == "paid" and toks[i - 1].lower == "attention":
        lemma = "pay"
    elif word in ("given", "laid", "placed", "put", "attached") and i > 0 and \
            toks[i - 1].lower in ("emphasis", "importance", "priority") and after in ("on", "to"):
        # "Emphasis was given to the importance of …", "Emphasis was laid on the necessity
        # of …": the readout's way of saying the sides stressed it
        lemma, emphasis = "emphasize", True
    elif word in _PASSIVE_STANCES and word in FORMS:
        lemma = FORMS[word][0]
    else:
        return None
    where = _IMPERSONAL_WHERE.match(text, toks[k].end)
    if after in ("by", "that", "in", "on", "at", "for") and not where and not emphasis:
        # an agent, or a participle phrase; not where it was said ("… was also stressed
        # at the meeting")
        return None
    if where and _next_words(text, where.end(), 1) == "by":
        return None  # "… was stressed at the meeting by UN envoy Maria Lopez": hers
    # The subject must open the unit: "… the agreement that was signed" is a relative clause,
    # and "… in the days after the agreement was signed" a clause of time.
    if any(t.lower in _NP_STOP or t.text in _BOUNDARY or t.lower in SUBORDINATORS
           for t in toks[:i]):
        return None
    verb_start = toks[i - 1].start if emphasis else toks[i].start  # "emphasis was laid"
    return Head(verb_start, toks[k].end, _phrase_text(text, verb_start, toks[k].end),
                lemma, LEXICON.get(lemma, "other"), False, None, toks[0].start, "past")


_IMPERSONAL_WHERE = lazy_compile(r",?\s+(?:at|in|during)\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting"
                                 r"|sitting|talks|session|consultations|summit|conference)\b,?")


def _impersonal(toks: list[Token], i: int, text: str) -> Head | None:
    """"It was agreed that …", "It was also decided to …": the participants' decision."""
    k = i + 1
    start = None
    while k < len(toks) and (toks[k].lower in _IMPERSONAL_AUX or toks[k].lower in ADVERBS):
        start = start if start is not None else toks[k].start
        k += 1
    if start is None or k >= len(toks):
        return None
    form = FORMS.get(toks[k].lower)
    after = _IMPERSONAL_WHERE.match(text, toks[k].end)  # "… noted in the sitting that"
    if not form or form[1] != "past" or _next_words(
            text, after.end() if after else toks[k].end, 1) not in ("that", "to"):
        return None
    lemma = form[0]
    return Head(start, toks[k].end, _phrase_text(text, start, toks[k].end), lemma,
                LEXICON[lemma], False, (toks[i].start, toks[i].end), toks[i].start, "past")


def _fronted_subject(text: str, toks: list[Token], j: int,
                     subjects: SubjectChecker) -> tuple[int, int] | None:
    """A subject set off by commas before the verb: "India and Japan, as partners, agreed"."""
    if j <= 0 or toks[j].text != ",":
        return None
    first = next((k for k in range(j) if toks[k].text == ","), None)
    if first is None or first == 0:
        return None
    # An introductory phrase ("Recognizing that …,") is not a subject.
    if toks[0].lower.endswith("ing") or toks[0].lower in {"to", "in", "on", "at", "during",
                                                          "after", "following", "as"}:
        return None
    if subjects.check(text, toks[0].start, toks[first - 1].end, toks[:first]):
        return toks[0].start, toks[j - 1].end
    return None


def _phrase_text(text: str, start: int, end: int) -> str:
    # A quoted object word ('expressed "dissatisfaction"') is the verb phrase without quotes.
    return " ".join(text[start:end].replace('"', "").replace("“", "").split()).lower()


def _index_after(toks: list[Token], offset: int, i: int) -> int:
    while i < len(toks) and toks[i].start < offset:
        i += 1
    return i


def _is_coordinator(toks: list[Token], j: int) -> bool:
    low = toks[j].lower
    if low in _COORDINATORS:
        return True
    # "as well as"
    return low == "as" and j >= 2 and toks[j - 1].lower == "well" and toks[j - 2].lower == "as"


def _base_ok(heads: list[Head], tense: str, coordinator: Token) -> bool:
    """A bare form ("and welcome the talks") continues a present-tense clause."""
    if tense == "s":
        return True
    return coordinator.lower in ("and", ";", ",", "but")


def _opening_subject(text: str, toks: list[Token], subjects: SubjectChecker) -> bool:
    """Does the unit open with a party subject ("The officials exchanged views …")?"""
    k = 0
    # Skip an introductory phrase ending in a comma if one starts the sentence.
    for idx, tok in enumerate(toks[:25]):
        if tok.text == "," and idx < 20:
            k = idx + 1
            break
    for start_at in {0, k}:
        m = start_at
        while m < len(toks) and (toks[m].text[:1].isupper() or toks[m].lower in
                                 _OPENING_NP):
            m += 1
        if m > start_at and subjects.check(text, toks[start_at].start, toks[m - 1].end,
                                           toks[start_at:m]):
            return True
    return False


# Words before which a subject cannot reach: clause openers and reporting verbs
# ("West said the United States would …": the subject is "the United States").
_REPORTING = {"said", "says", "stated", "added", "told", "explained", "according", "reads",
              # "Prime Minister Dung responded that he endorsed …"
              "responded", "replied", "remarked", "observed", "mentioned"}
# The verbs of reported speech, as a regex alternation (commitments.py, participation.py).
SPEECH_VERBS = (r"said|says|stated|told|added|declared|stressed|emphasi[sz]ed|noted|underlined"
                r"|underscored|mentioned")
_NP_STOP = {"that", "which", "who", "whom", "whose", "because", "if", "when", "where",
            *_REPORTING}
_TEXT_PREPOSITIONS = {"in", "with", "through", "by", "under"}
# Nouns for parties that a relative clause may describe inside a subject ("the countries that
# make up Unasur express …"); not "the statement that was approved …", whose verb it is.
_RELATIVE_HEADS = {"countries", "states", "nations", "members", "leaders", "governments",
                   "ministers", "delegations", "participants", "parties", "sides"}
_OPPORTUNITY = {"opportunity", "occasion"}


def _opportunity(toks: list[Token], j: int) -> bool:
    """"We seize this opportunity to reiterate …": the stance verb is an infinitive."""
    return toks[j].lower == "to" and j >= 1 and toks[j - 1].lower in _OPPORTUNITY


_MEETING_VERBS = {"met", "spoke", "talked", "phoned", "called", "visited", "convened",
                  "gathered", "travelled", "traveled", "arrived", "held", "hold", "meet",
                  "meets", "holds", "speak", "speaks"}


_TOPIC_ONLY_IN_LISTS = {"focus"}
_SHARED_SUBJECT = lazy_compile(r"(?i:\b(?:we|they|both|and|sides|parties|partners|countries"
                               r"|leaders|ministers|governments|allies)\b)")
# What follows "the treaty signed" as a participle ("… in Lima", "… by both", "…,"), not as
# the document's own verb ("the declaration endorsed Argentina's rights").
_AFTER_PARTICIPLE = {"in", "on", "at", "by", "during", "last", "earlier", "yesterday", "today",
                     "between", "with", "under", "", ",", ".", ";", "monday", "tuesday",
                     "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                     "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "one", "two", "three",
                     "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an",
                     "several", "some", "this", "that"}
_DONE_TO_DOCUMENTS = {"sign", "adopt", "conclude", "reach", "approve", "endorse", "launch",
                      "announce", "issue", "witness", "accept", "ink", "ratify"}


def _last_word(text: str, span: tuple[int, int]) -> str:
    words = text[span[0]:span[1]].split()
    return words[-1].lower().strip(",.;:") if words else ""


_AGENDA_LEMMAS = {"consider", "focus", "look", "take", "note", "share", "describe",
                  "characterize", "characterise", "regard", "value", "understand", "hope",
                  "wish", "point", "task", "direct", "back"}


def _purpose_head(text: str, toks: list[Token], i: int, lemma: str, stance: str, vend: int,
                  subjects: SubjectChecker) -> Head | None:
    """A stance infinitive after a meeting verb whose subject names parties ("met … to
    consider the situation" or "to look at" states an agenda, not a stance)."""
    if lemma in _AGENDA_LEMMAS:
        return None
    k = i - 2
    while k > 0 and i - k < 25 and toks[k].lower not in _MEETING_VERBS and \
            toks[k].text not in (";", ".", "“", '"') and toks[k].lower not in _CANDIDATES:
        k -= 1
    if k < 1 or toks[k].lower not in _MEETING_VERBS:
        return None
    end = _before_date(toks, k - 1)
    while end >= 0 and toks[end].lower in _ADVERBS_BEFORE:
        end -= 1
    if end < 0 or not subjects.check(text, toks[0].start, toks[end].end, toks[:end + 1]):
        return None
    # The subject runs to the infinitive: a meeting's purpose is that of all who met ("X
    # spoke with Y to reaffirm …" is the stance of both).
    return Head(toks[i].start, vend, _phrase_text(text, toks[i].start, vend), lemma, stance,
                False, (toks[0].start, toks[i - 2].end), toks[0].start, "base")


def _opportunity_head(text, toks, j, i, lemma, stance, vend, subjects) -> Head | None:
    k = j - 2
    while k >= 0 and toks[k].lower not in {"seize", "take", "took", "use", "seized", "used",
                                           "takes", "seizes"}:
        k -= 1
    if k < 1 or not subjects.check(text, toks[0].start, toks[k - 1].end, toks[:k]):
        return None
    return Head(toks[i].start, vend, _phrase_text(text, toks[i].start, vend), lemma, stance,
                False, (toks[0].start, toks[k - 1].end), toks[0].start, "base")
