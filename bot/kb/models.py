"""The knowledge-base schema: one YAML file per article, defined once here.

The JSON Schema in ``knowledge/schema.json`` is exported from these models
(``alliance-bot schema``); a test fails when the committed copy drifts.
Cross-reference checks (unknown ids, paragraph ranges, ambiguous aliases) live in
``validate.py`` because they need the whole file, not one field.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from .dates import DateError, PartialDate, shared_date
from .sharing import shared

SCHEMA_VERSION = 1
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
# Bounds far above any real article (about 12 paragraphs, 100 entries, 15 aliases a name), so a
# crafted file is refused by validation instead of costing seconds and gigabytes.
MAX_TEXT = 10_000  # characters in one value (a paragraph is the longest)
MAX_LIST = 100  # items in one list of names, ids, topics or paragraph numbers
MAX_SECTION = 1_000  # entries in one section (people, facts, ...) or paragraphs in the body


def _parse_date(value: Any) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except DateError as exc:
        raise PydanticCustomError("date", str(exc)) from None


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "is empty; write some text or remove the field")
    return value.strip()


Date = Annotated[
    PartialDate,
    BeforeValidator(_parse_date),
    PlainSerializer(lambda d: d.iso(), return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
            "description": "YYYY, YYYY-MM or YYYY-MM-DD: as precise as the article allows.",
        }
    ),
]
Text = Annotated[str, AfterValidator(_not_blank), Field(min_length=1, max_length=MAX_TEXT)]
Id = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        min_length=1,
        max_length=64,
        description="Short lowercase id, letters, digits and hyphens; unique in this file.",
    ),
]
Paragraphs = Annotated[
    list[Annotated[int, Field(ge=1)]],
    Field(
        min_length=1, max_length=MAX_LIST, description="Paragraph numbers (1 = first) this entry comes from."
    ),
]


class Strict(BaseModel):
    """Unknown keys are errors: a misspelt field name must not be silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled lean: a restart unpickles two hundred thousand of these. Pydantic's own way
        rebuilds each through a Python __setstate__ with a state dict and a set of its own;
        here the set of fields given is shared by every model that gave the same fields."""
        given = _GIVEN.setdefault(frozenset(self.__pydantic_fields_set__), self.__pydantic_fields_set__)
        values = {k: _shared(v) if type(v) in _SHARED else v for k, v in self.__dict__.items()}
        return _restore, (type(self), values, given)


_SHARED = (list, PartialDate)
_GIVEN: dict[frozenset[str], set[str]] = {}  # one set per combination of fields given (a few dozen)


def _shared(values: Any) -> Any:
    """Half the lists of a knowledge base are empty (no aliases, no questions), and most others
    repeat: paragraph numbers, topics, kinds; so do dates. Each is pickled once, shared by every
    model read back that holds an equal one (see sharing.py)."""
    if type(values) is PartialDate:
        return shared_date(values)
    if all(type(v) is int or type(v) is str for v in values):
        return shared(values, ("list", *values))
    return values


# Bound once: `cls.__new__` is a walk up a model's class hierarchy (about 0.1 µs more a call,
# measured), and a warm start restores two hundred thousand models: a few hundredths of a second.
_new = object.__new__
_set = object.__setattr__


def _restore(cls: type[Strict], values: dict[str, Any], given: set[str]) -> Strict:
    """A model as pickled: its fields, validated when it was first read (frozen since)."""
    model = _new(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", given)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


class Qualifier(StrEnum):
    EARLY = "early"
    MID = "mid"
    LATE = "late"
    AROUND = "around"


class EntityKind(StrEnum):
    PERSON = "person"
    COUNTRY = "country"
    GOVERNMENT = "government"
    MILITARY = "military"
    ORGANIZATION = "organization"
    GROUP = "group"
    DOCUMENT = "document"


class Action(Strict):
    """Something an entity did or said in the article."""

    text: Text = Field(description="One sentence: what they did or said.")
    date: Date | None = None
    paragraphs: Paragraphs


SameAs = Annotated[
    list[Text],
    Field(
        max_length=MAX_LIST,
        description="Names other articles give this same entry, where they differ from this file's "
        "name and aliases: the entries are then one entry for every lookup.",
    ),
]
IsA = Annotated[
    list[Text],
    Field(
        max_length=MAX_LIST,
        description="What sort of thing it is, in a word or two (aircraft, ship, missile, exercise, "
        "summit, agreement): answers 'which aircraft ...' questions.",
    ),
]
Questions = Annotated[
    list[Text],
    Field(
        max_length=MAX_LIST,
        description="Questions people asked that this entry answers, in their words: "
        "/ask answers a question close to one of them with this entry.",
    ),
]


class Entity(Strict):
    id: Id
    name: Text = Field(description="Full name as the article gives it.")
    aliases: list[Text] = Field(
        default_factory=list,
        max_length=MAX_LIST,
        description="Short forms, titles, other spellings and common misspellings.",
    )
    same_as: SameAs = Field(default_factory=list)
    is_a: IsA = Field(default_factory=list)
    role: Text | None = Field(None, description="Role or title as of the article's date.")
    country: Text | None = Field(None, description="Country or affiliation.")
    members: list[Id] = Field(
        default_factory=list,
        max_length=MAX_LIST,
        description="For groups and joint documents: ids of the people or bodies behind them.",
    )
    actions: list[Action] = Field(default_factory=list, max_length=MAX_LIST)
    paragraphs: Paragraphs


class Person(Entity):
    kind: EntityKind = EntityKind.PERSON


class Organization(Entity):
    kind: EntityKind = Field(
        EntityKind.ORGANIZATION,
        description="country, government, military, organization, group or document.",
    )


class Event(Strict):
    id: Id
    name: Text
    aliases: list[Text] = Field(default_factory=list, max_length=MAX_LIST)
    same_as: SameAs = Field(default_factory=list)
    is_a: IsA = Field(default_factory=list)
    date: Date | None = Field(None, description="Leave out when the article gives no date.")
    date_qualifier: Qualifier | None = Field(None, description="early, mid, late or around.")
    date_note: Text | None = Field(
        None, description="How the date was worked out when the article gives it only relatively."
    )
    place: Text | None = None
    planned: bool = Field(False, description="True for an event still to come at publication.")
    description: Text
    entities: list[Id] = Field(default_factory=list, max_length=MAX_LIST)
    questions: Questions = Field(default_factory=list)
    paragraphs: Paragraphs


class Quote(Strict):
    id: Id
    text: Text = Field(description="Verbatim, without the surrounding quotation marks.")
    speaker: Id = Field(description="Id of a person or organization in this file.")
    attribution: Text | None = Field(
        None, description="How the article attributes it, e.g. 'the joint statement said'."
    )
    date: Date | None = None
    topics: list[Text] = Field(default_factory=list, max_length=MAX_LIST)
    questions: Questions = Field(default_factory=list)
    paragraphs: Paragraphs


class Term(Strict):
    id: Id
    term: Text
    acronyms: list[Text] = Field(default_factory=list, max_length=MAX_LIST)
    aliases: list[Text] = Field(default_factory=list, max_length=MAX_LIST)
    same_as: SameAs = Field(default_factory=list)
    is_a: IsA = Field(default_factory=list)
    definition: Text
    questions: Questions = Field(default_factory=list)
    paragraphs: Paragraphs


class Fact(Strict):
    id: Id
    text: Text = Field(description="One claim, in a full sentence.")
    topics: list[Text] = Field(default_factory=list, max_length=MAX_LIST)
    entities: list[Id] = Field(default_factory=list, max_length=MAX_LIST)
    date: Date | None = None
    questions: Questions = Field(default_factory=list)
    paragraphs: Paragraphs


class ArticleMeta(Strict):
    outlet: Text
    title: Text
    url: Annotated[str, Field(pattern=r"^https?://\S+$")]
    published: Date
    standfirst: Text | None = None
    author: Text | None = None


class ArticleFile(Strict):
    """One knowledge-base file: everything the bot knows about one article."""

    model_config = ConfigDict(
        title="alliance-bot knowledge file",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    schema_version: int = Field(SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION)
    id: Id
    article: ArticleMeta
    summary: Text
    key_people: list[Id] = Field(
        default_factory=list, max_length=MAX_LIST, description="Ids shown by /summary."
    )
    paragraphs: list[Text] = Field(
        min_length=1, max_length=MAX_SECTION, description="The body, verbatim, in order."
    )
    people: list[Person] = Field(default_factory=list, max_length=MAX_SECTION)
    organizations: list[Organization] = Field(default_factory=list, max_length=MAX_SECTION)
    events: list[Event] = Field(default_factory=list, max_length=MAX_SECTION)
    quotes: list[Quote] = Field(default_factory=list, max_length=MAX_SECTION)
    terms: list[Term] = Field(default_factory=list, max_length=MAX_SECTION)
    facts: list[Fact] = Field(default_factory=list, max_length=MAX_SECTION)

    @property
    def entities(self) -> list[Person | Organization]:
        return [*self.people, *self.organizations]
