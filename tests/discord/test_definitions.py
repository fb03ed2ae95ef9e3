"""The command definitions the bot would sync, checked against Discord's rules."""

from __future__ import annotations

import re

import pytest

from bot import create_bot
from bot.kb.commands import COMMANDS
from bot.settings import Settings

NAME_RE = re.compile(r"^[-_\w]{1,32}$")


@pytest.fixture(scope="module")
def definitions():
    bot = create_bot(Settings(watch=False))
    return [c.to_dict(bot.tree) for c in bot.tree.get_commands()]


def _walk(command):
    yield command
    for option in command.get("options", []):
        if option["type"] in (1, 2):
            yield from _walk(option)


def test_every_command_is_in_the_tree(definitions):
    assert {d["name"] for d in definitions} == set(COMMANDS) | {"kb"}
    kb = next(d for d in definitions if d["name"] == "kb")
    assert {o["name"] for o in kb["options"]} == {
        "status",
        "reload",
        "validate",
        "unanswered",
        "stats",
        "preview",
        "history",
        "draft",
    }


def test_names_descriptions_and_options_follow_discords_limits(definitions):
    assert len(definitions) <= 100
    for top in definitions:
        for command in _walk(top):
            assert NAME_RE.match(command["name"]) and command["name"] == command["name"].lower()
            assert 1 <= len(command["description"]) <= 100
            options = [o for o in command.get("options", []) if o["type"] not in (1, 2)]
            assert len(command.get("options", [])) <= 25
            required = [o.get("required", False) for o in options]
            assert required == sorted(required, reverse=True), "required options first"
            for option in options:
                assert NAME_RE.match(option["name"]) and option["name"] == option["name"].lower()
                assert 1 <= len(option["description"]) <= 100
                assert len(option.get("choices", [])) <= 25
                if option["type"] == 3:
                    assert 1 <= option.get("max_length", 6000) <= 6000


def test_option_names_and_lengths_match_the_shared_command_table(definitions):
    by_name = {d["name"]: d for d in definitions}
    for name, spec in COMMANDS.items():
        options = by_name[name].get("options", [])
        assert [o["name"] for o in options] == [o.name for o in spec.options]
        for option, expected in zip(options, spec.options, strict=True):
            assert option["max_length"] == expected.max_length
            assert option.get("required", False) == expected.required
            assert option.get("autocomplete", False) == (expected.complete.value != "none")


def test_total_characters_per_command_are_within_4000(definitions):
    for command in definitions:
        total = 0
        for part in _walk(command):
            total += len(part["name"]) + len(part["description"])
            for option in part.get("options", []):
                total += len(option["name"]) + len(option["description"])
        assert total <= 4000
