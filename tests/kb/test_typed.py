import pytest

from bot.kb.typed import TypedError, parse_typed


@pytest.mark.parametrize(
    ("line", "command", "options"),
    [
        ("/who Austin", "who", {"name": "Austin"}),
        ("who Lloyd Austin", "who", {"name": "Lloyd Austin"}),
        ("/who name:Lee Jong-sup", "who", {"name": "Lee Jong-sup"}),
        (
            "/quote speaker:joint statement topic:drone",
            "quote",
            {"speaker": "joint statement", "topic": "drone"},
        ),
        ("/quote topic:Japan", "quote", {"topic": "Japan"}),
        ("/quote Biden", "quote", {"speaker": "Biden"}),
        ("`/who Austin`", "who", {"name": "Austin"}),  # marked as code, as in a Discord message
        ("```/who Austin```", "who", {"name": "Austin"}),  # no name:value: the first option
        ("/ask Where did they meet?", "ask", {"question": "Where did they meet?"}),
        ("/ask What is this: a test?", "ask", {"question": "What is this: a test?"}),
        (
            "/ask When did Austin meet Lee? question: x",
            "ask",
            {"question": "When did Austin meet Lee? question: x"},
        ),
        ("/summary", "summary", {}),
        ("/HELP", "help", {}),
    ],
)
def test_typed_commands_parse_as_discord_users_type_them(line, command, options):
    typed = parse_typed(line)
    assert (typed.command, typed.options) == (command, options)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("", "Type a command"),
        ("/nope", "Unknown command /nope"),
        ("/quote Austin topic:drones", "name:value"),
        ("/help me", "takes no options"),
        ("/quote colour:red", "no option 'colour'"),
    ],
)
def test_usage_errors_say_what_to_type(line, message):
    with pytest.raises(TypedError, match=message):
        parse_typed(line)


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("where was the meeting", "ask"),  # no command's name: a question
        ("is japan involved", "ask"),
        ("who did austin meet", "ask"),  # a command's name, then a verb: a question
        ("when was the scm?", "ask"),
        ("who is lee?", "ask"),
        ("who led the us team at the table top exercise", "ask"),  # a past form: a verb
        ("who co-chaired the first ncg meeting", "ask"),
        ("who leads the south korean delegation", "ask"),  # four words or more after "who"
        ("who Lloyd Austin", "who"),
        ("who Austin", "who"),  # a command's name, then its argument: the command
        ("when SCM", "when"),
        ("search drones", "search"),
        ("summary", "summary"),
    ],
)
def test_a_question_typed_without_a_command_is_asked(line, command):
    """In the console a question may be typed as it comes: a line without a slash whose first
    word is no command, or is one followed by a verb, is /ask; "/where" is still an error."""
    typed = parse_typed(line)
    assert typed.command == command
    if command == "ask":
        assert typed.options == {"question": line}
