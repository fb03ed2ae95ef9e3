from tests.discord.conftest import bot, fake, make_settings, settings  # noqa: F401  (shared fixtures)
