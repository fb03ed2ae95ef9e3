"""The lookups: each command that answers from named entries or whole articles, as a function
of a knowledge base returning an :class:`Answer`.

/who, /when, /define and /quote find an entry by any of its names (typos forgiven) and gather
what every article says about it; /summary, /source and /timeline show articles, or the knowledge
base as a whole. The engine runs them for their commands; /ask runs them for questions that are
only a name ("When was the SCM?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .answers import Answer, Field, Item, Kind, Source, cite, cite_label, echo, not_found, several_match
from .fuzzy import ACCEPT, Match
from .index import KnowledgeBase
from .merge import dated_by, first_with, history, shown_name, sort_key
from .models import ArticleFile, Entity, EntityKind, Event, Organization, Person
from .numerals import suffixed
from .search import rank
from .text import STOPWORDS, name_key, normalize, words
from .units import DocKind, Entry
from .vocabulary import phrase

MAX_ITEMS = 50  # list answers keep this many; pagination shows them 5 to a page
TIMELINE_ROWS = 200  # a timeline across many articles keeps its latest rows (40 pages)


# --- articles -----------------------------------------------------------------------


def _article_or_answer(kb: KnowledgeBase, command: str, key: str | None) -> ArticleFile | Answer:
    if not kb.articles:
        return _empty(command)
    key = key if key and kb.by_id(key.strip()) else article_named(key)  # an id, or words typed
    if (
        key
        and (number := _LISTED_RE.fullmatch(key.strip()))
        and 0 < int(number[1]) <= len(kb.catalog.ordered)
    ):
        return kb.catalog.ordered[int(number[1]) - 1]  # "/summary 2": the second that /source lists
    article, suggestions = kb.article(key)
    if article is None and len(several := _titles_holding(kb, key or "")) > 1:
        if command == "source":  # "/source freedom shield": the articles it names, not "no article"
            return sources(kb, several)
        return several_match(command, "articles", key or "", [a.article.title for a in several])
    if article is None:
        return not_found(command, "article", key or "", suggestions)
    return article


_NOT_A_TITLE = frozenset(
    "the a an this that it article articles story stories piece news pls please plz".split()
)
_LEADING_RE = re.compile(r"^\s*(?:of|on|for|about|from|in)\s+", re.IGNORECASE)


def article_named(key: str | None) -> str | None:
    """What names an article in what was typed after /summary ("of the camp david article":
    camp david); None if nothing does (the newest, or all)."""
    said = [w for w in _LEADING_RE.sub("", key or "").split() if w.lower() not in _NOT_A_TITLE]
    return " ".join(said) or None


_LISTED_RE = re.compile(r"#?(\d{1,4})\.?", re.ASCII)


def _titles_holding(kb: KnowledgeBase, key: str) -> list[ArticleFile]:
    """The articles whose titles hold every word typed, newest first: "freedom shield" names
    two stories, neither better than the other."""
    said = set(words(key)) - STOPWORDS
    return [a for a in kb.catalog.ordered if said and said <= set(words(a.article.title))]


def summary(kb: KnowledgeBase, article: str | None = None) -> Answer:
    found = _article_or_answer(kb, "summary", article)
    if isinstance(found, Answer):
        return found
    meta = found.article
    people = [e for e in (kb.entity(found, i) for i in found.key_people) if e]
    fields = [Field("Key people", "\n".join(_entity_line(e) for e in people))] if people else []
    dated = sorted((e for e in found.events if e.date), key=_event_order)
    if dated:
        lines = [f"{event_date(e)}: {e.name} {cite_label(cite(found, e.paragraphs))}" for e in dated]
        fields.append(Field("Key dates", "\n".join(lines)))
    fields.append(Field("Source", f"[{meta.outlet}, {meta.published.short()}]({meta.url})"))
    others = len(kb.articles) - 1
    footer = ""
    if not article and others:
        footer = (
            f"The newest of {others + 1} articles. `/summary article:` picks another; "
            "`/source` lists them all."
        )
    return Answer(
        "summary",
        Kind.SUMMARY,
        meta.title,
        found.summary,
        tuple(fields),
        source=Source.of(found),
        footer=footer,
    )


def source(kb: KnowledgeBase, article: str | None = None) -> Answer:
    if not article and len(kb.articles) > 1:
        return sources(kb, kb.articles)
    found = _article_or_answer(kb, "source", article)
    if isinstance(found, Answer):
        return found
    meta = found.article
    fields = [Field("Outlet", meta.outlet, True), Field("Published", meta.published.human(), True)]
    if meta.author:
        fields.append(Field("Author", meta.author, True))
    fields.append(Field("Link", meta.url))
    return Answer(
        "source", Kind.SOURCE, meta.title, meta.standfirst or "", tuple(fields), source=Source.of(found)
    )


def sources(kb: KnowledgeBase, articles: Sequence[ArticleFile]) -> Answer:
    """These articles (every article, or those reporting an event), newest first."""
    items = tuple(
        Item(
            f"{a.article.outlet}, {a.article.published.short()}",
            f"[{a.article.title}]({a.article.url})"
            + (f"\n{a.article.standfirst}" if a.article.standfirst else ""),
        )
        for a in articles[:MAX_ITEMS]
    )
    more = f" (the newest {MAX_ITEMS} shown)" if len(articles) > MAX_ITEMS else ""
    named = _titled if len(articles) <= TITLED else source_short  # a few: which stories they are
    listed = "newest first" if len(articles) == len(kb.articles) else "; ".join(map(named, articles))
    text = f"{len(articles)} articles, {listed}{more}. `/source article:` shows one."
    return Answer("source", Kind.SOURCE, "Sources", text, items=items)


def timeline(kb: KnowledgeBase, article: str | None = None) -> Answer:
    if article and (year := _YEAR_ONLY_RE.fullmatch(article.strip())) and kb.articles:
        return _timeline_of_year(kb, year[0])
    if not article:
        if not kb.articles:
            return _empty("timeline")
        every = kb.timeline.rows
        total = len(every)
        rows = tuple(_timeline_row(kb, key) for *_, key in every[-TIMELINE_ROWS:])
        undated = tuple(sorted(kb.timeline.undated.values()))
        articles = kb.articles
        scope = f"across {_count(len(articles), 'article')}"
        title = "Timeline" if len(articles) > 1 else f"Timeline: {articles[0].article.title}"
        source = None if len(articles) > 1 else Source.of(articles[0])
    else:
        found = _article_or_answer(kb, "timeline", article)
        if isinstance(found, Answer):
            return found
        rows = tuple(
            Item(f"{event_date(e)}: {e.name}", _event_summary(e), cite(found, e.paragraphs))
            for e in sorted((e for e in found.events if e.date), key=_event_order)
        )
        total = len(rows)
        undated = tuple(e.name for e in found.events if not e.date)
        title, scope, source = f"Timeline: {found.article.title}", "in this article", Source.of(found)
    footer = _clipped_list("No date given: ", undated)
    shown = ""
    if total > TIMELINE_ROWS:  # a long story: its latest part, still oldest first
        rows, shown = rows[-TIMELINE_ROWS:], f" (the latest {TIMELINE_ROWS} shown; `article:` narrows it)"
    text = f"{total} dated events {scope}, oldest first{shown}."
    return Answer(
        "timeline",
        Kind.TIMELINE,
        title,
        text,
        items=rows,
        source=source,
        footer=footer,
        matched=bool(rows),
    )


# --- lookups ------------------------------------------------------------------------


def is_person(kb: KnowledgeBase, group: str) -> bool:
    """Whether an entity identity is a person in any article giving it."""
    return any(e.item.kind == EntityKind.PERSON for e in kb.members("entity", group))


def who(kb: KnowledgeBase, name: str) -> Answer:
    match, others = kb.entities.best(name, same=kb.same("entity"))
    for meant in kb.vocabulary.means.get(phrase(name), ()) if match is None else ():
        # "/who nk": an informal name the vocabulary gives the articles' name for
        if (match := kb.entities.best(" ".join(meant), same=kb.same("entity"))[0]) is not None:
            break
    starting = _names_starting(kb, name)
    people = [n for n in starting if _a_person(kb, n)]
    if len(people) > 1:  # "/who kim": four people, whom an alias of one article would not settle
        return several_match("who", "people", name, people)
    if match is None and len(starting) == 1:  # "/who sid": the one name that starts so
        match = kb.entities.best(starting[0], same=kb.same("entity"))[0]
    if match is None:
        return not_found("who", "person or organization", name, _names(others))
    entries = kb.members("entity", str(match.group))
    lead: Person | Organization = entries[0].item
    shown = shown_name(entries)
    kind = Kind.PERSON if lead.kind == EntityKind.PERSON else Kind.ORGANIZATION
    roles, countries = history(entries, "role"), history(entries, "country")
    fields: list[Field] = []
    if roles:
        fields.append(Field("Role", f"{roles[0].value} ({_as_of(roles[0].article)})", True))
    if countries:
        fields.append(Field("Country" if kind == Kind.PERSON else "Affiliation", countries[0].value, True))
    if len(roles) > 1:
        earlier = "\n".join(f"• {r.value} ({_as_of(r.article)})" for r in roles[1:])
        fields.append(Field("Earlier roles", earlier))
    if group := first_with(entries, "members"):
        members = [m.name for m in (kb.entity(group.article, i) for i in group.item.members) if m]
        fields.append(Field("Made up of", ", ".join(members), True))
    if said := kb.quotes_by(str(match.group)):
        own = sum(_own_words(kb, said, [str(match.group)]))
        # "6 quotes" of Lee, all joint statements he is party to, would read as his words
        count = _count(len(said), "quote")
        if own < len(said):
            count += f", {own} of their own" if own else ", all of statements they are party to"
        fields.append(Field("Quotes", f"{count}: try `/quote speaker:{shown}`", True))
    if roles:
        lead_text = f"{shown}, {roles[0].value} {_as_of(roles[0].article)}."
    else:
        lead_text = f"{shown} ({countries[0].value})." if countries else f"{shown}."
    if len(entries) > 1:
        lead_text += f"\nWhat {_count(len(entries), 'article')} say, newest first:"
    newest_article = entries[0].article
    return Answer(
        "who",
        kind,
        shown,
        lead_text,
        tuple(fields),
        items=tuple(_entity_item(e, roles[0].value if roles else None) for e in entries[:MAX_ITEMS]),
        citations=cite(newest_article, lead.paragraphs),
        source=Source.of(newest_article),
        footer=f"Roles can change: {_as_of(roles[0].article)}." if roles else "",
        weak=match.weak,
    )


def when(kb: KnowledgeBase, event: str) -> Answer:
    match, others = kb.events.best(event, same=kb.same("event"))
    retyped = _retyped(event)  # "/when 54 scm", "/when hwasong18": as the articles number them
    if match is None and retyped != event:
        match = kb.events.best(retyped, same=kb.same("event"))[0]
    if match is None:
        said = set(words(retyped.replace("-", " "))) - STOPWORDS  # "hwasong18", "hwasong 18"
        holding = [n for n in _names(others) if said and said <= set(words(n.replace("-", " ")))]
        if len(holding) > 1:  # "/when hwasong18": its two tests, neither more than the other
            return several_match("when", "events", event, holding)
        return not_found("when", "event", event, _names(others))
    entries = kb.members("event", str(match.group))
    source = dated_by(entries)
    main = source or entries[0]
    ev: Event = main.item
    planned = entries[0].item.planned  # the newest article knows best whether it has happened
    place = next((e.item.place for e in (main, *entries) if e.item.place), None)
    if ev.date:
        text = f"**{event_date(ev)}**" + (f" in {place}" if place else "")
        text += " (planned at the time of the article)" if planned else ""
        text += "" if text.endswith(".") else "."
    else:
        text = f"The {'articles give' if len(entries) > 1 else 'article gives'} no date for the {ev.name}."
    fields = []
    if ev.date:
        fields.append(Field("Date", event_date(ev), True))
    if place:
        fields.append(Field("Place", place, True))
    if ev.date and len(entries) > 1:
        fields.append(
            Field(
                "Date from",
                f"{source_short(main.article)}, {cite_label(cite(main.article, ev.paragraphs))}",
                True,
            )
        )
    fields.append(Field("What is planned" if planned else "What happened", ev.description))
    if ev.date_note:
        fields.append(Field("How the date is known", ev.date_note))
    others_said = [e for e in entries if e is not main][: MAX_ITEMS - 1]
    return Answer(
        "when",
        Kind.EVENT,
        shown_name(entries),
        text,
        tuple(fields),
        items=tuple(_event_item(e) for e in others_said),
        citations=cite(main.article, ev.paragraphs),
        source=Source.of(main.article),
        weak=match.weak,
    )


def define(kb: KnowledgeBase, term: str) -> Answer:
    match, others = kb.terms_.best(term, same=kb.same("term"))
    if match is None:
        named, _ = kb.entities.best(term, same=kb.same("entity"))
        if named is not None and named.exact and not is_person(kb, str(named.group)):
            # "/define KCNA": a body, not a term; what /who says of it
            return replace(who(kb, term), command="define")
        event, _ = kb.names.tables["event"].best(term, same=kb.same("event"))
        if event is not None and event.exact:
            # "/define Warrior Shield": an event, not a term; what /when says of it
            return replace(when(kb, term), command="define")
        return not_found("define", "term", term, _names(others))
    entries = kb.members("term", str(match.group))
    article, t = entries[0].article, entries[0].item
    acronyms = list(dict.fromkeys(a for e in entries for a in e.item.acronyms))
    said = normalize(match.name)
    if said in {normalize(a) for a in acronyms}:
        lead = f"**{match.name}** stands for **{t.term}**."
    elif acronyms:
        lead = f"**{t.term}** is abbreviated **{', '.join(acronyms)}**."
    else:
        lead = f"**{t.term}**"
    seen = {normalize(t.definition)}
    items: list[Item] = []
    for e in entries[1:]:
        if normalize(e.item.definition) not in seen and len(items) < MAX_ITEMS:
            seen.add(normalize(e.item.definition))
            items.append(Item(source_short(e.article), e.item.definition, cite(e.article, e.item.paragraphs)))
    return Answer(
        "define",
        Kind.DEFINITION,
        t.term,
        f"{lead}\n{t.definition}",
        items=tuple(items),
        citations=cite(article, t.paragraphs),
        source=Source.of(article),
        weak=match.weak,
    )


def quote(kb: KnowledgeBase, speaker: str | None = None, topic: str | None = None) -> Answer:
    speaker, topic = (speaker or "").strip(), (topic or "").strip()
    title, weak = "Quotes", False
    match, silent = None, ""
    if speaker:
        match, others = kb.entities.best(speaker, same=kb.same("entity"))
        if match is None and (topic or not _quotes_about(kb, speaker, 1)):
            return not_found("quote", "speaker", speaker, _names(others))
        if (
            match is not None
            and not topic
            and not kb.quotes_by(str(match.group))
            and _quotes_about(kb, speaker, 1)
        ):
            # "/quote putin": no words of his own in the articles; those about him, said so
            silent, match = shown_name(kb.members("entity", str(match.group))), None
        if match is None:  # "/quote drones": no one of that name; the quotes about it
            speaker, topic = "", speaker
    keys: list[str] = []
    if match is not None:
        # their own quotes and those of groups or statements they belong to, newest first; of
        # every speaker the name typed is as much ("joint statement": each article's)
        keys = [str(match.group)] + [
            str(o.group)
            for o in others
            if o.exact and normalize(o.name) == normalize(match.name) and o.group != match.group
        ]
        said = [s for key in keys for s in kb.quotes_by(key)]
        candidates = (
            sorted(said, key=lambda s: s[0].article.published, reverse=True) if len(keys) > 1 else said
        )
        name = shown_name(kb.members("entity", keys[0])) if len(keys) == 1 else match.name
        title += f": {name}"
        weak = match.weak
    elif topic:
        candidates = [(a, q) for a, q in _quotes_about(kb, topic, MAX_ITEMS * 4)]
    else:
        candidates = [(a, q) for a in kb.articles for q in a.quotes][: MAX_ITEMS * 4]
    if topic:
        if speaker:
            wanted = {(a.id, q.id) for a, q in _quotes_about(kb, topic, 10_000)}
            candidates = [(a, q) for a, q in candidates if (a.id, q.id) in wanted]
        title += f" about {echo(topic, 60)}" if speaker else f": about {echo(topic, 60)}"
    if not candidates:
        what = " ".join(x for x in (speaker and "by " + speaker, topic and "about " + topic) if x)
        return not_found("quote", "quotes", what or "anything")
    if keys:  # "/quote biden": his own words before the statements he is party to
        mine = _own_words(kb, candidates, keys)
        candidates = [c for c, m in zip(candidates, mine, strict=True) if m] + [
            c for c, m in zip(candidates, mine, strict=True) if not m
        ]
    several = len({a.id for a, _ in candidates[:MAX_ITEMS]}) > 1  # each item then names its outlet
    items = tuple(_quote_item(a, q, several) for a, q in candidates[:MAX_ITEMS])
    shown = f"{len(candidates)}+" if len(candidates) >= MAX_ITEMS * 4 else str(len(candidates))
    plural = "s" if len(candidates) != 1 else ""
    text = f"{shown} quote{plural}, verbatim."
    if silent:
        text = f"No words of {silent}'s own in the articles: {shown} quote{plural} about them, verbatim."
    if speaker and match is not None:
        # a joint statement they are party to is no words of their own: said so
        own = sum(mine)
        if not own:
            text = (
                f"No words of {name}'s own: {shown} quote{plural} of statements they are party to, verbatim."
            )
        elif own < len(candidates):
            text = f"{text[:-1]}: {own} of {name}'s own, the rest of statements they are party to."
    source = None if several else Source.of(candidates[0][0])  # one article's source, or none
    return Answer("quote", Kind.QUOTES, title, text, items=items, source=source, weak=weak)


# --- small helpers ----------------------------------------------------------------------

PREFIX_LETTERS = 3  # "sid" for Siddharth: a name typed shorter than this is too short to start one


def _names_starting(kb: KnowledgeBase, typed: str) -> list[str]:
    """For one word typed ("kim", "sid"): the names, one per identity, that start with it; none
    if the word is a whole name of its own ("Austin", an alias) or too short."""
    said = normalize(typed).strip().lower()
    if len(said) < PREFIX_LETTERS or " " in said:
        return []
    same = kb.same("entity")
    shown: dict[str, str] = {}
    for name in kb.starting_with("entity", said, 25):
        shown.setdefault(same(name_key(name)), name)
    exact = [n for n in shown.values() if normalize(n).lower() == said]
    return [] if exact else list(shown.values())


def _a_person(kb: KnowledgeBase, name: str) -> bool:
    entries = kb.members("entity", name)
    return bool(entries) and entries[0].item.kind == EntityKind.PERSON


_BARE_NUMBER_RE = re.compile(r"\b(\d{1,3})(?=\s+[a-z])", re.IGNORECASE)  # "54 scm": the 54th
_GLUED_RE = re.compile(r"\b([a-z]{3,})(\d{1,3})\b", re.IGNORECASE)  # "hwasong18": Hwasong-18


def _retyped(name: str) -> str:
    """A name as the articles write its number: "54 scm" the 54th, "hwasong18" Hwasong-18."""
    return _GLUED_RE.sub(r"\1-\2", _BARE_NUMBER_RE.sub(lambda m: suffixed(int(m[1])), name))


def _own_words(kb: KnowledgeBase, said: Sequence[tuple[ArticleFile, Any]], keys: list[str]) -> list[bool]:
    """For each quote, whether one of these identities said it, not a statement they are party to."""
    return [any(_spoken_by(kb, a, q.speaker, key) for key in keys) for a, q in said]


def _spoken_by(kb: KnowledgeBase, article: ArticleFile, speaker: str, key: str) -> bool:
    """Whether a quote's speaker (an id in its article) is this identity itself."""
    entity = kb.entity(article, speaker)
    return entity is not None and kb.same("entity")(name_key(entity.name)) == key


def _empty(command: str) -> Answer:
    return Answer(
        command,
        Kind.NOT_FOUND,
        "Empty knowledge base",
        "The knowledge base holds no articles yet.",
        matched=False,
    )


def _names(matches: list[Match[Entry]]) -> list[str]:
    return [m.value.name for m in matches]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _as_of(article: ArticleFile) -> str:
    return f"as of {article.article.published.short()}, per {article.article.outlet}"


def _entity_line(entity: Entity) -> str:
    return f"**{entity.name}**" + (f", {entity.role}" if entity.role else "")


def _entity_item(entry: Entry, current_role: str | None) -> Item:
    """What one article says about a person or body: its actions, or where it is named."""
    entity, article = entry.item, entry.article
    title = source_short(article)
    if entity.role and entity.role != current_role:
        title += f" · {entity.role}"
    lines = [
        f"• {a.text}"
        + (f" ({a.date.short()})" if a.date else "")
        + f" {cite_label(cite(article, a.paragraphs))}"
        for a in entity.actions
    ]
    text = "\n".join(lines) or "Named in the article."
    return Item(title, text, cite(article, entity.paragraphs))


def _event_item(entry: Entry) -> Item:
    """One other article's account of an event: its date as that article gives it."""
    ev, article = entry.item, entry.article
    when = f"Dated {event_date(ev)}. " if ev.date else "No date given. "
    return Item(source_short(article), when + ev.description, cite(article, ev.paragraphs))


def event_date(event: Event) -> str:
    return event.date.human(event.date_qualifier) if event.date else "undated"


def _event_order(event: Event) -> tuple[tuple[int, int, int], str]:
    assert event.date is not None
    return sort_key(event.date, event.date_qualifier), event.name


def _event_summary(event: Event) -> str:
    place = f" ({event.place})" if event.place else ""
    planned = " Planned." if event.planned else ""
    return f"{event.description}{place}{planned}"


_YEAR_ONLY_RE = re.compile(r"(?:19|20)\d\d", re.ASCII)


def _timeline_of_year(kb: KnowledgeBase, year: str) -> Answer:
    """ "/timeline 2024": the events of that year, across every article, oldest first."""
    keys = kb.timeline.within(int(year))
    if not keys:
        return not_found("timeline", "dated event", year)
    rows = tuple(_timeline_row(kb, key) for key in keys[-TIMELINE_ROWS:])
    text = f"{_count(len(keys), 'dated event')} in {year}, across every article, oldest first."
    return Answer("timeline", Kind.TIMELINE, f"Timeline: {year}", text, items=rows)


def _timeline_row(kb: KnowledgeBase, key: str) -> Item:
    """One event's row: dated by its most precise source, with the articles that report it."""
    entries = kb.members("event", key)
    main = dated_by(entries) or entries[0]
    ev = main.item
    planned = " Planned." if entries[0].item.planned else ""
    place = f" ({ev.place})" if ev.place else ""
    text = f"{ev.description}{place}{planned}"
    if len(kb.catalog.ordered) > 1:  # which articles, once there is a choice
        more = f" and {len(entries) - 3} more" if len(entries) > 3 else ""
        text += f"\nReported by {'; '.join(source_short(e.article) for e in entries[:3])}{more}."
    return Item(f"{event_date(ev)}: {shown_name(entries)}", text, cite(main.article, ev.paragraphs))


def _clipped_list(lead: str, names: tuple[str, ...], limit: int = 20) -> str:
    if not names:
        return ""
    more = f"; and {len(names) - limit} more" if len(names) > limit else ""
    return lead + "; ".join(names[:limit]) + more


def source_short(article: ArticleFile) -> str:
    return f"{article.article.outlet}, {article.article.published.short()}"


TITLED = 3  # articles listed by title too; more would make a wall of text (the items have them)


def _titled(article: ArticleFile) -> str:
    """An article of a few listed: which story it is, not only whose ("which two stories ...")."""
    return f"{source_short(article)}, “{article.article.title}”"


def _quotes_about(kb: KnowledgeBase, topic: str, limit: int) -> list[tuple[ArticleFile, Any]]:
    """Quotes whose topics match the topic fuzzily, then those whose text has its words (ranked)."""
    refs = [
        (article_id, quote_id)
        for m in kb.topics.lookup(topic, limit=limit)
        if m.score >= ACCEPT
        for article_id, quote_id, _ in kb.topics.members[m.group][:limit]
    ]
    query_terms = kb.query_terms(topic)
    if query_terms:
        refs += [(h.doc.article.id, h.doc.ref) for h in rank(kb, query_terms, {DocKind.QUOTE}, limit=limit)]
    found: list[tuple[ArticleFile, Any]] = []
    for article_id, quote_id in dict.fromkeys(refs):
        article = kb.by_id(article_id)
        quote = next((q for q in article.quotes if q.id == quote_id), None) if article else None
        if article is not None and quote is not None:
            found.append((article, quote))
            if len(found) == limit:
                break
    return found


def _quote_item(article: ArticleFile, quote: Any, outlet: bool = False) -> Item:
    speaker = next(e for e in article.entities if e.id == quote.speaker)
    when = f", {quote.date.human()}" if quote.date else ""
    source = f", {article.article.outlet}" if outlet else ""
    how = f"\n— {quote.attribution}" if quote.attribution else ""
    return Item(f"{speaker.name}{when}{source}", f"> “{quote.text}”{how}", cite(article, quote.paragraphs))
