"""`python -m benchmarks.draft`: how close `alliance-bot draft` comes to the finished files.

Drafts every article whose text and finished knowledge file the project holds, and compares:

- the seed: ../shared/article/article.txt + source.yaml against
  knowledge/2023-01-31-diplomat-austin-lee-seoul.yaml;
- the test corpus, when present: tests/corpus/articles/<slug>.txt (one paragraph per line) +
  <slug>.source.yaml against tests/corpus/knowledge/<slug>.yaml.

Each article is drafted with a knowledge base of all the other finished files (never its own),
as a moderator adding it would have; but the seed and the tuning articles are drafted without
the held-out finished files, so nothing of the held-out set reaches what the rules are tuned on.

Matching rules (the finished file is the truth):
- person / organization: a drafted entry matches a finished one of the same section when the
  draft's name is the finished name or one of its aliases or `same_as` names, or the finished
  name is one of the draft's (a bare shared alias such as a surname is not enough). Recall:
  finished entries matched; precision: drafted entries that match one.
- term: the same, over term, acronyms, aliases and `same_as`; acronyms: the set of acronyms
  listed under the terms' `acronyms`, compared as sets.
- quote: found when its text equals the finished text after normalising quotation marks,
  apostrophes, dashes, whitespace, case and trailing punctuation (,.;:); right speaker when the
  drafted speaker entry matches the finished speaker entry by the person/organization rule.
- event: a drafted event matches a finished one when they cite a paragraph in common and their
  names, aliases and `same_as` names share a content word (not a stop word), one to one, most
  shared words first. Date right: the drafted date equals the finished date exactly (YYYY,
  YYYY-MM or YYYY-MM-DD: the precision must agree too), or both have none; or the drafted date
  is finer than the finished one, lies within it, and is the date a `context:` line of the
  article's source.yaml gives for that event (a line sharing two content words with the
  finished event's names): the finished files sometimes stop at the text's precision even
  where the context line gives the day (the same file carries the day for one event and the
  month for another), and a day the sources give is not a wrong date. Counted over matched
  events; the finer-from-context ones are also counted apart. A drafted date coarser than the
  finished one stays wrong, even when the text alone gives no more: the context is there to use.

Changed after the test corpus landed (the rules above were written against the seed alone):
`same_as` names now count as names (a draft that joins the knowledge base's entry takes that
entry's name, which the finished file records under `same_as`), and the finer-from-context
date rule. Nothing else was loosened.
- every draft must pass the loader and validator (`bot.kb.loader.load_file`) as written.
- time: median of 5 drafts of the article, in process, gazetteer loaded (its one-off load is
  reported apart).

Also prints the date-resolver comparison (benchmarks/draft_dates.py). Writes the figures to
benchmarks/out/draft.json.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.draft import gazetteer
from bot.draft.build import draft_article
from bot.draft.known import KnownBase
from bot.draft.source import meta_from_mapping
from bot.kb.loader import load_file
from bot.kb.models import ArticleFile
from bot.kb.text import STOPWORDS, normalize

from . import draft_dates

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT.parent / "shared" / "article" / "article.txt"
SEED_SOURCE = ROOT.parent / "shared" / "article" / "source.yaml"
SEED_KNOWLEDGE = ROOT / "knowledge" / "2023-01-31-diplomat-austin-lee-seoul.yaml"
CORPUS = ROOT / "tests" / "corpus"
OUT = ROOT / "benchmarks" / "out"

# The honest split, chosen before any corpus failure was looked at. The drafter's rules are tuned
# on the seed and the other corpus articles; these three are held out and looked at only to report.
# Which three: the latest article of each outlet (Pacific Defense Review, Alliance Wire, Peninsula
# Monitor). Drafting is used on articles that come after the ones it was shaped on, so the held-out
# set is the "next" article of every outlet, and each outlet's house style is in both sets.
HELD_OUT = (
    "2023-08-19-pacific-defense-review-camp-david-summit",
    "2023-11-14-alliance-wire-55th-scm-seoul",
    "2024-10-31-peninsula-monitor-56th-scm-pentagon",
)


GROUPS = ("seed", "tuning", "held out")


@dataclass
class Case:
    name: str
    text: Path
    source: Path
    finished: Path
    group: str = "tuning"


def cases() -> list[Case]:
    found = []
    if SEED_TEXT.exists() and SEED_KNOWLEDGE.exists():
        found.append(Case("seed", SEED_TEXT, SEED_SOURCE, SEED_KNOWLEDGE, "seed"))
    articles = CORPUS / "articles"
    if articles.is_dir():
        for text in sorted(articles.glob("*.txt")):
            slug = text.stem
            source, finished = articles / f"{slug}.source.yaml", CORPUS / "knowledge" / f"{slug}.yaml"
            if source.exists() and finished.exists():
                found.append(Case(slug, text, source, finished, "held out" if slug in HELD_OUT else "tuning"))
    return found


@dataclass
class Tally:
    found: int = 0
    total: int = 0
    right: int = 0  # drafted entries that match (precision numerator)
    drafted: int = 0

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.total += other.total
        self.right += other.right
        self.drafted += other.drafted

    @property
    def recall(self) -> float | None:
        return self.found / self.total if self.total else None

    @property
    def precision(self) -> float | None:
        return self.right / self.drafted if self.drafted else None


@dataclass
class Result:
    name: str
    valid: bool
    ms: float
    group: str = ""
    people: Tally = field(default_factory=Tally)
    organizations: Tally = field(default_factory=Tally)
    terms: Tally = field(default_factory=Tally)
    acronyms: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)  # found = text found, right = speaker right
    events: Tally = field(default_factory=Tally)
    event_dates: Tally = field(default_factory=Tally)  # found = right date, total = matched events
    dates_from_context: int = 0  # of the right dates: finer than the finished date, from context
    checks: int = 0


def names_of(entry: Any) -> set[str]:
    same_as = getattr(entry, "same_as", ())
    if hasattr(entry, "term"):
        return {normalize(n) for n in (entry.term, *entry.acronyms, *entry.aliases, *same_as)}
    return {normalize(n) for n in (entry.name, *entry.aliases, *same_as)}


def own_name(entry: Any) -> str:
    return normalize(entry.term if hasattr(entry, "term") else entry.name)


def same(draft: Any, finished: Any) -> bool:
    """The draft's name is among the finished names, or the finished name among the draft's."""
    return own_name(draft) in names_of(finished) or own_name(finished) in names_of(draft)


def match_section(drafted: list[Any], finished: list[Any]) -> Tally:
    return Tally(
        found=sum(1 for f in finished if any(same(d, f) for d in drafted)),
        total=len(finished),
        right=sum(1 for d in drafted if any(same(d, f) for f in finished)),
        drafted=len(drafted),
    )


_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def quote_key(text: str) -> str:
    return " ".join(text.translate(_QUOTE_MARKS).casefold().split()).strip(" ,.;:\"'")


def words_of(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", normalize(text)) if w not in STOPWORDS and len(w) > 1}


def content_words(entry: Any) -> set[str]:
    words: set[str] = set()
    for name in (entry.name, *entry.aliases, *getattr(entry, "same_as", ())):
        words |= words_of(name)
    return words


_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def date_right(finished: Any, drafted: Any, context: tuple[str, ...]) -> str | None:
    """'exact', 'finer from context' or None (wrong): see the module's matching rules."""
    a, b = finished.date, drafted.date
    if (a.iso() if a else None) == (b.iso() if b else None):
        return "exact"
    if a is None or b is None or len(b.iso()) <= len(a.iso()) or not b.iso().startswith(a.iso()):
        return None
    names = content_words(finished)
    for line in context:
        shared = names & words_of(line)
        if b.iso() in _ISO_DAY.findall(line) and len(shared) >= min(2, len(names)):
            return "finer from context"
    return None


def compare(draft: ArticleFile, finished: ArticleFile, context: tuple[str, ...] = ()) -> Result:
    result = Result("", True, 0.0)
    result.people = match_section(draft.people, finished.people)
    result.organizations = match_section(draft.organizations, finished.organizations)
    result.terms = match_section(draft.terms, finished.terms)
    want = {a for t in finished.terms for a in t.acronyms}
    got = {a for t in draft.terms for a in t.acronyms}
    result.acronyms = Tally(len(want & got), len(want), len(want & got), len(got))
    entities = {e.id: e for e in draft.entities}
    truth = {e.id: e for e in finished.entities}
    drafted_quotes = {quote_key(q.text): q for q in draft.quotes}
    for quote in finished.quotes:
        result.quotes.total += 1
        mine = drafted_quotes.get(quote_key(quote.text))
        if mine is None:
            continue
        result.quotes.found += 1
        speaker, true_speaker = entities.get(mine.speaker), truth.get(quote.speaker)
        if speaker is not None and true_speaker is not None and same(speaker, true_speaker):
            result.quotes.right += 1
    result.quotes.drafted = len(draft.quotes)
    pairs = []
    for f in finished.events:
        for d in draft.events:
            shared = content_words(f) & content_words(d)
            if shared and set(f.paragraphs) & set(d.paragraphs):
                pairs.append((len(shared), f.id, d.id))
    used_f: set[str] = set()
    used_d: set[str] = set()
    drafted_events = {e.id: e for e in draft.events}
    finished_events = {e.id: e for e in finished.events}
    for _, fid, did in sorted(pairs, reverse=True):
        if fid in used_f or did in used_d:
            continue
        used_f.add(fid)
        used_d.add(did)
        right = date_right(finished_events[fid], drafted_events[did], context)
        result.event_dates.total += 1
        result.event_dates.found += right is not None
        result.dates_from_context += right == "finer from context"
    result.events = Tally(len(used_f), len(finished.events), len(used_d), len(draft.events))
    return result


def run_case(case: Case, finished_all: list[tuple[Path, ArticleFile]], repeat: int = 5) -> Result:
    finished, errors = load_file(case.finished)
    if finished is None:
        raise SystemExit(f"{case.finished}: the finished file does not load: {errors[0]}")
    others = [
        a
        for p, a in finished_all
        if a.id != finished.id and (case.group == "held out" or p.stem not in HELD_OUT)
    ]
    known = KnownBase.from_articles(others)
    meta = meta_from_mapping(yaml.safe_load(case.source.read_text(encoding="utf-8")), str(case.source))
    text = case.text.read_text(encoding="utf-8")
    times, draft = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        draft = draft_article(text, meta, known)
        times.append(time.perf_counter() - started)
    assert draft is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / draft.filename
        path.write_text(draft.yaml, encoding="utf-8")
        article, errors = load_file(path)
    if article is None:
        result = Result(case.name, False, 1000 * statistics.median(times), case.group)
        print(f"{case.name}: the draft does not validate: {errors[:3]}", file=sys.stderr)
        return result
    result = compare(article, finished, meta.context)
    result.name, result.ms, result.checks = case.name, 1000 * statistics.median(times), draft.checks
    result.group = case.group
    return result


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f}%"


def row(tally: Tally) -> str:
    return f"{tally.found}/{tally.total} ({pct(tally.recall)}), precision {pct(tally.precision)}"


SECTIONS = ("people", "organizations", "terms", "acronyms", "quotes", "events", "event_dates")


def total_of(name: str, results: list[Result]) -> Result:
    """The sum of several articles' tallies (time: the mean per article; checks: the sum)."""
    total = Result(name, all(r.valid for r in results), sum(r.ms for r in results) / max(len(results), 1))
    for r in results:
        for section in SECTIONS:
            getattr(total, section).add(getattr(r, section))
        total.checks += r.checks
        total.dates_from_context += r.dates_from_context
    return total


def speakers(r: Result) -> str:
    share = r.quotes.right / r.quotes.found if r.quotes.found else None
    return f"{r.quotes.right}/{r.quotes.found} ({pct(share)})"


def dates(r: Result) -> str:
    finer = f", {r.dates_from_context} finer from context" if r.dates_from_context else ""
    return f"{r.event_dates.found}/{r.event_dates.total} ({pct(r.event_dates.recall)}{finer})"


def table(shown: list[Result]) -> list[str]:
    """Rows are the measures, columns the results given (articles or totals)."""
    lines = ["| | " + " | ".join(r.name for r in shown) + " |", "|---" * (len(shown) + 1) + "|"]

    def line(label: str, cell: Any) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in shown) + " |")

    line("validates", lambda r: "yes" if r.valid else "**no**")
    line("people", lambda r: row(r.people))
    line("organizations", lambda r: row(r.organizations))
    line("acronyms", lambda r: row(r.acronyms))
    line("terms", lambda r: row(r.terms))
    line("quotes found", lambda r: f"{r.quotes.found}/{r.quotes.total} ({pct(r.quotes.recall)})")
    line("quotes, right speaker", speakers)
    line("events", lambda r: row(r.events))
    line("event dates right", dates)
    line("values to check", lambda r: str(r.checks))
    line("time per article", lambda r: f"{r.ms:.0f} ms")
    return lines


def short(r: Result) -> str:
    """A compact cell per article: recall / precision, speakers and dates right."""

    def rp(t: Tally) -> str:
        return f"{pct(t.recall)} / {pct(t.precision)}"

    cells = [
        r.group,
        "yes" if r.valid else "**no**",
        rp(r.people),
        rp(r.organizations),
        rp(r.acronyms),
        rp(r.terms),
        f"{pct(r.quotes.recall)}",
        speakers(r),
        rp(r.events),
        f"{r.event_dates.found}/{r.event_dates.total}"
        + (f" ({r.dates_from_context} from context)" if r.dates_from_context else ""),
        f"{r.ms:.0f} ms",
    ]
    return f"| {r.name} | " + " | ".join(cells) + " |"


def totals(results: list[Result]) -> list[Result]:
    """One total per group present (seed, tuning, held out), then all of them."""
    shown = []
    for group in GROUPS:
        members = [r for r in results if r.group == group]
        if members:
            label = group if group == "seed" else f"{group} ({len(members)})"
            shown.append(total_of(label, members))
    shown.append(total_of(f"all ({len(results)})", results))
    return shown


def per_article(results: list[Result]) -> list[str]:
    head = (
        "| article | set | validates | people r / p | organizations r / p | acronyms r / p | terms r / p "
        "| quotes found | right speaker | events r / p | dates right | time |"
    )
    ordered = sorted(results, key=lambda r: GROUPS.index(r.group))
    return [head, "|---" * 12 + "|", *(short(r) for r in ordered)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.draft", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--tuning",
        action="store_true",
        help="draft only the seed and the tuning articles: the held-out ones are not even drafted",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    gazetteer.load()
    gazetteer_ms = 1000 * (time.perf_counter() - started)
    found = [c for c in cases() if not (args.tuning and c.group == "held out")]
    if not found:
        print("No article with both its text and its finished file: nothing to compare.")
        return 1
    folders = [ROOT / "knowledge", CORPUS / "knowledge"]
    finished_all = []
    for path in sorted(p for folder in folders if folder.is_dir() for p in folder.glob("*.yaml")):
        article, _ = load_file(path)
        if isinstance(article, ArticleFile):  # not knowledge/vocabulary.yaml
            finished_all.append((path, article))
    results = [run_case(case, finished_all) for case in found]
    print(f"Drafts compared with the finished files ({len(found)} article(s)), by set:\n")
    print("\n".join(table(totals(results))))
    print("\nPer article (recall / precision):\n")
    print("\n".join(per_article(results)))
    if args.tuning:
        print(f"\n(--tuning: the {len(HELD_OUT)} held-out articles were not drafted)")
    print(f"\n(gazetteer loaded once: {gazetteer_ms:.0f} ms)")
    dates = draft_dates.evaluate()
    print("\nDate expressions (benchmarks/data/date_expressions.yaml): own resolver vs dateparser\n")
    print("\n".join(draft_dates.table_lines(dates)))
    if "dateparser" not in dates:
        print("(dateparser is not installed: pip install -e '.[bench]' to compare with it)")
    OUT.mkdir(parents=True, exist_ok=True)
    figures = {
        "articles": [
            r.__dict__ | {k: v.__dict__ for k, v in r.__dict__.items() if isinstance(v, Tally)}
            for r in results
        ],
        "held_out": list(HELD_OUT),
        "dates": {k: {m: s.__dict__ for m, s in v.items()} for k, v in dates.items()},
        "gazetteer_ms": gazetteer_ms,
    }
    (OUT / "draft.json").write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    return 0 if all(r.valid for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
