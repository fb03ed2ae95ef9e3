"""`check` across files: warnings (exit 0) for what two files say differently about one entry,
each naming both files and lines; an article id used twice is an error."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.cli import main
from tests.conftest import DATA

MINIMAL = yaml.safe_load((DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8"))


def write(folder: Path, name: str, **changes) -> Path:
    data = {**MINIMAL, **changes}
    path = folder / name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def people(name: str, role: str) -> list[dict]:
    return [
        {"id": "kim", "name": name, "aliases": ["Kim"], "role": role, "paragraphs": [1, 2]},
        {"id": "tanaka", "name": "Hiro Tanaka", "aliases": ["Tanaka"], "paragraphs": [1]},
    ]


def event(date: str) -> list[dict]:
    return [
        {
            "id": "meeting",
            "name": "Kim-Tanaka meeting",
            "date": date,
            "place": "Tokyo",
            "description": "Kim met Tanaka.",
            "paragraphs": [1],
        }
    ]


def check(folder: Path, capsys) -> tuple[int, list[str]]:
    code = main(["check", str(folder)])
    return code, capsys.readouterr().out.splitlines()


def test_a_name_spelt_differently_in_two_files_is_a_probable_duplicate(tmp_path, capsys):
    write(tmp_path, "a.yaml", id="a")
    write(tmp_path, "b.yaml", id="b", people=people("Kim Min Jun", "Minister"))
    code, out = check(tmp_path, capsys)
    assert code == 0 and out[-1].endswith("(2 warnings)")
    assert any(
        line.startswith(
            f'{tmp_path}/a.yaml:13: people[0].name: warning: looks like the same entity as "Kim Min Jun" in '
        )
        and f"{tmp_path}/b.yaml:" in line
        for line in out
    ), out
    assert any(line.startswith(f"{tmp_path}/b.yaml:") and '"Kim Min-jun" in' in line for line in out), out


def test_linked_or_numbered_names_are_not_duplicates(tmp_path, capsys):
    write(tmp_path, "a.yaml", id="a")
    linked = people("Kim Min Jun", "Minister")
    linked[0]["same_as"] = ["Kim Min-jun"]
    write(tmp_path, "b.yaml", id="b", people=linked)
    numbered = event("2024-03-05")
    numbered[0]["name"] = "54th Kim-Tanaka meeting"
    write(tmp_path, "c.yaml", id="c", events=numbered, facts=[])
    other = event("2024-03-05")
    other[0]["name"] = "55th Kim-Tanaka meeting"
    write(tmp_path, "d.yaml", id="d", events=other, facts=[])
    code, out = check(tmp_path, capsys)
    assert code == 0 and not [line for line in out if "warning" in line], out


def test_one_event_with_dates_that_cannot_both_be_right(tmp_path, capsys):
    write(tmp_path, "a.yaml", id="a")  # 2024-03-05
    write(tmp_path, "b.yaml", id="b", events=event("2024-03-06"))
    write(tmp_path, "c.yaml", id="c", events=event("2024-03"))  # less precise, but agrees
    code, out = check(tmp_path, capsys)
    assert code == 0
    warnings = [line for line in out if "for the same event" in line]
    assert len(warnings) == 2, out
    assert (
        "a.yaml:29: events[0].date: warning: 2024-03-05 here, 2024-03-06 for the same event in" in warnings[0]
    )
    assert "b.yaml:" in warnings[0] and "(events[0].date)" in warnings[0]


def test_roles_that_differ_on_the_same_day_but_not_over_time(tmp_path, capsys):
    write(tmp_path, "a.yaml", id="a")  # Minister, 2024-03-05
    write(tmp_path, "b.yaml", id="b", people=people("Kim Min-jun", "Prime Minister"))
    later = {**MINIMAL["article"], "published": "2025-01-01"}
    write(tmp_path, "c.yaml", id="c", article=later, people=people("Kim Min-jun", "Ambassador"))
    code, out = check(tmp_path, capsys)
    roles = [line for line in out if "on the same day" in line]
    assert code == 0 and len(roles) == 2, out
    assert not any("Ambassador" in line for line in out)  # a later change of role is no conflict


def test_an_article_id_used_twice_is_an_error(tmp_path, capsys):
    write(tmp_path, "a.yaml", id="same")
    write(tmp_path, "b.yaml", id="same")
    code, out = check(tmp_path, capsys)
    assert code == 1 and any('"same" is also the id of' in line for line in out), out
