"""Find people (name, title, whom they represent) and unlisted organisations in text."""
from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from reader.core.casing import capitalised
from reader.core.lazy_regex import lazy_compile
from reader.core.scan import matches_at as _matches_at

# Words that head an official title. Modifiers ("Deputy", "Special") come before them.
_TITLE_HEAD = (
    r"(?:President|Vice[- ]President|Vice[- ]Minister|Prime Minister|Minister Responsible"
    r"|Minister|Secretary[- ]General"
    r"|Secretary"
    r"|Representative|Envoy|Ambassador[- ]at[- ]Large|Ambassador|Advis[eo]r"
    r"|Director[- ]General|Director|Counsel(?:l)?or"
    r"|Chairman|Chairwoman|Chairperson|Chair|Commissioner|Spokesperson|Spokesman|Coordinator"
    r"|Administrator|Senator|Governor|Chancellor|King|Queen|Emir|Crown Prince|Prince|Sheikh"
    r"|Sultan|Head|Chief|Undersecretary|Under[- ][Ss]ecretary|Attaché|Consul(?: General)?"
    r"|Mayor"
    r"|General|Admiral|Colonel|Leader|Speaker|Premier|Foreign Secretary|Officer|Negotiator"
    # Ireland's prime minister and deputy; the abbreviations news reports use ("FM Retno
    # Marsudi", "PM Modi", "EAM Jaishankar")
    r"|Taoiseach|Tánaiste|Tanaiste|FM|PM|EAM)"
)
_MOD_WORD = (
    r"(?:Deputy|Vice|Acting|Special|Senior|Chief|Assistant|Under|Executive|High|Foreign"
    r"|Prime|Permanent|Principal|First|Second|Lead|Regional|National|Defen[cs]e|Interior"
    r"|Finance|Trade|Secretary|Minister|Presidential|Personal|Attorney|acting|interim|Security"
    r"|External\s+Affairs|Foreign\s+Affairs)"
)
# Modifiers, with a country inside only after one of them: "Special US Representative"
# (a country before all of them, "U.S. Special Representative", is whom they represent).
# At most five on either side of the country: two unbounded runs of the same words could
# split a run of n modifiers n ways at each of n starts ("Foreign " x 440 took 13 s).
_TITLE_MOD = (
    rf"(?:(?:{_MOD_WORD}\s+){{1,5}}(?:(?:U\.S\.|US|UN|U\.N\.|EU|UK)\s+)?)?"
    rf"(?:{_MOD_WORD}\s+){{0,5}}"
)
# A capitalised word; a full stop only in an abbreviation ("U.S.", "India-U.S.", "J."), so a
# title never runs past the end of its sentence ("… of Australia. The overview …").
_CAP = r"(?:[A-Z]\.|[A-Z][\w’'-]*(?:\.[A-Za-z][\w’'-]*)+\.?|[A-Z][\w’'-]*)"
# "for Afghanistan", "of Foreign Affairs of India", "to the Director of ... at the White House"
# Its words are on one line, as are a title and the name after it: a line break ends them.
# The honorifics that open the next person's name after "and" ("… of Turkey and H.E. Dr …").
_NEXT_HONORIFIC = r"(?:H\.E\.|H\.H\.|H\.R\.H\.|His\s|Her\s|Mr\.?\s|Mrs\.?\s|Ms\.?\s|Dr\.?\s)"
_NO_HONORIFIC = rf"(?!{_NEXT_HONORIFIC})"
_TITLE_TAIL = (
    rf"(?:[ \t]+(?:for|of|to|on|at)[ \t]+(?:the[ \t]+)?{_CAP}"
    # ("… of Turkey and H.E. Dr Hassan Rouhani": an honorific after "and" is the next person)
    rf"(?:[ \t]+(?:(?:and|of|for|on|at|the|to)[ \t]+){{0,3}}{_NO_HONORIFIC}{_CAP}"
    # a portfolio listed as a series: "for Democracy, Human Rights, and Labor"
    # (bounded: an unbounded tail made long runs of title words quadratic)
    rf"|,[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,4}},?[ \t]+and[ \t]+{_CAP}){{0,12}}?)?"
)
_TITLE = _TITLE_MOD + _TITLE_HEAD + _TITLE_TAIL
TITLE_HEAD = _TITLE_HEAD  # for participation.py: a title word before a preposition
# Letters with accents count: "Andrés", "Łukasz", "Zoë".
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
# Arabic names may carry the article in lower case: "Abdel Fattah al-Sisi".
# Initials may run together ("S.M. Krishna", "K.P. Sharma Oli"; not "H.E.", "H.R.H.", which
# are honorifics) or, in South Asian usage, stand without stops before a surname ("K P Sharma
# Oli").
# "McClean", "MacDonald", "O'Neill", "D'Alema": a capital inside the word after a prefix.
# (Not an honorific: "… for Pacific Affairs Mr. David Stilwell" is no person "Affairs Mr";
# nor an office not yet taken up: "Congresswoman-elect Diana Mondino".)
_NAME_WORD = (rf"(?:(?!(?:Mr|Mrs|Ms|Dr)\b|[A-Z][\w’']*-elect\b)(?:Mc|Mac|O[’']|D[’'])?"
              rf"[{_UP}][{_LOW}]+"
              rf"(?:[’'\-][A-Za-z{_UP}{_LOW}][{_LOW}]+)*"

              r"|[A-Z]\.(?:(?<!H\.)[A-Z]\.)*"
              rf"|[A-Z](?=[ \t][A-Z][ \t]+[{_UP}][{_LOW}])"
              rf"|(?:al|el|ad|as|ash|an|ar|at|az)-[{_UP}][{_LOW}]+)")
NAME_WORD = _NAME_WORD  # one word of a person's name, for entities.py
UPPERCASE = _UP  # the capitals a name may open with, for commitments.py
# Lower-case particles inside names: "Faisal bin Farhan Al Saud", "Antonio de Aguiar Patriota",
# "Bingu wa Mutharika".
_PARTICLE = (r"(?:bin|bint|ibn|ben|al|el|wa|de|da|do|dos|das|del|della|di|du|van|von|der|den"
             r"|ter|la|le"
             # Capitalised inside a long Gulf name, where six words would not hold it all:
             # "Sheikh Mohammed Bin Abdulrahman Bin Jassim Al Thani".
             r"|Bin|Bint|Ibn|Al)")
# After the first word, an initial may lack its full stop ("Jacob G Zuma", "Assunção A dos
# Anjos"); a monarch's numeral closes a name ("King Mswati III", "Abdullah II").
# A surname in capitals closes a name in West African and French usage ("Bola Ahmed TINUBU").
# Post-nominal honours in capitals ("Muhammadu Buhari GCFR") are no part of it.
_POST_NOMINALS = (r"(?:GCFR|GCON|CFR|CON|OFR|MFR|OON|GCMG|KCMG|CMG|GBE|KBE|DBE|CBE|OBE|MBE|MNA"
                  r"|CGH|EGH|MGH|QC|KC|SAN|GCSK|GOSK|CBS|EBS|MBS|PSC|NDC)")
# A stray space by an Arabic article's hyphen: "Prince Saud Al -Faisal", "Al- Zayani".
# A nickname in quotes between the given name and the surname: "Joko “Jokowi” Widodo".
# ("Luiz Inácio “Lula” da Silva", "Joko ‘Jokowi’ Widodo")
_NICKNAME_WORD = (rf"[“\"‘][{_UP}][{_LOW}]+[”\"’](?=[ \t]+(?:(?:da|de|do|dos|van|von|al|bin)"
                  rf"[ \t]+)?[{_UP}][{_LOW}])")
_NICKNAME = lazy_compile(r"[“\"‘][^”\"’]*[”\"’]")
# A member's letters after a name, no part of it: "Charlie Flanagan T.D." (a member of the
# Irish parliament), "Andrew Mitchell M.P.", "Keir Starmer K.C. M.P.", "… MNA".
_MEMBER_LETTERS = (r"(?:(?:T\.D\.|M\.P\.|M\.E\.P\.|K\.C\.|Q\.C\.|M\.N\.A\.|TD|MP|MEP|MNA|KC|QC)"
                   r"(?!\w)\s*)+")
# Initials after the first word stand before a later name word: "Martin I. Uhomoibhi", not
# a member's letters.
_LATER_WORD = (rf"(?:Al-(?=[ \t][{_UP}][{_LOW}])"
               rf"|(?![A-Z]\.(?:[A-Z]\.)*+(?![ \t]+(?:{_PARTICLE}[ \t]+)?[{_UP}])"
               rf"|{_MEMBER_LETTERS}){_NAME_WORD}"
               rf"|{_NICKNAME_WORD}"
               rf"|[A-Z](?=\s+(?:{_PARTICLE}\s+)?[{_UP}][{_LOW}])"
               # two initials run together inside a name: "Retno LP Marsudi" (not a code or
               # an abbreviation: "Mahmoud Abbas PA Chairman", "João Lourenço DR Congo")
               rf"|(?!(?:UN|EU|US|UK|AU|HE|HH|HM|MP|PM|FM|DR|PA|AI|NZ|EC|EP|SG|DG|VP|TV|PR"
               rf"|OK|ID|IT|GA|SC)\b)[A-Z]{{2}}(?=[ \t]+(?!{_TITLE_HEAD}\b)[{_UP}][{_LOW}])"
               rf"|(?<=Al[ \t])-[{_UP}][{_LOW}]+"
               rf"|(?!{_POST_NOMINALS}\b)[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?(?![\w’'.-]))")
# ("King Abdullah II Ibn Al-Hussein": a father's name may follow the numeral.)
_REGNAL = (r"(?:\s+(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}I{0,3})\b"
           r"(?:\s+(?:Ibn|ibn|bin|Bin)\s+(?:Al[- ])?[A-Z][a-z]+)?)?")  # "… II ibn Al Hussein"
# A name's words are on one line: in a list of attendees the next line is the next person.
# Particles may come two together: "Humberto de la Calle Lombana".
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_LATER_WORD}){{0,5}}{_REGNAL}"
_FULL_NAME = (rf"(?:{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_LATER_WORD}){{1,5}}{_REGNAL}"
              # a monarch's numeral, then his father's name: "Abdullah II ibn Al Hussein"
              rf"|{_NAME_WORD}[ \t]+(?:I{{1,3}}|IV|VI{{0,3}})[ \t]+(?:Ibn|ibn|bin|Bin)[ \t]+"
              rf"(?:Al[- ])?[{_UP}][{_LOW}]+)")
FULL_NAME = _FULL_NAME  # two to six name words, particles allowed, for entities.py
# Indian usage runs a person's initials together without stops ("Dr KJ Srinivasa", "General
# VK Singh"); read only after an honorific or a title and a comma, where no acronym stands.
_INITIALS = rf"(?!(?:UN|EU|US|UK|AU|HE|HH|HM|MP|PM)\b)[A-Z]{{2}}[ \t](?=[{_UP}][{_LOW}])"
# British and Commonwealth usage drops the dots ("Mr Smith", "Dr the Hon. Arvin Boolell",
# "HE President …", "Hon Raymond Tshibanda"); monarchs are "His Majesty, King …".
# ("H. E. Nana Addo Dankwa Akufo Addo": a space may split "H.E.")
_HONORIFIC = (r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\b\.?|Sir|Dame|H\.[ ]?E\.|H\.H\.|H\.R\.H\.|H\.M\.|HE\b"
              r"|His Excellency|Her Excellency|Their Excellencies|His Highness|Her Highness"
              r"|His Majesty,?|Madam|Madame|Professor"
              r"|Her Majesty,?|(?:the\s+)?(?:Rt\.?\s+)?Hon(?:ourable|orable|[’']ble)?\b\.?"
              r"|Shaikh|Sheikh|Sayyid|Seyyed|Sayyed|(?:Grand\s+)?Ayatollah|Hojatoleslam"
              # abbreviated general's ranks: "Lt. Gen. Bakri Hassan Salih Khairi" (not
              # "Col." alone, a Mexican address's colonia)
              r"|(?:Lt|Maj|Brig)\.?\s+Gen\."
              # military ranks before a leader's name ("Commodore Josaia Bainimarama")
              # ("Major" alone is an adjective too: "Major Economies Forum")
              r"|Commodore|Brigadier|Lieutenant|Major\s+General|Captain|Rear\s+Admiral"
              r"|Vice\s+Admiral"
              r"|Air\s+Marshal|Field\s+Marshal|Marshal"
              # Burmese "U Kyaw Tin", "Daw Aung San Suu Kyi"
              r"|U(?=\s+[A-Z][a-z])|Daw"
              # Indian "Shri Pranab Mukherjee", "Smt. Sushma Swaraj"
              r"|Shri\b\.?|Smt\b\.?"
              # British peers: "Lord Ahmad", "Baroness Anelay"
              r"|Lord|Lady|Baroness|Baron"
              # Bhutanese: "Lyonchhen Tshering Tobgay", "Lyonpo Khandu Wangchuk"
              r"|Lyonchhen|Lyonpo|Dasho"
              # Fijian chiefly titles: "Ratu Inoke Kubuabola", "Adi Litia Qionibaravi"
              r"|Ratu|Adi(?=\s+[A-Z][a-z]+\s+[A-Z])"
              # Malaysian "Datuk Seri Anwar Ibrahim", "Dato' Sri …", "Tan Sri …", "Tun …";
              # Bangladeshi "Md." (Mohammad) before the name it shortens
              r"|(?:Dato[’']?|Datuk)\s+S(?:er|r)i\b|Datuk|Dato[’']|Tan\s+Sri|Tun\b|Md\."
              # an ambassador's abbreviated rank in a list: "Dr. Amb. Monica Juma"; Nigerian
              # professional titles: "H. E. Arch. Mohammed Namadi Sambo", "Engr. …", "Barr. …"
              r"|Amb\.|Arch\.|Engr\.|Barr\.)")

HONORIFIC = _HONORIFIC  # for participation.py: an honorific between list items

# Title then name: "U.S. Special Representative for Afghanistan Thomas West".
# Each pattern opens with a lookahead on its first character: the regex engine then skips
# to candidate characters instead of trying every position (about a third faster on 1 MB).
# A capitalised word right after a name is more of it, except a weekday: American news puts
# one between subject and verb ("President Alberto Fernández Monday celebrated …").
_WEEKDAY_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# A line break ends a name: in a list of attendees the next line opens with a capital.
# Nor does the next person's title in a list without commas ("H.E. Chief Olusegun OBASANJO
# President of the Federal Republic of Nigeria").
_NEXT_TITLE_WORDS = ("President", "Prime", "Minister", "Vice", "Deputy", "Secretary",
                     "Chairman", "Chairperson", "Ambassador", "Permanent", "Foreign")
_NO_MORE_NAME = (rf"(?![ \t]+(?!(?:{'|'.join(sorted(_WEEKDAY_WORDS | set(_NEXT_TITLE_WORDS)))})"
                 r"\b)[A-Z][a-z])")
# The title's abbreviation may stand between it and the name: "Japanese Prime Minister (PM)
# Yoshihide Suga", "the President of the People's Republic of China (PRC) Xi Jinping".
_ABBREVIATION_BETWEEN = r"(?:\([A-Z]{2,6}\)[ \t]+)?"
_TITLED = lazy_compile(
    # an honorific may stand between: "the Minister of Foreign Affairs of Vietnam Mr. …"
    rf"(?=[A-Z])\b(?P<title>{_TITLE})[ \t]+{_ABBREVIATION_BETWEEN}"
    r"(?:(?:Mr|Mrs|Ms|Dr|Smt|Shri|Sir|Dame)\.?[ \t]+)?"
    # Indian usage: one initial without its stop ("External Affairs Minister S Jaishankar");
    # not "A" or "I", which are words
    # and two run together ("Foreign Minister AH Mahmood Ali")
    rf"(?P<name>(?![AI][ \t])[A-Z][ \t](?=[{_UP}][{_LOW}]){_NAME}|{_INITIALS}{_FULL_NAME}"
    rf"|{_FULL_NAME})"
    r"(?!\w|[’'][A-Za-z]{2})"
    + _NO_MORE_NAME)
# A bare title then one name: "President Biden", "Secretary Blinken" (no "for …" tail, which
# would make "… for International Narcotics" look like a name).
# A department of one or two words may follow the title: "Secretary of State Albright",
# "Secretary of Commerce Daley" (a closed list: an open one would read a name as a portfolio).
_DEPARTMENT = (r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:State|Defen[cs]e|Commerce|Treasury|Energy"
               r"|Agriculture|Labou?r|Justice|Interior|Finance|Trade|Health|Education"
               r"|Transportation|Homeland[ \t]+Security|Foreign[ \t]+Affairs"
               r"|External[ \t]+Affairs))?")
_TITLED_SHORT = lazy_compile(
    rf"(?=[A-Z])\b(?P<title>{_TITLE_MOD}{_TITLE_HEAD}{_DEPARTMENT})[ \t]+{_ABBREVIATION_BETWEEN}"
    rf"(?P<name>{_NAME_WORD}{_REGNAL})"
    r"(?!\w|[’'][A-Za-z]{2})" + _NO_MORE_NAME)
# Honorific then name: "Mr. Satya Narayan Pradhan".
# "… and his Australian counterpart Marise Payne": a person named after "counterpart".
# Who sits on the other side: a counterpart, or a colleague of another country ("his
# Finnish colleague Timo Soini"; a "cabinet colleague" is one's own side). For extraction.py.
# ("his Iranian and Tajik colleagues", "his Iraqi colleague", "Uzbek")
OTHER_SIDE = r"(?:\bcounterparts?|(?<=[a-z]n |sh |se |ch |[a-z]i |[a-z]k )colleagues?)"
_COUNTERPART = lazy_compile(
    # (the lookahead lets the engine skip to a "c")
    rf"(?=c){OTHER_SIDE},?\s+(?P<name>{_FULL_NAME})"
    r"(?!\w|[’'][A-Za-z]{2})(?!\s+[A-Z][a-z])")
# Leaders named in brackets after their countries: "the Presidents of Cyprus (Nikos
# Anastasiades) and France (François Hollande), the Prime Ministers of Greece (…)".
_NAME_IN_BRACKETS = lazy_compile(rf"(?<=[\w.])[ \t]+\((?P<name>{_FULL_NAME})\)")
# ... or after a comma: "the presidents of Chile, Sebastián Piñera; Colombia, Iván Duque;
# and Peru, Martín Vizcarra".
_NAME_AFTER_PLACE = lazy_compile(
    rf"(?:(?<=\bof\s)|(?<=[;]\s)|(?<=\band\s))(?P<place>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){{0,2}}),"
    rf"\s+(?P<name>{_FULL_NAME})(?=\s*[;.]|,?\s+and\b)")
_PLURAL_TITLE = lazy_compile(
    r"(?=[PpMmCcLlHh])\b(?:[Pp]residents|[Pp]rime\s+[Mm]inisters|[Mm]inisters|[Cc]hancellors|[Pp]remiers"
    r"|[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment))\s+of\s")
_LIST_END = lazy_compile(r"[.:](?:\s|$)")
_LEADERS_REACH = 600  # characters after "the presidents of" where their names may be listed


def _leaders_listed(text: str) -> list[re.Match[str]]:
    """Names listed after their countries in the sentence after "the presidents of", "the
    Prime Ministers of" …: only there, so the two scans read a few sentences, not the text."""
    out: list[re.Match[str]] = []
    done = 0
    for title in _PLURAL_TITLE.finditer(text):
        start = max(title.end(), done)
        stop = _LIST_END.search(text, start, start + _LEADERS_REACH)
        end = stop.end() if stop else min(len(text), start + _LEADERS_REACH)
        out += [*_NAME_IN_BRACKETS.finditer(text, start, end),
                *_NAME_AFTER_PLACE.finditer(text, start, end)]
        done = max(done, end)
    return out
_SECOND_COUNTERPART = lazy_compile(rf"\s+and\s+(?P<name>{_FULL_NAME})(?!\w|[’'][A-Za-z]{{2}})"
                                  r"(?!\s+[A-Z][a-z])")
# Honorifics stack in formal lists: "H.E. Mr. Vladimir Novak", "Dr the Hon."; at most four
# (a longer run backtracks at every start: quadratic on a page of them).
# The lookahead on the honorifics' first letters lets the engine skip to candidates.
_HONOURED = lazy_compile(
    # "H.E.Wang Yi": a dotted honorific may lack its space
    # ("Sharm el-Sheikh Action Plan": a place's part, no honorific)
    rf"(?=[ABCDFHLMPRSTUVt])(?<![\w.-])(?P<hon>{_HONORIFIC}(?:\s+{_HONORIFIC}){{0,3}})"
    rf"(?:\s+|(?<=\.)(?=[A-Z][a-z]))(?P<name>(?:{_INITIALS})?{_NAME})"
    r"(?!\w|[’'][A-Za-z]{2})")
# (Three capitals at least, one a vowel: "Dr KJ Srinivasa" has initials, not a surname.)
_SURNAME_FIRST = lazy_compile(
    r"(?<![\w.])(?P<hon>Mr|Ms|Mrs|Dr)\.?\s+(?P<surname>(?=[A-Z]*[AEIOUY])[A-Z]{3,}"
    r"(?:-[A-Z]{2,})?)\s+"
    r"(?P<given>[A-Z][a-z]+(?:-[a-z]+)?)\b")
# A person's name and a comma right before a title: the title is that person's appositive.
# A country's adjective: most end so; the others are named ("Slovak", "Uzbek", "Swiss"), as a
# suffix rule would read "Bank", "Press" and "Park" as ones.
_DEMONYM_WORD = (r"(?:[A-Z][a-z]+(?:i|an|ese|ish|ch)|Slovak|Uzbek|Tajik|Kazakh|Kyrgyz|Greek"
                 r"|Swiss|Dutch|Thai)")
# (a demonym may open the title: "Beata Szydło, the Polish Prime Minister, Viktor Orbán, …")
_NAME_BEFORE_COMMA = lazy_compile(rf"(?<![\w.])(?:{_HONORIFIC}\s+)?{_FULL_NAME},\s+(?:the\s+)?"
                                  rf"(?:{_DEMONYM_WORD}\s+)?$")
# Name, then an appositive title: "…Pradhan, Director General, NCB".
_APPOSITIVE = lazy_compile(
    rf",\s+(?P<title>{_TITLE})(?=[,;)]|\.(?:\s|$)|\s+(?!(?:of|for|to|on|at|the|and)\b)[a-z]"
    # "…, President of the Republic of Turkey and H.E. Dr Hassan Rouhani, …"
    rf"|\s+and\s+{_NEXT_HONORIFIC}"
    r"|\s*$)")

# After an appositive title, the next person's honorific or name: the title is theirs.
_NEXT_HOLDER = lazy_compile(rf",\s+(?:Senator\s+)?(?:the\s+)?(?:{_HONORIFIC}\s+"
                          r"|(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+\s*[,;])")
_ONE_NAME_AHEAD = lazy_compile(_NAME)
_TITLE_THEN_COMMA = lazy_compile(rf"\b(?:{_TITLE}),\s+(?:{_HONORIFIC}\s+)*$")


def _title_came_first(text: str, start: int) -> bool:
    """Does a title and a comma come right before the name at `start`, a title of its own
    ("the Prime Minister of Y, H.E. B")? Not one that is the previous name's appositive
    ("Mr. A, Minister of X, Mr. B, Minister of Y")."""
    m = _TITLE_THEN_COMMA.search(text, max(0, start - 160), start)
    return m is not None and not _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 80),
                                                           m.start())


def _next_persons_title(text: str, title_end: int) -> bool:
    """Is the title ending here the next person's ("A, Minister of Foreign Affairs, Senator
    the Hon. B; …")? Not when that person has a title of their own after their name ("A,
    Minister of …, Mr. B, Minister of …"): then each title follows its name."""
    m = _NEXT_HOLDER.match(text, title_end)
    if m is None:
        return False
    if m.group().rstrip()[-1:] in ",;":  # the name is in the match, its comma last
        name_end = m.start() + len(m.group().rstrip()) - 1
    else:
        name = _ONE_NAME_AHEAD.match(text, m.end())
        name_end = name.end() if name else m.end()
    return not _COMMA_TITLE.match(text, name_end)


# Title, comma, name, comma: "Kazakhstan’s First Deputy Minister of Foreign Affairs, Kayrat
# Umarov," and "Japan’s special envoy for Afghanistan, Kansuke Nagaoka," (titles in news
# reports are often in lower case).
_LOWER_TITLE = (r"(?:(?:special|deputy|foreign|prime|first|vice|chief|senior|new|former"
                # "deputy assistant secretary", "foreign affairs undersecretary"
                r"|assistant|executive|permanent|principal|acting|affairs|national|security"
                r")\s+){0,4}"
                r"(?:envoy|representative|minister|ambassador|adviser|advisor"
                r"|secretary(?:\s+of\s+state)?|under-?secretary|commissioner|chairman"
                r"|chairperson|coordinator|head"
                r"|spokesperson|spokesman|president|leader|director|negotiator)(?:[\s-]general)?"
                # "… of the Office of the Foreign Affairs Commission", "… for African affairs"
                r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w’'-]*"
                r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+)?[A-Z][\w’'-]*){0,8}(?:\s+affairs)?)?")
# A title in lower case right before a full name: "Russian foreign minister Sergei Lavrov",
# "secretary general Ban Ki-moon" (two name words at least: "the president Monday" is none).
_LOWER_TITLED = lazy_compile(
    r"(?=[acdefmlnprstv])(?<![\w-])(?P<title>(?:(?:special|deputy|foreign|prime|first|vice"
    r"|chief|senior|defen[cs]e|finance|trade|acting)\s+){0,4}(?:envoy|minister|ambassador"
    r"|secretary(?:\s+of\s+state)?"
    r"|president|premier|chancellor|director|leader|spokes(?:person|man|woman)|negotiator)"
    r"(?:[\s-]general)?)"
    rf"[ \t]+(?P<name>{_FULL_NAME})(?!\w|[’'][A-Za-z]{{2}})" + _NO_MORE_NAME)
_LOWER_OPENERS = (r"special|deputy|foreign|prime|first|vice|chief|senior|new|former|envoy"
                  r"|representative|minister|ambassador|advis[eo]r|secretary"
                  r"|spokes(?:person|man)|president|leader|director|negotiator"
                  # the further words _LOWER_TITLE may open with
                  r"|assistant|executive|permanent|principal|acting|affairs|national|security"
                  r"|under-?secretary|commissioner|chairman|chairperson|coordinator|head")
_TITLE_COMMA = lazy_compile(
    rf"(?=[A-Zacdefhlmnprsuv])\b(?=[A-Z]|(?:{_LOWER_OPENERS})\b)"
    rf"(?P<title>{_TITLE}|{_LOWER_TITLE}),\s+(?:{_HONORIFIC}\s+){{0,3}}"
    rf"(?P<name>{_INITIALS}{_NAME}|{_FULL_NAME})"
    # (past a member's letters: "…, Mr. Charlie Flanagan T.D. and the Minister of State")
    rf"(?=(?:\s+{_MEMBER_LETTERS})?(?:\s*[,.;)]|\s+[a-z]|\s*$))")


# Name, then an appositive title, no honorific: "Satya Narayan Pradhan, Director General".
# A demonym may open the title: "Musaad bin Mohammed Al-Aiban, Saudi Minister of State".
_DEMONYM = rf"(?:{_DEMONYM_WORD}\s+)"
DEMONYM = _DEMONYM  # for participation.py: "Host Vietnamese President …"
_NAMED = lazy_compile(rf"(?=[A-Z])(?<![\w.])(?P<name>{_FULL_NAME})(?:\s+{_MEMBER_LETTERS})?,\s+"
                    r"(?:the\s+|an?\s+)?"
                    rf"(?P<title>{_DEMONYM}?(?:{_TITLE}|{_LOWER_TITLE}))"
                    # ("Puerto Montt, a leader in salmon farming": no title; "…, High
                    # Representative of the European Union …/Vice-President of …": two)
                    r"(?=[,;)/]|\.(?:\s|$)|\s+(?!(?:of|for|to|on|at|the|and|in|among)\b)[a-z]|\s*$)")


# A lower-case title word before a capital: without one, the _LOWER_TITLED scan is skipped.
_LOWER_TITLED_HINT = lazy_compile(
    r"\b(?:envoy|minister|ambassador|secretary|president|premier|chancellor|director|leader"
    r"|spokes\w+|general|negotiator) [A-Z]")
_SECOND_TITLE = lazy_compile(rf"\s+and\s+the\s+(?={_TITLE_MOD}{_TITLE_HEAD}\b)")


def _opening_letters(alternation: str) -> list[str]:
    """The letters each alternative of a "(?:A|B c|D[eo]f)" group opens with ("D")."""
    out = []
    depth, alt = 0, ""
    for ch in alternation.removeprefix("(?:").removesuffix(")") + "|":
        if ch == "|" and depth == 0:  # only top-level bars separate alternatives
            m = re.match(r"[^\W\d_]+", alt)
            if m is None:  # the prefixes would no longer cover every alternative
                raise ValueError(f"title word {alt!r} does not open with letters")
            out.append(m.group())
            alt = ""
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        alt += ch
    return out


# Every place a title can begin: a capitalised title or modifier word, or a lower-case
# title opener. The three title patterns above can only match where this one does (each
# opens with such a word), so they are tried there alone instead of scanning the text
# three times; a word prefix suffices, as no match can start inside a word.
_TITLE_OPENERS = sorted({*_opening_letters(_MOD_WORD), *_opening_letters(_TITLE_HEAD),
                         *_opening_letters(f"(?:{_LOWER_OPENERS})")},
                        key=lambda w: (-len(w), w))


def _by_first_letter(words: list[str]) -> str:
    """An alternation of `words` grouped by their first letter ("C(?:hair|hief)|D(?:…)"):
    the regex engine then tests each letter once, not every word in turn (a quarter
    faster over 1 MB). It matches where the plain alternation does, which is all its
    users need (a match ends inside the word either way)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


_OPENERS = _by_first_letter(_TITLE_OPENERS)
_TITLE_START = lazy_compile(rf"(?=[A-Zacdefhlmnprsuv])\b(?:{_OPENERS})")
# Every _NAMED match holds ", [the ]Title…": where no title word follows a comma anywhere,
# the (slower) _NAMED scan cannot match and is skipped.
_COMMA_TITLE = lazy_compile(rf",\s+(?:the\s+|an?\s+)?{_DEMONYM}?(?:{_OPENERS})")


# Characters a _FULL_NAME can hold (its words, their joiners, the spaces between them).
_NAME_CHARS = lazy_compile(rf"[{_UP}{_LOW}A-Za-z’'\-.\s]")


_NAME_RUNS = 11  # a _FULL_NAME: up to six name words with a particle between each two


def _named_starts(text: str) -> list[int]:
    """Every position where a _NAMED match can begin, in order.

    A match is "Name Name, [the ]Title": its comma is one that _COMMA_TITLE finds, and the
    name before it is at most _NAME_RUNS words (runs without spaces) of name characters
    (six name words and the particles between them). Only the
    capitals there that no word character or full stop precedes (the pattern's own
    conditions) can start a match, so _NAMED is tried at those few places instead of
    scanning the whole text with a pattern that backtracks at every capital.
    """
    out: set[int] = set()
    for comma in _COMMA_TITLE.finditer(text):
        pos = comma.start()
        runs = 0
        # Walk back over the runs of name characters a name can hold, and the spaces.
        while pos > 0 and runs < _NAME_RUNS:
            while pos > 0 and text[pos - 1].isspace():
                pos -= 1
            run_end = pos
            while pos > 0 and not text[pos - 1].isspace() and _NAME_CHARS.match(text[pos - 1]):
                pos -= 1
            if pos == run_end:
                break  # not a name character: no name reaches further back
            runs += 1
            if pos > 0 and not text[pos - 1].isspace():
                break  # the run is cut by another character
        for q in range(pos, comma.start()):
            if "A" <= text[q] <= "Z" and (q == 0 or not (text[q - 1].isalnum()
                                                         or text[q - 1] in "_.")):
                out.add(q)
    return sorted(out)


# Words that never belong to a person's name, though they are capitalised.
_NOT_NAME = {
    "The", "This", "These", "That", "According", "During", "On", "In", "At", "For", "Of",
    "And", "But", "Both", "All", "Our", "We", "They", "Special", "Session", "Republic",
    # the end of a state's official name before its minister's name: "Minister of Foreign
    # Affairs of the Russian Federation Sergey Lavrov", "… of the Islamic Revolution …"
    "Federation", "Confederation", "Emirates", "Sultanate", "Principality", "Revolution",
    "Jamahiriya",
    "Department", "State", "States", "United", "Ministry", "Office", "Government", "Council",
    "Union", "Nations", "Conference", "Meeting", "Working", "Group", "Statement", "Joint",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Affairs", "Foreign", "Security", "Afghan", "Central",
    "Asian", "South", "North", "East", "West", "International", "Regional", "National",
    "Islamic", "Kingdom", "House", "White", "Affair", "Delegation", "Delegations",
    "Policy", "Control", "Drug", "Development", "Cooperation", "Justice", "Defense", "Defence",
}
_NOT_NAME |= set(re.findall(r"[A-Z][a-z]+", _TITLE_HEAD + _TITLE_MOD)) - {"West"}
# and their plurals: "Deputy Prime Ministers of Samoa and Tonga" names no one
_NOT_NAME |= {f"{word}s" for word in re.findall(r"[A-Z][a-z]+", _TITLE_HEAD)
              if not word.endswith("s")} | {"Secretaries"}
# ... which reads "Advis[eo]r" as "Advis": the words themselves ("the Chief Adviser, H.E. …").
_NOT_NAME |= {"Adviser", "Advisor", "Advisers", "Advisors"}
# Places and documents after a title word: "the Office of the President on Shiv Chanderpaul
# Drive", "the General Agreement for the Termination of the Conflict".
_NOT_NAME |= {"Drive", "Street", "Road", "Avenue", "Boulevard", "Square", "Palace", "Building",
              "Airport", "Hotel", "Agreement", "Accord", "Accords", "Treaty", "Convention",
              "Charter", "Protocol", "Declaration", "Memorandum", "Framework", "Roadmap",
              "Plan", "Radio", "Dialogue",  # ("FM Radio Jakarta", "the 2+2 FM Dialogue")
              # events: "… Germany During the Weimar Triangle Summit" (a title-case heading)
              "Summit", "Summits", "Retreat", "Talks", "Consultations"}
# honorifics, never a name alone
_NOT_NAME |= {"Mr", "Mrs", "Ms", "Dr", "Prof", "Excellency", "Highness", "Shaikh", "Sayyid",
              "Hon", "Rt", "Honourable", "Honorable", "Majesty", "Dato", "Datuk", "Shri",
              "Smt", "Lord", "Lady", "Baroness", "Baron", "Madam", "Madame", "Professor",
              "Excellencies", "Arch", "Engr", "Barr", "Ayatollah", "Hojatoleslam",
              "Seyyed",  # Persian honorific ("Sayyed" is also a Lebanese surname)
              # "Minister Assisting the Prime Minister on Counter-Terrorism"
              "Assisting"}
_NOT_NAME |= {"Assembly", "General", "Group", "Forces", "Force", "Parliament", "Congress",
              "Senate", "Court", "Bureau", "Agency", "Commission", "Committee", "Secretariat",
              "League", "Organization", "Organisation", "Community", "Forum", "Alliance",
              "Movement", "Front", "Authority", "Bank", "Fund", "Programme", "Program"}
# An office's status after its title ("President Elect of the Republic of Namibia") and
# portfolio nouns in a list of them ("Minister of Agriculture, Animal Husbandry and
# Fisheries, H.E. …").
# Groups a plural title may name ("the Foreign Ministers of the Neighboring Countries of Iraq").
_NOT_NAME |= {"Countries", "Members", "Parties", "Neighboring", "Neighbouring", "Neighbors",
              "Neighbours", "Presidency"}
_NOT_NAME |= {"Elect", "Designate", "Husbandry", "Fisheries", "Agriculture", "Livestock",
              "Forestry", "Tourism", "Mines", "Energy", "Education", "Health", "Finance"}
# Family names that come first in Chinese and Korean usage ("Xi Jinping" is "President Xi",
# "Ban Ki-moon" is "Secretary-General Ban", "Lee Hsien Loong" is "Prime Minister Lee"): the
# common ones, which a bare mention may name the person by. ("He" is left out: a pronoun.)
FAMILY_NAME_FIRST = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang",
    "Xi", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan",
    "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao",
    "Jin", "Fu", "Qin", "Bai", "Cui", "Kong", "Meng", "Qian", "Shi", "Wen", "Yan", "Zou",
    "Hou", "Mao", "Qiu", "Tan", "Gu", "Zhong", "Chou", "Chiang",
    "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Moon",
    "Ban", "Roh", "Hwang", "Yoo", "Shin", "Kwon", "Ahn", "Hong", "Jeon", "Ko", "Oh",
}
# Honorifics that are also a given name's middle part ("Hassan Sheikh Mohamud"): a title
# word only where the name would open with them.
_INNER_NAME = {"Sheikh", "Shaikh", "Sayyid"}
_COMMON_FIRST = {"West", "North", "South", "East"}  # real surnames too; allowed after a first name


@dataclass(frozen=True)
class PersonMention:
    """A person found in text: the name span, the full span with title, and the title."""

    name: str
    start: int  # of the name
    end: int
    role: str | None
    role_start: int  # where the title (or honorific) begins
    role_end: int

    def __post_init__(self) -> None:
        # A nickname in quotes is no part of the name: "Joko “Jokowi” Widodo" is Joko Widodo.
        if "“" in self.name or '"' in self.name or "‘" in self.name:
            object.__setattr__(self, "name", " ".join(_NICKNAME.sub(" ", self.name).split()))


# Nouns that end a title's subject ("Under Secretary for Economic Growth Jose W. Fernandez"):
# a leading one belongs to the title, not to the name.
_TITLE_TOPICS = {
    "Growth", "Affairs", "Resources", "Security", "Control", "Rights", "Development", "Policy",
    "Energy", "Environment", "Trade", "Defense", "Defence", "Intelligence", "Cooperation",
    "Relations", "Management", "Justice", "Health", "Education", "Finance", "Commerce",
    "Democracy", "Counterterrorism", "Narcotics", "Enforcement", "Migration", "Population",
    "Refugees", "Diplomacy", "Operations", "Planning", "Climate", "Technology", "Agriculture",
    "Reform", "Issues", "Africa", "Asia", "Europe", "Americas", "Afghanistan", "Pakistan",
    "Iran", "Syria", "Sudan", "Ukraine", "Russia", "China", "Korea", "Peace", "Assistance",
    "Humanitarian", "Programs", "Law", "Investment", "Transport", "Communications", "Labor",
    "Sahel", "Horn", "Region", "Lakes", "Emirates", "Arabia", "Kingdom", "States",
    "Freedom", "Freedoms", "Religious", "Labour", "Women", "Children", "Youth",
    "Oceans", "Space", "Cyberspace", "Sanctions", "Arms", "Nonproliferation",
    # a portfolio's last words ("Minister of Foreign Affairs, Migration and Tunisians Abroad
    # Othman Jerandi", "Special Representative for Afghanistan Reconciliation Zalmay Khalilzad")
    "Abroad", "Expatriates", "Expatriate", "Emigrants", "Diaspora", "Overseas", "Reconciliation",
    "Integration", "Worship", "Francophonie", "Veterans", "Infrastructure", "Industry",
    "Culture", "Information", "Interior", "Economy", "Mining", "Sports",
}


# Months that are names too ("Theresa May", "January Makamba", "April Glaspie"): a name
# word next to another name word, where no day or year follows (find_people). The month
# alone after a title ("Prime Minister May") stays no name: "the Minister May 13" is a date.
_NAME_MONTHS = {"January", "April", "May", "June", "August"}
_DAY_AFTER = lazy_compile(r"[ \t]*+,?[ \t]*+\d")
# "May" then a verb's bare form is the modal ("Putin May visit China"), not "Theresa May
# visited", "May said", "May will" or "May and …".
_MODAL_MAY = lazy_compile(r"[ \t]+(?:also[ \t]+|not[ \t]+)?(?!(?:will|would|has|had|is|was|and"
                          r"|or|to|of|in|on|at|for|with|who|met|said|held|told|led|spoke|made"
                          r"|gave|took|sent|paid|left|came|went|saw|wrote|set|put|stood|sought"
                          r"|began|won|lost|felt|kept|meant|brought|thought|struck|spent)\b)"
                          r"[a-z]+(?<![sd])\b")


def _month_in_name(words: list[str], n: int) -> bool:
    """Is words[n] a month that is a name here, beside a name word of the same name?"""
    if words[n] not in _NAME_MONTHS:
        return False
    before = words[n - 1] if n > 0 else None
    after = words[n + 1] if n + 1 < len(words) else None
    return any(w is not None and w not in _NOT_NAME and w not in _TITLE_TOPICS
               for w in (before, after))


def valid_name(name: str) -> bool:
    """Could these capitalised words be a person's name (no title, place or month word)?"""
    words = name.split()
    if len(words) == 1:
        return len(words[0]) > 2 and words[0] not in _NOT_NAME and words[0] not in _TITLE_TOPICS
    for n, word in enumerate(words):
        if word in _NOT_NAME and not (n > 0 and word in _COMMON_FIRST) and \
                not (n > 0 and word in _INNER_NAME and words[n - 1] not in _NOT_NAME) and \
                not _month_in_name(words, n):
            return False
        # "Human Rights" in "Assistant Secretary for Democracy, Human Rights, and Labor".
        if word in _TITLE_TOPICS and word not in _COMMON_FIRST:
            return False
    return True


def _clean_role(role: str) -> str:
    role = " ".join(role.split())
    # An honorific between the title and the name ("Minister of Foreign Affairs Sheikh …")
    # is no part of the title.
    role = _TRAILING_HONORIFIC.sub("", role)
    role = _TRAILING_ABBREVIATION.sub("", role)  # "Prime Minister (PM)"
    # "Saudi Foreign Minister Prince Saud Al-Faisal": the rank before the name is no office.
    role = _TRAILING_RANK.sub("", role) or role
    # "Polish PM Mateusz Morawiecki" holds the office "the Polish Prime Minister" names.
    role = _ABBREVIATED_TITLE.sub(lambda m: _TITLE_IN_FULL[m.group()], role)
    # A country prefix ("U.S. Special Representative") is whom they represent, not the role.
    return re.sub(r"^(?:the\s+)?", "", role)


# "… of Azerbaijan and Mrs" (the next person's honorific): neither is part of the title.
_TRAILING_HONORIFIC = lazy_compile(rf"(?:\s+(?:and\s+)?{_HONORIFIC})+$")
_TRAILING_ABBREVIATION = lazy_compile(r"\s*\([A-Z]{2,6}\)$")
# (Only after an office: "Crown Prince" is one.)
_TRAILING_RANK = lazy_compile(r"(?<=\S)(?<!Crown)\s+(?:Crown\s+)?(?:Prince|Princess|Sheikh"
                              r"|Shaikh)$")


_ROMAN = lazy_compile(r"[IVXL]+")


def _in_ordinary_case(p: PersonMention) -> PersonMention:
    """"Bola Ahmed TINUBU" is named "Bola Ahmed Tinubu" (the written form stays an alias)."""
    words = p.name.split()
    def in_capitals(word: str) -> bool:  # a regnal numeral ("Mswati III") stays as it is
        return len(word) > 2 and word.isupper() and not _ROMAN.fullmatch(word)

    if not any(in_capitals(w) for w in words[1:]):
        return p
    # Letter for letter ("TAYYİP" -> "Tayyİp", not the longer "Tayyi̇p").
    # Each part of a hyphenated surname: "AKUFO-ADDO" -> "Akufo-Addo".
    name = " ".join("-".join(capitalised(part) if part else part for part in w.split("-"))
                    if in_capitals(w)
                    else w for w in words)
    return PersonMention(name, p.start, p.end, p.role, p.role_start, p.role_end)


def _without_possessive(p: PersonMention) -> PersonMention:
    if p.name.endswith(("’s", "'s")):
        return PersonMention(p.name[:-2], p.start, p.end - 2, p.role, p.role_start, p.role_end)
    return p


_TITLE_IN_FULL = {"PM": "Prime Minister", "FM": "Foreign Minister",
                  "EAM": "External Affairs Minister"}
_ABBREVIATED_TITLE = lazy_compile(r"\b(?:PM|FM|EAM)\b")
_CLOCK_BEFORE = lazy_compile(r"\d[ \t]*$")
_DEPARTMENT_TITLED = lazy_compile(
    rf"(?P<title>{_TITLE_MOD}{_TITLE_HEAD}{_DEPARTMENT})[ \t]+(?P<name>{_NAME_WORD})"
    r"[ \t]+(?:and|or)\b")


# Places and bodies named after a person: "Ratu Sukuna Park", "Adi Sucipto International
# Airport", "the Tun Hussein Onn National Eye Hospital"; and Malay street names.
_NAMED_PLACE_WORDS = ("Park", "Exchange", "Hospital", "Airport", "Foundation", "Road",
                      "Street", "Avenue", "Stadium", "Hall", "Centre", "Center", "University",
                      "School", "College", "Bridge", "Square", "Mosque", "Museum", "Library",
                      "Building", "Tower", "Port", "Station", "Institute", "Trust", "Highway",
                      "Garden", "Gardens", "Memorial", "Prize", "Award", "Lecture",
                      "Scholarship")
NAMED_PLACE_WORDS = _NAMED_PLACE_WORDS  # for untitled.py: no person's name ends so
_NAMED_PLACE_AFTER = lazy_compile(rf"(?:[ \t]+[A-Z][\w’'-]*){{0,3}}?[ \t]+"
                                  rf"(?:{'|'.join(_NAMED_PLACE_WORDS)})\b")
_STREET_BEFORE = lazy_compile(r"\b(?:Jalan|Jln\.?|Lebuh|Persiaran|Lorong)\s+$")


def _department_name_within(text: str, m: re.Match[str]) -> bool:
    """Does a title with its department and a one-word name ("Secretary of Commerce Daley")
    open this longer title, before an "and" that joins the next person?"""
    short = _DEPARTMENT_TITLED.match(text, m.start())
    return short is not None and short.end() <= m.start("name") and \
        short.group("name") not in _NOT_NAME and short.group("name") not in _TITLE_TOPICS


def find_people(text: str, country_ends: Container[int] = ()) -> list[PersonMention]:
    """Named people with their titles, in text order, without overlaps. `country_ends` are
    where the country names of the text end: leaders listed after their countries ("the
    Presidents of Cyprus (Nikos Anastasiades) and France (François Hollande)") are read only
    after one of them ("Sochi (Krasnodar Territory)" names a place)."""
    found: dict[int, PersonMention] = {}
    # Name spans taken so far: a bytearray marks them, so the overlap test is O(length).
    taken = bytearray(len(text))
    starts = [m.start() for m in _TITLE_START.finditer(text)]
    for m in [*_matches_at(_TITLED, text, starts), *_matches_at(_TITLED_SHORT, text, starts)]:
        if taken[m.start("name")]:
            continue
        if m.group("title").startswith("PM") and _CLOCK_BEFORE.search(
                text, max(0, m.start() - 8), m.start()):
            continue  # "at 3 PM Tokyo time": a time, not a prime minister
        if _department_name_within(text, m):
            continue  # "Secretary of Commerce Daley and USTR Ambassador Barshefsky": two people
        name, start = m.group("name"), m.start("name")
        name_end = m.end("name")
        if name.rsplit(None, 1)[-1] in _WEEKDAY_WORDS and " " in name:
            # "President Alberto Fernández Monday celebrated": the weekday is no name word.
            name = name.rsplit(None, 1)[0]
            name_end = start + len(name)
        while " " in name and name.rsplit(None, 1)[-1] in _NEXT_TITLE_WORDS:
            # "H.E. Chief Olusegun OBASANJO President of …": the title after the name, no comma
            name = name.rsplit(None, 1)[0]
            name_end = start + len(name)
        if name.endswith(" May") and _MODAL_MAY.match(text, name_end):
            name = name[:-4]  # "President Putin May visit China": the modal verb
            name_end = start + len(name)
        if name.rsplit(None, 1)[-1] in _NAME_MONTHS and _DAY_AFTER.match(text, name_end):
            if " " not in name:
                continue  # "the Foreign Minister May 13": a date
            name = name.rsplit(None, 1)[0]  # "Foreign Minister Lavrov May 13 said"
            name_end = start + len(name)
        # The title's last words may have been read as the name's first ones ("… Director
        # General for the International Organizations Department Pham Hai Anh"): the name
        # starts after the last title or topic word in it.
        words = name.split()
        last_title_word = max((n for n, w in enumerate(words[:-1])
                               if (w in _TITLE_TOPICS or w in _NOT_NAME)
                               and not (n and w in _INNER_NAME
                                        and words[n - 1] not in _NOT_NAME)
                               and not _month_in_name(words, n)), default=-1)
        for _ in range(last_title_word):
            head = name.split()[0]
            skip = text.index(head, start) + len(head)
            while text[skip].isspace():
                skip += 1
            name, start = text[skip:name_end], skip
        while len(name.split()) > 1 and (name.split()[0] in _TITLE_TOPICS
                                         or name.split()[0] in _NOT_NAME) \
                and not _month_in_name(name.split(), 0):
            head = name.split()[0]
            skip = text.index(head, start) + len(head)
            while text[skip].isspace():
                skip += 1
            name, start = text[skip:name_end], skip
        if not valid_name(name):
            continue
        if start != m.start("name") and _ABBREVIATED_TITLE.fullmatch(
                m.group("title").split()[-1]):
            continue  # "FM Radio Jakarta": what follows an abbreviation is no title of it
        found[start] = PersonMention(
            name, start, name_end, _clean_role(text[m.start("title"):start]),
            m.start("title"), start)
        taken[start:name_end] = b"\x01" * (name_end - start)
    for m in _matches_at(_TITLE_COMMA, text, starts):
        name, start = m.group("name"), m.start("name")
        if start in found or not valid_name(name):
            continue
        if _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 80), m.start()) and \
                _COMMA_TITLE.match(text, m.end("name")):
            # "Mr. A, Minister of Foreign Affairs of Turkey, Mr. B, Minister …": B has a title
            # of his own after his name, so the one between is A's (an appositive).
            continue
        # "the Prime Minister of Malaysia and the President of Indonesia, Joko Widodo": two
        # titles; the person's is the one next to the name.
        title_start = m.start("title")
        for joint in _SECOND_TITLE.finditer(text, title_start, m.end("title")):
            title_start = joint.end()
        found[start] = PersonMention(name, start, m.end("name"),
                                     _clean_role(text[title_start:m.end("title")]),
                                     title_start, m.end("title"))
    for m in _LOWER_TITLED.finditer(text) if _LOWER_TITLED_HINT.search(text) else ():
        name, start = m.group("name"), m.start("name")
        if start in found or taken[start] or len(name.split()) < 2 or not valid_name(name) \
                or name.split()[0] in _NOT_NAME or name.split()[0] in _TITLE_TOPICS:
            continue
        found[start] = PersonMention(name, start, m.end("name"), _clean_role(m.group("title")),
                                     m.start("title"), m.end("title"))
        taken[start:m.end("name")] = b"\x01" * (m.end("name") - start)
    for m in _matches_at(_NAMED, text, _named_starts(text)):
        name, start = m.group("name"), m.start("name")
        if start in found or taken.find(1, start, m.end("name")) != -1 or not valid_name(name) \
                or _next_persons_title(text, m.end("title")) or _title_came_first(text, start):
            # A title followed by the next person's name is that person's; a name whose
            # title came before it ("the President of X, H.E. A, the Prime Minister of Y,
            # H.E. B") has no title after it; nor has a name a titled one already holds
            # ("Minister … of Japan Seiji Maehara, Minister …": not "Japan Seiji Maehara").
            continue
        found[start] = PersonMention(name, start, m.end("name"), _clean_role(m.group("title")),
                                     m.start("title"), m.end("title"))
    for m in _HONOURED.finditer(text):
        name = m.group("name")
        # A title written after the name with no comma ("Hon Dikgakgamatso Seretse Minister
        # of Defence", "HE Noellie Alexander High Commissioner") is not part of it.
        words = list(re.finditer(r"\S+", m.group("name")))
        cut = next((n for n, w in enumerate(words) if n and w.group() in _NOT_NAME), None)
        name_end = m.end("name") if cut is None else m.start("name") + words[cut - 1].end()
        name = text[m.start("name"):name_end]
        if m.start("name") in found or words[0].group() in _NOT_NAME or (
                not valid_name(name) and len(name.split()) > 1):
            continue  # "HE Deputy Prime Minister …": a title follows, the name comes later
        if " " not in name and m.group("hon").split()[-1] in ("Sir", "Dame"):
            continue  # a knight has a given name too: "Sir Creek" is a place
        if name.split()[-1] in _NAMED_PLACE_WORDS or \
                _NAMED_PLACE_AFTER.match(text, name_end) or \
                _STREET_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Ratu Sukuna Park", "Tun Razak Exchange", "Jalan Tun Razak"
        start, end = m.start("name"), name_end
        role, r0, r1 = None, m.start(), m.end("hon")
        app = _APPOSITIVE.match(text, end)
        if app and (_next_persons_title(text, app.end("title"))
                    or _title_came_first(text, m.start())):
            # "…, Minister of Foreign Affairs, Senator the Hon. B": B's title; and in "the
            # President of X, H.E. A, the Prime Minister of Y, H.E. B" titles come first.
            app = None
        if app:
            role, r0, r1 = _clean_role(app.group("title")), app.start("title"), app.end("title")
        found[start] = PersonMention(name, start, end, role, r0, r1)
    for m in _SURNAME_FIRST.finditer(text):
        # Japan's foreign ministry writes "Mr. MOTEGI Toshimitsu": the surname in capitals
        # first. The person is named in the usual order, "Toshimitsu Motegi".
        start = m.start("surname")
        if start in found or taken[start]:
            continue
        name = f"{m.group('given')} {capitalised(m.group('surname'))}"
        found[start] = PersonMention(name, start, m.end("given"), None, m.start(), m.end("hon"))
    for m in _leaders_listed(text) if country_ends else ():
        name, start = m.group("name"), m.start("name")
        place_end = m.end("place") if "place" in m.re.groupindex else m.start()
        if start in found or taken[start] or not valid_name(name) or \
                place_end not in country_ends:
            continue
        found[start] = PersonMention(name, start, m.end("name"), None, start, start)
    for m in _COUNTERPART.finditer(text):
        name, start = m.group("name"), m.start("name")
        if start in found or taken[start] or not valid_name(name):
            continue
        # The word "counterpart" stands where a title would: a country named right before it
        # ("his Australian counterpart Marise Payne") is whom the person represents.
        found[start] = PersonMention(name, start, m.end("name"), None, m.start(), m.start())
        # "his Iranian and Tajik colleagues, Hossein Amirabdollahian and Sirojiddin
        # Muhriddin": counterparts, plural, named two together.
        second = _SECOND_COUNTERPART.match(text, m.end("name"))
        if m.group().split(None, 1)[0].rstrip(",").endswith("s") and second and \
                valid_name(second.group("name")) and second.start("name") not in found and \
                not taken[second.start("name")]:
            found[second.start("name")] = PersonMention(
                second.group("name"), second.start("name"), second.end("name"), None,
                m.start(), m.start())
    people = [_in_ordinary_case(_without_possessive(found[k])) for k in sorted(found)]
    # A "name" inside another person's title ("…Director of National Drug Control Policy")
    # is part of that title. A title is short and next to its name (before it, or after it
    # as an appositive), so only the neighbouring few people can hold p in theirs.
    # Nor is a name inside another's ("Sheikh Mohamud" in "Hassan Sheikh Mohamud").
    return [p for n, p in enumerate(people) if not any(
        q is not p and ((q.role_start <= p.start and p.end <= q.role_end)
                        or (q.start < p.start and p.end <= q.end))
        for q in people[max(0, n - 3):n + 4])]


# Organisations the gazetteer does not list: a capitalised phrase that ends in a word
# naming a body ("Narcotics Control Bureau", "Ministry of Foreign Affairs"), optionally
# followed by its acronym in brackets.
# ("Police Force" before "Police": the longer head first. "Nigerian Police Force", "the Joint
# Task Force"; not "Force" alone: "Intermediate-Range Nuclear Forces" is a treaty's, "U.S.
# Forces Korea" a command.)
_ORG_HEAD = (
    r"(?:Police\s+Force|Task\s+Force|Border\s+Force|Ministry|Department|Bureau|Agency|Council"
    r"|Commission|Committee|Organi[sz]ation"
    r"|Union|Bank|Fund|Office|Forum|Working Group|Contact Group|Coalition|Alliance|Court"
    # "the International Support Group for Lebanon", "the Core Group on Sri Lanka"
    r"|Support\s+Group|Core\s+Group|Steering\s+Group|Coordination\s+Group"
    r"|Parliament"
    r"|Assembly|Institute|Secretariat|Authority|Programme|Mission|Foundation|Association"
    r"|Federation|League|Corps|Police|Service|Administration|Directorate|Inspectorate"
    # a group of states around a cause: "the Group of Friends on United Nations Reform",
    # "the Friends of Yemen"
    r"|Group\s+of\s+Friends|(?<=[Tt]he\s)Friends(?=\s+of\s+(?:the\s+)?[A-Z])(?!\s+of\s+the\s+Earth))"
)
# A word of an organisation's name: no dots (the last must not swallow a full stop), not a
# piece of a dotted abbreviation ("… of the U.S.–Georgia …" ends before "of"), no possessive,
# and no title word ("… Drug Control Policy Assistant Director Kemp Chester").
_TITLE_WORDS = (r"(?:Deputy|Assistant|Director|Secretary|Minister|Ambassador|Advis[eo]r|Senior"
                r"|Acting|Under|Chief|Head|Attorney|General|Special|President|Chairman"
                r"|Commissioner|Coordinator|Administrator|Representative|Envoy|Spokesperson)")
_WORD = rf"(?!{_TITLE_WORDS}\b)[A-Z][\w-]*+(?!\.[A-Za-z])"
_ORG = lazy_compile(
    rf"(?=[A-Z])(?<![\w’'.-])(?P<name>(?:{_CAP}\s+){{0,5}}(?<!’s\s)(?<!'s\s){_ORG_HEAD}\b"
    rf"(?:\s+(?:of|for|on|against)\s+(?:the\s+)?{_WORD}"
    # "Bureau of Alcohol, Tobacco, Firearms and Explosives": a comma series closed by "and"
    rf"(?:(?:,\s+{_WORD}){{1,4}},?\s+and\s+{_WORD}"
    rf"|\s+(?:and\s+|(?:of|for|against)\s+(?:the\s+)?)?{_WORD}){{0,5}})?)"
    r"(?:(?P<sep>,\s+[A-Z][\w.]*\s+|\s+)\((?P<acr>[A-Z][A-Za-z.&-]{1,9})\))?"
)
# An office named after its holder: "the Attorney General’s Office (FGR)", "the Prime
# Minister’s Office".
_HOLDER_OFFICE = lazy_compile(
    rf"(?<![\w’'.-])(?P<name>(?:(?:{_MOD_WORD}|Solicitor|Prosecutor|Auditor|Inspector"
    rf"|Comptroller)\s+)*(?:{_TITLE_HEAD}|Ombudsman)[’']s\s+Office)"
    r"(?:\s+\((?P<acr>[A-Z][A-Za-z.&-]{1,9})\))?")
# A title whose portfolio follows the body it serves: "High Representative of the Union for
# Foreign Affairs …", "Special Representative of the African Union for Somalia".
_PORTFOLIO_TITLE_BEFORE = lazy_compile(r"\bRepresentative\s+of\s+(?:the\s+)?$")
_OFFICE_HOLDER_AFTER = lazy_compile(r" (?:Adviser|Advisor)\b")
_TITLE_OPENERS_AFTER_BODY = {"Joint", "Additional", "Deputy", "Principal", "Acting", "Senior"}
_ORG_STOP = {"The", "A", "An", "According", "During", "In", "On", "At", "Our", "Both", "This",
             "These", "Its", "Their", "His", "Her", "And", "Of", "For", "While", "With"}


@dataclass(frozen=True)
class OrgMention:
    """An organisation found by its shape: name span and the acronym defined for it."""

    name: str
    start: int
    end: int
    acronym: str | None


_ORDINAL = lazy_compile(
    r"\d+(?:st|nd|rd|th)|(?:[A-Z][a-z]+-)?(?:Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth)|[A-Z][a-z]+-(?:First|Second)"
    r"|[A-Z][a-z]+-[a-z]+(?:first|second|third|th)")


def _initials_fit(name: str, acronym: str) -> bool:
    """Do the acronym's letters fit the name's capitals? Also when they stop before the
    name's topic: "International Contact Group on Somalia (ICG)"."""
    bare = acronym.replace(".", "").upper()
    body = re.split(r"\s(?:on|for)\s", name, maxsplit=1)[0]
    for part in (name, body):
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", part))
        if bare in (initials, initials.replace("O", "")):
            return True
    return False


def _letters_fit(name: str, acronym: str) -> bool:
    """Looser than _initials_fit, for a name defined in brackets: every word's initial (each
    part of a hyphenated word counts) is in the acronym, in order, and the acronym's letters
    are the name's, in order, at most one more than the initials: "Asia-Europe Meeting
    (ASEM)", "High-Level Dialogue (HLD)"."""
    if acronym.endswith("s"):
        return False  # a plural: "Sustainable Development Goals (SDGs)" names things
    bare = acronym.replace(".", "").upper()
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’']*", name))
    letters = iter(bare)
    if not initials or bare[0] != initials[0] or len(bare) > len(initials) + 1 or \
            not all(c in letters for c in initials):
        return False
    letters = iter(name.upper())
    return all(c in letters for c in bare)


def find_organizations(text: str) -> list[OrgMention]:
    """Organisations by shape, in text order."""
    out: list[OrgMention] = []
    for m in _ORG.finditer(text):
        words = m.group("name").split()
        start = m.start("name")
        # Drop leading words that only start the sentence ("The", "According"), and all
        # before a sentence start inside the match ("… D.C. The Office of …").
        # A session's number is no part of the body's name ("The Twenty-Eighth South Pacific
        # Forum", "its 14th Ordinary Session").
        cut = max((n for n, w in enumerate(words) if w in _ORG_STOP or _ORDINAL.fullmatch(w)
                   or (w.endswith(".") and n + 1 < len(words) and words[n + 1] in _ORG_STOP)),
                  default=-1)
        if cut >= 0:
            for w in words[:cut + 1]:
                start = text.index(w, start) + len(w)
            words = words[cut + 1:]
            if words:
                start = text.index(words[0], start)
        # A title's first word after the body: "Ministry of External Affairs Joint Secretary
        # Shri …" (the title word itself stops the name, its modifier does not).
        while len(words) > 2 and words[-1] in _TITLE_OPENERS_AFTER_BODY:
            words = words[:-1]
        name = " ".join(words)
        if len(words) < 2 or re.fullmatch(_ORG_HEAD, name):
            continue  # "Working Group" alone names no particular body
        # where the last word kept ends (words may have been cut from either end)
        end = text.rfind(words[-1], start, m.end("name")) + len(words[-1])
        # An office named after its holder, whose title word stopped the name: "Office of the
        # National Security Adviser"
        holder = _OFFICE_HOLDER_AFTER.match(text, end) if name.startswith("Office of") and \
            end == m.end("name") else None
        if holder:
            name += holder.group()
            end = holder.end()
        if " Union for " in name and \
                _PORTFOLIO_TITLE_BEFORE.search(text, max(0, start - 40), start):
            # "High Representative of the European Union for Foreign Affairs and Security
            # Policy", "Special Representative of the African Union for Somalia": the
            # portfolio after "for" is the title's, the body is the Union. (A body's own
            # name may hold "for": "the Representative of the Organization for the
            # Prohibition of Chemical Weapons".)
            name = name.split(" for ", 1)[0]
            out.append(OrgMention(name, start, start + len(name), None))
            continue
        acr = m.group("acr")
        # An acronym after ", India (NCB)" belongs to the name only if its initials fit.
        if acr and m.group("sep").startswith(",") and not _initials_fit(name, acr):
            acr = None
        out.append(OrgMention(name, start, end, acr))
    # Look only near "’s Office": scanning the whole text with this pattern costs more.
    pos = text.find("s Office")
    seen = -1
    while pos >= 0:
        m = _HOLDER_OFFICE.search(text, max(0, pos - 80), pos + 40)
        while m is not None and m.end("name") < pos:
            m = _HOLDER_OFFICE.search(text, m.end(), pos + 40)
        if m is not None and m.start("name") > seen:
            seen = m.start("name")
            out.append(OrgMention(m.group("name"), seen, m.end("name"), m.group("acr")))
        pos = text.find("s Office", pos + 8)
    out.extend(_defined_names(text, out))
    out.sort(key=lambda o: o.start)
    return out


# A name defined with its acronym, whatever its last word: "Central European Initiative
# (CEI)", "Trilateral Strategic Dialogue (TSD)", "Visegrad Group (V4)". Only where "(" is.
_DEFINED = lazy_compile(
    # ("International Conference on the Great Lakes Region (ICGLR)")
    rf"(?P<name>(?:{_CAP}\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){{1,6}}{_CAP})\s+"
    r"\((?P<acr>[A-Z][A-Za-z0-9.&+-]{1,9})\)")


# What a defined name ending in these words names is a document or a plan, not a body.
_DOCUMENT_WORDS = {"Agreement", "Agreements", "Treaty", "Accord", "Accords", "Convention",
                   "Charter", "Protocol", "Declaration", "Memorandum", "Plan", "Strategy",
                   "Roadmap", "Framework", "Act", "Resolution", "Statement", "Communiqué",
                   "Action"}  # ("Joint Comprehensive Plan of Action (JCPOA)")


_NAME_JOINERS = ("of", "for", "and", "on", "the")


def _fits_later(words: list[str], acronym: str, digits: bool) -> bool:
    """Does the acronym fit not these words but the name some later capitalised word opens?"""
    if _acronym_fits(" ".join(words), acronym, digits):
        return False
    return any(_acronym_fits(" ".join(words[k:]), acronym, digits)
               for k in range(1, len(words) - 1) if words[k] not in _NAME_JOINERS)


def _acronym_fits(name: str, acronym: str, digits: bool) -> bool:
    return _initials_fit(name, acronym) or _letters_fit(name, acronym) or (
        digits and acronym[0] == name[:1])


def _defined_names(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """Names followed by a fitting acronym in brackets that the head-word scan missed."""
    covered = {o.end for o in found}
    out: list[OrgMention] = []
    pos = text.find(" (")
    while pos >= 0:
        m = _DEFINED.search(text, max(0, pos - 120), pos + 14)
        while m is not None and m.end("name") < pos:
            m = _DEFINED.search(text, m.end("name") + 1, pos + 14)
        pos = text.find(" (", pos + 2)
        if m is None or m.end("name") in covered:
            continue
        words = m.group("name").split()
        start = m.start("name")
        # Sentence openers and titles before the name are not part of it; nor are the
        # words before a body the acronym names ("the Heads of State and Government of the
        # International Conference on the Great Lakes Region (ICGLR)").
        acr = m.group("acr")
        digits = any(c.isdigit() for c in acr)
        while words and (words[0] in _ORG_STOP or re.fullmatch(_TITLE_WORDS, words[0])
                         or words[0].endswith(".") or _fits_later(words, acr, digits)):
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
            while words and words[0] in _NAME_JOINERS:
                start = text.index(words[0], start) + len(words[0])
                words = words[1:]
        if len(words) < 2 or words[-1] in _DOCUMENT_WORDS:
            continue  # "Strategic Partnership Agreement (SPA)": a text, not a body
        name = " ".join(words)
        if not _acronym_fits(name, acr, digits):
            continue
        start = text.index(words[0], start)
        out.append(OrgMention(name, start, m.end("name"), acr))
        covered.add(m.end("name"))
    return out
