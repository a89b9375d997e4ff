"""Which entities took part: who met, hosted, led, issued the statement or took a stance."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from reader.core.entities import OF_GAP, EntityIndex, EntityMention
from reader.core.lazy_regex import lazy_compile
from reader.core.people import DEMONYM, HONORIFIC, TITLE_HEAD
from reader.core.records import Entity
from reader.core.stance import (
    DECLARERS,
    SPEECH_VERBS,
    TIME_WORDS,
    Head,
    may_hold_stance,
    obliges,
    preamble_word,
)

# Words that make an entity a topic or a place rather than an actor: "on Afghanistan",
# "in Astana, Kazakhstan", "Special Envoy for Afghanistan", "at the White House".
_NOT_ACTOR = {"for", "on", "in", "at", "to", "about", "during", "regarding", "concerning",
              "against", "into", "toward", "towards", "over", "than", "via", "across", "near",
              "between",
              "among", "amongst", "around", "throughout", "beyond", "inside", "outside",
              "including", "like", "as", "upon", "after", "before", "since", "until", "by",
              "ahead"}

# The leading lookaheads on first letters let the engine skip ahead (faster scans).
# A press event shared with someone, a place between: "press statement in Ankara with".
_PRESS_WITH = (r"(?:joint\s+)?(?:press|news)\s+(?:conference|briefing|statement)"
               r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?(?=\s+with\b)")
_MEETING = lazy_compile(
    r"(?=[acdeghijlmprstvw])(?<![\w-])(?:met|meet|meets|hold|holds|held|holding|convened"
    r"|convene|convenes|gathered"
    r"|participated|participate|participates|attended|attend|attends|hosted|host|hosts|hosting"
    r"|co-hosted|co-host|co-hosts|chaired|co-chaired|chair|chairs|co-chair|co-chairs|led"
    r"|co-led|lead|leads|joined|signed|sign|took part|take part|takes part|visited|met with"
    # (what one "receives from" someone is a thing: "the care it receives from His Majesty")
    r"|received(?!\s+from\b)|receives(?!\s+from\b)|hold talks|held talks|holds talks"
    r"|arrived|engages in|engaged in|leading"
    # "President Buhari of Nigeria played host to his West African counterparts"
    r"|played host|plays host|playing host"
    # the caller and the host of a guest: "A telephoned B", "A welcomed B to Santiago",
    # "A hosted a dinner for B" (the guest is read with the objects)
    r"|telephoned|phoned|telephones|phones"
    r"|welcomed(?=\s+(?:[A-Z][\w.’'-]*\s+){1,6}?(?:of\s+(?:the\s+)?[A-Z][\w’'-]*\s+)?to\s+"
    r"(?:the\s+)?[A-Z])"
    # "… issued the statement after meeting with …" (the noun "meeting" is no verb)
    r"|(?<=after\s)meeting|(?<=before\s)meeting|(?<=while\s)meeting"
    # "concluded its meeting", "concluded on Friday"; not "concluded an agreement with Japan"
    r"|concluded(?!\s+(?:an?|the|its|their|this)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal"
    r"|treaty|accord|contract|memorandum|pact|convention|negotiations)s?\b)"
    # "made a State Visit to Kenya", "paid an official visit"
    r"|(?:made|paid|make|pay|pays|makes|paying|making)\s+(?:an?\s+|his\s+|her\s+|their\s+)?"
    r"(?:[A-Za-z-]+\s+){0,2}?"
    r"[Vv]isit"
    # "K.P. Sharma Oli, Prime Minister of Nepal, is on a State visit to India"
    r"|(?:is|was|are|were)\s+on\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[A-Za-z-]+\s+){0,2}?"
    r"[Vv]isit"
    # "started his official visit to China", "wrapped up a three-day visit"
    # "commenced Wednesday a state visit to the United Kingdom"
    r"|(?:started|starts|began|begins|concluded|concludes|ended|ends|wrapped\s+up|commenced"
    r"|commences)\s+(?:[A-Z][a-z]+day\s+)?"
    r"(?:his|her|their|a|an|the)\s+(?:[A-Za-z-]+\s+){0,2}?[Vv]isit"
    r"|traveled to|travelled to|travels to|travel to|represented|representing"
    # a courtesy call: "Song Tao called on and was hosted by …", "called on Prime Minister …"
    r"|called\s+on(?=\s+and\b|\s+[A-Z])|paid\s+a\s+courtesy\s+call"
    # "had a telephone conversation", "had an earnest and frank exchange of views"
    r"|(?:had|has|have)\s+(?:an?\s+)?(?:[a-z-]+,?\s+(?:and\s+)?){0,3}?"
    r"(?:conversation|call|meeting|talks|discussions?|exchange\s+of\s+views)"
    r"|(?:was|were|are|is)\s+(?:also\s+)?present\s+(?:at|in)"
    # "Ambassador Jehangir Karamat is part of the Pakistan delegation"
    r"|(?:is|was|are|were)\s+(?:also\s+)?(?:a\s+)?part\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"delegation"
    # "President of the hosting country, Emomali Rakhmonov, presided over the meeting"
    r"|presided\s+over|presides\s+over|presiding\s+over"
    # "IGAD have issued a strong worded communiqué", "adopted the Addis Ababa Declaration":
    # who issue a meeting's outcome met. (A joint statement is also what a ministry
    # publishes for others: "The U.S. Department of State released a joint statement …";
    # and "Russia had issued a declaration annexing Crimea" is no meeting's.)
    # (in the present too, as a declaration speaks: "The foreign ministers of A, B and C
    # issue this Joint Declaration"; not the noun: "the issue the Declaration … left open")
    r"|(?:issued|issues|released|adopted|adopts"
    r"|(?<!\b[Tt]he\s)(?<!\ban\s)(?<!\bthis\s)(?<!\bthat\s)(?:issue|adopt)(?=\s+(?:this|these|the)\s))"
    r"\s+(?:an?\s+|the\s+|their\s+|its\s+|this\s+|these\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:[Cc]ommuniqu[eé]|(?:joint|final)\s+declaration"
    r"|(?<=[a-z]\s)[A-Z][\w-]+\s+Declaration|Declaration\s+of)\b"
    # "The Foreign Ministers from Denmark, Finland, … issued the following statement": a
    # group of officials issuing a statement together (see the loop: not "The Department of
    # State released a joint statement", a ministry publishing others' words)
    r"|issued\s+(?:the\s+following|a\s+joint|their\s+joint|this\s+joint)\s+statement"
    # "Gabon’s president Ali Bongo took over the rotating leadership of …" at the summit
    r"|(?:took\s+over|assumed|assumes|takes\s+over)\s+(?:the\s+)?(?:rotating\s+)?"
    r"(?:leadership|presidency|chairmanship|chairpersonship)\s+of\b"
    # "made a press statement in Ankara with NATO Secretary General …": a joint appearance
    rf"|(?:made|gave|delivered|held)\s+an?\s+{_PRESS_WITH}"
    # "The Minister of Foreign Affairs of Thailand served as Chairman of the Meeting"
    r"|(?:served|serves|acted|acts)\s+as\s+(?:the\s+)?(?:co-)?(?:[Cc]hair(?:man|person|woman)?"
    r"|[Hh]ost)"
    # Talking "about", "of" or "on" something is a topic, not necessarily a meeting.
    r"|(?:discussed|discuss|exchanged|conferred|spoke|speaks|talked)(?!\s+(?:about|of|on)\b)"
    # "talked on the phone with …", "spoke over the telephone": on the phone is no topic
    r"|(?:spoke|speaks|talked|talks)\s+(?:on|over)\s+the\s+(?:tele)?phone)"
    r"\b")
# "The Mexican delegation", "Canada’s delegation", "the North Korean delegate": a delegation
# (and its delegates) is at the table by definition.
# (The noun only: "The United States delegates much of the mediation to Qatar" is a verb.)
_DELEGATION_AFTER = lazy_compile(
    r"(?:[’']s)?\s+(?:(?:government|official|high-level|negotiating)\s+)?(?:delegations?"
    r"|delegates?(?!\s+(?:much|most|some|such|its|his|her|their"
    r"|the|a|an|all|authority|powers?|responsibilit\w*|tasks?|to)\b))\b")
# How far after a verb ("attended by", "met with") its list of names is read: thirty heads
# of state with their titles fit.
_LIST_REACH = 3000
_SUBJECT_REACH = 1000  # characters before a meeting verb where its subject may be named
# "… called on A and B to resume talks": within the clause (no comma), a few words on.
_TO_DO_LATER = lazy_compile(r"[^,;.]{0,100}?\bto\s+[a-z]")
_PROGRESSIVE_AUX = lazy_compile(r"\b(?:is|are|was|were)\s+$")
_PASSIVE_BEFORE = lazy_compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$")
_AGENT = lazy_compile(
    # (?i:…): a line may open with the verb ("Issued by the Co-Chairs: …")
    # ("witnessed": "… meeting which was also witnessed by Angolan leader …", in a meeting's
    # context only, as "hosted by")
    r"\b(?i:co-)?(?i:led|headed|hosted|chaired|co-chaired|attended|participated|convened|witnessed"
    r"|organi[sz]ed|issued|received|welcomed|greeted|opened"
    r"|adopted|released|signed|endorsed|co-hosted|joined|accompanied|briefed|read(?:\s+out)?"
    # "The talks were mediated by Norway": the mediator is at the table (but "weeks of talks
    # mediated by IGAD" may be other talks: the finite passive only)
    r"|(?<=was\s)(?:mediated|brokered|facilitated|moderated)"
    r"|(?<=were\s)(?:mediated|brokered|facilitated|moderated)"
    r"|presided\s+over"
    # "The Co-Chairs were joined in their meetings by the Personal Representative …"
    r"|joined\s+(?:in|at|for)\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meetings?"
    r"|talks|sessions?|consultations|discussions|visit)"
    # "The memorandum was signed on behalf of Chile by Minister Rosa Gil"
    r"|signed\s+on\s+behalf\s+of\s+[^,.;]{1,60}?(?=\s+by\s)"
    # … "and on behalf of Peru by Minister Juan Paz"
    r"|(?<=\sand\s)on\s+behalf\s+of\s+[^,.;]{1,60}?(?=\s+by\s)"
    # "according to a trilateral statement by China, Saudi Arabia and Iran": its issuers
    r"|(?:joint|trilateral|bilateral|tripartite)\s+(?:statement|communiqu[eé]|declaration)"
    # "Having listened to the statement made by His Royal Highness Prince Abdullah …": a
    # speaker at the meeting
    r"|(?:statement|address|speech|remarks|presentation|briefing)\s+(?:made|delivered|given)"
    # "The Opening Ceremony of the Meeting included an address by Her Majesty …" (not
    # "the ministers recalled an address by …", one from another time)
    r"|(?:(?<=included\s)|(?<=featured\s)|(?<=with\s)|(?<=heard\s))an\s+(?:opening\s+"
    r"|keynote\s+|inaugural\s+)?address)"
    # (and a list after a colon: "The Summit was attended by: Angola : H.E. …")
    r"\s+by(?:\s+|(?=\s*:\s*(?:[A-Z]|the\s)))")
# A delegation's members: "… and included officials from the Attorney General’s Office, …".
_INCLUDED = lazy_compile(
    r"\b(?:included|includes|include|including|comprised|comprising|consisted\s+of)\s+"
    r"(?:(?:senior|other|high-level|technical|\w+-level)\s+)?(?:officials|representatives"
    r"|members|experts|delegates|staff)\s+(?:from|of)\s+")
# A delegation's members by name, in its own clause: "The Chilean delegation included
# Foreign Minister Rosa Gil" (people only: "… included Bolivia in its proposal" names a
# topic, and "… discussed issues including Iran" is no member list).
_MEMBERS_NAMED = lazy_compile(r"\b(?:included|includes|include|comprised|consisted\s+of)\s+"
                              r"(?=(?:the\s+)?[A-Z])")
_DELEGATION_JUST_BEFORE = lazy_compile(r"\b(?:delegations?|teams?)\s+(?:also\s+)?$",
                                       re.IGNORECASE)
_DELEGATION_BEFORE = lazy_compile(r"\b(?:delegations?|teams?)\b[^.;]{0,300}$", re.IGNORECASE)
# A full stop that ends a sentence, not the one inside "U.S." or an abbreviated honorific
# ("Mr.", "the Rt. Hon.").
# The literal first: lookbehinds before it would be tried at every character (2-4x slower).
_FULL_STOP = (r"\.(?<![A-Z]\.)(?<!Mr\.)(?<!Mrs\.)(?<!Ms\.)(?<!Dr\.)(?<!Rt\.)(?<!Hon\.)(?<!Smt\.)"
              r"(?<!Shri\.)(?<!Prof\.)(?=\s|$)")
# Where an agent ends; "for" before a capital is part of a title ("the Ministers for Foreign
# Affairs of …").
_AGENT_END_WORDS = (
    # ("… by A, together with B", "… by A, as well as the Secretary-General of ASEAN": the
    # list goes on; not "…, as well as journalists from Argentina", "as well as the
    # delegation attending …": people who are no one's delegates)
    r"\s(?:on|in|at|during|to|towards?|that|under|(?<!together\s)with|following|after"
    r"|as(?!\s+well\s+as\s+(?:by\s+)?(?:the\s+)?[A-Z])(?<!well\sas))\s"
    r"|\sfor\s(?![A-Z])")
_AGENT_END = lazy_compile(
    _AGENT_END_WORDS + r"|:"
    # "the presidents of Chile, Sebastián Piñera; Colombia, Iván Duque; and Peru, …", and a
    # list of office holders: "President A of Zimbabwe; President B of Angola; and …"
    # (an honorific may open an item: "…; H.E. U Kyaw Tin, Union Minister for …")
    r"|;(?!\s+(?:and\s+)?(?:(?:H\.\s?E\.?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|U\s+|Daw\s+)?)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+[A-Z]|(?:H\.\s?E\.?\s+)?"
    r"(?:President|Prime\s+Minister|King|Queen|Emir|Sultan|Chancellor|Vice|Minister|Foreign"
    # (an item of names only, up to the next ";" or the end: "…; Foreign Ministers of Russia
    # and China were absent" is a clause)
    r"|His|Her)\b(?:\s+(?:[A-Z][\w’'.-]*|of|the|and))*\s*(?:[;.]|,\s|$)))"
    rf"|{_FULL_STOP}")
# "attended by: Angola : H.E. …": the list after a colon, whose own colons join a country
# and its delegate; it ends where other lists do, or at a full stop.
_COLON_LIST = lazy_compile(r"\s*:\s*(?=[A-Z]|the\s+[A-Z])")
_COLON_LIST_END = lazy_compile(_AGENT_END_WORDS + rf"|{_FULL_STOP}")
# "attended by the following Heads of State: …": the list is after the colon.
_FOLLOWING_LIST = lazy_compile(r"the\s+following(?:\s+[^:;.]{0,60})?:\s*")
_OBJECT_END = lazy_compile(
    # "; and" goes on with a list of names: "meetings with A, B; and International Business
    # Minister, the Hon. C" (not "…; and the Kremlin condemned …")
    r"\s(?:on|in|at|during|to|under|following|after)\s|:"
    r"|;(?!\s+and\s+(?:[A-Z][\w.’'-]*\s+){1,5}?[A-Z][\w.’'-]*[,.])"
    rf"|{_FULL_STOP}")
_WITH_AFTER_PLACE = lazy_compile(r"[^;:.]{0,80}?\bwith\s+")
_NO_OBJECT = lazy_compile(r"(?:on|in|at|during|under|following|after|before|amid|ahead\s+of)\s")
_OBJECT_VERBS = lazy_compile(
    # (a sentence may open on the noun: "Talks between Chile and Peru ended …")
    r"(?=[CDMNSTcdeghjmnoprstw])\b(?:(?:[Tt]alks|[Mm]eetings?|[Cc]onversation|[Cc]all|[Dd]ialogue"
    r"|[Cc]onsultations?|[Ss]ummit|[Nn]egotiations)"
    # "talks in Khartoum between Egypt, Sudan and Ethiopia"
    # "a telephone conversation took place between …"
    # "the first meeting in eight months between President Filipe Nyusi and …"
    r"(?:\s+in\s+[A-Z][\w-]*|\s+in\s+(?:[\w-]+\s+)?(?:days|weeks|months|years|decades))?"
    # "the 12th meeting of the Joint Commission between Ghana and Nigeria"
    r"(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,5}?[A-Z][\w-]*(?=\s+between))?"
    r"(?:\s+(?:took\s+place|was\s+held|were\s+held))?\s+between"
    r"(?!\s+(?:sessions|meetings|rounds|them|us|you|these|those|now|then)\b)"
    # a meal for a guest (before "hosted" alone, which needs a guest right after it)
    r"|(?:hosted|gave|offered)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon"
    r"|banquet|reception|breakfast)\s+(?:in\s+honou?r\s+of|for)"
    r"|met|meet|meets|meeting|meetings|joined|join|joins|received(?!\s+from\b)"
    # the guests: "after hosting Armenian Prime Minister Nikol Pashinyan and …"
    r"|hosted|hosting|hosts"
    r"|receives(?!\s+from\b)|talks|talked|spoke|speaks|represented|representing"
    r"|exchange\s+of\s+views"
    # a courtesy call on someone: "… called on President Mr. Mahinda Rajapaksa"
    r"|called\s+on(?=\s+[A-Z])"
    r"|consultations|conferred|discussion|discussions|conversation|call"
    # "President A telephoned President B", "phoned …"
    r"|telephoned|phoned|telephones|phones"
    # "… welcomed Foreign Minister B of Peru to Santiago", "hosted a dinner for President B"
    r"|welcomed(?=\s+(?:[A-Z][\w.’'-]*\s+){1,6}?(?:of\s+(?:the\s+)?[A-Z][\w’'-]*\s+)?to\s+"
    r"(?:the\s+)?[A-Z])"
    # "Dr. Workneh discussed with Burundian … Minister Alain Nyamitwe ways of …"
    r"|discussed(?=\s+with\b)"
    # "In a joint press conference with HE Minister … Sameh Shoukry": who shared the stage
    rf"|{_PRESS_WITH})"
    r"(?:\s+(?:today|yesterday|again|separately|virtually|by\s+(?:tele)?phone"
    r"|(?:on|over)\s+the\s+(?:tele)?phone"
    r"|on\s+[A-Z][a-z]+day))?"
    # "The President spoke today to British Prime Minister Cameron"
    r"(?:\s+with|(?<=spoke)\s+to|(?<=speaks)\s+to|(?<=spoke today)\s+to"
    r"|(?<=spoke yesterday)\s+to)?\s+")
_FRAMEWORK = lazy_compile(
    r"\b(?:under the auspices of|within the framework of|in the framework of|on behalf of"
    r"|as part of|under the (?i:chairmanship|chairpersonship|presidency|chairing|leadership"
    r"|co-chairmanship|co-chairs|co-chairing) of)"
    r"\s+"
    # "in the Normandy format", "in the Bucharest 9 platform"
    # (a named platform: "the African Union digital platform" is a website)
    r"(?:the\s+)?|\bin\s+the\s+(?=\S+\s+[Ff]ormat\b|(?:[A-Z0-9][\w+-]*\s+){1,3}platform\b)"
    # "took over the rotating leadership of the Economic Community of … (ECCAS)"
    r"|\b(?:took\s+over|assumed|assumes|takes\s+over)\s+(?:the\s+)?(?:rotating\s+)?"
    r"(?:leadership|presidency|chairmanship|chairpersonship|chair)\s+of\s+(?:the\s+)?"
    # "hosted under Italy’s presidency": the name comes before the possessive.
    r"|\bunder\s+(?:the\s+)?(?=[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+(?i:presidency"
    r"|chairmanship|chairpersonship)\b)"
    # "held unprecedented talks under UN and US auspices"
    r"|\bunder\s+(?:the\s+)?(?=(?:[A-Z][\w.-]*(?:\s+|,\s+|\s+and\s+)){1,6}auspices\b)")
# "Those at Thursday’s meeting in Addis Ababa … included the President of South Africa, …":
# the people a sentence says were at the meeting.
_ATTENDEES = lazy_compile(
    # "The participants included Saudi Foreign Minister …" opening a sentence (not "Topics
    # raised by the participants included Venezuela")
    r"(?:^|(?<=[.;]\s))(?:the\s+)?(?:participants|attendees)\s+(?:included|include|includes"
    r"|were)\s+"
    # "In addition to Lebanon, participants invited to the meeting were China, France, …"
    r"|\bparticipants\s+invited\s+to\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit"
    r"|session|conference)\s+(?:were|included)\s+"
    r"|\b(?:those|participants|attendees|delegates|leaders)\s+(?:at|in|present at|attending)\s+"
    r"[^.;]{0,200}?\b(?:meeting|talks|summit|session|conference|gathering|consultations)\b"
    r"[^.;]{0,200}?\b(?:included|include|includes|were)\s+"
    # "Participating in the session were …", "… with the participation of …"
    r"|\b(?:participating|taking part|present)\s+(?:in|at)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:meeting|talks|summit|session|conference|gathering|consultations|dialogue)\s+"
    r"(?:were|was)\s+"
    r"|\bwith\s+the\s+participation\s+of\s+"
    # "We are pleased to welcome the high-level participation of the United States …"
    r"|\bwelcom\w*\s+the\s+(?:[\w-]+\s+){0,2}?participation\s+(?:today\s+|here\s+)?of\s+"
    # "… attended the Summit. Among them were leaders from Benin, …"; "The Summit also saw
    # the presence of other dignitaries, including …"
    r"|\bamong\s+them\s+(?:were|was)\s+(?:(?:leaders|representatives|heads\s+of\s+state)"
    r"\s+(?:from|of)\s+)?"
    r"|\bsaw\s+the\s+(?:presence|participation)\s+of\s+(?:[\w-]+\s+){0,3}?(?:including\s+)?"
    # "Leaders in attendance included …", "Also attending were …", "Also present were …"
    # "Attending this year's summit are Chinese President Jiang Zemin, …"
    r"|\b(?:in\s+attendance|(?:also\s+)?attending(?:\s+(?:the|this|today[’']s"
    r"|this\s+year[’']s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|conference|talks"
    r"|ceremony|forum|gathering))?|also\s+present)\s+(?:included|includes|were|was|are|is)\s+"
    # "Accompanying Prime Minister Tanaka were Minister for Foreign Affairs Masayoshi Ohira, …"
    r"|\baccompanying\s+[^.;]{0,80}?\s+(?:were|was)\s+"
    # "The meeting brought together Deputy Prime Minister …, Qatar Prime Minister …"
    r"|\b(?:meeting|talks|summit|session|conference|gathering|consultations|dialogue|forum"
    r"|retreat)\s+(?:also\s+)?(?:brought|brings)\s+together\s+"
    # "… is being held with the presence of the Peruvian Foreign Minister …", "ended … in the
    # presence of President Lula da Silva" (not "concern with the growing presence of China")
    r"|\bin\s+the\s+(?:\w+\s+)?presence\s+of\s+|\bheld\s+with\s+the\s+presence\s+of\s+",
    re.IGNORECASE)
# Taking part through a delegate: "… were represented at Ministerial level", "was
# represented by its Vice President", by an official named by title (not "represented by
# counsel" in a court).
_REPRESENTED = lazy_compile(r"(?<![\s,]),?\s+(?:was|were)\s+(?:also\s+)?represented\s+(?:at\b|"
                            r"(?P<by>by\s+)"
                            r"(?:(?:(?:the|a|an)\s+)?(?:(?:new|newly[\s-]appointed|acting|interim"
                            r"|visiting)\s+)?(?!Counsel\b|Lawyers?\b|Attorneys?\b(?!\s+General))[A-Z]"
                            r"|(?:its|their)\s))")
# Where the people who represented a party end: a relative clause or a reason names others
# ("…, who conveyed greetings from President …", "… because Foreign Minister … had been
# recalled", "…, replacing Foreign Minister …").
_DELEGATE_END = lazy_compile(r",?\s+(?:who|whom|whose|which|because|since|as|replacing"
                             r"|instead\s+of|in\s+place\s+of|after|while|when)\b")
# The elliptical next one: "…, and Nauru by Presidential Envoy".
_ALSO_REPRESENTED = lazy_compile(r"(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?[A-Z][^,;.]{1,40}?"
                                 r"(?P<by>\s+by\s+)")
# Being at the meeting, said after the subject (not ""were presenting"", nor "present the
# report", a verb).
_PRESENT = lazy_compile(
    r"(?<![\s,]),?\s+(?:was|were|is|are)\s+(?:also\s+)?(?:in\s+attendance|present)\b"
    # where: the meeting, not a place ("Russian troops are present in Georgia"); or as whom
    # ("… are in attendance as guests")
    r"(?=\s*[.,;]|\s+as\s+(?:an?\s+)?(?:special\s+)?guests?\b"
    r"|\s+(?:at|for|during|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?i:meeting|talks"
    r"|summit|session|conference|ceremony|signing|opening|closing|event|dinner|launch|gathering"
    r"|forum|retreat|visit|hall|room)s?\b)")
_PARTICIPATION_IN = lazy_compile(r"[^.;:]*?\s(?:in|into)\s+(?:the\s+)?[A-Z]")
# The host of a visit: "… visited China at the invitation of Premier Chou En-lai".
_INVITATION = lazy_compile(
    r"\b(?:[Aa]t|[Uu]pon|[Oo]n)\s+the\s+(?:kind\s+)?invitation\s+of\s+(?:the\s+)?")
# "ended with the signing of the Agreement on … by the leaders of Kazakhstan, …"
_SIGNING_BY = lazy_compile(r"\bsigning\s+of\s+[^.;]{0,200}?\s+by\s+(?:the\s+)?")
# Whose ministers met: "the meeting in Latakia, Syria, of the foreign ministers of the eight
# member states of …", "a summit of the heads of state of A, B and C".
_MEETING_OF = lazy_compile(
    # "The 11th Meeting of the Foreign Ministers of ASEAN and …": capitalised too
    r"\b(?:[Mm]eeting|[Mm]eetings|[Ss]ession|[Ss]ummit|[Cc]onference|[Gg]athering)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)?,?)?\s+of\s+(?:the\s+)?"
    r"(?:[A-Za-z-]+\s+){0,5}?(?i:ministers|leaders|heads\s+of\s+state|presidents|envoys"
    r"|representatives|member\s+states|states|countries|nations)\s+of\s+(?:the\s+)?")
# "the other guarantors are Chile and Argentina", "the mediators were Norway and Qatar"
_ROLE_LIST = lazy_compile(
    r"\b(?:guarantors|mediators|co-chairs|co-hosts|facilitators|signatories)\s+(?:are|were"
    r"|include|included)\s+")
_VISITOR = lazy_compile(r"[’']s\s+(?:(?:first|official|state|two-day|three-day|recent|historic"
                      r"|working)\s+)*visit\b")
_LISTED_PARTICIPANTS = lazy_compile(
    r"\b(?:(?i:conference|meeting|summit|session|talks|dialogue)\s+(?:participants|members"
    r"|delegations)|participating\s+(?:countries|states|delegations)|participants)\s*\(")
_OWN_MEETING = lazy_compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation"
                            r"|consultations)\s+with\b")
_DURING = lazy_compile(
    r"\b(?:during|on\s+the\s+(?:first|second|third|last|final)\s+day\s+of|at\s+the\s+(?:end"
    r"|close|start|conclusion)\s+of|on\s+the\s+occasion\s+of|in\s+the\s+course\s+of)\s+"
    r"(?:the\s+)?(?:[\w’'.-]+\s+){0,4}$")
_MEETING_OF_PEOPLE = lazy_compile(
    r"\b(?:summit|meeting|talks|consultations?)\s+of\s+(?:the\s+)?")
# A byline for the text itself: "Issued by Co-Chairmen, Egyptian President Hosni Mubarak …"
_ISSUER_LINE = lazy_compile(r"(?:issued|released|adopted|signed)\s+by\b", re.IGNORECASE)
# "spoke by phone", "met by video link": how they met, not a passive's agent.
_BY_MEANS = lazy_compile(r"\s+by\s+(?:tele)?(?:phone|video|videoconference|video\s+link)\b")
_INFINITIVE = lazy_compile(r"\bto\s+(?:\w+ly\s+)?$")
# A meeting still to come: "will wind up with a meeting …", "agreed to broker a summit …".
_LATER_ON = lazy_compile(r"\b(?:will|would|shall|to\s+be|plans?\s+to|expected\s+to"
                         r"|scheduled|next|to\s+(?:hold|broker|organi[sz]e|convene|arrange|host)"
                         # "looked forward to the meeting between …"
                         r"|look(?:s|ed|ing)?\s+forward\s+to)"
                         r"\b[^.;]*$")
# "expressed confidence that the Summit Meeting between A and B in Washington would …": a
# meeting hoped of is still to come when a future verb follows it in the clause (not "…
# confidence that the talks between A and B had laid a foundation").
_HOPED_OF = lazy_compile(r"\b(?:confidence|hopes?|hoped|trust|trusted)\s+that\s+(?:the|a|an)\s+"
                         r"(?:[\w-]+\s+){0,3}$")
# A meeting the sentence builds on or recalls: "Building on the June 2023 meeting between
# Presidents A and B, the delegations affirmed …".
_RECALLED_MEETING_BEFORE = lazy_compile(
    r"\b(?:[Bb]uilding\s+on|[Rr]ecall(?:ing|ed)|[Ff]ollowing\s+up\s+on)\s+"
    r"(?:the|their|a|an)\s+(?:[\w-]+\s+){0,4}$")
# (a full stop inside "D.C." or "U.S." does not end the clause)
_WOULD_AFTER = lazy_compile(r"(?:(?!\b(?:held|today|yesterday|concluded|ended|under\s+way)\b)"
                            r"(?:[^.;,]|\.(?=\S|\s+[a-z]))){0,150}?\b(?:would|will)\b")
# A meeting someone was told about is the topic of this one, not one of its parties: "A
# briefed B on his talks with C", "was informed about the meeting between C and D". It is
# named by a noun after the briefing's preposition ("… was briefed on the situation and
# later met with …" is a meeting held), with no new clause or time between ("before a
# meeting with …"), only ", including"; a full stop inside "U.S." ends no sentence. Not the
# adjective: "informed sources", "kept the press informed of …".
_MEETING_NOUN = lazy_compile(r"(?:meetings?|talks|conversation|call|discussions?|consultations?"
                             r"|dialogue|exchange)\b")
_BRIEFED_ON = lazy_compile(
    r"(?<!\bkept\s)(?<!\bkeep\s)\b(?:briefed|debriefed|informed(?!\s+(?:sources|circles"
    r"|observers|people|officials))|updated|apprised)\b(?:[^.;:]|\.(?!\s))*?\b(?:on|about|of)\s"
    r"(?:(?![,.;:]|\b(?:and|before|after|ahead|then|later|when|while|as)\b)[^\n]|\.(?!\s)"
    r"|,\s+including\b)*$")
# "was delighted to meet …", "went to meet Prime Minister Sir Keir Starmer": met indeed.
_MEETING_DONE_TO = lazy_compile(
    r"\b(?:delighted|pleased|happy|glad|honou?red|great|good|nice|went)\s+to\s+$")
_CLAUSE_BREAK = lazy_compile(r";|\bthat\b|\bwhich\b|\bwho\b")
_NEXT_LISTED = lazy_compile(r"\s*(?:and\s+)?(?:the\s+)?(?:H\.\s?E\.?\s|[A-Z])")


_LAST_WORD = lazy_compile(r"([\w’'.+-]+)$")


# The cue must close the lead-in: "… joined this statement:", "The following countries:".
_PARTY_LIST_INTRO = lazy_compile(
    r"\b(?:joined|signed|endorsed|signatories|participants|participating|attended|attendees"
    r"|co-sponsors|countries|governments|delegations)\b(?:\s+[\w’'-]+){0,3}\s*:\s*$"
    # "… was attended by the following Heads of State and Government or their
    # representatives:", "… by the following leaders:"
    r"|\b(?:attended|joined|signed|endorsed|represented)\s+by\s+the\s+following\b[^.;:]{0,120}:"
    r"\s*$"
    # "The Excellencies who participated in the Meeting were:", "Present were:"
    r"|\b(?:participated|attended|present|attending|participating|took\s+part)\b[^.;:]{0,80}?"
    r"\b(?:were|are|included|includes)\s*:\s*$", re.IGNORECASE)
# A line of an unbulleted attendance list: "Bahrain - Foreign Minister H.E. …", "For the
# Republic of Niger: H.E. Mamadou TANDJA President of the Republic of Niger."
_ATTENDANCE_LINE_MAX = 250
_ATTENDEE_OPENS = lazy_compile(rf"For\s+(?:the\s+)?[A-Z]|{HONORIFIC}\s")
# A lead-in to a list of topics or of observers, not of those at the table.
_NOT_ATTENDANCE = lazy_compile(r"\b(?i:topics?|issues?|agenda|items?|matters|subjects|questions"
                               r"|raised|discussed|observers?)\b")


def _list_end(text: str, start: int, end: int, index: EntityIndex) -> int:
    """Where a list of names that begins at `start` ends, within `end`: at the first comma
    that is not followed by a further item, a name that itself ends at a comma, "and", a
    colon or the sentence's end ("Chaired by A and B, the consultations …"; "Co-chaired by
    Japan, Canada and Australia, the meeting …")."""
    comma = text.find(",", start, end)
    while comma != -1:
        after = comma + 1
        while after < end and text[after] in " \t":
            after += 1
        if text.startswith("and ", after):
            after += 4
        nxt = next(iter(index.within(after, min(end, after + 120))), None)
        if nxt is None or nxt.opening > after + 4 or \
                not _LIST_ITEM_END.match(text, nxt.closing):
            return comma
        comma = text.find(",", after, end)
    return end


_LIST_ITEM_END = lazy_compile(r"\s*(?:,|;|:|\.|$|and\b|\(|[–—-]\s)")


def _is_list_item(text: str, unit: tuple[int, int]) -> bool:
    line = text.rfind("\n", 0, unit[0]) + 1
    return bool(re.match(r"\s*(?:[•·▪‣◦●○■□*–—-]|\d+[.)])\s*", text[line:unit[0] + 1]))


def _attendance_line(text: str, unit: tuple[int, int], index: EntityIndex,
                     head_starts: list[int]) -> bool:
    """Is this unit a whole short line that opens with whom it names ("Bahrain - Foreign
    Minister …", "For the Republic of Niger: H.E. …", "H.E. …"), with no stance in it? A
    line about something ("The war in Ukraine") or a caption ("Photo: …") is none."""
    start, end = unit
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip() or \
            end - start > _ATTENDANCE_LINE_MAX or _holds_head(head_starts, start, end):
        return False
    first = next(iter(index.within(start, end)), None)
    return first is not None and (first.opening <= start + 2
                                  or _ATTENDEE_OPENS.match(text, start) is not None)


# An item that opens with a verb states something ("Express their full support …"); one that
# opens with a capitalised pair names someone ("United Republic: …").
_OPENING_VERB = lazy_compile(r"[A-Z][a-z]+\s+[a-z]")


def _holds_head(head_starts: list[int], start: int, end: int) -> bool:
    """Does a stance head begin in [start, end)? (`head_starts` sorted)"""
    k = bisect_left(head_starts, start)
    return k < len(head_starts) and head_starts[k] < end


def _past_titles(index: EntityIndex, start: int, end: int) -> int:
    """Stretch a region that stops inside a title ("… Secretary of State for South and
    Central Asian Affairs Donald Lu") to the end of the named person."""
    for m in index.within(start, end + 200):
        if m.role_span and start <= m.role_span[0] < end < m.end:
            end = m.end
        elif m.start < end < m.end:
            end = m.end  # a stop word inside a name: "Commission for the Protection …"
    return end


def _region_end(pattern: re.Pattern[str], unit: str, start: int, offset: int,
                index: EntityIndex) -> int:
    """Where a list of names after a verb ends: at the first stop word outside a title, and
    _LIST_REACH characters on at most (a sentence of a thousand "welcomed by …" with no
    stop word was otherwise searched to its end once per verb)."""
    pos = offset
    limit = min(len(unit), offset + _LIST_REACH)
    while True:
        stop = pattern.search(unit, pos, limit)
        end = start + (stop.start() if stop else limit)
        stretched = _past_titles(index, start + offset, end)
        if stop is None or stretched == end:
            return stretched
        pos = stretched - start


def _governing_word(text: str, start: int, index: EntityIndex, floor: int) -> str | None:
    """The word that governs a mention, skipping lists, articles and proper names.

    The walk back is bounded: in a list of thousands of names, each would otherwise walk
    over all before it (quadratic). Past the bound the mention counts as ungoverned."""
    pos = start
    floor = max(floor, start - _GOVERNING_REACH)
    comma = False  # a comma crossed on the way back
    while pos > floor:
        base = max(floor, pos - 60)  # a short window: this runs once per candidate mention
        chunk = text[base:pos]
        if ("-" in chunk[-7:] or "–" in chunk[-7:] or "—" in chunk[-7:]) and \
                _APPOSITION_DASH.search(chunk):
            return None  # "… Concerted Political Action - the Rio Group": renamed, not governed
        stripped = chunk.rstrip(_SKIP_CHARS)
        if len(stripped) < len(chunk):
            comma = comma or "," in chunk[len(stripped):]
            pos = base + len(stripped)
            continue
        if stripped.endswith(" as well as"):  # a list joiner, like "and"
            pos = base + len(stripped) - len("as well as")
            continue
        parts = stripped.rsplit(None, 1)
        last = parts[-1] if parts else ""
        if last in _SKIP_WORDS:
            pos -= len(last)
            continue
        # Skip a whole earlier mention, or a capitalised word (a place or a title word).
        prev = index.ending_at(pos, max(floor, pos - 80))
        if prev is not None:
            pos = min(prev.start, prev.role_span[0] if prev.role_span else pos)
            continue
        word = _LAST_WORD.search(last)
        if not word:
            return None
        w = word.group(1)
        if w.endswith("."):
            return None  # "… in Washington, D.C. Under Secretary …": a sentence ended here
        if comma and w[:1].isupper() and w.lower() in TIME_WORDS:
            return None  # "On Monday, the president of Kazakhstan …": a time, then the subject
        if w[:1].isupper() and w.lower() not in _NOT_ACTOR:
            pos -= len(w)
            continue
        low = w.lower()
        before = stripped[:len(stripped) - len(w)]
        if low in _TITLE_LINKS and _TITLE_WORD_BEFORE.search(before):
            # "The Australian Minister for Foreign Affairs, Senator Marise Payne": the
            # preposition belongs to a title (capitals on both sides), not a topic.
            pos -= len(w)
            continue
        if low == "of":
            return _behind_of(before) or low
        return low
    return None


_GOVERNING_REACH = 600  # characters: a long title list, not a page
# The prepositions of a title's portfolio ("Minister for Defence", "Envoy to the Sahel"), and
# the title word they follow.
_TITLE_LINKS = {"for", "to", "on", "at"}
_TITLE_WORD_BEFORE = lazy_compile(rf"\b{TITLE_HEAD}\s+$")
_SKIP_CHARS = " \t\n,–—-()"
_APPOSITION_DASH = lazy_compile(r"\s[-–—]\s*(?:the\s+)?$")
_SKIP_WORDS = {"and", "or", "the", "The", "both"}
_AS_WELL_AS = lazy_compile(r"\bas\s+well\s+as\b")
_OF_PHRASE = lazy_compile(r"((?:\b(?:[a-z][\w’'-]*|\d+\w*)\s+){1,6})$")


def _behind_of(before: str) -> str | None:
    """For "… session of the UN General Assembly": the word governing "session" (here
    "during"), when the "of" phrase hangs on a common noun; a capitalised head ("Envoys of",
    "Governments of") keeps the name an actor."""
    m = _OF_PHRASE.search(before)
    if not m:
        return None
    # "as well as" joins a list ("… of Croatia as well as representatives of Albania"); its
    # "as" is not the role "as" ("present as observers").
    words = _AS_WELL_AS.sub(" ", m.group(1)).split()
    for w in reversed(words):
        if w in _NOT_ACTOR:
            return w
    return None


_GROUP_PLURALS = lazy_compile(
    r"(?:sides|parties|participants|officials|leaders|ministers|delegations|delegation"
    r"|countries|governments|government|representatives|envoys|partners|members|states"
    r"|nations|heads|co-chairs|team|teams|we|they|who"
    # an office after its country's adjective: "The Chilean and Peruvian presidents met"
    r"|presidents?|premiers?|chancellors?|kings?|emirs?|sultans?|secretary|secretaries"
    r"|ambassadors?|counterparts?|diplomats|negotiators|mediators|delegates|minister"
    r"|leader|envoy)$", re.IGNORECASE)
# An acronym in brackets is skipped too: "… of the Three Seas Initiative (3SI), have gathered".
# A date between the subject and its verb too: "K P Sharma Oli on May 13 wrapped up …".
# A footnote mark too: "the countries of Central Asia* met together in Astana".
_BEFORE_VERB = lazy_compile(r"(?:\s|[)–—,”*†]|\s-|\([A-Z0-9][\w+&.-]{0,12}\)"
                          r"|\bon\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?"
                          r"\s+[A-Z][a-z]+|[A-Z][a-z]+day)"
                          r"|\b(?:also|jointly|together|today|then|later"
                          r"|respectively|have|has|had|will|would|successfully|recently)\b)*$")


_GROUP_WORDS = lazy_compile(
    r"\b(?:ministers|leaders|delegations|delegation|representatives|officials|governments"
    r"|government|envoys|countries|sides|side|heads|presidents|co-chairs|diplomats|delegates)\b",
    re.IGNORECASE)
# A passive agent names a party only for a meeting or a text: "the meeting hosted by Italy",
# "a communiqué issued by …", not "refugees hosted by Pakistan".
_AGENT_CONTEXT = lazy_compile(
    r"\b(?:meeting|meetings|talks|session|conference|dialogue|summit|statement|communiqu[eé]"
    r"|declaration|delegation|delegations|event|consultations|forum|round|ministerial|text"
    r"|ceremony|ceremonies|gathering|proceedings"
    r"|agreement|memorandum|document|visit|discussion|discussions|group|it"
    # "The agreements were signed by …"
    r"|agreements|memoranda|memorandums|documents|accords?|treaty|treaties|protocols?|deals?"
    r"|instruments|MoUs?"
    # "The two Ministers were joined by …", "The Secretary was accompanied by …"
    r"|ministers?|leaders?|officials|envoys?|secretary|president|sides|chairs?)\b[^.;]{0,60}$"
    # "The insurgent participants, led by Hassan Taib, …", "the government panel, led by …":
    # the sides' groups, right before (not "a UN team led by …", "a panel of experts, led by")
    r"|\b(?:(?:insurgent|rebel|government|opposition|negotiating)\s+)?(?:participants|delegates"
    r"|negotiators)\s*,?\s*(?:(?:was|were)\s+)?$|\b(?:insurgent|rebel|government|opposition"
    r"|negotiating|(?-i:(?!UN\b)[A-Z][\w.]+))\s+(?:panels?|teams?)\s*,?\s*(?:(?:was|were)\s+)?$"
    # "She was joined by …": someone already named, right before the verb.
    r"|\b(?:she|he|they|we)\s+(?:was|were)\s+(?:also\s+)?$",
    re.IGNORECASE)
_ATTENDING_AGENT = lazy_compile(
    # ("Chaired by Mohammad Javad Zarif and Shah Mahmoud Qureshi, the consultations …")
    r"(?i:co-)?(?i:attended|participated|chaired|co-chaired|convened|presided\s+over)\s+by\b"
    r"|(?i:joint|trilateral|bilateral|tripartite)\s"
    r"|(?:statement|address|speech|remarks|presentation|briefing)\s")
# An opening "Led by A and B," whose clause goes on with the meeting or its sides: "Led by
# Joint Secretary A and Coordinator B, the Indian and the U.S. delegations achieved …".
_OPENING_LED = lazy_compile(r"(?i:co-)?(?i:led|headed)\s+by\b")
_LED_SUBJECT = lazy_compile(
    r",\s+(?:the\s+)?(?:(?:[A-Z][\w.’'-]*|and|the|two|three|four|both|respective)\s+){0,6}?"
    r"(?:delegations?|talks|meeting|consultations|sides|teams|dialogue|session|discussions)\b")


def _leads_the_meeting(unit: str, m: re.Match[str]) -> bool:
    """Is the subject after the "Led by …" list the meeting or its sides? It follows one
    of the list's commas, with only names and "the … and the …" before its noun."""
    if _OPENING_LED.match(m.group()) is None:
        return False
    comma = unit.find(",", m.end())
    while comma != -1:
        if _LED_SUBJECT.match(unit, comma):
            return True
        comma = unit.find(",", comma + 1)
    return False


_ATTRIBUTED = lazy_compile(r"\b(?:according to|reportedly|allegedly|is said to|are said to)\b")


# The operative part of a declaration: "HEREBY DECLARE the following:", "Have agreed as
# follows:".
_OPERATIVE = lazy_compile(r"(?:Hereby|HEREBY|Have\s+agreed|HAVE\s+AGREED|Declare|DECLARE|Agree"
                        r"|AGREE)\b")
# "The Twenty-Eighth South Pacific Forum was held in …": the body's own meeting ("was held
# up as a model" is none).
_PLAIN_MEETS = (r"(?:was|were)\s+(?:held|convened)(?!\s+(?:up|back|responsible|accountable"
                r"|hostage)\b)|took\s+place|met|convened")
_BODY_MEETS = lazy_compile(
    # "… of the Conference of Heads of State and Government of ECCAS, which ended on
    # Saturday": the relative clause after the meeting's name
    rf"(?:,\s+which)?\s+(?:{_PLAIN_MEETS}"
    # "The 15th Ibero-American Summit concluded Saturday with …"; not "the EU concluded an
    # agreement", nor "opened in 1945 with 51 members" (a founding)
    r"|(?:opened|concluded|closed|ended)(?=\s+(?:on\s+[A-Z]|its\s|today|yesterday"
    r"|[A-Z][a-z]+day)|[,.]))\b"
    # after an acronym in brackets, the plain verbs only: "the ASEAN Regional Forum (ARF)
    # was held in …", not "talks over the … Dam (GERD) ended on Friday"
    rf"|\s+\([A-Z][\w+&.-]{{0,12}}\)\s+(?:{_PLAIN_MEETS})\b")
# "The 11th Southwest Pacific Dialogue (SwPD) meeting was held in …": the body's meeting. Not
# a working group's, a commission's or a committee's: such a meeting is a mechanism the
# parties meet in ("The Regional Security Cooperation Working Group meeting was held …").
_BODY_MEETING_HELD = lazy_compile(
    # ("The Ninth Mekong Ganga Cooperation Ministerial Meeting (9th MGC MM) was held …")
    r"(?:\s+\([A-Z][\w+&.-]{0,12}\))?(?:\s+(?i:ministerial))?\s+(?i:meeting|summit|session"
    r"|ministerial)(?:\s+\([^()]{1,20}\))?\s+(?:(?:was|were)"
    r"\s+(?:successfully\s+)?(?:held|convened)\b"
    # "The 29th Arab League summit concluded on Sunday …"
    r"|(?:has\s+|have\s+)?(?:concluded|ended|opened|closed)(?=\s+(?:on|in|at|today|yesterday|with)\b"
    r"|\s+[A-Z][a-z]+day\b|\s*[,.]))")
_MECHANISM_NAME = lazy_compile(r"\b(?:Working\s+Group|Commission|Committee|Mechanism|Task\s+Force"
                               r"|Cabinet|Joint\s+Council|Association\s+Council"
                               r"|Joint\s+Ministerial\s+Council)\b"
                               # a council of two ("the NATO-Ukraine Council")
                               r"|^[\w.]+\s?[-–]\s?[\w.]+\s+(?:[A-Z]\w+\s+)?Council$")
# A summit that ended or opened at another time, a date for the sentence's own news: "… a
# week after the Pacific Alliance summit concluded", "Last year's G20 summit concluded …",
# "… when the European Council summit ended on 30 June", "… was held in Brussels in 2019".
_ANOTHER_TIME_BEFORE = lazy_compile(r"\b(?:after|before|since|until|when|once|ahead\s+of"
                                    r"|[Ll]ast\s+year[’']s|[Pp]revious|[Ee]arlier)\b[^.;,]{0,60}$")
_DATED_AFTER = lazy_compile(r"[^.;]{0,80}?\bin\s+(?:19|20)\d\d\b")
# "A ministerial-level meeting of the International Support Group for Lebanon was chaired
# by …": the body's own meeting (not a mechanism's, as above).
_MEETING_OF_BODY_BEFORE = lazy_compile(r"\b(?i:meeting|session|summit)\s+of\s+(?:the\s+)?$")
_MEETING_OF_BODY_AFTER = lazy_compile(r"(?:\s*\([A-Z][\w+&.-]{0,12}\))?,?\s+(?:was|were)\s+"
                                      r"(?:successfully\s+)?(?:held|convened|chaired|co-chaired"
                                      r"|hosted|opened)\b")
# "The 44th Ordinary Summit of SADC Heads of State and Government was held in Harare": the
# body whose summit (conference, assembly, session) it is. (Not "meeting of": a meeting of a
# working group or a commission is as often a bilateral mechanism the parties meet in.)
_SUMMIT_OF_BEFORE = lazy_compile(
    r"\b(?:(?i:summit|conference)|Assembly|(?:Ordinary|Extraordinary|Special)\s+Session)\s+of\s+"
    # "The Extra-Ordinary Summit of Heads of State and Government of the Southern African
    # Development Community (SADC), was held in …"
    r"(?:(?:the\s+)?(?:Heads\s+of\s+State\s+(?:and|or|and/or)\s+Government|Heads\s+of\s+State"
    r"|(?:Foreign\s+)?Ministers)\s+of\s+)?(?:the\s+)?$")
# "… the Joint Communiqué of the Third Summit of the Sana'a Forum for Cooperation, issued …":
# the text of a body's summit.
_ISSUED_AFTER = lazy_compile(r"(?:\s*\([A-Z][\w+&.-]{0,12}\))?,?\s+(?:issued|adopted|released)\b")
_TEXT_OF_SUMMIT_OF = lazy_compile(r"\b(?:Communiqu[eé]|Declaration|Statement)\s+of\s+the\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?i:summit)\s+of\s+(?:the\s+)?$")
# "… met in Abuja for the 7th Summit of the Developing Eight Countries (D-8)": the body whose
# summit the parties met for.
# (Not one prepared for or left for: "met … to prepare for the upcoming summit of …", "…
# and later left for the summit of the G20".)
_MET_FOR_SUMMIT_OF = lazy_compile(
    r"\b(?:met|gathered|convened|assembled)\b"
    r"(?:(?!\b(?:prepar\w*|leav\w*|left|upcoming|next|ahead|before|after|depart\w*|head\w*"
    r"|travel\w*)\b)[^.;:]){0,100}?\bfor\s+the\s+(?:(?!upcoming|next)[\w-]+\s+){0,3}?"
    r"(?i:summit|conference)\s+of\s+(?:the\s+)?$")
_SUMMIT_HELD_AFTER = lazy_compile(
    r"(?:\s*\([A-Z][\w+&.-]{0,12}\))?(?:\s+[A-Z][\w’'-]*){0,6}?"
    r"(?:\s+(?:of|and)\s+[A-Z][\w’'-]*){0,3}"
    r"(?:,?\s+(?:was|were)\s+(?:successfully\s+)?(?:held|convened|opened|concluded)\b"
    # "The summit of the Non-Aligned Movement being held in Havana has ended …" (not one
    # still to come or only talked of: "… being held next month will focus on …")
    r"|,?\s+(?:now\s+)?being\s+held\b(?![^.;]{0,100}?\b(?:next|will|later|upcoming"
    r"|scheduled|(?:was|were|is|are)\s+discussed)\b)"
    # "… took place in Rome", "… opened on Monday" (not "opened the door to Russia")
    r"|\s+(?:took\s+place|(?:opened|concluded|ended|closed)(?=\s+(?:on|in|at|today|yesterday"
    r"|with)\b|\s*[,.])))")


def _own_summit_of(text: str, m: EntityMention) -> bool:
    """Is `m` the body whose summit the sentence reports held?"""
    if _TEXT_OF_SUMMIT_OF.search(text, max(0, m.start - 80), m.start) is not None and \
            _ISSUED_AFTER.match(text, m.end):
        return True  # (not "their commitment to the Declaration of the 32nd Summit of …")
    if _SUMMIT_OF_BEFORE.search(text, max(0, m.start - 90), m.start) is None:
        return False
    return _SUMMIT_HELD_AFTER.match(text, m.end) is not None or \
        _MET_FOR_SUMMIT_OF.search(text, max(0, m.start - 200), m.start) is not None


# Between the names of a list: commas, "and", an acronym's brackets.
_LIST_JOINER = lazy_compile(r"[\s,()]*(?:\band\s+)?(?:the\s+)?")
# Or honorifics only, before a person's name ("under the leadership of H.E. …").
_HONORIFIC_GAP = lazy_compile(rf"[\s,()]*(?:\band\s+)?(?:the\s+)?(?:{HONORIFIC}\s*)+")
_GUEST = lazy_compile(r"(?:the\s+)?[A-Z]")
# A meeting recalled, not reported: "when A visited Moscow some weeks ago", "since B met her
# counterpart last year". Both the conjunction before and the time after are needed: "The
# ministers met last week in Geneva" is the meeting reported, and so is "The exchange was
# agreed when A met B in Geneva last week" (a recent week is the news; "ago" is not).
_RECALLED_WHEN = lazy_compile(r"\b(?:when|since)\s+(?:[A-Z][\w’'.-]*\s+){1,6}$")
_LONG_AGO = lazy_compile(r"[^.;:,]{0,80}?\b(?:ago|last\s+year|in\s+(?:19|20)\d\d"
                         r"|years\s+earlier)\b")
# What onlookers welcome: the meeting itself ("the resumption of the talks", "the summit"),
# not something of it ("the meeting's call for restraint"); unless the welcomer is said to
# host, mediate or join it ("Turkey, which hosted the negotiations, welcomed …").
_THE_MEETING_ITSELF = lazy_compile(
    r"\s+the\s+(?:(?:resumption|start|holding|opening|convening|success|outcome|conclusion)"
    r"\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|summit|meeting|dialogue"
    r"|peace\s+process)\b(?![’']|\s+(?:of|with|between)\b)")
_AT_THE_TABLE_WORDS = lazy_compile(r"\b(?:host\w*|mediat\w*|facilitat\w*|joined|co-chair\w*"
                                   r"|chair\w*|broker\w*)\b")
# Between two verbs of one subject: "met in Astana, and held …".
_AND_THEN = lazy_compile(r"[^.;:]{0,100}?,?\s+and\s+(?:also\s+)?")
# Officials together (not "The Government of Chile issued the following statement").
_OFFICIALS = lazy_compile(r"\b(?i:ministers|leaders|heads|presidents|premiers|delegations"
                          r"|governments|envoys|representatives)\b")
# A verb in the past perfect tells what happened before the meeting reported; but not in
# reported speech ("Officials said the two presidents had met for four hours"), nor in "the
# first time … had met", where the tense only follows the verb before it.
_PLUPERFECT_BEFORE = lazy_compile(r"\bhad\s+(?:(?:already|previously|earlier|also|\w+ly)\s+)?$")
_BACKSHIFT = lazy_compile(r"\b(?:said|says|reported|reports|confirmed|announced|told|added"
                          r"|stated|explained|noted|according|first\s+time)\b")
_TIME_CONJUNCTION = lazy_compile(r"\b(?:after|before|while|when|since)\s+$")
# The capitalised run a sentence opens with, its linking words included ("European Council
# President Charles Michel", "The President of the Republic of Kenya").
# A list of names may open the sentence: "Ambassadors A of Russia, B of the United States,
# and C of France issued …".
_OPENING_NAMES = lazy_compile(
    r"\s*(?:[A-Z][\w’'.+-]*|(?:of|the|and|for|de|bin|al)(?=\s+[A-Z]))"
    r"(?:,?\s+(?:[A-Z][\w’'.+-]*|(?:of|the|and|for|de|bin|al)(?=\s+(?:the\s+)?[A-Z])))*")


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins (after ". " or a line break)."""
    stop = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    return stop + 1


def _unit_end(text: str, pos: int) -> int:
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(text, pos)
    return stop.end() if stop else len(text)


_HOSTING_AGENT = lazy_compile(r"(?i:received|welcomed|greeted|hosted)\s+by\s+$")


def _host_of_a_party(unit: str, start: int, agent: re.Match[str], index: EntityIndex,
                     parties: set[str]) -> bool:
    """Is this "welcomed by …" (received, greeted, hosted) said of a party named just before
    in the clause ("Steinmeier and his wife were welcomed by King Charles")? Its host met
    them."""
    if not _HOSTING_AGENT.search(unit, agent.start(), agent.end()):
        return False
    floor = max(0, agent.start() - 80)  # the clause start, looked for in a bounded window
    clause = max(unit.rfind(c, floor, agent.start()) for c in ".;:")
    return any(m.entity_id in parties
               for m in index.within(start + max(clause + 1, floor), start + agent.start()))


_ASIDE_BEFORE_VERB = lazy_compile(r",\s*(?:too|also|however|meanwhile|in\s+turn|for\s+(?:his|her"
                                  r"|its|their)\s+part)\s*,?\s*$")
# The two dashes around names that spell out a subject (see _named_just_before).
_CLOSING_DASH = lazy_compile(r"\s[–—]\s*$")
_OPENING_DASH = lazy_compile(r"\s[–—]\s(?:the\s+)?[A-Z][^.;:–—]*$")
# A joining word right before a position, read back from a verb ("… and", "… of", "… the").
_JOINER_WORD = lazy_compile(r"(?:\band|\bof|\bthe|&)\s*$")
# Between the names of a subject read back from its verb: "A, B and C", "A of B".
_CHAIN_GAP = lazy_compile(r"\s*(?:,\s*)?(?:and\s+|&\s+|of\s+)?(?:the\s+)?")


# A name that is the object of a preposition ("Aides to Emmanuel Macron, the President of
# France, were present") is no subject of the verb after its title.
_OBJECT_BEFORE = lazy_compile(r"\b(?:to|by|of|for|with|from|on|about)\s+$")


def _named_just_before(text: str, pos: int, floor: int, index: EntityIndex,
                       plural: bool = True) -> list[EntityMention]:
    """The names that end right before `pos` (a verb) and those joined to them by commas,
    "and" or "of": "Australia and Papua New Guinea were represented", "President Rosa Gil
    of Bolivia was present". Not a name further back ("Despite objections from China,
    Taiwan was represented"), and each name is looked up once, so a sentence of a thousand
    such verbs stays linear. A verb in the singular (`plural` false: "was", "is") has one
    subject, with its country ("… of Bolivia"), never a list: "Russia is present in Syria
    and Iran was present" names no one before "Iran"."""
    out: list[EntityMention] = []
    joined_by_and = False
    aside = _ASIDE_BEFORE_VERB.search(text, max(floor, pos - 40), pos)
    end = aside.start() if aside else pos  # "President Rosa Gil of Bolivia, too, was present"
    # "Other nations involved with the talks – Brazil, Norway and Chile – were also present":
    # the names between two dashes spell out the subject.
    dash = _CLOSING_DASH.search(text, max(floor, end - 4), end)
    if dash is not None and _OPENING_DASH.search(text, max(floor, dash.start() - 200),
                                                 dash.start()):
        end = dash.start()
    while end > floor:
        gap_start = end
        while gap_start > floor and text[gap_start - 1] in " ,":
            gap_start -= 1
        m = index.ending_at(gap_start, max(floor, gap_start - 120))
        holder = index.title_holder(m) if m is not None else None
        if holder is not None and holder.end <= m.start and \
                text[holder.end:holder.role_span[0]].strip() in (",", ", the") and \
                not _OBJECT_BEFORE.search(text, max(floor, holder.start - 12), holder.start):
            # "…, and Boyko Borissov, the Prime Minister of Bulgaria, were present": the name
            # before its appositive title is the subject
            m = holder
        if m is None:
            # past a joiner: "and", "of", "the", "&"
            word = _JOINER_WORD.search(text, max(floor, end - 6), end)
            if word is None or not out:
                break
            end = word.start()
            continue
        if out:
            gap = _CHAIN_GAP.fullmatch(text, m.closing, out[-1].opening)
            # A comma joins a list only behind its "and" ("A, B and C were …"), not a
            # clause ("Despite objections from China, Taiwan was …").
            if gap is None or ("," in gap.group() and not joined_by_and and
                               "and" not in gap.group()):
                break
            listed = "," in gap.group() or "and" in gap.group() or "&" in gap.group()
            if listed and not plural:
                break
            joined_by_and = joined_by_and or "and" in gap.group() or "&" in gap.group()
        if index.in_title(m):
            break
        out.append(m)
        end = m.opening
    return out


def _follows_subject(text: str, floor: int, verb_start: int, index: EntityIndex) -> bool:
    """Does the verb come right after a party-like noun phrase (a name, "the officials")?"""
    pos = _BEFORE_VERB.search(text, max(floor, verb_start - 80), verb_start).start()
    if pos <= floor:
        return False
    if index.ending_at(pos, max(floor, pos - 120)) is not None:
        return True
    word = re.search(r"([\w’'.+-]+)$", text[max(floor, pos - 40):pos])
    if not word:
        return False
    w = word.group(1)
    return bool(_GROUP_PLURALS.fullmatch(w)) or w[:1].isupper()


_JUST_BEFORE_THE_VERB = lazy_compile(r",\s*(?:also\s+)?")
_LIST_GAP = lazy_compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?")
# A relative or participial aside inside a subject: ", who have imposed …", ", alarmed by …".
_ASIDE_CLAUSE = lazy_compile(r",\s+(?:who|which|whose|that|having|being|[a-z]+ed\s+(?:by|to"
                             r"|about|at|over|with|from)|[a-z]+ing\s)\b")


def _listed_up_to(text: str, m: EntityMention, end: int, index: EntityIndex) -> bool:
    """Does a list of names run from `m` to the comma right before `end` (the verb):
    "…, including NATO, EU, and OIC, attended"?"""
    closing = m.closing
    for nxt in index.within(closing, end):
        if nxt.start < closing:
            continue
        if not _LIST_GAP.fullmatch(text, closing, nxt.opening):
            return False
        closing = max(closing, nxt.closing)
    return _JUST_BEFORE_THE_VERB.fullmatch(text, closing, end) is not None


# Someone whose envoy, adviser or spokesperson is named ("Netanyahu's envoy"): the one sent
# came, not the one who sent (see _actors and lead_people).
_SENT_AGENT = lazy_compile(r"[’']s\s+(?:(?:special|personal|chief|top|senior)\s+)?(?:envoy"
                           r"|representative|adviser|advisor|aide|spokesman|spokeswoman"
                           r"|spokesperson|negotiator|emissary)s?\b")
# A summit's name as a time or a topic (see _actors).
_SUMMIT_NAME = lazy_compile(r"\bSummits?\b")
_SUMMIT_AS_TIME_BEFORE = lazy_compile(r"\b(?:of|at|for|to|before|after|during|next|host|hosts"
                                      r"|hosting|hosted)\s+(?:the\s+)?(?:next\s+)?$")
_SUMMIT_AS_TOPIC_AFTER = lazy_compile(r"\s+(?:agenda|process|preparations?|participating"
                                      r"|framework|will|would)\b")
_A_MEMBER_OF = lazy_compile(r"\b(?:(?:a|an)\s+member|Member)\s+of\s+(?:the\s+)?$")


def _actors(text: str, start: int, end: int, index: EntityIndex) -> list[EntityMention]:
    """Mentions in [start, end) that are not topics, places or parts of a title."""
    out = []
    for m in index.within(start, end):
        if index.in_title(m):
            continue
        anchor = m.role_span[0] if m.role_span else m.start
        anchor = min(anchor, m.start)
        governing = _governing_word(text, anchor, index, start)
        if governing in _NOT_ACTOR and not (
                governing == "including" and _listed_up_to(text, m, end, index)
                and not _ASIDE_CLAUSE.search(
                    text, sentence_start(text, start),
                    max(start, text.rfind("including", start, anchor)))):
            # ("Four heads of observer states, including Iranian President Hassan Rouhani,
            # participated": those the subject includes act with it. Not where "including"
            # hangs on an aside: "Arab ministers, alarmed by strikes on several states,
            # including Iran, met …", "The G7 leaders, who have imposed sanctions on several
            # countries, including Russia, met …".)
            continue
        # A summit named in the subject's region is when or what, not who: "Ahead of the
        # East Asia Summit, Kishida met …", "The Summit of the Americas agenda was discussed
        # when …" (a summit that met is read by the summit rules, not here).
        if _SUMMIT_NAME.search(index.entities[m.entity_id].name) and (
                _SUMMIT_AS_TIME_BEFORE.search(text, max(0, m.start - 40), m.start)
                or _SUMMIT_AS_TOPIC_AFTER.match(text, m.end)):
            continue
        # "Wang, also a member of the Political Bureau of …, congratulated …": a body the
        # speaker belongs to is no actor of the clause.
        if _A_MEMBER_OF.search(text, max(0, anchor - 30), anchor):
            continue
        # "Prime Minister Benjamin Netanyahu's envoy, attorney Yitzhak Molcho, … met": the
        # envoy came, not the one who sent him (a country's envoy brings the country).
        if index.entities[m.entity_id].kind == "person" and _SENT_AGENT.match(text, m.end):
            continue
        # "… representing President Salva Kiir": the one represented stayed away; a country
        # represented ("representing Japan") is at the table through its envoy.
        if governing in ("representing", "represented") and \
                index.entities[m.entity_id].kind == "person":
            continue
        out.append(m)
    return out


def _nothing_new(index: EntityIndex, start: int, end: int, parties: set[str]) -> bool:
    """Are all entities named in [start, end) parties already? Then no test of that span
    (which of them are actors, whether the verb qualifies) can add a party, and it is
    skipped: a statement names its parties again and again, and each test walks back
    through the words before every mention."""
    return all(m.entity_id in parties for m in index.within(start, end))


_HOLDING = {"held", "hold", "holds", "holding", "convened", "convene", "convenes", "hosted",
            "host", "hosts", "co-hosted", "chaired", "co-chaired"}
_HELD_TO_ACCOUNT = lazy_compile(r"\s+(?:\([A-Z][\w+&.-]{0,12}\)\s+)?(?:responsible|accountable"
                                r"|liable|hostage|in\s+(?:high\s+|great\s+|low\s+)?(?:regard"
                                r"|esteem|contempt))\b")
_QUOTED_MEETING = lazy_compile(r"[\"”]\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Dialogue|Summit|Meeting"
                               r"|Forum|Conference|Consultations|Talks)\b")
# (and an opening quote: 'held "Central Asia plus Japan" Dialogue')
_BEFORE_BODY = lazy_compile(r"\s+(?:(?:the|their|its|a|an|first|second|third|fourth|fifth"
                          r"|annual|\d+(?:st|nd|rd|th))\s+)*[\"“]?")


def _held_body(text: str, after: int, verb: str, index: EntityIndex,
               parties: set[str]) -> str | None:
    """The organisation or format a meeting verb names as what was held: "… held the
    Trilateral Strategic Dialogue (TSD)", "… convened the C5+1 ministerial"."""
    if verb not in _HOLDING:
        return None
    gap = _BEFORE_BODY.match(text, after)
    if gap is None:  # "… held." or "… held," names nothing held
        return None
    at = gap.end()
    k = bisect_left(index.starts, at)
    if k == len(index.starts) or index.starts[k] != at:
        return None
    mention = index.mentions[k]
    body = mention.entity_id
    if body in parties or index.entities[body].kind not in ("organization", "format"):
        return None
    if _HELD_TO_ACCOUNT.match(text, mention.end):
        return None  # "held the OAS responsible for …", "held the EU in high regard"
    if text[at - 1:at] in ('"', "“") and not _QUOTED_MEETING.match(text, mention.end):
        return None  # 'held "Pacific Alliance" flags': a quoted name, not a meeting's
    return body


def _names_begin_in(index: EntityIndex, start: int, end: int) -> bool:
    """Does a mention begin in [start, end] (wherever it ends)?"""
    k = bisect_left(index.starts, start)
    return k < len(index.starts) and index.starts[k] <= end


def find_parties(text: str, units: Iterable[tuple[int, int]], index: EntityIndex,
                 heads: Iterable[Head], known: Iterable[str] = (),
                 lead_end: int | None = None) -> set[str]:
    """Entity ids of the parties, from meeting verbs, issuers, frameworks and stance subjects;
    `known` are parties found elsewhere (the headline's), which the stance rules build on;
    `lead_end` is where the first sentence of the body ends (after any heading)."""
    known = set(known)
    parties: set[str] = set(known)
    units = list(units)
    heads = list(heads)
    head_starts = sorted(h.verb_start for h in heads)
    for n, (start, end) in enumerate(units):
        if n + 1 < len(units) and text[start:end].rstrip().endswith(":") and \
                _PARTY_LIST_INTRO.search(text, start, end) and \
                not _NOT_ATTENDANCE.search(text, start, end):
            # "This statement was joined by:" then one party per list item; but the items
            # under "the participants here today:" that state a stance ("• Express their
            # support … for attacks in Israel") name no party.
            k = n + 1
            following = text[units[k][0]:units[k][1]]
            if not _is_list_item(text, units[k]) and "\n" in following.strip() and \
                    not _holds_head(head_starts, *units[k]):
                # The names on lines of their own, unbulleted: "The summit was attended by:"
                # then "President Shavkat Mirziyoyev of Uzbekistan", "President …".
                parties.update(x.entity_id for x in index.within(*units[k])
                               if not index.in_title(x))
            # Or each line a paragraph of its own: every such line up to the first that
            # states something, names no one, or runs on like prose.
            while k < len(units) and not _is_list_item(text, units[k]) and \
                    _attendance_line(text, units[k], index, head_starts):
                parties.update(x.entity_id for x in index.within(*units[k])
                               if not index.in_title(x))
                k += 1
            while k < len(units) and _is_list_item(text, units[k]):
                item_start, item_end = units[k]
                # A stance word alone is not enough: "United Republic: HE President …".
                if may_hold_stance(text, item_start, item_end) and (
                        _holds_head(head_starts, item_start, item_end)
                        or _OPENING_VERB.match(text, item_start)):
                    break
                parties.update(x.entity_id for x in index.within(item_start, item_end)
                               if not index.in_title(x))
                k += 1
    for n, (start, end) in enumerate(units[:-1]):
        # A declaration's preamble opens with who declares: "The Governments of the Member
        # States of ASEAN and the Government of China," then "REAFFIRMING …", "Recalling …",
        # "HEREBY DECLARE …".
        declarers = DECLARERS.fullmatch(text, start, end) is not None
        if not (text[start:end].rstrip().endswith((",", ":", ";")) or declarers) or \
                _OPENING_VERB.match(text, start):
            continue
        following = units[n + 1][0]
        # Under a line that names who declares, the preamble may open in lower case.
        if preamble_word(text, following, any_case=declarers) or \
                _OPERATIVE.match(text, following):
            parties.update(x.entity_id for x in _actors(text, start, end, index))
    for start, end in units:
        unit = text[start:end]
        # A meeting verb's actors are named before it in the unit: when all named there are
        # parties already (or none is named), the unit's verbs need no scan.
        meetings = () if _nothing_new(index, start, end, parties) else _MEETING.finditer(unit)
        # The other regions begin inside the unit and reach past its end only through a
        # name that begins inside it: a unit that names no one yields no party from them.
        named = _names_begin_in(index, start, end)
        previous: re.Match[str] | None = None  # the unit's meeting verb before this one
        for m in meetings:
            before, previous = previous, m
            # Who met is named before the verb, within a bounded reach: a sentence of a
            # thousand verbs and names would otherwise be walked once per verb.
            reach = max(0, m.start() - _SUBJECT_REACH)
            subject_new = not _nothing_new(index, start + reach, start + m.start(), parties)
            held = _held_body(text, start + m.end(), m.group(), index, parties)
            if not subject_new and held is None:
                continue
            window = max(0, m.start() - 40)
            progressive = m.group().split(None, 1)[0].endswith("ing")  # "is paying a visit"
            if (_PASSIVE_BEFORE.search(unit, window, m.start()) and not progressive) or \
                    (unit.startswith(" by", m.end()) and not _BY_MEANS.match(unit, m.end())) \
                    or _INFINITIVE.search(unit, window, m.start()):
                continue
            if m.group().endswith("statement") and not _OFFICIALS.search(
                    unit, max(0, m.start() - 200), m.start()):
                continue  # a statement issued by one body or person: no meeting's parties
            if _PLUPERFECT_BEFORE.search(unit, window, m.start()) and \
                    not _BACKSHIFT.search(unit, 0, m.start()):
                continue  # "Ecuador had hosted 15 months of talks": before this meeting
            if m.group().endswith("ing") and _TIME_CONJUNCTION.search(unit, window, m.start()):
                # "Charles Michel released a statement after hosting …": the host is the
                # sentence's subject, the names it opens with.
                opening = _OPENING_NAMES.match(unit)
                if opening is not None:
                    parties.update(x.entity_id for x in _actors(
                        text, start, start + opening.end(), index))
                continue
            # "…, Mr. Mahinda Rajapaksa, is paying a State Visit": the subject comes before
            # the auxiliary.
            aux = _PROGRESSIVE_AUX.search(unit, window, m.start()) if progressive else None
            verb_at = aux.start() if aux else m.start()
            if not _follows_subject(text, start, start + verb_at, index) and not (
                    # "… met in Astana, and held the Central Asia plus Japan Dialogue": a
                    # second verb of the same subject
                    held is not None and before is not None
                    and _AND_THEN.fullmatch(unit, before.end(), m.start()) is not None
                    and _follows_subject(text, start, start + before.start(), index)):
                continue  # "the talks held in Doha": a participle, not the parties' verb
            if _RECALLED_WHEN.search(unit, max(0, m.start() - 80), m.start()) and \
                    _LONG_AGO.match(unit, m.end()):
                continue  # "as it did when Federica Mogherini visited Moscow some weeks ago"
            if held is not None:
                parties.add(held)
            if not subject_new:
                continue
            region_start = start + reach
            listed = unit.count(";", reach, m.start()) >= 2
            for br in _CLAUSE_BREAK.finditer(unit, reach, m.start()):
                # "PRESIDENT A OF KENYA; PRESIDENT B OF UGANDA; AND HON. C … HELD": a list
                # of who met, its items separated by semicolons.
                if listed and br.group() == ";" and _NEXT_LISTED.match(unit, br.end()):
                    continue
                region_start = start + br.end()
            parties.update(x.entity_id for x in _actors(text, region_start, start + m.start(),
                                                         index))
        for m in _OBJECT_VERBS.finditer(unit) if named else ():
            if unit.endswith(("to ", "To "), 0, m.start()) and \
                    not _MEETING_DONE_TO.search(unit, max(0, m.start() - 30), m.start()):
                # "the application by the DRC to join the EAC": not a meeting held (but "was
                # delighted to meet the Guyanese Government officials" is one)
                continue
            if m.group().startswith(("meeting", "talk", "spoke", "speaks", "consultations",
                                     "conferred", "discussion", "conversation", "call",
                                     "dialogue", "exchange")) \
                    and "with" not in m.group() and " to " not in m.group() \
                    and "between" not in m.group() and not m.group().startswith("called") \
                    and not (_NO_OBJECT.match(unit, m.end())
                             and _WITH_AFTER_PLACE.match(unit, m.end())
                             and not _LATER_ON.search(unit, max(0, m.start() - 60), m.start())):
                # "the third meeting of the Working Group": no one met anyone (but "held talks
                # in Jakarta with President Joko Widodo" met him; "a trip that will wind up
                # with a meeting in California with …" has not yet)
                continue
            if "between" in m.group() and (
                    _LATER_ON.search(unit, max(0, m.start() - 60), m.start())
                    or _RECALLED_MEETING_BEFORE.search(unit, max(0, m.start() - 60), m.start())
                    or (_HOPED_OF.search(unit, max(0, m.start() - 60), m.start())
                        and _WOULD_AFTER.match(unit, m.end()))):
                continue  # "agreed to broker a presidential summit between A and B in April"
            if _MEETING_NOUN.match(m.group()) and \
                    _BRIEFED_ON.search(unit, max(0, m.start() - 200), m.start()):
                continue  # "briefed Kono on his talks with President Moon": told of, not held
            if m.group().startswith("called") and _TO_DO_LATER.match(unit, m.end()):
                continue  # "called on Prime Minister A and President B to resume talks"
            if m.group().startswith("host") and not (
                    (_TIME_CONJUNCTION.search(unit, max(0, m.start() - 12), m.start())
                     or _follows_subject(text, start, start + m.start(), index))
                    and _GUEST.match(unit, m.end())):
                # "the communities hosting Afghan refugees": no host of a meeting; "hosted
                # the third meeting of the Working Group": the meeting, not a guest.
                continue
            obj_start = m.end()
            if _NO_OBJECT.match(unit, obj_start):
                # "met on the sidelines of the G20 gathering": where, not whom; but "met at
                # the White House with Prime Minister Kishida": whom comes after the place.
                later = _WITH_AFTER_PLACE.match(unit, obj_start)
                if later is None:
                    continue
                obj_start = later.end()
            obj_end = _region_end(_OBJECT_END, unit, start, obj_start, index)
            if _nothing_new(index, start + obj_start, obj_end, parties):
                continue
            # "representing President Salva Kiir": the one represented stayed away.
            absent = "person" if m.group().startswith("represent") else None
            parties.update(x.entity_id for x in _actors(text, start + obj_start, obj_end, index)
                           if index.entities[x.entity_id].kind != absent)
        # "Australia and Papua New Guinea were represented at Ministerial level", "French
        # Polynesia was represented by its Vice President, and New Zealand by its Deputy
        # Prime Minister": those represented took part.
        represented = _REPRESENTED.finditer(unit) if named and "represented" in unit else ()
        represented_to = -1  # where the last match's clause ends (see below)
        for m in represented:
            parties.update(x.entity_id for x in _named_just_before(
                text, start + m.start(), start, index, plural="were" in m.group()))
            if m.start() < represented_to:
                continue  # inside the clause just read: its delegates and others are in
            clause_end = _region_end(_AGENT_END, unit, start, m.end(), index)
            represented_to = clause_end - start
            # … and whoever represented them was there: "Peru was represented by its
            # Foreign Minister, Tomas Reyes" (and those joined to them by "and").
            if m.group("by"):
                delegate = start + m.start("by")
                cut = _DELEGATE_END.search(text, delegate, clause_end)
                delegate_end = cut.start() if cut else clause_end
                parties.update(x.entity_id for x in index.within(delegate, delegate_end)
                               if index.entities[x.entity_id].kind == "person")
            for also in _ALSO_REPRESENTED.finditer(unit, m.end(), clause_end - start):
                named_there = index.ending_at(start + also.start("by"), start + also.start())
                if named_there is not None:
                    parties.add(named_there.entity_id)
        # "President Rosa Gil of Bolivia was also in attendance", "… were present": the
        # subject was at the meeting.
        present = _PRESENT.finditer(unit) if named and (
            "attendance" in unit or "present" in unit) else ()
        for m in present:
            parties.update(x.entity_id for x in _named_just_before(
                text, start + m.start(), start, index,
                plural=re.match(r",?\s+(?:were|are)\b", m.group()) is not None))
        # Substring tests first: a regex scan of every unit costs more than these.
        agents = _AGENT.finditer(unit) if named and (
            " by " in unit or " by:" in unit or _ISSUER_LINE.match(unit)) else ()
        for m in agents:
            # Attending, chairing or convening is taking part whatever the subject; other
            # agents ("hosted by", "led by") count only for a meeting or a text.
            # ("an address by …" is no attending agent: it speaks at a meeting only where the
            # sentence names one)
            if not _ATTENDING_AGENT.match(unit, m.start()) and \
                    not _AGENT_CONTEXT.search(unit, max(0, m.start() - 80), m.start()) and \
                    not (m.start() == 0 and _ISSUER_LINE.match(unit)) and \
                    not (m.start() == 0 and _leads_the_meeting(unit, m)) and \
                    not _host_of_a_party(unit, start, m, index, parties):
                continue
            following = _FOLLOWING_LIST.match(unit, m.end())
            agent_start = following.end() if following else m.end()
            colon = _COLON_LIST.match(unit, m.end()) if not following else None
            if colon is not None:
                # "The Summit was attended by: Angola : H.E. Mr. Jose Eduardo dos Santos,
                # President Botswana : H.E. …": its own colons join a country and its
                # delegate.
                agent_start = colon.end()
                agent_end = _region_end(_COLON_LIST_END, unit, start, agent_start, index)
            else:
                agent_end = _region_end(_AGENT_END, unit, start, agent_start, index)
            if m.start() == 0 and not _ISSUER_LINE.match(unit):
                # A participle opening the sentence: its agents end where its clause does.
                agent_end = _list_end(text, start + agent_start, agent_end, index)
            if not _nothing_new(index, start + agent_start, agent_end, parties):
                parties.update(x.entity_id for x in _actors(text, start + agent_start,
                                                             agent_end, index))
        # "the informal summit meeting of the Chinese President Xi Jinping and the Indian
        # Prime Minister Narendra Modi": the people who met.
        for m in _MEETING_OF_PEOPLE.finditer(unit) if named and " of " in unit else ():
            region_end = _region_end(_AGENT_END, unit, start, m.end(), index)
            parties.update(x.entity_id for x in _actors(text, start + m.end(), region_end, index)
                           if index.entities[x.entity_id].kind == "person")
        # "The conference participants (Bahrain, Belgium, …) expressed …": the list is who.
        # (A bracket read once, a bounded length on: a unit of a thousand "participants ("
        # was read to its one ")" once per match.)
        listed_to = -1
        for m in _LISTED_PARTICIPANTS.finditer(unit) if named and "(" in unit else ():
            if m.end() <= listed_to:
                continue
            close = unit.find(")", m.end(), m.end() + _LIST_REACH)
            if close != -1:
                listed_to = close
                parties.update(x.entity_id for x in index.within(start + m.end(), start + close))
        # "Ban Ki-moon’s meeting with United States President Barack Obama": the one whose
        # meeting it was met (whom they met, after "with", is read as an object above).
        for m in _OWN_MEETING.finditer(unit) if named and "with" in unit else ():
            owner = index.ending_at(start + m.start(), max(start, start + m.start() - 80))
            if owner is not None and index.entities[owner.entity_id].kind in ("person",
                                                                              "country"):
                parties.add(owner.entity_id)
        # "Prime Minister Narendra Modi’s visit": the visitor.
        for m in _VISITOR.finditer(unit) if named and "visit" in unit else ():
            owner = index.ending_at(start + m.start(), max(start, start + m.start() - 80))
            # The visit reported, not one planned: "during …", "on the first day of …".
            if owner is not None and index.entities[owner.entity_id].kind == "person" and \
                    _DURING.search(text, max(0, owner.start - 70), owner.start):
                parties.add(owner.entity_id)
        hosts = _INVITATION.finditer(unit) if named and "invitation" in unit else ()
        signers = _SIGNING_BY.finditer(unit) if named and "signing" in unit else ()
        met = _MEETING_OF.finditer(unit) if named and " of " in unit else ()
        roles = _ROLE_LIST.finditer(unit) if named and (
            " are " in unit or " were " in unit or " includ" in unit) else ()
        for m in (*hosts, *signers, *met, *roles):
            region_end = _region_end(_AGENT_END, unit, start, m.end(), index)
            parties.update(x.entity_id for x in _actors(text, start + m.end(), region_end,
                                                         index))
        members = "includ" in unit or "compris" in unit or "consist" in unit
        listed = _INCLUDED.finditer(unit) if named and members else ()
        members_to = -1  # where the last list read ends: a match inside it is that list's
        for m in listed:
            # (The look back is bounded as the pattern is: from the unit's start it was
            # read once per match, quadratic in a long unit.)
            if m.start() < members_to or not _DELEGATION_BEFORE.search(
                    unit, max(0, m.start() - 320), m.start()):
                continue
            members_end = _region_end(_AGENT_END, unit, start, m.end(), index)
            members_to = members_end - start
            parties.update(x.entity_id for x in _actors(text, start + m.end(), members_end,
                                                         index))
        named_members = _MEMBERS_NAMED.finditer(unit) if named and members else ()
        for m in named_members:
            if m.start() < members_to or not _DELEGATION_JUST_BEFORE.search(
                    unit, max(0, m.start() - 30), m.start()):
                continue
            members_end = _region_end(_AGENT_END, unit, start, m.end(), index)
            members_to = members_end - start
            parties.update(x.entity_id for x in index.within(start + m.end(), members_end)
                           if index.entities[x.entity_id].kind == "person")
        attendees = _ATTENDEES.search(unit) if named and (
            "clud" in unit or " were " in unit or "participation" in unit
            or " was " in unit or " are " in unit or " is " in unit
            or "together" in unit or "presence" in unit) else None
        if attendees and attendees.group().lower().startswith("welcom") and \
                _PARTICIPATION_IN.match(unit, attendees.end()):
            # "welcomed the participation of Taiwan in the World Health Assembly": a policy
            # welcomed, not a guest at this meeting.
            attendees = None
        if attendees:
            parties.update(x.entity_id for x in _actors(text, start + attendees.end(), end, index))
        frames = _FRAMEWORK.finditer(unit) if (
            "auspices" in unit or "framework" in unit or "behalf" in unit or "part of" in unit
            or "ormat" in unit or "under " in unit or "platform" in unit or " over " in unit
            or "assume" in unit) else ()
        for m in frames:
            # "under the auspices of Caricom, the Community of … (CELAC), Brazil and the UN":
            # every body of the list that follows.
            pos = start + m.end()
            for following in index.within(pos, min(end, pos + 400)):
                if following.start < pos or index.in_title(following):
                    # inside the title just passed ("… of the Republic of Turkey"), or inside
                    # the next person's ("the Special Representative for Somalia, A")
                    continue
                # A person's title or honorific opens the mention ("H.E. Bola Ahmed …").
                opening = min(following.start, following.role_span[0]) \
                    if following.role_span else following.start
                # (A body named right before its official's title is theirs: "under the
                # chairmanship of the UN Special Representative for Somalia, A".)
                if opening != pos and not _LIST_JOINER.fullmatch(text, pos, opening) and \
                        not _HONORIFIC_GAP.fullmatch(text, pos, opening) and \
                        not (following.role_span and text[pos:opening].isspace()):
                    break
                # "on behalf of President López Obrador": the one spoken for stayed away.
                if not (m.group().startswith("on behalf")
                        and index.entities[following.entity_id].kind == "person"):
                    parties.add(following.entity_id)
                # Past a title given after the name: "H.E. A, President of X and H.E. B, …"
                role = following.role_span
                pos = role[1] if role and role[0] >= following.end else following.end
    for m in index.mentions:
        # "The Twenty-Eighth South Pacific Forum was held in Rarotonga": the body's meeting.
        if text[m.end:m.end + 14].lower().startswith((
                " was ", " were ", " took ", " met", " convened", " opened", " concluded",
                " closed", " ended", " (", ", which ", " meeting ", " summit ", " session ",
                " ministerial ")) and \
                index.entities[m.entity_id].kind in ("organization", "format") and (
                    _BODY_MEETS.match(text, m.end) or (
                        (held := _BODY_MEETING_HELD.match(text, m.end))
                        and not _MECHANISM_NAME.search(index.entities[m.entity_id].name)
                        and not _ANOTHER_TIME_BEFORE.search(text, max(0, m.start - 80), m.start)
                        and not _DATED_AFTER.match(text, held.end()))):
            parties.add(m.entity_id)
        if text.startswith((" deleg", "’s ", "'s ", " government deleg"), m.end) and \
                _DELEGATION_AFTER.match(text, m.end) and not index.in_title(m):
            parties.add(m.entity_id)
        if m.entity_id not in parties and index.entities[m.entity_id].kind in (
                "organization", "format") and (_own_summit_of(text, m) or (
                    _MEETING_OF_BODY_BEFORE.search(text, max(0, m.start - 30), m.start)
                    and _MEETING_OF_BODY_AFTER.match(text, m.end)
                    and not _MECHANISM_NAME.search(index.entities[m.entity_id].name))):
            parties.add(m.entity_id)
    # Stance subjects: "We, the G7 Foreign Ministers of …", "the Indian and U.S. delegations",
    # "India and the United States agreed" are parties. A bare name that only takes a stance
    # ("The Taliban rejected …") is a party only when nothing else says who took part.
    base = set(parties)
    base_names = {index.entities[i].name for i in base}
    # Whether the body itself says who took part (a headline's names do not count here).
    body_says = bool(base - known)
    # The lead: the first sentence of a report or readout says who did what at the meeting.
    if lead_end is None:
        lead_end = units[0][1] if units else 0
    for head in heads:
        if not head.subject or obliges(head):
            continue  # (whom "… must respect …" calls on is no speaker)
        s, e = head.subject
        if _nothing_new(index, s, e, parties):
            continue
        # "Russia rejected the proposal, according to officials": a reported third party;
        # but "the foreign ministers of …, according to a statement" are at the table.
        if _ATTRIBUTED.search(text, head.verb_end, _unit_end(text, head.verb_end)) and \
                not _GROUP_WORDS.search(text, s, e):
            continue
        actors = _actors(text, s, e, index)
        if head.lemma == "welcome" and body_says and _THE_MEETING_ITSELF.match(
                text, head.verb_end) and not _AT_THE_TABLE_WORDS.search(
                    text, sentence_start(text, s), head.verb_start) and not any(
                    m.entity_id in base or index.entities[m.entity_id].represents in base_names
                    for m in actors):
            continue  # "The United Nations, European Union … have welcomed the talks": onlookers
        ids = {x.entity_id for x in actors}
        subject = text[s:e]
        unit_start = sentence_start(text, s)
        # Two names sharing a stance ("Guyana and Venezuela agreed …") are parties together.
        # An official and the international body in their title ("UN Secretary-General Ana
        # Lima welcomed …") are one name: such officials comment on others' meetings. A
        # country's official with the country ("Argentine President …") stays two.
        speakers_for = {index.entities[i].represents for i in ids
                        if index.entities[i].kind == "person"}
        named = {i for i in ids if index.entities[i].kind == "country"
                 or index.entities[i].name not in speakers_for}
        strong = (subject.lstrip().lower().startswith(("we,", "we ")) or "," in subject
                  or len(named) > 1
                  or _GROUP_WORDS.search(subject) or not body_says or ids & base
                  or any(index.entities[i].kind == "format" for i in ids)
                  # "Blinken said the United States would …": a party speaking for it
                  or any(m.entity_id in base for m in index.within(unit_start, s))
                  # "Senegalese Minister of Foreign Affairs, Sidiki Kaba, said …": a
                  # party's own official speaks for it
                  or any(index.entities[i].kind == "person"
                         and index.entities[i].represents in base_names for i in ids)
                  # "HE Deputy Prime Minister … Al-Thani underlined that …" opening a readout
                  or (s < lead_end and any(index.entities[i].kind == "person" for i in ids)))
        if strong:
            parties |= ids
    parties |= _party_speakers(text, index, parties)
    parties |= _speakers_at_meeting(text, index, parties)
    parties |= _hosts_and_chairs(text, index, parties)
    parties |= _visited(text, units[:_LEAD_UNITS], index, parties)
    return parties


# Who is named in a report's lead is who it is about: news reports and readouts open on
# the people at the table ("Prime Minister Kishida held talks with President Yoon …",
# "Foreign Minister Wang Yi on Monday received his counterpart …"), in more wordings than
# the meeting verbs list. Not a spokesperson who tells of the meeting, and not someone the
# lead names as gone ("the late President", "former Prime Minister", "then-President"), nor
# one someone else stood in for or spoke for ("representing President …", "a message from
# …"), nor one the lead only recalls ("days after Secretary Blinken visited …", "the release
# of opposition leader …", "a plan put forward by …"). The keywords in any case, the name
# words after them capitalised (a title): "then sat down with President Gil" is no "then".
_GONE = (r"(?:the\s+)?late|former|ex-|slain|deceased|then-?")
_NOT_AT_TABLE_BEFORE = lazy_compile(
    rf"(?:\b(?i:{_GONE})\s*|\b(?i:representing|represented|on\s+behalf\s+of|in\s+place\s+of"
    r"|instead\s+of|message\s+from|(?:envoy|representative|letter)\s+(?:of|from)|after|since"
    r"|(?:plan|proposal|proposals|initiative)\s+(?:put\s+forward\s+)?by"
    r"|put\s+forward\s+by|proposed\s+by)\s+)"
    r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+|[a-z]+\s+(?=[A-Z])){0,4}$"
    # "the release of jailed opposition leader …": a description of any case between
    r"|\b(?i:release|detention|arrest|trial)\s+of\s+(?:[\w’'.-]+\s+){0,4}$")
_LATE_BEFORE = lazy_compile(r"\b(?i:the\s+late)\s+(?:[A-Z][\w’'.-]*\s+){0,4}$")
# A photo caption, which a page may put first: "Photo: President … greets …", "… (AFP)".
_CAPTION = lazy_compile(r"(?i:photo|picture|image|file\s+photo)\b\s*[:.-]|\((?:AFP|AP|Reuters"
                        r"|EPA|Xinhua|Getty(?:\s+Images)?)\)\s*$")


def late_only_people(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """Party people the text only ever calls "the late …": the dead take part in nothing
    (a meeting on "the anniversary of the death of the late President Mandela")."""
    called_late: dict[str, bool] = {}
    for m in index.mentions:
        if m.entity_id not in parties or index.entities[m.entity_id].kind != "person" or \
                called_late.get(m.entity_id) is False:
            continue
        opening = m.opening
        called_late[m.entity_id] = _LATE_BEFORE.search(
            text, max(0, opening - 40), opening) is not None
    return {entity_id for entity_id, late in called_late.items() if late}


def reporting_title(text: str, m: EntityMention) -> bool:
    """Is `m` a spokesperson or a press officer, by the title before the name (with the
    capitalised words right before it: "Information Minister") or after it ("Ana Lopez,
    deputy spokesperson")? They tell of a meeting; they do not sit at it."""
    opening = m.opening
    title = _WORDS_BEFORE_TITLE.search(text, max(0, opening - 40), opening)
    return _REPORTING_ROLE.search(text, title.start() if title else opening,
                                  m.closing) is not None


def lead_people(text: str, lead: tuple[int, int], index: EntityIndex,
                parties: set[str]) -> set[str]:
    """The people named in the lead paragraph `lead` (see above), who took part."""
    if _CAPTION.search(text, *lead):
        return set()
    found: set[str] = set()
    left_out_to = -1  # where the last person left out ends: the next in their list is too
    for m in index.within(*lead):
        ent = index.entities[m.entity_id]
        if ent.kind != "person" or m.entity_id in parties or m.entity_id in found or \
                index.in_title(m):
            continue
        opening = m.opening
        if reporting_title(text, m) or _SENT_AGENT.match(text, m.end):
            continue  # (a spokesperson; one who sent an envoy, "Netanyahu's envoy")
        if _NOT_AT_TABLE_BEFORE.search(text, max(0, opening - 60), opening):
            continue
        if _PREDECESSORS_BEFORE.search(text, max(0, opening - 60), opening) or (
                0 <= left_out_to <= opening
                and _NEXT_IN_LIST.fullmatch(text, left_out_to, opening)):
            left_out_to = m.end  # the next name of their list is a predecessor too
            continue
        found.add(m.entity_id)
    return found


# "… held in 1899 by their predecessors, Presidents Julio A. Roca and …": those before them
# (not "Unlike their predecessors, Vice President …", who are here).
_PREDECESSORS_BEFORE = lazy_compile(
    r"(?<![Uu]nlike\s)(?<!Like\s)(?<!like\s)\b(?:their|his|her|its)\s+(?:[\w-]+\s+)?"
    r"(?:predecessors?|forerunners?),\s+(?:[A-Z][\w’'.-]*\s+){0,4}$")
# " and " between two names of one list.
_NEXT_IN_LIST = lazy_compile(r",?\s+and\s+")


# A person a report keeps coming back to, by name and title, is one of its parties: among
# the people rules had left as mentioned, those named three times or more were parties in
# 9 of 10 cases over 57 annotated sets, against 43 of 136 for the rest. Only people with a
# title (a name alone may be a company's or a ship's), and not spokespeople, who are named
# as often and sit at no table, nor anyone the parties condemn, honour or want released
# ("condemned Kim Jong Un", "a tribute to Mahatma Gandhi", "the release of Alexei Navalny").
# (The dead, by "the late …", are taken out after.)
_RECURRING = 3
_OBJECT_OF_PARTIES = lazy_compile(
    r"\b(?:condemn\w*|criticis\w*|criticiz\w*|denounc\w*|blam\w*|accus\w*|sanction\w*"
    r"|urg\w*|called\s+on|calls?\s+on|against|release\s+of|releasing|freeing|detention\s+of"
    r"|arrest\s+of|tribute\s+to|tributes\s+to|memory\s+of|death\s+of|killing\s+of"
    r"|honou?r(?:ed|ing)?|mourn\w*|commemorat\w*)\s+(?:\w+\s+){0,4}$", re.IGNORECASE)


def recurring_people(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """People named at least _RECURRING times who take part (see above)."""
    counts: dict[str, int] = {}
    excluded: set[str] = set()
    for m in index.mentions:
        ent = index.entities[m.entity_id]
        if m.entity_id in parties or ent.kind != "person" or not (ent.role or any(
                alias != ent.name and alias.endswith(ent.name) for alias in ent.aliases)):
            continue  # (a titled form, "Dr. Ana Lopez", is among the aliases)
        counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        opening = m.opening
        if reporting_title(text, m) or _OBJECT_OF_PARTIES.search(
                text, max(0, opening - 60), opening):
            excluded.add(m.entity_id)
    return {pid for pid, n in counts.items() if n >= _RECURRING and pid not in excluded}


# A minister, an ambassador or an envoy a report names is there for the meeting far more
# often than a head of state or government is, whom reports also name for what they did
# elsewhere ("President Trump's visit to China in 2017"). Among the people the other rules
# left as mentioned, those with such a title were parties in 30 of 45 cases over the 63
# annotated sets (presidents: 17 of 84). Their country follows them (_represented_parties
# in extraction.py). Not spokespeople or information ministers, the former or the late,
# anyone the parties condemn or want released, an office named without its holder, nor
# where the text has them elsewhere, absent or speaking from afar (below).
_WORKING_TITLE = lazy_compile(r"\b(?i:minister|ministers|ambassador|envoy)\b")
_NOT_WORKING_TITLE = lazy_compile(r"(?i:prime\s+minister|president|spokes|information"
                                  r"|former|late\b|ex-|then-)")
# A separate event ("Separately, UN envoy … briefed the Security Council"), someone replaced
# or absent ("replacing Foreign Minister …", "because Foreign Minister … had been recalled").
_ELSEWHERE = lazy_compile(r"\s*(?:Separately|Elsewhere|In\s+a\s+separate\s+\w+)\b")
_ABSENT_BEFORE = lazy_compile(r"\b(?:replacing|replaced|succeeding|succeeded|because|since"
                              r"|as|after|until)\b[^,;.]{0,60}$")
# Speaking from elsewhere ("told reporters in Moscow", "said on Twitter"), or only speaking:
# "Togolese Foreign Minister … said the commission would help the region" gives a view of
# a meeting Togo was not at (unless their country is a party).
_FROM_AFAR = lazy_compile(r"\b(?:said|told|commented|wrote|tweeted|posted|gave)\b[^.;]{0,40}?"
                          r"\b(?:in|from|on)\s+(?:[A-Z]|Twitter|X\b|television|state\s+TV)")
_SPEAKS_ONLY = lazy_compile(r"[^.;]{0,60}?\b(?:said|says|told|commented|noted|added"
                            r"|stated)\b")


def working_officials(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """Ministers, ambassadors and envoys named in the report (see above)."""
    found: set[str] = set()
    excluded: set[str] = set()
    for m in index.mentions:
        ent = index.entities[m.entity_id]
        if m.entity_id in parties or ent.kind != "person" or not ent.role or \
                not _WORKING_TITLE.search(ent.role) or _NOT_WORKING_TITLE.search(ent.role) \
                or ent.name.endswith(ent.role):
            continue  # (an office named without its holder: "the UN Special Envoy")
        opening = m.opening
        if reporting_title(text, m) or _OBJECT_OF_PARTIES.search(
                text, max(0, opening - 60), opening) or _NOT_AT_TABLE_BEFORE.search(
                text, max(0, opening - 60), opening):
            excluded.add(m.entity_id)
            continue
        start, end = sentence_start(text, m.start), _unit_end(text, m.end)
        if _FROM_AFAR.search(text, m.end, end) or _ELSEWHERE.match(text, start) or \
                _ABSENT_BEFORE.search(text, max(start, opening - 80), opening):
            excluded.add(m.entity_id)
        elif _SPEAKS_ONLY.match(text, m.end) and not _represents_party(index, ent, parties):
            # "Togolese Foreign Minister … said the commission would help the region": an
            # official of a country not at the table, giving a view of it.
            excluded.add(m.entity_id)
        else:
            found.add(m.entity_id)
    return found - excluded


def _represents_party(index: EntityIndex, person: Entity, parties: set[str]) -> bool:
    return any(index.entities[p].name == person.represents for p in parties)


# Where a party went: "arrived in Poland on a two-day visit", "visited Nepal", "the visit to
# Hanoi" (a country only). Read in a report's opening sentences, which tell the visit being
# reported; later ones recall earlier visits.
_LEAD_UNITS = 3
_VISIT_TO = lazy_compile(
    r"\b(?:visited|visits|visiting|arrived\s+in|arrives\s+in|arrived|(?:visit|trip|tour)\s+to)"
    r"\s+(?:the\s+)?(?=[A-Z])")


# A visit told in passing: "Modi, who visited Pakistan in 2015, …", "arrived in Paris after a
# trip to Japan", "said he would visit …" (but "… Khajimba who chairs a delegation on a
# four-day visit to Syria" is the visit reported).
_VISIT_ASIDE = lazy_compile(r"(?:,\s+(?:who|which)|\b(?:after|before|since|when|said|says|will"
                          r"|would))\b[^,.;]{0,60}$")


def _visited(text: str, lead: Sequence[tuple[int, int]], index: EntityIndex,
             parties: set[str]) -> set[str]:
    """The country a party visited, when the report's lead says so (see _VISIT_TO)."""
    found: set[str] = set()
    for start, end in lead:
        for m in _VISIT_TO.finditer(text, start, end):
            # The visitor named just before, in the same clause (a bounded look back: a lead
            # of a thousand visits would otherwise be walked once per visit).
            before = max(start, m.start() - 150)
            if _VISIT_ASIDE.search(text, before, m.start()) or not any(
                    x.entity_id in parties for x in index.within(before, m.start())):
                continue  # no party visitor, or a visit recalled in passing
            place = next(iter(index.within(m.end(), m.end() + 60)), None)
            if place is not None and place.start == m.end() and \
                    index.entities[place.entity_id].kind == "country":
                found.add(place.entity_id)
    return found


# Speaking at the meeting is taking part in it: "Mr. Iglesias said at the closing ceremony",
# "Lavrov told the session". A press conference or briefing is not the meeting.
_SPOKE_AT = lazy_compile(
    r"(?:,[^,.;:\n“”\"]{1,90},|,)?\s+(?:also\s+)?"
    # "… Retno Marsudi told reporters after a meeting with her Malaysian counterpart"
    r"(?:(?i:told)\s+(?:reporters|journalists|the\s+press|the\s+media)\s+(?:after|following)\s+"
    r"(?:(?:an?|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|consultations"
    r"|discussions)\b|"
    r"(?i:said|stated|declared|remarked|added|spoke"
    r"|told|addressed|briefed|updated|informed"
    # taking part from afar: "… Nguyen Thi Kim Ngan sent a video message to the event"
    r"|sent\s+(?:an?\s+)?(?:video|written|recorded)\s+(?:message|address))"
    r"\s+(?:(?:at|during|before|to)\s+)?"
    # this meeting: "the closing ceremony", "the Council"; not "the Bundestag session" or
    # "the Security Council" (another body), nor a press conference
    r"(?:the|its|this)\s+(?:(?!press\b|news\b|media\b)[a-z][\w-]*\s+){0,3}?"
    r"(?i:ceremony|ceremonies|session|meeting|summit|talks|conference|forum|gathering"
    # "Ambassador Amalia Mai … updated the Council on the preparations"
    r"|dialogue|plenary|ministerial|council|ministers|leaders|participants|delegates|event)\b)")


# "Host Vietnamese President Nguyen Minh Triet read the declaration"; "Nigerian President
# Olusegun Obasanjo, who hosted the summit, said …".
_HOST_BEFORE = lazy_compile(r"\b(?:[Hh]ost|[Cc]hair)(?:\s+country)?,?\s+(?:the\s+)?"
                          rf"{DEMONYM}?$")
_WHO_HOSTED = lazy_compile(r",\s+(?:who\s+(?:also\s+|had\s+)?(?:hosted|chaired|co-chaired|convened"
                         r"|presided\s+over|attended|co-hosted)\b"
                         # "…, Incoming Chairperson and host of the 7th Summit"
                         r"|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:host|co-host)\s+of\s+(?:the\s+|this\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?i:summit|meeting|talks|conference|session|forum"
                         r"|retreat|dialogue)\b)")


def _hosts_and_chairs(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """Whoever a sentence calls the host or chair, or says hosted or chaired, took part."""
    found: set[str] = set()
    for m in index.mentions:
        if m.entity_id in parties or m.entity_id in found or index.in_title(m):
            continue
        opening = m.opening
        after = m.role_span[1] if m.role_span and m.role_span[0] >= m.end else m.end
        if (_HOST_BEFORE.search(text, max(0, opening - 40), opening) or (
                text.startswith(",", after) and _WHO_HOSTED.match(text, after))) and \
                not _HOST_ABSENT_AFTER.match(text, after) and \
                not _HOST_ABSENT_BEFORE.search(text, sentence_start(text, opening), opening):
            found.add(m.entity_id)
    return found


# A host the sentence says stayed away: "The host, President …, did not attend" (the host
# the subject, past an aside; not from a side event, "did not attend the closing dinner"),
# "Conspicuous by his absence was its host, …".
_HOST_ABSENT_AFTER = lazy_compile(
    r"(?:,[^,.;]{0,160},|,)?\s+(?:did\s+not|didn[’']t|could\s+not|was\s+unable\s+to|failed\s+to)"
    r"\s+(?:attend|appear|take\s+part|participate|make\s+(?:a|any)\s+(?:public\s+)?appearance)"
    r"\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:dinner|lunch|luncheon|reception|banquet|ceremony|gala"
    r"|breakfast)\b)")
_HOST_ABSENT_BEFORE = lazy_compile(r"\b(?:[Bb]y|[Ii]n)\s+(?:his|her)\s+absence\b[^.;]*$")


# A sentence that opens inside the meeting: "During the talks, Foreign Minister Gil said …".
_IN_THE_MEETING = lazy_compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:During|At|In\s+the\s+course\s+of)\s+(?:the|their|this|these"
    r"|today's)"
    # "In his address to the summit, Russian President Vladimir Putin said …" (the meeting
    # right after "the": not "his address to the nation on the summit")
    r"|In\s+(?:his|her|their|its)\s+(?:opening\s+|closing\s+|keynote\s+)?(?:address|speech"
    r"|remarks|statement|intervention)\s+(?:to|at|before)\s+the(?=\s+(?:[\w-]+\s+)?(?:talks"
    r"|meeting|session|conference|summit|dialogue)\b))"
    # (not "At the time of the summit", a date)
    r"\s+(?!(?:[\w-]+\s+){0,3}?(?:\d{4}|earlier|previous|last|past|failed|former|time)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:talks|meeting|session|discussions|consultations|conference"
    r"|summit|negotiations|dialogue)\b(?![^,.;:]{0,60}\b\d{4}\b)[^,.;:]{0,60},\s+(?:the\s+)?"
    rf"{DEMONYM}?$")  # "At the summit, Russian President Vladimir Putin said"


def _speakers_at_meeting(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """People who spoke at the meeting itself (see _SPOKE_AT, _IN_THE_MEETING); not its
    spokespeople."""
    found: set[str] = set()
    for m in index.mentions:
        ent = index.entities[m.entity_id]
        if ent.kind != "person" or m.entity_id in parties or m.entity_id in found:
            continue
        if not text.startswith((" ", ","), m.end):
            continue
        opening = m.role_span[0] if m.role_span else m.start
        if not _SPOKE_AT.match(text, m.end):
            spoke = _SPOKE_AFTER.match(text, m.end)
            # "During the summit, Ukrainian President … said in Kyiv": not at the summit
            if spoke is None or _SAID_ELSEWHERE.match(text, spoke.end()) or \
                    not _IN_THE_MEETING.search(text, max(0, opening - 160), opening):
                continue
        if reporting_title(text, m):
            continue
        found.add(m.entity_id)
    return found


# A speaker: "Sidiki Kaba said", "Kaba, the Senegalese minister, told reporters", and
# inverted after a quotation: "…,” said Foreign Minister Kaba".
_SPOKE_AFTER = lazy_compile(
    r"(?:,[^,.;:\n“”\"]{1,90},|,)?\s+(?:(?:also|has|had|then|later|further)\s+)?"
    rf"(?:{SPEECH_VERBS}|remarked|explained|insisted)\b")
# Said elsewhere, whatever the meeting: "… said in Kyiv", "… said on social media".
_SAID_ELSEWHERE = lazy_compile(r"\s+(?:in|from)\s+[A-Z]|\s+on\s+(?:social\s+media|Twitter"
                               r"|X\b|Facebook|Telegram|television|state\s+television)")
# Those who speak about a meeting for their government, not at it.
_WORDS_BEFORE_TITLE = lazy_compile(r"(?:[A-Z][\w’'-]*\s+){1,3}$")
_REPORTING_ROLE = lazy_compile(r"Information|Spokes|Press|Communication", re.IGNORECASE)
_SPOKE_BEFORE = lazy_compile(r"[”\"’],?\s+(?:said|says|added|stated)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w’'-]+\s+)?$")  # "…,” said Ghanaian Foreign Minister"


def _party_speakers(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """People who speak for a party that took part: its own officials, named with a title
    that says whom they represent ("Senegalese Minister of Foreign Affairs, Sidiki Kaba,
    said …"). A report quotes those at the table; someone speaking for a country that
    did not take part stays mentioned."""
    names = {index.entities[i].name for i in parties}
    # A party person's country takes part through them (extraction adds it after this
    # pass): "Visiting Mongolian President Enkhbayar said …" makes Mongolia's foreign
    # minister, who "told the briefing", one of its speakers too.
    names |= {ent.represents for i in parties for ent in (index.entities[i],)
              if ent.kind == "person" and ent.represents}
    found: set[str] = set()
    for m in index.mentions:
        ent = index.entities[m.entity_id]
        if ent.kind != "person" or m.entity_id in parties or m.entity_id in found or \
                ent.represents not in names:
            continue
        opening = m.role_span[0] if m.role_span else m.start
        if reporting_title(text, m):  # (not "Speaking to the press, …": a title only)
            continue
        # "President Vladimir Putin of Russia, whose country …, said": past the country
        after = m.end
        country = next(iter(index.within(m.end, m.end + 40)), None)
        if country is not None and OF_GAP.fullmatch(text, m.end, country.start):
            after = country.end
        if _SPOKE_AFTER.match(text, after) or _SPOKE_BEFORE.search(
                text, max(0, opening - 40), min(opening, m.start)):
            found.add(m.entity_id)
    return found


